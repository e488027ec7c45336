import type { RelationPattern } from './relation-patterns';

// Helper rlb94 (stop 94), from real news sentences on states acting against foreign tech firms: the made-up short forms of these bans
// were read already; the real ones were lost to what stands between the parts: a long party barred ("operators taking part in a 5G
// auction", "operators that signed up for the auction"), an aside before the agent of a passive ban, two verbs of revoking or a place's
// name between a firm and its licence, and the buying of a firm's goods as what is banned. A table of its own, spread at the end of
// RELATION_PATTERNS (TS2590 there).

/** The kinds of party a state bars from using something, the head of a long party. */
const PARTY_HEADS = 'operators|carriers|telecoms|telcos|providers|companies|firms|agencies|departments|ministries|employees|staff|officials|contractors|suppliers|banks|networks|bidders|licensees|licence holders|license holders';
/**
 * A barred party that may run long: "operators taking part in a 5G auction", "the country's operators that had signed up to take part".
 * Its tail holds no name, punctuation or "from": the first "from" after the head opens what the party may not do.
 */
const LONG_PARTY = String.raw`(?:the |all |its |their )?(?:[a-z0-9-]+ (?:'s )?){0,3}(?:${PARTY_HEADS}) (?:(?!from )[^@\s,;:.()!?]+ ){0,14}`;
/** What the party may not do with a maker's wares: "from using", "from buying". */
const KEPT_FROM = 'from (?:using|buying|purchasing|procuring|deploying|installing|acquiring equipment from)';
/** For speed only: what every match of rlb94-long-party-kept-from-wares spells, the party's head then its "from using" (sentenceHolds). */
const KEPT_FROM_SPELLED = new RegExp(`(?:${PARTY_HEADS}) (?:(?!from )[^@\\s,;:.()!?]+ ){0,14}${KEPT_FROM} `);
/** Wares named by their maker after their kind: "products made by (both) A and B". */
const WARES_MADE_BY = String.raw`(?:(?:any |the )?(?:products|equipment|gear|kit|software|hardware|technology|components|devices|systems|apps) (?:made|supplied|produced|sold|provided|manufactured) by (?:both |either )?)?`;
/** Staff or bodies a passive ban bars: "federal agencies", "government employees". */
const PASSIVE_PARTY = String.raw`(?:[a-z-]+ ){0,2}(?:agencies|departments|ministries|employees|staff|officials|workers|contractors|servants|personnel|staffers|operators|carriers)`;
/** An aside set off by commas before a passive ban's agent: ", a Russian company ,". */
const ASIDE = String.raw`(?:, (?:[^\s,;:.()!?]+ ){1,8}, )?`;
/** What a regulator takes back from a firm: its services, authority, licence or permit ("Zenco's operating licence"). */
const GRANTS = 'services|service|authority|authorities|authorization|authorizations|authorisation|authorisations|licence|license|licences|licenses|permit|permits|certificate|certificates';
/** A second verb of ending after "revoked and": "revoked and terminated". */
const SECOND_ENDING = 'terminated|terminate|terminates|cancelled|canceled|cancel|ended|end|withdrew|withdrawn|withdraw|rescinded|rescind';
/** Buying named as what a ban takes away: "banned the purchase of Zenco drones" (no sale or acquisition: those are deals). */
const BUYING_OF = '(?:the |all |any )?(?:purchase|purchases|purchasing|procurement|buying) of (?:(?:all|any|new) ){0,2}';
/** Goods after a maker's name: what makes "the purchase of Zenco drones" a ban on the maker's wares, not on shares or a firm. */
const GOODS = 'drones|cameras|products|equipment|gear|kit|phones|handsets|devices|software|hardware|chips|systems|routers|modems|vehicles|cars|apps|servers|scanners|batteries|panels';
const GOODS_AFTER_MAKER = String.raw`(?=(?:[a-z-]+ )?(?:${GOODS})(?= |$))`;
/** The same goods when the maker's mention took them in ("Zenco drones" read as one name): the article's words after the name. */
const GOODS_IN_MENTION = new RegExp(String.raw`^\s*(?:[a-z-]+ )?(?:${GOODS})\b`, 'i');

/** A placing on a list, then a relative clause naming those already on it: "put Zenco on the Covered List, which already includes names such as". */
const listAlreadyHolding = (lists: string): string => String.raw`X P AUX T(put|puts|placed|places|added|adds|adding) (?:\S+ ){1,8}?(?:on|to) (?:the |its |an |a )?(?:\S+ 's )?(?:${lists}) (?:, )?(?:which|that) (?:already |also |now |currently )?(?:includes|include|lists|contains|names) (?:(?:[a-z-]+ )?(?:names|companies|firms|vendors|makers|brands|entities|groups) )?(?:such as |like |including |, )?Y`;

export const LONG_BAN_PHRASINGS: readonly RelationPattern[] = [
  // "Sweden's regulator banned operators taking part in a 5G auction from using products made by A and B": a state barring a long
  // party from using a maker's wares bans the maker (the trigger reader stops at a number or a clause inside the party).
  { relation: 'banned', id: 'pattern:banned:rlb94-long-party-kept-from-wares', template: `X P AUX T(banned|bans|barred|bars|prohibited|prohibits|forbade|forbids|forbid) ${LONG_PARTY}${KEPT_FROM} ${WARES_MADE_BY}Y`, verb: true, stateActor: true, notFollowedBy: /^(?:'s )?(?:[a-z-]+ )?(?:shares|stock|stocks|bonds|data|rivals?|competitors?)(?= |$)/, requires: ['from'], sentenceHolds: KEPT_FROM_SPELLED },
  // "Federal agencies have been banned from using Zenco software, a Vexan company, by the Ruritanian government": the agent after an
  // aside bans what the party may not use.
  { relation: 'banned', id: 'pattern:banned:rlb94-passive-kept-from-by-agent', template: String.raw`${PASSIVE_PARTY} (?:have|has|had) been (?:already )?T(banned|barred|prohibited|forbidden) from (?:using|buying|installing|downloading|deploying) ${WARES_MADE_BY}Y(?:[a-z-]+ ){0,3}${ASIDE}by (?:the )?X1`, stateActor: true, requires: ['by'] },
  // "The regulator has revoked and terminated Zenco's services", "voted unanimously to revoke Zenco Ruritanian operating licence":
  // two verbs of ending, or a place's name between the firm and its licence, still take the licence from the firm. An export or
  // import licence revoked is an export control (restricts, read by the trigger reader).
  { relation: 'banned', id: 'pattern:banned:rlb94-revoked-firms-grant', template: String.raw`X P AUX (?:voted (?:unanimously )?to )?T(revoked|revokes|revoke|revoking) (?:and (?:${SECOND_ENDING}) )?Y(?:'s )?(?:@\d+ )?(?:(?!export |exports |import |imports )[a-z-]+ ){0,2}(?:${GRANTS})(?= |$)`, verb: true, stateActor: true },
  // "The Justice Department banned the purchase of Zenco drones": banning the buying of a maker's goods bans the maker.
  { relation: 'banned', id: 'pattern:banned:rlb94-banned-buying-of-makers-goods', template: `X P AUX T(banned|bans|barred|bars|prohibited|prohibits|blocked|blocks|halted|halts|suspended|suspends) ${BUYING_OF}Y${GOODS_AFTER_MAKER}`, verb: true, stateActor: true },
  // "The FCC put Zenco on the Covered List, which already includes names such as A, B and C": those the list holds are banned by its
  // owner as the newcomer is (the real-dev rules read the Covered List's members as banned, an Entity List's as restricted).
  { relation: 'banned', id: 'pattern:banned:rlb94-covered-list-already-holds', template: listAlreadyHolding('covered list'), verb: true, stateActor: true, requires: ['covered'] },
  { relation: 'restricts', id: 'pattern:restricts:rlb94-entity-list-already-holds', template: listAlreadyHolding('entity list|trade blacklist|blacklist|export blacklist|sanctions list'), verb: true, stateActor: true, requires: ['list|blacklist'] },
  // "banned the purchase of Zenco drones" where "Zenco drones" is one mention: the goods are read from the article after the name.
  { relation: 'banned', id: 'pattern:banned:rlb94-banned-buying-of-goods-in-mention', template: `X P AUX T(banned|bans|barred|bars|prohibited|prohibits|blocked|blocks|halted|halts|suspended|suspends) ${BUYING_OF}Y(?=\\. |; |using |with |for |by |in |under |across |from |$)`, verb: true, stateActor: true, targetThenKind: GOODS_IN_MENTION },
];
