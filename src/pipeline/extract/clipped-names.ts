import type { Token } from '../text/tokens';
import { withChanges, type SentenceMention } from './mention';

/**
 * Brands spelt with a clipped "-ing": "Zenkin'", "Lovin' Vexa" (helper nmx92, from stop 92's eighty-fifth fresh sample). The
 * tokenizer keeps an apostrophe inside a word only before a letter, so the one that closes "Zenkin'" stood alone and the name was
 * read without it ("Zenkin" is not the brand's written name). A name whose last word ends in "in" and is glued to an apostrophe
 * that nothing glued follows takes the apostrophe back, unless a single quotation mark opened before the name and is still open
 * there ("the so-called 'Made in Berlin'" closes a quotation).
 */

/** Whether the apostrophe at `k` opens a quotation: a space (or the sentence's start) before it, a word glued after it. */
function opensQuote(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (before === undefined || before.end < tokens[k]!.start) && after !== undefined && after.start === tokens[k]!.end && after.word;
}

/** Whether a single quotation mark opened before token `at` and was not closed before it. */
function insideSingleQuote(tokens: readonly Token[], at: number): boolean {
  let open = false;
  for (let k = 0; k < at; k++) {
    const t = tokens[k]!.text;
    if (t === '‘' || (t === "'" && opensQuote(tokens, k))) open = true;
    else if (open && (t === '’' || t === "'")) open = false;
  }
  return open;
}

/** "rival Zenkin' in …": the name with its clipped "-ing"'s apostrophe, when the apostrophe closes no quotation. */
export function withClippedEnding(m: SentenceMention, tokens: readonly Token[]): SentenceMention {
  // A state's or place's name closes a quotation in any case ("'Made in Berlin'").
  if (m.type === 'government' || m.type === 'place' || m.type === 'person') return m;
  const word = tokens[m.last - 1];
  const mark = tokens[m.last];
  if (word === undefined || mark === undefined || !/^['’]$/.test(mark.text) || mark.start !== word.end || !/\p{Ll}in$/u.test(word.text)) return m;
  const after = tokens[m.last + 1];
  if (after !== undefined && after.start === mark.end && after.word) return m;
  if (insideSingleQuote(tokens, m.first)) return m;
  return withChanges(m, { last: m.last + 1, end: mark.end, surface: m.surface + mark.text, label: m.label + mark.text });
}
