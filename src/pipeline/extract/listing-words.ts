import { WordClasses } from '../text/word-classes';
import { ACT_NOUN_RELATION, BAN_NOUNS, BAN_VERBS, COUNTED_REMOVALS, LIST_NOUNS, LISTING_PROGRESSIVES, LISTING_VERBS, PASSIVE_LISTING, REACHED_BY, SANCTION_ACTS, STOP_ORDERS, STORE_REMOVALS } from './listing-phrases';
import { HAS_RIVALS } from './rival-lists';

/**
 * The words the listing reader (listing-relations.ts) looks for in every sentence with a mention,
 * in classes: it looks each word of the sentence up once, and runs a rule only when the sentence
 * holds a word of the rule's class. Each rule named below first looks for such a word and finds
 * nothing without one, so skipping it changes nothing; most sentences hold none of these words, and
 * were asked of each set in turn.
 */
export const LISTING_WORDS = new WordClasses();

/** A verb that opens a listing act, or imposes sanctions (the act found at the end of ListingReader.read). */
export const LISTING_ACT = LISTING_WORDS.add([...LISTING_VERBS, ...LISTING_PROGRESSIVES, ...SANCTION_ACTS]);
/** A list's noun (ownedListAt, membershipAt). */
export const LIST_NOUN = LISTING_WORDS.add(LIST_NOUNS);
/** A sanctions package, the list its targets are put in (membershipAt): a class apart, since other rules read LIST_NOUN as a list. */
export const PACKAGE_NOUN = LISTING_WORDS.add(['package']);
/** A verb of a store pulling things (storeRemovalOverCounted). */
export const STORE_REMOVAL = LISTING_WORDS.add(STORE_REMOVALS);
/** A ban's verb or noun (banVerbOverCounted). */
export const BAN_WORD = LISTING_WORDS.add([...BAN_VERBS, ...BAN_NOUNS, ...COUNTED_REMOVALS]);
/** An order's verb or noun (stopOrderOverCounted). */
export const STOP_ORDER = LISTING_WORDS.add(STOP_ORDERS);
/** A passive listing participle (passiveListingAt). */
export const PASSIVE_LISTING_WORD = LISTING_WORDS.add(PASSIVE_LISTING);
/** An act's noun that takes its targets after a preposition (actNounAt). */
export const ACT_NOUN = LISTING_WORDS.add(ACT_NOUN_RELATION.keys());
/** A participle of an act reaching its targets (reachedByActAt). */
export const REACH_PARTICIPLE = LISTING_WORDS.add(REACHED_BY);
/** A verb of having rivals (rivalsActAt). */
export const RIVALS_VERB = LISTING_WORDS.add(HAS_RIVALS);
/** A word by which firms lead a contest or market together: "the race, led by A and B", "the field, where A and B lead" (contestLeaders). */
export const CONTEST_LEAD = LISTING_WORDS.add(['led', 'dominated', 'ruled', 'controlled', 'where']);
/** A rivals' noun, or the word before a kind of rival party: "three rival bidders: A, B and C", "The rivals are A and B" (namedRivalsList). */
export const RIVALS_NOUN = LISTING_WORDS.add(['rivals', 'competitors', 'challengers', 'contenders', 'rival', 'competing']);
