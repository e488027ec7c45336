import { mentionAt } from './clause';
import { PARTY_NOUNS } from './rival-phrases';

/**
 * Rivals named as a range or in a market, after a rival's noun (helper cmp88, from a fresh sample of real news): "has many
 * competitors, from Qorva to Vexa", "Zenco's competition ranges from Qorva to Vexa", "competes with everyone from Qorva to Vexa",
 * "Zenco's competition in Japan includes Qorva and Vexa".
 */

/** Whether the noun names rivals (a party noun, or "competition" for the rivals a firm faces). */
export function namesRivals(noun: string): boolean {
  return PARTY_NOUNS.has(noun) || noun === 'competition';
}

/**
 * Where a range of rivals opens right after their noun at `after`: the word after "from" in "competitors, from A", "rivals,
 * ranging from A", "competition ranges from A", "rivals that range from A"; undefined otherwise ("competitors, from Japan" is
 * left to the caller's own checks of who may be a rival).
 */
export function rangeOpenerAfter(words: readonly string[], after: number): number | undefined {
  let k = after;
  if (words[k] === ',') k++;
  if (/^(?:that|which)$/.test(words[k] ?? '') && /^(?:range|ranged)$/.test(words[k + 1] ?? '')) k += 2;
  else if (/^(?:range|ranges|ranged|ranging)$/.test(words[k] ?? '')) k++;
  else if (k === after) return undefined; // a bare "from" right after the noun is the noun's own object, read already.
  return words[k] === 'from' ? k + 1 : undefined;
}

/** Kinds of firm that may qualify each end of a range: "from startups like Qorva to giants like Vexa". */
const RANGE_KINDS = /^(?:startups?|giants?|upstarts?|incumbents?|firms?|companies|company|players?|makers?|brands?|newcomers?|veterans?|rivals?|competitors?|names?|the|big|small|smaller|bigger|tech|local|global|established|new|younger|older)$/;

/**
 * The far end of a range whose near end is the mention list at `first`..`last`: "from Qorva to Vexa", "from Qorva to the Vexa
 * group", "from startups like Qorva to giants like Vexa". The far end's first mention (its index among the mentions), or undefined when the list is
 * not after "from" or no name follows its "to" ("from Qorva to win contracts").
 */
export function rangeEndAfter(words: readonly string[], first: number, last: number): number | undefined {
  let k = first - 1;
  if (/^(?:like|as)$/.test(words[k] ?? '')) {
    k -= words[k] === 'as' && words[k - 1] === 'such' ? 2 : 1;
    while (k > first - 6 && RANGE_KINDS.test(words[k] ?? '')) k--;
  } else if (words[k] === 'the') k--;
  if (words[k] !== 'from' || words[last + 1] !== 'to') return undefined;
  let j = last + 2;
  while (j < last + 5 && RANGE_KINDS.test(words[j] ?? '')) j++;
  if (/^(?:like|including)$/.test(words[j] ?? '')) j++;
  else if (words[j] === 'such' && words[j + 1] === 'as') j += 2;
  return mentionAt(words, j);
}

/** Verbs that list the members of a possessed rivals' noun: "Zenco's rivals in Japan include A". */
const LISTING_VERBS = /^(?:include|includes|included|are|were)$/;

/**
 * Where the members of a possessed rivals' noun begin past the market or place it stands in ("Zenco's competition in Japan includes
 * A and B", "Zenco's rivals in the drone market include A"): the word after the listing verb; undefined when no such verb ends a
 * short "in" phrase or a name other than a place or a state stands in it (`isPlace` says which may).
 */
export function membersPastMarket(words: readonly string[], after: number, isPlace: (k: number) => boolean): number | undefined {
  if (words[after] !== 'in') return undefined;
  for (let k = after + 1; k < after + 7 && k < words.length; k++) {
    if (LISTING_VERBS.test(words[k]!)) return k > after + 1 && mentionAt(words, k + 1) !== undefined ? k + 1 : undefined;
    // "… in Japan no longer includes", "… could soon include": a negation or a hedge the listing would lose (review rr88b).
    if (/^(?:[.,;:]|could|would|may|might|will|shall|should|can|no|not|never|longer)$/.test(words[k]!) || (mentionAt(words, k) !== undefined && !isPlace(k))) return undefined;
  }
  return undefined;
}
