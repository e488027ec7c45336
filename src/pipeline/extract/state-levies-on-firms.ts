import type { RelationPattern } from './relation-patterns';

/**
 * Helper lev102 (stop 102), from fresh samples on streaming levies: a state, parliament or court putting a levy, a tax or an
 * investment duty on named firms ("ruled that services such as Zenflix must pay a levy", "charges streamers such as Zenflix a 5%
 * tax", "Denmark's law requires Zenflix to contribute 2% of its revenue", "Zenflix must now pay Spain's 5% streaming tax"). By the
 * catalogue (since stop 89) a state's levies in force restrict the firm they fall on; the older readings want the levy's noun
 * before "on" the firm (trigger-relations.ts) or a duty's head (customs-duty-orders.ts). States only (stateActor): a firm charging
 * its users a fee or paying a dividend lays no levy. A table of its own, spread at the end of RELATION_PATTERNS (TS2590).
 */

/** The firms by their kind before the names: "services such as", "foreign streamers like", "platforms including". */
const KIND_SUCH_AS = String.raw`(?:(?:the |all |big |large |major |global |foreign |international |streaming |video |online |digital |tech |on-demand |subscription |audiovisual )*(?:services|streamers|platforms|firms|companies|giants|providers|operators|broadcasters)(?: ,)? (?:such as|like|including) )?`;

/** A rate before the levy: "a 5 %", "a 2 per cent", "5 percent". */
const RATE = String.raw`(?:[0-9][0-9.,]* (?:%|percent|per cent|pc) )`;

/**
 * Taxes every payer owes, which lay nothing on the firm named ("must pay Spain's corporate tax"), and sums owed, no levy laid ("back
 * taxes", "unpaid taxes"); none may stand among the levy's kinds.
 */
const GENERAL_TAX_WORDS = 'corporate|corporation|income|sales|property|payroll|value-added|vat|withholding|capital|gains|back|unpaid|owed|overdue|minimum|local|road|fuel|carbon';

/** Words of a levy not laid yet: "the proposed levy", "a planned tax". */
const UNSETTLED_WORDS = 'proposed|planned|mooted|floated|threatened|possible|potential|draft|suggested|envisaged';

/** The levy's describing words: "streaming", "digital services", "new"; no preposition ("charged Zenco with tax fraud"). */
const LEVY_KINDS = String.raw`(?:(?!(?:${GENERAL_TAX_WORDS}|${UNSETTLED_WORDS}|on|of|to|for|in|and|or|with|by|from|at|as|over|into|about|under|against|after)(?= ))[a-z-]+ ){0,3}`;

/** The levy itself, with its article, rate and kinds: "a levy", "a 5 % tax", "the new digital services tax". */
const LEVY = String.raw`(?:a |an |the |its |their )?${RATE}?${LEVY_KINDS}(?:levy|levies|tax|taxes|surcharge|surtax)(?= |$)`;

/** A share of the firm's takings: "2 % of their revenue", "5 percent of its annual turnover in Denmark". */
const SHARE_OF_TAKINGS = String.raw`(?:up to |at least |some |about )?${RATE}of (?:their |its |the )?(?:[a-z-]+ ){0,2}(?:revenue|revenues|turnover|sales|income|earnings|takings)(?= |$)`;

/** A firm's takings after its name: what an ordinary tax falls on ("on Zenco's profits"). */
const TAKINGS_AFTER = /^ ?'s (?:[a-z-]+ )?(?:profits?|income|earnings|dividends|payments|wages|salaries|gains)(?= |$)/;

/** What the firm is made to pay or put in: a levy ("pay a 5 % levy"), or a share of its takings ("contribute 2 % of its revenue"). */
const PAYMENT = String.raw`(?:(?:pay|contribute to|pay into) ${LEVY}|(?:pay|contribute|invest|reinvest|spend|set aside|put) ${SHARE_OF_TAKINGS})`;

/** The duty laid on the firms after their names: "must pay", "will have to pay", "are required to contribute". */
const MUST = String.raw`(?:must|shall|will have to|would have to|have to|has to|are required to|is required to|are obliged to|is obliged to|are now required to|are forced to|are to)(?: now| also)?`;

/** A state named first among others to act: "has become the latest country to", "was the first state to". */
const LATEST_TO = String.raw`(?:(?:has |have |had )?(?:become|became|becomes|is|was|is now) (?:the )?(?:latest|first|second|third|newest|last|only|next) (?:[a-z-]+ )?(?:country|nation|state|government|jurisdiction|court|regulator|market) to )?`;

/** A law's nouns: "Denmark's corrected law", "France's new rules". */
const LAW = String.raw`(?:[a-z-]+ ){0,2}(?:law|laws|legislation|rules|decree|regulation|regulations|act|statute)`;

/** The verbs of a duty laid on the firm told before it: "requires Zenflix to pay", "forces streamers such as Zenflix to invest". */
const REQUIRING = 'requires|required|require|requiring|obliges|obliged|oblige|obliging|forces|forced|force|forcing|compels|compelled|compel|compelling|mandates|mandated|mandate|mandating';

export const STATE_LEVIES_ON_FIRMS: readonly RelationPattern[] = [
  // "Denmark has become the latest country to rule that services such as Zenflix and Qorva must pay a levy", "the court ruled Zenflix
  // must contribute 2 % of its revenue". Not "must not pay" nor "does not have to pay" (no negation in MUST).
  { relation: 'restricts', id: 'pattern:restricts:lev102-ruled-firms-must-pay-levy', template: `X P AUX ${LATEST_TO}T(ruled|rules|rule|decided|decides|decide|decreed|decrees|decree|declared|declares|declare|determined|determines|determine) (?:that )?${KIND_SUCH_AS}Y ${MUST} ${PAYMENT}`, stateActor: true, targetNotType: 'government', requires: ['pay|contribute|invest|reinvest|spend|set|put'] },
  // "Denmark charges streamers such as Zenflix a 5 % tax", "France levied Zenflix and Qorva a 3 % surcharge". A levy's noun is needed,
  // so "charged Zenco with fraud" is no levy.
  { relation: 'restricts', id: 'pattern:restricts:lev102-charges-firms-a-levy', template: `X P AUX T(charges|charged|charge|charging|levies|levied|levy|levying) ${KIND_SUCH_AS}Y ${LEVY}`, verb: true, stateActor: true, targetNotType: 'government', requires: ['levy|levies|tax|taxes|surcharge|surtax'] },
  // "France imposed a 3 % digital services tax on Zenflix and Qorva", "Italy levies a tax on streamers such as Zenflix" (the levy's
  // nouns are read by the trigger reader; a tax is not, for "tax" alone is too often no state's act on a firm).
  { relation: 'restricts', id: 'pattern:restricts:lev102-imposed-tax-on-firms', template: `X P AUX T(imposed|imposes|impose|imposing|levied|levies|levy|levying|slapped|slaps|slap|applied|applies|apply|placed|places|put|puts) ${LEVY} on ${KIND_SUCH_AS}Y`, verb: true, stateActor: true, targetNotType: 'government', requires: ['tax|taxes|surcharge|surtax', 'on'] },
  // "Denmark now requires services such as Zenflix to contribute 2 % of their revenue", "France forces Zenflix to pay a 5 % levy".
  { relation: 'restricts', id: 'pattern:restricts:lev102-requires-firms-to-pay', template: `X P AUX ${LATEST_TO}T(${REQUIRING}) ${KIND_SUCH_AS}Y to ${PAYMENT}`, verb: true, stateActor: true, targetNotType: 'government', requires: ['to'] },
  // "Denmark's corrected law now requires services such as Zenflix and Qorva to contribute 2 % of their revenue": the law's state acts.
  { relation: 'restricts', id: 'pattern:restricts:lev102-states-law-requires-firms-to-pay', template: `X1 's ${LAW} AUX T(${REQUIRING}) ${KIND_SUCH_AS}Y to ${PAYMENT}`, stateActor: true, targetNotType: 'government', requires: ["'s", 'to'] },
  // "Under Denmark's new law, streamers such as Zenflix must pay a 5 % levy".
  { relation: 'restricts', id: 'pattern:restricts:lev102-under-states-law-firms-must-pay', template: `T(under) (?:a |an |the )?X1 (?:'s )?${LAW} (?:, )?${KIND_SUCH_AS}Y ${MUST} ${PAYMENT}`, stateActor: true, targetNotType: 'government', requires: ['pay|contribute|invest|reinvest|spend|set|put'] },
  // "France's 3 % digital tax on Zenco and Qorva took effect": a state's tax named on the firms (its levies and duties are read by the
  // trigger reader). Not one proposed or planned (UNSETTLED_WORDS), nor one the sentence calls a plan ("France's tax on Zenco, which
  // it plans to adopt": the claim's status reads it).
  // Nor the state's ordinary tax on a firm's takings ("Italy's tax on Zenco's profits is among Europe's highest").
  { relation: 'restricts', id: 'pattern:restricts:lev102-states-tax-on-firms', template: `X1 's ${RATE}?${LEVY_KINDS}T(tax|taxes|surcharge) on ${KIND_SUCH_AS}Y`, notFollowedBy: TAKINGS_AFTER, stateActor: true, targetNotType: 'government', requires: ["'s", 'tax|taxes|surcharge', 'on'] },
  // "Zenflix and Qorva must now pay Spain's 5 % streaming tax": the state named as the levy's owner after the firms.
  { relation: 'restricts', id: 'pattern:restricts:lev102-firms-must-pay-states-levy', template: `${KIND_SUCH_AS}Y ${MUST} T(pay|contribute to|pay into) X1 's ${RATE}?${LEVY_KINDS}(?:levy|levies|tax|taxes|surcharge|surtax)(?= |$)`, stateActor: true, targetNotType: 'government', requires: ["'s"] },
];
