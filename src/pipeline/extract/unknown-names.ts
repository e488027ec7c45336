import { TOWN_SITE_NOUNS } from './site-places';
import nlp from 'compromise';
import type { EntityType } from '../types';
import type { SentenceMention } from './mention';
import type { Sentence } from './sentence-mentions';
import { finiteVerbAt } from './clause-subject';
import { isPossessive, lowerWordsOf } from '../text/tokens';
import type { TypeUnknown, UnknownStanding } from './claim-check';
import { CUE_NOUNS, OPENING_MODIFIERS, GOVERNMENT_HEADS, isMadeKind, PAPER_TITLE_WORDS, isVs, MINISTRY_SHORT_NAMES, MONTH_NAMES, PRODUCT_NOUN_WORDS, PRODUCT_NOUNS, ROMANCE_FIRM_PARTICLES, STATION_END_WORDS, STOCK_INDEX_WORDS, FIRM_PLURALS, MAKER_NOUNS, SERVICE_PLURALS, FIRM_LAST_WORDS, TRADE_WORDS, SERVICE_TRADE_WORDS } from './cue-words';
import { CARRIER_WORDS, isCoinedWord, isEnglishWord, isWebAddress, REGION_WORDS, ROMAN_NUMERALS } from './name-rules';
import { YEAR } from '../lexicon/model-versions';
import { BRAND_TRADES, GROUP_NOUNS } from './brand-set-verbs';
import { LANGUAGE_MEDIA_AFTER, LANGUAGE_NAMES, LANGUAGE_WORD_AFTER } from './language-names';
import { isFirmByWebAddress } from './web-address-firms';
import { isDeviceModelRun } from './device-model-runs';
import { isReleasedPlaceShapedTitle } from './released-place-titles';
import { isDigitOpenedName } from './digit-opened-names';
import { isRivalsDescriber } from './rival-noun-openers';

interface TaggedTerm {
  offset: { start: number; length: number };
  tags: string[];
}

/** First words of numbered names that are dates, licences, clauses or rounds, never releases. */
const NOT_RELEASES = new Set([
  ...MONTH_NAMES, 'Q1', 'Q2', 'Q3', 'Q4', 'FY',
  'Apache', 'GPL', 'LGPL', 'AGPL', 'MIT', 'BSD', 'CC', 'Section', 'Article', 'Title', 'Chapter', 'Rule', 'Order', 'Phase', 'Round', 'Series', 'Covid', 'COVID', 'Vision',
  // Lists, indexes and ranks: "Fortune 500 customers", "the S&P 500", "Top 10", "Tier 1 suppliers".
  'Fortune', 'Forbes', 'Global', 'Top', ...STOCK_INDEX_WORDS, 'Tier', 'Level', 'Stage', 'Grade', 'Class', 'Category', 'Type',
  // Places and times: "Terminal 2", "Route 66", "Day 1".
  'Route', 'Highway', 'Terminal', 'Gate', 'Building', 'Room', 'Floor', 'Day', 'Week', 'Year', 'Channel', 'Area', 'Formula', 'World', 'Industry', 'Web', 'Layer',
]);
/** A channel named by "Channel" and a number of one or two digits: "Channel 4", "Channel 10". */
const CHANNEL_NUMBER = /^Channel \d{1,2}$/;
/** Words of broadcasting in a sentence that make "Channel 4" a broadcaster's channel. */
const BROADCAST_WORDS = /\b(?:TV|[Tt]elevision|[Bb]roadcast(?:s|er|ers|ing)?|[Cc]hannels|[Ss]tations?|[Vv]iewers|[Rr]atings|[Pp]rogrammes?|[Ff]ranchisees?|[Aa]irs|[Aa]ired|[Ff]ree-to-air|[Nn]etworks?)\b/;
/** When a firm acted, then its deed, after its name: " today announced", " on Monday unveiled", " this week launched". */
const FIRM_DEED_AFTER_WHEN = /^,? (?:today|yesterday|(?:on|this|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month)|earlier (?:today|this (?:week|month))),? (?:(?:has|have|had|also|formally|officially) )?(?:announced|announces|unveiled|unveils|launched|launches|introduced|introduces|released|releases|debuted|debuts|showed off|shows off|rolled out|rolls out|received|receives|won|wins) /i;
/**
 * "Consolidation continues as Zenco moves …", "Competition heats up while Qorva …": a trend's verb and then "as", "while" or "amid"
 * after a sentence's opening noun say how things go, and the noun is a common one, not a firm's name (helper sp85, fresh samples).
 */
const TREND_CLAUSE_AFTER = /^ (?:continues|continued|grows|grew|builds|built|mounts|mounted|intensifies|intensified|heats up|heated up|deepens|deepened|accelerates|accelerated|spreads|spread|rises|rose|looms|loomed|persists|persisted|widens|widened|escalates|escalated) (?:(?:further|apace|quickly|rapidly) )?(?:as|while|amid|after) /;
/**
 * " footwear brands like", " airlines such as": a plural kind of firm and its examples after a sentence's opening word. An English
 * word there ("Upstart footwear brands like Zenco …", "Luxury brands such as Qorva …") describes the kind; it is no firm's name
 * (helper cmp95, real sportswear and fashion rivalry news: the word became a rival and the brands' maker).
 */
const KIND_EXAMPLES_AFTER = /^ (?:[a-z-]+ ){0,2}(?:brands|labels|makers|firms|companies|chains|retailers|airlines|carriers|startups|start-ups|players|rivals|competitors|challengers|banks|lenders|apps|platforms|services|streamers|grocers|supermarkets|discounters|outlets|stores|houses|groups|conglomerates) (?:, )?(?:like|such as|including) \p{Lu}/u;
/** Describing words that open a sentence before a kind of firm, some of them missing from the tagger's lexicon ("Upstart", "Luxury"). */
const DESCRIBING_OPENERS: ReadonlySet<string> = new Set([...OPENING_MODIFIERS, ...'Upstart Luxury Premium Budget Discount Rival Challenger Legacy Heritage Independent Newer Younger Boutique Niche Mainstream Competing Incumbent Online Digital Low-cost Mass-market Fast-fashion Value Specialist Regional Smaller Global'.split(' '),
  // "Fashion houses such as Zenco and Qorva …", "Beauty brands like Vexa …": a consumer trade opening the sentence names the kind too,
  // and "houses" became a kind of brands with helper pfl97 (critic crit97a, real fashion news: "Fashion" was the houses' maker).
  ...BRAND_TRADES.split('|').filter((w) => !w.includes(' ')).map((w) => w[0]!.toUpperCase() + w.slice(1))]);
/** A lower-case trade description of two or three words, ending in a firm's noun, before a capitalised name: " equipment maker Zenco". */
const TRADE_DESCRIPTION_AFTER = /^ [a-z-]+ (?:[a-z-]+ )?(?:maker|makers|manufacturer|supplier|vendor|provider|producer|developer|distributor|firm|company|startup|specialist) \p{Lu}/u;
/**
 * "Zenco's Alzheimer's drug", "a Parkinson's treatment": a disease named after a person, its possessive before a medical word, owns
 * nothing (a fresh sample of real news). "Huntington's profit" (a bank) has no medical word after it.
 */
const DISEASE_EPONYMS: ReadonlySet<string> = new Set(['Alzheimer', 'Parkinson', 'Crohn', 'Huntington', 'Hodgkin', 'Tourette', 'Asperger', 'Hashimoto', 'Addison', 'Cushing', 'Raynaud', 'Sjogren', 'Gehrig']);
const MEDICAL_WORD_AFTER = /^(?:'s|’s) (?:disease|diseases|drug|drugs|treatment|treatments|therapy|therapies|medicine|medicines|medication|medications|patients|patient|sufferers|research|trial|trials|vaccine|vaccines|test|tests|symptoms|syndrome|lymphoma|cure|cures|candidate|candidates|pill|pills|infusion|injection|care|diagnosis)\b/;
/** "Weapons maker Zenco plans …": a one-word plural trade noun opening the sentence before a maker's noun and the firm's name. */
const MAKER_NOUN_THEN_NAME_AFTER = /^ (?:maker|makers|manufacturer|manufacturers|supplier|suppliers|producer|producers|vendor|vendors) \p{Lu}/u;
/** Describing words of a maker's trade that open a sentence before it ("Craft brewer Zenco"), and that trade before a name. */
const TRADE_DESCRIBERS: ReadonlySet<string> = new Set(['Craft', 'Independent', 'Family', 'Regional', 'Local', 'Artisan', 'Artisanal', 'Boutique', 'Specialist', 'Organic']);
const TRADE_NOUN_THEN_NAME_AFTER = /^ (?:[a-z]+ )?(?:brewer|distiller|winemaker|vintner|producer|maker|manufacturer|supplier) \p{Lu}/u;
/** Endings of abstract common nouns: "Consolidation", "Investment", "Scrutiny" is listed, "Uncertainty" not. */
const ABSTRACT_NOUN_END = /\p{Ll}(?:tion|sion|ment|ness|ity|ance|ence|ism|ship)$/u;
/** A name closed by a Roman numeral: "Zeta II", "Qorva Pocket IV". */
function isRomanNumbered(surface: string): boolean {
  const words = surface.split(' ');
  return words.length > 1 && /^\p{Lu}/u.test(surface) && ROMAN_NUMERALS.test(words.at(-1)!);
}
/** A model's code of two Roman numeral letters after a name's first word, joined by a hyphen or a space: "Vexa-MX", "Zeta DX Blue". */
const ROMAN_LETTER_CODE = /^\p{Lu}[\p{L}\p{N}]*(?:[- ][\p{L}\p{N}]+)*?[- ][IVXLCDM]{2}(?: \p{Lu}\p{Ll}+)?$/u;
/**
 * "Zeta-ONE", "Vexa-TWO": a number word in capitals glued by a hyphen to a capitalised word is a model's code, though the tagger
 * reads a number's value (helper mkr96, set 93: "Zeta-ONE and Zeta Cloud offered by Zenco" lost its first member).
 */
const SPELLED_NUMBER_CODE = /^\p{Lu}[\p{L}\p{N}]*-(?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ZERO)$/u;
/** "Zetagrid 384", "Zeta Pro 4": a name with a number for its last word is a release too. */
const NAME_AND_NUMBER = /^\p{Lu}\S*(?: \S+)* \p{N}[\p{L}\p{N}.]*$/u;
const NUMBERED_RELEASE = /^\p{Lu}[\p{L}\p{N}.]*(?:-[\p{L}\p{N}.]+)*-\p{N}[\p{L}\p{N}.]*(?:-\p{L}+)?$/u;
/**
 * A model code after the first word of a name: a number or a few capitals and then digits
 * ("Atlas 960 SuperPoD", "MTT S5000", "ZX D800", "Galaxy S25 Ultra", "Mazda CX-5"). Makes the name a release
 * wherever the code stands; a year ("Expo 2025") is not one.
 */
const MODEL_CODE = /^(?:\p{N}[\p{L}\p{N}.]*|\p{Lu}{1,3}-?\p{N}+\p{L}{0,2})$/u;

/** Whether a name is a numbered release ("ZM-1-preview", "Zetagrid 384", "MQ-9 Reaper", "Atlas 960 SuperPoD"), whatever the tagger makes of its pieces. */
export function isNumberedRelease(name: string): boolean {
  // "Zeta 5+", "Atari 2600+": a plus closing the name leaves it numbered.
  const surface = name.endsWith('+') ? name.slice(0, -1) : name;
  return NUMBERED_RELEASE.test(surface) || NUMBERED_RELEASE.test(surface.split(' ')[0]!) || NAME_AND_NUMBER.test(surface) || holdsModelCode(surface);
}

/** A numbered release whose number is no year: "ZT-9", "Zeta 30 Hybrid", not "Build 2023" (a conference) or "Expo 2025". */
export function isReleaseByNumber(surface: string): boolean {
  return isNumberedRelease(surface) && !YEAR.test(surface.split(' ').at(-1)!);
}

/** A number and a capitalised word opening a name: "34 Owls", "99 Apps". */
const OPENING_COUNT = /^\p{N}{1,4} \p{Lu}/u;
/**
 * The last word of a channel's, a station's or a paper's name that no product noun is: "Zenco Radio", "Ruri FM", "Ruri News" ("TV"
 * is one); "the Zeta Times", "the Qorva Post" (helper own90, from news on papers' owners: "Zenco owns the Zeta Post").
 */
const CHANNEL_END = new RegExp(` (?:Radio|FM|AM|Channel|News|Post|${PAPER_TITLE_WORDS.join('|')})$`);
/** A firm's national arm: "Zenco UK", "Qorva US". */
const NATIONAL_ARM = /^(?:[LD]['’])?\p{Lu}\p{Ll}{2,}(?: \p{Lu}\p{Ll}{2,})? (?:UK|US|USA)$/u;
/** A firm's regional arm: a name, a firm's last word and a region ("Zenco Systems Europe"). */
function isRegionalArm(surface: string): boolean {
  const words = surface.split(' ');
  return words.length >= 3 && /^(?:America|Americas|Europe|Asia)$/.test(words[words.length - 1]!) && FIRM_LAST_WORDS.has(words[words.length - 2]!);
}
/**
 * A coined word and a region, as name-rules.ts joins them (closesCoinedRegionalArm): "Zenco North America", "Qorva Europe". The arm
 * of a firm, never the region, where a firm is wanted (helper gen97, real tyre and broadcasting news: the arm was left untyped and
 * its launch lost).
 */
const COINED_REGIONAL_ARM = /^(\p{Lu}[\p{Ll}\d]{2,}) (?:(?:North|South|Latin) )?(?:America|Americas|Europe|Asia)$/u;
function isCoinedRegionalArm(surface: string): boolean {
  const first = COINED_REGIONAL_ARM.exec(surface)?.[1];
  return first !== undefined && isCoinedWord(first.toLowerCase());
}
/** A firm's national arm named by two kinds of goods: "Zenco Motorcycle and Scooter India" (name-rules.ts joins it; helper and96). */
function isTwoTradesArm(surface: string): boolean {
  const words = surface.split(' ');
  const n = words.length;
  return n >= 5 && words[n - 3] === 'and' && REGION_WORDS.has(words[n - 1]!) && [words[n - 4]!, words[n - 2]!].every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isMadeKind(w.toLowerCase()));
}
/** A paper's title opened by how often it comes out: "the Daily Zeta", "the Sunday Qorva", "the Evening Vexa". */
const PAPER_TITLE = /^(?:Daily|Weekly|Sunday|Evening|Morning) \p{Lu}\p{Ll}+$/u;
/** A station's name opened by its frequency or channel number: "451 FM", "42 Zen HD". */
const STATION_NUMBERED = new RegExp(String.raw`^\p{N}{1,3}(?:\.\p{N})? (?:\S+ )*(?:${STATION_END_WORDS.join('|')})$`, 'u');
const KINDS_OF_PRODUCT: ReadonlySet<string> = new Set([...PRODUCT_NOUNS, 'os', 'messenger']);
/** "Zepp OS", "Zeta Watch", "Zeta Messenger": a name whose last word is a kind of product (not "Ender's Game": titles end in "game" too). */
export function endsWithKind(surface: string): boolean {
  const last = surface.slice(surface.lastIndexOf(' ') + 1).toLowerCase();
  return surface.includes(' ') && last !== 'game' && KINDS_OF_PRODUCT.has(last);
}

/** Whether a name of two words or more holds a model code after its first word (and is no date, licence or clause). */
export function holdsModelCode(surface: string): boolean {
  const words = surface.split(' ');
  return !NOT_RELEASES.has(words[0]!) && words.some((word, i) => i > 0 && ((MODEL_CODE.test(word) && !YEAR.test(word)) || isWordNumberCode(word)));
}

/**
 * "Zen Eagle-1", "Qorva Falcon-9": a later word of a name that is a capitalised word glued by a hyphen to a short number is a
 * model's code too (helper names4, a family the lead saw in real news: "its Vexa Eagle-1 chip" was read, the bare "Vexa Eagle-1" in a list
 * or at a clause's end was lost, while "Vexa-1" and "Vexa Eagle 1" were kept). Not "Covid-19", "Phase-3", "Route-66" (NOT_RELEASES).
 */
const WORD_NUMBER_CODE = /^(\p{Lu}\p{Ll}+)-\p{N}{1,3}\p{L}?$/u;
function isWordNumberCode(word: string): boolean {
  const m = WORD_NUMBER_CODE.exec(word);
  return m !== null && !NOT_RELEASES.has(m[1]!);
}

/** A Romance particle inside a name: "Cartel de los Lagos", "Banco do Zembla". */
/** A title "X of Y" of one head word: "Voice of Europe", "Lords of the Fallen". */
const OF_TITLE = /^\p{Lu}\p{Ll}+ of (?:the )?\p{Lu}/u;
const ROMANCE_PARTICLE = new RegExp(` (?:${[...ROMANCE_FIRM_PARTICLES, 'du', 'di'].join('|')}) `);
/** A "vs" right after or right before a name, in the text around it. */
const VS_AFTER = /^\s+(?:vs\b|versus\b)/i;
const VS_BEFORE = /\b(?:vs\.?|versus)\s+$/i;
/** The verb "trails" right after or right before a name (followed by a word, not closing the text). */
const TRAILS_AFTER = /^ (?:still |now |only )?trails \S/;
const TRAILS_BEFORE = /\btrails (?:rival |the )?$/;
/** The tagger's tags of a place it knows by name (a bare "Place" may be its guess from a word beside the name). */
const KNOWN_PLACE_TAGS: ReadonlySet<string> = new Set(['Country', 'City', 'Region', 'Address']);
/** A city's, county's or province's name going on with another capitalised word: "Lumo City Lions", "Vela County Fair". */
const PLACE_OPENED_NAME = /\b(?:City|County|Province) \p{Lu}/u;
/** Last words of a local government's own name besides the body heads: "Lumo City Hall", "Vela County Board of Supervisors". */
const LOCAL_BODY_ENDS: ReadonlySet<string> = new Set(['Hall', 'Government', 'Police', 'Sheriff', 'Board', 'Supervisors', 'Commissioners', 'Legislature', 'Officials', 'Authorities', 'Municipality']);
/**
 * "competes with local firms in Qorvex", "rivals in Zembla and Vela": a name after firms' plural and "in" (or "based in") is where
 * they are, a place, never one of them (helper unt91: an unknown place there was typed a firm and read as the rival). Not "shares in
 * Qorvex", "a stake in Qorvex", "investors in Qorvex": no firm's plural before.
 */
const FIRM_PLURAL_NOUNS = [...[...CUE_NOUNS].filter(([w, t]) => t === 'company' && w.endsWith('s')).map(([w]) => w), 'businesses', 'players', 'exporters', 'importers', 'producers', 'brands', 'stores', 'shops', 'factories', 'plants'];
const PLACE_OF_FIRMS_BEFORE = new RegExp(String.raw`\b(?:${FIRM_PLURAL_NOUNS.join('|')}) (?:(?:based|located|operating) )?in (?:(?:the )?[\p{Lu}][\p{L}-]*(?: [\p{Lu}][\p{L}-]*)*(?:,| and| or) )*$`, 'u');
/**
 * "The depots, located in Aston, Brill and Cole, will get chargers made by Zenco", "Zenco, based in Vexa Park, makes …": an unknown
 * name (and its list mates) right after a locating participle and "in" is a place, never a made thing nor a maker (helper fls94,
 * fresh samples s90b and s90d: the places were read as what "made by Zenco" made).
 */
const PLACE_AFTER_LOCATING_BEFORE = /\b(?:located|based|headquartered|situated|sited|stationed) in (?:the )?(?:[\p{Lu}][\p{L}-]*(?: [\p{Lu}][\p{L}-]*)*(?:,| and| or|, and) (?:the )?)*$/u;
/** Head words of landmarks and venues: "Great Wall", "Vexa Tower", "Lumo Cathedral" (helper fls94, fresh sample s90d: a wall was read as a robot's maker). */
const LANDMARK_HEADS: ReadonlySet<string> = new Set(['Wall', 'Bridge', 'Tower', 'Palace', 'Temple', 'Cathedral', 'Stadium', 'Museum', 'Square', 'Canal', 'Dam', 'Monument', 'Castle', 'Basilica', 'Mosque', 'Abbey', 'Pagoda', 'Shrine', 'Cathedrals', 'Pyramids']);

/**
 * Whether capitalised words name a landmark: two words or more whose head (the last word, or the one before "of") is a landmark's,
 * with "of" after the head or "the" or a place's preposition before the name ("along the Great Wall", "outside Lumo Cathedral"); a
 * firm's name alone stays a firm ("Great Wall launched the Zeta SUV": the carmaker).
 */
function isLandmarkName(nameWords: readonly string[], before: string): boolean {
  if (nameWords.length < 2) return false;
  const of = nameWords.indexOf('of');
  const head = of > 0 ? nameWords[of - 1]! : nameWords.at(-1)!;
  return LANDMARK_HEADS.has(head) && (of > 0 || /\b(?:the|at|in|on|near|along|outside|inside|across|around|beside|atop|over|under|past) $/i.test(before));
}

/**
 * Whether a name is a place after a locating participle (PLACE_AFTER_LOCATING_BEFORE): right after "in", or a list mate after "and" or
 * "or"; after a comma alone only while the list goes on after it ("located in Aston, Brill and Cole"), since a comma also closes the
 * aside ("Developed by Zenco, a company based in Ruritania, Vexa offers …": Vexa is the sentence's subject).
 */
function placeAfterLocating(before: string, after: string): boolean {
  const list = PLACE_AFTER_LOCATING_BEFORE.exec(before);
  if (!list) return false;
  if (/,\s*(?:the )?$/.test(before)) return /^(?:,| and\b| or\b)/.test(after);
  if (!/ (?:and|or) (?:the )?$/.test(before)) return true;
  // After "and"/"or" the name is a place only if the list had two places before ", and" ("in Aston, Brill, and Cole"): "Zenco, based
  // in Austin, and Qorva launched …" adds a firm to the subject (review rr94a: the firm was dropped and its claim lost).
  if (/, (?:and|or) (?:the )?$/.test(before)) return (list[0].match(/,/g) ?? []).length >= 2;
  // After a copula the participle ends a clause, and "and" may open the next: "Zenco is headquartered in Ruritania and Qorva makes …";
  // the name is a place only if the list closes after it. Without one ("the depots located in Aston and Brill will get …") the list
  // runs to the main verb.
  if (!COPULA_BEFORE_LOCATING.test(before)) return true;
  return /^\s*(?:[,.;:)!?]|$|(?:in|near|on|at|and|or)\b)/.test(after);
}
/** A copula before a locating participle: "is headquartered in", "are now based in". */
const COPULA_BEFORE_LOCATING = /\b(?:is|are|was|were|been|remains|remain|remained|stays|stay)\s+(?:[a-z]+\s+)?(?:located|based|headquartered|situated|sited|stationed) in /;

/** A possessive right after a name (an acute accent set as the apostrophe too, "Zenco´s"; stop 92). */
const POSSESSIVE_AFTER = /^['’´]s\b/;
/** A list going on with a capitalised name after a sentence's first word: "Signal and AdGuard …", "Signal, Brave and AdGuard …". */
const LISTED_WITH_NAME_AFTER = /^(?:,| and| or| &) \p{Lu}[\p{L}\d]/u;

/** The apostrophe alone after a plural: "Qorva Games' Starfall". */
const PLURAL_POSSESSIVE_AFTER = /^['’] /;
/** "Marks & Spencer", "Dick's Sporting Goods" (joined by possessive-names.ts): an ampersand or a possessive inside a name. */
const SHOP_OR_FIRM_INSIDE = / & |\S['’‘]s /u;
/** The tagger's tags of words it knows as people's names. */
const NAME_TAGS = new Set(['FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific']);

/**
 * Text before a member of a list of brands: "brands such as A, B and ", "its labels include A, "; "owns everything from A to " (helper own88);
 * "the parent company to the A, B and " (helper brd90: "to" as news writes it of a group's brands); "its three beer brands — A, B and " (or " - "),
 * "which brews A, B and " (helper lin95, from real brewers' news: a brand set off by dashes, or what a brewer brews, is no person).
 * "which owns A, B and ", "the brands that Zenco owns: A, " (helper own96, from real fashion-group news: houses named after their
 * founders, "Mara Lind" or "Tom Vale", were lost from their owner's list, and every member after them with it). Not "owned", which may
 * be "owned by" a person. "The Zenco group, who also own Zeta, Jan Sport and Vela" (helper lst96, from real apparel news): the plural
 * "own" after a relative pronoun is the owning verb (a bare "own" is often "their own").
 */
const BRAND_LIST_BEFORE = /\b(?:(?:brands|labels|marques|portfolio|roster|stable)(?: \w+){0,2},? (?:such as|like|including|include|includes|included|are|were|as|ranging from|from|consisting of|comprising|:|—|–|--|-)|owns:?|(?:who|which|that)(?: also| now| still)? own |(?:brews|brewed) |(?:maker|makers|owner|owners|parent company|parent|creator|producer) of(?: (?:the )?[a-z-]+ (?:brands?|labels?))?|(?:parent company|parent|home) to(?: the)?|\b(?:owns|owned|makes|made|produces|produced|publishes|published|controls|controlled) everything (?:ranging )?from) ?(?:[^.;:()]*?(?:,|\band|\bor|\bto) )?$/;
/**
 * "which owns Stella and Maria's bakery": after "owns", a name with a possessive after it owns the member, a person's name (fix96:
 * own96's "owns" list typed "Maria" a brand).
 */
const OWNS_LIST_BEFORE = /\bowns:? (?:[^.;:()]*?(?:,|\band|\bor) )?$/;
/**
 * "luxury brands Mara Lind, Tom Vale and ": a bare brands' noun before a list (helper own96); the first member only with a list mate
 * after it, as "the brands Nora Lopez manages" names the brands' manager.
 */
const BARE_BRANDS_BEFORE = /\b(?:brands|labels|marques) (?:[^.;:()]*?(?:,|\band|\bor) )?$/;
/**
 * "the luxury fashion group consisting of Mara Lind, Tom Vale and ": the members of a consumer group, named after its trade and group
 * noun, are brands, though the tagger knows people in them (helper pfl97, from real fashion-group news: houses named after their
 * founders were lost from the list). So are "five of its premium houses: Mara Lind, Tom Vale and " (a group's own houses after a
 * possessive) and "its brands: Mara Lind, " or "brands you know: Mara Lind, " (a colon glued to the noun opens the list as a spaced one).
 */
const TRADE_GROUP_LIST_BEFORE = new RegExp(String.raw`(?:\b(?:${BRAND_TRADES}) (?:${GROUP_NOUNS}),? (?:consisting of|comprising|made up of) (?:the )?|\b(?:its|their|'s) (?:[a-z-]+ ){0,2}houses,? (?:such as|like|including|:|—|–|-) |\b(?:brands|labels|marques|houses)(?: [a-z-]+){0,2}: )(?:[^.;:()]*?(?:,|\band|\bor) )?$`);
/** A list mate after a name: ", B", " and B", " or B". */
const LIST_MATE_AFTER = /^ ?(?:,|and|or) \S/;
/** A later member's joint before it: ", ", "and ", "or ". */
const JOINED_BEFORE = /(?:,|\band|\bor) $/;

/** Text before a member of a list set off after a plural kind of product: "its devices, the Zeta and the ", "assistants such as Alisa, ". */
// "its games include A, Hay Day and Boom Beach" (stop 64's third bans sample): the members after "include" too.
// "Apps affected include A and B" after a ban (stop 79's fresh samples): the kind opening the sentence, with an act's participle.
const LISTED_PRODUCT_KINDS = [...PRODUCT_NOUN_WORDS.filter((w) => w.endsWith('s')), 'games', 'titles', 'films', 'movies', 'shows'];
const PRODUCT_LIST_BEFORE = new RegExp(String.raw`(?:\b(?:${LISTED_PRODUCT_KINDS.join('|')})|^(?:${LISTED_PRODUCT_KINDS.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')}))(?: (?:affected|blocked|banned|targeted|restricted))?,? (?:such as|like|including|include|includes|included|namely|the|:)(?: the)? (?:[^.;:()]*?(?:,|\band|\bor) (?:the )?)?$`);
/**
 * Text before a member of a maker's set of models named by example: "Qorva's lineup, including the Plix Urban and ", "its range such
 * as ", "its bikes, including " (helper lineup, from made-up launch news: a later member the tagger read as a place, "Plix Trail", was
 * lost). The set's noun is no plural kind, so PRODUCT_LIST_BEFORE missed it; a cue of examples must follow it, not a bare "the" ("down
 * the line the Vexa …"), and a name the tagger knows as a person's stays one ("the festival lineup includes Ana Ruiz").
 */
const SET_LIST_BEFORE = /\b(?:lineup|line-up|lineups|range|ranges|line|lines|bikes|e-bikes|ebikes|bicycles),? (?:such as|like|including|include|includes|included|namely|:)(?: the)? (?:[^.;:()]*?(?:,|\band|\bor) (?:the )?)?$/;

/** A list closed by a membership of a kind of product an act reached: "A, B and C are among the affected platforms" (stop 79's fresh samples). */
const AMONG_KIND_AFTER = new RegExp(String.raw`^[^.;:()]*? (?:are|were) among the (?:(?:affected|blocked|banned|targeted|restricted) )?(?:${[...LISTED_PRODUCT_KINDS, 'platforms', 'websites', 'sites', 'portals', 'channels', 'domains'].join('|')})(?: (?:affected|blocked|banned|targeted|restricted))? ?[.!]?$`);

/**
 * A list mate after the name whose kind of product closes the list: "the Mara X and Mara Z phones" (stop 75's first makers samples: "Mara"
 * is a first name); "the Mara Lind and Tom Vale brands" (helper own96: fashion houses named after their founders).
 */
const KIND_AFTER_LIST_MATE = new RegExp(String.raw`^,? (?:and|or) (?:the )?(?:[\p{Lu}\d][\p{L}\d+-]* ){1,3}(?:${[...PRODUCT_NOUN_WORDS.filter((w) => w.endsWith('s')), 'games', 'titles', 'brands', 'labels'].join('|')})\b`, 'u');

/** An apposition after a name that calls it a made thing: "Alisa, the voice assistant produced by …", "Zoe, Zenco's new chatbot," (not "Alice, the chatbot lead"). */
const PRODUCT_APPOSITION_AFTER = new RegExp(String.raw`^ ?, (?:(?:the|a|an|its|their) |\S+['’]s )(?:[\w-]+ ){0,3}(?:${PRODUCT_NOUN_WORDS.join('|')})(?: ?[,.;:)]| (?:that|which|from|by|of|for|made|developed|produced|built|created|launched|designed|owned|run|operated|released|is|was)\b)`);

/** A participle and its maker set off after a name: "Halo, made by Zenco, …" (stop 59: English words as names, "Halo" or "Visor", open sentences). */
const MADE_BY_APPOSITION_AFTER = /^ ?, (?:(?:first|originally|jointly|later) )?(?:made|developed|built|designed|produced|created|manufactured|launched|released|introduced|engineered) by (?:the )?\p{Lu}/u;

/**
 * "Zenco's PD-L1 immunotherapy Zimfa", "its DLL3-ADC candidate ZX-12": a code in capitals before a drug's
 * kind and the drug's own name is the target or class the drug acts on, not a made thing (helper rlj94, real pharmaceutical news).
 */
const TARGET_CODE = /^\p{Lu}[\p{Lu}\p{N}]*(?:-[\p{Lu}\p{N}]+)*$/u;
const DRUG_KIND_AFTER = String.raw`^[ -](?:[a-z]+(?:-[a-z]+)* ){0,2}(?:inhibitors?|immunotherapy|antibody|antibodies|drugs?|therapy|vaccines?|candidates?|conjugates?|ADCs?|agonists?|antagonists?|blockers?|treatments?|medicines?|biosimilars?|shots?|jabs?)`;
const DRUG_KIND_THEN_NAME_AFTER = new RegExp(`${DRUG_KIND_AFTER}(?: \\(\\p{L}+\\))? \\p{Lu}[\\p{L}\\p{N}]`, 'u');
const DRUG_KIND_THEN_END = new RegExp(`${DRUG_KIND_AFTER}\\b`, 'u');
/** A target's code with a short number ("PD-1", "HER2", "GLP-1", "CD20"), not a drug's own code with a long one ("ZX-4849", "MK-2870"). */
const SHORT_NUMBERED_TARGET = /^(?=.*[\p{N}-])(?!.*\p{N}{3})\p{Lu}[\p{Lu}\p{N}]*(?:-[\p{Lu}\p{N}]+)*$/u;

/** "Software, developed by …", "Chips, made by …": a word for a kind of thing, or a mass or plural noun, stands bare; a name's word does not. */
function isKindOfThing(surface: string, tags: ReadonlySet<string>): boolean {
  return !surface.includes(' ') && (isMadeKind(surface.toLowerCase()) || tags.has('Plural') || tags.has('Uncountable'));
}

/**
 * A currency's word right after a name: "the Eastern Caribbean dollar", "the Zemblan crown". "won" before an object is the verb
 * ("Zenco won a contract to build …", helper con88), never the money; so is "won" a few words before an approval, a licence or a
 * contract ("Zenco's Velatra won FDA approval", "won CE mark clearance": helper pos95, the name was dropped as money), though not
 * a currency's move before one ("the Zemblan won rose on export orders").
 */
/** A making participle and its "by" right before a name: "launched by ", "built jointly by the ". */
const AGENT_OF_MAKING_BEFORE = /\b(?:developed|built|made|created|designed|launched|released|produced|manufactured|engineered|unveiled|introduced) (?:(?:jointly|originally|first|in-house) )?by $/;
const CURRENCY_WORD_AFTER = /^ (?:dollars?|pounds?|pesos?|francs?|shillings?|rupees?|crowns?|kronas?|kronor|krone|euros?|naira|cedis?|rand|dinars?|dirhams?|riyals?|rials?|reais|real|yuan|yen|won(?! (?:a|an|the|its|their|another|two|three|\d[\d,.]*|\$|approval|praise|contracts?|orders?|deals?|bids?|tenders?|rights?)(?![\w-]))(?! (?:(?!(?:on|as|after|amid|despite|against|to|at|per|and|or|but|while|with|from|by|in|was|is|fell|rose|slid|gained|weakened|strengthened|dropped|climbed|slipped|firmed|eased|traded|ended|hit|touched)\b)[\w-]+ ){1,3}(?:approvals?|clearances?|certifications?|authori[sz]ations?|accreditations?|licen[cs]es?|contracts?|orders?)\b)|rubles?|roubles?|lira|kwacha|birr|taka|rupiah|ringgit|baht|dong|leones?|kinas?|lempiras?|colones?|quetzal)\b/;

/** An apposition after a name that calls it a maker: "Epic Games, maker of Fortnite, …", ", the developer behind …". */
// "Qorva Works, parent company of the Zemtrench brand": a parent is one too (helper mkr96, set 93).
const MAKER_APPOSITION_AFTER = /^, (?:the |a )?(?:[a-z-]+ ){0,2}(?:maker|makers|developer|developers|creator|creators|publisher|publishers|owner|owners|manufacturer|producer|studio|parent|parent company|parent group) (?:of|behind) /;
/**
 * A relative clause of what a firm holds or makes after its name: "Zenco Brands, which owns …", ", whose labels include …" (helper lst96,
 * from real apparel news: a sentence opening "Sequential Brands, whose other labels include …" lost its owner and every brand with it).
 */
const HOLDING_RELATIVE_AFTER = /^, (?:which|who) (?:also |now |still |currently )?(?:owns|own|makes|markets|sells|holds|produces|manufactures) |^, whose (?:[a-z-]+ )?(?:brands|labels|marques|portfolio|products|stable) /;
/**
 * An apposition whose head is a firm's noun: ", the digital media and internet company renowned for …", ", a publishing group based in …"
 * (helper own100). Not a person's role in it (", the company's founder", ", the firm chairman"): the noun ends the phrase or a relative,
 * a participle or "behind" follows.
 */
const FIRM_APPOSITION_AFTER = /^, (?:the |a |an )(?:[a-z-]+ (?:and [a-z-]+ )?){0,4}(?:company|firm|group|conglomerate|publisher|studio|developer|startup|giant|juggernaut|powerhouse|corporation)(?=[,.;)]| (?:behind|that|which|whose|known|renowned|best|based|headquartered|founded)\b)/;
/** What a firm owns after its name: " owns many well-known brands", " also owns tech publications such as" (helper own100). */
const OWNED_SET_AFTER = /^ (?:also |now |still |currently )?(?:owns|holds|operates|publishes) (?:(?:many|several|some|numerous|other|such|a|the) )?(?:[a-z-]+ ){0,3}(?:brands|labels|marques|publications|titles|magazines|websites|sites|properties|outlets|apps|games|studios|portfolio)\b/;
/** A maker noun right after a name: "Zeta owner Zenco", "Zeta-maker Zenco". */
// "Jack Zeniel's maker Qorva": after a possessive kept in the name too (possessive-names.ts, a fresh sample of drinks news).
const MAKER_NOUN_AFTER = new RegExp(`^[ -](?:${MAKER_NOUNS.join('|')})\\s`);
/**
 * A list mate and a maker noun after a name: "Zentolds and Vorlik owner Qorva", "Zeta Walker and Talvo maker Zenco" (a fresh sample
 * of drinks news: only the last brand before the noun was read as one).
 */
const MAKER_NOUN_AFTER_LIST_MATE = new RegExp(`^,? (?:and|&) (?:\\p{Lu}[\\p{L}\\d'’-]* ){1,3}(?:${MAKER_NOUNS.join('|')}) \\p{Lu}`, 'u');
/** "competes with Zenco and Zeta maker Vexa", "A, Zenco and Zeta maker Vexa": a rival or a list's member, not a brand of the maker. */
const RIVAL_OR_LIST_BEFORE = /(?:\bwith|\bagainst|\bversus|\bvs\.?|\band|\bor|,) $/;
/** A kind of run of works or goods right after a name: "creator of the Zeta series", "the Zeta franchise" (stop 67's second makers sample). */
const SERIES_AFTER = /^ (?:series|franchise|saga|trilogy|games|lineup|line-up)\b/;

/**
 * "The Treasury", "Commerce": a ministry's short name no rule typed (the lexicon keeps no bare "Treasury": it is mostly bonds).
 * The typer below makes it a government when it acts; rules that need a state's act before typing ask this.
 */
export function isUntypedMinistry(m: SentenceMention): boolean {
  return m.source === 'unknown' && MINISTRY_SHORT_NAMES.has(m.surface);
}

/**
 * Types the names no rule could type, with compromise's full tagger — the expensive step, so it
 * runs only for sentences where a relation pattern wants such a name, once per sentence.
 * People and places are rejected, and so are capitalised common words opening a sentence.
 */
/**
 * Plural endings of words for people by what they do or are, which the word list may lack ("Senators", "Regulators",
 * "Officials", "Economists", "Lawmakers"): never a firm's coined name in this shape.
 */
const PEOPLE_PLURAL_ENDING = /(?:ors|ers|ists|ians|ants|ents|ees|als)$/;
/**
 * A capitalised word shaped like a plural whose word and singular are no English words: "Popeyes", "Wegmans", "Zaxbys", not
 * "Rivals", "Startups" or "Sales"; a field's "-ics" ("Robotics", "Genomics") is left out, though it loses a firm's "Qualtrics".
 */
function isCoinedPlural(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}s$/u.test(word) || word.endsWith('ics') || PEOPLE_PLURAL_ENDING.test(word)) return false;
  const lower = word.toLowerCase();
  const singulars = [lower.slice(0, -1), ...(lower.endsWith('es') ? [lower.slice(0, -2)] : []), ...(lower.endsWith('ies') ? [`${lower.slice(0, -3)}y`] : [])];
  return !isEnglishWord(lower) && singulars.every((w) => !isEnglishWord(w));
}

/** After a name, at most three describing words (no verb's, clause's or phrase's word) and a site's noun ending the phrase (site-places.ts). */
const SITE_AFTER_NAME = new RegExp(String.raw`^ (?:(?!(?:at|in|on|of|for|to|from|by|with|the|a|an|and|or|is|was|are|were|has|had|have|will|would|its|their)\b)[a-z][a-z-]* ){0,3}(?:${[...TOWN_SITE_NOUNS].join('|')})\b(?! of\b)`);

export function unknownNameTyper(text: string, sentence: Sentence, namesInText: ReadonlySet<string>): TypeUnknown {
  let terms: TaggedTerm[] | undefined;
  let words: string[] | undefined;
  return (mention: SentenceMention, fallback: EntityType, acting: boolean, standing?: UnknownStanding) => {
    // "Zenco's PD-L1 immunotherapy Zimfa", "its DLL3-ADC candidate ZX-12": a target's code before a drug's kind and its name is no
    // product nor firm (helper rlj94).
    // "Qorva's PD-1 inhibitor is tested": a target's code with a short number before a drug's kind is one without a name after too.
    const drugKindAfter = text.slice(mention.end, mention.end + 80);
    if (TARGET_CODE.test(mention.surface) && mention.surface.length <= 10 && (DRUG_KIND_THEN_NAME_AFTER.test(drugKindAfter) || (SHORT_NUMBERED_TARGET.test(mention.surface) && DRUG_KIND_THEN_END.test(drugKindAfter)))) return undefined;
    // "the English language channel Zeta": a language before "language" names no thing nor firm (gen97).
    if (LANGUAGE_NAMES.has(mention.surface) && (LANGUAGE_WORD_AFTER.test(text.slice(mention.end, mention.end + 12)) || LANGUAGE_MEDIA_AFTER.test(text.slice(mention.end, mention.end + 40)))) return undefined;
    // A body's head word alone ("Commission closes …" in a headline) is whichever body the text is about, never a product or firm.
    if (GOVERNMENT_HEADS.has(mention.surface)) return undefined;
    if (acting && MINISTRY_SHORT_NAMES.has(mention.surface)) return 'government';
    // "blocked zenco.org": a web address is a website, where a made thing is wanted (capitalised as a sentence's first word too).
    // "Zenco.com and Qorva compete …": a capitalised one opening the sentence is a firm where one is wanted (web-address-firms.ts).
    if (isWebAddress(mention.first === 0 ? mention.surface.toLowerCase() : mention.surface)) return isFirmByWebAddress(mention, fallback) || fallback === 'product' ? fallback : undefined;
    // "The money app launched by Qorva drew investors", "the Zeta app launched by Qorva won users": a coined word alone right after a
    // making participle's "by", then a lower-case word opening the main clause, is the maker, though the tagger reads the verb after
    // it as a first name ("Drew") or a currency ("won") (helper agt, stop 100). Not a date or a count ("launched by 2027"), nor an
    // English word ("made by Smith").
    if (fallback === 'company' && !mention.surface.includes(' ') && /^\p{Lu}\p{Ll}{2,}$/u.test(mention.surface) && isCoinedWord(mention.surface.toLowerCase()) && AGENT_OF_MAKING_BEFORE.test(text.slice(Math.max(sentence.start, mention.start - 60), mention.start)) && /^ \p{Ll}/u.test(text.slice(mention.end, mention.end + 2))) return fallback;
    // "the Eastern Caribbean dollar issued by …": a name before a currency's word only says whose money it is (stop 73's makers readers).
    if (CURRENCY_WORD_AFTER.test(text.slice(mention.end, mention.end + 48))) return undefined;
    // "publisher of the Daily Zeta", "the Morning Vexa": a paper's title opened by its rhythm is a product where a made thing is
    // wanted, though the tagger reads an adjective in it (helper typ90, from own90's report). ("the Sunday Qorva" is still cut to
    // "Qorva" by the name finder, before this.)
    if (PAPER_TITLE.test(mention.surface) && /\bthe $/i.test(text.slice(mention.start - 4, mention.start))) return fallback === 'product' ? fallback : undefined;
    // "the Qorvan Framework bans …": a framework is software or a law's set of rules, never a firm or a state (review rr90).
    if (/ Framework$/.test(mention.surface)) return fallback === 'product' ? fallback : undefined;
    // "Zenco UK competes with …": a coined name and a country's code (name-rules.ts joins them) name a firm's national arm, not the place.
    if (NATIONAL_ARM.test(mention.surface) && (isCoinedWord(mention.surface.split(' ').at(-2)!.toLowerCase()) || /^[LD]['’]/.test(mention.surface))) return fallback === 'company' ? fallback : undefined;
    // "Zenco Document Solutions America competes with …": a firm's last word and a region (name-rules.ts joins them) name its
    // regional arm, never the region (stop 91).
    if (isRegionalArm(mention.surface)) return fallback === 'company' ? fallback : undefined;
    // "Zenco North America launched …", "Qorva Europe makes …": a coined word and a region name the firm's regional arm (gen97).
    if (isCoinedRegionalArm(mention.surface)) return fallback === 'company' ? fallback : undefined;
    // "Zenco Motorcycle and Scooter India launched …": two kinds of goods and a state's name close a firm's national arm (helper and96).
    if (isTwoTradesArm(mention.surface)) return fallback === 'company' ? fallback : undefined;
    // "Qorva's Home Mini", "its Watch Ultra", "Zenco's Buds Pro": a device's head with tier words and codes alone is a model's name
    // (device-model-runs.ts), a product where a made thing is wanted, though the tagger reads "Watch" as a verb or "Home" as a place.
    if (isDeviceModelRun(mention.surface.split(' '))) return fallback === 'product' ? fallback : undefined;
    // "ZM-1-preview", "Zetagrid 384": a numbered release is a product or model, whatever the
    // tagger makes of its pieces (it tags the number a value); never a firm or a state.
    // "MQ-9 Reaper", "Su-57 Felon": a numbered release with its nickname after it too.
    if (isNumberedRelease(mention.surface)) {
      // "March-2025", "Apache 2.0", "Section 301": a date, a licence or a clause, not a release.
      // "Channel 4 and Channel B are run by Zenco": "Channel" and a small number name a broadcaster's channel where the sentence
      // speaks of broadcasting (stop 92 round 3, from fresh sample s86a); "Channel 4" of a radio set or a band names nothing.
      if (CHANNEL_NUMBER.test(mention.surface) && BROADCAST_WORDS.test(text.slice(sentence.start, sentence.end))) return fallback === 'product' ? fallback : undefined;
      if (NOT_RELEASES.has(mention.surface.split(/[ -]/)[0]!)) return undefined;
      return fallback === 'product' || fallback === 'model' ? fallback : undefined;
    }
    // "Zeta Ops: Dark Tide II", "Zeta 4: Arena": a title with its subtitle (name-rules.ts joins them) is a work, whatever
    // number the tagger finds in it (stop 56's readers).
    if (/\S: \S/.test(mention.surface)) return fallback === 'product' || fallback === 'model' ? fallback : undefined;
    terms ??= (nlp(text.slice(sentence.start, sentence.end)).json({ offset: true, terms: { offset: true } }) as { terms: TaggedTerm[] }[]).flatMap((s) => s.terms);
    const from = mention.start - sentence.start;
    const to = mention.end - sentence.start;
    const opening = terms.filter((t) => t.offset.start >= from && t.offset.start < to);
    // "the Zenco/Qorva rivalry": the tagger keeps a slashed pair one term, which opens before the second name; that name is read by it.
    const inside = opening.length > 0 ? opening : terms.filter((t) => t.offset.start < from && t.offset.start + t.offset.length > from);
    const tags = new Set(inside.flatMap((t) => t.tags));
    // "Eli Lilly's Zepbound": after a possessive the tagger guesses a person from the context alone; a
    // person is a name it knows as one (a first name, a surname, an honorific).
    // "Al-Arabiya": after the Arabic article it guesses a person too; a person needs a name it knows after the article ("Al Gore", with a space, stays one).
    const arabicArticle = /^(?:Al|El|al|el)-/.test(mention.surface);
    const guessedPerson = (isPossessive(sentence.tokens[mention.first - 1]) || arabicArticle) && !inside.slice(arabicArticle ? 1 : 0).some((t) => t.tags.some((tag) => NAME_TAGS.has(tag)));
    // "Wendy's", "McDonald's": a name that keeps its 's (possessive-names.ts) is a shop or a brand;
    // "Marks & Spencer", "Johnson & Johnson": names joined by "&" are a firm's, and so is a shop's name with its
    // owner's 's ("Dick's Sporting Goods"). The tagger knows persons in all of them.
    if ((isPossessive(sentence.tokens[mention.last - 1]) || SHOP_OR_FIRM_INSIDE.test(mention.surface)) && !tags.has('Date') && !tags.has('Value')) return fallback;
    // "brands such as Johnnie Walker, Smirnoff and …", "the maker of Nivea, Eucerin and …": a member of a list of brands is a brand, though the tagger knows a person in it.
    // "Zeta owner Zenco", "Zeta-maker Zenco": what a maker noun follows is the made thing, though the tagger reads a firm.
    // "Alisa, the voice assistant produced by Zenco": an apposition that calls it a made thing outweighs a first name,
    const after = text.slice(mention.end, mention.end + 60);
    // "its devices, the Zeta and the Zora": a member of a list of products is one, though the tagger knows a first name in it.
    const before = text.slice(sentence.start, mention.start);
    // "its Zorlo car plant", "its Zorlo assembly plant": a name a site's noun closes, perhaps after words of its goods, is the site's
    // town, never a made thing nor a maker (helper fpd95, site-places.ts).
    if (fallback === 'product' && SITE_AFTER_NAME.test(after)) return undefined;
    // "Weapons maker Zenco plans …": a plural trade noun opening the sentence is a common noun, not a product (a fresh sample of real
    // news; "Zeta maker Zenco", a coined name, keeps its product).
    if (mention.start === sentence.start && !mention.surface.includes(' ') && tags.has('Plural') && (isMadeKind(mention.surface.toLowerCase()) || !isCoinedWord(mention.surface.toLowerCase())) && !namesInText.has(mention.surface) && MAKER_NOUN_THEN_NAME_AFTER.test(after)) return undefined;
    // "Craft brewer Zenco said …", "Independent winemaker Qorva …": a describing word of a maker's trade opening the sentence is no
    // brand of the maker (helper unk96, real drinks news; "Vexa brewer Zenco", a coined name, keeps its product).
    if (mention.start === sentence.start && TRADE_DESCRIBERS.has(mention.surface) && !namesInText.has(mention.surface) && TRADE_NOUN_THEN_NAME_AFTER.test(after)) return undefined;
    // "a manufacturer of Swiss Watches": a one-word kind of thing (isMadeKind) after a capitalised people's adjective
    // is that common phrase in Title Case, not a brand (stop 90's eightieth set: "Watches" became a product). A material before a
    // kind ("Italian Leather goods") is not covered: "Leather" is no kind of thing made (review rr90e).
    const previous = terms.filter((t) => t.offset.start + t.offset.length <= from).at(-1);
    if (!mention.surface.includes(' ') && isMadeKind(mention.surface.toLowerCase()) && previous?.tags.includes('Demonym') && /^\p{Lu}/u.test(text.charAt(sentence.start + previous.offset.start))) return undefined;
    const branded = TRADE_GROUP_LIST_BEFORE.test(before) || (BRAND_LIST_BEFORE.test(before) && !(OWNS_LIST_BEFORE.test(before) && POSSESSIVE_AFTER.test(after))) || (BARE_BRANDS_BEFORE.test(before) && (LIST_MATE_AFTER.test(after) || JOINED_BEFORE.test(before))) || PRODUCT_LIST_BEFORE.test(before) || (SET_LIST_BEFORE.test(before) && !tags.has('Person')) || KIND_AFTER_LIST_MATE.test(after) || MAKER_NOUN_AFTER.test(after.slice(0, 12)) || (MAKER_NOUN_AFTER_LIST_MATE.test(after) && !RIVAL_OR_LIST_BEFORE.test(before)) || SERIES_AFTER.test(after.slice(0, 12)) || PRODUCT_APPOSITION_AFTER.test(after) || (MADE_BY_APPOSITION_AFTER.test(after) && !isKindOfThing(mention.surface, tags));
    const closedByKind = (): boolean => AMONG_KIND_AFTER.test(text.slice(mention.end, sentence.end));
    if (fallback === 'product' && !tags.has('Date') && !tags.has('Value') && (branded || closedByKind())) return fallback;
    // "Second Dinner", "Third Harbor": an ordinal opening a longer name (name-rules.ts) is no count of anything.
    const ordinalOpened = /^(?:First|Second|Third) \S/.test(mention.surface);
    // "the Zeta II", "Qorva III": a Roman numeral closing a name numbers a release (a person's, "Elizabeth II", is still a person's) (stop 59's makers readers).
    const romanNumbered = isRomanNumbered(mention.surface);
    // "1xBet", "22Bet", "10Cric": digits glued to a capitalised word are a coined brand, though the tagger reads a number (stop 71's bans samples).
    // "12mall", "4zen": so are digits glued to a lower-case word that measures or counts nothing (digit-opened-names.ts).
    const numberedBrand = /^\p{N}+\p{Ll}{0,2}\p{Lu}\p{Ll}/u.test(mention.surface) || isDigitOpenedName(mention.surface);
    // "451 FM", "104.5 Zeta FM": a station's frequency or channel number opening its name (name-rules.ts) is no count either (stop 75).
    const stationNumbered = STATION_NUMBERED.test(mention.surface);
    // "34 Owls released …": a number opening the sentence is kept in a name only before its verb or a firm's description (opening-names.ts);
    // "competes with 808 Atelier.": mid-sentence only before a stop or a small word.
    const countOpened = OPENING_COUNT.test(mention.surface);
    // "Vexa-MX", "Zeta DX Blue": a model's code of two capitals after the first word, which the tagger reads as a Roman
    // numeral's value ("MX", 1010), is no count (helper nmx92, stop 92's eighty-fifth sample: hyphenated models in a list were lost).
    const romanLetterCode = ROMAN_LETTER_CODE.test(mention.surface) || SPELLED_NUMBER_CODE.test(mention.surface);
    // "Ziff Davis, the digital media company renowned for …", "Meredith owns brands including …", "Ziff Davis, which owns …": a name the
    // tagger knows as a person's, that an apposition calls a firm or that owns a set of titles or brands, is the firm (helper own100,
    // from real news on media groups: the owner and every title it owns were lost).
    // Not ", who makes …": "who" says the name is a person's ("Gordon, who makes the Vela pump, …").
    if (fallback === 'company' && tags.has('Person') && (FIRM_APPOSITION_AFTER.test(after) || OWNED_SET_AFTER.test(after) || (HOLDING_RELATIVE_AFTER.test(after) && !after.startsWith(', who ')))) return fallback;
    if ((tags.has('Person') && !guessedPerson && standing !== 'vs-side' && standing !== 'brand-side') || tags.has('Date') || (tags.has('Value') && !ordinalOpened && !romanNumbered && !romanLetterCode && !numberedBrand && !stationNumbered && !countOpened) || tags.has('SportsTeam')) return undefined;
    // "barred Americans from doing business with Zenco": a people ("Americans", "Kenyans") is neither a firm nor a made thing (stop 64).
    if (tags.has('Demonym') && tags.has('Plural')) return undefined;
    // A country or region that bans or restricts acts as its government. A place only opening
    // the name ("Hefei Photonics") names where the firm is, not the place itself.
    // "Cartel de los Lagos", "Banco do Zembla": in a Romance name the head comes first and the place after the particle is its complement.
    // So in an English title "X of Y": "Voice of Europe", "Sea of Thieves" (stop 70's samples: such titles were read as places).
    const head = ROMANCE_PARTICLE.test(mention.surface) || OF_TITLE.test(mention.surface) ? inside[0] : inside.at(-1);
    // "Telekom Zembla", "Air Zembla": a carrier's trade word before the place makes a firm (name-rules.ts keeps the name whole).
    const nameWords = mention.surface.split(' ');
    if (nameWords.length === 2 && CARRIER_WORDS.has(nameWords[0]!)) return fallback === 'company' ? 'company' : undefined;
    // "the Great Wall of Zembla", "the Vexa Tower", "Lumo Cathedral": a landmark or a venue, however it is named, neither makes nor is made.
    if (isLandmarkName(nameWords, before)) return undefined;
    // "Qorva trails Zenco in phones": the tagger reads the verb "trails" as a place's word ("X Trails") and the names beside it as
    // the place; a name beside that verb is no place, unless the tagger knows it as one ("Oregon trails Nevada") (helper rv84).
    const besideTrails = (TRAILS_AFTER.test(after) || TRAILS_BEFORE.test(before)) && !(head?.tags.some((t) => KNOWN_PLACE_TAGS.has(t)) ?? false);
    // "the Lumo City Lions", "Zembla City FC": a place's name opening a longer name that ends in no body's word is a team's or a
    // club's, no government (stop 84: a team was read as its city).
    const placeOpened = PLACE_OPENED_NAME.test(mention.surface) && !GOVERNMENT_HEADS.has(nameWords.at(-1)!) && !LOCAL_BODY_ENDS.has(nameWords.at(-1)!);
    // "Qorva Estates", "Zenco Vineyards": capitalised words ending in a firm's plural word name the firm, though the tagger reads
    // "Estates" as a place's word (a fresh sample of drinks news).
    const firmPlural = nameWords.length >= 2 && nameWords.every((w) => /^\p{Lu}/u.test(w)) && FIRM_PLURALS.has(nameWords.at(-1)!);
    // "Zenco published Iron Dunes": a title the tagger guesses a place from, right after a release verb, is the released work
    // (released-place-titles.ts).
    if (fallback === 'product' && mention.start > sentence.start && isReleasedPlaceShapedTitle(nameWords, before, inside.some((t) => t.tags.some((tag) => KNOWN_PLACE_TAGS.has(tag))))) return fallback;
    if ((head?.tags.includes('Place') ?? tags.has('Place')) && !besideTrails && !placeOpened && !firmPlural) return fallback === 'company' && acting ? 'government' : undefined;
    // "Qorva TV", "Zenco Radio", "Ruri FM": a name ending in a kind of product or channel is one where a made thing is
    // wanted, though the tagger reads "TV" as an organisation (a broadcaster that acts stays a firm).
    if (fallback === 'product' && (endsWithKind(mention.surface) || CHANNEL_END.test(mention.surface))) return fallback;
    // "Upstart footwear brands like Zenco …": an English word opening the sentence before a kind's examples describes them, though
    // the tagger may call it an organisation.
    // "Unilever owns brands like …": a name the tagger knows, before the sentence's verb, is the subject that owns the examples
    // (helper lst95: the owner and all its unknown brands were lost).
    if (mention.start === sentence.start && nameWords.length === 1 && !namesInText.has(nameWords[0]!) && KIND_EXAMPLES_AFTER.test(after) && (DESCRIBING_OPENERS.has(nameWords[0]!) || !isCoinedWord(nameWords[0]!.toLowerCase())) && !verbAfterName(terms, to, after)) return undefined;
    // The head word decides: "ROG Ally" opens with an acronym the tagger calls an organisation, but is a product.
    if (head?.tags.includes('Organization') ?? false) return 'company';
    if (standing === 'title-owner') return undefined;
    // A word opening the sentence is capitalised anyway: trust it as a name only when the
    // article also capitalises it mid-sentence, the tagger calls it a proper noun, or it is no
    // English word ("Zenova, developed by …").
    const opensSentence = mention.start === sentence.start;
    const first = mention.surface.split(' ')[0]!;
    // The sides of a "vs" are names, however the tagger reads a word it does not know ("Zenco vs. Qring").
    const besideVs = VS_AFTER.test(text.slice(mention.end, mention.end + 10)) || VS_BEFORE.test(text.slice(Math.max(sentence.start, mention.start - 10), mention.start));
    // "Medvance's Zapp": an owner is a noun, though the tagger may read an unknown word with "'s" as an adjective.
    // "Qorva Games' Starfall …": so is a plural's owner, though at a sentence's start the tagger reads a plural noun (stop 53's readers).
    const owner = POSSESSIVE_AFTER.test(text.slice(mention.end, mention.end + 3)) || (mention.surface.endsWith('s') && PLURAL_POSSESSIVE_AFTER.test(text.slice(mention.end, mention.end + 3)));
    // "senseFly developed the eBee": a word in camel case, a capital after a lower-case start and lower case after it, is a coined
    // brand whatever the tagger reads (stop 65's third makers sample; "eSIM", "mRNA" are left to the tagger).
    const camel = /^\p{Ll}+\p{Lu}\p{Ll}/u.test(first);
    // "competes with local firms in Qorvex": where the firms are, not one of them (no possessive after: "firms in Qorvex's portfolio").
    if ((PLACE_OF_FIRMS_BEFORE.test(before) || placeAfterLocating(before, after)) && !owner) return undefined;
    if (nameWords.length === 1 && DISEASE_EPONYMS.has(first) && MEDICAL_WORD_AFTER.test(after)) return undefined;
    if (besideVs || owner || camel || numberedBrand) return fallback;
    // "Zembla Games released Starfall", "Qorva Labs has launched …": capitalised words ending in a firm's plural word, opening the
    // sentence before its finite verb, name a firm, though the tagger reads the plural as a common noun (stop 67's readers).
    // "Epic Games, maker of Fortnite, said …": so do they before an apposition that calls them a maker (stop 77, from stop 76's last sets).
    // "Zenco Bikes today unveiled …": so do they before when the firm acted and its deed (helper pnm95, real e-bike news).
    // "Zenco Brands, which owns …": so do they before a relative clause of what they hold (helper lst96, real apparel news).
    if (opensSentence && fallback === 'company' && firmPlural && (finiteVerbAt((words ??= lowerWordsOf(sentence.tokens)), mention.last) || MAKER_APPOSITION_AFTER.test(after) || HOLDING_RELATIVE_AFTER.test(after) || FIRM_DEED_AFTER_WHEN.test(after))) return fallback;
    // "Zenco Maps was competitive with …", "Qorva Docs has added …": a coined word and a service's plural opening the sentence before
    // its finite verb name a service, though the tagger reads the plural as a common noun (helper typ90; "Travel Apps were …" has an
    // English first word and stays out).
    const servicePlural = nameWords.length === 2 && SERVICE_PLURALS.has(nameWords[1]!) && isCoinedWord(first.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(first);
    if (opensSentence && servicePlural && finiteVerbAt((words ??= lowerWordsOf(sentence.tokens)), mention.last)) return fallback;
    // "Lamp rivals Zenco and Qorva raised prices": an English word opening the sentence before "rivals" and their names describes the
    // rivals, no firm (rival-noun-openers.ts); "Wise rivals Revolut" keeps its verb. An English word, a kind of goods or a trade.
    if (opensSentence && nameWords.length === 1 && !namesInText.has(first) && isRivalsDescriber(after, isCommonOpener(first.toLowerCase()), tags.has('Adjective'))) return undefined;
    // "Lucid competes with …", "Grab has launched …": the subject right before the finite verb is a
    // name, though the tagger reads the word as an adjective or a verb. A common noun may stand
    // bare there ("Legislation bans …"), so a noun counts only when it does not act.
    if (opensSentence && finiteVerbAt((words ??= lowerWordsOf(sentence.tokens)), mention.last) && !tags.has('Gerund') && !tags.has('Plural') && !tags.has('Comparative') && !tags.has('Superlative')) {
      if (tags.has('Verb') || tags.has('Adjective') || (!acting && tags.has('Singular') && !tags.has('Uncountable'))) return fallback;
    }
    // "Popeyes competes with …", "Wegmans has opened …": a one-word opener shaped like a plural, before its finite verb where a firm is
    // wanted, is a firm's name when neither it nor its singular is an English word; the tagger reads a plural common noun in it
    // (helper rlo94, real restaurant and grocery news; "Rivals compete …", "Startups have …" keep an English singular and stay out).
    if (opensSentence && fallback === 'company' && nameWords.length === 1 && tags.has('Plural') && isCoinedPlural(first) && finiteVerbAt((words ??= lowerWordsOf(sentence.tokens)), mention.last)) return fallback;
    // "Lumen Tactics was developed by Zenco", "Skyward Legends is published by Qorva": a title of two capitalised words or more
    // that a made thing's finite verb follows is a name, though the tagger reads common nouns in it (stop 62's readers on game
    // studios). Only its first capital is the sentence's.
    // "Zorgs vs. Blips was banned": a "vs" inside such a title (name-rules.ts joined it) is the title's too (stop 75).
    const titleWord = (w: string): boolean => /^\p{Lu}/u.test(w) || isVs(w.replace(/\.$/, ''));
    if (opensSentence && !acting && fallback === 'product' && nameWords.length >= 2 && nameWords.every(titleWord) && !tags.has('Gerund') && finiteVerbAt((words ??= lowerWordsOf(sentence.tokens)), mention.last)) return fallback;
    // "Signal and AdGuard have decided to block …": a word opening the sentence listed with a name is a name too (stop 54's readers).
    const listedWithName = opensSentence && (!tags.has('Plural') || (firmPlural && fallback === 'company')) && LISTED_WITH_NAME_AFTER.test(text.slice(mention.end, mention.end + 30));
    if (listedWithName) return fallback;
    // "Measurement equipment maker Zenco said …", "Navigation software developer Qorva …": a one-word opener before a lower-case
    // description of a firm's trade and the firm's name is a common noun, not a product of the firm (a fresh sample of real news;
    // "Zeta maker Zenco" and "Vexa phone maker Qorva", a name or a name before one kind, keep their product).
    // "Medvatronic today announced …", "Qorvatic on Monday unveiled …": a one-word opener no English word, shaped like an adjective,
    // before when it acted and a firm's deed is the firm (helper rli94, real device makers' news; the tagger reads the adjective).
    if (opensSentence && nameWords.length === 1 && fallback === 'company' && !tags.has('Plural') && /^\p{Lu}\p{Ll}{3,}$/u.test(first) && !isEnglishWord(first.toLowerCase()) && FIRM_DEED_AFTER_WHEN.test(after)) return fallback;
    if (opensSentence && nameWords.length === 1 && !namesInText.has(first) && TRADE_DESCRIPTION_AFTER.test(after) && (!isCoinedWord(first.toLowerCase()) || ABSTRACT_NOUN_END.test(first) || /\p{Ll}(?:ing|ics|ogy|ure)$/u.test(first))) return undefined;
    if (opensSentence && !tags.has('ProperNoun') && !namesInText.has(first) && !isCoinedWord(first.toLowerCase())) return undefined;
    // "Consolidation continues as …": a one-word opener before a trend's clause is a common noun (or a word the tagger does not list
    // with a common noun's ending), not a firm's name the text uses nowhere else.
    if (opensSentence && nameWords.length === 1 && !namesInText.has(first) && TREND_CLAUSE_AFTER.test(after) && (!isCoinedWord(first.toLowerCase()) || ABSTRACT_NOUN_END.test(first))) return undefined;
    // "Software, developed by …": a word for a kind of thing the tagger does not know opening the sentence is that word.
    if (opensSentence && !namesInText.has(first) && isKindOfThing(mention.surface, tags)) return undefined;
    if (!tags.has('ProperNoun') && !tags.has('Acronym') && !tags.has('Noun')) return undefined;
    if (opensSentence && (tags.has('Verb') || tags.has('Adjective') || tags.has('Plural'))) return undefined;
    return fallback;
  };
}

/** Whether a lower-cased word is a common one: an English word, a kind of goods ("lamp") or a trade ("retail"). */
function isCommonOpener(word: string): boolean {
  return !isCoinedWord(word) || isMadeKind(word) || TRADE_WORDS.has(word) || SERVICE_TRADE_WORDS.has(word);
}

/**
 * Whether the word right after a name opening the sentence is its verb in the present or the past ("Unilever owns brands like …",
 * "Zenco acquired labels such as …"): the tagger's verb, with a verb's ending, so that a describing noun the tagger may call a verb
 * ("Luxury watch brands like …") is not one.
 */
function verbAfterName(terms: readonly TaggedTerm[], to: number, after: string): boolean {
  const next = terms.find((t) => t.offset.start >= to);
  // "Luxury brands like …": a plural right before the examples' "like" or "such as" is their kind, no verb (the full suite caught it).
  return next !== undefined && next.tags.includes('Verb') && /^ \p{Ll}+(?:s|ed)\b/u.test(after) && !/^ \p{Ll}+s,? (?:like|such as|including)\b/u.test(after);
}
