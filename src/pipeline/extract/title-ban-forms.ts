import type { RelationPattern } from './relation-patterns';

// Helper ttl93 (stop 93), from stop 93's fresh sample on film bans (set 88) and real pages on banned films: a title's screenings
// halted or forbidden in a state ("the screenings of Zeta were halted in theatres in Zembla"), and a censor refusing to let a title
// be released ("refused to let the film Zeta release there"). A maker's own halt names no state; a refusal only weighed gives nothing
// (the hedge guard). A table of its own, spread at the end of RELATION_PATTERNS: one more literal there overflows the type checker.

/** A title's kind before its name: "the film Zeta", "the animated movie Zeta". */
const TITLE_KIND = '(?:(?:[a-z-]+ )?(?:film|movie|series|show|documentary|picture|cartoon|drama|biopic|satire|comedy) )?';

export const TITLE_BAN_FORMS: readonly RelationPattern[] = [
  // "The screenings of Zeta were halted in film theatres in Zembla", "the showing of the film Zeta was forbidden in Zembla": the
  // state where a title's screening is stopped bans it. Only with the state named after "in" (a firm's own halt names none).
  { relation: 'banned', id: 'pattern:banned:ttl93-screenings-halted-in', template: `(?:the )?(?:screenings?|showings?) of (?:the )?${TITLE_KIND}Y1 (?:has |have |had |was |were |is |are )?(?:been )?(?:also )?T(halted|banned|blocked|forbidden|prohibited) (?:in (?:the )?(?:[a-z-]+ ){0,3}(?:theaters|theatres|cinemas) )?in X1 `, stateActor: true, targetNotType: 'government', requires: ['of', 'in'] },
  // "Zembla's censor board refused to let the film Zeta release there", "declined to let Zeta be screened". Not "refused to let
  // Zenco release Zeta": the one let is then the maker, and the title follows the verb.
  { relation: 'banned', id: 'pattern:banned:ttl93-refused-to-let-title-release', template: `X P AUX T(refused|refuses|refuse|declined|declines|decline) to let (?:the )?${TITLE_KIND}Y1 (?:be )?(?:release|released|screen|screened|show|shown)(?= |$)(?! @\\d+)`, verb: true, stateActor: true, targetNotType: 'government', requires: ['let'] },
];
