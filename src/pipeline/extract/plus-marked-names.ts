import type { Lexicon } from '../lexicon/lexicon';
import { surfaceOf, type Token } from '../text/tokens';
import { keyOfName, mentionOver, withChanges, type SentenceMention } from './mention';

/**
 * A plus glued after a name makes another name: the subscription, service or model "Zenco+", "Plix+", "Zenpay+ Gold" (helper marks,
 * from readers of streaming and payments news: after a name the lexicon knows, the plus was dropped and the claim went to the firm
 * or to the plain product). A name no rule knew already kept its plus (name-rules.ts, nameRunEnd); "C++", "+1 more" and "5+ points"
 * have no known name before a glued plus.
 */

/** Tier words written after a plus with a space, the same name's last word: "Zenpay+ Gold", "Plix+ Pro". */
const PLUS_TIERS: ReadonlySet<string> = new Set(['Pro', 'Max', 'Ultra', 'Mini', 'Lite', 'Premium', 'Gold', 'Basic', 'Family', 'Plus', 'Standard']);

/** Whether token `at`, one space after a plus, is a tier word that goes on with the plus's name ("Zenpay+ Gold"). */
export function isTierAfterPlus(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  return t !== undefined && PLUS_TIERS.has(t.text) && tokens[at - 1]?.text === '+' && t.start === tokens[at - 1]!.end + 1;
}

/**
 * The names a lexicon-known firm or product makes with a plus glued after it ("Zenco+", "Plix+ Pro"): a product, owned by the firm
 * whose name it carries (not when another's possessive or name stands before it). Covers their tokens.
 */
export function plusMarkedKnownNames(tokens: readonly Token[], known: readonly SentenceMention[], lexicon: Lexicon, covered: Uint8Array, mentions: SentenceMention[]): void {
  for (const head of known) {
    const plus = tokens[head.last];
    if (head.source !== 'lexicon' || plus?.text !== '+' || covered[head.last] || plus.start !== tokens[head.last - 1]!.end) continue;
    if (head.type !== 'company' && head.type !== 'product' && head.type !== 'model') continue;
    // "Plix+Vexa": a word glued after the plus joins two names, another reading.
    const next = tokens[head.last + 1];
    if (next !== undefined && next.start === plus.end && next.word) continue;
    const last = isTierAfterPlus(tokens, head.last + 1) && !covered[head.last + 1] ? head.last + 2 : head.last + 1;
    const label = surfaceOf(tokens, head.first, last);
    const entry = lexicon.longestMatch([label], 0)?.entry;
    const name = entry ? { key: entry.id, label: entry.name, type: entry.type } : { key: keyOfName(label), label, type: 'product' as const };
    const before = tokens[head.first - 1]?.text ?? '';
    const ownedByAnother = /^['’]s$/.test(before) || known.some((m) => m !== head && m.last === head.first && (m.type === 'company' || m.type === 'product'));
    mentions.push(withChanges(mentionOver(tokens, head.first, last, name, 'rule', label), { ...(head.type === 'company' && !ownedByAnother && { owner: head.key }) }));
    covered.fill(1, head.first, last);
  }
}
