import { mentionAt, type MentionList } from './clause';

/**
 * An alternative someone is looking for is not theirs to offer (helper likes, stop 103, from real software news): in "Zenco is a
 * platform for firms outgrowing Vexa or Plix, or looking for an alternative to Qorva and Borin" the seekers (and what they outgrew)
 * are no rivals of Qorva; the thing offered to them, the sentence's subject before its copula, is: Zenco competes with Qorva and Borin.
 * Members of one list of rivals are not each other's rivals either.
 */

/** Verbs of seeking right before the noun: "looking for an alternative", "want a cheaper alternative". */
const SEEKING = /^(?:seek|seeks|seeking|sought|want|wants|wanting|wanted|need|needs|needing|needed|demand|demands|demanding)$/;
const SEEKING_FOR = /^(?:looking|look|looks|looked|searching|search|searches|searched|shopping|shop|hunting|hunt|hunts|hunted|scrambling|scramble|scrambled|clamouring|clamoring|calling|call|calls|called)$/;
/** Words between the seeking verb and the noun: "an", "a cheaper", "a viable". */
const BEFORE_NOUN = /^(?:a|an|any|some|other|cheaper|viable|credible|open|real|new|better|simpler)$/;

/** Whether the noun at `t` is what someone seeks: "looking for an alternative", "in search of an alternative", "want an alternative". */
export function soughtAlternative(words: readonly string[], t: number): boolean {
  let k = t - 1;
  while (k >= 0 && BEFORE_NOUN.test(words[k]!) && t - k <= 3) k--;
  if (SEEKING.test(words[k] ?? '')) return true;
  if (words[k] === 'for' && SEEKING_FOR.test(words[k - 1] ?? '')) return true;
  return words[k] === 'of' && words[k - 1] === 'search' && words[k - 2] === 'in';
}

/** Words after a sentence's opening name that make it what is offered to the seekers named later: "Zenco is a platform for …". */
const OFFERED_AFTER = /^(?:is|was|remains|caters|catered|aims|aimed)$/;
/** Verbs whose object is the seekers themselves: "Zenco targets users who …". Not "pitches Zeta to": Zeta is what is offered. */
const COURTING = /^(?:targets|targeted|serves|served|courts|courted|woos|wooed)$/;

/** The opening name offered to the seekers of the alternative at `t`, before a copula with "for", "to" or "at" between, or before a verb courting the seekers. */
export function offeredToSeekers(words: readonly string[], t: number, lists: ReadonlyMap<number, MentionList>): MentionList | undefined {
  const opening = mentionAt(words, 0);
  const list = opening === undefined ? undefined : lists.get(opening);
  if (!list) return undefined;
  const between = words.slice(list.last + 2, t);
  if (between.some((w) => w === ';' || w === '.')) return undefined;
  if (COURTING.test(words[list.last + 1] ?? '')) return list;
  if (!OFFERED_AFTER.test(words[list.last + 1] ?? '')) return undefined;
  return between.some((w) => w === 'for' || w === 'to' || w === 'at') ? list : undefined;
}
