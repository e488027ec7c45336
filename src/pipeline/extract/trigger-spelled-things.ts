/**
 * Nouns of things spelled like a trigger of a measure: "a candy bar", "a bar called Zeta", "a block of shares". They name a
 * snack, a venue or a batch of stock, no ban, so no claim rests on them (helper pvb96, from real confectionery, launch and
 * share-sale news: "Zeta is a candy bar produced by Zenco" was read as Zeta banning Zenco).
 */

/** Kinds of bar that are things, not bans: a snack's, a drink venue's, a screen's or a metal's bar. */
const THING_BAR_KINDS = new Set([
  'candy', 'chocolate', 'protein', 'snack', 'granola', 'energy', 'cereal', 'nut', 'fruit', 'cookie', 'wafer', 'toffee', 'caramel',
  'nougat', 'coconut', 'peanut', 'butter', 'oat', 'muesli', 'breakfast', 'meal', 'diet', 'ice-cream', 'candy-bar', 'soap',
  'wine', 'cocktail', 'sushi', 'salad', 'juice', 'coffee', 'espresso', 'oyster', 'tapas', 'hotel', 'rooftop', 'karaoke', 'beach',
  'sports', 'piano', 'lobby', 'cigar', 'snack-bar', 'sound', 'tool', 'status', 'progress', 'search', 'address', 'menu', 'task',
  'title', 'navigation', 'scroll', 'side', 'touch', 'light', 'gold', 'silver', 'steel', 'iron', 'crow', 'chin-up', 'pull-up', 'towel',
]);

/** Determiners and owners before a bar's noun. */
const BAR_DETERMINERS = /^(?:a|an|the|this|that|its|their|our|his|her|'s|each|every|one|new)$/;

/**
 * Words after "a bar" or "the bar" that go on describing a thing ("a bar called Zeta", "the bar is sold …"); a ban's noun goes on
 * with what it bars ("the bar on Zenco", "a bar against imports", "the bar imposed in May").
 */
const THING_BAR_NEXT = /^(?:called|named|dubbed|branded|known|that|is|was|has|had|made|produced|sold|launched|containing|filled|topped|coated|with|and|in|at|where|owned|run|,|\.|\))$/;

/** What a block of something counts: shares and votes, not a ban ("a block of shares in Zenco", "a block of Qorva stock"). */
const COUNTED_BLOCKS = /^(?:shares|stock|stocks|equity|votes|voting|seats|tickets|units|bonds|notes|warrants|options|flats|apartments|offices|homes|houses|land|time|hours|text|code|ice|cheese|wood|stone|marble)$/;

/** Trades named by a block ("a block trade", "in a block sale of Zenco shares"). */
const BLOCK_TRADES = /^(?:trade|trades|sale|sales|deal|deals|purchase|purchases|placement|placements|transaction|transactions)$/;

/** Words before a block trade's noun: a determiner or a count of its size. */
const BLOCK_TRADE_BEFORE = /^(?:a|an|the|in|via|through|large|big|huge|overnight|[$€£]?[0-9][0-9.,]*[a-z]*)$/;

/** Whether the trigger word at `t` is a thing's noun spelled like a measure: a snack's bar, a block of shares. */
export function thingSpelledAsTrigger(words: readonly string[], t: number): boolean {
  const w = words[t] ?? '';
  const before = t > 0 ? (words[t - 1] ?? '') : '';
  const next = words[t + 1] ?? '';
  if (w === 'bar' || w === 'bars') {
    if (THING_BAR_KINDS.has(before)) return true;
    return BAR_DETERMINERS.test(before) && THING_BAR_NEXT.test(next);
  }
  if (w === 'block' || w === 'blocks') {
    if (next === 'of') {
      // "a block of shares", "a block of Qorva shares", "a block of 5 million shares": the counted thing within a few words.
      for (let k = t + 2; k < words.length && k <= t + 6; k++) {
        const x = words[k]!;
        if (COUNTED_BLOCKS.test(x)) return true;
        if (x === ',' || x === '.' || x === ';') break;
      }
      return false;
    }
    return BLOCK_TRADES.test(next) && BLOCK_TRADE_BEFORE.test(before);
  }
  return false;
}
