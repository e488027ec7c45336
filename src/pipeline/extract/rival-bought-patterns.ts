import { PAST_RIVAL_WORDS } from './cue-words';
import type { RelationPattern } from './relation-patterns';

/** Describing words before a rival noun, none of them past, negated or a would-be rival's ("not the main rival", "its former rival"). */
export const RIVAL_DESCRIBING = String.raw`(?:(?!(?:${PAST_RIVAL_WORDS}|not|never|no|potential|possible|rival|rivals)(?= ))[a-z-]+ ){0,3}`;

/**
 * Helper rvl93 (stop 93), from stop 92's fresh set 87: a rival named in a buyer's frame or with its field before its party, spread
 * at the end of RELATION_PATTERNS (a table of its own, TS2590).
 */
export const RIVALS_BOUGHT_AND_FIELDED: readonly RelationPattern[] = [
  // "Zenco grew after acquiring a rival, Qorva Healthcare, in 2019", "Zenco, by buying its smaller rival, Qorva, …": the rival a
  // gerund of buying names after a comma is the rival of the clause's subject, the nearest name before it with only plain words
  // between (no other name, no possessive), that name opening its clause ("Zenco sued Tarn after buying a rival, Qorva" is Zenco's
  // purchase, not its object's). Not a former rival, nor one the firm only tried to buy ("after failing to buy": the
  // gerund must follow the time word directly).
  { relation: 'competes_with', id: 'pattern:competes_with:rvl93-after-buying-apposed-rival', template: `(?:^|(?:,|that|said|says|but|while) )(?:the )?X1 (?:, )?(?:[a-z-]+ ){0,4}?(?:after|by|since|following|when|while) (?:acquiring|buying|purchasing|taking over|buying out|absorbing|merging with|snapping up) (?:a |an |its(?:@\\d+)? |their )?${RIVAL_DESCRIBING}T(rival|competitor|archrival|arch-rival) , (?:the )?Y1 (?=,|\\.|$|in |for |last |this |earlier )`, requires: [','] },
  // "Borin, now the main rival in paper products to Zenco and Qorva", "Borin is the biggest competitor in tissue to Zenco": a field
  // between the rival noun and "to". Not "a rival in talks to buy Qorva" (no name right after "to"), nor a negated or future copula.
  { relation: 'competes_with', id: 'pattern:competes_with:rvl93-rival-in-field-to', template: `X1 (?:, |is |was |remains |became |has become )(?:now |still )?(?:the |a |an |its(?:@\\d+)? )?${RIVAL_DESCRIBING}T(rival|competitor|challenger) in (?!(?:talks|the running|the race|a bid|court)(?= ))(?:[a-z-]+ ){1,3}to (?:the )?Y (?!'s )`, requires: ['in'] },
];
