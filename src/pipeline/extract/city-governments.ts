import type { Lexicon } from '../lexicon/lexicon';
import type { Token } from '../text/tokens';
import { keyOfName, withChanges, type SentenceMention } from './mention';

/**
 * A city's own government acting: "Jakarta's city government banned Zapp", "the Seoul city government", "the Beijing
 * municipal government", "the city of Austin". The lexicon reads a capital as its state ("Beijing" is China), and a city
 * before a noun as where something is ("the Seoul office"); before its government's noun it is the city, which acts
 * (stop 58's readers: city bans of ride-hailing apps were given to the state, or lost).
 */

/** The words after a city's name that make it the city's government. */
const CITY_BODIES: readonly (readonly string[])[] = [
  ['city', 'government'], ['city', 'council'], ['city', 'hall'], ['city', 'authorities'], ['city', 'administration'],
  ['municipal', 'government'], ['municipal', 'authorities'], ['municipal', 'council'], ['municipal', 'corporation'], ['municipality'],
  ['metropolitan', 'government'],
];

/** The length of the city body's words at `at` ("city government" → 2), after an optional "'s"; 0 when there are none. */
function cityBodyAt(tokens: readonly Token[], at: number): number {
  const k = /^['’]s$/.test(tokens[at]?.text ?? '') ? at + 1 : at;
  const body = CITY_BODIES.find((words) => words.every((w, j) => tokens[k + j]?.lower === w));
  return body ? k - at + body.length : 0;
}

/** Whether the mention, a capital read as its state or a place, names a city whose government the text names. */
function isCityOfBody(m: SentenceMention, tokens: readonly Token[], lexicon: Lexicon): boolean {
  if (m.last - m.first !== 1 || !tokens[m.first]!.capitalized) return false;
  if (m.type === 'place') return cityBodyAt(tokens, m.last) > 0 || (tokens[m.first - 1]?.lower === 'of' && tokens[m.first - 2]?.lower === 'city');
  // A state's own name ("China's city governments") is the state; its capital ("Beijing") is a city.
  return m.type === 'government' && m.source === 'lexicon' && m.surface !== lexicon.get(m.key)?.name && lexicon.get(m.key)?.partOf === undefined && cityBodyAt(tokens, m.last) > 0;
}

/**
 * The mentions with every city before its government's noun read as the city's government. A body written with capitals
 * ("the Seattle City Council") is part of the mention, so that it is not read as a body of its own, one "City Council" for
 * every city (stop 68).
 */
export function asCityGovernments(mentions: readonly SentenceMention[], tokens: readonly Token[], lexicon: Lexicon): SentenceMention[] {
  // Pushed, not mapped: a mapped array is of another kind once the caller is optimised (see lowerWordsOf), and mentionsOf, reading it, was de-optimised.
  const out: SentenceMention[] = [];
  for (let i = 0; i < mentions.length; i++) out.push(asCityGovernment(mentions[i]!, tokens, lexicon));
  return out;
}

function asCityGovernment(m: SentenceMention, tokens: readonly Token[], lexicon: Lexicon): SentenceMention {
  if (!isCityOfBody(m, tokens, lexicon)) return m;
  const body = cityBodyAt(tokens, m.last);
  const named = body > 0 && tokens.slice(m.last, m.last + body).every((t) => t.capitalized) ? body : 0;
  return withChanges(m, { key: keyOfName(m.surface), label: m.surface, type: 'government', source: 'rule', last: m.last + named, end: tokens[m.last + named - 1]!.end });
}
