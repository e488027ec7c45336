import type { Token } from '../text/tokens';

// Helper cmp96, from stop 96's ninety-third fresh sample (s93e, drinks makers): "Zenco has sued a Floridian competitor, drinks maker
// Qorva Inc." gave a rival "Floridian", and "Zenco, the company behind Scottish drink Vexa" a maker's product "Scottish". An unknown
// word shaped like a people's adjective, after "a"/"an" and before a noun of a firm or a good, says where the thing is from: no name.

/** An unknown word shaped like a people's adjective: "Floridian", "Zemblan", "Zemblese", "Scottish". */
const ADJECTIVE_SHAPE = /^[A-Z][a-z]{3,}(?:an|ese|ish)$/;

/** Heads of a description the adjective can open: a firm's word, a rival's word, a good's word. */
const DESCRIBED_HEADS: ReadonlySet<string> = new Set(('competitor competitors rival rivals challenger company firm group maker manufacturer producer '
  + 'brand label startup start-up business outfit giant conglomerate operator carrier airline bank lender insurer retailer chain supplier '
  + 'distributor exporter importer brewer distiller drink beverage beer soda whisky spirit').split(' '));

/**
 * Whether the one-word name at `start` is such an adjective: "a"/"an" before it, then one or two lower-case words ending on a
 * described head ("a Floridian competitor", "an Ossian soft-drink maker"). Not a name followed by anything else ("a Zoltan
 * spokesman said" keeps Zoltan), nor after "the" ("the Norwegian budget airline" may be the airline's own name).
 */
export function isArticleDemonymAt(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1]?.lower;
  // Not a surname's ending: "a Coleman company" is the firm's (critic crit96a; "German" is listed).
  if ((before !== 'a' && before !== 'an') || !ADJECTIVE_SHAPE.test(tokens[start]!.text) || tokens[start]!.text.endsWith('man')) return false;
  for (let k = start + 1; k <= start + 2; k++) {
    const word = tokens[k];
    if (word === undefined || !/^[a-z][a-z-]*$/.test(word.text)) return false;
    if (DESCRIBED_HEADS.has(word.text)) return true;
  }
  return false;
}
