/**
 * `npx tsx bench/fresh-sample.ts FILE [--json] [--missed]`: the extractor's recall and precision
 * on a fresh sample of real news excerpts, by relation kind and by construction.
 *
 * FILE lives OUTSIDE the repo (real text is never stored here): a JSON object
 *   { "excerpts": [ { "id", "outlet", "url", "text",
 *       "claims": [ { "source": "Name" | ["Name", "alias", ...], "relation": "banned",
 *                     "target": "Name" | ["Name", ...], "construction": "agentless passive",
 *                     "required": true } ] } ] }
 * (`required` defaults to true; an optional claim is neither needed nor an error, as in
 * ../shared/eval/score.py). Every excerpt is extracted IN MEMORY and built into its own graph
 * with the pipeline API, exactly as `kg build` folds records; each scored edge is matched to the
 * excerpt's gold with score.py's normalisation (lower case, leading "the" and trailing "'s"
 * dropped, dots and commas removed, hyphens/underscores/slashes to spaces), competes_with in
 * either direction. An edge whose ends are not both gold names of that excerpt counts as a false
 * positive, so annotate every scored relation an excerpt states. Nothing is written to disk.
 */
import { readFileSync } from 'node:fs';
import { buildGraph, defaultLexicon, extractArticle } from '../src/pipeline';

const SCORED_TYPES = new Set(['company', 'product', 'model', 'government']);
const KINDS = ['banned', 'competes_with', 'develops', 'restricts'] as const;
type Kind = (typeof KINDS)[number];
const SYMMETRIC = new Set<string>(['competes_with']);

interface GoldClaim {
  source: string | string[];
  relation: Kind;
  target: string | string[];
  construction: string;
  required?: boolean;
}
interface Excerpt {
  id: string;
  outlet: string;
  url?: string;
  text: string;
  claims: GoldClaim[];
}

/** score.py's norm(), character for character. */
export function norm(name: string): string {
  let s = name.trim().toLowerCase().replace(/\u2019/g, "'").replace(/\u2018/g, "'");
  s = s.replace(/'s$/, '').replace(/^the\s+/, '').replace(/[.,]/g, '').replace(/[-_/]+/g, ' ');
  return s.replace(/\s+/g, ' ').trim();
}

const forms = (end: string | string[]): string[] => (Array.isArray(end) ? end : [end]);

function fail(file: string, problem: string): never {
  console.error(`fresh-sample: ${file}: ${problem}`);
  process.exit(2);
}

function readSample(file: string): Excerpt[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(file, `cannot read: ${(e as Error).message}`);
  }
  const excerpts = (data as { excerpts?: unknown }).excerpts;
  if (!Array.isArray(excerpts)) fail(file, 'no "excerpts" array');
  excerpts.forEach((x: Partial<Excerpt>, i) => {
    const where = `excerpt ${i} (${x.id ?? 'no id'})`;
    if (typeof x.id !== 'string' || typeof x.text !== 'string' || typeof x.outlet !== 'string') fail(file, `${where}: needs string id, outlet and text`);
    if (!Array.isArray(x.claims)) fail(file, `${where}: needs a claims array`);
    for (const c of x.claims) {
      if (!KINDS.includes(c.relation)) fail(file, `${where}: unknown relation "${String(c.relation)}"`);
      if (typeof c.construction !== 'string' || c.construction === '') fail(file, `${where}: a claim without construction`);
      if (forms(c.source).length === 0 || forms(c.target).length === 0) fail(file, `${where}: a claim without source or target`);
    }
  });
  return excerpts as Excerpt[];
}

interface Tally { required: number; found: number }
const bump = (map: Map<string, Tally>, key: string, found: boolean): void => {
  const t = map.get(key) ?? { required: 0, found: 0 };
  t.required += 1;
  t.found += found ? 1 : 0;
  map.set(key, t);
};

function main(): void {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) fail('(none)', 'usage: npx tsx bench/fresh-sample.ts SAMPLE.json [--json] [--missed]');
  const excerpts = readSample(file);
  const lexicon = defaultLexicon();
  const byKind = new Map<string, Tally>();
  const byConstruction = new Map<string, Tally>();
  const predictedByKind = new Map<string, { predicted: number; correct: number }>();
  const missed: string[] = [];
  const falsePositives: string[] = [];
  const outlets = new Set<string>();
  let predicted = 0;
  let correct = 0;

  for (const x of excerpts) {
    outlets.add(x.outlet);
    // One name space per excerpt: each gold end's forms map to its first form.
    const canon = new Map<string, string>();
    for (const c of x.claims) for (const end of [c.source, c.target]) for (const f of forms(end)) canon.set(norm(f), forms(end)[0]!);
    const key = (s: string, rel: string, t: string): string => (SYMMETRIC.has(rel) ? [rel, ...[s, t].sort()] : [rel, s, t]).join(' | ');
    const gold = new Map<string, GoldClaim>();
    for (const c of x.claims) gold.set(key(forms(c.source)[0]!, c.relation, forms(c.target)[0]!), c);

    const record = extractArticle({ id: x.id, text: x.text }, lexicon);
    const graph = buildGraph([record], { keepText: false });
    const found = new Set<string>();
    graph.forEachEdge((_e, attrs, _s, _t, sAttrs, tAttrs) => {
      if (!KINDS.includes(attrs.relation as Kind)) return;
      if (!SCORED_TYPES.has(sAttrs.type) || !SCORED_TYPES.has(tAttrs.type)) return;
      const s = canon.get(norm(sAttrs.label)) ?? `?${sAttrs.label}`;
      const t = canon.get(norm(tAttrs.label)) ?? `?${tAttrs.label}`;
      const k = key(s, attrs.relation, t);
      if (found.has(k)) return;
      found.add(k);
      const g = gold.get(k);
      const stat = predictedByKind.get(attrs.relation) ?? { predicted: 0, correct: 0 };
      stat.predicted += 1;
      if (g) {
        correct += 1;
        stat.correct += 1;
      } else falsePositives.push(`${x.id}: ${k}`);
      predicted += 1;
      predictedByKind.set(attrs.relation, stat);
    });
    for (const [k, c] of gold) {
      if (c.required === false) {
        // An optional claim found is neither an error nor needed: take it out of the precision count.
        if (found.has(k)) {
          predicted -= 1;
          correct -= 1;
          const stat = predictedByKind.get(c.relation)!;
          stat.predicted -= 1;
          stat.correct -= 1;
        }
        continue;
      }
      bump(byKind, c.relation, found.has(k));
      bump(byConstruction, c.construction, found.has(k));
      if (!found.has(k)) missed.push(`${x.id}: ${k} [${c.construction}]`);
    }
  }

  const required = [...byKind.values()].reduce((n, t) => n + t.required, 0);
  const recalled = [...byKind.values()].reduce((n, t) => n + t.found, 0);
  const p = predicted ? correct / predicted : 0;
  const r = required ? recalled / required : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const kinds = Object.fromEntries(KINDS.map((k) => [k, { ...(byKind.get(k) ?? { required: 0, found: 0 }), ...(predictedByKind.get(k) ?? { predicted: 0, correct: 0 }) }]));
  const constructions = [...byConstruction].sort((a, b) => b[1].required - a[1].required || a[0].localeCompare(b[0]));
  if (args.includes('--json')) {
    console.log(JSON.stringify({ excerpts: excerpts.length, outlets: outlets.size, relations: { predicted, correct, required, found: recalled, precision: p, recall: r, f1: f }, byKind: kinds, byConstruction: Object.fromEntries(constructions), missed, falsePositives }, null, 2));
    return;
  }
  const pct = (a: number, b: number): string => (b ? (a / b).toFixed(2) : '-');
  console.log(`fresh sample: ${excerpts.length} excerpts from ${outlets.size} outlets, ${required} required claims`);
  console.log(`relations: P ${p.toFixed(2)}  R ${r.toFixed(2)}  F1 ${f.toFixed(2)}  (${correct} of ${predicted} predicted correct, ${recalled} of ${required} required found)`);
  console.log('\nby kind (found of required; correct of predicted):');
  for (const k of KINDS) {
    const s = kinds[k]!;
    console.log(`  ${k.padEnd(14)} ${String(s.found).padStart(4)} / ${String(s.required).padEnd(4)} recall ${pct(s.found, s.required)}   ${s.correct} / ${s.predicted} precision ${pct(s.correct, s.predicted)}`);
  }
  console.log('\nby construction (found / required, share of required claims):');
  const width = Math.max(12, ...constructions.map(([name]) => name.length));
  for (const [name, t] of constructions) {
    console.log(`  ${name.padEnd(width)} ${String(t.found).padStart(4)} / ${String(t.required).padEnd(4)} recall ${pct(t.found, t.required)}  share ${pct(t.required, required)}`);
  }
  if (args.includes('--missed')) {
    console.log('\nmissed:');
    for (const m of missed) console.log(`  ${m}`);
    console.log('\nfalse positives:');
    for (const m of falsePositives) console.log(`  ${m}`);
  }
}

main();
