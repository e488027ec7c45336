import { GOODS_BAN_PHRASING_RULES } from './goods-ban-phrasings';
import { REGION_IMPORT_BAN_RULES } from './region-import-bans';

/**
 * Since stop 92 a state's ban, halt or suspension of imports or of the sale of another state's goods bans that state ("Ruritania
 * banned imports of food from Zembla", "suspends Zemblan beef imports", "has prohibited the sale of products made in Zembla"), as
 * the fresh samples' readers counted it under "X bans, blocks, bars, prohibits … Y" (it was `restricts` since stop 91). The
 * registry's `banned` takes no state as target, so a state is taken only through these rules of relation-patterns.ts.
 * Tariffs, quotas, restrictions and export bans to a state stay `restricts`.
 */
export const STATE_GOODS_BAN_RULES: ReadonlySet<string> = new Set([
  'pattern:banned:halted-imports-from-state',
  'pattern:banned:ban-on-imports-from-state',
  'pattern:banned:import-ban-on-goods-from-state',
  'pattern:banned:halted-imports-of-state-goods',
  'pattern:banned:banned-state-goods-imports',
  'pattern:banned:ban-on-state-goods',
  'pattern:banned:halted-state-farm-goods',
  'pattern:banned:banned-sale-of-goods-from-state',
  'pattern:banned:told-shops-to-remove-goods-from-state',
  'pattern:banned:banned-state-goods',
  'pattern:banned:closed-market-to-state-goods',
  'pattern:banned:closed-market-to-state-goods-named',
  'pattern:banned:states-ban-on-imports-from-state',
  'pattern:banned:states-ban-on-state-goods',
  'pattern:banned:state-goods-imports-banned-by-state',
  'pattern:banned:banned-state-imports-bare',
  // Helper imp93: goods from a state's regions, a suspension announced, a dated list of regions, a headline's "more".
  ...REGION_IMPORT_BAN_RULES,
  // Helper pln93: the registration or use of a state's goods banned ("banned the registration of Zemblan-made vaccines").
  'pattern:banned:pln93-banned-registration-of-state-goods',
  'pattern:banned:pln93-banned-registration-of-goods-made-in-state',
  'pattern:banned:pln93-decree-banning-registration-of-state-goods',
  // Helper ban95: imports into a place, "prohibits imports of" a demonym's goods, "by banning imports from" (goods-ban-phrasings.ts).
  ...GOODS_BAN_PHRASING_RULES,
]);

/** Whether a `banned` claim of `rule` may take a state as its target: a state's ban on another state's goods. */
export function bansStateGoods(relation: string, rule: string, sourceType: string | undefined, targetType: string | undefined): boolean {
  return relation === 'banned' && STATE_GOODS_BAN_RULES.has(rule) && sourceType === 'government' && targetType === 'government';
}
