import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIPPED_SCORER } from '../src/pipeline/extract/claim-scorer';
import { candidatesPay, relationFigures, train } from '../bench/claim-training';
import { TARGET_PRECISION, weightsJson } from '../bench/train';
import { REPO_ROOT } from './cli-run-kg';

// The shipped weights are what `npm run train` computes from today's extractor and annotated
// sets (run it after changing a rule, a trigger, a feature or the annotations), and the
// cross-validated figures (leave one source family out) stay at the floors measured when the
// scorer shipped. Under CI a missing ../shared fails, never skips. Training in-process takes
// about 10 s (15 logistic regressions over ~2,700 candidates, and extraction of ~90 passages).

const SHARED = join(REPO_ROOT, '..', 'shared', 'eval');

describe.skipIf(!existsSync(SHARED) && !process.env.CI)('the claim scorer\'s training', () => {
  const trained = train(TARGET_PRECISION);

  it('`npm run train` reproduces data/claim-scorer.json byte for byte', () => {
    const shipped = readFileSync(join(REPO_ROOT, 'data', 'claim-scorer.json'), 'utf8');
    expect(weightsJson(trained.weights) === shipped, 'data/claim-scorer.json is stale: run `npm run train` and commit it').toBe(true);
    expect(SHIPPED_SCORER.threshold).toBe(trained.weights.threshold);
  });

  it('the threshold keeps precision >= 0.85 on both real sets under cross-validation, and adds no false claim to the seeds', () => {
    const row = trained.table.find((r) => r.threshold === trained.weights.threshold)!;
    const rules = (set: 'real-dev' | 'real-dev-2') => relationFigures(trained.passages, trained.examples, set, (e) => e.byRule);
    // Either a threshold meets the precision on both sets, or none does and the highest is kept.
    if (row.threshold < 0.95) for (const set of ['real-dev', 'real-dev-2'] as const) expect(row.figures[set].precision).toBeGreaterThanOrEqual(TARGET_PRECISION);
    expect(row.seedsPrecision).toBe(1);
    // Floors: the bar (cross-validated F1 >= 0.70 with precision >= 0.80 on both real sets),
    // and real-dev's own figures, rounded down (0.90 and 0.96 when raised in stop 57). Raise them as they rise.
    expect(row.figures['real-dev'].f1).toBeGreaterThanOrEqual(0.9);
    expect(row.figures['real-dev'].precision).toBeGreaterThanOrEqual(0.95);
    expect(row.figures['real-dev-2'].f1).toBeGreaterThanOrEqual(0.7);
    expect(row.figures['real-dev-2'].precision).toBeGreaterThanOrEqual(0.8);
    expect(row.figures['real-dev-2'].recall).toBeGreaterThanOrEqual(rules('real-dev-2').recall);
  });
});

describe('when candidates pay', () => {
  it('needs a higher mean F1 than the rules alone and no lower F1 on either set', () => {
    expect(candidatesPay({ 'real-dev': 0.9, 'real-dev-2': 0.75 }, { 'real-dev': 0.88, 'real-dev-2': 0.73 })).toBe(true);
    // One claim won on one small set, paid for with false ones on the other: noise, not a gain.
    expect(candidatesPay({ 'real-dev': 0.864, 'real-dev-2': 0.748 }, { 'real-dev': 0.877, 'real-dev-2': 0.726 })).toBe(false);
    expect(candidatesPay({ 'real-dev': 0.88, 'real-dev-2': 0.73 }, { 'real-dev': 0.88, 'real-dev-2': 0.73 })).toBe(false);
  });
});
