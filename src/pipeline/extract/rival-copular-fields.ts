import { RIVAL_DESCRIBING } from './rival-bought-patterns';
import type { RelationPattern } from './relation-patterns';

/** Copulas that set a named rival after an owner's rival noun: "is", "had been", "has long been". */
const RIVAL_COPULA = String.raw`(?:is|was|remains|remained|had been|has been|has long been|had long been|has become|became)`;

/**
 * Fights that make two firms litigants or bargainers, not rivals: "in court", "over patents", "over a contract"; nor a fight with
 * another's people ("crossed swords with Qorva's chief executive": critic crit97a).
 */
const NOT_A_MARKET_FIGHT = String.raw`(?!(?:in (?:a |the )?(?:court|courts|lawsuit|legal|patent)|over (?:a |the |its |their )?(?:patents?|lawsuits?|contracts?|payments?|fees|royalties|licen[cs]ing|licen[cs]es?|taxes|debts?))(?= |$)|'s (?:[a-z-]+ ){0,2}(?:chief|ceo|boss|bosses|founder|founders|chairman|chairwoman|president|head|executives?|owner|owners|lawyers?|regulators?|unions?|workers|staff)(?= |$))`;

/**
 * Helper cmp97 (stop 97), from real news of ride-hailing, delivery, streaming and airline rivals: an owner's rival named after a
 * field or a place ("Qorva's stiffest competitor in the Middle East had been Zenco"), and the idioms of a firm's fight with another
 * ("Zenco crosses swords with Qorva"). A table of its own, spread at the end of RELATION_PATTERNS (TS2590).
 */
export const RIVAL_COPULAR_FIELDS: readonly RelationPattern[] = [
  // "Qorva's stiffest competitor in the Middle East had been Zenco", "Qorva's main rival in Zembla is Zenco": a field or a place
  // between the rival noun and the copula (owners-target-is reads the noun right before it). Not a former or a would-be rival
  // (RIVAL_DESCRIBING), nor a denied one ("is not Zenco": only "now" or "still" may stand after the copula), nor a longer phrase
  // ("in the race to buy Vexa is": at most three words after "in").
  { relation: 'competes_with', id: 'pattern:competes_with:cmp97-owners-rival-in-field-is', template: `POSS ${RIVAL_DESCRIBING}T(competitor|rival|challenger|nemesis) in (?:the )?(?:[a-z-]+ |@\\d+ ){1,3}${RIVAL_COPULA} (?:now |still )?(?:the )?Y1(?! 's)`, requires: ['in'], sentenceHolds: /\b(?:competitor|rival|challenger|nemesis) in\b/ },
  // "Zenco crosses swords with Qorva", "Zenco went toe-to-toe with rival Qorva": a fight between two firms told by its idiom ("locks
  // horns with" is a trigger verb). Not with a state ("crosses swords with Ruritania": a firm against its regulator), nor a fight in court or over a contract,
  // patents or fees (litigants and bargainers, no rivals); a negated fight ("has never crossed swords") is marked so by the claim's status.
  { relation: 'competes_with', id: 'pattern:competes_with:cmp97-crosses-swords-with', template: `X1 P AUX T(crosses swords with|crossed swords with|cross swords with|crossing swords with|goes toe-to-toe with|went toe-to-toe with|go toe-to-toe with|going toe-to-toe with) (?:its |rival |its rival |the )?Y1 ${NOT_A_MARKET_FIGHT}`, verb: true, targetNotType: 'government', sentenceHolds: /\b(?:swords|toe-to-toe) with\b/i },
];
