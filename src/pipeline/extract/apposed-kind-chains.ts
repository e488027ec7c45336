import type { ClaimCollector, SentenceContext } from './claim-check';
import { mentionAt, mentionLists, type MentionList } from './clause';
import { isMadeKind } from './cue-words';

/**
 * Helper intro (news on product launches): a maker's things each named in apposition after its own kind, chained by "and": "Zenco
 * introduced a new router, the Vexa Mesh, and a new modem, the Orra Link", "Zenco's flagship phone, Vexa Ultra, and its cheaper
 * sibling, Vexa Lite, …", "launched a phone, the Vexa 9, a tablet, the Vexa Tab, and a watch, the Vexa Watch". The rules read the
 * first pair (a verb's object, "X's kind, the Y"), and the later pairs were lost: their names stayed nodes without a maker. Here a
 * develops claim whose thing is set off after a kind of made thing passes its maker on to every later pair of the chain, with the
 * first claim's status. A later kind that makes the thing another's ("a rival tablet", "Qorva's tablet", "a tablet made by Qorva")
 * or only guessed at ("a planned tablet") ends the chain, and so does a kind that is no made thing ("its chief executive, Ana Ruiz",
 * "its plant, Austin").
 * The same chain runs the other way round too, each name before its kind (helper lineup, from made-up launch news): "the Vexa 9, Zenco's
 * newest phone, and the Orra Fold, its first foldable, go on sale"; the rules read the first pair ("Y, X's kind") and the later
 * names, set off before "its" or "a" and a kind, were lost. A later kind owned by another ("Qorva's first foldable") or tied to
 * another ("its rival") ends it as above.
 */

/** The rule id of the claims found here. */
export const APPOSED_KIND_CHAIN = 'pattern:develops:apposed-kind-chain';

/** Nouns that name a made thing by its tie to another of the same maker: "its cheaper sibling, Vexa Lite", "its successor, Vexa 10". */
const KIN_NOUNS: ReadonlySet<string> = new Set(['sibling', 'siblings', 'stablemate', 'stablemates', 'successor', 'successors', 'companion', 'companions', 'follow-up', 'sequel', 'sequels', 'spin-off']);
/** Adjectives news uses as a made thing's noun after a name: "the Orra Fold, its first foldable". */
const NOUN_ADJECTIVES: ReadonlySet<string> = new Set(['foldable', 'foldables']);
/** Words that open a later pair's kind: "a", "its", "another". */
const OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'another', 'two', 'three', 'both']);
/**
 * Words that cannot describe a later pair's kind: function words and verbs (the chain has left the list), and words that make the thing
 * another's or not yet made ("a rival tablet", "a partner's app", "a planned tablet").
 */
const NOT_DESCRIBING: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'but', 'to', 'of', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'as', 'than', 'like', 'unlike',
  'including', 'versus', 'vs', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'not',
  'never', 'that', 'which', 'who', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'rival', 'rivals', 'competing', 'competitor', 'competitors', 'partner',
  'partners', 'licensed', 'licenced', 'third-party', 'former', 'planned', 'proposed', 'rumoured', 'rumored', 'possible', 'future', 'potential', 'expected', 'said', 'says']);
/** What may follow a pair's name: the comma closing its apposition, the sentence's end or a clause mark. */
const CLOSES_PAIR = new Set([',', '.', ';', ':', ')', '!', '?']);

/** Whether word `k` ends a kind of made thing a name is set off after ("router", "phones", "sibling"). */
function isPairKind(word: string | undefined): boolean {
  return word !== undefined && /^[a-z][a-z0-9-]*$/.test(word) && (isMadeKind(word) || KIN_NOUNS.has(word));
}

/** The word where the kind of the pair at `p` ends, or -1: an opener, up to three describing words, then the kind, then ",". */
function pairKindEnd(words: readonly string[], p: number): number {
  let k = p;
  if (OPENERS.has(words[k] ?? '') || /^its@\d+$/.test(words[k] ?? '')) k++;
  const from = k;
  while (k < from + 4 && /^[a-z][a-z0-9-]*$/.test(words[k] ?? '') && !NOT_DESCRIBING.has(words[k]!)) k++;
  // The kind is the last of those words, and the apposition's comma follows it.
  return k > from && words[k] === ',' && isPairKind(words[k - 1]) ? k : -1;
}

/** The list named at word `k` (after an optional "the"), when nothing but a pair's close follows it; else undefined. */
function pairNameAt(words: readonly string[], k: number, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  const at = words[k] === 'the' ? k + 1 : k;
  const index = mentionAt(words, at);
  if (index === undefined || words[at]!.startsWith('its@')) return undefined;
  const list = lists.get(index);
  if (!list || list.first !== at) return undefined;
  const next = words[list.last + 1];
  return next === undefined || CLOSES_PAIR.has(next) ? list : undefined;
}

/**
 * The mentions of the later pairs chained after the list that mention `index` heads, which must itself be set off after a kind ("a
 * new router, the @1", "two phones, the @1 and @2").
 * Pairs joined by a bare comma count only once a pair joined by "and" ends the chain ("a phone, the @1, a tablet, the @2, and a watch,
 * the @3"); the chain stops there.
 */
export function chainedPairMembers(words: readonly string[], index: number, lists: ReadonlyMap<number, MentionList>): number[] {
  const first = lists.get(index);
  if (!first || first.first < 2) return [];
  const comma = words[first.first - 1] === 'the' ? first.first - 2 : first.first - 1;
  if (words[comma] !== ',' || !isPairKind(words[comma - 1])) return [];
  const pending: number[] = [];
  let p = first.last + 1;
  for (let n = 0; n < 8; n++) {
    if (words[p] !== ',') return [];
    p++;
    let joined = false;
    if (words[p] === 'and' || words[p] === 'plus') {
      joined = true;
      p++;
    } else if (words[p] === 'as' && words[p + 1] === 'well' && words[p + 2] === 'as') {
      joined = true;
      p += 3;
    }
    const kindEnd = pairKindEnd(words, p);
    if (kindEnd < 0) return [];
    const named = pairNameAt(words, kindEnd + 1, lists);
    if (!named) return [];
    pending.push(...named.members);
    if (joined) return pending;
    p = named.last + 1;
  }
  return [];
}

/**
 * The word after the kind of a pair set off after a name at `p` ("its first foldable"), or -1: an opener, up to three describing words,
 * then the kind, then a comma, or a stop when `last`. The first pair's opener may be a possessor ("@1 's newest phone"), a later one's
 * may not (another's thing).
 */
function nameFirstKindEnd(words: readonly string[], p: number, first: boolean): number {
  let k = p;
  if (first && /^@\d+$/.test(words[k] ?? '') && words[k + 1] === "'s") k += 2;
  else if (OPENERS.has(words[k] ?? '') || /^its@\d+$/.test(words[k] ?? '')) k++;
  else return -1;
  const from = k;
  while (k < from + 4 && /^[a-z][a-z0-9-]*$/.test(words[k] ?? '') && !NOT_DESCRIBING.has(words[k]!)) k++;
  const kind = words[k - 1];
  if (k === from || !(isPairKind(kind) || NOUN_ADJECTIVES.has(kind ?? ''))) return -1;
  return words[k] === undefined || CLOSES_PAIR.has(words[k]!) ? k : -1;
}

/**
 * The mentions of the later pairs chained after the list that mention `index` heads, each name set off before its kind: "the @0 , @1 's
 * newest phone , and the @2 , its first foldable ,". As above, comma-joined pairs count once a pair joined by "and" ends the chain.
 */
export function chainedNameFirstMembers(words: readonly string[], index: number, lists: ReadonlyMap<number, MentionList>): number[] {
  const first = lists.get(index);
  if (!first || words[first.last + 1] !== ',') return [];
  let p = nameFirstKindEnd(words, first.last + 2, true);
  if (p < 0 || words[p] !== ',') return [];
  const pending: number[] = [];
  for (let n = 0; n < 8; n++) {
    if (words[p] !== ',') return [];
    p++;
    let joined = false;
    if (words[p] === 'and' || words[p] === 'plus') {
      joined = true;
      p++;
    }
    const at = words[p] === 'the' ? p + 1 : p;
    const mention = mentionAt(words, at);
    const named = mention === undefined || words[at]!.startsWith('its@') ? undefined : lists.get(mention);
    if (!named || named.first !== at || words[named.last + 1] !== ',') return [];
    const end = nameFirstKindEnd(words, named.last + 2, false);
    if (end < 0) return [];
    pending.push(...named.members);
    if (joined) return pending;
    p = end;
  }
  return [];
}

/** Gives each develops claim's maker the later things chained after its thing by apposed kinds. */
export function findApposedKindChains(context: SentenceContext, claims: ClaimCollector): void {
  const { sentence, mentions } = context;
  // Cheap gate: a chain needs a comma after a kind twice, and "and", "plus" or "as well as" between.
  if (!/ , (?:and|plus|as well as) /.test(sentence.text)) return;
  const made = claims.found.filter((c) => c.relation === 'develops');
  if (made.length === 0) return;
  const lists = mentionLists(sentence.words);
  for (const claim of made) {
    const index = mentions.findIndex((m) => m.start === claim.target.start && m.end === claim.target.end && m.source !== 'coref');
    if (index < 0) continue;
    for (const k of [...chainedPairMembers(sentence.words, index, lists), ...chainedNameFirstMembers(sentence.words, index, lists)]) {
      const thing = mentions[k];
      if (thing && thing.source !== 'coref') claims.add(claim.source, 'develops', thing, claim.status, claim.trigger, APPOSED_KIND_CHAIN);
    }
  }
}
