import { POSSESSIVES, type Token } from '../text/tokens';
import type { SentenceMention } from './mention';
import { afterEnumerationCue } from './clause';
import { LICENCE_NOUNS } from './qualifying-names';
import { LOWER_WEEKDAYS } from './cue-words';
import { pastRate } from './duty-rates';
import { RELATIONS } from '../relation-registry';

/**
 * The words and phrase shapes of listings without an active clause (listing-relations.ts reads
 * them sentence by sentence, with the acts before): who lists or bans, what is listed, and where a
 * bare list, a membership, a passive or an act noun stands in a sentence's lower-cased words.
 * Pure functions of one sentence: no state across sentences.
 */

/** Verbs by which a body lists entities (an act). */
export const LISTING_VERBS = new Set(['identified', 'identifies', 'designated', 'designates', 'listed', 'lists', 'sanctioned', 'sanctions', 'added', 'adds', 'placed', 'places', 'blacklisted', 'blacklists', 'targeted', 'targets']);
/** Listing verbs in the progressive: "is sanctioning four firms", "are designating". */
export const LISTING_PROGRESSIVES: ReadonlySet<string> = new Set(['sanctioning', 'designating', 'blacklisting', 'targeting']);
/** Nouns of a listing act: "the addition of the following entities", "the designation of". */
export const LISTING_ACT_NOUNS = new Set(['addition', 'additions', 'designation', 'designations']);
/** Nouns a bare list opens with ("The entities ... are"). */
export const LISTED_NOUNS = new Set([
  'entities', 'companies', 'firms', 'organizations', 'organisations', 'persons', 'parties', 'targets',
  // The kinds of firm a sanctions release lists: "The sanctioned banks are A and B", "The designated lenders include A".
  'banks', 'lenders', 'institutions', 'businesses', 'groups', 'suppliers', 'manufacturers', 'makers', 'producers', 'chipmakers',
  'exporters', 'operators', 'subsidiaries', 'affiliates', 'refiners', 'refineries', 'airlines', 'traders', 'insurers', 'carriers',
  // "Among the latest names are A and B" (stop 49's readers).
  'names', 'additions',
  // "The designees include A, B and C" after the listing act (stop 73's controls readers).
  'designees', 'listees',
]);
/** Verbs that impose sanctions named as a noun ("imposed new sanctions"), and the nouns. */
export const SANCTION_ACTS = new Set(['imposed', 'imposes', 'announced', 'announces', 'unveiled', 'unveils', 'issued', 'issues', 'slapped', 'levied', 'introduced', 'adopted', 'expanded', 'tightened', 'approved', 'approves',
  // Helper lvy93: "The agency set final duties on Tuesday", "finalized anti-dumping duties" ("is set to impose" is a plan: listing-relations.ts).
  'set', 'sets', 'finalized', 'finalised', 'finalizes', 'finalises', 'reimposed', 'reimposes']);
/**
 * "package": a state's or a union's package of sanctions, as its members call it ("The Council adopted its 14th package", stop 56's readers);
 * "penalties": "imposed trade penalties on four firms. The four are …" (stop 60's controls readers).
 */
export const SANCTION_NOUNS = new Set(['sanctions', 'restrictions', 'controls', 'embargo', 'designations', 'curbs', 'package', 'penalties',
  // A state's trade measures on counted firms, whose names follow: "imposed duties on three carmakers. They are A, B and C" (helper tar89).
  'tariffs', 'duties', 'levies', 'surtaxes', 'quotas']);
/** Nouns for the list itself. */
export const LIST_NOUNS = new Set(['list', 'blacklist', 'denylist']);
/** Words before the list's noun that make it a restriction list ("Entity List", "trade list", "sanctions list"). */
export const RESTRICTION_LIST = new Set(['entity', 'trade', 'sanctions', 'export', 'covered', 'restricted', 'control', 'unverified', 'denied']);
/** Words that continue a listing act in the next sentence: "Among them are …", "They include …". */
export const AMONG_OPENERS = new Set(['among them', 'among those', 'among these', 'they include', 'they included', 'these include', 'these included', 'those include', 'those included', 'they are', 'they were', 'these are', 'these were']);
/** What may follow a member of a list. */
export const LIST_ENDS = new Set([',', ';', 'and', 'or', '.', ')', '(']);
/** Auxiliaries that may follow a list's last member: "… and C were added". */
export const LIST_VERBS_AFTER = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'ended', 'landed', 'appears', 'appeared']);
/** Names a listing lists and nothing else types are firms ("The entities added include Hefei Photonics"). */
export const LISTED_TYPE = 'company';
/** Words after which a new clause starts: a membership's members stand after the last of them. */
export const CLAUSE_BOUNDARY = new Set(['said', 'says', 'say', 'that', 'reported', 'announced', 'noted', 'while', 'after', 'because', 'when', 'since', 'although', 'but']);
/** Verbs of a ban act over things counted, not named ("India banned 59 apps"). */
export const BAN_VERBS = new Set(['banned', 'bans', 'blocked', 'blocks', 'barred', 'bars', 'prohibited', 'prohibits', 'outlawed', 'suspended',
  // Stop 71's last samples: a state's other acts over things it counted, whose names the next sentence lists ("revoked the licences of
  // seven payment firms. The firms are …", "shut down eight money-transfer firms. The affected companies include …"; 63 claims in three
  // samples). A government must act (noteBanAct's issuer).
  'revoked', 'revokes', 'shut', 'shuts', 'closed', 'closes', 'cancelled', 'canceled', 'cancels', 'withdrew', 'withdraws', 'delisted', 'delists']);
/** Nouns of the same act: "Nepal announced a ban on 26 platforms", "ordered a block on social media", "ordered the closure of five outlets". */
export const BAN_NOUNS = new Set(['ban', 'block', 'blocking', 'blockade', 'shutdown', 'prohibition', 'suspension', 'closure']);
/**
 * Nouns of taking things down that ban what they count only with "of" ("ordered the removal of 20 apps from app stores"; stop 82's
 * fresh samples): not act nouns elsewhere, where "the removal of its chief" is no ban. A government must act (noteBanAct's issuer).
 */
export const COUNTED_REMOVALS: ReadonlySet<string> = new Set(['removal', 'takedown', 'deletion']);
/** What a ban act counts, and a bare list of banned things opens with ("The banned apps include …"). */
export const BANNED_NOUNS = new Set(['apps', 'applications', 'services', 'platforms', 'websites', 'sites', 'products', 'tools', 'chatbots', 'models', 'games', 'media', 'networks', 'outlets', 'resources', 'channels', 'portals', 'stations', 'broadcasters', 'newspapers', 'publications',
  // Stop 51, from stop 50's readers: "Among the banned titles are A and B", "The banned brands include A".
  'titles', 'brands', 'devices', 'drugs', 'medicines', 'books', 'films', 'movies',
  // … and groups banned by count ("Zembla banned 37 aid groups. The decision affects A, B and C").
  'groups', 'organisations', 'organizations', 'charities', 'ngos', 'associations', 'parties', 'accounts',
  // Stop 53's readers: firms a platform bans by count ("Zenco banned seven surveillance vendors from its services. The firms included A, B and C").
  'vendors', 'firms', 'companies', 'developers', 'sellers',
  // Stop 71's last samples: payment and transfer firms a central bank counted ("seven payment service providers", "eight operators").
  'providers', 'operators', 'exchanges', 'lenders', 'businesses',
  // Stop 72's thirteenth set: a court's blocked addresses ("Among the blocked domains are A, B and C").
  'domains', 'urls', 'addresses', 'blogs', 'forums',
  // Stop 73, from stop 72's last samples: licensed firms a regulator counted ("revoked the licences of three banks. The banks are …").
  'banks', 'insurers', 'institutions', 'brokers', 'brokerages', 'dealers', 'carriers', 'telcos', 'licensees']);

/** Named lists whose members are banned, not restricted (real-dev "Annotation rules": the FCC's Covered List bars equipment authorization; a ban list or a blocked list says so itself). */
// Stop 50's readers: a drug or food agency's import alert and red list stop a firm's goods at the border.
export const BAN_LISTS: ReadonlySet<string> = new Set(['covered list', 'ban list', 'banned list', 'blocked list', 'block list', 'prohibited list', 'import alert', 'red list']);
/** Verbs by which a named list states its contents. */
export const CONTAINS = new Set(['includes', 'include', 'included', 'contains', 'comprises', 'covers']);

export const MAY_BE_LISTED = new Set(['company', 'organization', 'product', 'model']);


/**
 * "the list of undesirable organisations", "its register of extremist organisations": a list or register at `list` whose members'
 * work the state outlaws (the registry's outlawing designations), which bans them; an Entity List or a blacklist only restricts
 * (helper agn, from readers of real news).
 */
export function outlawingListAt(words: readonly string[], list: number): boolean {
  if (!/^(?:list|lists|register|registry|registers)$/.test(words[list] ?? '') || words[list + 1] !== 'of') return false;
  const outlawing: readonly string[] = RELATIONS.restricts.designations.outlawing;
  return words.slice(list + 2, list + 5).some((w) => outlawing.includes(w));
}

/** Verbs that undo an act: "lifted its ban on 59 apps", "eased sanctions on 20 firms", "revoked its sanctions", "removed 20 firms from the list". */
export const LIFTS: ReadonlySet<string> = new Set(['lifted', 'lifts', 'lift', 'lifting', 'eased', 'eases', 'ease', 'easing', 'relaxed', 'relaxes', 'revoked', 'revokes', 'overturned', 'overturns', 'scrapped', 'scraps', 'repealed', 'repeals', 'rescinded', 'rescinds', 'removed', 'removes', 'removing', 'reversed', 'reverses', 'dropped', 'drops', 'ended', 'ends', 'unblocked', 'delisted', 'cancelled', 'canceled', 'cancels', 'withdrew', 'withdraws', 'suspended', 'suspends']);
/** Words that may stand between an undoing verb and the act's word: "lifted its temporary ban", "eased US export curbs on", "removed 20 firms from the". */
const LIFT_GAP = /^(?:its|their|the|a|an|all|some|most|many|several|existing|earlier|previous|former|temporary|partial|blanket|nationwide|new|recent|export|trade|us|eu|\d+|two|three|four|five|six|seven|eight|nine|ten|firms|companies|entities|apps|from)$/;
/** Words that end the object an undoing verb may hold before the act's word: a clause's edge, or a word of another act. */
const UNDO_GAP_STOPS: ReadonlySet<string> = new Set(['opposition', 'objection', 'objections', 'resistance', ',', ';', 'and', 'but', 'or', 'then', 'while', 'which', 'that', 'who', 'on', 'against', 'after', 'before', 'because', 'when', 'since', 'as']);
/** Act nouns an undoing verb may take as its object: "revoked its sanctions", "cancelled the ban". */
const UNDONE_ACTS: ReadonlySet<string> = new Set(['blacklist', 'blocklist', 'list', 'decision', 'ban', 'bans', 'block', 'blocks', 'sanctions', 'restrictions', 'curbs', 'controls', 'embargo', 'exemptions', 'suspension', 'prohibition', 'blacklisting', 'designation', 'designations', 'listing', 'listings']);

/**
 * Whether the act's word at `k` is undone, not done (reviews of stop 80's rounds): an undoing verb stands before it with only a
 * determiner, a qualifier or a count between ("lifted its ban on 59 apps", "removed 20 firms from the sanctions list"), or the
 * word is itself an undoing verb whose object is an act ("revoked its sanctions on 20 firms"; "revoked the licences of" still acts).
 */
export function isUndoneAct(words: readonly string[], k: number): boolean {
  // Any describing words may stand between ("lifted long-standing sanctions", "ended Russia-related sanctions", "reversed its
  // decision to block"), but no clause's edge or name (review of stop 80's third round).
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    if (LIFTS.has(words[j]!)) return true;
    if (UNDO_GAP_STOPS.has(words[j]!) || (!/^[a-z\d][a-z\d.-]*$/.test(words[j]!) && !/^(?:-|'s|’s)$/.test(words[j]!))) break;
  }
  if (!LIFTS.has(words[k]!)) return false;
  for (let j = k + 1; j < k + 4 && j < words.length; j++) {
    if (UNDONE_ACTS.has(words[j]!)) return true;
    if (!LIFT_GAP.test(words[j]!)) return false;
  }
  return false;
}

/** Nouns of parties an act may count or a list may name: firms and people, not things. */
const PARTY_NOUNS: ReadonlySet<string> = new Set(['companies', 'firms', 'businesses', 'entities', 'banks', 'insurers', 'brokerages', 'dealers', 'vendors', 'developers', 'sellers', 'groups', 'organisations', 'organizations', 'charities', 'ngos', 'associations', 'parties', 'individuals', 'persons', 'institutions', 'licensees', 'suppliers', 'manufacturers', 'makers', 'producers', 'chipmakers', 'exporters', 'subsidiaries', 'affiliates', 'airlines', 'traders', 'carriers', 'telcos']);
/** Nouns of things an act may count or a list may name: apps, sites, media. */
const THING_NOUNS: ReadonlySet<string> = new Set(['apps', 'applications', 'services', 'platforms', 'websites', 'sites', 'products', 'tools', 'chatbots', 'models', 'games', 'media', 'networks', 'outlets', 'resources', 'channels', 'portals', 'stations', 'broadcasters', 'newspapers', 'publications', 'titles', 'brands', 'devices', 'drugs', 'medicines', 'books', 'films', 'movies', 'accounts', 'domains', 'urls', 'addresses', 'blogs', 'forums']);

/** Whether `noun` after the possessive of `possessor` names the things' parties, not the things: "the apps' developers", "the sites' publishers". */
export function namesThingsParties(possessor: string, noun: string): boolean {
  return THING_NOUNS.has(possessor) && (PARTY_NOUNS.has(noun) || noun === 'publishers');
}

/** The kinds an act over things counted counted: things ("59 apps"), parties ("20 firms"), or both ("40 apps and 3 firms"). */
export interface CountedKinds { things: boolean; parties: boolean }

/** The kinds counted in the eight words after the act's word at `k`. */
export function countedKinds(words: readonly string[], k: number): CountedKinds {
  const kinds = { things: false, parties: false };
  // The head noun counted, and nouns coordinated with it ("40 apps and 3 firms"); not "apps developed by Chinese firms".
  for (let j = k + 1; j < k + 9 && j < words.length; j++) {
    const w = words[j]!;
    if (THING_NOUNS.has(w)) kinds.things = true;
    else if (PARTY_NOUNS.has(w)) kinds.parties = true;
    else continue;
    if (words[j + 1] !== 'and' && words[j + 1] !== 'or') break;
  }
  return kinds;
}

/** Whether a later list's noun names the other kind than the act counted: "India banned 59 apps. … among the affected companies". */
export function clashesWithCounted(noun: string, counted: CountedKinds | undefined): boolean {
  if (!counted) return false;
  if (PARTY_NOUNS.has(noun)) return counted.things && !counted.parties;
  if (THING_NOUNS.has(noun)) return counted.parties && !counted.things;
  return false;
}

/**
 * The first ban verb or noun with a counted noun within eight words after it and no name within five: "banned staff from using several apps", "a ban on 26 platforms"; -1 when none.
 * The listing reader runs it only where the sentence holds one of its words (listing-words.ts): without one it must find nothing.
 */
export function banVerbOverCounted(words: readonly string[], mentions: readonly SentenceMention[]): number {
  for (let k = 0; k < words.length; k++) {
    // Every ban verb or noun starts with b, c, o, p or s: most words are passed on their first letter.
    const removal = COUNTED_REMOVALS.has(words[k]!) && words[k + 1] === 'of';
    if (!mayBeBanWord(words[k]!.charCodeAt(0)) || !(BAN_VERBS.has(words[k]!) || BAN_NOUNS.has(words[k]!) || removal) || isUndoneAct(words, k)) continue;
    let counted = -1;
    for (let j = k + 1; j < k + 9 && j < words.length && counted < 0; j++) if (BANNED_NOUNS.has(words[j]!)) counted = j;
    // "banned 40 games, including Zeta": examples after the count leave the rest to be named later (stop 60's bans readers).
    const examples = counted > 0 && /^(?:including|like|such)$/.test(words[counted + (words[counted + 1] === ',' ? 2 : 1)] ?? '');
    if (removal && counted > 0 && !headsRemoval(words, k + 2, counted)) continue;
    if (counted > 0 && !mentions.some((m) => m.first > k && m.first <= k + 5 && (!examples || m.first < counted))) return k;
  }
  return -1;
}

/** Words that put the counted noun under another head of a removal's "of" phrase: "the removal of posts from 20 apps", "of data held by 12 apps". */
const REMOVAL_NOT_HEADS: ReadonlySet<string> = new Set(['from', 'on', 'for', 'by', 'in', 'at', 'of', 'about', 'with', 'across', 'held', 'kept', 'stored', 'posted', 'hosted', 'published', 'run']);

/**
 * Whether the counted noun at `counted` heads the removal's "of" phrase opening at `from`: "the removal of 20 apps", not "the removal of
 * content from 20 apps" or "of 20 apps' user reviews" (the review of stop 82: those remove what the apps hold, not the apps).
 */
function headsRemoval(words: readonly string[], from: number, counted: number): boolean {
  const after = words[counted + 1] ?? '';
  if (after === "'" || after === '’' || POSSESSIVES.has(after)) return false;
  for (let j = from; j < counted; j++) if (REMOVAL_NOT_HEADS.has(words[j]!)) return false;
  return true;
}

/** Verbs and nouns of an order (stopOrderOverCounted): "ordered five platforms to stop operating", "issued orders to four apps". */
export const STOP_ORDERS: ReadonlySet<string> = new Set(['ordered', 'orders', 'directed', 'directs', 'instructed', 'instructs', 'told', 'tells', 'order', 'directive', 'directives', 'notices']);
/** Words before an order's noun that make it a ban by themselves: "issued takedown orders to four apps". */
const BANNING_ORDERS: ReadonlySet<string> = new Set(['takedown', 'closure', 'shutdown', 'blocking', 'suspension', 'removal', 'cease-and-desist']);
/** Verbs of stopping what an order tells the counted things to do: "to stop operating", "to cease operations", "to shut down". */
const STOP_VERBS: ReadonlySet<string> = new Set(['stop', 'cease', 'halt', 'suspend', 'discontinue', 'shut', 'close', 'end']);
/** What the counted things are told to stop: their whole business, not one practice ("to stop showing ads" bans nothing). */
const STOPPED_BUSINESS: ReadonlySet<string> = new Set(['operating', 'operations', 'operation', 'services', 'service', 'business', 'businesses', 'broadcasting', 'broadcasts', 'transmissions', 'trading', 'activities', 'activity', 'functioning', 'down', 'immediately']);
/** Words before the business that leave it whole: "to suspend their operations", "to cease all services" (not "to stop their debt collection"). */
const WHOLE_BUSINESS_OPENERS: ReadonlySet<string> = new Set(['their', 'its', 'all']);

/** Participles of a block an order asks for: "ordered eight apps to be blocked". */
const BLOCKED_PARTICIPLES: ReadonlySet<string> = new Set(['blocked', 'banned', 'shut', 'closed', 'suspended', 'removed', 'delisted']);
/** What firms are told to halt that a control stops: "told four chipmakers to halt shipments to China". */
const HALTED_TRADE: ReadonlySet<string> = new Set(['shipments', 'exports', 'sales', 'supplies', 'deliveries', 'shipping', 'exporting', 'selling', 'supplying']);

/** The counted noun (one of `nouns`) within six words after the order's word at `k`, with no name between them; -1 when none. */
function countedAfterOrder(k: number, words: readonly string[], mentions: readonly SentenceMention[], nouns: ReadonlySet<string>): number {
  let counted = -1;
  for (let j = k + 1; j < k + 7 && j < words.length && counted < 0; j++) if (nouns.has(words[j]!)) counted = j;
  return counted < 0 || mentions.some((m) => m.first > k && m.first < counted) ? -1 : counted;
}

/**
 * An order to firms counted, not named, to halt their trade: "The Commerce Department told four chipmakers to halt shipments to
 * China" (stop 79's review: the next sentence names them, "The chipmakers include A and B"). A control of each, as a listing is:
 * the index of the order's word, or -1.
 */
export function tradeHaltOverCounted(words: readonly string[], mentions: readonly SentenceMention[]): number {
  for (let k = 1; k < words.length; k++) {
    const counted = STOP_ORDERS.has(words[k]!) ? countedAfterOrder(k, words, mentions, LISTED_NOUNS) : -1;
    if (counted < 0) continue;
    for (let j = counted + 1; j < counted + 6 && j < words.length; j++) {
      if (words[j] === 'to' && STOP_VERBS.has(words[j + 1] ?? '') && HALTED_TRADE.has(words[j + 2] ?? '')) return k;
    }
  }
  return -1;
}

/**
 * An order over things counted, not named, to stop their business: "ordered five video platforms to stop operating", "directed
 * 12 providers to cease operations", "issued takedown orders to four apps" (stop 78's fresh samples: the next sentence names them,
 * "The affected platforms include A, B and C"). The index of the order's word, or -1. A stop verb counts when its business
 * follows, or the clause ends ("to shut down", "to close."); "told three apps to stop showing ads" orders no ban.
 */
export function stopOrderOverCounted(words: readonly string[], mentions: readonly SentenceMention[]): number {
  for (let k = 1; k < words.length; k++) {
    const counted = STOP_ORDERS.has(words[k]!) ? countedAfterOrder(k, words, mentions, BANNED_NOUNS) : -1;
    if (counted < 0) continue;
    if (BANNING_ORDERS.has(words[k - 1]!) && words[k + 1] === 'to') return k;
    for (let j = counted + 1; j < counted + 8 && j < words.length; j++) {
      // "ordered eight apps to be blocked" (stop 79's review).
      if (words[j] === 'to' && words[j + 1] === 'be' && BLOCKED_PARTICIPLES.has(words[j + 2] ?? '')) return k;
      if (words[j] !== 'to' || !STOP_VERBS.has(words[j + 1] ?? '')) continue;
      const next = words[j + 2] ?? '.';
      const business = WHOLE_BUSINESS_OPENERS.has(next) ? words[j + 3] ?? '' : next;
      if (STOPPED_BUSINESS.has(business) || /^[.,;]$/.test(next)) return k;
    }
  }
  return -1;
}

/** "published a blacklist of 30 gambling websites": a blacklist of things counted, not named, is a ban over them; the index of its noun, or -1. */
export function blacklistOfCounted(words: readonly string[], mentions: readonly SentenceMention[]): number {
  for (let k = 1; k < words.length - 2; k++) {
    // "drew up a list of betting sites for internet providers to block" (stop 80's fresh samples): a plain list is a blacklist
    // when what it is for is to block or ban its things.
    const blocking = words[k] === 'list' && listToBlock(words, k);
    if ((words[k] !== 'blacklist' && words[k] !== 'denylist' && !blocking) || words[k + 1] !== 'of' || isUndoneAct(words, k)) continue;
    for (let j = k + 2; j < k + 6 && j < words.length; j++) {
      if (BANNED_NOUNS.has(words[j]!)) return mentions.some((m) => m.first > k && m.first < j) ? -1 : k;
    }
  }
  return -1;
}

/** Words before a list that make it asked for, planned, refused or denied rather than drawn up. */
const LIST_NOT_DRAWN: ReadonlySet<string> = new Set(['urged', 'urges', 'urge', 'asked', 'asks', 'ask', 'called', 'calls', 'wants', 'want', 'plans', 'plan', 'proposed', 'proposes', 'refused', 'refuses', 'rejected', 'rejects', 'denied', 'denies', 'sought', 'seeks', 'demanded', 'demands', 'would', 'could', 'may', 'might', 'will', 'not']);

/** Whether "to block" or "to ban" closes the list's phrase within ten words after its noun at `k`, before any clause's edge. */
function listToBlock(words: readonly string[], k: number): boolean {
  // "urged the regulator to draw up a list …", "refused to draw up a list …": a list asked for, refused or denied is no act.
  if (words.slice(0, k).some((w) => LIST_NOT_DRAWN.has(w))) return false;
  for (let j = k + 2; j < k + 12 && j < words.length; j++) {
    if (words[j] === ',' || words[j] === ';' || words[j] === '.') return false;
    if (words[j] === 'to' && /^(?:block|ban|bar|blacklist)$/.test(words[j + 1] ?? '')) return true;
  }
  return false;
}

/** A token that is one of BAN_VERBS or BAN_NOUNS; the first letter is checked before anything is lower-cased. */
export function isBanVerb(t: Token): boolean {
  return mayBeBanWord(t.text.charCodeAt(0) | 32) && (BAN_VERBS.has(t.lower) || BAN_NOUNS.has(t.lower));
}

/** Whether a lower-case first letter (char code) may start a word of BAN_VERBS, BAN_NOUNS or COUNTED_REMOVALS: b, c, d, o, p, r, s, t or w. */
function mayBeBanWord(first: number): boolean {
  return first === 98 || first === 99 || first === 100 || first === 111 || first === 112 || first === 114 || first === 115 || first === 116 || first === 119;
}

/** Verbs of changing a list, before "to include" its new members (stop 60). */
const LIST_UPDATES = new Set(['updated', 'expanded', 'amended', 'revised', 'widened', 'extended', 'broadened', 'enlarged', 'updates', 'expands', 'amends', 'revises', 'widens', 'extends']);
/** What the change is for: "to include A", "to cover A", "to add A". */
const INCLUDE_INFINITIVES = new Set(['include', 'cover', 'add']);

/**
 * "The EU sanctions list (now) includes A", "China's unreliable entity list also contains A": where a
 * restriction (or ban) list owned by the state named just before it states its members, or undefined.
 * The listing reader runs it only where the sentence holds one of its words (listing-words.ts): without one it must find nothing.
 */
export function ownedListAt(words: readonly string[], mentions: readonly SentenceMention[]): { owner: SentenceMention; relation: 'banned' | 'restricts'; list: number; verb: number } | undefined {
  for (let k = 2; k < words.length; k++) {
    if (!LIST_NOUNS.has(words[k]!)) continue;
    // "Ruritania updated its export control list to include A and B", "expanded its blacklist to cover A": the owner changed the list to hold them.
    const update = words[k + 1] === 'to' && INCLUDE_INFINITIVES.has(words[k + 2] ?? '') ? words.slice(Math.max(0, k - 5), k).findIndex((w) => LIST_UPDATES.has(w)) : -1;
    const updatedAt = update < 0 ? -1 : Math.max(0, k - 5) + update;
    const restriction = RESTRICTION_LIST.has(words[k - 1]!) || (updatedAt >= 0 && words[k] !== 'list');
    if (!restriction && !BAN_LISTS.has(`${words[k - 1]} ${words[k]}`)) continue;
    let verb = updatedAt >= 0 ? k + 2 : k + 1;
    while (/^(?:also|now|currently|still|already)$/.test(words[verb] ?? '')) verb++;
    if (!CONTAINS.has(words[verb] ?? '') && updatedAt < 0) continue;
    const owner = updatedAt >= 0
      ? mentions.find((m) => m.type === 'government' && m.last >= updatedAt - 3 && m.last <= updatedAt)
      : mentions.find((m) => m.type === 'government' && m.last >= k - 4 && m.last <= k - 1);
    if (!owner || mentions.some((m) => m !== owner && m.first < verb && m.type === 'government')) return undefined;
    return { owner, relation: BAN_LISTS.has(`${words[k - 1]} ${words[k]}`) ? 'banned' : 'restricts', list: k, verb };
  }
  return undefined;
}

/**
 * Trade measures that may open a clause naming whom they fall on: "The new levies will hit A (20 %)", "The duties apply to A and B"
 * (helper lvy93). They restrict only; their actor must be in the same paragraph (listing-relations.ts), and "hit" or "affect" names a
 * member only with its rate ("hit A (20 %)"): "the tariffs hit Zenco hard" tells a harm, not whom the measure falls on.
 */
export const TRADE_MEASURE_SUBJECTS: ReadonlySet<string> = new Set(['tariff', 'tariffs', 'duty', 'duties', 'levy', 'levies', 'surtaxes']);

/** Nouns for a ban or a restriction that may be a clause's subject: "The ban …", "The move …". */
const ACT_SUBJECT_NOUNS = new Set(['ban', 'bans', 'block', 'blocking', 'blockade', 'shutdown', 'prohibition', 'suspension', 'order', 'move', 'measure', 'measures', 'restriction', 'restrictions', 'crackdown', 'directive', 'decision', 'sanction', 'sanctions', 'designation', 'designations', 'listings', 'controls', 'curbs', 'package',
  // Stop 51, from stop 50's readers: a treasury's "Today's action targets A", "The action took aim at A", "The penalties hit A".
  'action', 'actions', 'step', 'penalties', 'listing', 'blacklisting',
  // … and, right after the act, the rule or change that made it ("This change aims to curb the activities of A").
  'change', 'rule', 'rules', 'regulation', 'regulations',
  // Stop 82's fresh samples: a licence's end or a court's word named after the act ("The cancellation concerns A, B and C", "The ruling covers A").
  'cancellation', 'cancellations', 'revocation', 'revocations', 'ruling', 'removal',
  // Helper lvy93, set 87's timber and set 88's apparel readers: a trade measure set in the sentence before, then whom it falls on
  // ("The agency set final duties. The new levies will hit A (20 %), B (18 %) and C").
  ...TRADE_MEASURE_SUBJECTS]);
/** Of those, the ones that name a restriction short of a ban ("Ruritania's restrictions cover A", "The sanctions target A"). */
// Stop 49: "The curbs hit A"; "The EU adopted its 14th sanctions package. The package lists A".
export const RESTRICTION_NOUNS = new Set(['restriction', 'restrictions', 'measure', 'measures', 'sanction', 'sanctions', 'designation', 'designations', 'listings', 'controls', 'curbs', 'package', 'penalties', 'listing', 'blacklisting', ...TRADE_MEASURE_SUBJECTS]);
/** Verbs by which such a subject names what it hits: "covers A", "affected A", "applies to A". */
const ACT_REACH_VERBS = new Set(['cover', 'covers', 'covered', 'target', 'targets', 'targeted', 'include', 'includes', 'included', 'affect', 'affects', 'affected', 'hit', 'hits', 'block', 'blocks', 'blocked', 'bar', 'bars', 'barred', 'apply', 'applies', 'applied', 'extend', 'extends', 'extended', 'encompass', 'encompasses', 'encompassed', 'span', 'spans', 'spanned', 'ban', 'bans', 'banned', 'designate', 'designates', 'designated', 'name', 'names', 'imposed', 'placed', 'slapped', 'levied', 'concern', 'concerns', 'involve', 'involves', 'aimed', 'directed',
  // Stop 47's readers: "The new Ruritanian restrictions have also impacted A, B and C", "the sanctions ensnared A".
  'impact', 'impacts', 'impacted', 'ensnare', 'ensnares', 'ensnared',
  // Stop 49: "The package lists A and B". Stop 66's first bans sample: "The order mentions A, B and C by name", "… specifies A".
  'list', 'lists', 'listed', 'mention', 'mentions', 'mentioned', 'specify', 'specifies', 'specified',
  // Stop 51: "The action took aim at A" (only with "at" and a name right after it, as "aimed").
  'aim']);
/**
 * Verbs of what an act did to others than its object: "the ban on Zeta Cola hit Zenco", "… cost Zenco $2bn", "… forced Zenco to
 * close plants". After an act noun that names its object ("on Zeta Cola"), the verb's object suffered the act, it is not under it;
 * the damage verbs end the search for a reach verb after any act noun (helper prc89).
 */
const EFFECT_VERBS = new Set(['hit', 'hits', 'affect', 'affects', 'affected', 'impact', 'impacts', 'impacted']);
const DAMAGE_VERBS = new Set(['hurt', 'hurts', 'cost', 'costs', 'weighed', 'weighs', 'forced', 'forces', 'prompted', 'prompts', 'dented', 'dents', 'hammered', 'battered', 'squeezed', 'slashed', 'wiped', 'erased', 'crushed', 'crippled', 'benefited', 'benefits', 'helped', 'helps', 'boosted', 'boosts', 'angered', 'angers', 'sparked', 'sparks', 'drove', 'drives', 'pushed', 'pushes', 'sent', 'sends']);
/** Ban nouns that a trade flow or a state's adjective before them may give goods to: "import ban", "Zemblan oil embargo". */
const GOODS_BAN_NOUNS: ReadonlySet<string> = new Set(['ban', 'bans', 'embargo', 'embargoes', 'prohibition', 'prohibitions']);
const TRADE_FLOW_WORDS: ReadonlySet<string> = new Set(['import', 'imports', 'export', 'exports', 'trade', 'oil', 'gas', 'coal', 'steel']);
/** Prepositions by which an act noun names its object: "the ban on Zeta", "sanctions against Zenco". */
const ACT_OBJECT_PREPOSITIONS = new Set(['on', 'against', 'of']);

/** Verbs of an act's purpose, and the acts they aim at: "aims to curb A", "seeks to block A". */
const PURPOSE_VERBS = new Set(['aims', 'aim', 'aimed', 'seeks', 'seek', 'sought', 'intends', 'intended']);
const PURPOSE_ACTS = new Set(['curb', 'restrict', 'block', 'ban', 'target', 'stop', 'halt', 'limit', 'cut', 'end', 'suspend', 'bar', 'choke', 'cripple', 'shut']);
/** Act nouns whose reporting body is their author ("The sanctions target A, the Treasury said"); "the move", "the decision" may be anyone's. */
const REPORTED_NOUNS = new Set(['ban', 'bans', 'prohibition', 'restrictions', 'sanctions', 'designations', 'controls']);
/** Reporting verbs after a body that announces an act. */
const REPORTED_BY = new Set(['said', 'says', 'announced', 'announces', 'stated', 'states', 'confirmed', 'confirms', 'added']);

/** A government body opening the sentence with its reporting verb: "The Treasury said (that) …". */
export function leadingReporter(words: readonly string[], mentions: readonly SentenceMention[]): SentenceMention | undefined {
  const m = mentions.find((m) => m.type === 'government' && (m.first === 0 || (m.first === 1 && words[0] === 'the')));
  // A mention's `last` is the index after its final word.
  return m && REPORTED_BY.has(words[m.last] ?? '') ? m : undefined;
}

/** A government body reporting after a comma past `from`: "…, the Treasury said". */
export function trailingReporter(words: readonly string[], mentions: readonly SentenceMention[], from: number): SentenceMention | undefined {
  const m = mentions.find((m) => m.type === 'government' && m.first > from && (words[m.first - 1] === ',' || (words[m.first - 1] === 'the' && words[m.first - 2] === ',')));
  if (m && REPORTED_BY.has(words[m.last] ?? '')) return m;
  // "The sanctions target A, according to the Treasury Department".
  return mentions.find((m) => {
    if (m.type !== 'government' || m.first <= from) return false;
    const to = words[m.first - 1] === 'the' ? m.first - 2 : m.first - 1;
    return words[to] === 'to' && words[to - 1] === 'according' && words[to - 2] === ',';
  });
}

/** Plural act nouns that open a clause without an article: "Sanctions were imposed on A". */
const BARE_ACT_NOUNS = new Set(['sanctions', 'restrictions', 'bans', 'controls', 'measures', 'designations', 'curbs']);
/** Whether a plural act noun, after at most two modifiers, opens the clause at `k` ("Fresh sanctions", "New export controls"). */
function bareActNounAt(words: readonly string[], k: number): boolean {
  for (let j = k; j < k + 3; j++) {
    if (BARE_ACT_NOUNS.has(words[j] ?? '')) return true;
    if (!/^[a-z][a-z-]*$/.test(words[j] ?? '')) return false;
  }
  return false;
}

/** Words before a state's name or adjective in an act's subject: "the new US sanctions", "the latest Ruritanian curbs". */
const STATE_ACT_MODIFIERS = new Set(['new', 'latest', 'fresh', 'recent', 'additional', 'expanded', 'sweeping', 'tougher', 'stricter', 'updated']);

/** Participles by which a measure is laid on its members: "will be applied to A", "will be imposed on A". */
const MEASURE_LAID: ReadonlySet<string> = new Set(['applied', 'imposed', 'levied']);

/** "tariff of 35 %", "new duty of up to 20 %" at `at` (up to two modifiers first): the trade measure's index when a rate follows it. */
function ratedMeasureAt(words: readonly string[], at: number): number | undefined {
  for (let j = at; j < at + 3 && /^[a-z][a-z-]*$/.test(words[j] ?? ''); j++) {
    if (TRADE_MEASURE_SUBJECTS.has(words[j]!)) return pastRate(words, j + 1) > j + 1 ? j : undefined;
  }
  return undefined;
}

/** Days whose acts a possessive names: "Monday's sanctions". */
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday']);
/** Words that may open the sentence before the subject's determiner. */
const SUBJECT_OPENERS = new Set(['but', 'and', 'however', ',', 'yet', 'namely', 'specifically', 'additionally', 'meanwhile', 'also']);

/** Parties heading a subject before an act noun: "the companies facing sanctions". */
const SUBJECT_PARTIES: ReadonlySet<string> = new Set(['companies', 'firms', 'entities', 'businesses', 'enterprises', 'individuals', 'people', 'persons', 'banks', 'exporters', 'suppliers', 'traders', 'vendors']);

/**
 * "The (nationwide) ban also covers A …", "The block, which hit A and B, …", "Ruritania's ban
 * applies to A": where an act noun opening the sentence stands, the verb that names what it hits,
 * and the state owning it by a possessive. Undefined when the verb is negated or hedged, or a
 * name stands in the subject other than the owner.
 */
export function actSubject(
  words: readonly string[],
  mentions: readonly SentenceMention[],
  stateAdjectiveAt?: (k: number) => SentenceMention | undefined,
): { noun: number; verb: number; owner?: SentenceMention; reporter?: SentenceMention } | undefined {
  // "The Treasury said the sanctions target A": the body reporting the act stands before it.
  const leading = leadingReporter(words, mentions);
  let k = leading ? leading.last + (words[leading.last + 1] === 'that' ? 2 : 1) : 0;
  while (k < 2 && SUBJECT_OPENERS.has(words[k]!)) k++;
  // "Ruritania's ban", "The Ruritanian government's sanctions".
  const possessor = mentions.find((m) => (m.first === k || (m.first === k + 1 && words[k] === 'the')) && m.type === 'government' && POSSESSIVES.has(words[m.last] ?? ''));
  // "The Ruritanian sanctions target A", "The US measures cover A": a state's adjective, or its name, before the act noun.
  // "Ruritanian sanctions were imposed on A", "US sanctions hit A": the same with no article.
  const stateAt = (j: number): SentenceMention | undefined =>
    (actNounFollows(words, j + 1) ? stateAdjectiveAt?.(j) : undefined) ?? mentions.find((m) => m.first === j && m.type === 'government' && m.source === 'lexicon' && actNounFollows(words, m.last));
  // "The new US restrictions": a word for the act's novelty or reach may stand before the state.
  const stateFrom = stateStart(words, k);
  const adjective = possessor ? undefined : stateAt(stateFrom);
  const owner = possessor ?? adjective;
  if (possessor) k = possessor.last + 1;
  else if (adjective) k = adjective.source === 'lexicon' ? adjective.last : stateFrom + 1;
  else if (/^(?:the|this|that|these|those|its|their)$/.test(words[k] ?? '')) {
    k++;
    // "The court's decision covers A", "the regulator's order names A": an unnamed body's act is the act told before (stop 82's fresh samples).
    if (ACTING_BODY_NOUNS.has(words[k] ?? '') && POSSESSIVES.has(words[k + 1] ?? '')) k += 2;
  }
  // "A tariff of 35 % will be applied to A": an indefinite trade measure told with its rate names whom it falls on (helper rle94).
  else if ((words[k] === 'a' || words[k] === 'an') && ratedMeasureAt(words, k + 1) !== undefined) k++;
  // "Monday's sanctions", "today's designations": the act of a day named before.
  else if (DAYS.has(words[k] ?? '') && POSSESSIVES.has(words[k + 1] ?? '')) k += 2;
  // "Sanctions were imposed on A and B", "New restrictions were placed on A": a plural act noun with no article.
  else if (!bareActNounAt(words, k)) return undefined;
  // Up to three modifiers: "the nationwide social media ban".
  let noun = -1;
  for (let j = k; j < k + 4 && j < words.length; j++) {
    if (ACT_SUBJECT_NOUNS.has(words[j]!)) noun = j;
    // "The Turkish companies facing sanctions include A": a party noun heads the subject; the act is what it faces, and the
    // adjective names the parties' state, not the act's (stop 64's fourth controls sample).
    else if (!/^[a-z][a-z-]*$/.test(words[j]!) || noun >= 0 || SUBJECT_PARTIES.has(words[j]!)) break;
  }
  // "Ruritania lifted export controls that barred …": an act taken away hits no one now (rs85).
  if (noun < 0 || isUndoneAct(words, noun)) return undefined;
  // "The duties of 20 % apply to A", "A tariff of 35 % will be applied to A": the rate after a trade measure is read past (helper rle94).
  const verbFrom = TRADE_MEASURE_SUBJECTS.has(words[noun]!) ? pastRate(words, noun + 1) : noun + 1;
  for (let v = verbFrom; v < noun + 12 && v < words.length; v++) {
    // "A tariff of 35 % will be applied to A": the future passive of a measure laid on its members (helper rle94).
    if (words[v] === 'will' && words[v + 1] === 'be' && MEASURE_LAID.has(words[v + 2] ?? '')) { v++; continue; }
    // "The sanctions will target A and B": an act announced reaches its members when it takes effect; "will" before anything
    // else ("will be lifted", "will not") still says nothing of them (stop 63's controls readers).
    if (words[v] === 'will' && ACT_REACH_VERBS.has(words[v + 1] ?? '')) continue;
    if (NOT_STATED.has(words[v]!) || MODALS.has(words[v]!) || words[v] === 'will' || words[v] === 'does') return undefined;
    // "The measures were against A and B": the copula's "against" names what the act hits.
    const against = words[v] === 'against' && /^(?:is|are|was|were)$/.test(words[v - 1] ?? '');
    if (DAMAGE_VERBS.has(words[v]!)) return undefined;
    if (EFFECT_VERBS.has(words[v]!) && ACT_OBJECT_PREPOSITIONS.has(words[noun + 1] ?? '') && mentions.some((m) => m.first > noun + 1 && m.first < v && m.type !== 'government')) return undefined;
    // "The EU's Zemblan import ban hit Zenco", "Ruritania's export ban hit Qorva hard": a ban whose modifiers name its goods (a trade
    // flow, a state's adjective) falls on them; what it hits is a firm it harms, not one it bans (helper fpr95, from ban95's report).
    if (EFFECT_VERBS.has(words[v]!) && GOODS_BAN_NOUNS.has(words[noun]!) && words.slice(k, noun).some((w, j) => TRADE_FLOW_WORDS.has(w) || stateAdjectiveAt?.(k + j) !== undefined)) return undefined;
    // "This change aims to curb the activities of A", "The rules seek to restrict A": the purpose names what the act hits.
    if (PURPOSE_VERBS.has(words[v]!) && words[v + 1] === 'to' && PURPOSE_ACTS.has(words[v + 2] ?? '')) {
      if (mentions.some((m) => m !== owner && m.key !== owner?.key && m !== leading && m.first < v && m.type === 'government')) return undefined;
      return { noun, verb: v + 2, ...(owner && { owner }) };
    }
    if (!ACT_REACH_VERBS.has(words[v]!) && !against) continue;
    // "Egypt's restrictions mirror Vietnamese bans on A": after a state's adjective the word is another act's noun, no verb (helper ban95).
    if (!against && v > noun + 1 && stateAdjectiveAt?.(v - 1) !== undefined) return undefined;
    if (against && !mentions.some((m) => m.first === v + 1 || (m.first === v + 2 && words[v + 1] === 'the'))) continue;
    // "are aimed at A", "are directed at A": only with "at" and a name right after it.
    // "are aimed at curbing …" aims at no one named.
    if ((words[v] === 'aimed' || words[v] === 'directed' || words[v] === 'aim') && (words[v + 1] !== 'at' || !mentions.some((m) => m.first === v + 2 || (m.first === v + 3 && words[v + 2] === 'the')))) continue;
    // "applies to", "extends to", "were imposed on", "are aimed at": the verb's object comes after its preposition.
    const verb = words[v + 1] === 'to' || words[v + 1] === 'on' || words[v + 1] === 'against' || words[v + 1] === 'at' ? v + 1 : v;
    // "… were imposed by Ruritania on A": an agent of its own, read by the trigger rules.
    if (words.slice(v + 1, v + 4).includes('by')) return undefined;
    if (mentions.some((m) => m !== owner && m.key !== owner?.key && m !== leading && m.first < verb && m.type === 'government')) return undefined;
    // "The sanctions target A and B, the Treasury said": or after the members it names.
    const reporter = !owner && REPORTED_NOUNS.has(words[noun]!) ? (leading ?? trailingReporter(words, mentions, verb)) : undefined;
    return { noun, verb, ...(owner && { owner }), ...(reporter && { reporter }) };
  }
  return undefined;
}

/** Participles by which an act reaches what it hits, in the passive with the act as agent: "are covered by the sanctions". */
export const REACHED_BY = new Set(['covered', 'targeted', 'hit', 'affected', 'included', 'named', 'ensnared', 'caught', 'impacted', 'swept']);

/**
 * "A and B are also covered by the measures", "Zenco was hit by the new sanctions too" (stop 60's readers): where the
 * sentence opens with its members and a passive reach verb whose agent is an act noun (the act said before); the
 * end of the members (they stand before it) and the act noun, or undefined.
 * The listing reader runs it only where the sentence holds one of its words (listing-words.ts): without one it must find nothing.
 */
export function reachedByActAt(words: readonly string[], mentions: readonly SentenceMention[]): { membersEnd: number; noun: number } | undefined {
  const first = mentions[0];
  if (!first || first.first > (words[0] === 'the' ? 1 : 0)) return undefined;
  const k = words.findIndex((w) => REACHED_BY.has(w));
  if (k < 2 || words[k + 1] !== 'by') return undefined;
  // The auxiliary (and "also", "now") right before the participle: "are also covered", "have now been hit".
  let aux = k - 1;
  while (aux > 0 && /^(?:also|now|likewise|similarly|too|been)$/.test(words[aux]!)) aux--;
  if (!/^(?:are|were|is|was|have|has|had)$/.test(words[aux]!) || mentions.some((m) => m.first > aux && m.first < k)) return undefined;
  let noun = k + 2;
  if (/^(?:the|these|those|this|that|its|their)$/.test(words[noun] ?? '')) noun++;
  for (let j = noun; j < noun + 3; j++) {
    // "Zenco was hit by the tariffs": a trade measure's harm, not whom it falls on ("are covered by the duties" is) (helper lvy93).
    if (TRADE_MEASURE_SUBJECTS.has(words[j] ?? '') && /^(?:hit|affected|impacted|caught|swept|ensnared)$/.test(words[k]!)) return undefined;
    if (ACT_SUBJECT_NOUNS.has(words[j] ?? '')) return { membersEnd: aux, noun: j };
    if (!/^[a-z][a-z-]*$/.test(words[j] ?? '')) return undefined;
  }
  return undefined;
}

/** Whether an act noun of a state's own follows its name at `at`, after at most two modifiers: "the US (export) sanctions". */
function actNounFollows(words: readonly string[], at: number): boolean {
  for (let j = at; j < at + 3; j++) {
    // "The EU sanctions list includes A" is the list's (ownedListAt), not the act's.
    if (RESTRICTION_NOUNS.has(words[j] ?? '')) return !/^lists?$/.test(words[j + 1] ?? '');
    if (!/^[a-z][a-z-]*$/.test(words[j] ?? '')) return false;
  }
  return false;
}

/** Unnamed bodies whose act ("the court's ruling") is one told before. */
const ACTING_BODY_NOUNS: ReadonlySet<string> = new Set(['court', 'judge', 'tribunal', 'regulator', 'ministry', 'agency', 'authority', 'government', 'watchdog', 'department', 'commission', 'council']);

/** Nouns that stand for a government named before: "the governor", "the ministry". */
export const GOVERNING_NOUNS = new Set(['governor', 'government', 'administration', 'ministry', 'regulator', 'authorities', 'officials', 'state', 'legislature', 'parliament']);

/** Words just before a listing's verb that say it is not so, or only supposed: "was not added", "if Zenco is placed". */
const NOT_STATED = new Set(['not', "n't", 'never', 'if', 'whether']);
/** Modals before a passive listing: "could be sanctioned" states no act. */
const MODALS = new Set(['could', 'would', 'may']);

/** Participles of listing verbs that carry a listing in the passive without a list noun. */
export const PASSIVE_LISTING = new Set(['sanctioned', 'targeted', 'designated', 'blacklisted', 'added', 'listed', 'hit']);
/** Of those, the ones that say nothing of a list with a place after them ("added to the index"): read only when the clause ends there. */
// "were also hit" right after a sanctions act lists its targets; "were hit hard", "were hit by floods" do not.
const PASSIVE_LISTING_ALONE = new Set(['added', 'listed', 'hit']);

/**
 * "… were targeted", "… has also been sanctioned": where a passive listing verb with no agent stands, or undefined (also when negated).
 * The listing reader runs it only where the sentence holds one of its words (listing-words.ts): without one it must find nothing.
 */
export function passiveListingAt(words: readonly string[]): number | undefined {
  // "… were also added.", "… were added as well", not "… were added to the index".
  // "… were all hit with the new sanctions" (stop 53's readers): "hit" with sanctions for what hits.
  const hitWithSanctions = (k: number): boolean => words[k] === 'hit' && words[k + 1] === 'with' && words.slice(k + 2, k + 6).some((w) => SANCTION_NOUNS.has(w));
  // "Zenco, a drone maker, was added for supplying Zembla": "added" with the reason for it after (stop 64's first round).
  const addedFor = (k: number): boolean => words[k] === 'added' && /^(?:for|over|because|due)$/.test(words[k + 1] ?? '');
  const listing = (k: number): boolean => PASSIVE_LISTING.has(words[k]!) && (!PASSIVE_LISTING_ALONE.has(words[k]!) || /^(?:[.,;]|as|too|on|in|last|this|today|yesterday)?$/.test(words[k + 1] ?? '') || hitWithSanctions(k) || addedFor(k));
  return agentlessPassiveAt(words, listing, /^(?:also|now|already|since|officially|formally|previously|newly|recently|all|both|each)$/, (w) => NOT_STATED.has(w) || MODALS.has(w));
}

/** What is done to sanctions that a firm "had" done to it: "had sanctions imposed", "had restrictions placed on it". */
const SANCTIONS_DONE: ReadonlySet<string> = new Set(['imposed', 'applied', 'placed', 'slapped', 'levied', 'extended', 'reimposed']);
/** Words that may qualify the sanctions a firm had: "had new export restrictions placed on it". */
const SANCTIONS_QUALIFIERS: ReadonlySet<string> = new Set(['new', 'fresh', 'additional', 'further', 'export', 'trade', 'financial', 'similar', 'the', 'same']);

/**
 * "A and B also had sanctions imposed on them", "Zenco had export restrictions placed on it": sanctions told of the firms that
 * bore them, with no agent; the index of "had", or undefined (also when negated or hedged, or "by" names the agent). Read as the
 * passive listing is, right after the act (stop 79's fresh samples: "Qorva and Zenco also had sanctions applied").
 */
export function sanctionsHadAt(words: readonly string[]): number | undefined {
  for (let k = 1; k < words.length; k++) {
    if (words[k] !== 'had' && words[k] !== 'have' && words[k] !== 'has') continue;
    let n = k + 1;
    while (n < k + 4 && SANCTIONS_QUALIFIERS.has(words[n] ?? '')) n++;
    if (ACT_NOUN_RELATION.get(words[n] ?? '') !== 'restricts' || !SANCTIONS_DONE.has(words[n + 1] ?? '')) continue;
    if (words.slice(n + 2, n + 6).includes('by') || words.slice(Math.max(0, k - 3), k).some((w) => NOT_STATED.has(w) || MODALS.has(w) || w === 'will' || w === 'to')) return undefined;
    // Only "… on it", "… too", "… as well" may follow: a time or a clause after it ("in January", "years ago", "on its supplier",
    // "after the EU acted") may tell of another act (review of stop 80's second round).
    let end = n + 2;
    if ((words[end] === 'on' || words[end] === 'against') && /^(?:it|them)$/.test(words[end + 1] ?? '')) end += 2;
    // Reasons, reporting tails and days pass ("for supplying Zembla", ", the EU said", "on Monday"); other times do not ("in 2019", "years ago").
    // "…, which have since been lifted", "for years until 2019", "before they were lifted": sanctions no longer in force.
    if (words.slice(end).some((w) => LIFTS.has(w) || w === 'until' || w === 'before')) return undefined;
    const day = words[end] === 'on' && LOWER_WEEKDAYS.has(words[end + 1] ?? '');
    const forYears = words[end] === 'for' && /^(?:years|months|decades|a|some|several|many)$/.test(words[end + 1] ?? '');
    return !forYears && (day || /^(?:\.|;|,|too|as|!|for|over|this|today|yesterday)?$/.test(words[end] ?? '')) ? k : undefined;
  }
  return undefined;
}

/** Participles of ban verbs that carry a ban in the passive ("… were blocked"). */
export const PASSIVE_BANS = new Set(['banned', 'blocked', 'barred', 'prohibited', 'outlawed']);
/**
 * Participles that close or take down what they hit, read as a ban only right after a government's
 * ban ("Nepal banned several outlets. A, B and C were shut down"), alone or with their particle.
 * "closed" and "suspended" alone say less ("Zenco's offices were closed"), so they need that act too.
 */
const PASSIVE_CLOSURES = new Map<string, ReadonlySet<string> | undefined>([
  ['shut', new Set(['down'])],
  ['taken', new Set(['down', 'offline', 'off'])],
  ['closed', undefined],
  ['suspended', undefined],
  ['censored', undefined],
]);

/**
 * Participles that take away a licence, read as a ban only with the licence named just before ("The licences of A and B were
 * revoked"; stop 73, from stop 72's last samples): "Zenco's contract was cancelled" bans nothing.
 */
const LICENCE_LOSSES: ReadonlySet<string> = new Set(['revoked', 'cancelled', 'canceled', 'withdrawn', 'terminated', 'annulled', 'rescinded']);

/** Whether word `k` is a ban's participle: a ban verb's, a licence's loss, or a closure's with its particle where it needs one ("shut down"). */
function isBanParticiple(words: readonly string[], k: number): boolean {
  const word = words[k]!;
  if (PASSIVE_BANS.has(word)) return true;
  if (LICENCE_LOSSES.has(word)) return words.slice(Math.max(0, k - 20), k).some((w) => LICENCE_NOUNS.has(w));
  if (!PASSIVE_CLOSURES.has(word)) return false;
  const particles = PASSIVE_CLOSURES.get(word);
  return particles === undefined || particles.has(words[k + 1] ?? '');
}

/** "… were blocked on Monday", "… has also been banned", "… were shut down": where a ban's participle with no agent stands, or undefined (also when negated, hedged, or "barred from", whose subject is the one kept out). */
export function passiveBanAt(words: readonly string[]): number | undefined {
  const ban = (k: number): boolean => isBanParticiple(words, k) && words[k + 1] !== 'from';
  return agentlessPassiveAt(words, ban, /^(?:also|now|already|since|officially|formally|previously|recently|all|both|each|reportedly|temporarily|entirely|completely)$/, (w) => NOT_STATED.has(w) || MODALS.has(w) || w === 'will');
}

/**
 * "A, B and C lost their licences", "A and B had their licences revoked", "Two firms lost their operating licences, namely A and B":
 * where a licence's loss with no agent is told of its holders (its verb, and the end of its phrase), or undefined (also when negated
 * or hedged). Read as the passive ban is, right after a government's ban (stop 73, from stop 72's last samples: 11 in one).
 */
export function licenceLossAt(words: readonly string[]): { at: number; end: number } | undefined {
  for (let k = 1; k < words.length; k++) {
    const verb = words[k]!;
    const lost = verb === 'lost' || verb === 'lose' || verb === 'loses';
    if (!lost && verb !== 'had' && verb !== 'have' && verb !== 'has') continue;
    let n = k + 1;
    if (/^(?:their|its|the)$/.test(words[n] ?? '')) n++;
    while (n < k + 4 && !LICENCE_NOUNS.has(words[n] ?? '') && /^[a-z][a-z-]*$/.test(words[n] ?? '')) n++;
    if (!LICENCE_NOUNS.has(words[n] ?? '')) continue;
    // "had their licences revoked": the loss's participle right after the licence.
    if (!lost && !(LICENCE_LOSSES.has(words[n + 1] ?? '') || words[n + 1] === 'suspended')) continue;
    if (words.slice(n + 1, n + 5).includes('by') || words.slice(Math.max(0, k - 3), k).some((w) => NOT_STATED.has(w) || MODALS.has(w) || w === 'will' || w === 'to')) return undefined;
    return { at: k, end: lost ? n + 1 : n + 2 };
  }
  return undefined;
}

/**
 * The first participle (`isParticiple`) after "was/were/is/are/been/be" (and `adverbs`, or "among
 * the sites"), or undefined: also when an agent follows ("by"), or a word `notStated` stands in the
 * three before the auxiliary ("was not", "could be").
 */
function agentlessPassiveAt(words: readonly string[], isParticiple: (k: number) => boolean, adverbs: RegExp, notStated: (w: string) => boolean): number | undefined {
  for (let k = 2; k < words.length; k++) {
    if (!isParticiple(k)) continue;
    let v = amongTheListed(words, k - 1);
    while (v > 0 && adverbs.test(words[v]!)) v--;
    if (!/^(?:was|were|is|are|been|be)$/.test(words[v] ?? '')) continue;
    if (words.slice(k + 1, k + 5).includes('by') || words.slice(Math.max(0, v - 3), v).some(notStated)) return undefined;
    return k;
  }
  return undefined;
}

/**
 * "… were among the sites blocked", "… is among the firms sanctioned", "… are among those sanctioned",
 * "… are among the blocked platforms": the word before "among the" and its noun, or "among those"
 * (the verb of the membership), else `at` itself. `at` is the word before the participle.
 */
function amongTheListed(words: readonly string[], at: number): number {
  const noun = words[at] ?? '';
  if (noun === 'those' && words[at - 1] === 'among') return at - 2;
  // The participle before its noun: "among the blocked platforms", "among the sanctioned firms".
  if (noun === 'the' && words[at - 1] === 'among' && isListedNoun(words[at + 2] ?? '')) return at - 2;
  return isListedNoun(noun) && words[at - 1] === 'the' && words[at - 2] === 'among' ? at - 3 : at;
}

/** A noun a ban counts or a listing lists ("apps", "firms"). */
export function isListedNoun(word: string): boolean {
  return BANNED_NOUNS.has(word) || LISTED_NOUNS.has(word);
}

/** Nouns of a ban, and of a restriction, that take their targets after a preposition ("the shutdown of", "sanctions on"). */
export const ACT_NOUN_RELATION = new Map<string, 'banned' | 'restricts'>([
  ...[...BAN_NOUNS, 'bans', 'blocks', 'blockage'].map((w) => [w, 'banned'] as const),
  ...['sanctions', 'restrictions', 'controls', 'embargo', 'embargoes', 'blacklisting', 'designation', 'designations'].map((w) => [w, 'restricts'] as const),
]);
/** Words between the act's preposition and its first target that would make the name another party ("sanctions on firms dealing with Zenco"). */
const NOT_THE_TARGET = new Set(['with', 'of', 'to', 'from', 'for', 'by', 'that', 'which', 'who', 'dealing', 'linked', 'tied', 'connected', 'owned', 'supplying', 'helping', 'selling', 'against', 'in', 'at', 'over', 'after', 'before', 'since', 'amid']);

/**
 * "the shutdown of services including A", "The sanctions on A and B": an act noun with its
 * preposition, and the relation it names; undefined when a name stands before the noun (its
 * owner or actor, read by the trigger rules) or the clause is negated or hedged.
 * The listing reader runs it only where the sentence holds one of its words (listing-words.ts): without one it must find nothing.
 */
export function actNounAt(words: readonly string[], mentions: readonly SentenceMention[]): { noun: number; preposition: number; relation: 'banned' | 'restricts' } | undefined {
  for (let k = 1; k < words.length - 1; k++) {
    const relation = ACT_NOUN_RELATION.get(words[k]!);
    const preposition = words[k + 1] === 'of' || words[k + 1] === 'on' || words[k + 1] === 'against' ? k + 1 : -1;
    if (!relation || preposition < 0 || !/^(?:the|its|their|a|this|these|those|new|latest|nationwide|total|outright|sweeping|fresh)$/.test(words[k - 1]!)) continue;
    if (mentions.some((m) => m.first < k) || words.slice(0, k).some((w) => NOT_STATED.has(w) || MODALS.has(w) || HEDGED_BY.has(w))) return undefined;
    return { noun: k, preposition, relation };
  }
  return undefined;
}
/** Words before an act noun that make it wished for or lifted, not in force: "called for a ban on", "lifted the ban on". */
const HEDGED_BY = new Set(['call', 'calls', 'called', 'calling', 'urged', 'urging', 'proposed', 'proposal', 'lift', 'lifted', 'lifting', 'lifts', 'end', 'ended', 'ending', 'ends', 'overturned', 'reversed', 'eased', 'against', 'oppose', 'opposed', 'refused', 'rejected', 'would', 'will', 'plan', 'plans', 'planned', 'threatened', 'considering']);

/**
 * The list of names that starts within five words of `from` ("services including A, B and C",
 * "A and B"): its members, read up to the first word between two names that is not a comma,
 * "and" or "or". None when a word before the first name makes it another party.
 */
export function listFrom(from: number, words: readonly string[], mentions: readonly SentenceMention[]): SentenceMention[] {
  const after = mentions.filter((m) => m.first >= from);
  const first = after[0];
  if (!first || first.first > from + 5 || words.slice(from, first.first).some((w) => NOT_THE_TARGET.has(w) || !/^[a-z][a-z-]*$/.test(w))) return [];
  const out = [first];
  for (const next of after.slice(1)) {
    const between = words.slice(out.at(-1)!.last, next.first);
    if (between.length === 0 || between.length > 2 || !between.every((w) => w === ',' || w === 'and' || w === 'or')) break;
    out.push(next);
  }
  return out;
}

/** Words that may stand between "on the" and a list's noun ("on the U.S. Entity List"). */
const LIST_MODIFIERS = new Set(['the', 'a', 'an', 'new', 'latest', 'updated', 'expanded', 'entity', 'unreliable', 'trade', 'sanctions', 'export', 'control', 'restricted', 'unverified', 'denied', 'covered', 'same', 'u.s.', 'us', 'american', 'government', "government's", 'commerce', "commerce's", 'department', "department's", 'military', 'end-user', 'end', 'user']);
/** Words that say a thing is on a list, before "on"/"to": "are (now) on", "was (also) added to", "entity added to". */
// "ended up on the blacklist", "landed on the Entity List", "appears on the list".
/** Words after "list of" that make a state's list a restriction: "list of Chinese military companies", "list of sanctioned entities". */
// "a US government list of entities deemed a threat to national security" (helper rsx95).
const RESTRICTED_KINDS = new Set(['military', 'sanctioned', 'restricted', 'designated', 'terrorist', 'extremist', 'undesirable', 'threat', 'threats']);
/** Pronouns of a list's owner told before ("placed on its entity list"). */
const OWNER_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their']);
const ON_LIST_VERBS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'remain', 'remains', 'remained', 'stay', 'stays', 'added', 'placed', 'put', 'up', 'landed', 'lands', 'appear', 'appears', 'appeared']);

/**
 * Round 3 of stop 89 (helper lst89): a union's or a state's numbered sanctions package is the list its targets are put in
 * ("Zenco was included in the EU's fifth sanctions package", "was added to the 14th sanctions package"). Only "sanctions package":
 * a "proposed" or "draft" package stops the modifiers before it, so it lists nobody yet.
 */
const PACKAGE_ORDINAL = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|latest|newest)$/;
function sanctionsPackageAt(words: readonly string[], k: number): boolean {
  return words[k] === 'package' && (words[k - 1] === 'sanctions' || words[k - 1] === 'sanction');
}

/**
 * "… are now on the blacklist", "… was added to the Entity List", "… entity added to the list":
 * where the membership phrase starts (its verb) and the list's noun. None when negated.
 * The listing reader runs it only where the sentence holds one of its words (listing-words.ts): without one it must find nothing.
 */
export function membershipAt(words: readonly string[], mentions: readonly SentenceMention[], isDemonym?: (k: number) => boolean): { start: number; list: number } | undefined {
  if (!words.some((w, k) => LIST_NOUNS.has(w) || sanctionsPackageAt(words, k))) return undefined;
  // "on the EU sanctions list", "to Japan's end-user list": the state that owns the list is one of its modifiers.
  const ofState = (p: number): SentenceMention | undefined => mentions.find((m) => m.type === 'government' && m.first <= p && p < m.last);
  for (let k = 2; k < words.length; k++) {
    if (!LIST_NOUNS.has(words[k]!) && !sanctionsPackageAt(words, k)) continue;
    let p = k - 1;
    let byState = false;
    for (;;) {
      const state = ofState(POSSESSIVES.has(words[p] ?? '') ? p - 1 : p);
      if (state) {
        p = state.first - 1;
        byState = true;
      } else if (p > 0 && (LIST_MODIFIERS.has(words[p]!) || (words[k] === 'package' && PACKAGE_ORDINAL.test(words[p]!)))) p--;
      // "were placed on its Unreliable Entity List": the owner's pronoun, only before a restriction list's own words (helper lsr95;
      // "was added to its list of preferred suppliers" is no curb).
      else if (p > 0 && OWNER_PRONOUNS.has(words[p]!) && words[k] === 'list' && words.slice(p + 1, k).some((w) => RESTRICTION_LIST.has(w))) p--;
      // "on the Ruritanian blacklist": a state's adjective owns the list as its name does (stop 73's bans readers).
      else if (p > 0 && isDemonym?.(p)) {
        p--;
        byState = true;
      } else break;
    }
    // A state's list is a restriction only when a word says so ("China's list of top brands" is none).
    // "the Pentagon's list of Chinese military companies": the words after "of" may say so too.
    const restrictingOf = words[k + 1] === 'of' && words.slice(k + 2, k + 6).some((w) => RESTRICTED_KINDS.has(w));
    if (byState && words[k] === 'list' && !restrictingOf && !words.slice(p + 1, k).some((w) => RESTRICTION_LIST.has(w) || w === 'end-user')) continue;
    // "is on a US trade blacklist": an indefinite list restricts only when a state owns it or a word says so ("is on a list of top brands" does not).
    const indefinite = words[p + 1] === 'a' || words[p + 1] === 'an';
    if (indefinite && !byState && words[k] === 'list' && !words.slice(p + 1, k).some((w) => RESTRICTION_LIST.has(w))) continue;
    const onto = words[p];
    // "was included in the sanctions list" as well as "added to" and "on"; "is in the Entity List" is "on" it.
    // "are included on the Commerce Department's Entity List" (helper rsx95; "listed on" is a stock exchange's).
    const included = (onto === 'in' && /^(?:included|listed)$/.test(words[p - 1] ?? '')) || (onto === 'on' && words[p - 1] === 'included');
    const isIn = onto === 'in' && /^(?:is|are|was|were|remains|remain)$/.test(words[p - 1] ?? '') && words.slice(p + 1, k).includes('entity');
    if (onto !== 'on' && onto !== 'to' && onto !== 'onto' && !included && !isIn) continue;
    let v = p - 1;
    while (v > 0 && /^(?:now|also|already|still|since|officially|formally|previously|newly|recently|all|both)$/.test(words[v]!)) v--;
    const verb = words[v] ?? '';
    const placed = verb === 'added' || verb === 'placed' || verb === 'put' || included;
    if ((!ON_LIST_VERBS.has(verb) && !included) || (onto !== 'on' && !placed && !isIn)) continue;
    if (words.slice(Math.max(0, v - 3), v).some((w) => NOT_STATED.has(w))) return undefined;
    return { start: v, list: k };
  }
  return undefined;
}

/** Auxiliaries of a passive listing head: "The following firms were sanctioned:", "… have been designated:". */
const PASSIVE_HEAD_AUX: ReadonlySet<string> = new Set(['were', 'was', 'are', 'is', 'been']);
/** Adverbs between a listing head's auxiliary and its participle that keep the act: "were also sanctioned:" ("not" is none). */
const PASSIVE_HEAD_ADVERBS: ReadonlySet<string> = new Set(['also', 'likewise', 'similarly', 'additionally', 'further']);
/** Words a short lead-in before "the following" may hold at most: "Two days later, the following …". */
const HEAD_LEAD_IN_REACH = 5;

/**
 * "The following companies have been sanctioned:", "The following entities were designated:": a head before the colon that
 * names no actor, only the listed kind and a listing participle after its auxiliary ("were not sanctioned" is none), at the
 * sentence's start or after a short lead-in and its comma ("Two days later, the following firms were also sanctioned:").
 * Round 3 of stop 89 (helper lst89): the members after the colon are the targets of the act just before.
 */
export function passiveFollowingHead(words: readonly string[], mentions: readonly SentenceMention[], colon: number): boolean {
  if (words[colon] !== ':') return false;
  const head = words.indexOf('following') - 1;
  if (head < 0 || words[head] !== 'the' || (head > 0 && (words[head - 1] !== ',' || head > HEAD_LEAD_IN_REACH + 1)) || colon - head > 9) return false;
  const aux = PASSIVE_HEAD_ADVERBS.has(words[colon - 2] ?? '') ? colon - 3 : colon - 2;
  if (!PASSIVE_LISTING.has(words[colon - 1] ?? '') || !PASSIVE_HEAD_AUX.has(words[aux] ?? '')) return false;
  const kind = words.slice(head + 2, aux).findIndex((w) => LISTED_NOUNS.has(w));
  return kind >= 0 && !mentions.some((m) => m.first < colon);
}

/** Verbs of a store taking things off its shelves. */
// Stop 53's readers: a platform banning firms it counts from its services ("banned seven surveillance vendors from its services").
export const STORE_REMOVALS = new Set(['pulled', 'removed', 'deleted', 'delisted', 'banned', 'barred', 'blocked', 'kicked']);
/** Words of a store, or of a platform's services. */
const STORES = new Set(['store', 'stores', 'marketplace', 'shelves', 'services', 'platform', 'platforms', 'site', 'sites', 'network', 'networks', 'apps']);

/**
 * "pulled several apps from its store", "removed 20 apps from the App Store": where the removal's verb stands, or -1.
 * The listing reader runs it only where the sentence holds one of its words (listing-words.ts): without one it must find nothing.
 */
export function storeRemovalOverCounted(words: readonly string[]): number {
  const verb = words.findIndex((w, k) => k > 0 && STORE_REMOVALS.has(w));
  if (verb < 0 || !BANNED_NOUNS.has(words[verb + 2] ?? '') && !BANNED_NOUNS.has(words[verb + 3] ?? '')) return -1;
  const from = words.indexOf('from', verb);
  return from > 0 && from <= verb + 5 && words.slice(from + 1, from + 6).some((w) => STORES.has(w)) ? verb : -1;
}

/** Where the members named after "…, including", "… such as", "…: " begin, at `at` or after a short adjunct ("on Monday, including"); -1 when nothing names them there. */
export function includedAfter(at: number, words: readonly string[]): number {
  let k = at;
  while (k < at + 4 && /^[a-z0-9]+$/.test(words[k] ?? '') && words[k] !== 'including' && words[k] !== 'such') k++;
  if (words[k] === '—' || words[k] === '–') k++;
  return afterEnumerationCue(words, k, INCLUDED_CUES);
}

export const INCLUDED_CUES: ReadonlySet<string> = new Set(['including', 'namely', ':']);

/**
 * Where a state may stand in an act's subject opening at `k`: after "the", and after a word for the act's novelty or reach ("The new US
 * restrictions"). In a function of its own: such a word is rare, and the first, mid-corpus, then de-optimises only this function.
 */
function stateStart(words: readonly string[], k: number): number {
  return words[k] === 'the' ? (STATE_ACT_MODIFIERS.has(words[k + 1] ?? '') ? k + 2 : k + 1) : k;
}

/** Auxiliaries right before a passive act: "were sanctioned", "have been banned". */
export const PASSIVE_AUX: ReadonlySet<string> = new Set(['was', 'were', 'been']);

/** How far into the sentence the act's noun may stand: "New US sanctions were …", "A nationwide ban on 20 apps was …". */
const ACT_NOUN_REACH = 5;

/**
 * "New sanctions were imposed by the EU on Monday", "A ban on 20 apps was announced by India's IT ministry": an act named by its
 * noun and told in the passive, its agent after "by", who is then the actor of the list that follows ("They target A and B",
 * "The banned apps include A and B"). Stop 81, from stop 80's fresh samples ("The latest sanctions included blacklisting A, B").
 */
export function passiveActByAgent(words: readonly string[], mentions: readonly SentenceMention[]): { agent: SentenceMention; relation: 'banned' | 'restricts' } | undefined {
  let noun = -1;
  for (let k = 0; k < ACT_NOUN_REACH && k < words.length; k++) {
    if (SANCTION_NOUNS.has(words[k]!) || BAN_NOUNS.has(words[k]!)) {
      noun = k;
      break;
    }
  }
  if (noun < 0) return undefined;
  for (let k = noun + 1; k < words.length - 3 && k <= noun + 8; k++) {
    if (!PASSIVE_AUX.has(words[k]!)) continue;
    if (!SANCTION_ACTS.has(words[k + 1]!) || words[k + 2] !== 'by') return undefined;
    const by = k + 2;
    const agent = mentions.find((m) => m.type === 'government' && (m.first === by + 1 || (m.first === by + 2 && words[by + 1] === 'the')));
    return agent && { agent, relation: BAN_NOUNS.has(words[noun]!) ? 'banned' : 'restricts' };
  }
  return undefined;
}

/** Bodies that may stand unnamed for the one that listed before: "The committee also added A and B" (helper lsr95). */
const CONTINUING_BODIES: ReadonlySet<string> = new Set(['ministry', 'department', 'committee', 'agency', 'bureau', 'office', 'treasury', 'government', 'administration', 'regulator', 'council', 'commission']);
/** Adverbs between such a subject and its "added". */
const CONTINUING_ADVERBS: ReadonlySet<string> = new Set(['also', 'then', 'further', 'additionally', 'separately', 'later', 'likewise', 'similarly']);
/** What may follow the members of such an "added": the sentence's end, an aside, a reason or a date; "to" only before a list. */
const ADDED_TAILS: ReadonlySet<string> = new Set(['.', ',', ';', 'for', 'based', 'over', 'because', 'due', 'on', 'in']);
/** A finite verb after the members: "It added Zenco would appeal" reports, it adds no one. */
const FINITE_AFTER: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'would', 'will', 'could', 'may', 'might', 'should', 'can', 'must']);
/** Lists that approve rather than curb, after "to": "added Zenco to its list of preferred suppliers". */
const APPROVING_LIST_WORDS: ReadonlySet<string> = new Set(['approved', 'preferred', 'trusted', 'supplier', 'suppliers', 'partners', 'vendors', 'top', 'best', 'eligible', 'certified', 'authorised', 'authorized', 'recommended', 'white']);

/**
 * "It added A, B and C based on …", "They also added A and B to the list", "The committee also added A and B, all located in Zembla",
 * "OFAC added A, B, C and D.": a subject that stands for a body (a pronoun, an unnamed body's noun, or a government named alone) and
 * "added" with its members right after it. The reader takes it only right after a listing act, whose actor it goes on with (the
 * government named, when one is). The index of "added" and the government named, or undefined (helper lsr95).
 */
export function addedByContinuerAt(words: readonly string[], mentions: readonly SentenceMention[]): { verb: number; body: SentenceMention | undefined } | undefined {
  let v = 1;
  let body: SentenceMention | undefined;
  if (words[0] !== 'it' && words[0] !== 'they') {
    const lead = mentions[0];
    // A government's possessive opens a longer subject: "The ministry's review committee".
    if (lead && lead.type === 'government' && lead.source !== 'unknown' && (lead.first === 0 || (lead.first === 1 && words[0] === 'the')) && !POSSESSIVES.has(words[lead.last] ?? '')) {
      body = lead.source === 'coref' ? undefined : lead;
      v = lead.last;
    } else {
      if (words[0] !== 'the') return undefined;
      // "The ministry's review committee": up to four words, the last a body's noun.
      let end = 1;
      while (end < 6 && end < words.length && !CONTINUING_ADVERBS.has(words[end]!) && words[end] !== 'added') end++;
      if (end > 5 || !CONTINUING_BODIES.has(words[end - 1]!)) return undefined;
      v = end;
    }
  }
  // Only governments may stand in the subject: "The Zenco team added …" is a firm's.
  if (mentions.some((m) => m.first < v && m.type !== 'government')) return undefined;
  while (CONTINUING_ADVERBS.has(words[v] ?? '')) v++;
  if (words[v] !== 'added') return undefined;
  const members = listFrom(v + 1, words, mentions);
  if (members.length === 0 || members[0]!.first !== v + 1) return undefined;
  const end = members.at(-1)!.last;
  const tail = words[end];
  if (tail !== undefined && tail === 'to') {
    const list = words.findIndex((w, k) => k > end && k <= end + 6 && LIST_NOUNS.has(w));
    if (list < 0 || words.slice(end + 1, list + 4).some((w) => APPROVING_LIST_WORDS.has(w))) return undefined;
  } else if (tail !== undefined && !ADDED_TAILS.has(tail)) return undefined;
  // Up to the reason or the list ("based on its contributions to Zembla's …" is the reason's own).
  const reason = words.findIndex((w, k) => k > end && /^(?:for|based|because|due|over|to)$/.test(w));
  if (words.slice(end, reason < 0 ? undefined : reason).some((w) => FINITE_AFTER.has(w))) return undefined;
  return { verb: v, body };
}

/** Words that may qualify "addition" at a sentence's start: "A third new addition", "The latest additions". */
const ADDITION_QUALIFIERS: ReadonlySet<string> = new Set(['new', 'latest', 'newest', 'recent', 'further', 'other', 'notable', 'first', 'second', 'third', 'fourth', 'fifth', 'last', 'final', 'surprise', 'major']);

/**
 * "A third new addition to the Pentagon list is Zenco Shipping", "The latest additions to the blacklist are A and B": the list's new
 * members named after a copula, the list and its act told before or owned in the phrase. The copula's index and the list noun's,
 * or undefined (not "a proposed addition", nor a list that approves; helper lsr95).
 */
export function additionToListAt(words: readonly string[]): { copula: number; list: number } | undefined {
  if (!/^(?:a|an|the|another|one)$/.test(words[0] ?? '')) return undefined;
  let k = 1;
  while (k < 4 && ADDITION_QUALIFIERS.has(words[k] ?? '')) k++;
  if (!/^additions?$/.test(words[k] ?? '') || words[k + 1] !== 'to') return undefined;
  const list = words.findIndex((w, j) => j > k + 1 && j <= k + 9 && LIST_NOUNS.has(w));
  if (list < 0 || words.slice(k + 2, list).some((w) => APPROVING_LIST_WORDS.has(w) || w === ',')) return undefined;
  const copula = list + 1;
  if (!/^(?:is|are|was|were|include|includes|included)$/.test(words[copula] ?? '')) return undefined;
  return { copula, list };
}
