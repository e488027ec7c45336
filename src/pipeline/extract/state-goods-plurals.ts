/**
 * Helper stb96 (stop 96, from real import-ban news): a state's goods named by its demonym in the plural or as food at large
 * ("imposed an import ban on Zemblan wines", "banned Zemblan foods", "a ban on Zemblan food products"). The farm-goods list of
 * cue-words.ts had the singulars only, so the demonym stayed unread and the ban had no target. They join STATE_FARM_GOODS; the
 * nouns such goods only describe ("Zemblan food chain Zenco", "a Zemblan food delivery app") join NOT_GOODS_HEADS.
 */
export const STATE_GOODS_PLURALS: readonly string[] = ['wines', 'spirits', 'cheeses', 'meats', 'food', 'foods', 'foodstuffs', 'beverages'];

/** Nouns the words above only describe: a firm, a shop or a service, no goods ("brand" before a firm's name; "brands" are still goods). */
export const FOOD_NOT_GOODS_HEADS: readonly string[] = ['chain', 'chains', 'retailer', 'retailers', 'brand', 'delivery', 'app', 'apps', 'platform',
  'restaurant', 'restaurants', 'critic', 'critics', 'writer', 'writers', 'festival', 'festivals', 'culture', 'safety', 'security', 'aid', 'prices', 'inflation', 'industry',
  // Vans, stalls and charities that food only describes (critic crit96d): "banned Zemblan food trucks from the fair".
  'truck', 'trucks', 'van', 'vans', 'stall', 'stalls', 'bank', 'banks', 'court', 'courts', 'hall', 'halls', 'stamps', 'waste'];

/** Verbs that start or go on with an act, before its gerund: "began banning imports of Zemblan wine", "continued blocking …". */
export const STARTED_ACT_WORDS = 'began|begins|started|starts|continued|continues';
