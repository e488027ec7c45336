/**
 * `npm run train`: learns the claim scorer from every annotated text (seeds, real-dev, real-dev-2,
 * the dev corpus; see bench/claim-training.ts), chooses the threshold by leave-one-family-out
 * cross-validation (best F1 with precision ≥ 0.85 on both real sets, no false claim on the
 * seeds), prints the figures it chose from, and writes data/claim-scorer.json. Deterministic:
 * run it again after adding annotated text, a trigger word, a rule, a feature or a relation, and
 * commit the JSON (test/claim-scorer-training.test.ts checks that it is up to date).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, train, type Figures } from './claim-training';

/** The precision the default threshold keeps on both real sets, cross-validated. */
export const TARGET_PRECISION = 0.85;

/** The JSON `npm run train` writes, byte for byte. */
export function weightsJson(weights: object): string {
  return `${JSON.stringify(weights, null, 1)}\n`;
}

const row = (f: Figures): string => `P ${f.precision.toFixed(2)} R ${f.recall.toFixed(2)} F1 ${f.f1.toFixed(2)}`;

if (process.argv[1]?.endsWith('train.ts')) {
  const { weights, table, examples } = train(TARGET_PRECISION);
  console.log(`train: ${examples.length} labelled candidates (${examples.filter((e) => e.label).length} positive)`);
  console.log('threshold | real-dev (cross-validated) | real-dev-2 (cross-validated) | seeds precision (in-sample)');
  for (const r of table) console.log(`${r.threshold.toFixed(2)}${r.threshold === weights.threshold ? '*' : ' '}     | ${row(r.figures['real-dev'])} | ${row(r.figures['real-dev-2'])} | ${r.seedsPrecision.toFixed(2)}`);
  const out = join(REPO_ROOT, 'data', 'claim-scorer.json');
  writeFileSync(out, weightsJson(weights));
  console.log(`train: ${Object.keys(weights.weights).length} weights, threshold ${weights.threshold}${weights.candidates ? '' : ' (no threshold raises the mean cross-validated F1 over the rules alone without lowering it on either set: candidates no rule found are not scored, the graph is the rules\')'} (*: best mean F1 with precision >= ${TARGET_PRECISION} on both, no false claim on the seeds) -> ${out}`);
}
