import type { Lexicon } from '../lexicon/lexicon';
import type { Token } from '../text/tokens';
import { keyOfName, mentionOver, withChanges, type SentenceMention } from './mention';
import { TIER_WORDS } from './name-rules';

/**
 * Helper rla94 (stop 94), from real AI start-up news: "Zeta Small/Medium", "the Zeta Pro/Max phones": a tier written after a slash
 * that joins it to a name's own tier is the same line's other release, named whole ("Zeta Medium"), not a stray "Medium" product.
 * Only a slash glued to both tiers (no spaces), after a name of two words or more whose last word is a tier. Runs over a sentence's
 * final mentions, as the shortened list items do (shortened-list-items.ts).
 */
export function expandSlashedTiers(mentions: readonly SentenceMention[], tokens: readonly Token[], lexicon: Lexicon): SentenceMention[] {
  let out: SentenceMention[] | undefined;
  for (const head of mentions) {
    if (head.type !== 'product' && head.type !== 'model' && head.source !== 'unknown') continue;
    const space = head.label.lastIndexOf(' ');
    if (space <= 0 || !TIER_WORDS.has(head.label.slice(space + 1))) continue;
    const slash = tokens[head.last];
    const tier = tokens[head.last + 1];
    if (slash?.text !== '/' || !tier || !TIER_WORDS.has(tier.text)) continue;
    if (slash.start !== tokens[head.last - 1]!.end || tier.start !== slash.end) continue;
    const first = head.last + 1;
    const end = first + 1;
    const list = out ?? [...mentions];
    const overlapping = list.filter((m) => m.first < end && m.last > first);
    // A name that runs past the tier is left as it is ("Small/Medium Business Edition").
    if (overlapping.some((m) => m.first < first || m.last > end)) continue;
    const label = `${head.label.slice(0, space)} ${tier.text}`;
    const entry = lexicon.longestMatch([label], 0)?.entry;
    const entity = entry ? { key: entry.id, label: entry.name, type: entry.type } : { key: keyOfName(label), label, type: head.type };
    const member: SentenceMention = withChanges(mentionOver(tokens, first, end, entity, head.source === 'lexicon' ? 'rule' : head.source), { ...(head.owner && { owner: head.owner }), ...(head.versionOf && { versionOf: head.versionOf }) });
    out = [...list.filter((m) => !overlapping.includes(m)), member].sort((a, b) => a.start - b.start);
  }
  return out ?? (mentions as SentenceMention[]);
}
