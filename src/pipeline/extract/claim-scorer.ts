import scorerJson from '../../../data/claim-scorer.json';

/** The rule id of a claim no hand-written rule found, only the scorer. */
export const CANDIDATE_RULE = 'candidate';

/** The shape of `data/claim-scorer.json`, written by `npm run train` (bench/train.ts). */
export interface ScorerWeights {
  about?: string;
  /** Claims at or above this confidence become edges: chosen by cross-validation. */
  threshold: number;
  /** The relations it learned from annotated claims: a candidate of another relation never stands. */
  relations?: string[];
  /**
   * False when cross-validation found no threshold at which candidates no rule found pay their way
   * (`npm run train`): then none is recorded, and extraction spends no time scoring them.
   */
  candidates?: boolean;
  bias: number;
  weights: Record<string, number>;
}

/** A candidate's confidence and the features that weighed most, for "why this edge". */
export interface Scored {
  confidence: number;
  /** Up to three features with the largest absolute weight, as "feature (+1.2)". */
  why: string[];
}

export class ClaimScorer {
  private readonly weights: Map<string, number>;

  constructor(readonly model: ScorerWeights) {
    this.weights = new Map(Object.entries(model.weights));
  }

  get threshold(): number {
    return this.model.threshold;
  }

  /** Whether a candidate no rule found may stand at all (see ScorerWeights.candidates). */
  get candidatesStand(): boolean {
    return this.model.candidates !== false;
  }

  /** Whether the weights were learned on claims of this relation. */
  knows(relation: string): boolean {
    return this.model.relations?.includes(relation) ?? false;
  }

  /** The confidence and the features that weighed most. */
  score(features: readonly string[]): Scored {
    // One lookup per feature for both; the strongest three are kept as they come, no sort of all.
    let z = this.model.bias;
    const top: [string, number][] = [];
    for (const f of features) {
      const w = this.weights.get(f);
      if (w === undefined) continue;
      z += w;
      keepStrongest(top, f, w);
    }
    return { confidence: roundedProbability(z), why: top.map(([f, w]) => `${f} (${w >= 0 ? '+' : ''}${w.toFixed(2)})`) };
  }

  /** The probability that the claim is stated, to three decimals: what the graph's policy reads. */
  confidence(features: readonly string[]): number {
    let z = this.model.bias;
    for (const f of features) z += this.weights.get(f) ?? 0;
    return roundedProbability(z);
  }

  /** Up to three features with the largest absolute weight, as "feature (+1.20)": asked only for claims recorded. */
  why(features: readonly string[]): string[] {
    return this.score(features).why;
  }
}

function roundedProbability(z: number): number {
  return Math.round(sigmoid(z) * 1000) / 1000;
}

/** Largest absolute weight first, then the feature's name: the order "why" lists features in. */
const stronger = (a: [string, number], b: [string, number]): number => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1);

/** Inserts the feature into `top` (at most three, strongest first) if it is among the three strongest so far. */
function keepStrongest(top: [string, number][], feature: string, weight: number): void {
  const entry: [string, number] = [feature, weight];
  let at = top.length;
  while (at > 0 && stronger(entry, top[at - 1]!) < 0) at--;
  if (at >= 3) return;
  top.splice(at, 0, entry);
  if (top.length > 3) top.pop();
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** The shipped scorer, loaded by the CLI and the explorer's worker alike. */
export const SHIPPED_SCORER = new ClaimScorer(scorerJson as ScorerWeights);

/**
 * The confidence a claim needs to become an edge: `minConfidence` when given (`--min-confidence`),
 * else none for a rule's claim and the shipped threshold for a candidate no rule found.
 */
export function confidenceFloor(claim: { evidence: { rule?: string } }, minConfidence?: number): number {
  return minConfidence ?? (claim.evidence.rule === CANDIDATE_RULE ? SHIPPED_SCORER.threshold : 0);
}
