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
  if (!modelShaped(tokens, start, end)) return false;
  // After: qualifiers, then the kind's plural at the end of its noun phrase.
  let k = end;
  while (k < end + 4 && QUALIFIER.test(tokens[k]?.text ?? '') && !NOT_QUALIFIER.has(tokens[k]!.text) && !ORDERED_KIND_PLURALS.has(tokens[k]!.lower)) k++;
  const kind = tokens[k];
  if (kind === undefined || !ORDERED_KIND_PLURALS.has(kind.lower)) return false;
  const next = tokens[k + 1];
  if (next !== undefined && !AFTER_KIND.test(next.lower)) return false;
  // Before: qualifiers (commas between them), "of the", then a count.
  let b = start - 1;
  for (let n = 0; n < 6 && b >= 0 && ((QUALIFIER.test(tokens[b]!.text) && !NOT_QUALIFIER.has(tokens[b]!.text) && !COUNT.test(tokens[b]!.text)) || tokens[b]!.text === ','); n++) b--;
  if (tokens[b]?.lower === 'the' && tokens[b - 1]?.lower === 'of') b -= 2;
  if (!COUNT.test(tokens[b]?.lower ?? '')) return false;
  return tokens.slice(0, b).some((t) => ORDER_FRAME.test(t.lower));
}
