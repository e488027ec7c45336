import type { ClaimCollector, SentenceContext } from './claim-check';

/** The rule id of the claims found here. */
export const BRACKETED_MAKER = 'bracket:maker';

/** Between a thing's name and its maker's: an opening bracket, perhaps "by"/"from" and the kind of maker ("the Zeta (by Zenco)", "(from startup Zenco)"). */
const OPENS = /^\s*\(\s*(?:(?:by|from|made\s+by)\s+(?:(?:the\s+)?(?:startup|firm|company|maker|brand|manufacturer|developer|studio|lab)\s+)?)?$/;

/**
 * "the Pixel 9 (Google), the Galaxy S25 (Samsung) and the Xperia 1 (Sony)": a firm's name in
 * brackets right after a product's is its maker, as buyers' guides and round-ups write them
 * (stop 55's readers). Only a firm some rule knows: a ticker or a country in brackets is no
 * maker, and the abstract sentence drops such brackets (abstract-sentence.ts), so this reads
 * the mentions and the text around them.
 */
export function findBracketedMakers(context: SentenceContext, claims: ClaimCollector): void {
  const { mentions, text } = context;
  for (let i = 1; i < mentions.length; i++) {
    const maker = mentions[i]!;
    const thing = mentions[i - 1]!;
    if (maker.type !== 'company' || maker.source === 'unknown' || maker.source === 'coref') continue;
    if (thing.type !== 'product' && thing.type !== 'model' && thing.source !== 'unknown') continue;
    if (!OPENS.test(text.slice(thing.end, maker.start)) || !/^\s*\)/.test(text.slice(maker.end, maker.end + 3))) continue;
    claims.add(maker, 'develops', thing, 'asserted', maker.surface, BRACKETED_MAKER);
  }
}
