import { surfaceOf, type Token } from '../text/tokens';
import { keyOfName, withChanges, type SentenceMention } from './mention';

/** Quotes that open a title, each with the quotes that may close it. */
const CLOSING_QUOTES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["'", new Set(["'", '’'])],
  ['‘', new Set(['’', "'"])],
  ['"', new Set(['"', '”'])],
  ['“', new Set(['”', '"'])],
]);
/** Small words a title keeps in lower case between its capitalised words: "Salt, Iron and Rain", "War, Peace or the Sea". */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'of', 'the', 'a', 'an', 'in', 'on', 'to', 'for', 'with', 'at', 'by', 'from', '&']);
/** Pronouns that make a quoted run a quote of speech, no title: "'Zenco: We Are Done'" (also read by name-rules.ts). */
export const SPEECH_PRONOUNS: ReadonlySet<string> = new Set(['I', 'We', 'You', 'They', 'He', 'She', 'It', 'My', 'Our', 'Your', 'Us', 'Me']);
/** The longest quoted title read so, in tokens between its quotes. */
const MAX_TITLE_TOKENS = 12;

/**
 * "Zembla Press published 'Salt, Iron and Rain'": a quoted run of capitalised words holding a comma is one title (a book's, a
 * song's, a show's), not a list of names (helper dvp93, from fresh sample s87f: three develops edges to "Salt", "Iron" and "Rain").
 * Only when every word inside is capitalised or a title's small word, and at least two names lie inside: "'Qorva, Vexa are rivals'"
 * is a quoted sentence. Joins in place, into the first name's mention, its type left to the typer as the names' was: a slogan
 * quoted as a verb's subject ("said 'Speed, Scale and Trust' define Qorva") is no product (re-read rr93).
 */
export function joinQuotedTitles(mentions: SentenceMention[], tokens: readonly Token[]): void {
  for (let q = 0; q < tokens.length; q++) {
    const closers = CLOSING_QUOTES.get(tokens[q]!.text);
    // An opening quote stands apart from the word before it ("Zenco's" has its "'" against the word).
    if (closers === undefined || (q > 0 && tokens[q - 1]!.end === tokens[q]!.start)) continue;
    let c = q + 1;
    while (c < tokens.length && c - q <= MAX_TITLE_TOKENS && !closers.has(tokens[c]!.text)) c++;
    if (c >= tokens.length || c - q > MAX_TITLE_TOKENS || c - q < 4 || tokens[c]!.start !== tokens[c - 1]!.end) continue;
    const inner = tokens.slice(q + 1, c);
    // "'Qorva Epic: Gods and Kings' Has Been Banned": a colon parts a title from its subtitle (helper ttl93, set 88's film bans).
    // Not a quote of speech: "'Zenco: We Are Done'" has a pronoun inside.
    const subtitled = inner.some((t) => t.text === ':') && !inner.some((t) => SPEECH_PRONOUNS.has(t.text));
    if (!subtitled && !inner.some((t) => t.text === ',')) continue;
    if (!inner.every((t) => t.text === ',' || t.text === ':' || t.capitalized || TITLE_SMALL_WORDS.has(t.lower) || /^\d+$/.test(t.text))) continue;
    if (!inner[0]!.capitalized || !inner[inner.length - 1]!.word) continue;
    const inside = mentions.filter((m) => m.first > q && m.last <= c);
    // "called them 'Zenco, Qorva and Vexa'": firms, states and names the lexicon knows inside make a quoted list, no title.
    if (inside.some((m) => m.source === 'lexicon' || m.type === 'company' || m.type === 'government' || m.type === 'person')) continue;
    // A subtitled title may hold one name only, its subtitle's, which ends the quote ("Qorva Epic" is no name in a Title Case line).
    const enough = inside.length >= 2 || (subtitled && inside.length === 1 && inside[0]!.last === c);
    if (!enough || mentions.some((m) => m.first <= q && m.last > q + 1) || mentions.some((m) => m.first < c && m.last > c)) continue;
    const surface = surfaceOf(tokens, q + 1, c);
    const at = mentions.indexOf(inside[0]!);
    const title = withChanges(inside[0]!, { first: q + 1, last: c, start: tokens[q + 1]!.start, end: tokens[c - 1]!.end, surface, label: surface, key: keyOfName(surface) });
    mentions.splice(at, inside.length, title);
    q = c;
  }
}
