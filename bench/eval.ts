/**
 * `npm run eval`: the extraction yardsticks. Builds the seed corpus and the real-dev passages
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

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EVAL = join(REPO_ROOT, '..', 'shared', 'eval');

/** The sets scored: articles to build, gold to score against. */
const SETS = [
  { name: 'seeds (data/articles)', articles: join(REPO_ROOT, 'data', 'articles'), gold: join(EVAL, 'seeds.gold.json') },
  { name: 'real-dev (../shared/eval/real-dev)', articles: join(EVAL, 'real-dev', 'articles'), gold: join(EVAL, 'real-dev', 'gold.json') },
];

function main(): void {
  const json = process.argv.includes('--json');
  if (!existsSync(join(EVAL, 'score.py'))) {
    console.error(`eval: ${join(EVAL, 'score.py')} is missing: the yardsticks live in ../shared beside this checkout`);
    process.exit(1);
  }
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

main();
