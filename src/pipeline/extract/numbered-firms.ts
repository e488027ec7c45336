import { surfaceOf, type Token } from '../text/tokens';
import { YEAR } from '../lexicon/model-versions';
import { keyOfName, mentionOver, type SentenceMention } from './mention';

/**
 * Firms whose names open with a number: "1047 Games", "505 Games", "343 Industries", "4A Games"
 * (stop 53's readers: ten claims of game studios and robot makers lost in one sample, because a
 * run of capitals never starts at a number). Only a number right before one to three capitalised
 * words that end in a firm's word counts; a year ("2024 Games"), a rank ("Top 10 Games") or an
 * amount ("$5 Labs") does not.
 */
const FIRM_ENDS: ReadonlySet<string> = new Set(['Games', 'Studios', 'Studio', 'Interactive', 'Industries', 'Labs', 'Robotics', 'Technologies', 'Software', 'Entertainment', 'Inc', 'Ltd', 'LLC', 'Corp', 'Corporation']);
const NUMBER_OPENING = /^\d{1,4}[A-Z]?$/;
const NOT_BEFORE = new Set(['top', 'best', 'worst', 'the', '$', '€', '£', '#', 'no', 'number', 'about', 'over', 'some', 'nearly', 'almost', 'than']);

export function findNumberedFirms(tokens: readonly Token[]): SentenceMention[] {
  const mentions: SentenceMention[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    // Most tokens open with no digit: one character code turns them away before the regex.
    const first = t.text.charCodeAt(0);
    if (first < 48 || first > 57 || !NUMBER_OPENING.test(t.text) || YEAR.test(t.text) || NOT_BEFORE.has(tokens[i - 1]?.lower ?? '')) continue;
    let end = i + 1;
    while (end < tokens.length && end <= i + 3 && tokens[end]!.capitalized && tokens[end]!.start === tokens[end - 1]!.end + 1 && !FIRM_ENDS.has(tokens[end]!.text)) end++;
    if (end >= tokens.length || !FIRM_ENDS.has(tokens[end]!.text) || tokens[end]!.start !== tokens[end - 1]!.end + 1) continue;
    const label = surfaceOf(tokens, i, end + 1);
    mentions.push(mentionOver(tokens, i, end + 1, { key: keyOfName(label), label, type: 'company' }, 'rule'));
    i = end;
  }
  return mentions;
}
