import { mentionAt, type MentionList } from './clause';
import type { SentenceMention } from './mention';

/**
 * Limits on using a thing, which the annotation rules count as a ban of it, not an export
 * control: "restricted access to Zenapp", "curbs on use of Zenapp", "restricts its staff from
 * using Zenapp", "partially restricted voice calls on Zenapp", "a restriction on calls made
 * through Zenapp". Read by trigger-relations.ts after a `restricts` trigger.
 */

const USE_PHRASE = new Set(['the', 'public', 'user', 'access', 'use', 'usage', 'to', 'of', 'on', 'from', 'using', 'accessing', 'some', 'certain', 'all', 'voice', 'video', 'audio', 'calls', 'calling', 'messaging', 'downloads', 'features', 'made', 'placed', 'through', 'via', 'over', 'in', 'its', 'their', 'his', 'her', "'s", 'staff', 'employees', 'employee', 'workers', 'worker', "'", 'company', 'internal', 'officials', 'agencies', 'personnel', 'members', 'government']);
/** Words of use: "access to", "the use of", "from using". */
const USE_WORDS = new Set(['access', 'use', 'usage', 'using', 'accessing']);
/**
 * "access to platforms including A, B": a plural of things used, enumerated. "access to 27 news websites including A" (stop 78, from
 * stop 77's last bans sets: the count and the outlets' kind left such blocks read as export controls).
 */
const ENUMERATING = new Set(['platforms', 'apps', 'applications', 'services', 'sites', 'websites', 'networks', 'tools', 'chatbots', 'assistants', 'software', 'generative', 'ai', 'including', 'such', 'as', 'like', 'several', 'social', 'media', 'messaging', 'popular', 'major', ',',
  'news', 'online', 'outlets', 'portals', 'dozens', 'hundreds', 'thousands', 'more', 'than', 'other', 'foreign', 'independent', 'opposition']);
/** Words of using a thing's feature: "calls on", "downloads of". */
const FEATURE_USE_WORDS = new Set(['calls', 'calling', 'messaging', 'downloads']);

/** Whether the words between a `restricts` trigger and its first target say "use of" or "access to" it, and nothing else. */
export function limitsUse(words: readonly string[], after: number, targets: readonly MentionList[], mentions: readonly SentenceMention[]): boolean {
  const first = targets[0];
  if (!first || first.first <= after) return false;
  const between = words.slice(after, first.first);
  const thing = mentions[first.members[0]!]!;
  return between.some((w) => USE_WORDS.has(w) || FEATURE_USE_WORDS.has(w)) && between.every((w, k) => USE_PHRASE.has(w) || ENUMERATING.has(w) || /^\d[\d,]*$/.test(w) || w.startsWith('its@') || (between[k + 1] === "'s" && mentionAt(between, k) !== undefined)) && thing.type !== 'government';
}

/**
 * "the company's use of Zenapp": whose use of a named thing is limited, not what ("Zenco's access to chips" is Zenco's own
 * restriction, and so is "Zenco's access to US technology": a state names where the thing comes from, not the thing).
 */
export function isUser(words: readonly string[], list: MentionList, mentions: readonly SentenceMention[]): boolean {
  if (words[list.last + 1] !== "'s" || !USE_WORDS.has(words[list.last + 2] ?? '') || !/^(?:of|to)$/.test(words[list.last + 3] ?? '')) return false;
  const thing = mentionAt(words, list.last + (words[list.last + 4] === 'the' ? 5 : 4));
  return thing !== undefined && mentions[thing]?.type !== 'government';
}
