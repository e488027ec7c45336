/** One token of a sentence, with its offsets in the article text. */
export interface Token {
  text: string;
  /** The text in lower case: what most rules compare, computed once. */
  lower: string;
  start: number;
  end: number;
  /** Letters or digits: a word, not punctuation. */
  word: boolean;
  /** Starts with an upper-case letter, a digit followed by letters ("01.AI"), or is in camel case ("iFixit", "popIn"): written as a name. */
  capitalized: boolean;
}

// "A/S", a legal form, is one token (see asciiTokenEnd).
// Words keep inner dots, hyphens, ampersands and apostrophes ("U.S.", "GPT-4", "AT&T", "JD.com",
// "o'clock"), but a possessive 's is its own token so that "Anthropic's" matches "Anthropic"
// (also after a curly or left-quote apostrophe or an acute accent, "Anthropic’s", "Anthropic‘s", "Anthropic´s").
// A Unicode hyphen or non-breaking hyphen inside a word ("GPT‑4o", as some sites write it) joins
// it too, and is read as "-" (offsets still point at the original characters).
// "ZENCO'S QORVA": after a word in capitals (its last two letters), an 'S is the possessive too, read as 's (helper dvb93, from
// set 89: an all-caps headline's owner and product came out as one node).
export const TOKEN = /A\/S(?![\p{L}\p{N}/])|(?:\p{L}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:(?!['’‘´]s(?![\p{L}\p{N}])|(?<=\p{Lu}\p{Lu})['’‘´]S(?![\p{L}\p{N}]))[.&\-'’\u2010\u2011][\p{L}\p{N}][\p{L}\p{N}\p{M}]*)*|['’‘´]s(?![\p{L}\p{N}])|(?<=\p{Lu}\p{Lu})['’‘´]S(?![\p{L}\p{N}])|\S/gu;
const UNICODE_HYPHENS = /[\u2010\u2011]/g;

// "made big eCommerce acquisitions": an "e" before a common noun is that noun's electronic kind, spelt in camel case but no
// coined name like "eBee" (fx84, fresh samples: "eCommerce" was a product made).
const GENERIC_E_WORD = /^e(?:Commerce|Business|Learning|Sports?|Books?|Readers?|Mails?|Health|Government|Gov|Invoicing|Invoices?|Payments?|Wallets?|Signatures?|Bikes?|Scooters?|Tickets?|Visas?|Money|Cash|Voting|Waste|Fuels?)$/u;
// "iPhone", "5G", and a name after the Arabic article: "al-Jazeera", "el-Sisi".
// "qorva.js", "d3.js": a JavaScript library's name is written in lower case with its ".js" (helper mk82, from fresh makers samples).
const CAPITALIZED = /^(?:\p{Lu}|\p{N}+[.-]?\p{L}|\p{Ll}+\p{Lu}|(?:al|el|ad|an|ar|as|at|az)-\p{Lu}|\p{Ll}[\p{Ll}\p{N}]*\.js$)/u;

/**
 * Splits `text[start, end)` into tokens. Linear; offsets refer to the whole text. Tokens are the
 * matches of TOKEN; plain ASCII (most of any English article) is scanned by hand, which gives the
 * same tokens at a fraction of the regex's cost, and anything else is left to TOKEN.
 * `oneByte` (latin1Copy(text)), when given, is where the ASCII tokens are copied from: see there.
 */
export function tokenize(text: string, start = 0, end = text.length, oneByte?: string): Token[] {
  // Scanned in place: a copy of the sentence (a sliced string, slower to read char by char) is made
  // only for the regex, when a character is not ASCII.
  let slice: string | undefined;
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    // "Zenco Vista® CXR", "Zeta™ Pro": a trade mark's sign is no word and parts no name; read as a space.
    if (code === 32 || (code >= 9 && code <= 13) || code === 0xae || code === 0x2122 || code === 0x2120) {
      i++;
      continue;
    }
    // "on Feb. 2", "since Sept. 30": a month's abbreviating dot before its day is no token, so a date reads as "on feb 2" does and no
    // rule stops at it ("India on Feb. 2 banned Zeta" found nothing; a fault fpr95 saw in US wire news, which writes dates so).
    // "the No. 2 player and maker of Lumo", "Zenco, the world's No. 1 maker of …": a rank's "No." before its number is no sentence's
    // end either, and its dot stopped every rule across it as the month's did (helper mkr97, from set 95's readers and real firm news).
    // The rank's word is then no name's word either ("the No 1 pet brand" named no firm "No 1"); "Order No. 2" keeps both.
    if (code === 46 && isRankDotBeforeNumber(text, i, end, tokens[tokens.length - 2], tokens[tokens.length - 1])) {
      tokens[tokens.length - 1] = { ...tokens[tokens.length - 1]!, text: 'number', lower: 'number', capitalized: false };
      i++;
      continue;
    }
    if (code === 46 && isMonthDotBeforeDay(text, i, end, tokens[tokens.length - 1])) {
      i++;
      continue;
    }
    // "MiniZen(TM) 770G", "Zeta(R) Pump": the sign spelt in ASCII, glued to the word it marks, is one too (helper pnm95, from real
    // device makers' news: the name was cut in two at it). "Sen. Vela (R)" (a party, after a space) is left as it is.
    if (code === 40) {
      const mark = asciiTradeMarkEnd(text, i, end);
      if (mark > i) {
        i = mark;
        continue;
      }
    }
    // "Zenco's brands -- Zeta, Vela and Plim -- grew": two or three hyphens in a row are the dash a typewriter or a wire
    // writes for "—", read as one (helper lin95, from real wire copy: each hyphen was a token of its own, and no rule that sets
    // off a list or an aside between dashes saw a dash).
    if (code === 45 && i + 1 < end && text.charCodeAt(i + 1) === 45) {
      let j = i + 2;
      while (j < end && j < i + 3 && text.charCodeAt(j) === 45) j++;
      if (j >= end || text.charCodeAt(j) !== 45) {
        tokens.push({ text: '—', lower: '—', start: i, end: j, word: false, capitalized: false });
        i = j;
        continue;
      }
    }
    const asciiEnd = asciiTokenEnd(text, i, end);
    if (asciiEnd >= 0) {
      tokens.push(asciiToken(oneByte ?? text, i, asciiEnd));
      i = asciiEnd;
      continue;
    }
    slice ??= text.slice(start, end);
    TOKEN.lastIndex = i - start;
    const m = TOKEN.exec(slice);
    if (!m) break;
    const from = start + m.index;
    tokens.push(matchedToken(m[0], from));
    i = from + m[0].length;
  }
  return tokens;
}

/** Months as news agencies abbreviate them with a dot ("Jan.", "Sept."). */
const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Whether the dot at `text[at]` ends a month's abbreviation (the token `before`, right before it) and a day follows ("Feb. 2"). */
function isMonthDotBeforeDay(text: string, at: number, end: number, before: Token | undefined): boolean {
  return before !== undefined && before.end === at && MONTH_ABBREVIATIONS.has(before.lower) && numberAfterDot(text, at, end);
}

/** Whether spaces, then a digit, follow the dot at `text[at]` ("Feb. 2", "No. 1"). */
function numberAfterDot(text: string, at: number, end: number): boolean {
  let k = at + 1;
  if (k >= end || text.charCodeAt(k) !== 32) return false;
  while (k < end && text.charCodeAt(k) === 32) k++;
  const c = text.charCodeAt(k);
  return c >= 48 && c <= 57;
}

/**
 * Whether the dot at `text[at]` ends a rank's "No." (the token `before`) after a lower-case word or a possessive (`prior`: "the",
 * "world's") and a number follows ("the No. 2 maker"); not a title's "Order No. 2", "Resolution No. 5".
 */
function isRankDotBeforeNumber(text: string, at: number, end: number, prior: Token | undefined, before: Token | undefined): boolean {
  if (!before || before.end !== at || before.text !== 'No' || !prior || prior.capitalized || !/^\p{Ll}|^'s$|^'$|^,$/u.test(prior.text)) return false;
  return numberAfterDot(text, at, end);
}

/** Where an ASCII trade mark's sign "(TM)", "(R)" or "(SM)" glued after a letter or digit at `text[at]` ends; `at` if none is there. */
function asciiTradeMarkEnd(text: string, at: number, end: number): number {
  if (at === 0 || !isAsciiAlnum(text.charCodeAt(at - 1))) return at;
  const sign = text.charCodeAt(at + 1) === 82 ? 1 : text.charCodeAt(at + 1) === 84 && text.charCodeAt(at + 2) === 77 ? 2 : text.charCodeAt(at + 1) === 83 && text.charCodeAt(at + 2) === 77 ? 2 : 0;
  const close = at + 1 + sign;
  if (sign === 0 || close >= end || text.charCodeAt(close) !== 41) return at;
  // "Zeta(R)s" is no sign: a letter or digit right after it goes on a word.
  return close + 1 < end && isAsciiAlnum(text.charCodeAt(close + 1)) ? at : close + 1;
}

/**
 * The token TOKEN matched (`match`, at `from`): one with a character beyond ASCII. In a function of its own: such tokens are few,
 * and the first of a kind (a one-character one), met mid-corpus, then de-optimises only this function, not tokenize.
 */
function matchedToken(match: string, from: number): Token {
  // "Zenco´s": an acute accent set as the apostrophe of a possessive reads as the curly one every rule knows (stop 92, from set 82).
  const t = match === '´s' || match === '´S' || match === '’S' ? '’s' : match === '‘S' ? '‘s' : match.length > 1 ? asLatin1(match.replace(UNICODE_HYPHENS, '-')) : match;
  const word = isWordStart(t.charCodeAt(0), t);
  return { text: t, lower: t.toLowerCase(), start: from, end: from + match.length, word, capitalized: word && isCapitalized(t) };
}

/**
 * The token `source[from, to)`, all of whose characters are ASCII (asciiTokenEnd's answer): the
 * same token as for any other, with what it is read off `source`'s char codes rather than off the
 * token's own string. Token strings come in several kinds to V8 (copied, sliced, one-character,
 * and one or two bytes per character), and reading theirs (`t.charCodeAt`, `t.toLowerCase`) was a
 * megamorphic property lookup for every token; `source` is one string for the whole sentence.
 * A token with no capital letter is its own lower case (what `toLowerCase` gives, same characters).
 */
function asciiToken(source: string, from: number, to: number): Token {
  // "ZENCO'S": the possessive after capitals reads as every rule knows it (see TOKEN).
  const text = to - from === 2 && source.charCodeAt(from) === 39 && source.charCodeAt(from + 1) === 83 ? "'s" : source.slice(from, to);
  const first = source.charCodeAt(from);
  const word = isAsciiAlnum(first);
  let lowerOnly = true;
  for (let k = from; k < to; k++) {
    const c = source.charCodeAt(k);
    if (c >= 65 && c <= 90) {
      lowerOnly = false;
      break;
    }
  }
  return { text, lower: lowerOnly ? text : text.toLowerCase(), start: from, end: to, word, capitalized: word && isCapitalizedAscii(source, from, to, text) };
}

/** Whether `text[at]` and `text[at + 1]` are both capitals A to Z: a word in capitals ends there ("ZENCO" before its 'S). */
function isCapitalPair(text: string, at: number): boolean {
  const a = at >= 0 ? text.charCodeAt(at) : 0;
  const b = at >= -1 ? text.charCodeAt(at + 1) : 0;
  return a >= 65 && a <= 90 && b >= 65 && b <= 90;
}

/** isCapitalized of the ASCII token `text` (`source[from, to)`), its first characters read off `source`. */
function isCapitalizedAscii(source: string, from: number, to: number, text: string): boolean {
  const code = source.charCodeAt(from);
  if (code >= 65 && code <= 90) return true;
  if (code >= 97 && code <= 122 && isLowerAsciiIn(source, from, to)) return false;
  return CAPITALIZED.test(text) && !GENERIC_E_WORD.test(text);
}

/** Whether `source[from, to)` is only a to z (isLowerAscii, read in place). */
function isLowerAsciiIn(source: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = source.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export const isAsciiAlnum = (c: number): boolean => isAsciiLetter(c) || (c >= 48 && c <= 57);
/** Not a letter or digit, in any script (PAST_END counts as none). */
const isNotAlnum = (c: number): boolean => c < 128 && !isAsciiAlnum(c);
const NO_ANSWER = -1;
/**
 * What codeAt reads past the end: no character, below every char code. A small integer, not NaN: NaN,
 * a float, made V8 throw away asciiTokenEnd's compiled code (and its callers') when it first came.
 */
const PAST_END = -1;
/** The char code at `k`, or PAST_END from `end` on: past the sentence reads as nothing, as past the end of a copy of it. */
const codeAt = (text: string, end: number, k: number): number => (k < end ? text.charCodeAt(k) : PAST_END);

/**
 * Where the token TOKEN would match at `i` ends, read off ASCII alone; NO_ANSWER when a character
 * the answer depends on is not ASCII (then TOKEN decides). Mirrors TOKEN's alternatives in order.
 */
function asciiTokenEnd(text: string, i: number, end: number): number {
  const c = codeAt(text, end, i);
  if (c >= 128) return NO_ANSWER;
  // A\/S(?![\p{L}\p{N}/]): a Danish or Norwegian firm's legal form ("Zenco A/S") is one word, as "AG" is (helper nam93, from set 88:
  // the firm came out as "S").
  if (c === 65 && codeAt(text, end, i + 1) === 47 && codeAt(text, end, i + 2) === 83) {
    const after = codeAt(text, end, i + 3);
    if (after >= 128) return NO_ANSWER;
    if (isNotAlnum(after) && after !== 47) return i + 3;
  }
  // (?:\p{L}\.){2,}: "U.S.", "e.g."
  let k = i;
  while (isAsciiLetter(codeAt(text, end, k)) && codeAt(text, end, k + 1) === 46) k += 2;
  if (k - i >= 4) return codeAt(text, end, k) >= 128 && codeAt(text, end, k + 1) === 46 ? NO_ANSWER : k;
  if (codeAt(text, end, k) >= 128 && k - i === 2) return NO_ANSWER;
  if (isAsciiAlnum(c)) {
    // A word, and its parts joined by . & - ' (not a possessive 's).
    let j = i + 1;
    for (;;) {
      while (isAsciiAlnum(codeAt(text, end, j))) j++;
      const sep = codeAt(text, end, j);
      if (sep >= 128) return NO_ANSWER;
      if (sep !== 46 && sep !== 38 && sep !== 45 && sep !== 39) return j;
      const next = codeAt(text, end, j + 1);
      if (next >= 128) return NO_ANSWER;
      if (!isAsciiAlnum(next)) return j;
      if (sep === 39 && (next === 115 || (next === 83 && isCapitalPair(text, j - 2)))) {
        const after = codeAt(text, end, j + 2);
        if (after >= 128) return NO_ANSWER;
        if (isNotAlnum(after)) return j;
      }
      j += 2;
    }
  }
  if (c === 39 && (codeAt(text, end, i + 1) === 115 || (codeAt(text, end, i + 1) === 83 && isCapitalPair(text, i - 2)))) {
    // ['’]s(?![\p{L}\p{N}]): a possessive.
    const after = codeAt(text, end, i + 2);
    if (after >= 128) return NO_ANSWER;
    if (isNotAlnum(after)) return i + 2;
  }
  return i + 1;
}

/**
 * The lower-case words of `tokens`, built by pushing. Not `tokens.map((t) => t.lower)`: V8 makes
 * that array packed when the caller runs unoptimised and holey once the caller is optimised, and
 * every function that reads words first seeing one kind is de-optimised when the other comes
 * (then optimised again: the large ones cost tens of milliseconds each time).
 */
export function lowerWordsOf(tokens: readonly Token[], from = 0, to = tokens.length): string[] {
  const words: string[] = [];
  for (let i = sliceStart(tokens.length, from), end = sliceStart(tokens.length, to); i < end; i++) words.push(tokens[i]!.lower);
  return words;
}

/** The texts of tokens [from, to) (what `tokens.slice(from, to).map((t) => t.text)` gives), built by pushing, as lowerWordsOf. */
export function textsOfTokens(tokens: readonly Token[], from = 0, to = tokens.length): string[] {
  const texts: string[] = [];
  for (let i = sliceStart(tokens.length, from), end = sliceStart(tokens.length, to); i < end; i++) texts.push(tokens[i]!.text);
  return texts;
}

/** Where `slice` reads an index from, for a list of `length` items: a negative one counts from the end, none is out of range. */
function sliceStart(length: number, index: number): number {
  return index < 0 ? Math.max(length + index, 0) : Math.min(index, length);
}

/** A possessive 's, with a straight or curly apostrophe (some sites set it as a left quote: "Zenco‘s"). */
/** A currency sign written before an amount: "$40,000", "€2bn". */
export const isCurrencySign = (text: string): boolean => text === '$' || text === '€' || text === '£' || text === '¥';

export const POSSESSIVES: ReadonlySet<string> = new Set(["'s", '’s', '‘s']);
export const isPossessive = (t: Token | undefined): boolean => t !== undefined && POSSESSIVES.has(t.text);

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
  if (code < 128) return isAsciiAlnum(code);
  return WORD_START.test(t);
}

function isCapitalized(t: string): boolean {
  const code = t.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code >= 97 && code <= 122 && isLowerAscii(t)) return false;
  return CAPITALIZED.test(t) && !GENERIC_E_WORD.test(t);
}

/** Only a to z (/^[a-z]*$/), read without a regex: most words of a sentence. */
function isLowerAscii(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Node's Buffer, where there is one (not in the browser, which copies with String.fromCharCode). */
const NODE_BUFFER: typeof Buffer | undefined = (globalThis as { Buffer?: typeof Buffer }).Buffer;

/** Characters per String.fromCharCode call in latin1Copy (well below any engine's argument limit). */
const COPY_CHUNK = 8192;

/**
 * A copy of `text`, as long, with every character beyond Latin-1 replaced by U+001A (SUBSTITUTE):
 * where tokenize copies ASCII tokens from, so that they hold the same characters as `text`'s.
 *
 * Why: V8 keeps a string in one byte per character only when it was built from one-byte strings.
 * An article with a single curly quote or dash (four in five of the bench corpus' articles) is
 * stored two bytes per character, and so is every token sliced from it, every word lower-cased
 * from those, every sentence joined from them. Each regex then runs in its two-byte form, which V8
 * compiles apart from the one-byte form (the relation patterns alone: some 0.4 s each form) and
 * which reads more slowly. Strings compare, hash and match by their characters, never by their
 * storage, so nothing else changes.
 */
export function latin1Copy(text: string): string {
  if (NODE_BUFFER === undefined) return oneByteString(text, true);
  // Node decodes a buffer's bytes as Latin-1 (ISO-8859-1: byte n is U+00nn) straight into a one-byte string: about three
  // times faster than String.fromCharCode over chunks (the bench corpus: some 150 → 50 ms), whose spread of each chunk
  // into arguments was about 1% of the extraction's instructions.
  const bytes = NODE_BUFFER.allocUnsafe(text.length);
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    bytes[k] = c > 255 ? 26 : c;
  }
  return bytes.toString('latin1', 0, text.length);
}

/** `s` kept in one byte per character when every character is Latin-1 ("Zürich", "don't" after its curly apostrophe was replaced): see latin1Copy. */
export function asLatin1(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 255) return s;
  return oneByteString(s, false);
}

/** A one-byte string of `text`'s characters, those beyond Latin-1 replaced by U+001A (only with `substitute`; asLatin1 never has any). */
function oneByteString(text: string, substitute: boolean): string {
  const chunks: string[] = [];
  const codes = new Uint8Array(Math.min(COPY_CHUNK, text.length));
  for (let at = 0; at < text.length; at += COPY_CHUNK) {
    const n = Math.min(COPY_CHUNK, text.length - at);
    for (let k = 0; k < n; k++) {
      const c = text.charCodeAt(at + k);
      codes[k] = substitute && c > 255 ? 26 : c;
    }
    chunks.push(String.fromCharCode.apply(null, n === codes.length ? (codes as unknown as number[]) : (codes.subarray(0, n) as unknown as number[])));
  }
  return chunks.join('');
}
