/**
 * Helper ban95 (stop 95, from the ninety-second fresh sample's diamond bans): raw goods and commodities a state's ban names by the
 * state's name or demonym alone, as it does farm goods ("the bloc's ban on Zemblan diamonds", "Ruritania bans Zemblan steel",
 * "imposed a ban on Zemblan crude"). They join the farm goods of cue-words.ts, so the same demonym reading and import-ban rules
 * take them; the words these goods only describe ("Zemblan steel maker Zenco", "oil giant") are still no goods (NOT_GOODS_HEADS).
 * "gas" is left out: a halt of a state's gas is as often its own supply cut ("halted Zemblan gas flows to Borduria").
 */
export const STATE_COMMODITY_GOODS: readonly string[] = ['steel', 'aluminium', 'aluminum', 'iron', 'copper', 'nickel', 'gold', 'diamonds', 'gems',
  'gemstones', 'oil', 'crude', 'lng', 'uranium', 'fertiliser', 'fertilizer', 'fertilisers', 'fertilizers', 'potash', 'cement', 'plywood', 'vodka', 'caviar'];

/**
 * Nouns such goods only describe, a firm's site or a carrier rather than the goods: "banned Zemblan steel mill Zenco", "banned
 * Zemblan oil tankers from its ports" (a ban on ships, no goods). They join NOT_GOODS_HEADS of cue-words.ts.
 */
export const COMMODITY_NOT_GOODS_HEADS: readonly string[] = ['mill', 'mills', 'plant', 'plants', 'works', 'smelter', 'smelters', 'refinery', 'refineries',
  'mine', 'mines', 'tanker', 'tankers', 'ship', 'ships', 'pipeline', 'pipelines', 'exchange', 'major', 'majors', 'tycoons', 'oligarch', 'oligarchs'];
