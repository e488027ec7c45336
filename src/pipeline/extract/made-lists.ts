import { POSSESSIVES } from '../text/tokens';
import type { TypeUnknown } from './claim-check';
import type { SentenceMention } from './mention';
import { triggersAt } from './trigger-words';

/**
 * A maker's things named in the sentence after its act (`listing:made`, read by ListingReader):
 * "Zenco launched three new models. They are A, B and C", "Zenco unveiled its new range. The range
 * consists of A and B", "Its products included A and B". The act names what it made by a count or a
 * noun; the list in the next sentence names them.
 */

/** Nouns for the things a firm brings out, which a sentence after its act lists: "The range consists of A and B". */
const MADE_HEADS = new Set(['models', 'range', 'lineup', 'line-up', 'line', 'family', 'series', 'cars', 'vehicles', 'phones', 'smartphones', 'devices', 'products', 'variants', 'versions', 'trims', 'chips', 'planes', 'jets', 'aircraft', 'trucks', 'tractors', 'drugs', 'apps', 'games']);
/**
 * Nouns for a maker's brands, which a sentence after an act that counted its brands lists: "Zenco owns 14 brands. These brands include A
 * and B" (helper lin95, from real group profiles). Only after such an act (`MadeAct.brands`): "Zenco launched a store. The brands include
 * A" lists what a shop stocks.
 */
const BRAND_HEADS: ReadonlySet<string> = new Set(['brands', 'labels', 'marques', 'nameplates']);
/** Participles without an -ed or -en ending that a "has" before them makes an auxiliary ("has bought 14 brands"). */
const AUXILIARY_PARTICIPLES: ReadonlySet<string> = new Set(['bought', 'sold', 'got', 'had', 'built', 'made', 'won', 'lost', 'cut', 'put', 'set', 'kept', 'held', 'spun', 'brought', 'sought', 'left', 'run', 'become', 'come', 'begun', 'led', 'shut', 'split', 'dropped', 'said', 'told', 'paid', 'struck', 'hit']);
/** Verbs of having by which a firm counts its brands ("Zenco has 14 brands", "boasts more than 30 labels"): an act only over brands. */
const HAVING_VERBS: ReadonlySet<string> = new Set(['has', 'had', 'boasts', 'boasted']);
/**
 * Words in the act's sentence that make its firm a seller or keeper of others' brands: "Zenco, a retailer, has 400 brands", "has 40 brands
 * on its shelves", "has 12 brands in its portfolio companies" (an investor's).
 */
const OTHERS_BRANDS_WORDS = /^(?:retailer|retailers|store|stores|shop|shops|shelves|stockist|stockists|distributor|distributors|distributes|importer|importers|wholesaler|wholesalers|agency|agencies|marketplace|investor|investors|fund|funds|stake|stakes|stocks|sells|carries|clients|licensee|licensees|under|licence|license|for)$/;
/** Words right before the act's verb that make it no act: a negation, an infinitive's "to", a modal. */
const NOT_ASSERTED_BEFORE: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'to', 'would', 'could', 'might', 'may', 'will', 'should']);
/** The verbs by which a list states what such a noun holds. */
const HOLDS = new Set(['are', 'were', 'include', 'includes', 'included', 'comprises', 'comprise', 'consists', 'consist']);

/** A firm's act of making over things its sentence does not name, and the typer of that sentence (asked only when a list follows). */
export interface MadeAct {
  sentence: number;
  source: SentenceMention;
  typeUnknown: TypeUnknown | undefined;
  /** The act counted the firm's brands ("owns 14 brands", "has more than 30 labels"): a list of its brands may follow. */
  brands?: boolean;
}

/**
 * A firm's act of making over things not named in its sentence ("Zenco launched three new models",
 * "Zenco unveiled its new range"): the name right before a develops verb, with no name after the
 * verb. Undefined otherwise.
 */
export function madeActAt(index: number, words: readonly string[], mentions: readonly SentenceMention[], typeUnknown: TypeUnknown | undefined): MadeAct | undefined {
  if (mentions.length === 0 || mentions.at(-1)!.last >= words.length - 1) return undefined;
  // The sentence's first making verb is the act only where no mention starts after it and a mention ends at most 3 words
  // before it (the maker, below): so it is looked for in that window first, and only then before it (it must not be there).
  // Read so, most sentences ask the trigger lookup of a few words, not all of them; the answer is the same.
  let firstStart = 0;
  let lastEnd = 0;
  for (const m of mentions) {
    firstStart = Math.max(firstStart, m.first);
    lastEnd = Math.max(lastEnd, m.last);
  }
  const from = Math.max(1, firstStart);
  let verb = -1;
  for (let k = from; k <= lastEnd + 3 && k < words.length; k++) {
    if (isMakingVerb(words, k)) {
      verb = k;
      break;
    }
  }
  // "Zenco has 14 brands": a verb of having over the firm's counted brands is an act too, for a list of brands only (helper lin95).
  const having = verb < 0 ? havingBrandsAt(words, from, lastEnd + 3) : -1;
  if (verb < 0 && having < 0) return undefined;
  if (verb < 0) verb = having;
  else for (let k = 1; k < from; k++) if (isMakingVerb(words, k)) return undefined;
  const maker = mentions.filter((m) => m.last <= verb).at(-1);
  // The maker is the verb's subject: at most a few words between, no comma ("Zenco on Monday launched …").
  if (!maker || verb - maker.last > 3 || words.slice(maker.last, verb).some((w) => w === ',' || POSSESSIVES.has(w))) return undefined;
  const brands = countsOwnBrands(words, verb);
  if (having >= 0 && !brands) return undefined;
  return maker.type === 'company' || maker.source === 'unknown' ? { sentence: index, source: maker, typeUnknown, brands } : undefined;
}

/** Where a verb of having over counted brands stands in [from, to] ("has 14 brands", "boasts more than 30 labels"), else -1. */
function havingBrandsAt(words: readonly string[], from: number, to: number): number {
  // "has acquired 14 brands", "has sold 3 brands": an auxiliary before a participle is no having (a deal is no making).
  for (let k = from; k <= to && k < words.length; k++) if (HAVING_VERBS.has(words[k]!) && !/(?:ed|en)$/.test(words[k + 1] ?? '') && !AUXILIARY_PARTICIPLES.has(words[k + 1] ?? '')) return k;
  return -1;
}

/**
 * Whether the words after the act's verb count the firm's own brands: a brand noun within six plain words ("owns 14 brands", "has more
 * than 30 beer brands"), none of them a possessive or a word of a seller, a keeper or a licensee anywhere in the sentence.
 */
function countsOwnBrands(words: readonly string[], verb: number): boolean {
  if (words.some((w) => OTHERS_BRANDS_WORDS.test(w))) return false;
  // "Zenco does not own any brands", "has no brands", "plans to own 14 brands", "would have": no act.
  if ([verb - 2, verb - 1].some((k) => NOT_ASSERTED_BEFORE.has(words[k] ?? ''))) return false;
  for (let k = verb + 1; k <= verb + 6 && k < words.length; k++) {
    if (BRAND_HEADS.has(words[k]!)) return true;
    if (!/^(?:[a-z][a-z-]*|\d[\d,.]*)$/.test(words[k]!) || POSSESSIVES.has(words[k]!) || words[k] === 'no') return false;
  }
  return false;
}

/** Whether `words[k]` starts a develops verb ("launched", "unveiled"). */
function isMakingVerb(words: readonly string[], k: number): boolean {
  return triggersAt(words, k).some((t) => t.relation === 'develops' && (t.form === 'verb' || t.form === 'participle'));
}

/** Whether the act's name is a firm: typed one, or a name nothing typed that the tagger lets be one (typed so). The tagger is the expensive step: asked only once a list follows. */
export function isMaker(act: MadeAct): boolean {
  const maker = act.source;
  if (maker.type === 'company' && maker.source !== 'unknown') return true;
  if (maker.source !== 'unknown' || act.typeUnknown?.(maker, 'company', false) !== 'company') return false;
  maker.type = 'company';
  return true;
}

/** Where the list of a maker's things begins in a sentence that opens with it ("They are …", "These include …", "The new range consists of …"), else -1. */
export function madeListAt(words: readonly string[], brands = false): number {
  // "They were dubbed the EV3 and EV4": the naming word, not the copula, opens the list (helper copmak).
  const named = namedAt(words);
  if (named > 0) return named;
  if (/^(?:they|these)$/.test(words[0] ?? '') && HOLDS.has(words[1] ?? '')) return words[2] === 'of' ? 3 : 2;
  // "These brands include A and B", "Those labels are A and B": after an act that counted brands (helper lin95).
  if (words[0] !== 'the' && words[0] !== 'its' && !(brands && (words[0] === 'these' || words[0] === 'those'))) return -1;
  const head = words.findIndex((w, k) => k >= 1 && k <= 4 && (MADE_HEADS.has(w) || (brands && BRAND_HEADS.has(w))));
  if (head < 0 || !HOLDS.has(words[head + 1] ?? '')) return -1;
  return words[head + 2] === 'of' ? head + 3 : words[head + 2] === ':' ? head + 3 : head + 2;
}

/** Words that name a thing: "It is called the Zeta", "The phone will be named Vela". */
const NAMING = new Set(['called', 'named', 'dubbed', 'branded', 'christened']);
const BE = new Set(['is', 'was', "'s", 'will', 'are', 'were']);
/** Pronouns that stand for the things the sentence before made, one or several: "It is called …", "They were dubbed …". */
const MADE_PRONOUNS = new Set(['it', 'they']);

/**
 * Where the name begins in a sentence that names the thing or things the sentence before made ("Zenco unveiled a new device. It is
 * called the Zeta.", "The phone will be named Vela.", and, helper copmak, plural: "Zenco unveiled two concept cars. They were dubbed
 * the EV3 and EV4.", "The phones are named Plix 8 and Plix 9."), else -1 (stop 70, from stop 69's makers samples).
 */
function namedAt(words: readonly string[]): number {
  const be = MADE_PRONOUNS.has(words[0] ?? '') ? 1 : words[0] === 'the' ? words.findIndex((w, k) => k >= 2 && k <= 4 && BE.has(w)) : -1;
  if (be < 0 || !BE.has(words[be] ?? '')) return -1;
  const k = words[be] === 'will' && words[be + 1] === 'be' ? be + 2 : be + 1;
  return NAMING.has(words[k] ?? '') ? k + 1 : -1;
}

/** A thing a maker's list may hold: a product or model, or a name nothing typed that the tagger lets be one (typed so). */
export function isMade(m: SentenceMention, typeUnknown: TypeUnknown | undefined): boolean {
  if (m.source === 'coref') return false;
  if (m.source !== 'unknown') return m.type === 'product' || m.type === 'model';
  if (typeUnknown?.(m, 'product', false) !== 'product') return false;
  m.type = 'product';
  return true;
}

/** The list that begins at `from` ("the Zeta, the Vela and the Drift"): its first name right there (after an article), the others joined by commas and "and". */
export function madeListFrom(from: number, words: readonly string[], mentions: readonly SentenceMention[]): SentenceMention[] {
  const after = mentions.filter((m) => m.first >= from);
  const first = after[0];
  if (!first || !words.slice(from, first.first).every((w) => w === 'the' || w === 'a' || w === 'an' || w === ':')) return [];
  const out = [first];
  for (const next of after.slice(1)) {
    const between = words.slice(out.at(-1)!.last, next.first);
    if (between.length === 0 || between.length > 3 || !between.every((w) => w === ',' || w === 'and' || w === 'or' || w === 'the')) break;
    out.push(next);
  }
  return out;
}
