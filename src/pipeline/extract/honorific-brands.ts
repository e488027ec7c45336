import { isPossessive, type Token } from '../text/tokens';

/**
 * Helper typ98 (stop 98), from real consumer-goods news: brands named after a mascot or a homely figure open with a person's
 * honorific ("Zenco, which makes Mr. Tarn and Vexa soap", "Mrs. Vexa's pies", "the Mr. Tarn brand"). The honorific made a person
 * of the name, so the maker lost the brand and the list after it. The honorific reads as a brand's word only where the sentence
 * says goods: a kind of consumer goods right after the name, plural goods after its possessive, or a maker's verb or a brands
 * list right before it, with the name closing a list item. "Mr. Roe said", "hired Mrs. Vexa", "Mr. Roe's car" stay people.
 */

/** Honorifics a brand may open with: "Mr. Clean"-like mascots, "Mrs. Vexa's" bakers, "Dr. Zeta" tonics. */
const HONORIFICS: ReadonlySet<string> = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr']);

/** Consumer goods a brand's name is written before: "Mr. Tarn cleaner", "Mrs. Vexa's pies", "the Mr. Tarn brand". */
const BRAND_GOODS: ReadonlySet<string> = new Set([
  'brand', 'brands', 'label', 'range', 'line', 'products',
  'pie', 'pies', 'cookie', 'cookies', 'biscuits', 'cakes', 'muffins', 'snack', 'snacks', 'chips', 'crisps', 'popcorn', 'candy',
  'sauce', 'sauces', 'soup', 'soups', 'cereal', 'cereals', 'jam', 'juice', 'juices', 'soda', 'sodas', 'drink', 'drinks', 'tea', 'teas',
  'coffee', 'cleaner', 'cleaners', 'soap', 'soaps', 'detergent', 'wipes', 'sponges', 'shampoo', 'lotion', 'cream', 'creams',
  'food', 'foods', 'treats', 'kibble',
]);

/** Plural goods after the brand's possessive: "Mrs. Vexa's pies" (a singular one is a person's thing: "Mr. Roe's car"). */
const POSSESSED_GOODS: ReadonlySet<string> = new Set([...BRAND_GOODS].filter((w) => w.endsWith('s') && !['brands', 'products'].includes(w)));

/** A maker's verbs before a brand it makes or sells ("which makes Mr. Tarn and …"); not "made" ("made Mr. Roe its chief"). */
const MAKER_VERBS: ReadonlySet<string> = new Set(['makes', 'produces', 'manufactures', 'sells', 'markets', 'owns', 'launched', 'launches', 'introduced', 'acquired', 'bought']);

/** What may close a brand's list item: "makes Mr. Tarn and Vexa", "brands such as Mr. Tarn, Lumo". */
const ITEM_CLOSERS: ReadonlySet<string> = new Set(['and', 'or', ',', '.', ';', ')']);

/** The name's words after its honorific and full stop: "Mr . Clean" → the index of "Clean". */
function nameFrom(tokens: readonly Token[], start: number): number {
  return tokens[start + 1]?.text === '.' ? start + 2 : start + 1;
}

/** Whether the run tokens[start, end), opening with an honorific, names a brand by the sentence's evidence. */
export function isHonorificBrand(tokens: readonly Token[], start: number, end: number): boolean {
  if (!HONORIFICS.has(tokens[start]?.text ?? '')) return false;
  const from = nameFrom(tokens, start);
  if (end - from < 1 || end - from > 2) return false;
  if (end - from === 1 && firmBearsBrandElsewhere(tokens, start, from)) return true;
  const after = tokens[end];
  if (after !== undefined && BRAND_GOODS.has(after.lower) && !after.capitalized) return true;
  if (isPossessive(after) && POSSESSED_GOODS.has(tokens[end + 1]?.lower ?? '')) return true;
  const before = tokens[start - 1];
  if (before === undefined) return false;
  const listed = MAKER_VERBS.has(before.lower) || (/^(?:as|like|including)$/.test(before.lower) && /^(?:brands|such|labels)$/.test(tokens[start - 2]?.lower ?? ''));
  return listed && (after === undefined || ITEM_CLOSERS.has(after.text));
}

/**
 * Helper nam98b (stop 98, round 2), from real drinks news: a firm named after its brand carries the honorific inside its name
 * ("Keurig Dr Pepper"-like: "Zenco Dr Tarn owns Dr Tarn"). A capitalised word right before the honorific is no title and no
 * person's part, so the run is the firm's name, and the honorific and one word after it are that firm's brand in the sentence.
 * "Professor Dr Roe" (a title before it), "Meanwhile Dr Roe said" (an English word opening the sentence) stay people.
 */
export function isFirmNamedForHonorificBrand(tokens: readonly Token[], start: number, at: number, end: number, isOrdinaryWord: (word: string) => boolean): boolean {
  if (!HONORIFICS.has(tokens[at]?.text ?? '') || at <= start) return false;
  const from = nameFrom(tokens, at);
  if (end - from !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(tokens[from]!.text)) return false;
  for (let k = start; k < at; k++) {
    const word = tokens[k]!.text;
    if (!/^\p{Lu}[\p{L}-]*$/u.test(word) || isOrdinaryWord(word) || (k === 0 && isOrdinaryWord(word.toLowerCase()))) return false;
  }
  return true;
}

/** Whether the sentence elsewhere names a firm ending in this honorific and name: "Dr Tarn" beside "Zenco Dr Tarn". */
function firmBearsBrandElsewhere(tokens: readonly Token[], start: number, from: number): boolean {
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (k === start || tokens[k]!.text !== tokens[start]!.text) continue;
    const name = nameFrom(tokens, k);
    if (name === from || tokens[name]?.text !== tokens[from]!.text || tokens[name + 1]?.capitalized === true) continue;
    if (/^\p{Lu}\p{Ll}+$/u.test(tokens[k - 1]!.text) && k - 1 > 0) return true;
  }
  return false;
}
