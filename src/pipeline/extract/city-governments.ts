import type { Lexicon } from '../lexicon/lexicon';
import type { Token } from '../text/tokens';
import { keyOfName, withChanges, type SentenceMention } from './mention';
import { triggersAt } from './trigger-words';

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
  // "Barcelona's town hall", "the Toronto town council" (helper loc96, real short-term rental news).
  ['town', 'hall'], ['town', 'council'],
];

/** The length of the city body's words at `at` ("city government" → 2), after an optional "'s"; 0 when there are none. */
function cityBodyAt(tokens: readonly Token[], at: number): number {
  const k = /^['’]s$/.test(tokens[at]?.text ?? '') ? at + 1 : at;
  const body = CITY_BODIES.find((words) => words.every((w, j) => tokens[k + j]?.lower === w));
  return body ? k - at + body.length : 0;
}

/**
 * Whether "the city of" (or "the county of") comes right before `first`: "the city of Jakarta" is the city, not Indonesia.
 * "the town of", "the village of" too (helper imp96: "Zenco sued the town of Vela", a town's ban of a firm's business).
 */
export const isAfterCityOf = (tokens: readonly Token[], first: number): boolean => tokens[first - 1]?.lower === 'of' && /^(?:city|county|municipality|town|village|borough|township)$/.test(tokens[first - 2]?.lower ?? '');

/**
 * Places the lexicon knows that have no government of their own to act: regions, districts and continents ("Silicon
 * Valley banned …" is no government's act; the European Union is its own entry).
 */
const PLACES_WITHOUT_GOVERNMENT: ReadonlySet<string> = new Set(['silicon-valley', 'bay-area', 'greater-bay-area', 'zhongguancun', 'wall-street', 'europe', 'asia', 'southeast-asia', 'middle-east', 'africa', 'latin-america']);

/**
 * Places whose bare name acting stands for someone else: a state's capital ("London banned Zapp" is the United Kingdom's
 * act), a firm's home town ("Cupertino blocked Zapp" is Apple's), a university's ("Cambridge banned Zapp"), a forum's.
 * Their city body ("London's city council") or "the city of London" still names the city.
 */
const PLACES_STANDING_FOR_OTHERS: ReadonlySet<string> = new Set(['london', 'paris', 'dublin', 'amsterdam', 'tel-aviv', 'redmond', 'cupertino', 'mountain-view', 'menlo-park', 'palo-alto', 'santa-clara', 'sunnyvale', 'veldhoven', 'eindhoven', 'hsinchu', 'cambridge', 'davos']);

/** Words that may stand between an acting city and its verb: "Toronto has also banned Zapp" (not "will", "may": plans). */
// "New York City has temporarily banned …": how long the ban lasts stands there too (helper imp96, real ride-hailing news).
const BEFORE_ACT = new Set(['has', 'have', 'had', 'also', 'now', 'already', 'recently', 'formally', 'officially', 'effectively', 'quietly', 'since', 'temporarily', 'permanently', 'unanimously']);
/** The nouns of "became the first city to ban Zapp". */
const SUBNATIONAL_KINDS = /^(?:city|cities|town|county|counties|province|state|municipality|jurisdiction|government)$/;
/** Who may act "in" a city for it: "officials in Toronto banned Zapp" (not "schools in Toronto", "a court in Toronto"). */
const CITY_OFFICIALS = /^(?:officials|authorities|leaders|lawmakers|regulators|councillors|councilors|administrators)$/;

/** Whether "became the first <city, county, state …> to" starts at `at` (five tokens). */
function becameFirstOfKindAt(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.lower === 'became' && tokens[at + 1]?.lower === 'the' && tokens[at + 2]?.lower === 'first' && SUBNATIONAL_KINDS.test(tokens[at + 3]?.lower ?? '') && tokens[at + 4]?.lower === 'to';
}

/** Adverbs and conjunctions that open a sentence before its subject, capitalised only because they open it. */
const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(['then', 'now', 'today', 'yesterday', 'also', 'meanwhile', 'later', 'finally', 'earlier', 'still', 'so', 'but', 'and', 'instead', 'eventually', 'recently', 'separately', 'similarly', 'likewise', 'previously', 'already', 'soon', 'since']);

/**
 * Whether a known city (or county, or province) acts in a ban or a restriction right after its name: "Toronto banned Zapp",
 * "New York City has barred Zapp", "Orange County restricts Zapp", "Toronto became the first city to ban Zapp". A place
 * the lexicon knows is otherwise only where things are, and its act was lost (stop 84's readers).
 */
function actsAsCity(mentions: readonly SentenceMention[], i: number, tokens: readonly Token[]): boolean {
  const m = mentions[i]!;
  if (PLACES_WITHOUT_GOVERNMENT.has(m.key) || PLACES_STANDING_FOR_OTHERS.has(m.key)) return false;
  // Built only here, for a known place that may act: the scan over the sentence's mentions is wasted on every other mention.
  const list = placeListOf(mentions, i, tokens);
  const before = tokens[list.first - 1]?.lower;
  // "based in Toronto", "a court in Toronto": the place is where the actor is, unless the actor is its officials.
  if (before !== undefined && /^(?:in|at|from|near|of|across|throughout|outside|inside)$/.test(before) && !CITY_OFFICIALS.test(tokens[list.first - 2]?.lower ?? '')) return false;
  // "Lloyd Austin banned …", "Mr Austin", "Secretary Austin": a capitalised word before the place makes it a person's name.
  // Not an adverb opening the sentence ("Then Toronto banned …", "Now Toronto has banned …").
  const previous = tokens[list.first - 1];
  if (previous !== undefined && previous.capitalized && previous.word && !(list.first === 1 && SENTENCE_ADVERBS.has(previous.lower))) return false;
  let k = list.last;
  while (k < list.last + 2 && BEFORE_ACT.has(tokens[k]?.lower ?? '')) k++;
  if (becameFirstOfKindAt(tokens, k)) k += 5;
  const lowerWord = tokens[k]?.lower;
  // A cheap check first: most words after a place open no trigger.
  if (lowerWord === undefined || !/^[a-z]/.test(lowerWord)) return false;
  const words = tokens.slice(k, k + 5).map((t) => t.lower);
  return triggersAt(words, 0).some((t) => (t.relation === 'banned' || t.relation === 'restricts') && (t.form === 'verb' || t.form === 'participle'));
}

/**
 * Whether the words from `at` on, right after a name, make the name a city's (or a province's, a state's) government:
 * "Lumo's city council voted …", "Lumo became the first city to ban …". A name no rule knows was read as a firm.
 */
export function namesSubnationalGovernmentAt(tokens: readonly Token[], at: number): boolean {
  if (/^['’]s$/.test(tokens[at]?.text ?? '')) return cityBodyAt(tokens, at) > 0;
  return becameFirstOfKindAt(tokens, at) && tokens[at + 3]?.lower !== 'government';
}

/** The tokens of the list of known places a place stands in ("Chicago and Boston banned Zapp"), or of the place alone. */
interface PlaceList {
  first: number;
  last: number;
}

/** Whether the tokens from `from` to `to` only join two list members: ",", "and", ", and", "or". */
const joinsMembers = (tokens: readonly Token[], from: number, to: number): boolean =>
  to - from >= 1 && to - from <= 2 && tokens.slice(from, to).map((t) => t.lower).join(' ').match(/^(?:,|and|or|, and|, or)$/) !== null;

/** The list of places the i-th mention stands in: its neighbours that are known places joined to it by commas or "and". */
function placeListOf(mentions: readonly SentenceMention[], i: number, tokens: readonly Token[]): PlaceList {
  const m = mentions[i]!;
  if (m.type !== 'place') return { first: m.first, last: m.last };
  let first = m.first;
  let last = m.last;
  // Few mentions in a sentence: a scan for each neighbour is cheap.
  for (let grew = true; grew; ) {
    grew = false;
    for (const o of mentions) {
      if (o.type !== 'place' || o.source !== 'lexicon') continue;
      if (o.last < first && joinsMembers(tokens, o.last, first)) { first = o.first; grew = true; }
      if (o.first > last && joinsMembers(tokens, last, o.first)) { last = o.last; grew = true; }
    }
  }
  return { first, last };
}

/** Participles of a ban that a firm takes before where the ban holds: "banned from operating in Toronto", "barred from Toronto". */
const BAN_PARTICIPLES = /^(?:banned|barred|outlawed|prohibited|suspended|blocked)$/;
/** A firm's work after "from", before "in": "banned from operating in Toronto", "barred from doing business in Toronto". */
const WORK_GERUNDS = /^(?:operating|trading|working|business)$/;
/** What may follow the town where a ban holds: the clause's end, a time or a cause (as trigger-relations' town reading asks). */
const AFTER_BAN_PLACE = /^(?:[,.;:]|after|over|for|amid|on|last|this|earlier|since|until|following|because)$/;

/**
 * Whether the place over tokens [`first`, `end`) is where a ban keeps a firm from working, right after its participle: "Zenco was
 * banned from operating in Toronto after a ruling", "barred from doing business in Toronto", "barred from Toronto". The town
 * bans (helper imp96 read so towns no rule knows; a city the lexicon knows was left a place, which takes no part, helper loc96).
 * Not a place before a noun ("banned from operating in Toronto stores"), nor a place of something else ("based in Toronto").
 */
function isWhereBanHolds(tokens: readonly Token[], first: number, end: number): boolean {
  const next = tokens[end];
  if (next !== undefined && !AFTER_BAN_PLACE.test(next.lower)) return false;
  let j = first - 1;
  if (tokens[j]?.lower === 'from') return BAN_PARTICIPLES.test(tokens[j - 1]?.lower ?? '');
  if (tokens[j]?.lower !== 'in') return false;
  // The firm's work only: a bare "Zapp was banned in Toronto" may be any body's ban there, schools' or the province's (stop 84).
  j--;
  if (!WORK_GERUNDS.test(tokens[j]?.lower ?? '')) return false;
  // "Zenco shares were suspended from trading in Shenzhen": a bourse's halt of the shares, no city's ban (critic crit96a).
  if (tokens[j]!.lower === 'trading' && tokens[j - 2]?.lower === 'suspended') return false;
  if (tokens[j]!.lower === 'business' && tokens[j - 1]?.lower === 'doing') j--;
  if (tokens[j - 1]?.lower !== 'from') return false;
  return BAN_PARTICIPLES.test(tokens[j - 2]?.lower ?? '');
}

/** Whether the mention, a capital read as its state or a place, names a city whose government the text names or which acts. */
function isCityOfBody(mentions: readonly SentenceMention[], i: number, tokens: readonly Token[], lexicon: Lexicon): boolean {
  const m = mentions[i]!;
  if (!tokens[m.first]!.capitalized) return false;
  if (m.type === 'place') {
    if (m.source !== 'lexicon') return false;
    if (cityBodyAt(tokens, m.last) > 0 || isAfterCityOf(tokens, m.first) || actsAsCity(mentions, i, tokens)) return true;
    return !PLACES_WITHOUT_GOVERNMENT.has(m.key) && !PLACES_STANDING_FOR_OTHERS.has(m.key) && isWhereBanHolds(tokens, m.first, m.last);
  }
  if (m.last - m.first !== 1) return false;
  // A state's own name ("China's city governments") is the state; its capital ("Beijing") is a city.
  return m.type === 'government' && m.source === 'lexicon' && m.surface !== lexicon.get(m.key)?.name && lexicon.get(m.key)?.partOf === undefined && (cityBodyAt(tokens, m.last) > 0 || isAfterCityOf(tokens, m.first));
}

/**
 * The mentions with every city before its government's noun read as the city's government. A body written with capitals
 * ("the Seattle City Council") is part of the mention, so that it is not read as a body of its own, one "City Council" for
 * every city (stop 68).
 */
export function asCityGovernments(mentions: readonly SentenceMention[], tokens: readonly Token[], lexicon: Lexicon): SentenceMention[] {
  // Pushed, not mapped: a mapped array is of another kind once the caller is optimised (see lowerWordsOf), and mentionsOf, reading it, was de-optimised.
  const out: SentenceMention[] = [];
  for (let i = 0; i < mentions.length; i++) out.push(asCityGovernment(mentions, i, tokens, lexicon));
  return out;
}

function asCityGovernment(mentions: readonly SentenceMention[], i: number, tokens: readonly Token[], lexicon: Lexicon): SentenceMention {
  const m = mentions[i]!;
  if (!isCityOfBody(mentions, i, tokens, lexicon)) return m;
  const body = cityBodyAt(tokens, m.last);
  // A body written with capitals, or after "'s" ("Mumbai's city council"), is covered: else it is read as the city's agency.
  // A lower-case one ("the Mumbai city government banned Zapp") too: left outside, its words stood between the actor and the verb
  // of every actor-verb-object pattern (helper itb93, from round 1's mrg93). Not before a possessive ("the Mumbai city government's
  // Zeta contract"), where the body owns what follows.
  const beforePossessive = /^['’]s$/.test(tokens[m.last + body]?.text ?? '');
  const named = body > 0 && (tokens.slice(m.last, m.last + body).every((t) => t.capitalized) || /^['’]s$/.test(tokens[m.last]!.text) || !beforePossessive) ? body : 0;
  return withChanges(m, { key: keyOfName(m.surface), label: m.surface, type: 'government', source: 'rule', last: m.last + named, end: tokens[m.last + named - 1]!.end });
}
