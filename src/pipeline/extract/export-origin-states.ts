import type { SentenceMention } from './mention';

/**
 * A state named only as the origin of the goods withheld is no target of the export curb (helper exb101): "blacklisted Zenco,
 * restricting access to US exports", "restricted exports of US chips to Vietnam". The curb's target is the buyer or the destination;
 * the state before "chips" or "technology" only says where they come from. Imports stay apart: a curb on imports of a state's goods
 * restricts or bans that state (state-goods-bans.ts), so only access and exports are read here.
 */

/** What withholding words end right before the state: "access to", "exports of", "the export of", "sales of". */
const WITHHELD_BEFORE = /\b(?:access to|exports? of|sales? of|shipments? of|transfers? of) (?:the |all |certain |some |advanced |sensitive )?$/i;

/** Technology and goods nouns after the state: "US exports", "U.S.-origin chips", "American-made software". */
const TECH_GOODS_AFTER = /^(?:-origin|-made| origin| made)? (?:(?:advanced|sensitive|high-end|cutting-edge|dual-use|military|commercial) )?(?:exports|technology|technologies|tech|chips|semiconductors|software|components|parts|equipment|items|goods|products|hardware|tools|know-how)\b/i;

/** Whether the state mention `target` stands only as the origin of withheld technology or goods. */
export function isExportedGoodsOrigin(target: SentenceMention, text: string): boolean {
  if (target.type !== 'government') return false;
  return WITHHELD_BEFORE.test(text.slice(Math.max(0, target.start - 40), target.start)) && TECH_GOODS_AFTER.test(text.slice(target.end, target.end + 40));
}
