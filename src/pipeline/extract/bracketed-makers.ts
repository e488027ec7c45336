import type { ClaimCollector, SentenceContext } from './claim-check';
import { keyOfName, withChanges, type SentenceMention } from './mention';

/** The rule id of the claims found here. */
export const BRACKETED_MAKER = 'bracket:maker';

/** Between a thing's name and its maker's: an opening bracket, perhaps "by"/"from" and the kind of maker ("the Zeta (by Zenco)", "(from startup Zenco)"). */
const OPENS = /^\s*\(\s*(?:(?:by|from|made\s+by)\s+(?:(?:the\s+)?(?:startup|firm|company|maker|brand|manufacturer|developer|studio|lab)\s+)?)?$/;

/**
 * "the Pixel 9 (Google), the Galaxy S25 (Samsung) and the Xperia 1 (Sony)": a firm's name in
 * brackets right after a product's is its maker, as buyers' guides and round-ups write them
 * (stop 55's readers). Only a firm some rule knows: a ticker or a country in brackets is no
 * maker, and the abstract sentence drops such brackets (abstract-sentence.ts), so this reads
 * the mentions and the text around them.
 */
export function findBracketedMakers(context: SentenceContext, claims: ClaimCollector): void {
  const { mentions, text } = context;
  for (let i = 1; i < mentions.length; i++) {
    const maker = mentions[i]!;
    const thing = mentions[i - 1]!;
    if (!isKnownFirm(maker) || !mayBeMade(thing)) continue;
    if (!OPENS.test(text.slice(thing.end, maker.start)) || !closesAfter(text, maker)) continue;
    // "San Diego Metropolitan Transit System (MTS) has awarded …": a bracketed short form the name spells is the body's or firm's own
    // short name, though the lexicon knows another firm by it (helper fpd95, from dvo95's report: the firm made the transit body).
    if (shortNameOf(thing.surface, maker.surface) || spelledByTail(thing.surface, maker.surface)) continue;
    // "BORDURIA (AP) -- …": a wire service in brackets after a dateline's place in capitals made nothing (stop 75's first controls samples).
    if (/^\p{Lu}[\p{Lu}\s.,'-]*$/u.test(thing.surface) && DASH_AFTER_BRACKET.test(text.slice(maker.end, maker.end + 6))) continue;
    claims.add(maker, 'develops', thing, 'asserted', maker.surface, BRACKETED_MAKER);
  }
  // "makers including Zenco (Flick), Qorva (Pulse) and Vexa (Glint)": the other way round, a firm's
  // product in brackets right after the firm's name (stop 66's makers readers, 7). A name no rule
  // typed counts only in a list of such pairs: alone it may be an aside ("Zenco (Qorva) grew": a
  // former name, a parent), and in capitals a ticker ("Zenco (ZNC)"). So does a maker no rule typed
  // ("studios such as Zenco Games (Zeta Quest) and Vexa Studios (Zem Rally)": stop 75's first makers samples).
  const pairs: [SentenceMention, SentenceMention][] = [];
  for (let i = 1; i < mentions.length; i++) {
    const maker = mentions[i - 1]!;
    const thing = mentions[i]!;
    if (!(isKnownFirm(maker) || maker.source === 'unknown') || !mayBeMade(thing)) continue;
    if (thing.source === 'unknown' && /^[A-Z0-9.]{1,6}$/.test(thing.surface)) continue;
    if (shortNameOf(maker.surface, thing.surface)) continue;
    if (/^\s*\(\s*$/.test(text.slice(maker.end, thing.start)) && closesAfter(text, thing)) pairs.push([maker, thing]);
  }
  // "chip makers Zenco (Shenzhen) and Qorva (Zembla)": where a known place stands in one pair's brackets, the list gives each
  // firm's home, and a name no rule typed in the others' is a place too; so is one the article calls a place ("based in Zembla").
  if (pairs.length > 0 && (mentions.some((m, i) => i > 0 && PLACE_TYPES.has(m.type) && isKnownFirmOrUnknown(mentions[i - 1]!) && /^\s*\(\s*$/.test(text.slice(mentions[i - 1]!.end, m.start)) && closesAfter(text, m)))) {
    for (let i = pairs.length - 1; i >= 0; i--) if (pairs[i]![1].source === 'unknown') pairs.splice(i, 1);
  }
  for (let i = pairs.length - 1; i >= 0; i--) if (pairs[i]![1].source === 'unknown' && calledPlace(text, pairs[i]![1].surface)) pairs.splice(i, 1);
  // "hits such as Zap Run (Qorva), Tilt (Zenco) and Hop (Vexa Games)": after a word for things, the
  // names outside the brackets are the things and the bracketed ones their makers (stop 82's makers
  // samples read these backwards, 4 in one sample). Only where no rule typed the outer name a firm.
  const thingsListed = pairs.length > 0 && THINGS_BEFORE_LIST.test(text.slice(Math.max(0, pairs[0]![0].start - 80), pairs[0]![0].start));
  // A bracket of several names after another firm counts as a pair of the list too: "add Zenco (Zapp), Kappa (Qorva, Vell)" (helper lst90).
  // Only in a list of things or after a verb that lists: "bids from Zenco (Qorva) and Kappa (Vexa, Zeta)" brackets partners (review rr90c).
  const listing = pairs.length > 0 && (thingsListed || LIST_VERB_BEFORE.test(text.slice(Math.max(0, pairs[0]![0].start - 40), pairs[0]![0].start)));
  const listedPairs = pairs.length + (!listing ? 0 : mentions.filter((m, i) => i > 0 && /^\s*\(\s*$/.test(text.slice(mentions[i - 1]!.end, m.start)) && /^\s*,/.test(text.slice(m.end, m.end + 3))).length);
  for (const [maker, thing] of pairs) {
    if ((thing.source === 'unknown' || maker.source === 'unknown') && listedPairs < 2) continue;
    if (thingsListed && maker.source === 'unknown') {
      if ((thing.source !== 'unknown' && !isKnownFirm(thing)) || EDITIONS.test(thing.surface)) continue;
      for (const firm of jointMakers(thing)) claims.add(firm, 'develops', maker, 'asserted', firm.surface, BRACKETED_MAKER);
      continue;
    }
    claims.add(maker, 'develops', thing, 'asserted', thing.surface, BRACKETED_MAKER);
  }
}

/**
 * Whether a bracketed name only defines a short name for the firm before it, as filings and regulators' notices do: "the Zembla Postal
 * Corporation (Zembla Post)", "Qorva Express Pty Limited (Qorva)", "Zenco Holdings (ZH)". Each of its words begins a word of the firm's
 * name, in order, or it spells the initials (helper tko93, set 89's couriers reader: such pairs made a firm develop itself).
 */
export function shortNameOf(firm: string, bracketed: string): boolean {
  const full = firm.toLowerCase().split(/[\s-]+/).filter(Boolean);
  const short = bracketed.toLowerCase().split(/[\s-]+/).filter(Boolean);
  if (short.length === 0 || full.length === 0) return false;
  if (short.length === 1 && full.length > 1 && short[0] === full.map((w) => w[0]).join('')) return true;
  let at = 0;
  for (const word of short) {
    while (at < full.length && !full[at]!.startsWith(word)) at++;
    if (at === full.length) return false;
    at++;
  }
  return short[0] !== undefined && full[0]!.startsWith(short[0]);
}

/** A platform or edition in a title's brackets ("Zap Run (Mobile)"), not its maker. */
const EDITIONS = /^(?:mobile|console|pc|mac|web|desktop|online|remastered|remake|classic|deluxe|lite|beta|demo|vr)$/i;

/** A plural word for made things, then at most a few words, right before a list ("hits such as", "top sellers included", "games like"). */
// Brands too ("brands such as Zapp (Zenco), Qorva (Kappa)": helper lst90, from stop 90's seventy-ninth fresh sample).
const THINGS_BEFORE_LIST =
  /\b(?:brands|labels|marques|hits|games|titles|apps|applications|products|devices|gadgets|phones|smartphones|handsets|consoles|franchises|releases|(?:top|best)[\s-]sellers|bestsellers|blockbusters|chatbots|programs|programmes|favou?rites|shooters|RPGs|launches)\b(?:[\s,:]+(?:such|as|like|including|included|include|were|are|was|from|of|the|this|last|year(?:'s)?|week(?:'s)?|month(?:'s)?)){0,4}[\s,:]*$/i;

/** A verb that lists, then at most two lower-case words, right before a list of firms with their things ("add", "includes the"). */
const LIST_VERB_BEFORE = /\b(?:adds?|added|adding|includes?|included|including|features?|featured|featuring|lists?|listed|listing|names?|named)\b(?:\s+\p{Ll}+){0,2}[\s,:]*$/u;

/** A dash right after the closing bracket: a dateline's ("BORDURIA (AP) --"). */
const DASH_AFTER_BRACKET = /^\s*\)\s*(?:-|—|–)/;

/** The types of a place's name in brackets after a firm's: its home, not its product. */
const PLACE_TYPES: ReadonlySet<string> = new Set(['place', 'government']);

function isKnownFirmOrUnknown(mention: SentenceMention): boolean {
  return isKnownFirm(mention) || mention.source === 'unknown';
}

/** Whether the article calls the name a place: "based in Zembla", "a Zembla-based firm", "headquartered in Zembla". */
function calledPlace(text: string, name: string): boolean {
  if (!/based|headquartered|located|registered/.test(text)) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b(?:based|headquartered|located|registered)\\s+in\\s+${escaped}\\b|\\b${escaped}-based\\b`).test(text);
}

function isKnownFirm(mention: SentenceMention): boolean {
  return mention.type === 'company' && mention.source !== 'unknown' && mention.source !== 'coref';
}

/** A product or a model, or a name no rule has typed yet. */
function mayBeMade(mention: SentenceMention): boolean {
  return mention.type === 'product' || mention.type === 'model' || mention.source === 'unknown';
}

function closesAfter(text: string, mention: SentenceMention): boolean {
  return /^\s*\)/.test(text.slice(mention.end, mention.end + 3));
}

/**
 * "Skyfall Quest (Zenco & Ruritan Games)": two makers joined by "&" inside a title's brackets are two
 * firms (read as one name, "Zenco & Ruritan Games", the title's makers merged into one node). Only
 * here, where the brackets hold makers: elsewhere "Zenco & Qorva" may be one firm's name.
 */
function jointMakers(maker: SentenceMention): SentenceMention[] {
  const amp = maker.surface.indexOf(' & ');
  if (maker.source !== 'unknown' || amp < 0 || !/^\p{Lu}/u.test(maker.surface.slice(amp + 3))) return [maker];
  // The parts keep the whole name's word span: no rule after this one reads them.
  const part = (from: number, to: number): SentenceMention => {
    const surface = maker.surface.slice(from, to);
    return withChanges(maker, { start: maker.start + from, end: maker.start + to, surface, label: surface, key: keyOfName(surface) });
  };
  return [part(0, amp), part(amp + 3, maker.surface.length)];
}

/**
 * Whether a short form in capitals spells initials of the name's words in order, ending with its last word's: "MTS" of "San Diego
 * Metropolitan Transit System" (the place's words before may be left out).
 */
export function spelledByTail(name: string, short: string): boolean {
  const letters = short.replace(/[.&]/g, '');
  if (!/^\p{Lu}[\p{Lu}\p{Ll}]{1,5}$/u.test(letters) || !/^\p{Lu}/u.test(letters.slice(-1))) return false;
  const initials = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.toUpperCase());
  const upper = letters.toUpperCase();
  if (initials.length < upper.length || initials.at(-1) !== upper.at(-1)) return false;
  let at = 0;
  for (const c of upper) {
    while (at < initials.length && initials[at] !== c) at++;
    if (at === initials.length) return false;
    at++;
  }
  return true;
}
