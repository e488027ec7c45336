import { surfaceOf, type Token } from '../text/tokens';
import { YEAR } from '../lexicon/model-versions';
import { FIRM_LAST_WORDS, MONTH_NAMES } from './cue-words';
import { FIRM_TRADE_ENDINGS } from './firm-trade-endings';
import { englishTagOf } from './name-rules';
import nlp from 'compromise';
import { keyOfName, mentionOver, type SentenceMention } from './mention';

/**
 * Firms whose names open with a number: "1047 Games", "505 Games", "343 Industries", "4A Games"
 * (stop 53's readers: ten claims of game studios and robot makers lost in one sample, because a
 * run of capitals never starts at a number). Only a number right before one to three capitalised
 * words that end in a firm's word counts; a year ("2024 Games"), a rank ("Top 10 Games") or an
 * amount ("$5 Labs") does not.
 * "90 Acres Farms", "7 Hills Robotics" (helper marks, from readers of farm and robot news: the name was cut to "Acres Farms", or
 * lost): any firm's last word closes such a name, a grower's trade too; an ordinal in figures opens one so in name-rules.ts
 * (numericOrdinalOpens: "21st Century Grain").
 * A date's day ("on March 5 Qorva Labs launched …") and a count of the firm's things ("cut 300 Qorva Labs jobs") are no name.
 */
const FIRM_ENDS: ReadonlySet<string> = new Set([
  'Games', 'Studios', 'Studio', 'Interactive', 'Industries', 'Labs', 'Robotics', 'Technologies', 'Software', 'Entertainment', 'Inc', 'Ltd', 'LLC', 'Corp', 'Corporation',
  ...FIRM_LAST_WORDS, ...FIRM_TRADE_ENDINGS,
  // Growers' and millers' trades, which the lists of firms' words above leave out.
  'Farms', 'Grain', 'Grains', 'Seeds', 'Dairy', 'Orchards', 'Organics', 'Mills', 'Growers',
]);
const NUMBER_OPENING = /^\d{1,4}[A-Z]?$/;
const NOT_BEFORE = new Set(['top', 'best', 'worst', 'the', '$', '€', '£', '#', 'no', 'number', 'about', 'over', 'some', 'nearly', 'almost', 'than']);

/** Whether `word` closes a firm's name that a number opens ("Farms" of "90 Acres Farms", "Grain" of "21st Century Grain"). */
export function isNumberedFirmEnd(word: string): boolean {
  return FIRM_ENDS.has(word);
}

/** Whether `t`, after a numbered run, is a lower-case plural noun the number counts ("300 Qorva Labs jobs", "5 Zenco Foods plants"). */
function countedNounAfter(t: Token | undefined): boolean {
  if (t === undefined || !/^\p{Ll}+s$/u.test(t.text)) return false;
  const tag = englishTagOf(t.lower);
  if (tag !== undefined) return tag === 'Plural' || (Array.isArray(tag) && tag.includes('Plural'));
  const doc = nlp(t.lower);
  return doc.has('#Plural') && !doc.has('#Verb');
}

export function findNumberedFirms(tokens: readonly Token[]): SentenceMention[] {
  const mentions: SentenceMention[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    // Most tokens open with no digit: one character code turns them away before the regex.
    const first = t.text.charCodeAt(0);
    if (first < 48 || first > 57 || !NUMBER_OPENING.test(t.text) || YEAR.test(t.text) || NOT_BEFORE.has(tokens[i - 1]?.lower ?? '') || MONTH_NAMES.has(tokens[i - 1]?.text ?? '')) continue;
    let end = i + 1;
    while (end < tokens.length && end <= i + 3 && tokens[end]!.capitalized && tokens[end]!.start === tokens[end - 1]!.end + 1 && !FIRM_ENDS.has(tokens[end]!.text)) end++;
    if (end >= tokens.length || !FIRM_ENDS.has(tokens[end]!.text) || tokens[end]!.start !== tokens[end - 1]!.end + 1) continue;
    // "5 March Zenco Labs": a date's month inside the run; "cut 300 Qorva Labs jobs": a count of the firm's things.
    if (tokens.slice(i + 1, end).some((w) => MONTH_NAMES.has(w.text)) || countedNounAfter(tokens[end + 1])) continue;
    const label = surfaceOf(tokens, i, end + 1);
    mentions.push(mentionOver(tokens, i, end + 1, { key: keyOfName(label), label, type: 'company' }, 'rule'));
    i = end;
  }
  return mentions;
}
