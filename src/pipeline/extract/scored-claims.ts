import { RELATIONS, type RelationKind } from '../relation-registry';
import type { Token } from '../text/tokens';
import type { ClaimRecord, ClaimStatus, Evidence } from '../types';
import { candidatesOf, sentenceTriggers, type ParagraphState } from './candidates';
import { featuresOf, nearerOtherTrigger, type CandidateView } from './candidate-features';
import type { FoundRelation } from './claim-check';
import { CANDIDATE_RULE, type ClaimScorer, type Scored } from './claim-scorer';
import { claimStatus } from './claim-status';
import { withChanges, type SentenceMention } from './mention';
import { arePeers } from './rival-phrases';
import { triggersAt, type TriggerWord } from './trigger-words';

/**
 * The claims of one sentence with their confidence: every rule's claim, and every candidate
 * (extract/candidates.ts) no rule found that may stand, scored by the claim scorer over its
 * features (extract/candidate-features.ts).
 */

/** A candidate claim as the scorer saw it: its view, its features and its confidence. */
export interface ScoredCandidate {
  view: CandidateView;
  features: string[];
  confidence: number;
  /** Whether it may become a claim of the record: a rule's claim, or a candidate `mayStand` admits (of a relation the weights learned). */
  recordable: boolean;
}

/** How the scorer is run over an article. */
export interface Scoring {
  scorer: ClaimScorer;
  /** Candidates no rule found are recorded from this confidence up (graph-draft.ts needs the threshold). */
  recordFloor: number;
  onCandidate?: (candidate: ScoredCandidate) => void;
}

/** One sentence as extraction read it. */
export interface ScoredSentence {
  tokens: readonly Token[];
  /** The tokens in lower case. */
  words: readonly string[];
  /** The sentence's mentions, in text order. */
  mentions: readonly SentenceMention[];
  /** What the rules found in it. */
  ruleClaims: readonly FoundRelation[];
  paragraph: ParagraphState;
  /** Index of the sentence in its article. */
  index: number;
  text: string;
  evidence: (trigger: string, rule: string) => Evidence;
}

/**
 * Candidates no rule found are recorded from this far below the scorer's threshold: the graph
 * keeps those at or above it (or `--min-confidence`), records keep a margin for inspection.
 */
export const RECORD_MARGIN = 0.2;

/** The sentence's claims (the rules' first, the scorer's after them) and the paragraph state for the next sentence. */
export function scoredClaims(s: ScoredSentence, scoring: Scoring): { claims: ClaimRecord[]; next: ParagraphState } {
  // No candidate can stand (and no bench code watches them): only the rules' claims are scored.
  const { candidates, next, triggers: triggersOfCandidates } = scoring.scorer.candidatesStand || scoring.onCandidate ? candidatesOf(s.tokens, s.mentions, s.paragraph) : { candidates: [], next: s.paragraph, triggers: undefined };
  if (candidates.length === 0 && s.ruleClaims.length === 0) return { claims: [], next };
  const { words } = s;
  // The words joined once (when a candidate first needs it), with each word's offset, for the status cues of every candidate.
  let joined = '';
  const offsets: number[] = [];
  // Many candidates share an actor and a trigger: each status and trigger word is read once.
  const statuses = new Map<number, ClaimStatus>();
  const statusOf = (from: number, trigger: number): ClaimStatus => {
    const key = from * 100_000 + trigger;
    let status = statuses.get(key);
    if (status === undefined) {
      if (offsets.length === 0) {
        joined = words.join(' ');
        words.reduce((at, w) => (offsets.push(at), at + w.length + 1), 0);
      }
      const end = Math.max(0, (offsets[trigger] ?? joined.length + 1) - 1);
      statuses.set(key, (status = claimStatus(joined.slice(0, end), joined.slice(offsets[Math.min(from, trigger)] ?? end, end))));
    }
    return status;
  };
  const triggerWords = new Map<number, readonly TriggerWord[]>();
  const triggerWordsAt = (at: number): readonly TriggerWord[] => {
    let found = triggerWords.get(at);
    if (!found) triggerWords.set(at, (found = triggersAt(words, at)));
    return found;
  };
  // The triggers candidatesOf found, read off the tokens' lower-case words: the same when `words` are those words (a sentence
  // with mentions), so not found twice; else (`words` left empty) found from `words` when first asked, as before.
  let triggers: Map<RelationKind, number> | undefined = words.length === s.tokens.length ? triggersOfCandidates : undefined;
  // Where other relations' triggers start, per relation, read once per sentence.
  const others = new Map<RelationKind, number[]>();
  const otherTriggers = (relation: RelationKind): number[] => {
    let found = others.get(relation);
    if (!found) others.set(relation, (found = words.flatMap((_w, at) => { const t = triggerWordsAt(at); return t.some((x) => x.relation !== relation) && !t.some((x) => x.relation === relation) ? [at] : []; })));
    return found;
  };
  const triggerOf = (relation: RelationKind): number => (triggers ??= sentenceTriggers(s.tokens, words)).get(relation) ?? -1;
  const byRule = new Map(s.ruleClaims.map((r) => [claimKey(r.source.key, r.relation, r.target.key), r]));
  const ruleScores = new Map<FoundRelation, Scored>();
  const recorded = new Set<string>();
  const candidateClaims: ClaimRecord[] = [];
  // A rule's claim is always recorded, so its "why" is read with its confidence; a candidate's only once it is.
  const score = (view: CandidateView, recordable: boolean): Scored & { features: string[] } => {
    const features = featuresOf(view);
    const scored = view.rule ? scoring.scorer.score(features) : { confidence: scoring.scorer.confidence(features), why: [] };
    scoring.onCandidate?.({ view, features, confidence: scored.confidence, recordable });
    // Spelled out rather than spread: a spread copy costs more than the three fields.
    return { confidence: scored.confidence, why: scored.why, features };
  };
  const viewOf = (relation: RelationKind, source: SentenceMention, target: SentenceMention, reach: CandidateView['reach'], rule: FoundRelation | undefined, trigger: number): CandidateView => {
    const triggerWord = trigger >= 0 ? triggerWordsAt(trigger).find((w) => w.relation === relation) : undefined;
    const status = rule?.status ?? statusOf(s.mentions.includes(source) ? source.first : 0, trigger >= 0 ? trigger : target.first);
    // ruleNearby and otherTriggers are read only for a candidate no rule found (mayStand, the rule-nearby feature).
    return {
      relation, source, target, reach, rule: rule?.rule, trigger,
      ...(triggerWord && { triggerWord: { words: triggerWord.words, form: triggerWord.form } }),
      ruleNearby: rule ? NOT_READ : ruleNearby(s.ruleClaims, relation, source, target, rule), words, mentions: s.mentions, status, sentence: s.index, otherTriggers: rule ? [] : otherTriggers(relation),
    };
  };

  for (const c of candidates) {
    const id = claimKey(c.source.key, c.relation, c.target.key);
    const rule = byRule.get(id);
    // Features cost: score only what can become a claim (see mayStand), unless bench code watches every candidate.
    if (!rule && !scoring.onCandidate && !(c.reach !== 'frame' && scoring.scorer.knows(c.relation) && typedPeers(c.relation, c.source, c.target))) continue;
    const trigger = c.trigger >= 0 ? c.trigger : triggerOf(c.relation);
    const view = viewOf(c.relation, c.source, c.target, c.reach, rule, trigger);
    const recordable = rule !== undefined || mayStand(view);
    if (!rule && !scoring.onCandidate && (!recordable || view.status !== 'asserted')) continue;
    const scored = score(view, recordable);
    if (rule) ruleScores.set(rule, scored);
    // Only a relation the weights learned: another one's confidence would rest on pooled cues alone.
    else if (recordable && scoring.scorer.knows(c.relation) && view.status === 'asserted' && scored.confidence >= scoring.recordFloor && !recorded.has(id)) {
      recorded.add(id);
      const said = trigger >= 0 ? triggerText(s.tokens, words, s.text, trigger, c.relation) : s.text.slice(c.target.start, c.target.end);
      candidateClaims.push({ source: c.source.key, relation: c.relation, target: c.target.key, status: 'asserted', evidence: { ...s.evidence(said, CANDIDATE_RULE), why: scoring.scorer.why(scored.features) }, confidence: scored.confidence });
    }
  }
  // Pushed, not mapped and spread: arrays of one kind (see lowerWordsOf), so that this function is not de-optimised by the other.
  const claims: ClaimRecord[] = [];
  for (const r of s.ruleClaims) {
    const scored = ruleScores.get(r) ?? score(viewOf(r.relation, r.source, r.target, 'rule', r, triggerOf(r.relation)), true);
    claims.push({ source: r.source.key, relation: r.relation, target: r.target.key, status: r.status, evidence: { ...s.evidence(r.trigger, r.rule), why: scored.why }, confidence: scored.confidence });
  }
  for (const c of candidateClaims) claims.push(c);
  return { claims, next };
}

/** A rule's claim's view: what it never reads. */
const NOT_READ: CandidateView['ruleNearby'] = { sameTarget: false, sameSource: false };

/** "Samsung Gauss" develops claim of a name: the maker is named inside the product's name, a mention elsewhere to the scorer. */
export function scoredOwnerClaim(m: SentenceMention, owner: string, index: number, evidence: Evidence, scoring: Scoring): ClaimRecord {
  const maker: SentenceMention = withChanges(m, { key: owner, label: owner, type: 'company', source: 'lexicon' });
  const view: CandidateView = { relation: 'develops', source: maker, target: m, reach: 'rule', rule: 'name:owner', trigger: -1, ruleNearby: { sameTarget: false, sameSource: false }, words: [], mentions: [m], status: 'asserted', sentence: index, otherTriggers: [] };
  const features = featuresOf(view);
  const { confidence, why } = scoring.scorer.score(features);
  scoring.onCandidate?.({ view, features, confidence, recordable: true });
  return { source: owner, relation: 'develops', target: m.key, status: 'asserted', evidence: { ...evidence, why }, confidence };
}

/**
 * Whether a rule found, in this sentence, the same relation giving the candidate's target another
 * actor (for a symmetric relation, either end another partner: "A rivals B and C" pairs B with A,
 * not with C), or its source another target.
 */
function ruleNearby(ruleClaims: readonly FoundRelation[], relation: RelationKind, source: SentenceMention, target: SentenceMention, rule: FoundRelation | undefined): CandidateView['ruleNearby'] {
  const symmetric = RELATIONS[relation].symmetric;
  const own = claimKey(source.key, relation, target.key);
  const others = ruleClaims.filter((r) => r.relation === relation && r !== rule && claimKey(r.source.key, relation, r.target.key) !== own);
  const ends = (r: FoundRelation): string[] => (symmetric ? [r.source.key, r.target.key] : [r.target.key]);
  const mine = symmetric ? [source.key, target.key] : [target.key];
  return {
    sameTarget: others.some((r) => mine.some((k) => ends(r).includes(k))),
    sameSource: others.some((r) => r.source.key === source.key && r.target.key !== target.key),
  };
}

/**
 * Whether a candidate no rule found may become a claim of the record: its actor named in this
 * sentence or the one before (a paragraph's frame alone, with no trigger here, gained nothing
 * under cross-validation), both ends typed names, no rule gave its target another actor in the
 * sentence (the rules' reading wins), and rivals are peers (companies with companies, products
 * and models with their like), as the rules hold.
 */
export function mayStand(view: CandidateView): boolean {
  return view.reach !== 'frame' && typedPeers(view.relation, view.source, view.target) && !view.ruleNearby.sameTarget && !nearerOtherTrigger(view, view.target);
}

/** Both ends typed names, and rivals peers. */
function typedPeers(relation: RelationKind, source: SentenceMention, target: SentenceMention): boolean {
  if (source.source === 'unknown' || target.source === 'unknown') return false;
  return relation !== 'competes_with' || arePeers(source, target);
}

/** A claim's identity within a sentence: symmetric claims are one whichever end comes first. */
function claimKey(source: string, relation: RelationKind, target: string): string {
  return RELATIONS[relation].symmetric && target < source ? `${target}\u0000${relation}\u0000${source}` : `${source}\u0000${relation}\u0000${target}`;
}

/** The trigger as written, for the evidence view. */
function triggerText(tokens: readonly Token[], words: readonly string[], text: string, at: number, relation: RelationKind): string {
  const found = triggersAt(words, at).find((w) => w.relation === relation);
  const last = tokens[at + (found?.words.length ?? 1) - 1] ?? tokens[at]!;
  return text.slice(tokens[at]!.start, last.end);
}
