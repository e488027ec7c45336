import type { RelationPattern } from './relation-patterns';
import { PRODUCT_NOUN_WORDS } from './cue-words';

/**
 * Helper cop (stop 100): makers stated through a project noun or a brand's noun rather than a verb: the nominal "development of Y
 * began … by X", an apposition "Y, X's brand name for Z", and a named "Project …" set off after a firm's possessed effort. A table of
 * its own, spread at the end of RELATION_PATTERNS (that literal is at TypeScript's limit, TS2590). Made-up examples only.
 */

/** Parties that sell, list or carry what others make: "a coin offered by the exchange Qorva Inc" names no maker. */
const SELLING_PARTIES = 'exchange|exchanges|broker|brokers|retailer|retailers|distributor|distributors|reseller|resellers|seller|sellers|dealer|dealers|store|stores|marketplace|platform|operator|operators|carrier|carriers|bank|banks|regulator|agency';

/**
 * Describing words between "by the" and a maker's name: "developed by the popular Vexo Project", "by the open-source Vexo Project",
 * "by the community-supported Vexo community". None a preposition, and none that makes the name another party (a former, rival or
 * partner team, nor a seller's noun), and the name must follow at once, not as a possessor ("developed by the drugmaker Qorva's former
 * scientists" names Qorva's staff). "by the end of 2026", "by the popular vote" name no maker. Also read by the
 * passive "developed by" pattern of RELATION_PATTERNS.
 */
export const BY_THE_DESCRIBED = String.raw`(?:the (?:(?!(?:of|for|to|on|with|from|by|in|at|as|and|or|former|ex|previous|rival|rivals|competing|partner|partners|same|other|parent|${SELLING_PARTIES})(?= ))[a-z][a-z0-9-]* ){1,3}(?=@\d+ (?!'s )))?`;

const KINDS = PRODUCT_NOUN_WORDS.join('|');
/** Up to two describing words, none a preposition, nor one that makes the thing another's or a past one's. */
const DESCRIBERS = String.raw`(?:(?!(?:of|for|to|on|with|from|by|in|at|as|and|or|the|a|an|rival|rivals|competing|partner|partners|former|old|previous|ex|licensed|licenced|joint)(?= ))[a-z0-9-]+ ){0,2}`;
/** When a making began: "in 2011", "in early 2011", "in march 2011", "around 2011", "back in 2011", "last year". */
const WHEN_BEGUN = String.raw`(?:(?:back )?(?:in|around|as early as|during) (?:(?:early|mid|late|[a-z]+) )?(?:\d{4}|the \d{4}s)|(?:last|this) (?:year|month|week|spring|summer|autumn|fall|winter)|(?:years|months|decades) ago) `;
/** A brand's nouns: the name a firm gives to a thing it sells ("its brand name for Vexfox", "its trade name for Vexfox"). */
const BRAND_NAME_NOUNS = 'brand name|trade name|marketing name|product name|brand|name|label';
/** A firm's nouns for its own undertaking, singular or plural. */
/** What a firm's "name for" may be that is no thing it sells: "Zenco's name for the Qorva deal", "… for its payments team". */
const NOT_BRANDED = String.raw`(?!(?:[a-z-]+ )?(?:deal|deals|takeover|merger|acquisition|purchase|bid|team|teams|unit|plan|plans|fans|users|staff)(?= |$))`;
const EFFORT_NOUNS = 'effort|efforts|project|projects|programme|programmes|program|programs|initiative|initiatives|venture|ventures|undertaking|push|bet';

export const NOMINAL_AND_APPOSED_MAKERS: readonly RelationPattern[] = [
  // "The development of Cinnamor began in 2011 by the Mintra team", "Work on Cinnamor started by the open-source Mintra project": the
  // agent of a begun making named after the verb (and a time) makes it, as "the development of Cinnamor by Mintra" does. Only
  // beginning verbs; not "was funded by", "began after its purchase by", nor a possessed agent ("by Qorva's unit Mintra").
  { relation: 'develops', id: 'pattern:develops:cop100-making-began-by', template: `(?:the )?T(development|creation|design|making|work) (?:of|on) (?:the |its |their )?Y1 (?:(?:${KINDS}) )?(?:began|begun|started|commenced|kicked off|got under way|got underway|was (?:begun|started|launched|initiated|kicked off)) (?:${WHEN_BEGUN})?(?:, )?(?:(?:led|headed|run) )?by ${BY_THE_DESCRIBED}X1 (?!'s )`, requires: ['by', 'of|on'] },
  // "Icefox, Zembian's brand name for Vexfox, …", "Icefox is Zembian's trade name for Vexfox": a brand's noun for another thing in
  // apposition, or after a copula, names the firm's own brand. Also the name after it: "Zembian's brand name for Vexfox, Icefox,". Not
  // a rival's or a partner's brand, nor a name for no named thing ("Zembian's name for its fans").
  { relation: 'develops', id: 'pattern:develops:cop100-brand-name-for-apposed', template: `Y1 (?:, |(?:is|was|remains|became|will be) )(?:now |also |still )?X1 's ${DESCRIBERS}T(${BRAND_NAME_NOUNS}) for (?:the |its |their )?(?:[a-z-]+ )?@\\d+ ${NOT_BRANDED}(?!'s )`, requires: ["'s", 'for'] },
  // "Icefox, the Zembian brand name for Vexfox,": the firm's name before the brand's noun.
  { relation: 'develops', id: 'pattern:develops:cop100-brand-name-for-premodified', template: `Y1 (?:, |(?:is|was|remains|became|will be) )(?:now |also |still )?(?:the|a) X1 (?!'s )${DESCRIBERS}T(${BRAND_NAME_NOUNS}) for (?:the |its |their )?(?:[a-z-]+ )?@\\d+ ${NOT_BRANDED}(?!'s )`, requires: ['for'] },
  { relation: 'develops', id: 'pattern:develops:cop100-brand-name-for-then-name', template: `X1 's ${DESCRIBERS}T(${BRAND_NAME_NOUNS}) for (?:the |its |their )?(?:[a-z-]+ )?@\\d+ ${NOT_BRANDED}(?:, |is |was |will be )(?:the )?Y1 (?=[,.;:]|$)`, notPrecededBy: /(?:^| )(?:rival|partner|competitor|former) $/, requires: ["'s", 'for'] },
  // "Zenco's car effort, Project Falcon, was shut down", "Qorva's secret car project, Project Titanus,", "its drone and car efforts,
  // Project Hawk and Project Falcon,": an effort named "Project …" in apposition to the firm's possessed effort is the firm's. Only
  // such a name ("Project Veritas" alone, or "Zenco's biggest rival, Qorva," name no effort).
  { relation: 'develops', id: 'pattern:develops:cop100-possessed-effort-project-name', template: `POSS ${DESCRIBERS}(?:[a-z0-9-]+ (?:and|or) [a-z0-9-]+ )?T(${EFFORT_NOUNS}) (?:, |\\( )(?:(?:internally )?(?:known|referred to) (?:internally )?as |(?:code-?named|codenamed|called|dubbed|named) )?Y (?=[,.;:)]|$)`, targetNameIs: /^Project [A-Z0-9]/ },
];
