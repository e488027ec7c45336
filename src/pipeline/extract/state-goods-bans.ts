/**
 * Since stop 92 a state's ban, halt or suspension of imports or of the sale of another state's goods bans that state ("Ruritania
 * banned imports of food from Zembla", "suspends Zemblan beef imports", "has prohibited the sale of products made in Zembla"), as
 * the fresh samples' readers counted it under "X bans, blocks, bars, prohibits … Y" (it was `restricts` since stop 91). The
 * registry's `banned` takes no state as target, so a state is taken only through these rules of relation-patterns.ts (their ids
 * kept from when they gave `restricts`: the scorer reads them). Tariffs, quotas, restrictions and export bans to a state stay
 * `restricts`.
 */
export const STATE_GOODS_BAN_RULES: ReadonlySet<string> = new Set([
  'pattern:restricts:halted-imports-from-state',
  'pattern:restricts:ban-on-imports-from-state',
  'pattern:restricts:import-ban-on-goods-from-state',
  'pattern:restricts:halted-imports-of-state-goods',
  'pattern:restricts:banned-state-goods-imports',
  'pattern:restricts:ban-on-state-goods',
  'pattern:restricts:halted-state-farm-goods',
  'pattern:restricts:banned-sale-of-goods-from-state',
  'pattern:restricts:told-shops-to-remove-goods-from-state',
  'pattern:restricts:banned-state-goods',
  'pattern:banned:closed-market-to-state-goods',
  'pattern:banned:closed-market-to-state-goods-named',
]);

/** Why these rules give `banned`, for the evidence view (their ids still say `restricts`). */
export const STATE_GOODS_BAN_REASON = 'a construction pattern of "banned" (its id kept from when it gave restricts): a state\'s ban, halt or closure of imports or of the sale of another state\'s goods bans that state (since stop 92)';

/** Whether a `banned` claim of `rule` may take a state as its target: a state's ban on another state's goods. */
export function bansStateGoods(relation: string, rule: string, sourceType: string | undefined, targetType: string | undefined): boolean {
  return relation === 'banned' && STATE_GOODS_BAN_RULES.has(rule) && sourceType === 'government' && targetType === 'government';
}
