import type { Token } from '../text/tokens';
import type { SentenceMention } from './mention';

/**
 * Capitalised words that name no product although they sit where one would (helper nmx92, from stop 92's eighty-fifth fresh
 * sample): a kind of device written with a capital ("Zenco's Drone will launch"), a trade show's edition ("its CES 2015 keynote")
 * and a town's or people's adjective before a kind of firm ("the firm behind Parisian fashion brands A and B"). Each gave a
 * develops edge to a thing nobody makes. Names the lexicon knows are never dropped here.
 */

/** Kinds of devices some writers capitalise after a maker's 's: alone, no product's name ("Zenco's Drone"; "Zenco's Vela Drone" is one). */
const DEVICE_KIND_WORDS: ReadonlySet<string> = new Set([
  'Drone', 'Drones', 'Phone', 'Phones', 'Smartphone', 'Smartphones', 'Tablet', 'Laptop', 'Robot', 'Robots', 'Car', 'Cars',
  'Camera', 'Cameras', 'Smartwatch', 'Headset', 'Earbuds', 'Speaker', 'Scooter', 'Chip', 'Chips', 'Console', 'Truck', 'Trucks',
]);

/**
 * "Zenco's Drone will launch", "its Robot": a lone capitalised device kind after an owner's possessive, found by no lexicon, is no
 * product. Elsewhere it may be a name ("Zenco launched Chip, a chatbot").
 */
export function isCapitalisedDeviceKind(m: SentenceMention, tokens: readonly Token[]): boolean {
  return m.source !== 'lexicon' && m.last - m.first === 1 && DEVICE_KIND_WORDS.has(m.surface) && OWNER_MARKS.test(tokens[m.first - 1]?.lower ?? '');
}
/** What marks an owner right before a name: an 's, or a possessive pronoun. */
const OWNER_MARKS = /^(?:['’]s|its|their|his|her|our)$/;

/** A trade show's or conference's edition: an acronym or short name and a year ("CES 2015", "MWC 2019", "IFA 2020"). */
const SHOW_EDITION = /^[A-Z][A-Za-z]{1,5} (?:19[89]\d|20[0-3]\d)$/;
/** What such an edition is the time of: "its CES 2015 keynote", "at the MWC 2019 show". */
const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'keynote', 'keynotes', 'show', 'expo', 'conference', 'event', 'booth', 'stand', 'presentation', 'presser', 'showcase', 'convention',
  'fair', 'summit', 'exhibition',
]);
/** Made things a show's noun may qualify: "show car", "stand model", "showcase edition". */
const SHOWN_THINGS: ReadonlySet<string> = new Set(['car', 'cars', 'vehicle', 'model', 'models', 'edition', 'version', 'bike', 'truck', 'unit', 'units']);
/** Words before an edition that make it a place or a time: "at CES 2015", "during MWC 2019" ("before RTX 2080 sales" is a product's). */
const EVENT_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'during']);

/** "during its CES 2015 keynote", "at MWC 2019": a show's edition is an event, no product (a model "Vela 2020" has no acronym's shape here). */
export function isShowEdition(m: SentenceMention, tokens: readonly Token[]): boolean {
  if (m.source === 'lexicon' || m.last - m.first !== 2 || !SHOW_EDITION.test(m.surface)) return false;
  // "the Vexa 2024 show car": a show's noun that qualifies a made thing after it leaves the name a model's (review rr93b).
  if (SHOWN_THINGS.has(tokens[m.last + 1]?.lower ?? '')) return false;
  return EVENT_NOUNS.has(tokens[m.last]?.lower ?? '') || (EVENT_PREPOSITIONS.has(tokens[m.first - 1]?.lower ?? '') && /^[A-Z]{2,5} /.test(m.surface));
}

/** Endings of a town's or people's adjective: "Parisian", "Milanese", "Korean", "Andean". */
const PLACE_ADJECTIVE_ENDING = /^\p{Lu}\p{Ll}{2,}(?:ian|ese|ean)$/u;
/** Nouns of a kind of firm or brand that such an adjective describes: "fashion brands", "shoemaker", "luxury house". */
const FIRM_KIND_HEAD = /^(?:brands?|labels?|marques?|houses?|firms?|companies|company|groups?|chains?|retailers?|makers?|[a-z]+makers?|designers?|start-?ups?)$/;

/**
 * "the firm behind Parisian fashion brands A and B", "owns Milanese shoemaker Zeta": a single word shaped like a town's or
 * people's adjective, before one or two lower-case words and a kind of firm or brand, describes the names after it; it is none
 * itself. A firm's own name before its brands keeps a capital on the kind ("Zenco Fashion brands"), or no place ending ("Zenco brands").
 */
export function isPlaceAdjectiveBeforeKind(m: SentenceMention, tokens: readonly Token[]): boolean {
  if (m.source === 'lexicon' || m.last - m.first !== 1 || !PLACE_ADJECTIVE_ENDING.test(m.surface)) return false;
  for (let k = m.last; k < m.last + 3; k++) {
    const t = tokens[k];
    if (t === undefined || !/^[a-z][a-z-]*$/.test(t.text)) return false;
    if (FIRM_KIND_HEAD.test(t.text)) return tokens[k + 1]?.capitalized ?? false;
  }
  return false;
}

/** Letters written before "$" to say whose dollar it is: "HK $55", "US $3", "NT $90", "A $20" (a lone one is no name). */
const DOLLAR_PREFIXES: ReadonlySet<string> = new Set(['HK', 'US', 'NT', 'NZ', 'A', 'AU', 'C', 'CA', 'S', 'SG', 'R', 'Z', 'TT', 'J', 'EC', 'M', 'B']);

/**
 * "its HK $55 IPO price", "raised US $3 billion": a dollar's country letters standing alone before "$", with a space or none, are a
 * currency, no product (helper dvp93, from fresh sample s87f: "develops HK"). Names run over such letters are cut in
 * sentence-mentions.ts (endsInCurrencyPrefix); the lexicon's names are never dropped.
 */
export function isDollarPrefix(m: SentenceMention, tokens: readonly Token[]): boolean {
  return m.source !== 'lexicon' && m.last - m.first === 1 && DOLLAR_PREFIXES.has(m.surface) && tokens[m.last]?.text === '$';
}

/** Gatherings a name right before them titles, never a product's kind: "its Web Services conference", "the Zorb Developer Summit". */
const GATHERING_NOUNS: ReadonlySet<string> = new Set(['conference', 'conferences', 'summit', 'summits', 'convention', 'congress', 'expo', 'exhibition', 'symposium', 'hackathon']);
/** Words that make a show or an event a recurring gathering: "its annual Zorb event", "the yearly Vexa show". */
const RECURRING_WORDS: ReadonlySet<string> = new Set(['annual', 'yearly', 'biennial', 'twice-yearly', 'quarterly']);

/**
 * "held its annual Web Services conference", "at the Zorb Developer Summit", "its yearly Vexa show": a name titling a gathering is the
 * event's, no product the host makes (helper dvp93, from fresh sample s87a: "develops Web Services"). A launch event keeps its product
 * ("its Zorb event" alone, "the Zorb launch event"): only conference words, or a recurring event, are read so.
 */
export function isGatheringTitle(m: SentenceMention, tokens: readonly Token[]): boolean {
  // "at the Zenco conference": a firm's or a state's name before the gathering is its host, kept.
  if (m.source === 'lexicon' || m.type === 'company' || m.type === 'government') return false;
  const next = tokens[m.last]?.lower ?? '';
  if (GATHERING_NOUNS.has(next)) return true;
  return EVENT_NOUNS.has(next) && RECURRING_WORDS.has(tokens[m.first - 1]?.lower ?? '');
}

/**
 * "its series C", "a Series B round": a funding round's letter, or the round named with it, is no product (helper rld94, from start-up
 * funding news: "its series C, enabling it to …" gave the firm a product "C"). Only the first letters rounds run through; the
 * lexicon's names ("Series X") are kept.
 */
export function isFundingRoundLetter(m: SentenceMention, tokens: readonly Token[]): boolean {
  if (m.source === 'lexicon') return false;
  if (/^Series [A-H]\d?$/.test(m.surface)) return true;
  // "its Series B round": "Series" cut from its letter.
  if (m.surface === 'Series' && /^[A-H]\d?$/.test(tokens[m.last]?.text ?? '')) return true;
  return m.last - m.first === 1 && /^[A-H]\d?$/.test(m.surface) && /^series$/i.test(tokens[m.first - 1]?.text ?? '');
}
