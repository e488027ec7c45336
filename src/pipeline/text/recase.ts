import type { Token } from './tokens';

/**
 * Headlines in capitals ("FCC REVOKES CHINA UNICOM AMERICAS' AUTHORITY") hide which words are
 * names. A sentence that shouts gets each word back in the case the rest of the article writes
 * it ("China Unicom Americas", "revokes"); a word the article never writes otherwise stays an
 * acronym when it is short and lower-cased when it is long. Offsets are unchanged.
 */
export function recaseShouting(sentences: Token[][]): Token[][] {
  const shouting = sentences.map(isShouting);
  if (!shouting.includes(true)) return sentences;
  const usual = new Map<string, Map<string, number>>();
  sentences.forEach((tokens, i) => {
    if (shouting[i]) return;
    for (const t of tokens) {
      if (!t.word) continue;
      const forms = usual.get(t.text.toUpperCase()) ?? new Map<string, number>();
      forms.set(t.text, (forms.get(t.text) ?? 0) + 1);
      usual.set(t.text.toUpperCase(), forms);
    }
  });
  return sentences.map((tokens, i) => (shouting[i] ? tokens.map((t) => recased(t, usual.get(t.text.toUpperCase()))) : tokens));
}

function recased(t: Token, forms: Map<string, number> | undefined): Token {
  if (!t.word) return t;
  let text: string;
  if (forms) text = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  else text = t.text.length <= 4 ? t.text : t.text.toLowerCase();
  return { ...t, text, lower: text.toLowerCase(), capitalized: /^(\p{Lu}|\p{N}+[.-]?\p{L})/u.test(text) };
}

/** Three words or more, nearly all their letters capitals. */
function isShouting(tokens: readonly Token[]): boolean {
  // Most sentences show a lower-case letter in their first long word: decided at once.
  const first = tokens.find((t) => t.word && t.text.length > 1);
  if (!first || first.text !== first.text.toUpperCase()) return false;
  const words = tokens.filter((t) => t.word && /\p{L}/u.test(t.text));
  if (words.length < 3) return false;
  const letters = words.map((t) => t.text).join('').replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper >= 0.9 * letters.length;
}

/** Articles a sentence may open with in capitals while the rest is written in the usual case ("THE Ruritanian government has …"). */
const SHOUTED_OPENERS: ReadonlySet<string> = new Set(['THE', 'AN']);

/**
 * Helper apl100 (stop 99), from real news on states blocking apps: a sentence that opens with its article in capitals ("THE
 * Ruritanian government has banned Zeta") gave "THE Ruritanian" as a name. The opening article is read as "The" when the next word
 * is not in capitals too (a shouting headline is recaseShouting's). Offsets are unchanged.
 */
export function recaseShoutedOpeners(sentences: Token[][]): Token[][] {
  // A copy only when a sentence changes: the caller's array is left as it was.
  let recased: Token[][] | undefined;
  for (let i = 0; i < sentences.length; i++) {
    const tokens = sentences[i]!;
    const first = tokens[0];
    if (first === undefined || !SHOUTED_OPENERS.has(first.text)) continue;
    const next = tokens[1];
    if (next === undefined || !next.word || next.text === next.text.toUpperCase()) continue;
    const text = first.text[0] + first.text.slice(1).toLowerCase();
    recased ??= sentences.slice();
    recased[i] = [{ ...first, text, lower: text.toLowerCase() }, ...tokens.slice(1)];
  }
  return recased ?? sentences;
}
