import type { Token } from '../text/tokens';

// Runs of capitalised words that describe a name rather than name anything: a place's adjective, a firm's generic word alone, a
// certification's mark (helper fpx96, from stop 96's ninety-third fresh sample).

// Helper fpx96, from stop 96's ninety-third fresh sample: a place's adjective the lexicon does not list ("Floridian", "Scottish",
// "Bavarian", a coined "Ruritanian") standing alone before a lower-case description of a firm or a product is where the named one
// is from, no name of its own: "sued a Floridian competitor, drinks maker Qorva" gave "Floridian" the rivalry, "the company behind
// Scottish drink Vexa" gave "Scottish" the product. A firm named with the adjective keeps it ("Scottish Power", "Bavarian Motor
// Works"): the next word is capitalised there, and the run is longer than one word.

/** The shape of a place's or a people's adjective: "Floridian", "Ruritanian", "Scottish", "Zemblese", "Bavarian". */
const PLACE_ADJECTIVE = /^\p{Lu}\p{Ll}{3,}(?:ian|ish|ese|an)$/u;

/**
 * Lower-case heads of a description that a place's adjective qualifies: a rival, a kind of firm, a kind of consumer good. Not
 * "brand" nor "shares": "Jordan brand sneakers", "Morgan shares" keep a name ending in "-an".
 */
const DESCRIBED_HEADS: ReadonlySet<string> = new Set(('rival rivals competitor competitors challenger peer peers counterpart counterparts ' +
  'maker makers manufacturer manufacturers producer producers company companies firm firms group giant conglomerate startup start-up ' +
  'retailer chain brewer distiller carrier airline lender insurer automaker carmaker chipmaker supplier exporter outfit').split(' '));
/** Kinds of goods a place's adjective qualifies only before the good's own name: "Scottish drink Vexa", not "the Meridian drink". */
const DESCRIBED_GOODS: ReadonlySet<string> = new Set('drink drinks beverage snack candy beer whisky whiskey wine spirit'.split(' '));

/**
 * A surname's or a brand's ending no unlisted people's adjective has ("German" and "Roman" are listed): "Coleman maker Zenco",
 * "Goldman rival Qorva" kept their firm (critic crit96a: the firm was dropped, its rivalry given to the sentence's subject).
 */
const SURNAME_ENDING = /man$/;

/** Words that end the description before its head: a verb's particle or a clause's word makes the adjective something else. */
const NOT_DESCRIPTION_WORDS: ReadonlySet<string> = new Set(['of', 'by', 'for', 'from', 'with', 'to', 'in', 'on', 'at', 'as', 'and', 'or', 'that', 'which', 'who', 'the', 'a', 'an', 'is', 'was', 'has', 'said']);

/**
 * Whether the one-word run at `start` is an unlisted place's adjective before one to three lower-case words ending on a
 * description's head: "a Floridian competitor", "Ruritanian rival qorva Hub", "Bavarian car maker Zeta"; or on a good's kind
 * before the good's name: "Scottish drink Vexa".
 */
export function isUnlistedPlaceAdjective(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start !== 1 || !PLACE_ADJECTIVE.test(tokens[start]!.text) || SURNAME_ENDING.test(tokens[start]!.text)) return false;
  for (let k = end; k < end + 3; k++) {
    const word = tokens[k]?.text ?? '';
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || NOT_DESCRIPTION_WORDS.has(word)) return false;
    if (DESCRIBED_HEADS.has(word)) return true;
    if (DESCRIBED_GOODS.has(word)) return /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
  }
  return false;
}

// The same sample: a brand its owner writes in lower case before a firm's generic word ("the arm of vela Group", "rival qorva HUB")
// lost its first word, and the generic word alone ("Group", "Hub") became the firm and took the rivalry.

/** A firm's generic words that never name a firm alone. */
const LONE_FIRM_WORDS: ReadonlySet<string> = new Set('Group Holdings Holding Hub HUB Labs Lab Inc Corp Corporation Ltd Limited LLC PLC GmbH AG Ventures Partners'.split(' '));

/** Lower-case words the tagger's word list lacks that are a trade or a business's kind, not a brand: "the pharma Group". */
const COMMON_LOWER_WORDS: ReadonlySet<string> = new Set(('pharma biotech fintech tech auto retail insurance consumer beverage startup start-up cement property unit ' +
  'investment realty agro infra fashion telecom chaebol keiretsu retailer airline esports ecommerce e-commerce textile holding media parent rival arm ' +
  'research design software hardware digital global local regional national private public family').split(' '));

/**
 * Where the name of a one-word run that is a firm's generic word starts: one word earlier when a coined lower-case word stands
 * right before it ("vela Group", "qorva Hub"), `end` (no name) when none does ("the Group said"), undefined for any other run.
 * `isCoined` tells a word the English word list lacks; `isTrade` a trade's or a kind of goods' word.
 */
export function loneFirmWordStart(tokens: readonly Token[], start: number, end: number, isCoined: (w: string) => boolean, isTrade: (w: string) => boolean): number | undefined {
  if (end - start !== 1 || !LONE_FIRM_WORDS.has(tokens[start]!.text)) return undefined;
  const before = tokens[start - 1];
  const lower = before?.text ?? '';
  const brand = before !== undefined && before.end + 1 === tokens[start]!.start && /^\p{Ll}[\p{Ll}\p{N}]{2,}$/u.test(lower) && isCoined(lower) && !COMMON_LOWER_WORDS.has(lower) && !isTrade(lower);
  return brand ? start - 1 : end;
}

/** Determiners before a certification's mark: "a Fairtrade certified bar", "its Halal certified range". */
const MARK_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'our', 'his', 'her', 'every', 'each', 'all']);

/** Words after "certified" used as a verb's participle: "the Plix certified by Zembla", "the Zeta certified last year". */
const AFTER_CERTIFIED_VERB: ReadonlySet<string> = new Set(['by', 'in', 'for', 'to', 'as', 'under', 'with', 'on', 'at', 'from', 'since', 'last', 'this', 'earlier', 'and', 'or', 'that', 'which']);

/**
 * Whether the run is a certification's mark qualifying a noun, not a product or a firm: "launched a Fairtrade certified bar"
 * (set 93: "Fairtrade" was developed by the launcher and banned as an actor). A subject certifying ("Qorva certified the chip")
 * has no determiner before it.
 */
export function isCertificationMark(tokens: readonly Token[], start: number, end: number): boolean {
  const next = tokens[end + 1]?.text ?? '';
  return end > start && end - start <= 3 && /^(?:certified|accredited)$/.test(tokens[end]?.text ?? '') && MARK_DETERMINERS.has(tokens[start - 1]?.lower ?? '') && /^\p{Ll}+$/u.test(next) && !AFTER_CERTIFIED_VERB.has(next);
}

// Helper fls100, from families met across round 2's fresh samples: a capitalised describing word ("Popular", "Instant",
// "Leading") opening a lower-case run before a kind's noun and the thing's own name is how the name is described, no name:
// "the Popular social media app Zapp" gave "Popular" the app.

/** Kinds of products or services a describing word's run ends on before the named one (beyond the made kinds). */
const DESCRIBED_SERVICE_HEADS: ReadonlySet<string> = new Set('site website network messenger marketplace retailer portal outlet chain channel studio engine'.split(' '));

/**
 * Whether the one-word run at `start` is a capitalised common adjective (`isAdjective` of its lower case) before one to three
 * lower-case words ending on a firm's or a product's kind noun that a capitalised name follows: "the Popular social media app
 * Zapp", "Instant messaging platform Zenco". `isKind` tells a product's kind noun ("app", "platform", "game").
 */
export function isDescribingAdjective(tokens: readonly Token[], start: number, end: number, isAdjective: (w: string) => boolean, isKind: (w: string) => boolean): boolean {
  if (end - start !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(tokens[start]!.text)) return false;
  for (let k = end; k < end + 3; k++) {
    const word = tokens[k]?.text ?? '';
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || NOT_DESCRIPTION_WORDS.has(word)) return false;
    // The kind noun must follow a describing word of its own: right after the capitalised word it may be a finite verb ("Wise rivals
    // Revolut", the whole unit suite found).
    if (k > end && (DESCRIBED_HEADS.has(word) || DESCRIBED_SERVICE_HEADS.has(word) || isKind(word)) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) return isAdjective(tokens[start]!.lower);
  }
  return false;
}
