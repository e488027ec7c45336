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
 * with the pipeline API, exactly as `kg build` folds records; scoring (fresh-sample-score.ts)
 * matches each scored edge to the excerpt's gold with score.py's normalisation. An edge whose ends
 * are not both gold names of that excerpt is a false positive, so annotate every scored relation
 * an excerpt states. Nothing is written to disk.
 *
 * `--sweep` also scores the policy the shipped weights turn off: the rules' claims plus the broad
 * candidates (extract/candidates.ts) the shipped scorer gives at least each threshold in SWEEP.
 * It tells whether candidates pay on news the rules were not written against.
 */
import { readFileSync } from 'node:fs';
import { buildGraph, defaultLexicon, extractArticle } from '../src/pipeline';
import { CANDIDATE_RULE, ClaimScorer, SHIPPED_SCORER } from '../src/pipeline/extract/claim-scorer';
import type { ArticleRecord } from '../src/pipeline/types';
import { KINDS, parseSample, scoreSample, type Excerpt, type FoundEdge, type FoundNode, type SampleScore } from './fresh-sample-score';

/** The candidate thresholds `--sweep` tries. */
const SWEEP: readonly number[] = [0.3, 0.4, 0.5, 0.6, 0.7];

function fail(file: string, problem: string): never {
  console.error(`fresh-sample: ${file}: ${problem}`);
  process.exit(2);
}

function readSample(file: string): Excerpt[] {
  try {
    return parseSample(JSON.parse(readFileSync(file, 'utf8')));
  } catch (e) {
    return fail(file, (e as Error).message);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) fail('(none)', 'usage: npx tsx bench/fresh-sample.ts SAMPLE.json [--json] [--missed]');
  const excerpts = readSample(file);
  const lexicon = defaultLexicon();
  const edgesIn = (record: ArticleRecord, minConfidence?: number): FoundEdge[] => {
    const graph = buildGraph([record], { keepText: false, ...(minConfidence !== undefined && { minConfidence }) });
    const edges: FoundEdge[] = [];
    graph.forEachEdge((_e, attrs, _s, _t, s, t) => {
      edges.push({ source: s.label, sourceType: s.type, relation: attrs.relation, target: t.label, targetType: t.type });
    });
    return edges;
  };
  const records = new Map<Excerpt, ArticleRecord>();
  const recordOf = (x: Excerpt): ArticleRecord => records.get(x) ?? records.set(x, extractArticle({ id: x.id, text: x.text }, lexicon)).get(x)!;
  const edgesOf = (x: Excerpt): FoundEdge[] => edgesIn(recordOf(x));
  // Every node of the excerpt's graph, edge or not: tells a missed name from a missed relation.
  const nodesOf = (x: Excerpt): FoundNode[] => buildGraph([recordOf(x)], { keepText: false }).mapNodes((_n, a) => ({ label: a.label, type: a.type }));
  // Rules' claims always stand; a candidate stands at or above the threshold.
  const withCandidates = (threshold: number) => {
    const scorer = new ClaimScorer({ ...SHIPPED_SCORER.model, candidates: true, threshold });
    return (x: Excerpt): FoundEdge[] => {
      const record = extractArticle({ id: x.id, text: x.text }, lexicon, { scorer });
      const claims = record.claims.filter((c) => c.evidence.rule !== CANDIDATE_RULE || (c.confidence ?? 0) >= threshold);
      return edgesIn({ ...record, claims }, 0);
    };
  };
  const score = scoreSample(excerpts, edgesOf, nodesOf);
  const sweep = args.includes('--sweep') ? SWEEP.map((t) => ({ threshold: t, relations: scoreSample(excerpts, withCandidates(t)).relations })) : undefined;
  if (args.includes('--json')) {
    console.log(JSON.stringify(sweep ? { ...score, sweep } : score, null, 2));
    return;
  }
  const r = score.relations;
  const pct = (a: number, b: number): string => (b ? (a / b).toFixed(2) : '-');
  console.log(`fresh sample: ${score.excerpts} excerpts from ${score.outlets} outlets, ${r.required} required claims`);
  console.log(`relations: P ${r.precision.toFixed(2)}  R ${r.recall.toFixed(2)}  F1 ${r.f1.toFixed(2)}  (${r.correct} of ${r.predicted} predicted correct, ${r.found} of ${r.required} required found)`);
  console.log('\nby kind (found of required; correct of predicted):');
  for (const k of KINDS) {
    const s = score.byKind[k];
    console.log(`  ${k.padEnd(14)} ${String(s.found).padStart(4)} / ${String(s.required).padEnd(4)} recall ${pct(s.found, s.required)}   ${s.correct} / ${s.predicted} precision ${pct(s.correct, s.predicted)}`);
  }
  console.log('\nby construction (found / required, share of required claims):');
  const constructions = Object.entries(score.byConstruction);
  const width = Math.max(12, ...constructions.map(([name]) => name.length));
  for (const [name, t] of constructions) {
    console.log(`  ${name.padEnd(width)} ${String(t.found).padStart(4)} / ${String(t.required).padEnd(4)} recall ${pct(t.found, t.required)}  share ${pct(t.required, r.required)}`);
  }
  if (sweep) printSweep(score, sweep);
  if (args.includes('--missed')) {
    const causes = score.missCauses;
    if (causes) console.log(`\nmissed: ${causes.relation} with both ends in the graph (relation not read), ${causes['no node']} with an end not in it (a name lost, or an unknown name no reading typed)`);
    else console.log('\nmissed:');
    for (const m of score.missed) console.log(`  ${m}`);
    console.log('\nfalse positives:');
    for (const m of score.falsePositives) console.log(`  ${m}`);
  }
}

function printSweep(score: SampleScore, sweep: { threshold: number; relations: SampleScore['relations'] }[]): void {
  console.log('\nrules alone, and rules + candidates at a threshold (P / R / F1, correct of predicted, found of required):');
  const row = (name: string, r: SampleScore['relations']): string =>
    `  ${name.padEnd(24)} ${r.precision.toFixed(2)} / ${r.recall.toFixed(2)} / ${r.f1.toFixed(2)}   ${r.correct}/${r.predicted}  ${r.found}/${r.required}`;
  console.log(row('rules alone', score.relations));
  for (const s of sweep) console.log(row(`+ candidates >= ${s.threshold}`, s.relations));
}

main();
