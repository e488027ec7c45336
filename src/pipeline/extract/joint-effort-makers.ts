import type { RelationPattern } from './relation-patterns';

/** Making verbs whose thing a joint effort yields (not selling, testing, funding or distributing). */
const MADE = 'developed|co-developed|built|designed|co-designed|created|engineered|made|produced|manufactured';
/** Nouns of a joint effort named by the partners that carry it out: "a collaborative effort between", "a joint project of". */
const JOINT_WORK = 'effort|efforts|collaboration|partnership|project|venture|joint venture|cooperation|co-operation|alliance|tie-up|initiative';
/** A passive's auxiliary, progressive included ("is being built"). */
const PASSIVE_AUX = '(?:was|were|is|are|has been|have been|had been|is being|are being|was being|were being)';
/** After a partner's name: its people or customers are not the partner ("between Zenco and Qorva's engineers"). */
const PARTNERS_PEOPLE_AFTER = /^(?:'s |(?:researchers|engineers|scientists|customers|clients|teams?|staff|students|employees|founders?)\b)/;
/** Nouns of a firm that makes things, beyond the common ones: "social enterprise Zenco", "producer Qorva". */
const MAKER_NOUNS = 'enterprise|producer|co-operative|cooperative|nonprofit|non-profit|spin-off|spinoff|spinout|scale-up';
/** Words of a firm that only sells or brings in another's goods: "importer Qorva" brings to market what it does not make. */
const SELLER_WORDS = '(?:importer|importers|distributor|distributors|retailer|retailers|reseller|resellers|wholesaler|wholesalers|agent|agents|dealer|dealers|partner|partners|investor|investors|backer|backers|client|clients|customer|customers)';

/** Kinds of made thing the product nouns lack, whose name may follow its maker: "technology built by Zenco, called Zeta". */
const MADE_KINDS = 'technology|technologies|tool|tools|solution|solutions|system|systems|software|hardware|component|components|module|modules|kit|kits';

/**
 * Helper cdv94 (stop 94), from real coverage of joint development: a thing made in a joint effort whose partners follow
 * "between" ("the Zeta chip was developed in a collaborative effort between Zenco and Qorva"), and passive makers described by a
 * noun the older rules lack ("developed by social enterprise Zenco", "brought to market by producer Qorva"). A table of its own,
 * spread at the end of RELATION_PATTERNS (that literal is at TypeScript's limit, TS2590).
 */
export const JOINT_EFFORT_MAKERS: readonly RelationPattern[] = [
  // "Zeta was developed in a collaborative effort between Zenco and Qorva", "Zeta is being built through a joint project between
  // Zenco and Qorva": every partner named after "between" makes it. Only making verbs (not "sold through a partnership between"),
  // and not the partners' people ("between Zenco and Qorva's engineers").
  { relation: 'develops', id: 'pattern:develops:cdv94-made-in-joint-effort-between', template: `Y1 (?!'s )C8 (?:${PASSIVE_AUX} )?(?:(?:jointly|originally|first|initially|largely|mainly) )?T(${MADE}) (?:jointly )?(?:through|in|as|via|under|from) (?:a |an |the )?(?:part of (?:a |an |the )?)?(?:[a-z-]+ ){0,2}(?:${JOINT_WORK}) between X`, notFollowedBy: PARTNERS_PEOPLE_AFTER, requires: ['between'] },
  // "The Zeta stove was developed by social enterprise Zenco", "Zeta, made by the Ruritanian producer Qorva": a maker's noun the
  // described-maker rule (relation-patterns.ts) lacks. Not the maker's people ("by Zenco's founder", "by a unit of producer Zenco") nor a seller.
  { relation: 'develops', id: 'pattern:develops:cdv94-made-by-maker-noun', template: `Y1 (?!'s )C8 T(${MADE}) (?:(?:jointly|originally|first|mostly|mainly|entirely|locally) )?by (?:the |a |an )?(?:(?!(?:${SELLER_WORDS}|of|for|with|from|at) )[a-z-]+ ){0,2}(?:${MAKER_NOUNS}) X1 (?!'s )`, requires: ['by'] },
  // "technology built by Zenco, called Zeta Connect", "a tool developed by Qorva, known as Zeta": a kind, its maker, then the name the
  // kind is given. Only making verbs (not "software licensed by Zenco, called …"); not a firm's name after "called".
  { relation: 'develops', id: 'pattern:develops:cdv94-kind-made-by-called', template: `(?:${MADE_KINDS}) (?:(?:that|which) (?:was|is|were|are|has been|have been) )?T(${MADE}) (?:(?:jointly|originally|in-house) )?by (?:the )?X1 , (?:(?:officially|also|now|internally) )?(?:called|named|dubbed|known as|branded) (?:the )?Y1 (?!'s )`, targetNotType: 'company', requires: ['by', ','] },
  // "The Zeta burger was brought to market by producer Zenco", "Zeta, brought to market by Zenco in 2020": a maker's bringing its
  // own thing to market. Not a seller's ("brought to market by importer Qorva", "by its distributor Qorva").
  { relation: 'develops', id: 'pattern:develops:cdv94-brought-to-market-by', template: `Y1 (?!'s )C8 T(brought to market|brought to the market) (?:(?:first|originally) )?by (?:the |a |an )?(?:(?!${SELLER_WORDS} )[a-z-]+ ){0,2}X1 (?!'s )`, notPrecededBy: /(?:^| )(?:not|never) (?:been )?$/, requires: ['brought'] },
];
