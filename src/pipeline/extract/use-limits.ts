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

/** Words naming whose use is limited, between the trigger and the thing: "its staff from using", "the company's use of". */
const USER_WORDS = new Set(['public', 'user', 'its', 'their', 'his', 'her', "'s", "'", 'staff', 'employees', 'employee', 'workers', 'worker', 'company', 'internal', 'officials', 'agencies', 'personnel', 'members', 'government']);
/** Prepositions that name, after the thing, who may not use it or where: "by officials", "on government devices", "in state agencies". */
const USER_PLACE_PREPOSITIONS = new Set(['by', 'on', 'in', 'at', 'among', 'across', 'within', 'for']);
/** Users and their devices, networks and offices, which end such a phrase. */
const USER_PLACES = new Set(['officials', 'employees', 'staff', 'workers', 'personnel', 'civil', 'servants', 'soldiers', 'troops', 'lawmakers',
  'students', 'government', 'devices', 'phones', 'smartphones', 'laptops', 'computers', 'networks', 'systems', 'agencies', 'offices',
  'ministries', 'departments', 'work', 'workplace', 'schools', 'campuses', 'parliament']);
/** Words that may stand between such a preposition and its user noun: "on all government-issued devices", "by state officials". */
const USER_PLACE_MODIFIERS = /^(?:the|all|its|their|state|federal|public|official|government|government-issued|government-owned|government-run|state-owned|work|office|civil|public-sector|some|certain|its@.*)$/;

/** Whether the words after the thing name its users or their devices: "Zeta by officials", "Zeta on government devices". */
function usersNamedAfter(words: readonly string[], at: number): boolean {
  if (!USER_PLACE_PREPOSITIONS.has(words[at] ?? '')) return false;
  for (let k = at + 1; k < Math.min(words.length, at + 5); k++) {
    if (USER_PLACES.has(words[k]!)) return true;
    if (!USER_PLACE_MODIFIERS.test(words[k]!)) return false;
  }
  return false;
}

/**
 * Whether the words between a `restricts` trigger and its first target say "use of" or "access to" it, and nothing else, and the
 * limit is one on using a service, which blocks it: access to it or to its features ("restricted access to Zenapp", "restricted
 * calls on Zenapp"), its users named ("restricts its staff from using Zenapp", "restricted the use of Zenapp on government
 * devices"), or a known app, service or device used by people ("curbs on use of WhatsApp"). A limit on the use of a substance or
 * of an unknown thing, with no user named ("restrictions on the use of Zetaflon in paints", "restricted the use of Zetaflon"), is
 * a restriction, as the trigger word says (helper rst97, from the fresh sample s95's chemical rules): a ban must say "ban".
 */
export function limitsUse(words: readonly string[], after: number, targets: readonly MentionList[], mentions: readonly SentenceMention[]): boolean {
  const first = targets[0];
  if (!first || first.first <= after) return false;
  const between = words.slice(after, first.first);
  const thing = mentions[first.members[0]!]!;
  const phrased = between.some((w) => USE_WORDS.has(w) || FEATURE_USE_WORDS.has(w)) && between.every((w, k) => USE_PHRASE.has(w) || ENUMERATING.has(w) || /^\d[\d,]*$/.test(w) || w.startsWith('its@') || (between[k + 1] === "'s" && mentionAt(between, k) !== undefined)) && thing.type !== 'government';
  if (!phrased) return false;
  if (between.some((w) => w === 'access' || w === 'accessing' || FEATURE_USE_WORDS.has(w) || USER_WORDS.has(w) || w.startsWith('its@')) || between.some((w, k) => between[k + 1] === "'s" && mentionAt(between, k) !== undefined)) return true;
  const end = targets.at(-1)!.last + 1;
  if (usersNamedAfter(words, end)) return true;
  // A known app or device, unless it is used "in" goods (an ingredient's frame): "the use of Zeta in paints".
  return thing.source === 'lexicon' && words[end] !== 'in';
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
