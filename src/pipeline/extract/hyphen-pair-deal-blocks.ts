import type { RelationPattern } from './relation-patterns';

/**
 * Helper mrg96 (stop 96), from set 94's readers and real antitrust news: a deal named by its two parties joined with a hyphen,
 * blocked ("Regulator blocks Zenco-Qorva merger", "the Commission blocked the proposed Zenco-Qorva tie-up"). paired-names.ts
 * already reads the word as two names before a deal's noun, and trigger-relations.ts no longer bans them; but only the slashed
 * pair ("the Zenco/Qorva merger") had a pattern, so the blocked deal restricted neither party. A blocked merger restricts both.
 * The two names of a hyphenated pair are two mentions with nothing between them in the sentence's words ("@3 @4 merger"); joined
 * by an en dash ("the Zenco–Qorva merger"), with a comma between them, as the words spell that dash. Cleared, approved or waved
 * through deals use other verbs and stay out; a proposal or wish to block is the `notPrecededBy` of the merger patterns; states
 * joined so ("the US-China trade deal") are a treaty's parties, no firms restricted (targetNotType).
 * A table of its own, spread at the end of RELATION_PATTERNS (that literal is at TS2590).
 */

/**
 * The verbs of a stopped deal, as relation-patterns.ts's DEAL_STOPPING_VERBS and MERGER_REFUSING_VERBS (not imported: this table is
 * read while that module is still loading). No "rejected": a target's board rejects a bid, which is no state's act.
 */
const STOPPED = 'blocked|blocks|block|blocking|vetoed|vetoes|veto|vetoing|prohibited|prohibits|prohibit|barred|bars|bar|stopped|stops|stop|halted|halts|halt|nixed|scuttled|thwarted|killed|torpedoed|derailed|quashed|struck down|strikes down|disallowed|disallows|disallow';
/** "refused to approve the Zenco-Qorva merger", "declined to clear …": a refusal told of the approval. */
/** Spelled out, as a trigger's words hold no bracket. */
const REFUSED_TO_APPROVE = ['refused', 'refuses', 'refuse', 'declined', 'declines', 'decline'].flatMap((v) => ['approve', 'clear', 'authorise', 'authorize', 'allow'].map((a) => `${v} to ${a}`)).join('|');
/** A wish, a proposal or a condition before the verb (as MRG93_WISHED_BEFORE): "urged the regulator to block …" asserts no block. */
const WISHED_BEFORE = /(?:^| )(?:recommend|recommends|recommended|recommending|urge|urges|urged|urging|ask|asks|asked|asking|propose|proposes|proposed|proposing|want|wants|wanted|advise|advises|advised|advising|request|requests|requested|requesting|calls on|called on|petitioned|if|unless|whether) (?:that )?$/;

/** The participles of a stopped deal in the passive ("was blocked by the Commission"). */
const PASSIVE_STOPPED = 'blocked|vetoed|prohibited|barred|stopped|halted|nixed|scuttled|thwarted|killed|torpedoed|derailed|quashed|struck down|disallowed';

/** The deal's noun after the pair, with at most one describing word ("the Zenco-Qorva mobile merger"); not an acquisition or a takeover,
 * whose block restricts the buyer alone (the first name is not always the buyer). */
const PAIR_DEAL = '(?:[a-z-]+ )?(?:merger|deal|combination|tie-up|joint venture|transaction)(?= |$)';

/** For speed only: two mentions with nothing or the dash's comma between them before the deal's noun, as a hyphenated pair is read (sentenceHolds). */
const TOUCHING_PAIR_DEAL = new RegExp(`@\\d+ (?:, )?@\\d+ ${PAIR_DEAL}`);

export const HYPHEN_PAIR_DEAL_BLOCKS: readonly RelationPattern[] = [
  { relation: 'restricts', id: 'pattern:restricts:mrg96-stopped-hyphen-pair-deal', template: `X P AUX T(${STOPPED}|${REFUSED_TO_APPROVE}) (?:the |a )?(?:proposed |planned )?Y1 (?:, )?@\\d+ ${PAIR_DEAL}`, verb: true, stateActor: true, targetNotType: 'government', notPrecededBy: WISHED_BEFORE, sentenceHolds: TOUCHING_PAIR_DEAL },
  { relation: 'restricts', id: 'pattern:restricts:mrg96-stopped-hyphen-pair-deal-second', template: `X P AUX T(${STOPPED}|${REFUSED_TO_APPROVE}) (?:the |a )?(?:proposed |planned )?@\\d+ (?:, )?Y1 ${PAIR_DEAL}`, verb: true, stateActor: true, targetNotType: 'government', notPrecededBy: WISHED_BEFORE, sentenceHolds: TOUCHING_PAIR_DEAL },
  // "The Zenco-Qorva merger was blocked by the Commission", the headline's "Zenco-Qorva deal derailed by Ruritania": the passive,
  // its agent a state's body (stateActor).
  { relation: 'restricts', id: 'pattern:restricts:mrg96-hyphen-pair-deal-stopped-by', template: `(?:the |a )?(?:proposed |planned )?Y1 (?:, )?@\\d+ ${PAIR_DEAL} (?:(?:was|were|has been|had been|is being) )?(?:[a-z]+ly )?T(${PASSIVE_STOPPED}) (?:[a-z-]+ ){0,3}?by (?:the )?(?:[a-z-]+ ){0,2}X1`, stateActor: true, targetNotType: 'government', requires: ['by'], sentenceHolds: TOUCHING_PAIR_DEAL },
  { relation: 'restricts', id: 'pattern:restricts:mrg96-hyphen-pair-deal-stopped-by-second', template: `(?:the |a )?(?:proposed |planned )?@\\d+ (?:, )?Y1 ${PAIR_DEAL} (?:(?:was|were|has been|had been|is being) )?(?:[a-z]+ly )?T(${PASSIVE_STOPPED}) (?:[a-z-]+ ){0,3}?by (?:the )?(?:[a-z-]+ ){0,2}X1`, stateActor: true, targetNotType: 'government', requires: ['by'], sentenceHolds: TOUCHING_PAIR_DEAL },
  // "voted to prevent Zenco and Qorva from merging", "barred Zenco from merging with Qorva": the parties kept from merging. A state's act
  // only (stateActor); "Qorva's board stopped Zenco from merging" is no state's.
  { relation: 'restricts', id: 'pattern:restricts:mrg96-kept-from-merging', template: `X P AUX T(prevented|prevents|prevent|barred|bars|bar|blocked|blocks|block|stopped|stops|stop|prohibited|prohibits|prohibit|forbade|forbids|forbid) Y from (?:merging|combining)(?= |$)`, verb: true, stateActor: true, targetNotType: 'government', notPrecededBy: WISHED_BEFORE, requires: ['from'] },
];
