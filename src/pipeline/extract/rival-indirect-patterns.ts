import { RIVAL_DESCRIBING } from './rival-bought-patterns';
import type { RelationPattern } from './relation-patterns';

/**
 * Up to four plain words between a firm and its verb ("tried to", "set out to"), none a negation, nor a pronoun that hands the verb
 * to another ("Zenco's stake in Vexa helped it enter …" is Zenco's entry, not Vexa's).
 */
const GAP = String.raw`(?:(?!(?:not|never|no|nor|cannot|without|it|they|them|he|she|we|him|her|us)(?= ))[a-z-]+ ){0,4}?`;

/**
 * Helper rvm93 (stop 93, round 2), from fresh set 88: rivalry told without a rivalry verb between the two firms: a rival bought
 * or chased, a lead lost to a firm, rivals squeezed out, a competing firm set off after a comma, a rival's market entered. A table
 * of its own, spread at the end of RELATION_PATTERNS (that literal is at TypeScript's limit, TS2590).
 */
export const RIVALRY_TOLD_INDIRECTLY: readonly RelationPattern[] = [
  // "Zenco's buyout of smaller rival Qorva Cinemas", "its pursuit of Ruritanian rival Qorva": the rival a possessor's deal names is
  // the possessor's. Not a former or would-be rival, nor another firm's rival ("of Vexa's rival Qorva": no possessive in between).
  { relation: 'competes_with', id: 'pattern:competes_with:rvm93-possessed-deal-for-rival', template: `POSS (?:(?:planned|proposed|failed|abandoned|hostile|pending|\\$?[0-9.,]+|billion|million|[a-z]+-dollar) ){0,3}T(buyout|acquisition|purchase|takeover|pursuit|merger with|absorption) (?:of )?(?:its |a |the )?${RIVAL_DESCRIBING}(?:rival|competitor|archrival|arch-rival) (?:, )?Y1 (?!'s )`, targetNotType: 'government', requires: ['rival|competitor|archrival|arch-rival'] },
  // "Zenco lost its lead to Qorva", "Zenco's shares fell once it lost its lead to Qorva": the firm a lead or a share went to. Only a named firm
  // or thing right after "to" ("lost its lead to inflation" names none), never a state ("lost share to Zembla" is imports).
  { relation: 'competes_with', id: 'pattern:competes_with:rvm93-lost-lead-to', template: `X1 (?:'s (?:shares|stock|sales|revenue|profits?) [a-z]+ (?:after|once|when|as|because|since) it )?AUX ${GAP}T(lost|loses|lose|losing|ceded|cedes|cede|ceding|surrendered|surrenders|surrendering) (?:its|their)(?:@\\d+)? (?:(?:market|sales|early|top|big|commanding|long|long-held|search|global|domestic) ){0,2}(?:lead|crown|dominance|top spot|first place|market share|customers|users) to (?:(?:rival|competitor|newcomer|upstart) )?Y1 (?!'s )`, targetNotType: 'government', requires: ['to'] },
  // "Zenco tried to squeeze Qorva and other competitors out": the squeezed firm is named beside "other competitors", so it is the
  // squeezer's rival; a supplier or a partner squeezed is no rival (the phrase "other competitors" must close the list).
  { relation: 'competes_with', id: 'pattern:competes_with:rvm93-squeeze-named-and-other-rivals', template: `X1 AUX ${GAP}T(squeeze|squeezes|squeezed|squeezing|push|pushes|pushed|pushing|drive|drives|drove|driving|force|forces|forced|forcing|freeze|freezes|froze|freezing|shut|shuts|shutting|crowd|crowds|crowded|crowding) (?:out )?Y (?:, )?(?:and|as well as) other (?:(?:smaller|rival|local|independent) )?(?:competitors|rivals|players|companies|firms) (?:out|from)(?= )`, targetNotType: 'government', requires: ['other'] },
  // "Zenco set out to attack a competing company, Qorva": a competing firm set off after a comma in the clause of a firm is that
  // firm's rival. Not a negated clause, nor a firm's own people or partners (the name must close the phrase), nor a firm a
  // preposition opens ("partnered with a competing firm, Qorva", "hired Jan Doe from a competing firm": the verb acts on it).
  { relation: 'competes_with', id: 'pattern:competes_with:rvm93-a-competing-firm-apposed', template: `X1 AUX ${GAP}(?!(?:with|for|to|of|from|by|at|in|on|and|or)(?= ))(?:[a-z-]+ )(?:a|an) T(competing|rival) (?:company|firm|business|service|app|startup|start-up|platform|brand|chain|carrier|retailer|maker|search engine|streamer|studio) , (?:the )?Y1 (?=[,.;]|$)`, targetNotType: 'government', requires: [','] },
  // "Zenco used its position to enter Qorva's market", "Zenco moved into Qorva's home turf": entering a firm's market is competing
  // with it. Not a state's market ("enter Zembla's market"), nor a negated clause.
  { relation: 'competes_with', id: 'pattern:competes_with:rvm93-entered-firms-market', template: `X1 AUX ${GAP}T(enter|enters|entered|entering|invade|invades|invaded|invading|move into|moves into|moved into|moving into|muscle into|muscles into|muscled into|muscling into|encroach on|encroaches on|encroached on|encroaching on) Y1 's (?:(?:core|home|main|domestic|lucrative|key|traditional) )?(?:market|turf|territory|business)(?= )`, targetNotType: 'government', requires: ["'s"] },
];
