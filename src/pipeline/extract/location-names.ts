import type { Lexicon } from '../lexicon/lexicon';
import { textsOfTokens, type Token } from '../text/tokens';
import { CUE_NOUNS, MONTH_NAMES, WEEKDAYS } from './cue-words';
import { opensStateActCompound } from './compound-relations';
import type { SentenceMention } from './mention';

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that']);
const LOCATED_NOUNS = new Set([...CUE_NOUNS.keys(), 'market', 'markets', 'industry', 'economy', 'tech', 'technology', 'e-commerce', 'internet', 'ai', 'semiconductor', 'search', 'electronics', 'social', 'video', 'cloud']);

const GOVERNING_PEOPLE = new Set(['lawmakers', 'officials', 'regulators', 'authorities', 'policymakers', 'legislators', 'diplomats', 'politicians', 'leaders', 'government']);
const LOCATING_WORDS = new Set(['in', 'at', 'near', 'outside', 'across', 'around', 'based', 'headquartered', 'visited', 'visiting', 'visit', 'moved', 'relocated']);

/**
 * A state's name used as a location, not the state acting: "the Beijing startup", "a U.S.
 * chipmaker", and a capital after "in" or "visited" ("headquartered in Beijing").
 */
export function isLocationModifier(m: SentenceMention, tokens: readonly Token[], lexicon: Lexicon): boolean {
  const entry = m.type === 'government' && m.source === 'lexicon' ? lexicon.get(m.key) : undefined;
  if (!entry) return false;
  const before = tokens[m.first - 1]?.lower ?? '';
  const after = tokens[m.last]?.text ?? '';
  // "a California startup" (a state or a sub-national government, never an agency); but in "the
  // US-sanctioned firms" the state is the compound's agent (compound-relations.ts), not where the firms are.
  if (DETERMINERS.has(before) && LOCATED_NOUNS.has(after) && CUE_NOUNS.get(after) !== 'government' && !isStateBodyAt(tokens, m.last) && !opensStateActCompound(tokens[m.first]!.text.slice(m.end - tokens[m.first]!.start))) return true;
  if (entry.partOf) return false;
  // "Atlanta, Georgia", "Tbilisi, Georgia": a state after a place's name and a comma is where the place is; not after a
  // date ("On Thursday, Russia blocked …", "In March, India banned …") or a sentence's opening word ("Meanwhile, China …"),
  // capitalised only as the first word (stop 56: such states were dropped as locations).
  if (before === ',' && isPlaceBefore(tokens, m.first - 2) && !endsKnownName(tokens, m.first - 1, lexicon) && !(opensClause(tokens[m.last]) && !locatedBefore(tokens, m.first - 2))) return true;
  const isCapital = m.surface !== entry.name && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*$/u.test(m.surface) && !/(administration|government|authorities)$/i.test(m.surface);
  // "Lawmakers in Washington" still means the state.
  const governing = GOVERNING_PEOPLE.has(tokens[m.first - 2]?.lower ?? '');
  return isCapital && LOCATING_WORDS.has(before) && !governing;
}

/** The bodies a member state's "state" may head: "the Texas state government", "the Ohio state legislature". */
const STATE_BODY_HEADS: ReadonlySet<string> = new Set(['government', 'legislature', 'assembly', 'senate', 'regulator', 'regulators', 'authorities', 'officials', 'lawmakers', 'administration', 'cabinet', 'agency', 'agencies', 'department', 'ministry']);

/**
 * Whether "state" and a body's noun start at `at`: "the Texas state government banned Zapp" is the member state acting; read as where
 * a thing is ("the Texas state pension fund"), its name was dropped and the act lost (helper itb93, from round 1's mrg93).
 */
const isStateBodyAt = (tokens: readonly Token[], at: number): boolean => tokens[at]?.lower === 'state' && STATE_BODY_HEADS.has(tokens[at + 1]?.lower ?? '');

/** Words that may follow a place's state ("in Tbilisi, Georgia on Monday", "Atlanta, Georgia, where …"). */
const AFTER_PLACE: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'for', 'with', 'and', 'or', 'to', 'of', 'from', 'by', 'near', 'where', 'which', 'who', 'that', 'the', 'a', 'an',
  'last', 'this', 'next', 'earlier', 'later', 'today', 'yesterday', 'recently', 'since', 'until', 'after', 'before', 'during', 'as', 'but',
]);

/**
 * Whether the word after a state opens the state's own clause ("According to the Zembla Post, Ruritania banned Zapp"): a
 * lower-case word no place is followed by, so the state is the clause's subject, not where the name before the comma is.
 */
function opensClause(after: Token | undefined): boolean {
  return after !== undefined && /^\p{Ll}/u.test(after.text) && !AFTER_PLACE.has(after.lower);
}

/** Whether the capitalised words ending at `k` follow a locating word ("In Tbilisi, Georgia banned …": the city's state, however it goes on). */
function locatedBefore(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j > 0 && tokens[j - 1]!.capitalized && j > k - 4) j--;
  return LOCATING_WORDS.has(tokens[j - 1]?.lower ?? tokens[j]!.lower);
}

/** Whether token `k`, before a comma, may be a place's name: capitalised, not a date's word, and not a sentence's first word written in sentence case. */
function isPlaceBefore(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.capitalized || WEEKDAYS.has(t.text) || MONTH_NAMES.has(t.text)) return false;
  // A dateline's place is in capitals ("BEIJING, China —").
  return k > 0 || t.text === t.text.toUpperCase();
}

/** Whether the tokens just before `end` are a name the lexicon knows ("the United States, Australia …" lists states). */
function endsKnownName(tokens: readonly Token[], end: number, lexicon: Lexicon): boolean {
  for (let start = end - 1; start >= 0 && start >= end - 5; start--) {
    const words = textsOfTokens(tokens, start, end);
    if (lexicon.longestMatch(words, 0)?.length === words.length) return true;
  }
  return false;
}

/** Nouns a body's descriptive name qualifies rather than names: "Chinese military companies". */
const QUALIFIED_NOUNS = new Set(['companies', 'company', 'firms', 'firm', 'entities', 'entity', 'ties', 'links', 'connections', 'affiliates', 'contractors', 'suppliers', 'end-users', 'end', 'users', 'applications', 'purposes', 'uses', 'use', 'programs', 'programmes', 'research', 'modernization', 'modernisation']);

/**
 * A body named by a description ending in a lower-case word ("Chinese military", "China's
 * military") used to qualify the noun after it: "Chinese military companies" are firms, not the army.
 */
export function isQualifyingDescription(m: SentenceMention, tokens: readonly Token[]): boolean {
  if (m.type !== 'government' || m.source !== 'lexicon') return false;
  const lastWord = tokens[m.last - 1]?.text ?? '';
  return /^\p{Ll}/u.test(lastWord) && QUALIFIED_NOUNS.has(tokens[m.last]?.lower ?? '');
}

/**
 * "designated Zembla City, Ruritania-based Zenco Ltd": a name no rule typed, then a comma and a firm's seat, is the city
 * the firm sits in, no party of its own (stop 52's readers: the city was listed as a sanctioned firm).
 */
export function isCityBeforeSeat(m: SentenceMention, tokens: readonly Token[]): boolean {
  return m.source === 'unknown' && tokens[m.last]?.text === ',' && /^\p{Lu}[\p{L}.]*-(?:based|headquartered)$/u.test(tokens[m.last + 1]?.text ?? '');
}

/** Nouns of a stretch of land a name may stand before: "the Fukuoka area", "the Zembla region". */
const AREA_NOUNS: ReadonlySet<string> = new Set(['area', 'areas', 'region', 'regions', 'district', 'prefecture', 'province', 'county', 'metro', 'suburbs']);

/**
 * "a pilot in the Fukuoka area", "across the Zembla region": a name between "the" after a locating word and a noun of land
 * is a place, no party (stop 62's bans readers: "told Zenco to suspend a pilot in the Zembla area" banned the place).
 */
export function isAreaName(m: SentenceMention, tokens: readonly Token[]): boolean {
  return AREA_NOUNS.has(tokens[m.last]?.lower ?? '') && tokens[m.first - 1]?.lower === 'the' && LOCATING_WORDS.has(tokens[m.first - 2]?.lower ?? '');
}
