import type { AbstractSentence } from './abstract-sentence';
import { mentionLists, subjectsBefore } from './clause';
import type { SentenceMention } from './mention';

/**
 * Official acts and who issued them. Government texts name the issuer once ("DoD, GSA, and
 * NASA are issuing an interim rule …") and then let the act act ("This interim rule … implements
 * the prohibition of TikTok"; "The directive requires agencies to remove …"). An act noun in the
 * subject of a later trigger stands for the bodies that issued it.
 */

/**
 * Nouns for what bodies issue. A passed law and a decree are acts too (helper ins97, from real news on states banning ingredients:
 * "Zembla passed a law in 2018. The law bans the sale of creams containing zenoxate"); a bill is not, as it may not pass.
 */
const ACT_NOUNS = new Set(['rule', 'rules', 'order', 'orders', 'directive', 'directives', 'determination', 'regulation', 'regulations', 'decision', 'action', 'measure', 'measures', 'update', 'updates', 'controls', 'guidance', 'policy', 'prohibition', 'memorandum', 'notice', 'law', 'laws', 'decree', 'decrees']);
/** Verbs by which a body issues an act; a legislature passes it, a government gazettes it (helper ins97). */
const ISSUING = new Set(['issue', 'issues', 'issued', 'issuing', 'adopt', 'adopts', 'adopted', 'adopting', 'announce', 'announces', 'announced', 'announcing', 'publish', 'publishes', 'published', 'implement', 'implements', 'implemented', 'implementing', 'enact', 'enacts', 'enacted', 'introduce', 'introduces', 'introduced', 'approve', 'approves', 'approved', 'finalize', 'finalized', 'finalise', 'finalised', 'sign', 'signed', 'pass', 'passes', 'passed', 'gazette', 'gazettes', 'gazetted']);
/** Sentences an act noun may reach back to its issuer. */
export const ACT_REACH = 3;

/** The bodies that issue an act in this sentence ("DoD, GSA, and NASA are issuing an interim rule"), if any. */
export function issuersIn(sentence: AbstractSentence, mentions: readonly SentenceMention[]): SentenceMention[] | undefined {
  const { words } = sentence;
  for (let t = 0; t < words.length; t++) {
    if (!ISSUING.has(words[t]!)) continue;
    const act = words.slice(t + 1, t + 8).some((w) => ACT_NOUNS.has(w));
    if (!act) continue;
    const subject = subjectsBefore(words, t, mentionLists(words)).find((l) => l.members.every((m) => mentions[m]!.type === 'government'));
    if (subject) return subject.members.map((m) => mentions[m]!);
  }
  return undefined;
}

/**
 * Whether the clause of word `t` opens with an act for subject: "This interim rule revises …",
 * "The binding operational directive requires agencies to … remove …", "These updates will …".
 */
export function actOpensClause(words: readonly string[], t: number): boolean {
  let start = t - 1;
  while (start >= 0 && words[start] !== ';' && words[start] !== ':' && words[start] !== '.') start--;
  let i = start + 1;
  if (!/^(?:the|this|these|that|today's)$/.test(words[i] ?? '')) return false;
  for (i++; i < t && i <= start + 5; i++) {
    const w = words[i]!;
    if (ACT_NOUNS.has(w)) return true;
    if (!/^[a-z][a-z-]*$/.test(w)) return false;
  }
  return false;
}

/** Whether a sentence may issue an act: it has an issuing verb and an act noun (cheap test before the abstract sentence). */
export function mayIssue(tokens: readonly { text: string }[]): boolean {
  let verb = false;
  let act = false;
  for (const t of tokens) {
    verb ||= ISSUING.has(t.text);
    act ||= ACT_NOUNS.has(t.text);
    if (verb && act) return true;
  }
  return false;
}
