import type { SentenceMention } from './mention';

/**
 * Names near a possessive that are another party's, not the possessor's made things (helper possfp, from the false `develops`
 * claims of the possessive rules: pattern develops:6 "X's Y", develops:owners-kind-named "X's kind, the Y", and the enumerations of
 * trigger:maker). Each guard looks at the few words around the claim's names and keeps the possessor's own things:
 * - a role noun of another firm right before the name ("Zenco's rival Qorva phone"): the name is the rival, or the rival's thing;
 *   the lexicon's products keep the reading ("Google's rival Bard chatbot" is Google's own chatbot);
 * - a later member of a list that owns a common noun ("Zenco's phone, the Vexa, and Qorva's tablet"): a second possessor, not a
 *   member of the first one's things;
 * - a thing whose maker a reduced passive names right before it ("unveiled a tablet made by Qorva, the Plix Tab"): the passive's
 *   agent makes it, not the subject that unveils or sells it.
 */

/** A possessive and up to two describing words before a rival's noun, right before the name ("Zenco's closest rival Qorva"). */
const RIVAL_NOUN_BEFORE = /(?:['’]s|\bits|\btheir) (?:[a-z-]+ ){0,2}(?:rival|rivals|arch-rival|archrival|competitor|competitors|challenger|challengers) $/;

/** Whether the target is named right after its possessor's rival noun, and no lexicon name: the rival firm or its thing. */
export function isRivalNamedAfterPossessor(source: SentenceMention, target: SentenceMention, text: string): boolean {
  if (target.source === 'lexicon' || source.end > target.start) return false;
  return RIVAL_NOUN_BEFORE.test(text.slice(Math.max(source.end - 4, target.start - 48), target.start));
}

/** A possessive right after a name, owning a common noun ("Qorva's tablet"): "Qorva's Plix" reads Plix, not Qorva, as the member. */
const OWNS_COMMON_NOUN_AFTER = /^['’]s \p{Ll}/u;
/** A list's joint between the possessor's things and the target: "and", "or". */
const LIST_JOINT = /\b(?:and|or)\b/;
/** The source as a possessor: "Zenco's", "its". */
const POSSESSIVE_AFTER = /^['’]s\b/;
const POSSESSIVE_PRONOUN = /^(?:its|their)$/i;

/**
 * Whether the target is a later member of a list that owns a common noun of its own, after the source's own possessive: "Zenco's
 * phone, the Vexa, and Qorva's tablet", "Zenco's phones such as the Vexa and the Plix, and Qorva's tablets". Not a thing the source
 * owns ("Zenco's Vexa's camera" keeps Vexa), nor a name set off after a source that owns nothing ("Zenco Media, Zeta TV's
 * broadcaster": the apposition names what Zenco Media owns).
 */
export function isLaterPossessorInList(source: SentenceMention, target: SentenceMention, text: string): boolean {
  if (source.end > target.start || !OWNS_COMMON_NOUN_AFTER.test(text.slice(target.end, target.end + 4))) return false;
  if (!POSSESSIVE_AFTER.test(text.slice(source.end, source.end + 3)) && !POSSESSIVE_PRONOUN.test(text.slice(source.start, source.end))) return false;
  return LIST_JOINT.test(text.slice(source.end, target.start));
}

/** A reduced passive naming a maker, right before its agent: "a tablet made by", "a phone built by the". */
const MADE_BY_BEFORE = /\b(?:made|built|developed|designed|manufactured|produced|engineered) by (?:the )?$/;
/** Between the agent and the thing named after it: an apposition's comma ("…made by Qorva, the Plix Tab"). */
const APPOSED_AFTER_AGENT = /^\s*,\s*(?:the\s+)?$/;

/** The opening word of a name: a maker that shares it with the source is the source's own unit ("made by Zenco Labs"). */
const openingWord = (label: string): string => label.split(/[ -]/)[0]!;

/**
 * Whether a reduced passive right before the target names another maker: "Zenco unveiled a tablet made by Qorva, the Plix Tab"
 * (the tablet is Qorva's; Zenco shows or sells it). Not the source's own unit of its name: "a tablet made by Zenco Labs".
 */
export function isMadeByAnotherBefore(source: SentenceMention, target: SentenceMention, mentions: readonly SentenceMention[], text: string): boolean {
  if (source.end > target.start || !text.includes(' by ')) return false;
  return mentions.some((m) => m.key !== source.key && openingWord(m.label) !== openingWord(source.label) && m.start >= source.end && m.end <= target.start && APPOSED_AFTER_AGENT.test(text.slice(m.end, target.start)) && MADE_BY_BEFORE.test(text.slice(Math.max(0, m.start - 32), m.start)));
}
