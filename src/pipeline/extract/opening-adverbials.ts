import type { Token } from '../text/tokens';
import { MONTH_NAMES } from './cue-words';

/**
 * Words that open an adverbial of time or of linking before a sentence's subject: "In 2019, it launched …", "However, they make …",
 * "Last year the firm introduced …" (helper cor97: a pronoun or "the firm" standing after such an opening was read as the subject
 * only when it opened the sentence itself, so a product launched "In 2019, it …" by a firm named before lost its maker).
 */
const ADVERBIAL_OPENERS: ReadonlySet<string> = new Set(['In', 'On', 'At', 'During', 'Last', 'This', 'Earlier', 'Later', 'Since', 'By', 'Today', 'Now',
  'However', 'Meanwhile', 'Also', 'Then', 'Recently', 'Previously', 'Separately', 'Additionally', 'Moreover', 'Furthermore', 'Next', 'Back', 'Over', 'Within',
  'Subsequently', 'Eventually', 'Currently', 'Yesterday', 'Lately', 'Overall', 'Instead']);

/** Lower-case words such an adverbial may hold: "In the same year", "Earlier this month", "Over the past decade", "Back in the 1990s". */
const ADVERBIAL_WORDS = /^(?:the|a|this|that|last|next|same|past|previous|following|early|late|mid|year|years|month|months|week|weeks|quarter|decade|decades|century|spring|summer|autumn|fall|winter|in|of|then|ago|since|also|two|three|four|five|few|several)$/;

/**
 * Whether token `at` stands right after an opening adverbial (or opens the sentence): every word before it belongs to one short
 * adverbial of time or of linking that opens the sentence, with no name, verb, clause or quotation in it ("In March 2021,",
 * "Last year", "However,"). "When Zenco said …, it …" and "Analysts say that it …" are no such opening.
 */
export function afterOpeningAdverbial(tokens: readonly Token[], at: number): boolean {
  if (at === 0) return true;
  if (at > 7 || !ADVERBIAL_OPENERS.has(tokens[0]!.text)) return false;
  for (let k = 1; k < at; k++) {
    const t = tokens[k]!.text;
    if (t === ',' && k === at - 1) continue;
    if (!ADVERBIAL_WORDS.test(t) && !/^(?:1[89]|20)\d\d[s]?$/.test(t) && !/^\d{1,2}(?:st|nd|rd|th)?$/.test(t) && !MONTH_NAMES.has(t)) return false;
  }
  return true;
}

/** Connectives that open a sentence before its comma: "Separately, Zenco said …", "Meanwhile, Qorva has …". */
const OPENING_CONNECTIVES: ReadonlySet<string> = new Set(['separately', 'meanwhile', 'however', 'still', 'now', 'elsewhere', 'additionally', 'also', 'earlier', 'later', 'today', 'yesterday', 'recently', 'previously', 'similarly', 'likewise']);
/** First words of a short fronted adjunct of time: "On Monday, Zenco …", "In March, Zenco …", "Last year, Zenco …". */
const FRONTED_TIME_WORDS: ReadonlySet<string> = new Set(['in', 'on', 'last', 'earlier', 'later', 'this', 'since', 'during', 'back', 'early']);

/**
 * The same kind of opening, read for where the subject starts (with words of its own: a connective needs its comma right after it,
 * an adjunct of time may hold any plain words). Helper typ97b, from real news on snack and apparel launches ("Separately, Zenco has
 * reintroduced its popular Zeta cookie"): where the sentence's subject starts after a fronted connective or a short adjunct of time
 * and its comma (at most five plain words before the comma, none a possessive or a name's punctuation); 0 when the sentence opens
 * with its subject.
 */
export function subjectStartAfterOpener(tokens: readonly Token[]): number {
  const first = tokens[0]?.lower ?? '';
  if (OPENING_CONNECTIVES.has(first) && tokens[1]?.text === ',') return 2;
  if (!FRONTED_TIME_WORDS.has(first)) return 0;
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 2 || comma > 5) return 0;
  return tokens.slice(1, comma).every((t) => /^(?:\p{L}+|\d{1,4}s?)$/u.test(t.text)) ? comma + 1 : 0;
}
