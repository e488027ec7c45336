import type { RelationKind } from '../relation-registry';
import type { Token } from '../text/tokens';
import type { FoundRelation } from './claim-check';
import type { SentenceMention } from './mention';

/**
 * "India banned TikTok in 2020. Nepal followed suit in 2023.", "The Netherlands curbed ASML's
 * sales to China, and Japan did the same": a state or a firm that follows suit does what the
 * act just told did, to the same targets. The act is a ban or a restriction stated earlier in
 * the sentence, or in one of the two sentences before it in the same paragraph; the follower
 * is of the actor's type ("Nepal" follows India, not TikTok). A follower read as one more target
 * of the act ("…to China, and Japan did the same") is a target no more.
 */

/** The relations a follower copies. */
const FOLLOWED: ReadonlySet<RelationKind> = new Set(['banned', 'restricts']);

/** How far back (in sentences) an act can be followed. */
const REACH = 2;

/** Words between the follower and the phrase that keep it an assertion: "Nepal has since followed suit". */
const BETWEEN = new Set(['has', 'have', 'had', 'since', 'soon', 'quickly', 'swiftly', 'promptly', 'also', 'later', 'then', 'subsequently', 'eventually', 'already', 'recently', 'too', 'itself', 'themselves']);

/** Words after a bare "followed" that make it a follower's act, not a guide's ("followed the rules"): a time, or the clause's end. */
const AFTER_BARE_FOLLOWED = new Set(['in', 'on', 'last', 'shortly', 'soon', 'later', 'weeks', 'months', 'days', 'a', 'within', 'this', 'earlier', ',', '.', ';']);

interface Act {
  sentence: number;
  claims: readonly FoundRelation[];
}

export class FollowedActs {
  private act: Act | undefined;

  /** A blank line: acts of the paragraph before are not followed. */
  newParagraph(): void {
    this.act = undefined;
  }

  /**
   * The sentence's claims with the followers' copies of the act added, and any follower taken
   * for a target of it dropped; remembers the sentence's own acts for the sentences after.
   */
  read(index: number, tokens: readonly Token[], mentions: readonly SentenceMention[], claims: readonly FoundRelation[]): readonly FoundRelation[] {
    let out = claims;
    const phrase = mentions.length > 0 ? followingPhrase(tokens) : undefined;
    if (phrase) {
      const followers = followersBefore(tokens, mentions, phrase.at, claims);
      const before = claims.filter((c) => FOLLOWED.has(c.relation) && c.source.last <= phrase.at && !followers.includes(c.source));
      const acts = before.length > 0 ? before : this.act && this.act.sentence >= index - REACH ? this.act.claims : [];
      if (followers.length > 0 && acts.length > 0) {
        const kept = claims.filter((c) => !(followers.includes(c.target) && acts.includes(c)));
        const copies: FoundRelation[] = [];
        for (const follower of followers) {
          for (const act of acts) {
            if (act.source.type !== follower.type || act.target.key === follower.key || act.source.key === follower.key) continue;
            if (copies.some((c) => c.source === follower && c.relation === act.relation && c.target.key === act.target.key)) continue;
            copies.push({ source: follower, relation: act.relation, target: act.target, status: act.status, trigger: phrase.text, rule: 'followed-act' });
          }
        }
        out = [...kept.filter((c) => !copies.some((k) => k.source.key === c.source.key && k.relation === c.relation && k.target.key === c.target.key)), ...copies];
      }
    }
    out = withJoiners(tokens, mentions, out);
    const own = out.filter((c) => FOLLOWED.has(c.relation) && c.rule !== 'followed-act');
    if (own.length > 0) this.act = { sentence: index, claims: own };
    return out;
  }
}

/** Where the sentence says a follower did the same ("followed suit", "did the same", "did likewise", "followed in 2023"), if it does. */
function followingPhrase(tokens: readonly Token[]): { at: number; text: string } | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    const next = tokens[i + 1]?.lower;
    let length = 0;
    if ((w === 'followed' || w === 'follows') && next === 'suit') length = 2;
    else if ((w === 'did' || w === 'done' || w === 'does') && next === 'the' && tokens[i + 2]?.lower === 'same') length = 3;
    else if ((w === 'did' || w === 'done') && next === 'likewise') length = 2;
    else if (w === 'followed' && (next === undefined || AFTER_BARE_FOLLOWED.has(next))) length = 1;
    if (length > 0) return { at: i, text: tokens.slice(i, i + length).map((t) => t.text).join(' ') };
  }
  return undefined;
}

/** The names that do the following: a state's or a firm's, or a list of them, right before the phrase ("Nepal has since", "Japan and Taiwan"). */
function followersBefore(tokens: readonly Token[], mentions: readonly SentenceMention[], at: number, claims: readonly FoundRelation[]): SentenceMention[] {
  let k = at;
  while (k > 0 && BETWEEN.has(tokens[k - 1]!.lower)) k--;
  const followers: SentenceMention[] = [];
  for (;;) {
    const m = mentions.find((x) => x.last === k);
    // "… to China, and Japan did the same": a name the sentence's act reaches is its target, not a follower.
    if (!m || (m.type !== 'government' && m.type !== 'company') || m.source === 'unknown' || (followers.length > 0 && claims.some((c) => c.target === m))) break;
    followers.unshift(m);
    k = m.first;
    const sep = tokens[k - 1]?.lower;
    if (sep === 'and' && tokens[k - 2]?.text === ',') k -= 2;
    else if (sep === 'and' || sep === ',') k -= 1;
    else break;
  }
  return followers;
}

/** Verbs of joining another in an act: "Japan joined the US in restricting …". */
const JOINING: ReadonlySet<string> = new Set(['joined', 'joins']);

/**
 * "Japan joined the United States in restricting exports to China": the act after "in" is read with the one joined for its
 * actor; the joiner, right before "joined", does it too (helper rs84). A joiner behind "not", "may" or "refused to" is not
 * right before the verb, so nothing is copied.
 */
function withJoiners(tokens: readonly Token[], mentions: readonly SentenceMention[], claims: readonly FoundRelation[]): readonly FoundRelation[] {
  const at = tokens.findIndex((t) => JOINING.has(t.lower));
  if (at < 0) return claims;
  const joined = mentions.find((m) => m.first === at + 1 || (m.first === at + 2 && tokens[at + 1]!.lower === 'the'));
  // A mention's `last` is the index just past its last word.
  const act = joined && tokens[joined.last]?.lower === 'in' ? tokens[joined.last + 1]?.lower : undefined;
  if (!joined || !act) return claims;
  const joiners = followersBefore(tokens, mentions, at, claims);
  const copies: FoundRelation[] = [];
  for (const claim of claims) {
    if (!FOLLOWED.has(claim.relation) || claim.source.key !== joined.key || !claim.trigger.toLowerCase().startsWith(act)) continue;
    for (const joiner of joiners) {
      if (joiner.type !== joined.type || joiner.key === claim.target.key) continue;
      if (claims.some((c) => c.source.key === joiner.key && c.relation === claim.relation && c.target.key === claim.target.key)) continue;
      copies.push({ ...claim, source: joiner, rule: 'joined-act' });
    }
  }
  return copies.length > 0 ? [...claims, ...copies] : claims;
}
