/** One token of a sentence, with its offsets in the article text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Letters or digits: a word, not punctuation. */
  word: boolean;
  /** Starts with an upper-case letter, a digit followed by letters ("01.AI"), or is in camel case ("iFixit", "popIn"): written as a name. */
  capitalized: boolean;
}

// Words keep inner dots, hyphens, ampersands and apostrophes ("U.S.", "GPT-4", "AT&T", "JD.com",
// "o'clock"), but a possessive 's is its own token so that "Anthropic's" matches "Anthropic".
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:(?!['’]s(?![\p{L}\p{N}]))[.&\-'’][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*|['’]s(?![\p{L}\p{N}])|\S/gu;

const CAPITALIZED = /^(?:\p{Lu}|\p{N}+[.-]?\p{L}|\p{Ll}+\p{Lu})/u;

/** Splits `text[start, end)` into tokens. Linear; offsets refer to the whole text. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const slice = text.slice(start, end);
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const t = m[0];
    const word = isWordStart(t.charCodeAt(0), t);
    tokens.push({
      text: t,
      start: start + m.index,
      end: start + m.index + t.length,
      word,
      capitalized: word && isCapitalized(t),
    });
  }
  return tokens;
}

export const isPossessive = (t: Token | undefined): boolean => t !== undefined && (t.text === "'s" || t.text === '’s');

/** The original text of tokens [from, to), with the spacing it had. */
export function surfaceOf(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (i > from && t.start > tokens[i - 1]!.end) out += ' ';
    out += t.text;
  }
  return out;
}

const WORD_START = /^[\p{L}\p{N}]/u;
/** ASCII answers without a regex; the rest asks Unicode. */
function isWordStart(code: number, t: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_START.test(t);
}

function isCapitalized(t: string): boolean {
  const code = t.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code >= 97 && code <= 122 && !/[^a-z]/.test(t)) return false;
  return CAPITALIZED.test(t);
}
