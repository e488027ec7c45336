import type { Token } from '../text/tokens';

/**
 * A name given a firm's office: "Zenco named Jane Roe as chief financial officer", "Qorva appointed former Vexa executive Tom
 * Hale president", "the appointment of Ann Lee as CEO", "Jane Roe has been named chief executive", "Tom Hale will join Zenco's
 * board". The name is a person's (stop 95: "named <name> as <office>" was read as a maker naming its product, so the person was
 * typed a product). The office must follow: "Zenco named the phone Vela", "named Vela as its flagship" and "hired Vexa to build
 * the site" give no person.
 */

/** Verbs that give someone an office, the name after them: "appointed", "named", "hired". */
const APPOINTING_VERBS: ReadonlySet<string> = new Set([
  'named', 'names', 'naming', 'appointed', 'appoints', 'appointing', 'appoint', 'hired', 'hires', 'hiring', 'promoted', 'promotes', 'promoting',
  'tapped', 'taps', 'elevated', 'elevates', 'elevating', 'picked', 'picks', 'selected', 'selects', 'chose', 'chosen', 'recruited', 'recruits',
  'nominated', 'nominates', 'elected', 'elects', 'reappointed', 'installed',
]);

/** Nouns of giving an office, before "of" and the name: "the appointment of Ann Lee as CEO". */
const APPOINTING_NOUNS: ReadonlySet<string> = new Set(['appointment', 'hiring', 'promotion', 'election', 'nomination', 'reappointment', 'elevation']);

/** The same verbs after the name, in the passive or the perfect: "Jane Roe has been appointed chairman". */
const APPOINTED_PARTICIPLES: ReadonlySet<string> = new Set(['named', 'appointed', 'promoted', 'elevated', 'tapped', 'elected', 'reappointed', 'reassigned', 'hired', 'picked', 'chosen', 'selected', 'nominated', 'installed']);

/** Auxiliaries and adverbs between the name and that participle: "has also been named", "was recently appointed". */
const PASSIVE_WORDS: ReadonlySet<string> = new Set(['has', 'have', 'had', 'was', 'is', 'were', 'been', 'be', 'will', 'would', 'also', 'now', 'recently', 'formally', 'officially', 'today', 'since']);

/** Words that head a firm's office, in any case: "chief executive", "president", "managing director", "the board". */
const OFFICE_HEADS: ReadonlySet<string> = new Set([
  'ceo', 'cfo', 'coo', 'cto', 'cio', 'cmo', 'cso', 'president', 'chairman', 'chairwoman', 'chairperson', 'chair', 'director', 'directors',
  'officer', 'head', 'treasurer', 'counsel', 'board', 'boss', 'md', 'vp', 'svp', 'evp', 'co-ceo', 'vice-president', 'vice-chairman',
]);

/** Words that open an office only before a second office word: "chief executive", "vice president", "managing director". */
const OFFICE_OPENERS: ReadonlySet<string> = new Set(['chief', 'vice', 'executive', 'managing', 'general', 'co-chief', 'senior', 'deputy']);

/** Words between "as" and the office: "as its new chief executive", "as interim CEO", "as a non-executive director". */
const OFFICE_QUALIFIERS: ReadonlySet<string> = new Set([
  'the', 'its', 'their', 'his', 'her', 'a', 'an', 'new', 'interim', 'acting', 'permanent', 'incoming', 'next', 'sole', 'independent',
  'non-executive', 'nonexecutive', 'executive', 'group', 'global', 'deputy', 'senior', 'lead', 'co-', 'company', "company's", 'first', 'joint',
]);

/** Whether an office opens at `k`: an office head, or an opener before another office word ("chief financial officer"). */
function officeAt(tokens: readonly Token[], k: number): boolean {
  let at = k;
  while (at < k + 4 && OFFICE_QUALIFIERS.has(tokens[at]?.lower ?? '')) at++;
  // "as Zenco's chief executive": the firm's possessive.
  if (tokens[at]?.capitalized && /^['’]s$/.test(tokens[at + 1]?.text ?? '')) at += 2;
  const word = tokens[at]?.lower ?? '';
  if (OFFICE_HEADS.has(word)) return true;
  if (!OFFICE_OPENERS.has(word)) return false;
  // "chief executive", "vice president", "chief financial officer": an office head within three words ("as its chief rival" is none).
  for (let j = at + 1; j <= at + 3 && j < tokens.length; j++) {
    const next = tokens[j]!.lower;
    if (OFFICE_HEADS.has(next) || next === 'executive') return true;
    if (!/^[a-z-]+$/.test(next) || next === 'of' || next === 'and') return false;
  }
  return false;
}

/** Whether an office follows the name that ends at `end`: "as chief executive", "president and CEO", "to the board". */
function officeAfter(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end]?.lower;
  if (next === 'as') return officeAt(tokens, end + 1);
  // "to the board", "to its board of directors", "to president"; not the verbs "to head", "to chair" ("hired Vexa Ridge to head the redesign").
  if (next === 'to') return tokens[end + 1]?.lower !== 'head' && tokens[end + 1]?.lower !== 'chair' && officeAt(tokens, end + 1);
  return officeAt(tokens, end);
}

/** Tokens allowed between the appointing verb and the name: "appointed former Vexa Corp. executive", "named industry veteran". */
const isDescriptor = (t: Token): boolean => /^[\p{L}-]+$/u.test(t.text) && !APPOINTING_VERBS.has(t.lower);

/** Abbreviations whose full stop stays inside a description: "former Vexa Corp. executive". */
const ABBREVIATION_STOPS = /^(?:Corp|Inc|Co|Ltd|Plc|Jr|Sr|\p{Lu})$/u;

/** Whether an appointing verb or noun stands before `start`, with at most six words of description between. */
function appointingBefore(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 8; k--) {
    const t = tokens[k]!;
    if (APPOINTING_VERBS.has(t.lower)) return true;
    if (t.lower === 'of' && k === start - 1) return APPOINTING_NOUNS.has(tokens[k - 1]?.lower ?? '');
    if (t.text === '.' && ABBREVIATION_STOPS.test(tokens[k - 1]?.text ?? '')) continue;
    if (!isDescriptor(t)) return false;
  }
  return false;
}

/** Whether the name that ends at `end` is given an office after it in the passive: "Jane Roe has been named chief executive". */
function appointedAfter(tokens: readonly Token[], end: number): boolean {
  // "Tom Hale, who has been appointed chairman of Zenco": the relative clause says it of the name.
  const from = tokens[end]?.text === ',' && tokens[end + 1]?.lower === 'who' ? end + 2 : end;
  let k = from;
  while (k < from + 4 && PASSIVE_WORDS.has(tokens[k]?.lower ?? '')) k++;
  // "Ann Lee resigned as a director", "Tom Hale will step down as chief executive": leaving an office tells a person as well.
  if (LEAVING_VERBS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'as') return officeAt(tokens, k + 2);
  if (/^(?:step|steps|stepped|stepping)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'down' && tokens[k + 2]?.lower === 'as') return officeAt(tokens, k + 3);
  if ((k === from && from === end) || !APPOINTED_PARTICIPLES.has(tokens[k]?.lower ?? '')) return false;
  return officeAfter(tokens, k + 1);
}

/** Verbs of leaving an office, before "as" and the office: "resigned as chairman". */
const LEAVING_VERBS: ReadonlySet<string> = new Set(['resigned', 'resigns', 'resign', 'retired', 'retires', 'retire', 'quit', 'quits']);

/** "Tom Hale will join Zenco's board", "Ann Lee joined Qorva as chief executive": taking a seat on a board or an office. */
function joinsBoard(tokens: readonly Token[], end: number): boolean {
  let k = end;
  if (tokens[k]?.lower === 'will' || tokens[k]?.lower === 'has') k++;
  if (!/^(?:join|joins|joined)$/.test(tokens[k]?.lower ?? '')) return false;
  k++;
  if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'its' || tokens[k]?.lower === 'their') k++;
  else if (tokens[k]?.capitalized && /^['’]s$/.test(tokens[k + 1]?.text ?? '')) k += 2;
  if (tokens[k]?.lower === 'board') return true;
  // "joined Qorva Systems as CFO": the firm's name, then the office.
  const firm = k;
  while (k < firm + 3 && tokens[k]?.capitalized) k++;
  return k > firm && tokens[k]?.lower === 'as' && officeAt(tokens, k + 1);
}

/**
 * Whether the name [start, end) is given a firm's office: after an appointing verb or noun and before the office, or before an
 * appointing participle and the office, or before joining a board. The caller checks that the words look like a person's name.
 */
export function isAppointedName(tokens: readonly Token[], start: number, end: number): boolean {
  if (appointingBefore(tokens, start) && officeAfter(tokens, end)) return true;
  return appointedAfter(tokens, end) || joinsBoard(tokens, end);
}
