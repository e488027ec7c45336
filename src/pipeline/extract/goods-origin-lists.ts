/**
 * A trade measure's goods told as a list before their state (helper rle94, from real tariff and surtax reports): "surtaxes on
 * electric vehicles ( EVs ) , aluminium and steel from Zembla", "tariffs on steel and aluminium products from Zembla, Borduria and
 * the EU". The goods may run longer than the object reader's reach, and "products from Zembla" reads like "firms from Zembla"
 * (where the state only says where the firms are); after a measure's "on" the goods' state is the party, as it is after a rate.
 */

/** Words that end a goods phrase: the goods are no longer what the measure falls on ("goods sold to Zembla", "firms that …"). */
const NOT_GOODS_WORDS: ReadonlySet<string> = new Set(['to', 'by', 'for', 'with', 'in', 'into', 'at', 'that', 'which', 'who', 'against', 'over', 'after', 'before', 'since', 'as', 'than', 'under', 'via', 'through', 'while', 'because', 'but', 'if', 'unless', 'until', 'including', 'except', 'excluding', 'besides']);

/** The longest goods phrase read (tokens). */
const GOODS_REACH = 20;

/** Whether `words[k]` may stand in a goods phrase: a lower-case word, a list's comma, or an acronym in brackets ("( EVs )"). */
function goodsTokenLength(words: readonly string[], k: number): number {
  const w = words[k] ?? '';
  if (w === ',') return 1;
  if (/^[a-z][a-z-]*$/.test(w) && !NOT_GOODS_WORDS.has(w)) return 1;
  // (The reader's words are lower-cased: "( evs )".)
  if (w === '(' && /^[a-z][a-z0-9]{0,5}$/.test(words[k + 1] ?? '') && words[k + 2] === ')') return 3;
  return 0;
}

/**
 * After a measure's preposition at `on` ("on", "upon"), a goods phrase of lower-case words, commas and bracketed acronyms, then
 * "from" and a state (`isStateAt` says which index opens a state's name): that index, or undefined. "from the EU": the article is
 * skipped. A phrase with no goods word, or broken by a name or another preposition, gives nothing.
 */
export function originPastGoodsList(words: readonly string[], on: number, isStateAt: (k: number) => boolean): number | undefined {
  if (words[on] !== 'on' && words[on] !== 'upon') return undefined;
  let k = on + 1;
  let goods = 0;
  while (k <= on + GOODS_REACH && words[k] !== 'from') {
    const n = goodsTokenLength(words, k);
    if (n === 0) return undefined;
    if (words[k] !== ',' && words[k] !== 'and' && words[k] !== 'or') goods++;
    k += n;
  }
  if (words[k] !== 'from' || goods === 0) return undefined;
  const origin = words[k + 1] === 'the' ? k + 2 : k + 1;
  return isStateAt(origin) ? origin : undefined;
}

/** Nouns of goods that "from" gives the state of: "steel products from Zembla", "goods from Zembla". */
const GOODS_HEADS: ReadonlySet<string> = new Set(['products', 'goods', 'items', 'imports', 'wares', 'commodities']);

/**
 * "tariffs on steel and aluminium products from Zembla": whether the "from" at `from` ends goods (headed by a goods noun) that a
 * rated trade measure falls on (`isMeasure` reads the word before "on"), so the state after it is the goods' state, a party.
 */
export function isGoodsOriginAfterMeasure(words: readonly string[], from: number, isMeasure: (word: string) => boolean): boolean {
  if (words[from] !== 'from' || !GOODS_HEADS.has(words[from - 1] ?? '')) return false;
  for (let k = from - 1; k >= 0 && k >= from - GOODS_REACH; k--) {
    if (words[k] === 'on' || words[k] === 'upon') return isMeasure(words[k - 1] ?? '');
    // A bracketed acronym read backwards: ") EVs (".
    if (words[k] === ')' && words[k - 2] === '(') { k -= 2; continue; }
    if (goodsTokenLength(words, k) !== 1) return false;
  }
  return false;
}

/** Participles that tell where goods were made: "made in", "produced in", "manufactured in", "built in", "assembled in", "grown in". */
export const MADE_IN_PARTICIPLES: ReadonlySet<string> = new Set(['made', 'produced', 'manufactured', 'built', 'assembled', 'fabricated', 'grown', 'harvested', 'mined', 'refined', 'processed']);

/**
 * "tariffs on solar cells made in Zembla", "duties on e-bikes manufactured in Zembla and Qorvia" (helper relfam): whether the "in" at
 * `at` follows a making participle that ends goods a rated trade measure falls on (`isMeasure` reads the word before "on"), so the
 * state after it is the goods' state, a party, as after "imported from" or "originating in". Goods only: lower-case words back to
 * the measure's "on", no name, clause word or other preposition between ("duties on Zenco's bikes made in Zembla" is left alone).
 */
export function isMadeInAfterMeasure(words: readonly string[], at: number, isMeasure: (word: string) => boolean): boolean {
  if (words[at] !== 'in' || !MADE_IN_PARTICIPLES.has(words[at - 1] ?? '')) return false;
  let goods = 0;
  for (let k = at - 2; k >= 0 && k >= at - 1 - GOODS_REACH; k--) {
    if (words[k] === 'on' || words[k] === 'upon') return goods > 0 && isMeasure(words[k - 1] ?? '');
    if (words[k] === ')' && words[k - 2] === '(') { k -= 2; continue; }
    if (goodsTokenLength(words, k) !== 1) return false;
    if (words[k] !== ',' && words[k] !== 'and' && words[k] !== 'or') goods++;
  }
  return false;
}
