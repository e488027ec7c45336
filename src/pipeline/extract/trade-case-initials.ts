import type { Token } from '../text/tokens';
import type { SentenceMention } from './mention';

/**
 * The initials of a trade case's kind, "AD" (anti-dumping) and "CVD" (countervailing duty), alone or paired ("AD/CVD"), name no
 * product nor firm (helper dty96, from fresh sample s94a and US trade notices): "the antidumping duty (AD) order on widgets from
 * Zembla" gave the agency a product "AD" and hid the duty order, which the initials stood inside. Read as such only where the
 * case's words are around them: before a case's noun ("AD order", "CVD duties", "AD/CVD cases") or in brackets after the kind they
 * abbreviate ("antidumping duty (AD)"). Names the lexicon knows are kept.
 */
const CASE_INITIALS = /^(?:AD|CVD|AD\/CVD|CVD\/AD|AD-CVD)$/;
/** A trade case's nouns after its initials: "AD order", "CVD rates", "AD petitions". */
const CASE_NOUN_AFTER = /^(?:orders?|dut(?:y|ies)|cases?|investigations?|rates?|margins?|petitions?|deposits?|proceedings?|reviews?|measures?|laws?)$/i;
/** A trade case's kind whose last word stands right before the bracketed initials: "antidumping duty (AD)", "countervailing duty (CVD)". */
const CASE_KIND_BEFORE = /^(?:duty|duties|anti-?dumping|countervailing)$/i;

/** Whether the mention is a trade case's initials (see above). */
export function isTradeCaseInitials(m: SentenceMention, tokens: readonly Token[]): boolean {
  if (m.source === 'lexicon' || !CASE_INITIALS.test(m.surface)) return false;
  // "AD and CVD orders": the first initials before "and" and the second.
  let after = m.last;
  if (tokens[after]?.text === ')') after++;
  if (/^(?:and|&|\/)$/.test(tokens[after]?.text ?? '') && CASE_INITIALS.test(tokens[after + 1]?.text ?? '')) after += 2;
  if (CASE_NOUN_AFTER.test(tokens[after]?.text ?? '')) return true;
  return tokens[m.first - 1]?.text === '(' && tokens[m.last]?.text === ')' && CASE_KIND_BEFORE.test(tokens[m.first - 2]?.text ?? '');
}
