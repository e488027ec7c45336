/**
 * Helper trd97 (stop 97, from the ninety-fifth fresh sample's tariff readers): a trade measure whose actor is told between its noun
 * and the goods it falls on, so the demonym of the goods stood too far from the noun to be read: "the tariffs imposed by the Zembla
 * administration on Ruritanian exports" (a passive participle with its agent). The goods named with "from" were read already; this
 * lets their demonym be read the same way.
 */

/** Participles of laying a measure, before "by" and its agent: "proposed", "threatened", "paid" and "lifted" are not among them. */
const LAID_BY = new Set(['imposed', 'levied', 'placed', 'slapped', 'introduced', 'reimposed', 'set', 'raised', 'applied', 'enacted', 'announced']);
/** Words that head a state's acting body after its name: "the Zembla administration", "the Zembla government". */
const BODY_AFTER_NAME = new Set(['administration', 'government', 'authorities', 'regulators']);
/** The preposition that opens the goods a measure falls on. */
const GOODS_OPENERS = new Set(['on', 'upon', 'against']);

/**
 * The index of the goods' preposition past a passive actor clause opening at `at`, right after a measure's noun or rate: "imposed by
 * the @1 administration on", "levied by @1 on"; `at` itself when no such clause ends on "on", "upon" or "against" (so the goods are read
 * only where the clause plainly hands them on). A relative clause ("the duty @1 is placing on") is left alone: the measure's actor is
 * not read there.
 */
export function pastMeasureActorClause(words: readonly string[], at: number): number {
  if (!LAID_BY.has(words[at] ?? '') || words[at + 1] !== 'by') return at;
  let k = at + 2;
  if (words[k] === 'the') k++;
  if (!/^@\d+$/.test(words[k] ?? '')) return at;
  k++;
  if (BODY_AFTER_NAME.has(words[k] ?? '')) k++;
  return GOODS_OPENERS.has(words[k] ?? '') ? k : at;
}
