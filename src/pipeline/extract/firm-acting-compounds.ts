import type { Token } from '../text/tokens';

// Helper fpx96, from stop 96's ninety-third fresh sample: a known group's name opening an unknown one ("Zenco Koki", "Zenco Urban
// Investment") was read as the group's product, and the group its maker, though the sentence shows the whole acting as a firm: it
// buys, it is an arm or a subsidiary, things are made by it. Such a compound is a company of its own (owning a company is no develops
// claim the annotation requires, and the named firm may have left the group long ago). Helper subsid: so does a unit's noun right
// before it ("its chip unit Zenco Semiconductor").

/** Words after the compound that a firm does: "Zenco Koki bought Qorva", "… has agreed to acquire …", "… merged with …". */
const FIRM_DEED_AFTER = /^(?:has |had |have )?(?:also |since |later )?(?:bought|acquired|purchased|agreed to (?:buy|acquire|purchase)|took over|merged with|owns|employs|was founded|was established) /;
/**
 * An apposition or a copula naming the compound a firm: ", the beverage arm of …", "was the power tools subsidiary …"; not a thing
 * its maker is named in ("Zenco Plix, the company's phone", "Zenco Plix, a phone its maker sells").
 */
const FIRM_NOUN_AFTER = /^(?:, |(?:is|was|became|remains) )(?:now |then |still )?(?:the|a|an|its) (?:(?!(?:its|their|his|her|the|a|an|of|by|for|with|from|that|which) )[a-z-]+ ){0,3}(?:arm|unit|subsidiary|division|affiliate|branch|maker|manufacturer|producer|company|firm)\b(?! ['’]s)/;
/**
 * A unit's noun right before the compound, after an owner or an article: "its chip unit Zenco Semiconductor", "Zenco's research arm,
 * Zenco Labs, …", "the cloud division Qorva Cloud" (helper subsid: read as the group itself, or as its product, so the unit's own
 * listing or launch went to the group). Not a unit's noun a preposition or a clause word parts from the name ("the arm of Zenco Labs").
 */
const UNIT_NOUN_BEFORE = /(?:^| )(?:its|their|the|a|an|'s|’s) (?:(?!(?:of|by|for|with|from|to|that|which|and|or|the|a|an|its|their) )[a-z-]+ ){0,3}(?:arm|unit|subsidiary|division|affiliate|spin-off|spinoff) (?:, )?$/;
/** Verbs whose agent after "by" is a maker: "power tools made by Zenco Koki". */
const MADE_BY: ReadonlySet<string> = new Set(['made', 'manufactured', 'produced', 'built', 'developed', 'designed', 'owned', 'operated']);

/** Whether the sentence shows the compound from word `first` to `end` acting as a firm. */
export function actsAsFirm(tokens: readonly Token[], first: number, end: number): boolean {
  if (tokens[first - 1]?.lower === 'by' && MADE_BY.has(tokens[first - 2]?.lower ?? '')) return true;
  const before = `${tokens.slice(Math.max(0, first - 7), first).map((t) => t.lower).join(' ')} `;
  if (UNIT_NOUN_BEFORE.test(before)) return true;
  const after = `${tokens.slice(end, end + 10).map((t) => (t.text === ',' ? ',' : t.lower)).join(' ').replace(/^, /, ', ')} `;
  return FIRM_DEED_AFTER.test(after) || FIRM_NOUN_AFTER.test(after);
}

/**
 * "Zenco AI, a division of Zenco", "its research unit Zenco AI": "AI" right after a known firm's name, from word `first` to `end`, is
 * trimmed as a trade acronym, folding the unit into the group; where the sentence shows the whole as a unit or a firm it is the unit's
 * last word (helper subsid). Alone ("Zenco AI built Zeta") it stays trimmed: a firm's long name ("Qorva AI" for Qorva) or its product.
 */
export function aiUnitOfFirm(tokens: readonly Token[], first: number, end: number): boolean {
  const ai = tokens[end - 1];
  return ai !== undefined && ai.text === 'AI' && end - first >= 2 && ai.start === tokens[end - 2]!.end + 1 && !tokens[end]?.capitalized && actsAsFirm(tokens, first, end);
}
