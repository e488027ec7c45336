import { PRODUCT_NOUN_WORDS } from './cue-words';
import type { RelationPattern } from './relation-patterns';

/**
 * Helper its95 (stop 95), from set 92's readers and news on car, phone and device launches: a possessed list whose members each carry
 * their kind after two or three describing words ("its Vela Q electric sports utility vehicle and Vela R sedan", "its Zorbo
 * smartwatch and Zeta smart rowing machine"). The possessed-kinds-later-member pattern reads one describing word before each kind,
 * so a later member was lost once any member had more. Here at least one member has two or three, and the later member is read
 * with the words before it in a lookbehind, as there. A table of its own, spread at the end of RELATION_PATTERNS (TS2590).
 */

/** A kind's last word, as the sentence's words hold it: "sedan", "machines". */
const KINDS = [...new Set(PRODUCT_NOUN_WORDS.map((noun) => noun.slice(noun.lastIndexOf(' ') + 1)))].join('|');

/**
 * The `requires` entry: a sentence with no kind's word is not searched. Nor is one with no possessive (POSS is "'s" or a resolved
 * "its") or no word that joins two members (JOIN): both stand in the lookbehind, where the matcher does not see them.
 */
const KIND_WORDS = [...new Set(PRODUCT_NOUN_WORDS.flatMap((noun) => {
  const last = noun.slice(noun.lastIndexOf(' ') + 1);
  return [last, `${last}s`, `${last}es`];
}))].join('|');

/**
 * One describing word: lower case, no function word, no verb's past or third person ("its Zeta sold well", "its Lima plant builds
 * cars": the words after a verb are its object; "sports" of "sports car" is no verb), and no role that makes the member another's ("its rival Qorva", "its partner's").
 */
const DESCRIBER = String.raw`(?!(?:and|or|nor|but|to|of|for|in|on|at|by|with|from|as|than|like|unlike|including|versus|vs|is|was|are|were|be|been|has|had|have|will|would|can|could|may|might|must|should|not|never|that|which|who|the|a|an|its|their|rival|rivals|partner|partners|customer|customers|client|clients|supplier|suppliers|investor|investors|owner|parent|unit|subsidiary|chief|ceo|founder|boss|executive|president|director|analyst|competitor|competitors|planned|proposed|former)(?= ))(?:sports|[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?<!ed|[^su]s)) `;

/** A member's kind after none or one describing word (the old pattern's reach). */
const NARROW_KIND = `(?:${DESCRIBER})?(?:${KINDS})(?:s|es)? `;
/** A member's kind after two or three describing words. */
const WIDE_KIND = `(?:${DESCRIBER}){2,3}(?:${KINDS})(?:s|es)? `;
/**
 * A member's name then its kind after two or three describing words, which both templates hold: the text of most sentences lacks
 * it, and then the templates (the longest of the registry, some 200 ms to compile) are not searched (`sentenceHolds`).
 */
const WIDE_KIND_MEMBER = new RegExp(String.raw`@\d+ ${WIDE_KIND}`);
/** A member's kind after up to three. */
const ANY_KIND = `(?:${DESCRIBER}){0,3}(?:${KINDS})(?:s|es)? `;
/** What joins two members: ", ", ", and ", "and", "or". */
const JOIN = '(?:, (?:and |or )?|(?:and|or) )';
/** Words of a member's own before its name: "its new Zeta …" (up to two). */
const BEFORE_NAME = `(?:${DESCRIBER}){0,2}`;

/** After a member's kind: no plant, unit, deal or ban of the thing's ("its Zeta electric car plant"). */
const NOT_MADE_NEXT = /^(?:ban|bans|sanctions|acquisition|takeover|merger|purchase|deal|deals|stake|investment|unit|division|subsidiary|arm|plant|plants|factory|factories|facility|facilities|site|shares|stock|contract|contracts|partnership|lawsuit|licence|license|recall|recalls|dealers?|dealership|owners|buyers|customers|users|drivers) /;

export const DESCRIBED_KIND_MEMBERS: readonly RelationPattern[] = [
  // "its Zorbo smartwatch and Zeta smart rowing machine": the later member's own kind has two or three describing words.
  { relation: 'develops', id: 'pattern:develops:its95-later-member-described-kind', template: `(?=@\\d+ ${WIDE_KIND})(?<=POSS ${BEFORE_NAME}@\\d+ (?:${ANY_KIND})?(?:${JOIN}${BEFORE_NAME}@\\d+ ${ANY_KIND})*${JOIN}${BEFORE_NAME})(?<y>@\\d+ )${WIDE_KIND}`, notFollowedBy: NOT_MADE_NEXT, requires: [KIND_WORDS, "'s|its", 'and|or|,'], sentenceHolds: WIDE_KIND_MEMBER },
  // "its Vela Q electric sports utility vehicle and Vela R sedan": an earlier member's kind has them, the later member's not.
  { relation: 'develops', id: 'pattern:develops:its95-later-member-after-described-kind', template: `(?=@\\d+ ${NARROW_KIND})(?<=POSS ${BEFORE_NAME}(?:@\\d+ (?:${ANY_KIND})?${JOIN}${BEFORE_NAME})*@\\d+ ${WIDE_KIND}${JOIN}(?:${BEFORE_NAME}@\\d+ ${ANY_KIND}${JOIN})*${BEFORE_NAME})(?<y>@\\d+ )${NARROW_KIND}`, notFollowedBy: NOT_MADE_NEXT, requires: [KIND_WORDS, "'s|its", 'and|or|,'], sentenceHolds: WIDE_KIND_MEMBER },
];
