import type { RelationPattern } from './relation-patterns';
import { INVESTOR_NAME } from './cue-words';

/**
 * Helper unt97 (stop 97), from set 95's readers and real news on consumer-goods spin-offs and carve-outs: the brands a firm's own
 * unit sells, makes or includes are the firm's (README, since stop 92: a seller of its own brands made them). "Zenco will spin off
 * its consumer health division that sells Lumo and Tarn", "Zenco will divest its home unit - including brands such as Lumo -",
 * "Zenco agreed to sell its Lumo and Tarn arm". The unresolved "its" before a plain unit noun points at the clause's subject; a
 * verb of buying before it makes the unit another's ("Qorva agreed to buy its unit that sells Lumo"), and a unit that trades
 * others' goods (distribution, retail, wholesale) or a possessive word ("its rival's unit") is no owner's maker. A table of its
 * own, spread at the end of RELATION_PATTERNS (TS2590).
 */

/** Units of a firm: "division", "consumer health business", "home care arm". */
const UNIT_NOUNS = 'division|divisions|unit|units|arm|business|businesses|segment|subsidiary';
/** A word that may describe a unit: none a trader of others' goods, a possessive's owner or a function word. */
const UNIT_DESCRIBER = String.raw`(?!(?:distribution|distributing|retail|retailing|wholesale|import|imports|trading|reseller|dealer|dealership|licensing|licensed|rival|rivals|partner|partners|customer|customers|client|clients|supplier|suppliers|investment|stake|of|and|or|to|for|the|a|an)(?= ))`;
/** Up to four describing words or names before the unit: "its consumer health division", "its Home business". */
const DESCRIBING = String.raw`(?:${UNIT_DESCRIBER}(?:[a-z-]+|@\d+) ){0,4}`;
/**
 * The same without names, after a possessor: "Zenco's Asia business, which includes Ruritania and Zembla" holds places (an older
 * test's); "its Home business" keeps its name, as "its" leaves no other reading.
 */
const DESCRIBING_WORDS = String.raw`(?:${UNIT_DESCRIBER}[a-z-]+ ){0,4}`;
/** What the unit does with the brands: "that sells", ", which also includes brands such as", "- including". */
const UNIT_HOLDS = String.raw`(?:(?:, |- |– |— )?(?:that|which) (?:also |now |still |currently )?(?:sells|sell|makes|make|produces|produce|markets|market|manufactures|includes|include|owns|houses|comprises)|(?:, |- |– |— |\( )(?:also )?(?:including|includes))`;
/** "brands such as", "personal care brands", "household names like": the kind before the list. */
const BRANDS_KIND = String.raw`(?:(?:[a-z-]+ ){0,2}(?:brands|labels|names|marques)(?: (?:such as|like|including))? |such brands as )?`;
/** Not another's goods: "its unit that sells Qorva's Lumo" (a list reads "@1 's @2" as @2). */
const NOT_OTHERS_GOODS = String.raw`(?!(?:the )?@\d+ 's )`;
/** Verbs of buying, which make a unit or a firm's unit another's. */
const BUYING = 'buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|purchasing';
/**
 * Words between the subject and "its": no mention, and no verb of buying, investing or serving that makes the unit another's; nor a
 * sale done ("Zenco sold its foods business, which includes Vexa": the brands were the seller's, the business now includes them for
 * its buyer; an older test, dvx93's), while one agreed or planned ("agreed to sell its …") leaves them the seller's still.
 */
const TO_ITS = String.raw`(?:(?!(?:${BUYING}|take|takes|took|taking|invest|invests|invested|investing|stake|sold|with|from|for|of|by|its)(?= ))[a-z0-9$%.,-]+ ){0,10}?`;
/** A verb or noun of buying or selling right before the possessor: "bought Zenco's …", "the sale of Zenco's …". */
const BOUGHT_OR_SOLD_JUST_BEFORE = new RegExp(`(?:^| )(?:${BUYING}|sell|sells|sold|selling|sale of|acquisition of|purchase of|takeover of)(?: the)? $`);
/** A trader of others' goods named in the (abstract, lower-case) sentence: "the drugstore group will spin off its unit that sells Lumo". */
const NO_OTHERS_TRADER = String.raw`^(?!.*\b(?:retail(?:ers?)?|department stores?|supermarkets?|grocers?|pharmac(?:y|ies)|drugstores?|distributors?|distribution|stockists?|wholesalers?|importers?|resellers?|dealers?|licensees?|franchisees?|on behalf)\b)`;

/** Who sells or holds others' goods, by the last word of its name: "Zenco Distribution", "Qorva Stores", "Vexa Capital". */
const SELLER_OF_OTHERS = new RegExp(`${INVESTOR_NAME.source}|\\b(?:Store|Stores|Shop|Shops|Retail|Retailers?|Distribution|Distributors?|Imports|Wholesale|Supermarkets?|Pharmacy|Pharmacies|Drugstores?)$`);
/** A segment's or a region's capitalised name, no brand: "its Consumer and Professional business", "its Medicare and Medicaid business". */
const SEGMENT_NAMES: ReadonlySet<string> = new Set(['Consumer', 'Commercial', 'Professional', 'Industrial', 'Retail', 'Wholesale', 'Medicare', 'Medicaid', 'Government', 'Defense', 'Defence', 'Health', 'Healthcare', 'Enterprise', 'Personal', 'Home', 'Business', 'Corporate', 'International', 'Domestic', 'Pharmaceuticals', 'Pharma', 'Medical', 'Devices', 'Energy', 'Aerospace', 'Services', 'Solutions', 'Products', 'Care', 'Beauty', 'Nutrition', 'Food', 'Foods', 'Hygiene', 'Insurance', 'Banking', 'Wealth', 'Cloud', 'Data', 'Media', 'Entertainment', 'Wireless', 'Mobile', 'Digital', 'Print', 'Specialty', 'Generics', 'Animal', 'Crop', 'Agriculture', 'Life', 'Lighting', 'Automotive', 'Americas', 'Asia', 'Europe']);

export const UNIT_HELD_BRANDS: readonly RelationPattern[] = [
  // "Zenco will spin off its consumer health division that sells Lumo and Tarn": the subject's own unit.
  { relation: 'develops', id: 'pattern:develops:unt97-its-unit-that-sells', template: `X1 P AUX ${TO_ITS}its ${DESCRIBING}T(${UNIT_NOUNS}) ${UNIT_HOLDS} ${BRANDS_KIND}${NOT_OTHERS_GOODS}(?:the )?Y`, notStateWhen: /./, sourceNotNamed: SELLER_OF_OTHERS, targetNotType: 'company', targetNotNamed: SEGMENT_NAMES, notAnAddress: true, requires: ['its'], sentenceHolds: new RegExp(`${NO_OTHERS_TRADER}.* its (?:(?:[a-z-]+|@\\d+) ){0,4}(?:${UNIT_NOUNS}) `) },
  // "a stake in Zenco's home business, which also includes brands such as Lumo": the possessor's unit. Not one bought or sold ("Qorva
  // bought Zenco's luggage business, which includes Borin": an older test's, as for "sold its" above).
  { relation: 'develops', id: 'pattern:develops:unt97-owners-unit-that-sells', template: `POSS ${DESCRIBING_WORDS}T(${UNIT_NOUNS}) ${UNIT_HOLDS} ${BRANDS_KIND}${NOT_OTHERS_GOODS}(?:the )?Y`, notPrecededBy: BOUGHT_OR_SOLD_JUST_BEFORE, notStateWhen: /./, sourceNotNamed: SELLER_OF_OTHERS, targetNotType: 'company', targetNotNamed: SEGMENT_NAMES, notAnAddress: true, sentenceHolds: new RegExp(`${NO_OTHERS_TRADER}.* (?:'s|its@\\d+) (?:(?:[a-z-]+|@\\d+) ){0,4}(?:${UNIT_NOUNS}) `) },
  // "Zenco agreed to sell its Lumo and Tarn arm": a unit named by two or more of its brands.
  { relation: 'develops', id: 'pattern:develops:unt97-its-brands-arm', template: `X1 P AUX ${TO_ITS}its (?<y>@\\d+ (?:, @\\d+ )*(?:, )?(?:and|&) @\\d+ )T(arm|business|division|unit|businesses)`, notStateWhen: /./, sourceNotNamed: SELLER_OF_OTHERS, targetNotType: 'company', targetNotNamed: SEGMENT_NAMES, notAnAddress: true, requires: ['its'], sentenceHolds: new RegExp(`${NO_OTHERS_TRADER}.*\\bits \\S+.* (?:and|&) .*\\b(?:arm|business|division|unit|businesses)\\b`, 'i') },
  // "Zenco's Lumo and Tarn arm", and "its" resolved before the names: the possessor's.
  { relation: 'develops', id: 'pattern:develops:unt97-owners-brands-arm', template: `POSS (?<y>@\\d+ (?:, @\\d+ )*(?:, )?(?:and|&) @\\d+ )T(arm|business|division|unit|businesses)`, notStateWhen: /./, sourceNotNamed: SELLER_OF_OTHERS, targetNotType: 'company', targetNotNamed: SEGMENT_NAMES, notAnAddress: true, sentenceHolds: new RegExp(`${NO_OTHERS_TRADER}.* (?:and|&) .*\\b(?:arm|business|division|unit|businesses)\\b`, 'i') },
];
