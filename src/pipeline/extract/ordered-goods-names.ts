import type { Token } from '../text/tokens';

// Helper dvo95, from real news on orders and deliveries of trains, buses, trucks, wind turbines and fuel-cell modules: a
// model's name counted in an order, a delivery, a supply deal or a fleet ("an order for 25 ZX-HD fuel cell modules", "delivered
// 12 Vela NG battery-electric buses", "the supply of 100 Zeta Polyvalent trains") names a product, which the name rules missed
// where qualifiers stood after it ("heavy-duty transit buses") or the kind was no cue noun ("locomotives", "turbines").
// Who makes it is read by the patterns (ordered-goods-patterns.ts and the supply patterns); this only types the name.

/** Plural kinds of vehicle and equipment that orders and fleets count. Not "systems" or "units" (a firm's divisions). */
const ORDERED_KIND_PLURALS: ReadonlySet<string> = new Set(
  ('buses coaches minibuses trains trainsets trams tramcars locomotives railcars metros emus dmus multiple-units ' +
    'turbines modules engines stacks trucks tractors vans jets aircraft airliners planes helicopters freighters ' +
    'ships vessels ferries tankers tugs scanners radars satellites').split(' '),
);

/** Words before the name in the sentence that make the count one of an order, a delivery, a supply deal, a tender or a fleet. */
const ORDER_FRAME = /^(?:orders?|ordered|ordering|contracts?|tenders?|deliver|delivers|delivered|delivering|delivery|deliveries|supply|supplies|supplied|supplying|purchases?|purchased|purchasing|buy|buys|bought|buying|procure|procures|procured|procurement|fleets?)$/;

/** A count: "40", "1,000", "two" to "twelve", "dozens". */
const COUNT = /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozens)$/;

/** A lower-case qualifier (or a measure such as "60-foot", "15-megawatt", "70"): "battery-electric", "heavy-duty", "fuel". */
const QUALIFIER = /^(?:\p{Ll}[\p{Ll}-]*|\d[\d,.]*(?:-\p{Ll}+)?)$/u;
/** Qualifiers that end the reach: another clause, a list, another's goods ("40 buses and Zeta trains", "20 jets from Zeta"). */
const NOT_QUALIFIER: ReadonlySet<string> = new Set(['and', 'or', 'of', 'for', 'from', 'by', 'to', 'with', 'in', 'on', 'at', 'than', 'that', 'which', 'who', 'its', 'their', 'his', 'her', 'the', 'a', 'an']);

/** Words that may follow the kind at the end of its noun phrase. */
const AFTER_KIND = /^(?:[,.;:)]|for|to|from|in|at|on|and|with|by|which|that|worth|valued|as|under|into|over|were|are|will|would|have|has|had|was|is|built|made|powered|delivered|ordered|due|scheduled|expected)$/;

/**
 * A word shaped like a model's: a digit, an inner capital ("V236", "FCmove", "ZetaWave", "eCity"), or a short acronym joined by a
 * hyphen ("ZX-HD"; not a double-barrelled firm's name, "Rolls-Royce").
 */
const MODEL_WORD = /\d|\p{Ll}\p{Lu}|^\p{Lu}{2,}\p{Ll}|\p{Lu}{1,3}-|-\p{Lu}{1,3}$/u;
/** A capitalised acronym after the first word: "Vela NG", "Zeta FL Electric". */
const LATER_ACRONYM = /^\p{Lu}{2,}$/u;

/**
 * Whether the name has the shape of a model: a word shaped like one, or an acronym after its first word. Not plain words ("40 New
 * Flyer buses", "20 Lumo Dennis coaches" may name the maker), nor a capitalised acronym alone ("40 MAN buses", "20 CAF trams").
 */
function modelShaped(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const word = tokens[k]!.text;
    if (MODEL_WORD.test(word) || (k > start && LATER_ACRONYM.test(word))) return true;
  }
  return false;
}

/**
 * Whether the name over tokens [start, end) is a product counted in an order, a delivery, a supply deal or a fleet: a count (and
 * "of the", and up to five qualifiers) before it, up to four qualifiers and an ordered kind's plural after it, and a word of
 * ordering, delivering, supplying, buying or a fleet before it in the sentence ("received an order for 25 of the new ZX-HD fuel
 * cell modules", "a fleet of 40 Vela NG heavy-duty buses"). Not a name with no model's shape ("40 Zenco buses", "40 New Flyer
 * buses" may name the maker).
 */
export function isOrderedGoodsName(tokens: readonly Token[], start: number, end: number): boolean {
  // After: qualifiers, then the kind's plural at the end of its noun phrase.
  if (!modelShaped(tokens, start, end) || !orderedKindAfter(tokens, end)) return false;
  // Before: qualifiers (commas between them), "of the", then a count.
  let b = start - 1;
  for (let n = 0; n < 6 && b >= 0 && ((QUALIFIER.test(tokens[b]!.text) && !NOT_QUALIFIER.has(tokens[b]!.text) && !COUNT.test(tokens[b]!.text)) || tokens[b]!.text === ','); n++) b--;
  if (tokens[b]?.lower === 'the' && tokens[b - 1]?.lower === 'of') b -= 2;
  if (!COUNT.test(tokens[b]?.lower ?? '')) return false;
  return tokens.slice(0, b).some((t) => ORDER_FRAME.test(t.lower));
}

/** A maker's word glued before a model: a capitalised word of letters, not itself shaped like a model ("Zenco", "Wärtsilä"). */
const MAKER_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/**
 * Where a name counted in an order, a delivery or a fleet splits into its maker's word and the model after it (helper ord95, from
 * real news on orders of trains, locomotives, turbines and ship engines): "an order for 92 Zenco V236 wind turbines", "a fleet of
 * Zenco Vela 3XL trains", "four Zenco 34DF main engines". The first word is a plain capitalised word and the rest is shaped like a
 * model on its own; the name must read as ordered goods (isOrderedGoodsName). Returns the model's first token, or -1. Not a name
 * of two plain words ("40 New Flyer buses": no model after the first word), nor one whose first word is an English word, a
 * demonym or a place (the caller checks those: "20 German ICE 4 trains", "the Swiss Vela 12 locomotives").
 */
export function gluedMakerSplit(tokens: readonly Token[], start: number, end: number): number {
  if (end - start < 2 || !MAKER_WORD.test(tokens[start]!.text)) return -1;
  if (!modelShaped(tokens, start + 1, end) || !(isOrderedGoodsName(tokens, start, end) || isFleetName(tokens, start, end))) return -1;
  // The model opens with a capital or a digit: "Vela 3XL", "V236", "34DF" (not "Zenco's" nor a lower-case word), and has a letter
  // ("Vela 12" is a model's name and its number). A model of one word after the maker's opens with a capital and holds a digit
  // ("Zenco V236", "Zenco FH16"): "Vela 3XL" or "Vela X" may be a family's name and its variant, with no maker before it.
  const model = tokens.slice(start + 1, end).map((t) => t.text);
  if (!/^[\p{Lu}\d]/u.test(model[0]!) || !model.some((w) => /\p{L}/u.test(w))) return -1;
  // "40 Zeta CHARGE NG buses": a shouted word of four letters or more is a styled product name, the first word its family's.
  if (model.some((w) => /^\p{Lu}{4,}$/u.test(w))) return -1;
  if (model.length === 1 && !/^\p{Lu}{1,3}\d{2,}/u.test(model[0]!) && !/^\d{2,}\p{Lu}{2,}$/u.test(model[0]!)) return -1;
  // "ordered 20 Vela XC40 locomotives from Zenco": a maker named after the goods makes the first word the model family's.
  return kindFollowedByFrom(tokens, end) ? -1 : start + 1;
}

/** Whether the ordered kind after the name (past up to four qualifiers) is followed by "from": "Vela XC40 locomotives from Zenco". */
function kindFollowedByFrom(tokens: readonly Token[], end: number): boolean {
  let k = end;
  while (k < end + 4 && tokens[k] !== undefined && !ORDERED_KIND_PLURALS.has(tokens[k]!.lower)) k++;
  return tokens[k + 1]?.lower === 'from';
}

/**
 * "a fleet of Zenco Vela 3XL trains", "its fleet of 40 Zenco V236 jets": a name in a fleet, before up to four qualifiers and an
 * ordered kind's plural, names goods (with no count, which isOrderedGoodsName needs).
 */
function isFleetName(tokens: readonly Token[], start: number, end: number): boolean {
  let b = start - 1;
  if (COUNT.test(tokens[b]?.lower ?? '')) b--;
  if (tokens[b]?.lower !== 'of' || !/^fleets?$/.test(tokens[b - 1]?.lower ?? '')) return false;
  return orderedKindAfter(tokens, end);
}

/** Whether up to four qualifiers and an ordered kind's plural, ending its noun phrase, follow token `end`: "… heavy-duty buses for". */
function orderedKindAfter(tokens: readonly Token[], end: number): boolean {
  let k = end;
  while (k < end + 4 && QUALIFIER.test(tokens[k]?.text ?? '') && !NOT_QUALIFIER.has(tokens[k]!.text) && !ORDERED_KIND_PLURALS.has(tokens[k]!.lower)) k++;
  const kind = tokens[k];
  if (kind === undefined || !ORDERED_KIND_PLURALS.has(kind.lower)) return false;
  const next = tokens[k + 1];
  return next === undefined || AFTER_KIND.test(next.lower);
}
