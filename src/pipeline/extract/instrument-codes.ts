import type { Token } from '../text/tokens';
import type { SentenceMention } from './mention';

/**
 * Numbered instruments a state passes or issues, no firm and no product (helper ins97, from real news on states banning ingredients):
 * "Zembla's governor signed SB 2571 into law, banning …", "signed Act 104 into law", "Decree 2571 bans …". The bill's code, read as a
 * name, stood between the state and the ban's participle, so the code was read as the banning firm ("SB2571 -banned-> …") or the ban
 * was lost. The code just after a state's verb of enacting is dropped; the state before it acts.
 */

/** A bill's code in a legislature: "SB 2571", "HB 1203", "AB 418", "LD 1503", "H.R. 3", "SJR 12". */
const BILL_CODE = /^(?:SB|HB|AB|LD|HF|SF|LB|SJR|HJR|SCR|HCR|H\.R\.|S\.)\s\d{1,5}$/u;
/** A numbered act, decree or order: "Act 104", "Decree 2571", "Order No. 5", "Regulation 2023/2055". */
const NUMBERED_INSTRUMENT = /^(?:Act|Bill|Law|Decree|Ordinance|Resolution|Directive|Regulation|Order|Circular|Notification)\s(?:No\.?\s?)?\d{1,5}(?:\/\d{1,5})?$/u;

/**
 * Verbs by which a state makes the instrument its own act. Elsewhere the code stays a name, so that what it does is no one else's
 * deed: "Zenco lobbied against SB 2571, which bans Zetaflon" is no ban of Zenco's.
 */
const ENACTING: ReadonlySet<string> = new Set([
  'signed', 'signs', 'sign', 'signing', 'passed', 'passes', 'pass', 'passing', 'enacted', 'enacts', 'enact', 'issued', 'issues', 'issue',
  'adopted', 'adopts', 'adopt', 'approved', 'approves', 'gazetted', 'gazettes', 'promulgated', 'promulgates', 'decreed', 'published',
]);

/** Whether a mention no lexicon entry holds only names a numbered bill, act or decree that a state's verb just before enacts. */
export function isInstrumentCode(m: SentenceMention, tokens: readonly Token[]): boolean {
  if (m.source === 'lexicon' || !ENACTING.has(tokens[m.first - 1]?.lower ?? '')) return false;
  const surface = m.surface.trim();
  if (!BILL_CODE.test(surface) && !NUMBERED_INSTRUMENT.test(surface)) return false;
  // "SB 2571 Pro", "Act 104 Labs": a capitalised word after the number makes it part of another name.
  return !(tokens[m.last]?.capitalized ?? false);
}

/** Last words of a treaty's name: "the Qorva Convention", "the Zembla Treaty". Not "Protocol", which ends products' names too. */
const TREATY_WORDS: ReadonlySet<string> = new Set(['Convention', 'Conventions', 'Treaty', 'Treaties']);

/**
 * Whether a mention no lexicon entry holds names a treaty: "adopted amendments to the Qorva Convention, which restrict zincol" took
 * the Convention, read as a firm, for the restricting party (fresh set 95); the treaty is an instrument, and its parties act.
 */
export function isTreatyName(m: SentenceMention): boolean {
  if (m.source === 'lexicon' || m.type === 'government') return false;
  const words = m.surface.trim().split(/\s+/u);
  return words.length >= 2 && TREATY_WORDS.has(words[words.length - 1]!);
}
