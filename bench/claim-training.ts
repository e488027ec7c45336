/**
 * Training data for the claim scorer, and its cross-validation. Shared by `npm run train`
 * (bench/train.ts, which writes data/claim-scorer.json) and `npm run eval` (bench/eval.ts, which
 * prints the cross-validated figures).
 *
 * Annotated texts are read where they are (../shared, test/fixtures), never copied. Each
 * candidate of each passage (extract/candidates.ts, and every rule's claim) is labelled by
 * whether the passage states the claim (the gold's `articles`), matching names and aliases the way
 * ../shared/eval/score.py does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLexicon } from '../src/pipeline/lexicon/lexicon';
import { extractArticle } from '../src/pipeline/extract/extract-article';
import { ClaimScorer, sigmoid, type ScorerWeights } from '../src/pipeline/extract/claim-scorer';
import { RELATIONS, type RelationKind } from '../src/pipeline/relation-registry';
import { normalName } from './candidate-recall';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const EVAL = join(REPO_ROOT, '..', 'shared', 'eval');
/** The relations the yardsticks score. */
const SCORED = new Set<string>(['banned', 'develops', 'competes_with', 'restricts']);

interface GoldEntity { name: string; aliases?: string[] }
interface GoldRelation { source: string; relation: string; target: string; required?: boolean; articles?: string[] }
interface Gold { entities: GoldEntity[]; relations: GoldRelation[] }

export type SetName = 'seeds' | 'real-dev' | 'real-dev-2' | 'dev-corpus';

/** One annotated passage: its text, its gold, the set it belongs to and its source family. */
export interface Passage {
  set: SetName;
  id: string;
  /** The outlet or author family: cross-validation holds out one family at a time. */
  family: string;
  file: string;
  gold: Gold;
}

/** One candidate claim of a passage, with its features and label. */
export interface Example {
  passage: number;
  features: string[];
  label: boolean;
  /** The claim as score.py keys it: gold names where known, "?key" otherwise. */
  key: string;
  asserted: boolean;
  /** A hand-written rule found it: it stands whatever its confidence. */
  byRule: boolean;
  /** Both ends are typed names: the claim may become an edge. */
  recordable: boolean;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** The family of a source: "European Commission (DG …)" and "European Commission" are one outlet. */
function familyOf(author: string): string {
  return author.replace(/\s*\(.*$/, '').trim();
}

/** Every annotated passage the project learns from, in a fixed order. */
export function annotatedPassages(): Passage[] {
  const out: Passage[] = [];
  const folder = (set: SetName, dir: string, gold: Gold, family: (id: string) => string): void => {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      const id = basename(f, '.txt');
      out.push({ set, id, family: family(id), file: join(dir, f), gold });
    }
  };
  folder('seeds', join(REPO_ROOT, 'data', 'articles'), readJson(join(EVAL, 'seeds.gold.json')), () => 'seeds');
  folder('dev-corpus', join(REPO_ROOT, 'test', 'fixtures', 'dev-corpus', 'articles'), readJson(join(REPO_ROOT, 'test', 'fixtures', 'dev-corpus', 'gold.json')), () => 'dev-corpus');
  const devSources = readJson<{ articles: { file: string; author_agency: string }[] }>(join(EVAL, 'real-dev', 'sources.json'));
  const agency = new Map(devSources.articles.map((a) => [basename(a.file, '.txt'), familyOf(a.author_agency)]));
  folder('real-dev', join(EVAL, 'real-dev', 'articles'), readJson(join(EVAL, 'real-dev', 'gold.json')), (id) => agency.get(id) ?? id);
  const dir2 = join(EVAL, 'real-dev-2');
  const sources2 = readJson<Record<string, { author?: string }>>(join(dir2, 'sources.json'));
  for (const f of readdirSync(dir2).filter((n) => /^\d+\.txt$/.test(n)).sort()) {
    const id = basename(f, '.txt');
    out.push({ set: 'real-dev-2', id, family: familyOf(sources2[id]?.author ?? id), file: join(dir2, f), gold: readJson<Gold>(join(dir2, `${id}.gold.json`)) });
  }
  return out;
}

function keyOf(source: string, relation: string, target: string): string {
  const symmetric = (RELATIONS as Record<string, { symmetric: boolean }>)[relation]?.symmetric;
  return symmetric && target < source ? `${relation}|${target}|${source}` : `${relation}|${source}|${target}`;
}

/** Every candidate of every passage, labelled. Deterministic: passages in order, candidates in text order. */
export function labelledExamples(passages: readonly Passage[]): Example[] {
  const lexicon = defaultLexicon();
  const examples: Example[] = [];
  passages.forEach((p, index) => {
    const alias = new Map<string, string>();
    for (const g of p.gold.entities) for (const form of [g.name, ...(g.aliases ?? [])]) alias.set(normalName(form), g.name);
    // A candidate is a positive where its passage states the claim (the gold's `articles`), not
    // wherever the set's gold holds it: the scorer learns what a sentence says.
    const stated = p.gold.relations.filter((r) => !r.articles || r.articles.includes(p.id));
    const gold = new Set(stated.map((r) => keyOf(r.source, r.relation, r.target)));
    const seen: { forms: [string[], string[]]; keys: [string, string]; relation: RelationKind; e: Omit<Example, 'key' | 'label'> }[] = [];
    const record = extractArticle({ id: p.id, text: readFileSync(p.file, 'utf8') }, lexicon, {
      onCandidate: ({ view, features, recordable }) => {
        if (!SCORED.has(view.relation)) return;
        seen.push({
          forms: [[view.source.label, view.source.surface], [view.target.label, view.target.surface]],
          keys: [view.source.key, view.target.key],
          relation: view.relation,
          e: { passage: index, features, asserted: view.status === 'asserted', byRule: view.rule !== undefined, recordable },
        });
      },
    });
    // An end is named as the record names it (label, aliases, every surface), as score.py reads the graph.
    const names = new Map<string, string[]>();
    for (const e of record.entities) names.set(e.key, [e.label, ...e.aliases, ...e.mentions.map((m) => m.surface)]);
    const goldName = (key: string, forms: string[]): string => {
      for (const form of [...(names.get(key) ?? []), ...forms]) {
        const g = form && alias.get(normalName(form));
        if (g) return g;
      }
      return `?${key}`;
    };
    for (const c of seen) {
      const key = keyOf(goldName(c.keys[0], c.forms[0]), c.relation, goldName(c.keys[1], c.forms[1]));
      examples.push({ ...c.e, key, label: gold.has(key) });
    }
  });
  return examples;
}

/** Training steps and rates: fixed, so the same data gives the same weights bit for bit. */
const STEPS = 1500;
const RATE = 2;
const L2 = 0.001;

/**
 * Logistic regression by full-batch gradient descent with L2, from zero weights, a fixed number
 * of steps, features in sorted order: the same data gives the same weights, bit for bit.
 */
export function trainScorer(examples: readonly Example[], threshold: number): ScorerWeights {
  const vocabulary = [...new Set(examples.flatMap((e) => e.features))].sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const rows = examples.map((e) => Int32Array.from(new Set(e.features.map((f) => index.get(f)!))));
  const labels = examples.map((e) => (e.label ? 1 : 0));
  const w = new Float64Array(vocabulary.length);
  const grad = new Float64Array(vocabulary.length);
  let bias = 0;
  const n = Math.max(1, examples.length);
  for (let step = 0; step < STEPS; step++) {
    grad.fill(0);
    let gb = 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      let z = bias;
      for (let k = 0; k < row.length; k++) z += w[row[k]!]!;
      const err = sigmoid(z) - labels[i]!;
      gb += err;
      for (let k = 0; k < row.length; k++) grad[row[k]!]! += err;
    }
    bias -= (RATE * gb) / n;
    for (let f = 0; f < w.length; f++) w[f]! -= RATE * (grad[f]! / n + L2 * w[f]!);
  }
  const weights: Record<string, number> = {};
  vocabulary.forEach((f, i) => {
    const v = Math.round(w[i]! * 1e4) / 1e4;
    if (v !== 0) weights[f] = v;
  });
  return {
    about: 'Weights of the claim scorer: logistic regression over the candidate features of src/pipeline/extract/candidate-features.ts. Written by `npm run train` (bench/train.ts); do not edit by hand.',
    threshold,
    relations: [...SCORED].sort(),
    bias: Math.round(bias * 1e4) / 1e4,
    weights,
  };
}

export interface Figures { precision: number; recall: number; f1: number; predicted: number; correct: number; required: number; found: number }

const f1 = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/**
 * Relation P/R/F1 as the yardsticks count them: real-dev (and seeds, dev-corpus) as one graph over
 * the set, real-dev-2 passage by passage, micro-averaged. `kept` says which examples are edges.
 */
export function relationFigures(passages: readonly Passage[], examples: readonly Example[], set: SetName, kept: (e: Example, i: number) => boolean): Figures {
  const perPassage = set === 'real-dev-2';
  const groupOf = (p: number): string => (perPassage ? String(p) : set);
  const predicted = new Map<string, Set<string>>();
  examples.forEach((e, i) => {
    if (passages[e.passage]!.set !== set || !e.asserted || !kept(e, i)) return;
    const g = groupOf(e.passage);
    if (!predicted.has(g)) predicted.set(g, new Set());
    predicted.get(g)!.add(e.key);
  });
  let correct = 0, pred = 0, required = 0, found = 0;
  const golds = new Map<string, { all: Set<string>; required: Set<string> }>();
  passages.forEach((p, i) => {
    if (p.set !== set) return;
    const g = groupOf(i);
    if (!golds.has(g)) golds.set(g, { all: new Set(), required: new Set() });
    const gold = golds.get(g)!;
    for (const r of p.gold.relations) {
      if (!SCORED.has(r.relation)) continue;
      const k = keyOf(r.source, r.relation, r.target);
      gold.all.add(k);
      if (r.required !== false) gold.required.add(k);
    }
  });
  for (const [g, gold] of golds) {
    const keys = predicted.get(g) ?? new Set<string>();
    pred += keys.size;
    for (const k of keys) if (gold.all.has(k)) correct++;
    required += gold.required.size;
    for (const k of gold.required) if (keys.has(k)) found++;
  }
  const precision = pred ? correct / pred : 0;
  const recall = required ? found / required : 1;
  return { precision, recall, f1: f1(precision, recall), predicted: pred, correct, required, found };
}

/** The share of required gold claims some example (asserted or not, recordable or not) proposes: the ceiling of recall. */
export function candidateRecall(passages: readonly Passage[], examples: readonly Example[], set: SetName): Figures {
  return relationFigures(passages, examples.map((e) => ({ ...e, asserted: true })), set, () => true);
}

/**
 * Out-of-family confidences: each passage of real-dev and real-dev-2 is scored by a model
 * trained on every other family (seeds and the dev corpus always train). Returns one confidence
 * per example (NaN for examples of seeds and the dev corpus, which are never held out).
 */
export function crossValidatedConfidences(passages: readonly Passage[], examples: readonly Example[]): number[] {
  const out = new Array<number>(examples.length).fill(Number.NaN);
  const families = [...new Set(passages.filter((p) => p.set === 'real-dev' || p.set === 'real-dev-2').map((p) => p.family))].sort();
  for (const family of families) {
    const held = (e: Example): boolean => passages[e.passage]!.family === family;
    const model = new ClaimScorer(trainScorer(examples.filter((e) => !held(e)), 0.5));
    examples.forEach((e, i) => {
      if (held(e)) out[i] = model.confidence(e.features);
    });
  }
  return out;
}

/** The default graph's policy (graph-draft.ts): a rule's claim, or a recordable candidate at or above the threshold. */
export function keptByDefault(e: Example, confidence: number, threshold: number): boolean {
  return e.byRule || (e.recordable && confidence >= threshold);
}

/** The thresholds tried, highest first. */
export const THRESHOLDS: readonly number[] = Array.from({ length: 14 }, (_, k) => (95 - 5 * k) / 100);

export interface ThresholdRow { threshold: number; figures: Record<'real-dev' | 'real-dev-2', Figures>; seedsPrecision: number }

/**
 * The threshold for candidates no rule found: the best mean cross-validated F1 over both real
 * sets among thresholds whose precision stays ≥ `minPrecision` on both and that add no false
 * claim to the seeds (in-sample, with the final model), else the highest; ties go to the higher.
 */
export function chooseThreshold(rows: readonly ThresholdRow[], minPrecision: number): number {
  let best: { threshold: number; f1: number } | undefined;
  for (const row of rows) {
    if (!qualifies(row, minPrecision)) continue;
    const f = (row.figures['real-dev'].f1 + row.figures['real-dev-2'].f1) / 2;
    if (!best || f > best.f1 + 1e-9) best = { threshold: row.threshold, f1: f };
  }
  return best?.threshold ?? THRESHOLDS[0]!;
}

/** Precision at least `minPrecision` on both real sets under cross-validation, and no false claim added to the seeds. */
function qualifies(row: ThresholdRow, minPrecision: number): boolean {
  return Math.min(row.figures['real-dev'].precision, row.figures['real-dev-2'].precision) >= minPrecision && row.seedsPrecision === 1;
}

/** The figures of each threshold tried: cross-validated on the real sets, in-sample on the seeds. */
export function thresholdTable(passages: readonly Passage[], examples: readonly Example[], cv: readonly number[], final: ClaimScorer): ThresholdRow[] {
  const inSample = examples.map((e) => final.confidence(e.features));
  return THRESHOLDS.map((threshold) => ({
    threshold,
    figures: {
      'real-dev': relationFigures(passages, examples, 'real-dev', (e, i) => keptByDefault(e, cv[i]!, threshold)),
      'real-dev-2': relationFigures(passages, examples, 'real-dev-2', (e, i) => keptByDefault(e, cv[i]!, threshold)),
    },
    seedsPrecision: relationFigures(passages, examples, 'seeds', (e, i) => keptByDefault(e, inSample[i]!, threshold)).precision,
  }));
}

/** Cross-validated relation F1 on each real set. */
export type F1s = Record<'real-dev' | 'real-dev-2', number>;

/** Whether the candidates raise the mean F1 over the rules' alone and lower it on neither set. */
export function candidatesPay(withCandidates: F1s, rulesAlone: F1s): boolean {
  const mean = (f: F1s): number => (f['real-dev'] + f['real-dev-2']) / 2;
  const noWorse = (['real-dev', 'real-dev-2'] as const).every((set) => withCandidates[set] >= rulesAlone[set] - 1e-9);
  return noWorse && mean(withCandidates) > mean(rulesAlone) + 1e-9;
}

/** Everything `npm run train` computes: the weights to ship and the table the threshold came from. */
export function train(minPrecision: number): { weights: ScorerWeights; table: ThresholdRow[]; passages: Passage[]; examples: Example[]; cv: number[] } {
  const passages = annotatedPassages();
  const examples = labelledExamples(passages);
  const cv = crossValidatedConfidences(passages, examples);
  const unthresholded = trainScorer(examples, 0.5);
  const table = thresholdTable(passages, examples, cv, new ClaimScorer(unthresholded));
  const threshold = chooseThreshold(table, minPrecision);
  // Candidates pay only when, at the chosen threshold, they raise the mean cross-validated F1 above the
  // rules' alone and lower it on neither set: one claim won on one small set and paid for with false
  // ones on the other is noise (on fresh news no threshold moved F1 by more than 0.02).
  const chosen = table.find((row) => row.threshold === threshold)!;
  const f1s = (kept: (e: Example, i: number) => boolean): F1s => ({
    'real-dev': relationFigures(passages, examples, 'real-dev', kept).f1,
    'real-dev-2': relationFigures(passages, examples, 'real-dev-2', kept).f1,
  });
  const pays = qualifies(chosen, minPrecision) && candidatesPay(f1s((e, i) => keptByDefault(e, cv[i]!, threshold)), f1s((e) => e.byRule));
  // When they do not pay the graph is the rules', which the highest threshold stands for.
  return { weights: { ...unthresholded, threshold: pays ? threshold : THRESHOLDS[0]!, candidates: pays }, table, passages, examples, cv };
}
