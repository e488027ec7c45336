import type { MentionList } from './clause';
import type { SentenceMention } from './mention';

/**
 * Helper rlh94 (stop 94), from real rivalry news of fast-food chains: a platform named before a quarrel's noun is where the quarrel
 * is held, no party to it. "Zenco started a Zetagram feud with competitor Qorva", "which led to a Zetagram showdown": the firms
 * quarrel, the platform only carries their posts (both readings had made the platform a rival).
 */

/** Nouns of a quarrel held in public: "a Zetagram feud", "a Zetagram spat". */
const QUARREL_NOUNS: ReadonlySet<string> = new Set([
  'feud', 'feuds', 'spat', 'spats', 'showdown', 'showdowns', 'war', 'wars', 'fight', 'fights', 'row', 'rows', 'battle', 'battles', 'beef',
  'exchange', 'exchanges', 'clash', 'clashes', 'squabble', 'squabbles', 'brawl', 'brawls', 'dust-up', 'duel', 'duels', 'roast', 'roasts',
]);

/**
 * Whether the list is a single product's name between "a" or "an" and a quarrel's noun ("a Zetagram feud"): the medium of the
 * quarrel. A firm so named keeps its part ("a Zenco feud with Qorva" is Zenco's), and so does a name after "the" or an 's.
 */
export function isMediumOfQuarrel(words: readonly string[], list: MentionList, mentions: readonly SentenceMention[]): boolean {
  if (list.members.length !== 1 || list.first !== list.last) return false;
  if (!/^(?:a|an)$/.test(words[list.first - 1] ?? '') || !QUARREL_NOUNS.has(words[list.last + 1] ?? '')) return false;
  return mentions[list.members[0]!]?.type === 'product';
}
