/**
 * Helper pos98 (stop 98), from real news on vitamins and packaged goods: brands spelt as a common noun's possessive before a
 * name ("Nature's Zeta", "Puritan's Vexa", "Mother's Lumo") are one brand each, owned by whoever the sentence says, never by
 * "Nature" or "Mother" (the 's was read as an owner's, and "Nature develops Zeta" came out). The word list the praise join uses
 * (compromise's lexicon) lacks some of these nouns ("nature", "puritan"), and a brand after them need not open with a word of
 * praise, so the nouns are listed here: people's roles and kin, and nature's words, none a firm's name in the news.
 */
export const COMMON_NOUN_BRAND_OWNERS: ReadonlySet<string> = new Set([
  'Nature', 'Earth', 'Heaven', 'Angel', 'Mother', 'Mom', 'Mum', 'Mama', 'Grandma', 'Granny', 'Grandpa', 'Nana', 'Nanny', 'Auntie',
  'Farmer', 'Gardener', 'Baker', 'Chef', 'Puritan', 'Pilgrim', 'Fisherman',
]);

/** First words of a day's or a season's name after such a noun: "Mother's Day", "Mother's Day Eve" (no brand). */
export const NOT_BRAND_AFTER_OWNER_NOUN: ReadonlySet<string> = new Set(['Day', 'Days', 'Night', 'Eve', 'Week', 'Weekend']);
