import type { RelationPattern } from './relation-patterns';

/** What a model's standing is told in: "the capabilities of", "the benchmark performance of", "Qorva's scores". */
const STANDING = String.raw`(?:(?:[a-z-]+|@\d+) ){0,2}(?:performance|capabilities|capability|abilities|results|scores|benchmark scores|accuracy)`;

/** Words allowed between the subject and a parity verb: a relative pronoun and adverbs of degree or report, never a negation or a modal. */
const PARITY_LEAD = String.raw`(?:(?:which|that|has|have|had|is|are|was|were|now|already|also|reportedly|reliably|nearly|roughly|largely|broadly|closely|almost|essentially|even|effectively|arguably|basically|apparently|about|still|at least) )*`;

/** A parity or lead verb, alone or paired ("matches or exceeds"); flat, as a T() group must be. */
const PARITY_VERB = 'matches or exceeds|matches or surpasses|matches or beats|matches or outperforms|matched or exceeded|matched or surpassed|rivals or exceeds|matches|matched|equals|equalled|equaled|exceeds|exceeded|rivals|rivalled|rivaled|surpasses|surpassed|beats|outperforms|outperformed|tops|topped';

/** The rival's thing after "of": "of Qorva's Vexa", "of Qorva's proprietary Vexa-4 model", "of Vexa"; the possessor may be plain text ("of OpenAI o1"). */
const RIVAL_THING = String.raw`(?:the )?(?:@\d+ 's (?:[a-z0-9-]+ ){0,3}(?:, )?)?Y1 (?!'s )`;

/**
 * Helper rll94 (stop 94), from real AI-model coverage: one model told to match, exceed or stand level with another on a measure of
 * performance, often in a relative clause after the model's apposition ("Zenco released Zeta-R1, an open reasoning model that matches
 * or exceeds the capabilities of Qorva's Vexa-4"). The measure noun is required, so "matches the price of" and "exceeds expectations"
 * give nothing. A table of its own, spread at the end of RELATION_PATTERNS (that literal is at TypeScript's limit, TS2590).
 */
export const MODEL_PARITY: readonly RelationPattern[] = [
  // "Zeta-R1, a reasoning model that matches or exceeds the capabilities of Qorva's Vexa-4", "Zeta equals the benchmark performance of Vexa".
  // Not "matches the price of Vexa" (no measure of performance), nor "could match the capabilities of Vexa" (a modal).
  { relation: 'competes_with', id: 'pattern:competes_with:rll94-matches-standing-of', template: `X1 P ${PARITY_LEAD}T(${PARITY_VERB}) (?:the |those |that )?${STANDING} of ${RIVAL_THING}`, targetNotType: 'government', requires: ['of'] },
  // "Zeta-R1 matches Qorva Vexa-4's performance", "Zeta matches Vexa's scores on coding tests": the rival's measure after its possessive.
  { relation: 'competes_with', id: 'pattern:competes_with:rll94-matches-rivals-standing', template: `X1 P ${PARITY_LEAD}T(${PARITY_VERB}) (?:the )?(?:[a-z0-9-]+ )?Y1 's ${STANDING}(?= )`, targetNotType: 'government', requires: ["'s"] },
  // "Zeta-R1's capabilities are nearly on par with Qorva's most advanced model, Vexa-4", "Zeta is on a par with Vexa": two models level.
  // Not "is not on par with" (a negation), nor "on par with expectations" (no name).
  { relation: 'competes_with', id: 'pattern:competes_with:rll94-on-par-with', template: `X1 (?:'s ${STANDING} )?P ${PARITY_LEAD}T(on par with|on a par with|at par with|comparable with|comparable to) ${RIVAL_THING}`, notFollowedBy: /^(?:in (?:price|cost|size|weight)|on (?:price|cost))\b/, targetNotType: 'government', requires: ['with|to'] },
  // "Zeta-32B, which offers comparable performance to Qorva's Vexa", "Zeta delivers performance comparable to Vexa": a model offered as
  // another's equal. Not "offers comparable prices to" (no performance), nor "aims to offer comparable performance" (an aim, no claim).
  { relation: 'competes_with', id: 'pattern:competes_with:rll94-comparable-performance', template: `X1 P ${PARITY_LEAD}T(offers|offered|delivers|delivered|achieves|achieved|shows|showed|posts|posted|boasts|boasted|provides|provided) (?:(?:comparable|similar|equal|equivalent|matching|competitive) ${STANDING} (?:to|with)|${STANDING} (?:comparable|similar|equal|equivalent) (?:to|with)) ${RIVAL_THING}`, targetNotType: 'government', requires: ['to|with'] },
];
