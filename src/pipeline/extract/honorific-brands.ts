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
  const after = tokens[end];
  if (after !== undefined && BRAND_GOODS.has(after.lower) && !after.capitalized) return true;
  if (isPossessive(after) && POSSESSED_GOODS.has(tokens[end + 1]?.lower ?? '')) return true;
  const before = tokens[start - 1];
  if (before === undefined) return false;
  const listed = MAKER_VERBS.has(before.lower) || (/^(?:as|like|including)$/.test(before.lower) && /^(?:brands|such|labels)$/.test(tokens[start - 2]?.lower ?? ''));
  return listed && (after === undefined || ITEM_CLOSERS.has(after.text));
}
