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
