import { mentionAt, type MentionList } from './clause';

/**
 * Helper xsoft, from software news: "Ding (owned by Zenco) and Vexa Work (owned by Qorva)", "Plix (made by Zenco) and Vexa (made by
 * Qorva) both grew". When the members of a list each carry a bracketed aside, a participle opening one of the brackets tells of the
 * member right before it, not of the whole list. For a passive trigger at word `t`, right after "(": that member alone, when its
 * list has another member followed by a bracket of its own; otherwise undefined (one bracket after a list's last member, "Plix and
 * Vexa (owned by Zenco)", may tell of them all, and is left to the subject search).
 */
export function memberOfParallelAside(words: readonly string[], t: number, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  if (words[t - 1] !== '(') return undefined;
  const host = mentionAt(words, t - 2);
  const list = host === undefined ? undefined : lists.get(host);
  if (host === undefined || !list || list.members.length < 2) return undefined;
  for (let k = list.first; k <= list.last; k++) {
    const m = mentionAt(words, k);
    if (m !== undefined && m !== host && list.members.includes(m) && words[k + 1] === '(') return { members: [host], first: t - 2, last: t - 2 };
  }
  return undefined;
}
