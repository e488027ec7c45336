import type { RelationPattern } from './relation-patterns';
import { PRODUCT_NOUN_WORDS } from './cue-words';

/** Kinds of made thing an opening "Its" may own: "Its new chip", "Their joint app". */
export const KINDS = `(?:${PRODUCT_NOUN_WORDS.join('|')})`;
/** Up to three describing words before the kind, none a tie to another party or a relational noun ("Its rival", "Its customers"). */
export const DESCRIBING = String.raw`(?:(?!(?:of|for|to|on|with|from|by|in|at|as|and|or|rival|rivals|competitor|competitors|customer|customers|partner|partners|supplier|suppliers|ban|bans)(?= ))[a-z0-9-]+ ){0,3}`;
/** Verbs of a firm credited at the sentence's end for what it says: "…, Qorva said", "…, Zenco announced". */
export const CREDIT_VERBS = 'said|says|announced|announces|confirmed|confirms|stated|states|added|adds|disclosed|told reporters|told analysts|told investors';
/** What may follow the credit's verb up to the sentence's end: when and where it was said, no other name ("on Tuesday", "in a statement"). */
export const CREDIT_TAIL = String.raw`(?:(?:on|in|at|late|early|this|last|earlier|a|an|the|its|their|statement|filing|release|press|blog|post|website|tuesday|monday|wednesday|thursday|friday|saturday|sunday|week|month|morning|evening|night|today|yesterday) )*(?:\. )?$`;

/** Passive verbs of bringing a thing to market under a name. */
const MARKETED = 'commercialised|commercialized|marketed|sold|branded|rebranded|relaunched|launched|released|rereleased|re-released';
/** Where or when, between the agent and "as" or "with": "in Europe", "in the 1990s", "since 2019". */
const WHERE_OR_WHEN = String.raw`(?:(?:in|across|throughout|since|from|during|until) (?:the )?(?:[a-z0-9-]+ |@\d+ )(?:, )?)?`;
/** Verbs of leading a market. */
const LEADING = 'dominated|dominates|dominate|dominating|leads|led|lead|leading|ruled|rules|rule|topped|tops|top|cornered|corners|controls|controlled|control|conquered|conquers';
/** Nouns of a market a firm leads. */
const MARKETS = 'market|markets|segment|segments|sector|category|categories|field|industry|space|niche|charts|business';
/** After a name "with" gives, words that make it a firm standing beside the leader, not a thing of its own ("with Qorva close behind"). */
const OTHER_FIRM_AFTER = /^(?:, )?(?:(?:a )?close(?:ly)? |not far |trailing|following|behind|second|in second|as (?:its|their|a|the) (?:main |chief |closest |nearest )?(?:rival|rivals|competitor|competitors|partner|partners|challenger))/;

/** A made kind right after a name ("Its new Z9 chip"): the mention may hold it, so the article's words after the name are read. */
const KIND_AFTER_NAME = new RegExp(`^ (?:${KINDS})(?:s|es)?\\b`);

/** An opening possessive, a made kind it owns and the kind's name set off or right after it, then what the sentence says of it. */
const OPENING_ITS_KIND = String.raw`^T(its|their) ${DESCRIBING}${KINDS}(?:s|es)? (?:, |: )?Y (?:, )?(?:[^ ]+ ){1,16}?`;

/** The same with the name before the kind: "Its new Z9 chip ships in May". */
const OPENING_ITS_NAME_KIND = String.raw`^T(its|their) ${DESCRIBING}Y1 (?:[^ ]+ ){1,16}?`;

/**
 * Helper cat101 (stop 101): a maker told after its product. An opening "Its"/"Their" before a made kind and its name, with the firm
 * credited only at the sentence's end ("Its new chip, the Z9, ships in May, Qorva announced"; "Their joint app, Zeta, launched in
 * India, Zenco and Qorva said"); a passive of marketing with the trade name after "as" ("The design was commercialised by Zenco as
 * the Z9"); a firm leading a market "with" its named things ("Zenco dominated the smart-oven market with Zeta and Vexa"). Not
 * another's thing ("Its rival, the Z9, …"), a ban ("Its ban on Zeta …"), customers ("Its customers, Vexa and Zeta, …"), a sale to a
 * party ("sold by Zenco to Qorva") nor a share ("dominated the market with a 40% share"). A table of its own, spread at the end of
 * RELATION_PATTERNS (TS2590).
 */
export const MAKERS_TOLD_AFTER: readonly RelationPattern[] = [
  // "Its new chip, the Z9, ships in May, Qorva announced", "Their joint app, Zeta, launched in India, Zenco and Qorva said": an
  // opening possessive no earlier firm resolved, the firm credited at the end is its owner.
  { relation: 'develops', id: 'pattern:develops:cat101-opening-its-kind-then-firm-said', template: `${OPENING_ITS_KIND}, X (?:${CREDIT_VERBS}) ${CREDIT_TAIL}`, targetNotType: 'company', requires: [','] },
  // "Its new Z9 chip ships in May, Qorva said": the name before the kind.
  { relation: 'develops', id: 'pattern:develops:cat101-opening-its-name-kind-then-firm-said', template: `${OPENING_ITS_NAME_KIND}, X (?:${CREDIT_VERBS}) ${CREDIT_TAIL}`, targetThenKind: KIND_AFTER_NAME, targetNotType: 'company', requires: [','] },
  // "…, said Qorva on Tuesday."
  { relation: 'develops', id: 'pattern:develops:cat101-opening-its-kind-then-said-firm', template: `${OPENING_ITS_KIND}, (?:${CREDIT_VERBS}) X ${CREDIT_TAIL}`, targetNotType: 'company', requires: [','] },
  // "…, according to Qorva."
  { relation: 'develops', id: 'pattern:develops:cat101-opening-its-kind-according-to-firm', template: `${OPENING_ITS_KIND}, according to X ${CREDIT_TAIL}`, targetNotType: 'company', requires: ['according'] },
  // "The design was commercialised by Zenco as the Z9", "the engine, later marketed by Qorva as Vexa": the name a thing was brought to
  // market under after "as" is the marketer's own. Not another's ("sold by Zenco as Qorva's Z9"), nor a sale to a party ("sold by
  // Zenco to Qorva": no name after "as").
  { relation: 'develops', id: 'pattern:develops:cat101-marketed-by-firm-as-name', template: `T(${MARKETED}) by X ${WHERE_OR_WHEN}as (?!(?:the )?@\\d+ 's )Y`, targetNotType: 'company', requires: ['as'] },
  // "Zenco became the market leader with Zeta", "Qorva is the headset segment leader with its Z9": a market's leader "with" named things.
  // Not a joint lead ("the joint market leader with Qorva").
  { relation: 'develops', id: 'pattern:develops:cat101-market-leader-with-names', template: `X1 P AUX (?:is|was|are|were|became|becomes|remains|remained|has become|had become|have become) (?:now |still |long |firmly )?(?:the |a )?(?:(?!(?:joint|former|the|a)(?= ))[a-z0-9-]+ ){0,3}(?:${MARKETS}) T(leader|leaders) ${WHERE_OR_WHEN}with (?:its |their )?(?:own )?${DESCRIBING}(?!(?:the )?@\\d+ 's )Y`, notFollowedBy: OTHER_FIRM_AFTER, targetNotType: 'company', requires: ['with'] },
  // "Zenco dominated the smart-oven market with Zeta and Vexa", "Qorva leads the segment with its Z9 and Z10 headsets": what a firm
  // leads a market with is its own. Not a share or a figure ("with a 40% share": no name), not another firm close behind it
  // ("with Qorva close behind").
  { relation: 'develops', id: 'pattern:develops:cat101-leads-market-with-names', template: `X1 P AUX (?:long |still |now |already |once |firmly )?T(${LEADING}) (?:the |its |their )?(?:[a-z0-9-]+ ){0,3}(?:${MARKETS}) ${WHERE_OR_WHEN}with (?:its |their )?(?:own )?${DESCRIBING}(?!(?:the )?@\\d+ 's )Y`, notFollowedBy: OTHER_FIRM_AFTER, targetNotType: 'company', requires: ['with'] },
];
