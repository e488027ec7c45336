import { mentionAt, type MentionList } from './clause';
import type { SentenceMention } from './mention';
import { GOODS_NOUNS, PRODUCT_NOUN_WORDS } from './cue-words';

// Helper brm92, from stop 92's eighty-fifth fresh sample (s85e, fashion groups): a coined or unlisted people's adjective before a
// description and a name ("Ruritanian label Zeta", "Parisian fashion brands A and B", "Zemblan leisure group Lumo") is the place
// the name is from, no brand of its own. Known demonyms ("French") are never names; these reach the sentence as unknown names.

/**
 * A word the lexicon does not know, shaped like a people's adjective: "Ruritanian", "Parisian", "Zemblan", "Zemblese"; a region's
 * people ("Scottish", "Flemish", "Welsh", "Scots"), which no state's list holds (helper mkr96, set 93: "the company behind Scottish
 * drink Vexa" gave the maker "Scottish").
 */
const PEOPLES_ADJECTIVE = /^(?:[A-Z][a-z]{3,}(?:an|ese)|Scottish|Flemish|Cornish|Kentish|Welsh|Scots|Manx|Breton|Walloon|Basque)$/;
/**
 * Of those, a region's people's adjective, no coined word: one before a lower-case word is one even where no name follows ("the
 * Scottish drinks deal"). Listed, not shaped: brands end in "-ish" too ("Nourish", "Flourish").
 */
const REGION_PEOPLES_ADJECTIVE = /^(?:Scottish|Flemish|Cornish|Kentish|Welsh|Scots|Manx|Breton|Walloon|Basque)$/;

/**
 * Whether mention `m`, standing at word `at`, is an unknown people's adjective used as one: one to three lower-case words, then a
 * name ("Parisian fashion brands Zeta"); not a brand before its kind ("owns Titan watches").
 */
export function isPeoplesAdjectiveAt(m: SentenceMention, words: readonly string[], at: number): boolean {
  if (at < 0 || m.source === 'lexicon' || m.source === 'coref' || !PEOPLES_ADJECTIVE.test(m.surface)) return false;
  let k = at + 1;
  while (k <= at + 3 && /^[a-z][a-z-]*$/.test(words[k] ?? '') && !NOT_OWN_MEMBER_WORDS.has(words[k]!)) k++;
  return k > at + 1 && (mentionAt(words, k) !== undefined || REGION_PEOPLES_ADJECTIVE.test(m.surface));
}

/** The same test for a one-member list. */
export function isPeoplesAdjectiveList(list: MentionList, words: readonly string[], mentions: readonly SentenceMention[]): boolean {
  return list.members.length === 1 && isPeoplesAdjectiveAt(mentions[list.members[0]!]!, words, list.last);
}

/**
 * Heads of a member's description in a list of owned things: "menswear brand Vela", "accessories label Orba", "shoemaker Lumo",
 * "womenswear house Zeta", "diffusion line Vela".
 */
const DESCRIBED_MEMBER_HEADS: ReadonlySet<string> = new Set(['brand', 'label', 'house', 'line', 'marque', 'maker', 'shoemaker', 'specialist', 'giant',
  'group', 'designer', 'retailer', 'chain', 'company', 'firm', 'business', 'manufacturer', 'jeweller', 'jeweler', 'tailor', 'couturier', 'outfitter', 'brands', 'labels', 'houses', 'marques']);
/** Words that make a described member another's: "rival label Orba", "partner brand Vela", "former label Zeta". */
const NOT_OWN_MEMBER_WORDS: ReadonlySet<string> = new Set(['rival', 'rivals', 'competitor', 'competing', 'partner', 'sister', 'client', 'licensed', 'former', 'third-party',
  'of', 'by', 'for', 'from', 'with', 'to', 'in', 'on', 'at', 'as', 'that', 'which', 'who', 'the', 'a', 'an']);

/**
 * The members named after their descriptions from word `from` on: "[Zemblan] leisure group Lumo, menswear brand Vela and accessories
 * brand Orba". The first needs no joining word when `first` is set (it follows a people's adjective); later ones follow ",", "and" or
 * ", and". Each description is one to five lower-case words (or unknown people's adjectives) ending on a member's head.
 */
export function describedMembersFrom(words: readonly string[], from: number, lists: ReadonlyMap<number, MentionList>, mentions: readonly SentenceMention[], first: boolean, heads: ReadonlySet<string> = DESCRIBED_MEMBER_HEADS): MentionList[] {
  const found: MentionList[] = [];
  let p = from;
  for (let n = 0; n < 12; n++) {
    if (!(first && n === 0)) {
      if (words[p] === ',' && words[p + 1] === 'and') p += 2;
      else if (words[p] === ',' || words[p] === 'and') p += 1;
      else break;
    }
    let k = p;
    while (k < p + 5) {
      const m = mentionAt(words, k);
      const word = words[k] ?? '';
      if (m !== undefined ? !isPeoplesAdjectiveAt(mentions[m]!, words, k) : !/^[a-z][a-z-]*$/.test(word) || NOT_OWN_MEMBER_WORDS.has(word)) break;
      k++;
    }
    if (k === p || !heads.has(words[k - 1] ?? '')) break;
    const named = mentionAt(words, k);
    const list = named === undefined ? undefined : lists.get(named);
    if (!list || words[list.last + 1] === "'s") break;
    found.push(list);
    p = list.last + 1;
  }
  return found;
}

/**
 * After a people's adjective, a kind of made thing is a head too: "Scottish soft drink Vexa", "Ruritanian beer Zeta" name the thing
 * after its kind (helper mkr96, set 93's drinks news: "the company behind Scottish drink Vexa" gave the maker "Scottish" and lost Vexa).
 */
export const DESCRIBED_KIND_HEADS: ReadonlySet<string> = new Set([...DESCRIBED_MEMBER_HEADS, ...GOODS_NOUNS, ...PRODUCT_NOUN_WORDS]);

/**
 * The thing named after an unknown people's adjective and its description, where mention `m` at word `at` is that adjective
 * ("[Scottish] soft drink Vexa" gives Vexa); undefined where `m` is no such adjective or no name follows its description. The
 * sentence's lists are asked for only then.
 */
export function namedAfterPeoplesAdjective(m: SentenceMention, words: readonly string[], at: number, lists: () => ReadonlyMap<number, MentionList>, mentions: readonly SentenceMention[]): SentenceMention | undefined {
  if (!isPeoplesAdjectiveAt(m, words, at)) return undefined;
  const [list] = describedMembersFrom(words, at + 1, lists(), mentions, true, DESCRIBED_KIND_HEADS);
  const k = list?.members[0];
  return k === undefined ? undefined : mentions[k];
}
