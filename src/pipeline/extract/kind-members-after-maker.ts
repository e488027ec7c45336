import { afterEnumerationCue, mentionAt, type MentionList } from './clause';
import { BRAND_PLURALS, isMadeKind, NAME_COUNTED_AMONG_KIND } from './cue-words';

/**
 * Helper own101: a plural kind of goods right before a making participle, its maker after "by", and the kind's members named after
 * the maker: "Ruritania banned several apps operated by Zenco, including Zeta and Vexa", "the chips made by Zenco, like the Z9",
 * "brands owned by Zenco, among them Zeta". The members are what the maker made; the clause's subject further left ("Ruritania") is
 * not (it was read as made). Only a kind of goods before the participle: "firms backed by Qorva, including Zenco" names no goods.
 */

/** Words that open the members after the maker, beside "such as" (clause.ts's `afterEnumerationCue`). */
const MEMBER_CUES: ReadonlySet<string> = new Set(['including', 'like', 'namely']);

/** Whether the word is a plural kind of goods: "apps", "chips", "games", "brands". */
function isGoodsPlural(word: string): boolean {
  return BRAND_PLURALS.includes(word) || (word.endsWith('s') && isMadeKind(word));
}

/** Where the members start after the maker ending at `last` (", including", ", such as", ", among them"), or -1. */
function membersStart(words: readonly string[], last: number): number {
  const cue = afterEnumerationCue(words, last + 1, MEMBER_CUES);
  if (cue >= 0) return cue;
  return words[last + 1] === ',' && words[last + 2] === 'among' && words[last + 3] === 'them' ? last + 4 : -1;
}

/**
 * The members a plural kind right before the participle at `t` names after its maker `agent` ("apps made by @1 , including @2 and
 * @3"), or undefined.
 */
export function kindMembersAfterMaker(words: readonly string[], t: number, agent: MentionList, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  if (!isGoodsPlural(words[t - 1] ?? '')) return undefined;
  let k = membersStart(words, agent.last);
  if (k < 0) return undefined;
  if (words[k] === 'the') k++;
  const m = mentionAt(words, k);
  const members = m === undefined ? undefined : lists.get(m);
  return members && members.first === k ? members : undefined;
}

/** Members named after the maker, in the abstract sentence's text: ", including @2", "such as the @2", ", among them @2". */
const MEMBERS_NEXT = /^(?:, )?(?:including|like|namely|such as|among them) (?:the )?@\d+ /;

/**
 * The templates' reading of the same (relations.ts): whether the words between a name and the participle end with a plural kind of
 * goods after words of the clause ("@0 banned several apps made by @1 , including @2"), its members named after the maker, so the name
 * is not what was made. A name right before its kind ("the @0 apps made by …") or counted among it ("@0 and other apps") keeps it.
 */
export function kindListedAfterMaker(between: string, afterMaker: string): boolean {
  const kind = /(?:^| )[^ ,@()]+ ([a-z][a-z-]*) $/.exec(between);
  return kind !== null && isGoodsPlural(kind[1]!) && !/[@,()]/.test(between) && !NAME_COUNTED_AMONG_KIND.test(between) && MEMBERS_NEXT.test(afterMaker.trimStart());
}
