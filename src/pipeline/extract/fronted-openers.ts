import type { Token } from '../text/tokens';

/** Connectives that open a sentence before its comma: "Separately, Zenco said …", "Meanwhile, Qorva has …". */
const OPENING_CONNECTIVES: ReadonlySet<string> = new Set(['separately', 'meanwhile', 'however', 'still', 'now', 'elsewhere', 'additionally', 'also', 'earlier', 'later', 'today', 'yesterday', 'recently', 'previously', 'similarly', 'likewise']);
/** First words of a short fronted adjunct of time: "On Monday, Zenco …", "In March, Zenco …", "Last year, Zenco …". */
const FRONTED_TIME_WORDS: ReadonlySet<string> = new Set(['in', 'on', 'last', 'earlier', 'later', 'this', 'since', 'during', 'back', 'early']);

/**
 * Helper typ97b, from real news on snack and apparel launches ("Separately, Zenco has reintroduced its popular Zeta cookie"): where
 * the sentence's subject starts after a fronted connective or a short adjunct of time and its comma (at most five plain words
 * before the comma, none a possessive or a name's punctuation); 0 when the sentence opens with its subject.
 */
export function subjectStartAfterOpener(tokens: readonly Token[]): number {
  const first = tokens[0]?.lower ?? '';
  if (OPENING_CONNECTIVES.has(first) && tokens[1]?.text === ',') return 2;
  if (!FRONTED_TIME_WORDS.has(first)) return 0;
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 2 || comma > 5) return 0;
  return tokens.slice(1, comma).every((t) => /^(?:\p{L}+|\d{1,4}s?)$/u.test(t.text)) ? comma + 1 : 0;
}
