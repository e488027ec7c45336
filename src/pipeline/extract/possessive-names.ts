import { isCurrencySign, isPossessive, lowerWordsOf, surfaceOf, type Token } from '../text/tokens';
import { AUXILIARIES, finiteVerbIndex } from './clause-subject';
import { keyOfName, mentionOver, withChanges, type SentenceMention } from './mention';
import type { Lexicon } from '../lexicon/lexicon';
import type { LexiconEntry } from '../lexicon/lexicon-data';
import type { LearnedName } from './learned-names';
import { stateBodyKey } from './government-mentions';
import { BRAND_PLURALS, FIRM_LAST_WORDS, MAKER_NOUNS } from './cue-words';
import { COMMON_NOUN_BRAND_OWNERS, NOT_BRAND_AFTER_OWNER_NOUN } from './common-noun-brand-owners';

/**
 * Names that end in a possessive: "Wendy's", "McDonald's", "Papa John's", "Sotheby's". The
 * tokenizer splits every 's off its name so that "Zenco's chatbot" matches "Zenco"; but an 's
 * that owns nothing after it is part of the name: "Shake Shack rivals McDonald's.", "Wendy's
 * launched a burger", "chains such as Wendy's, Arby's and Subway". Read as a possessive, the
 * name stood before a stray 's that broke every pattern, and the tagger took it for a person.
 */

/** Words after which an 's owns nothing: prepositions and the like ("McDonald's in Paris", "rivals such as Arby's"). */
const AFTER_STANDING_NAME = new Set([
  'in', 'at', 'on', 'with', 'for', 'from', 'to', 'by', 'over', 'against', 'across', 'since', 'after', 'before', 'near',
  'under', 'like', 'as', 'than', 'including', 'into', 'via', 'amid', 'versus', 'vs', 'vs.', 'who', 'which', 'that', 'where',
]);
/** Words that may follow a verb that follows a name (its object or complement), but never a verb used as an adjective. */
const AFTER_VERB = new Set(['a', 'an', 'the', 'its', 'it', 'their', 'this', 'that', 'new', 'more', 'plans', 'to', ...AFTER_STANDING_NAME]);
/** Plurals that are also verbs, owned after an 's in the news: "Zenco's rivals Qorva and Vexa", "its partners". */
const OWNED_PLURALS = new Set(['rivals', 'partners']);
/** A brand's plurals, always owned after an 's: "Zenco's brands Zeta and Vela". */
const OWNED_BRAND_PLURALS: ReadonlySet<string> = new Set(BRAND_PLURALS);
/** Words that join the members of a list of names. */
const LIST_JOINS = new Set([',', 'and', 'or', '&']);
/** How far a list of names is followed to its end. */
const LIST_REACH = 16;

/** Whether the 's at `k` closes its name instead of owning what follows it. */
export function standsAlone(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (next === undefined) return true;
  // "Wendy's, Arby's and Subway", "Apple's and Google's stores": a list is read at its last 's.
  if (LIST_JOINS.has(next.lower)) {
    const last = lastPossessiveOfList(tokens, k + 1);
    return last === undefined || standsAlone(tokens, last);
  }
  // "Zenco's (NYSE: ZEN) Zapp": the owner's ticker between it and what it owns.
  if (next.text === '(') {
    const close = tokens.findIndex((t, j) => j > k + 1 && t.text === ')');
    return close < 0 || close > k + LIST_REACH ? false : standsAlone(tokens, close);
  }
  // "Zenco's "Vela M"", "Qorva's 'Zeta Arc'": a quoted name after the 's is owned (stop 74's fourth controls sample).
  if (/^["“‘']$/.test(next.text) && tokens[k + 2]?.capitalized) return false;
  // "Zenco's $40,000 Vela": a price owned, not a name closed (stop 50's readers).
  if (!next.word) return next.text !== '-' && !isCurrencySign(next.text);
  if (next.capitalized) return false;
  if (AFTER_STANDING_NAME.has(next.lower) || AUXILIARIES.has(next.lower)) return true;
  // "Zenco and Wendy's are rivals", "Qorva's and Wendy's have …": a plural verb after the last name of a list.
  if (PLURAL_VERBS_AFTER_LIST.has(next.lower) && endsList(tokens, k)) return true;
  // "Wendy's posted a loss", "Lowe's recently raised the price": a past verb before its object (participles read as
  // adjectives, "Zenco's banned apps", have no article after them).
  if (pastVerbBeforeObject(tokens, k + 1)) return true;
  // "Zenco's brands Zeta and Vela, …", "Qorva's labels include Zeta": a brand's plural after an 's is owned, never a verb that
  // the name does to what follows (a sentence like "Wendy's brands its fries …" is too rare to read so).
  if (OWNED_BRAND_PLURALS.has(next.lower)) return false;
  // "Zenco's rivals Qorva and Vexa launched …": a plural that reads as a verb ("Wendy's rivals McDonald's") is owned
  // when the names after it are the subject of a verb (stop 57's readers).
  if (OWNED_PLURALS.has(next.lower) && namesBeforeVerb(tokens, k + 2)) return false;
  // "one of Qorva Inc's rivals.", "Qorva Inc's rivals in Europe": read as a verb, "rivals" needs an object ("Wendy's rivals McDonald's",
  // "… rivals the Zeta"); with none after it the plural is owned (helper fp89: the name had read "Qorva's").
  if (OWNED_PLURALS.has(next.lower) && !objectOpensAt(tokens[k + 2])) return false;
  // "Wendy's launched a burger", "McDonald's competes with …", but not "Zenco's banned apps":
  // a verb read as one only before its object or a preposition.
  const verb = finiteVerbIndex(lowerWordsOf(tokens), k + 1);
  if (verb < 0) return false;
  const after = tokens[verb + 1];
  // "Zenco's compact, affordable Vela": a word before a comma and more describing words is an adjective, not a verb.
  return after === undefined || (!after.word && after.text !== ',') || after.capitalized || AFTER_VERB.has(after.lower);
}

/** Verbs of a plural subject after a list of names that ends in an 's: "Zenco and Wendy's are rivals". */
const PLURAL_VERBS_AFTER_LIST = new Set(['are', 'were', 'have', 'remain', 'compete', 'both', 'all']);

/** Whether the name whose 's is at `k` closes a list: "Zenco and Wendy's", "Qorva, Vexa and Arby's". */
function endsList(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && j > k - 5 && tokens[j]!.capitalized) j--;
  return j < k - 1 && (tokens[j]?.lower === 'and' || tokens[j]?.lower === '&');
}

/** Past forms without -ed that open a firm's act in the news: "Wendy's won the …", "Lowe's cut its …". */
const IRREGULAR_PASTS = new Set([
  'got', 'made', 'won', 'took', 'began', 'built', 'sold', 'led', 'ran', 'grew', 'kept', 'gave', 'lost', 'paid', 'brought', 'struck',
  'sent', 'spent', 'told', 'held', 'left', 'beat', 'cut', 'hit', 'set', 'put', 'drew', 'threw', 'overtook', 'outsold',
]);
/** What a past verb's object opens with: an article, a possessive or a determiner. */
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'its', 'their', 'this', 'these', 'another', 'more', 'up', 'out']);
/** One adverb between a name and its verb: "Lowe's recently raised …". */
const ADVERB_BETWEEN = /^(?:also|now|already|still|just|then|once|\p{Ll}+ly)$/u;

/** Whether a past verb (after at most one adverb) opens at `at` with its object after it: "… posted a loss", "… recently cut the price". */
function pastVerbBeforeObject(tokens: readonly Token[], at: number): boolean {
  const k = ADVERB_BETWEEN.test(tokens[at]?.lower ?? '') ? at + 1 : at;
  const verb = tokens[k];
  if (verb === undefined || verb.capitalized || !verb.word) return false;
  const past = IRREGULAR_PASTS.has(verb.lower) || (/^\p{Ll}{3,}ed$/u.test(verb.lower) && !verb.lower.endsWith('eed'));
  return past && OBJECT_OPENERS.has(tokens[k + 1]?.lower ?? '');
}

/** Whether a verb's object may open with this token: a name, or an article or possessive before one. */
function objectOpensAt(token: Token | undefined): boolean {
  return token !== undefined && (token.capitalized || /^(?:a|an|the|its|their)$/.test(token.lower));
}

/** Whether a list of names opens at `from` and a verb follows it ("Qorva and Vexa have cut prices"). */
function namesBeforeVerb(tokens: readonly Token[], from: number): boolean {
  let j = from;
  while (j < tokens.length && j < from + LIST_REACH && (LIST_JOINS.has(tokens[j]!.lower) || tokens[j]!.capitalized)) j++;
  if (j === from || tokens[j]?.text === ',') return false;
  const words = lowerWordsOf(tokens);
  return AUXILIARIES.has(words[j] ?? '') || PLURAL_VERB_OPENERS.has(words[j] ?? '') || finiteVerbIndex(words, j) >= 0;
}
/** What opens a plural subject's verb phrase: "Qorva and Vexa have …", "… are", "… all make". */
const PLURAL_VERB_OPENERS = new Set(['have', 'are', 'were', 'may', 'might', 'do', 'did', 'also', 'all', 'both', 'each', 'make', 'sell', 'offer']);

/** The last 's of the list of names that goes on at `from`, if the list ends with one; undefined when it does not. */
function lastPossessiveOfList(tokens: readonly Token[], from: number): number | undefined {
  let j = from;
  while (j < tokens.length && j < from + LIST_REACH && (LIST_JOINS.has(tokens[j]!.lower) || tokens[j]!.capitalized || isPossessive(tokens[j]))) j++;
  return isPossessive(tokens[j - 1]) && j - 1 > from ? j - 1 : undefined;
}

/** Maker nouns between a brand named after its founder and the brand's owner: "Jack Zeniel's maker Qorva". */
const BRAND_MAKER_NOUNS: ReadonlySet<string> = new Set(MAKER_NOUNS);

/**
 * "Jack Zeniel's maker Qorva-Forman", "Papa Zeno's owner Vexa": a name of two words or more whose 's stands before a maker noun
 * and a capitalised name is a brand named after a person, its 's its own (a fresh sample of drinks news: the brand was read as
 * a person owning a maker, and lost). One word keeps the plain possessive ("Vela's parent Zenco": the parent of Vela), and so does
 * a firm's name ("Zenco Auto's owner Qorva Group": the firm's owner; rr89b).
 */
function ownsMakerAsBrand(m: SentenceMention, tokens: readonly Token[]): boolean {
  return m.source === 'unknown' && m.last - m.first >= 2 && !FIRM_LAST_WORDS.has(tokens[m.last - 1]!.text) && BRAND_MAKER_NOUNS.has(tokens[m.last + 1]?.lower ?? '') && (tokens[m.last + 2]?.capitalized ?? false);
}

/** Parties a double genitive names: "a rival of Zenco's", "a longtime partner of Qorva's" (the 's owns the party, it ends no name). */
const DOUBLE_GENITIVE_PARTIES = new Set([
  'rival', 'rivals', 'competitor', 'competitors', 'partner', 'partners', 'ally', 'allies', 'customer', 'customers', 'client', 'clients',
  'supplier', 'suppliers', 'investor', 'investors', 'backer', 'backers', 'friend', 'friends', 'foe', 'foes', 'critic', 'critics',
]);

/** Whether the name opening at `first` follows a party's noun and "of": "a rival of Zenco's". */
function ownsParty(tokens: readonly Token[], first: number): boolean {
  return tokens[first - 1]?.lower === 'of' && DOUBLE_GENITIVE_PARTIES.has(tokens[first - 2]?.lower ?? '');
}

/** Extends a name found by a rule over the 's after it when that 's closes the name (not a double genitive's: "a rival of Zenco's"). */
export function withStandingPossessive(m: SentenceMention, tokens: readonly Token[]): SentenceMention {
  if ((m.source !== 'rule' && m.source !== 'unknown') || m.type === 'government' || !isPossessive(tokens[m.last]) || !(standsAlone(tokens, m.last) || ownsMakerAsBrand(m, tokens)) || ownsParty(tokens, m.first)) return m;
  const s = tokens[m.last]!;
  return withChanges(m, { last: m.last + 1, end: s.end, surface: m.surface + s.text, label: m.label + s.text });
}

/** Last words of a shop's or chain's name: "Dick's Sporting Goods", "Moe's Southwest Grill", "Domino's Pizza". */
const SHOP_HEADS = new Set([
  'Goods', 'Grill', 'Club', 'Kitchen', 'Pizza', 'Chicken', 'Bar', 'Cafe', 'Café', 'Restaurant', 'Restaurants', 'Store', 'Stores',
  'Market', 'Markets', 'Pharmacy', 'Bakery', 'Coffee', 'Donuts', 'Burgers', 'Tavern', 'Steakhouse', 'Diner', 'Deli', 'Furniture',
  'Hardware', 'Wholesale', 'Supermarket', 'Supermarkets', 'Foods', 'Sandwiches', 'Creamery', 'Roadhouse', 'Smokehouse',
  // "Hunter’s Depot", "Ranger's Outfitters" (stop 92, set 84's outdoor-retail news: the chain was read as Hunter owning Depot).
  'Depot', 'Outfitters', 'Outfitter', 'Emporium', 'Mart',
]);

/** Nouns of a firm's part after a shop's word: "Zenco's Depot unit", "Qorva's Mart business" (the firm's own part, owned by it). */
const OWNED_PART_NOUNS: ReadonlySet<string> = new Set(['unit', 'units', 'division', 'arm', 'subsidiary', 'business', 'businesses', 'segment', 'operations', 'brand', 'banner']);

/**
 * "Dick's Sporting Goods", "BJ's Wholesale Club": a name, its 's and a name ending in a shop's word
 * are one chain's name, not an owner and what it owns. Names a rule or the lexicon typed stay apart.
 * So are a name, its 's and the name after it that an owner's 's stands before ("Kappa Co.'s Hill's Pet Nutrition unit").
 */
export function joinShopNames(mentions: readonly SentenceMention[], tokens: readonly Token[]): SentenceMention[] {
  return joinAcrossPossessive(mentions, tokens, (owner, shop) => owner.source === 'unknown' && shop.source === 'unknown' && ((SHOP_HEADS.has(tokens[shop.last - 1]!.text) && !OWNED_PART_NOUNS.has(tokens[shop.last]?.lower ?? '')) || ownedAfterOwner(owner, tokens, mentions)), {});
}

/**
 * Whether a name follows a firm's 's ("Kappa Co.'s Hill's …"), so that its own 's opens no second owner. An office's title and a
 * people's noun are left to their own joins ("Ruritania's Prosecutor General's Office", "Ruritania's People's Bank").
 */
function ownedAfterOwner(owner: SentenceMention, tokens: readonly Token[], mentions: readonly SentenceMention[]): boolean {
  const last = tokens[owner.last - 1]!.text;
  // The earlier owner is a firm: a state's or a place's 's stands before a firm of its own ("Japan's Zenco's Zeta Optics unit": review rr90c).
  let end = owner.first - 1;
  while (tokens[end - 1]?.text === '.') end--;
  const earlier = mentions.find((m) => m.last === end);
  const earlierLast = earlier === undefined ? '' : tokens[earlier.last - 1]!.text;
  if (earlier === undefined || (earlier.type !== 'company' && !FIRM_LAST_WORDS.has(earlierLast) && !FIRM_LAST_WORDS.has(earlierLast.replace(/\.$/, '')))) return false;
  return isPossessive(tokens[owner.first - 1]) && !OFFICE_TITLE_ENDS.has(last) && !PEOPLE_OPENERS.has(last);
}

/**
 * Folds a name, its 's and the name right after it into one mention where `joins` says they are one name,
 * the later name's fields kept but for `as`.
 */
function joinAcrossPossessive(
  mentions: readonly SentenceMention[],
  tokens: readonly Token[],
  joins: (owner: SentenceMention, owned: SentenceMention) => boolean,
  as: Partial<SentenceMention>,
): SentenceMention[] {
  const out: SentenceMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const owner = mentions[i]!;
    const owned = mentions[i + 1];
    if (owned === undefined || !isPossessive(tokens[owner.last]) || owned.first !== owner.last + 1 || !joins(owner, owned)) {
      out.push(owner);
      continue;
    }
    const surface = surfaceOf(tokens, owner.first, owned.last);
    out.push(withChanges(owned, { first: owner.first, start: owner.start, surface, label: surface, key: keyOfName(surface), ...as }));
    i++;
  }
  return out;
}

/** Last words of an office's title: "Prosecutor General", "Prime Minister", "Governor". */
const OFFICE_TITLE_ENDS = new Set(['General', 'PM', 'President', 'Minister', 'Governor', 'Mayor', 'Chancellor', 'Comptroller', 'Premier', 'Secretary', 'Commissioner', 'Ombudsman', 'Treasurer', 'Auditor', 'Prosecutor', 'Counsel']);
/** The body an office runs: "the Prosecutor General's Office", "the PM's Dept". */
const OFFICE_BODIES = new Set(['Office', 'Department', 'Dept', 'Bureau', 'Secretariat', 'Cabinet', 'Chambers', 'Directorate']);

/**
 * "the Prosecutor General's Office", "the Prime Minister's Department": an office's title, its 's and
 * the body it runs are one government body, not an owner and its office (the tokenizer splits the 's,
 * so the title and the bare "Office" were two names and neither acted).
 */
export function joinOfficeBodies(mentions: readonly SentenceMention[], tokens: readonly Token[]): SentenceMention[] {
  return joinAcrossPossessive(
    mentions,
    tokens,
    (title, body) => (title.source === 'unknown' || title.type === 'person') && body.source === 'unknown' && body.last === body.first + 1 && OFFICE_BODIES.has(tokens[body.first]!.text) && OFFICE_TITLE_ENDS.has(tokens[title.last - 1]!.text),
    { type: 'government', source: 'rule' },
  );
}

/**
 * The other word of an office whose title holds "General": "Prosecutor General", "General Prosecutor", "Attorney General", "Auditor
 * General", "Solicitor General", "Inspector General".
 */
const GENERAL_OFFICE_WORDS: ReadonlySet<string> = new Set(['Prosecutor', 'Attorney', 'Auditor', 'Solicitor', 'Inspector', 'Procurator', 'Accountant', 'Comptroller', 'Surveyor', 'Registrar', 'Advocate']);

/** A state (no body of another) the lexicon knows by this entry. */
const isStateEntry = (entry: LexiconEntry | undefined): entry is LexiconEntry => entry?.type === 'government' && entry.partOf === undefined;

/**
 * "Russia's Prosecutor General's Office", "the Russian General Prosecutor's Office", "the Prosecutor General's Office of the Russian
 * Federation", "India's Attorney General's office": an office whose title holds "General", its 's and the body it runs are one
 * agency of the state named by a possessive or a demonym before it or by "of" after it, keyed by that state (one node for every
 * writing) and part of it. The body had been cut ("Prosecutor's Office", "Office of the Russian Federation"), dropped with its
 * title ("Attorney General's Office"), or left without its state. Without a state the office is still one body ("the Auditor
 * General's Office"). A person's title before a name ("Prosecutor General Igor Krasnov said") has no 's and body: left as it was.
 */
export function joinGeneralOffices(mentions: readonly SentenceMention[], tokens: readonly Token[], lexicon: Lexicon, learned: Map<string, LearnedName>): SentenceMention[] {
  let out: SentenceMention[] | undefined;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const body = tokens[i + 1]!;
    if (!isPossessive(tokens[i]) || !(OFFICE_BODIES.has(body.text) || body.text === 'office')) continue;
    // The title in two words ("Prosecutor General") or hyphenated in one ("Prosecutor-General").
    const hyphened = /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u.exec(tokens[i - 1]!.text);
    const [one, two] = hyphened ? [hyphened[1]!, hyphened[2]!] : [tokens[i - 2]?.text ?? '', tokens[i - 1]!.text];
    if (!((one === 'General' && GENERAL_OFFICE_WORDS.has(two)) || (two === 'General' && GENERAL_OFFICE_WORDS.has(one)))) continue;
    const title = hyphened ? i - 1 : i - 2;
    let first = title;
    let last = i + 2;
    // The state: a demonym right before the title ("the Russian …"), a state's possessive ("Russia's …"), or "of (the) Russia" after the body.
    const demonym = lexicon.stateOfDemonym(tokens[title - 1]?.text ?? '');
    const possessor = isPossessive(tokens[title - 1]) ? (out ?? mentions).find((m) => m.last === title - 1 && m.source === 'lexicon' && isStateEntry(lexicon.get(m.key))) : undefined;
    // "the Texas Attorney General's Office": a state's (or a member state's) office already found with its title is that body.
    const titled = (out ?? mentions).find((m) => m.first < title && m.last === i && m.type === 'government' && m.source === 'rule');
    const titledState = titled ? lexicon.get(learned.get(titled.surface)?.partOf ?? '') : undefined;
    let state: LexiconEntry | undefined;
    if (titled && titledState?.type === 'government') {
      state = titledState;
      first = titled.first;
    } else if (isStateEntry(demonym)) {
      state = demonym;
      first = title - 1;
    } else if (possessor) state = lexicon.get(possessor.key);
    else if (tokens[last]?.lower === 'of') {
      const at = tokens[last + 1]?.lower === 'the' ? last + 2 : last + 1;
      const match = lexicon.longestMatch(tokens.map((t) => t.text), at);
      if (match && isStateEntry(match.entry)) {
        state = match.entry;
        last = at + match.length;
      }
    }
    // "General Prosecutor's Office" is the "Prosecutor General's Office": one label and key for both orders.
    const label = `${one === 'General' ? two : one} General's ${body.text === 'office' ? 'Office' : body.text}`;
    // The office so found is that body, as government-mentions.ts reads it ("the Texas Attorney General", "… Attorney General's Office").
    const titledName = titled && state ? learned.get(titled.surface) : undefined;
    const name: LearnedName = titledName ?? (state ? { key: stateBodyKey(state.name, label), label, type: 'government', partOf: state.id } : (learned.get(label)?.type === 'government' ? learned.get(label)! : { key: keyOfName(label), label, type: 'government' }));
    const mention = mentionOver(tokens, first, last, name, 'rule');
    learned.set(mention.surface, name);
    // A later bare "the Prosecutor General's Office" is the same state's.
    if (state && !titledName && !learned.has(label)) learned.set(label, name);
    out ??= mentions.slice();
    const kept = out.filter((m) => m.last <= first || m.first >= last);
    kept.splice(kept.filter((m) => m.last <= first).length, 0, mention);
    out = kept;
    i = last - 1;
  }
  return out ?? (mentions as SentenceMention[]);
}

/** Collective nouns of people that open an institution's name before an 's: "the People's Bank", "the Workers' Party". */
const PEOPLE_OPENERS: ReadonlySet<string> = new Set(['People', 'Peoples', 'Workers', 'Farmers', 'Citizens', 'Merchants', 'Traders', 'Women', 'Children', 'Teachers', 'Veterans', 'Employees', 'Builders']);
/** Head words of the institutions such names go on to: "the People's Bank of Ruritania", "the Farmers' Bank". */
const PEOPLES_INSTITUTION_HEADS: ReadonlySet<string> = new Set(['Bank', 'Party', 'Army', 'Republic', 'Congress', 'Assembly', 'Council', 'Court', 'Daily', 'Insurance', 'Fund', 'Union', 'Front', 'Alliance', 'Hospital', 'University', 'Cooperative', 'Co-operative', 'Society', 'Trust', 'Building']);

/**
 * "the People's Bank of Ruritania", "the Farmers' Bank of Zembla": a collective noun of people, its 's and an institution's name
 * are one name (a fresh sample on banks: the name was cut to "Bank of Ruritania", and "People" read as its owner). Names a
 * rule or the lexicon typed stay apart; the joined name keeps the institution's type, or none, for the typer to decide.
 */
export function joinPeoplesInstitutions(mentions: readonly SentenceMention[], tokens: readonly Token[]): SentenceMention[] {
  let out: SentenceMention[] | undefined;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const owner = mentions[i]!;
    const body = mentions[i + 1]!;
    if (owner.source !== 'unknown' || owner.last !== owner.first + 1 || !PEOPLE_OPENERS.has(tokens[owner.first]!.text) || body.first !== owner.last + 1) continue;
    // "the People's Bank", and "the Farmers' Bank": the plural's bare apostrophe too.
    const mark = tokens[owner.last];
    if (!isPossessive(mark) && !(/^['’]$/.test(mark?.text ?? '') && owner.surface.endsWith('s'))) continue;
    if (body.source === 'lexicon' || !PEOPLES_INSTITUTION_HEADS.has(tokens[body.first]!.text)) continue;
    const surface = surfaceOf(tokens, owner.first, body.last);
    out ??= mentions.slice();
    out.splice(out.indexOf(owner), 2, withChanges(body, { first: owner.first, start: owner.start, surface, label: surface, key: keyOfName(surface) }));
  }
  return out ?? (mentions as SentenceMention[]);
}

/**
 * Words of praise that close a brand spelt with a common noun's 's: "Baker's Best", "Parent's Pick", "Nature's Own". A firm's
 * own possessive before a product's name keeps its owner ("Zenco's Zeta phone"), so the head must be one of these.
 */
const PRAISE_BRAND_HEADS: ReadonlySet<string> = new Set(['Best', 'Choice', 'Pick', 'Own', 'Pride', 'Finest', 'Bounty', 'Secret', 'Delight', 'Favorite', 'Favourite', 'Promise', 'Harvest', 'Select']);
/** Words that make such a name an award's ("a Parent's Choice Award", "the Chef's Pick award"), not a brand. */
const AWARD_WORDS: ReadonlySet<string> = new Set(['Award', 'Awards', 'Prize', 'Prizes', 'Medal', 'award', 'awards', 'prize', 'prizes', 'medal', 'list', 'ranking', 'rankings']);
/** Owners whose praise names an award or a ranking, not a brand: "Editor's Choice", "the World's Best", "People's Choice" (joined as an award). */
const NOT_BRAND_OWNERS: ReadonlySet<string> = new Set(['World', 'Year', 'Today', 'Nation', 'Country', 'City', 'Editor', 'Editors', 'Reader', 'Readers', 'Viewer', 'Viewers', 'People', 'Critic', 'Critics', 'Fan', 'Fans', 'Judge', 'Judges', 'Staff']);

/**
 * "Baker's Best Organic", "Parent's Pick": a single capitalised word of the dictionary, its 's and a name opening with a word of
 * praise are one brand, not an owner and what it owns (stop 91, from set 81: "Parent develops Pick", and a maker's brand cut
 * to "Best Organic"). A coined owner ("Zenco's Best") stays a possessive, as do names a rule or the lexicon typed, and an owner
 * that itself follows a name ("Zenco Baker's Best"). An award named so ("a Parent's Choice Award") is joined too, as no brand.
 */
export function joinPraiseBrands(mentions: readonly SentenceMention[], tokens: readonly Token[], isDictionaryWord: (lower: string) => boolean): SentenceMention[] {
  // A name right before the owner ("Zenco Baker's Best"); a sentence's opening article is none ("The Editor's Choice went to …").
  const nameBefore = (owner: SentenceMention): boolean => (tokens[owner.first - 1]?.capitalized ?? false) && !/^(?:The|A|An)$/.test(tokens[owner.first - 1]!.text);
  // The praise may be typed a product already by an apposition ("Baker's Best, a Zenco brand", review rf91): it is still the brand's.
  // A listed common noun ("Nature's Zeta", "Mother's Vexa", helper pos98) owns no brand whatever its head; another dictionary word
  // only before a word of praise.
  const ownerNoun = (owner: SentenceMention, brand: SentenceMention): boolean => COMMON_NOUN_BRAND_OWNERS.has(tokens[owner.first]!.text)
    ? !NOT_BRAND_AFTER_OWNER_NOUN.has(tokens[brand.first]!.text)
    : isDictionaryWord(tokens[owner.first]!.lower) && PRAISE_BRAND_HEADS.has(tokens[brand.first]!.text);
  const praised = (owner: SentenceMention, brand: SentenceMention): boolean => owner.source === 'unknown' && owner.last === owner.first + 1 && (brand.source === 'unknown' || (brand.source === 'rule' && brand.type === 'product')) &&
    /^['’]s$/.test(tokens[owner.last]!.text) && /^\p{Lu}\p{Ll}+$/u.test(tokens[owner.first]!.text) && ownerNoun(owner, brand) && !nameBefore(owner);
  const award = (owner: SentenceMention, brand: SentenceMention): boolean => NOT_BRAND_OWNERS.has(tokens[owner.first]!.text) || AWARD_WORDS.has(tokens[brand.last - 1]!.text) || AWARD_WORDS.has(tokens[brand.last]?.lower ?? '');
  // "a Parent's Choice Award", "the Editor's Choice": one name too, an award's or a ranking's, that neither makes nor is made (left a
  // possessive, "Editor's Choice" gave "Editor develops Choice", review rf91).
  const awards = joinAcrossPossessive(mentions, tokens, (owner, brand) => praised(owner, brand) && award(owner, brand), { type: 'organization', source: 'rule' });
  return joinAcrossPossessive(awards, tokens, (owner, brand) => praised(owner, brand) && !award(owner, brand), { type: 'product', source: 'rule' });
}
