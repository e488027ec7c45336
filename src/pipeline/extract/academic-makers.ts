import type { SentenceMention } from './mention';

/**
 * Helper typing (stop 103), from the last fresh sample's readers: universities and research institutes build and release models and
 * products ("Zembla University built the Zeta model", "researchers at Zembla University released Plix", "the Zeta model was developed
 * by Zembla College"), but the name rules type a school an organisation (name-rules.ts, ACADEMIC_WORDS), which no relation's maker
 * is, and the claim was lost. Through a maker's verb such a body is the thing's developer, typed a company as the annotation types AI
 * labs. Through a possessive only a model ("Zembla University's Zeta model"): "Zembla University's Zeta campus" names what it runs.
 */

/** Last or inner words of a school's or a research body's name. */
const ACADEMIC_HEADS: ReadonlySet<string> = new Set(['University', 'College', 'Academy', 'Polytechnic', 'Institute', 'Laboratory', 'Laboratories']);

/** Whether `m` is a university's or a research institute's name, which a rule typed an organisation (not a pronoun's reading). */
export function isAcademicBody(m: SentenceMention): boolean {
  return m.type === 'organization' && m.source !== 'unknown' && m.source !== 'coref' && m.label.split(' ').some((w) => ACADEMIC_HEADS.has(w));
}
