/**
 * `npm run eval`: the extraction yardsticks. First the claim scorer's cross-validated figures
 * (bench/claim-training.ts: each real-dev and real-dev-2 passage scored by a model that never
 * trained on its source family), beside the rules alone and the scorer alone. Then, in-sample
 * (the shipped scorer trained on these very passages), builds the seed corpus and the real-dev passages
 * (../shared/eval/real-dev, read where they are, never copied) with the CLI, as a user would,
 * and prints the shared scorer's report for each: precision, recall, F1, misses, false
 * positives, and the breakdown by relation. `--json` prints the scorer's JSON instead.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coverage, readSet } from './candidate-recall';
import { SHIPPED_SCORER } from '../src/pipeline/extract/claim-scorer';
import { annotatedPassages, candidateRecall, crossValidatedConfidences, keptByDefault, labelledExamples, relationFigures, type Figures } from './claim-training';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EVAL = join(REPO_ROOT, '..', 'shared', 'eval');

/** The sets scored: articles to build, gold to score against. */
const SETS = [
  { name: 'seeds (data/articles)', articles: join(REPO_ROOT, 'data', 'articles'), gold: join(EVAL, 'seeds.gold.json') },
  { name: 'real-dev (../shared/eval/real-dev), in-sample: the shipped scorer trained on these passages', articles: join(EVAL, 'real-dev', 'articles'), gold: join(EVAL, 'real-dev', 'gold.json') },
];

const figures = (f: Figures): string => `P=${f.precision.toFixed(2)} R=${f.recall.toFixed(2)} F1=${f.f1.toFixed(2)} (${f.correct}/${f.predicted} correct, ${f.found}/${f.required} found)`;

export interface CrossValidatedRow {
  /** The default policy: rules' claims, and candidates at or above the shipped threshold. */
  scorerAndRules: Figures;
  rulesAlone: Figures;
  /** Every recordable candidate at or above 0.5, rules only as a feature. */
  scorerAlone: Figures;
  candidates: Figures;
}

/** The cross-validated figures, as `npm run eval` prints them (and test/claim-scorer-training.test.ts floors). */
export function crossValidatedReport(): { lines: string[]; rows: Record<'real-dev' | 'real-dev-2', CrossValidatedRow> } {
  const passages = annotatedPassages();
  const examples = labelledExamples(passages);
  const cv = crossValidatedConfidences(passages, examples);
  const threshold = SHIPPED_SCORER.threshold;
  const lines = [`## Claim scorer, cross-validated (leave one source family out; candidate threshold ${threshold})`];
  const rows = {} as Record<'real-dev' | 'real-dev-2', CrossValidatedRow>;
  for (const set of ['real-dev', 'real-dev-2'] as const) {
    const row: CrossValidatedRow = {
      scorerAndRules: relationFigures(passages, examples, set, (e, i) => keptByDefault(e, cv[i]!, threshold)),
      rulesAlone: relationFigures(passages, examples, set, (e) => e.byRule),
      scorerAlone: relationFigures(passages, examples, set, (e, i) => e.recordable && cv[i]! >= 0.5),
      candidates: candidateRecall(passages, examples, set),
    };
    rows[set] = row;
    lines.push(`${set}: rules + scorer at ${threshold}: ${figures(row.scorerAndRules)}`);
    lines.push(`  rules alone: ${figures(row.rulesAlone)}`);
    lines.push(`  scorer alone at 0.5 (rules only as a feature): ${figures(row.scorerAlone)}`);
    lines.push(`  candidates' recall (ceiling): ${row.candidates.recall.toFixed(2)} (${row.candidates.found}/${row.candidates.required})`);
  }
  return { lines, rows };
}

function main(): void {
  const json = process.argv.includes('--json');
  if (!existsSync(join(EVAL, 'score.py'))) {
    console.error(`eval: ${join(EVAL, 'score.py')} is missing: the yardsticks live in ../shared beside this checkout`);
    process.exit(1);
  }
  if (!json) console.log(`${crossValidatedReport().lines.join('\n')}\n`);
  const out = mkdtempSync(join(tmpdir(), 'newsgraph-eval-'));
  try {
    for (const set of SETS) {
      const gexf = join(out, 'graph.gexf');
      execFileSync(process.execPath, [join(REPO_ROOT, 'src', 'cli', 'launch.mjs'), 'build', set.articles, '--gexf', gexf, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
      const report = execFileSync('python3', [join(EVAL, 'score.py'), set.gold, gexf, ...(json ? ['--json'] : [])], { encoding: 'utf8' });
      console.log(`## ${set.name}\n${report.trimEnd()}\n`);
    }
    if (!json) printCandidateRecall();
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The candidates' recall beside the rules' on every annotated set (see bench/candidate-recall.ts). */
function printCandidateRecall(): void {
  const sets = [
    { name: 'seeds', passages: readSet(join(REPO_ROOT, 'data', 'articles'), 'one-gold', join(EVAL, 'seeds.gold.json')) },
    { name: 'real-dev', passages: readSet(join(EVAL, 'real-dev'), 'one-gold') },
    { name: 'real-dev-2', passages: readSet(join(EVAL, 'real-dev-2'), 'per-passage') },
    { name: 'dev-corpus (team-written)', passages: readSet(join(REPO_ROOT, 'test', 'fixtures', 'dev-corpus'), 'one-gold') },
  ];
  console.log('## Candidates: required gold claims (per passage) proposed, against found by the rules');
  console.log('| set | gold claims | found by rules | proposed (rules or candidates) | candidates |');
  console.log('|---|---|---|---|---|');
  const sum = { gold: 0, byRules: 0, byCandidates: 0, candidates: 0 };
  for (const set of sets) {
    const c = coverage(set.passages);
    for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += c[k];
    console.log(`| ${set.name} | ${c.gold} | ${share(c.byRules, c.gold)} | ${share(c.byCandidates, c.gold)} | ${c.candidates} |`);
  }
  console.log(`| all | ${sum.gold} | ${share(sum.byRules, sum.gold)} | ${share(sum.byCandidates, sum.gold)} | ${sum.candidates} |`);
}

function share(n: number, of: number): string {
  return `${n} (${of === 0 ? '—' : (n / of).toFixed(2)})`;
}

if (process.argv[1]?.endsWith('eval.ts')) main();
