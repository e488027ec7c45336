import nlp from 'compromise';
import { LANGUAGE_MEDIA_AFTER, LANGUAGE_NAMES } from './language-names';
import type { Lexicon } from '../lexicon/lexicon';
import { isPossessive, lowerWordsOf, surfaceOf, textsOfTokens, tokenize, type Token } from '../text/tokens';
import type { EntityType } from '../types';
import { isAfterCityOf, namesSubnationalGovernmentAt } from './city-governments';
import { isCertificationMark, isDescribingAdjective, isUnlistedPlaceAdjective, loneFirmWordStart } from './describing-runs';
import { RELATIONS } from '../relation-registry';
import { describedBracketType } from './described-bracket-names';
import { COMPANY_SUFFIXES, CUE_NOUNS, PAPER_TITLE_WORDS, GOODS_NOUNS, GOVERNMENT_HEADS, HEADLINE_LIGHT_VERBS, HEADLINE_VERBS, INSTITUTION_HEADS, INSTRUMENTS, isMadeKind, isVs, VS_HEADING_WORDS, MONTH_NAMES, NOT_NAMES, NOT_NAMES_ALONE, WEEKDAYS, WORK_NOUNS, OPENING_MODIFIERS, PERSON_TITLES, SPEC_TERMS, DEVICE_CLASS_ACRONYMS, REACTOR_CLASS_ACRONYMS, LETTER_CLASS_HEADS, LETTER_CLASS_NOUNS, TRADE_MAKER_NOUNS, TRADE_OPERATOR_NOUNS, OPERATED_TRADE_WORDS, SERVICE_TRADE_WORDS, SERVICE_PLURALS, LOWER_SERVICE_PLURALS, TRADE_WORDS, WIRE_SLUGS, TECHNOLOGY_TERM_ACRONYMS, QUANTITY_UNITS, RIVAL_HEAD_WORDS, ROMANCE_FIRM_PARTICLES, STATION_END_WORDS, tailClosesName, miniClosesName, COMPARISON_NOUNS, PEOPLES_ADJECTIVES, QUALIFYING_GOODS, WORDNET_GOODS, MEDICAL_AND_RIG_KINDS, RECALLER_RESELLS, MINISTRY_SHORT_NAMES, NOT_FIRM_BODY_ENDS, ROLE_AS_MODIFIER_AFTER, ROLE_HOLDERS, FIRM_LAST_WORDS, NOT_FIRM_BODY_REFERENTS, SPOKESPERSON_SAYING_VERBS, LEAVE_PAPER_WORDS, BARE_TICKER, LEGAL_FORMS_BEFORE_TICKER, PRODUCT_FUND_KINDS, TWO_WORD_GOODS } from './cue-words';
import { isArticleDemonymAt } from './article-demonyms';
import { isInstrument, LearnedNames, type LearnedName } from './learned-names';
import { finiteVerbAt } from './clause-subject';
import { actsAsFirm, aiUnitOfFirm } from './firm-acting-compounds';
import { firmEndBeforeProduct } from './firm-then-product-names';
import { firmDeedAfter, PREPOSITIONS_BEFORE } from './firm-deed-evidence';
import { FIRM_TRADE_ENDINGS, SEGMENT_NOUNS_AFTER, SEGMENT_OPENERS } from './firm-trade-endings';
import { openingNameStart } from './opening-names';
import { gluedMakerSplit, isOrderedGoodsName } from './ordered-goods-names';
import { triggersAt } from './trigger-words';
import { pairedNames } from './paired-names';
import { isGluedMeasure } from './glued-measures';
import { ownedKindAfterModifiers } from './owned-kind-modifiers';
import { SPEECH_PRONOUNS } from './quoted-titles';
import { corporateTitleEnd, holderAfterDivision, isCorporateTitleText, isCorporateTitleWord, isOfficeFieldRun, officeApposedAt } from './corporate-title-runs';
import { isAppointedName } from './appointed-people';
import { regionOfStateAdjective } from './region-adjective-states';
import { kindQualifiesSite } from './site-places';
import { kindClosesRun, learnedMakerProduct } from './maker-prefixed-products';
import { isDeviceModelRun, modelGoesOnAfterHead } from './device-model-runs';
import { isModelShapedRun } from './model-shaped-runs';
import { endsOnGathering } from './hosted-event-names';
import { YEAR } from '../lexicon/model-versions';
import { cleanLabel, keyOfName, mentionOver, newMention, stripLegalSuffix, withChanges, type SentenceMention } from './mention';
import { RECALLED_GOODS } from './recalled-goods';
import { isFirmNamedForHonorificBrand, isHonorificBrand } from './honorific-brands';
import { isBrandCalled } from './brand-called-names';
import { isMakerBeforeCalledKind } from './maker-before-called-kind';
import { closesOneWordSubtitle, framedBeforeTitle, isApposedWorkKind, possessiveTitleFrame } from './title-frames';
import { isNameApposedToBrandNoun, isOwnedLineName, isOwnerBeforeApposedBrand } from './brand-noun-apposed-names';
import { isCollaborationPartner, joinsCollaborationAt } from './collaboration-names';
import { isGoodsModelAfterName, isSetOffGoodsAfterName, namesGoodsKind, qualifiesGoodsModel } from './product-model-sense';
import { isCamelTradeTail } from './camel-trade-tails';
import { isNumberedFirmEnd } from './numbered-firms';
import { isTierAfterPlus, plusMarkedKnownNames } from './plus-marked-names';
import { ampersandJoinsTwo } from './ampersand-pairs';
import { smallWordProductEnd } from './small-word-product-names';
import { opensPluralNamedList } from './plural-named-lists';
import { OWNED_COMPONENT_KINDS } from './owned-component-kinds';
import { isStateServiceAt, namesStateService } from './state-service-names';
import { isPlaceBasedFirm } from './place-based-firms';

/** The words English knows (compromise's lexicon, about 25,000): a name made of none of them is coined. */
const ENGLISH_WORDS: Readonly<Record<string, unknown>> = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
/** Endings of adjectives the lexicon leaves out ("generative", "agentic", "responsible", "spatial"). */
const ADJECTIVE_ENDING = /(?:al|ive|ic|ous|ible|able|ern|ary|ful|less|ing|ed)$/;

/** Whether compromise's lexicon knows the lower-case word: "electronic" is English, "medtronic" only shaped like it. */
export function isEnglishWord(word: string): boolean {
  return Object.hasOwn(ENGLISH_WORDS, word);
}

/**
 * Architectures and kinds of AI systems some writers capitalise after a describing run: "a 530B-parameter Transformer co-developed
 * by Zenco", "an open Diffusion model" (helper fls100). After a capitalised maker ("Zenco Transformer") they may be a name.
 */
const TECHNICAL_KIND_WORDS: ReadonlySet<string> = new Set(['Transformer', 'Transformers', 'Diffusion', 'Chatbot', 'Chatbots', 'Encoder', 'Decoder', 'Autoencoder', 'Tokenizer', 'Embedding', 'Embeddings', 'Multimodal', 'Agentic']);

/** Whether compromise reads a lower-case word as an adjective and as no name: "popular", "instant", "leading"; not "apple". */
function isPlainAdjective(word: string): boolean {
  const tag = englishTagOf(word);
  if (tag !== undefined) return tag === 'Adjective';
  const doc = nlp(word);
  return doc.has('#Adjective') && !doc.has('#Noun');
}

/** Whether the article named a person whose last word is `surface` ("Jane Gordon" before a bare "Gordon"). */
function namedPersonBefore(learned: ReadonlyMap<string, LearnedName>, surface: string): boolean {
  for (const [written, name] of learned) if (name.type === 'person' && written.endsWith(` ${surface}`)) return true;
  return false;
}

/** The tag (or tags) compromise's word list gives a lower-case word, if it lists it: "wide" Adjective, "made" PastTense. */
export function englishTagOf(word: string): unknown {
  return Object.hasOwn(ENGLISH_WORDS, word) ? ENGLISH_WORDS[word] : undefined;
}

/** A lower-case word that is neither an English word compromise knows nor shaped like an adjective: "zenco", "sakana". */
export function isCoinedWord(word: string): boolean {
  return !Object.hasOwn(ENGLISH_WORDS, word) && !ADJECTIVE_ENDING.test(word);
}

/** Brands spelt as English words that may open a sentence before "maker" ("Surface maker Zenco"): the rest are trades (review rr90c). */
const ENGLISH_BRAND_WORDS: ReadonlySet<string> = new Set(['Surface', 'Echo', 'Galaxy', 'Pixel', 'Kindle', 'Nest']);

/** Words after a funding round's letter: "a Series B round", "Series C funding". */
const FUNDING_WORDS: ReadonlySet<string> = new Set(['round', 'rounds', 'funding', 'financing', 'raise', 'investment', 'extension', 'stage', 'investors', 'deal']);

/** Kinds of things some writers capitalise: never a product's or a firm's name. */
const GENERIC_TERMS = new Set([
  'large language model', 'large language models', 'artificial intelligence', 'generative ai', 'machine learning', 'deep learning',
  'unmanned aerial vehicle', 'unmanned aerial vehicles', 'electric vehicle', 'electric vehicles', 'autonomous vehicle', 'autonomous vehicles',
  'virtual private network', 'software as a service', 'internet of things', 'cloud computing', 'natural language processing',
  // Helper fls100 (round 2's families): technical kinds writers capitalise before "model" or a maker's phrase ("a new Open Source model").
  'open source', 'open weight', 'open weights', 'mixture of experts', 'diffusion model', 'diffusion models', 'foundation model', 'foundation models',
  'language model', 'language models', 'neural network', 'neural networks', 'reasoning model', 'reasoning models', 'vision language model',
]);

/** Connectives that open a sentence with a comma and that the tagger's word list does not call an adverb or a conjunction. */
const OPENING_CONNECTIVES: ReadonlySet<string> = new Set(['still', 'nonetheless', 'elsewhere', 'overall', 'regardless', 'thereafter', 'afterwards', 'afterward', 'instead', 'hence', 'thus', 'meanwhile', 'likewise', 'besides', 'otherwise', 'therefore', 'however', 'moreover', 'furthermore', 'nevertheless', 'indeed', 'yet', 'then', 'again']);
/** Connectives that open a sentence even without their comma, never a name's first word ("Thus Zenco …", "Meanwhile Qorva …"). */
const BARE_CONNECTIVES: ReadonlySet<string> = new Set(['Thus', 'Hence', 'Meanwhile', 'Likewise', 'Moreover', 'Furthermore', 'Nevertheless', 'Nonetheless', 'Therefore', 'However', 'Instead', 'Thereafter', 'Afterwards', 'Consequently', 'Accordingly', 'Additionally']);
/** The tagger's word classes of a connective opening a sentence ("Thus,", "However,", "Nevertheless,"). */
const CONNECTIVE_TAGS: ReadonlySet<string> = new Set(['Adverb', 'Conjunction', 'Expression', 'Preposition']);


// What a reporting verb may put before its reported clause's subject: whom it told, a time, a venue or a medium, then "that".
const REPORTED_SUBJECT_LEAD = /^(?:(?:reporters|journalists|the press|the media|investors|analysts|lawmakers|[a-z]+ (?:news|newspaper|radio|television|tv)) )?(?:(?:on|in|at|during|late|earlier|early|last|this|yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?: (?!(?:would|will|could|can|may|might|should|must|is|was|are|were|has|had|have)(?= ))[a-z0-9']+){0,3} )?(?:that )?$/;

/** Whether a lower-cased word that opens a sentence before a comma is a connective, not a one-word name. */
function isOpeningConnective(word: string): boolean {
  if (OPENING_CONNECTIVES.has(word)) return true;
  const tag = Object.hasOwn(ENGLISH_WORDS, word) ? ENGLISH_WORDS[word] : undefined;
  return typeof tag === 'string' && CONNECTIVE_TAGS.has(tag);
}

/** Words before a description of a thing: a determiner or an owner's. */
const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(['whose', 'its', 'their', "'s", '’s', 'the', 'a', 'an']);

/** Kinds of software bundles a description may end with besides CUE_NOUNS' products ("Video Suite", "Vision Kit"). */
const BUNDLE_KINDS: ReadonlySet<string> = new Set(['suite', 'kit', 'framework', 'library', 'sdk', 'toolkit', 'solution']);

function isDescriptionKind(word: string): boolean {
  return CUE_NOUNS.get(word) === 'product' || BUNDLE_KINDS.has(word);
}

/**
 * Whether the capitalised run tokens[start, end) ends with a kind of product and is followed by another capitalised name between
 * commas and then a lower-case word other than a list's "and"/"or" ("whose Video Suite, Zeta View, is …"): a description of that
 * name, not a name. A list ("its Office Suite, Zeta and Nova") goes on with a name and keeps the run.
 */
function describesApposedName(tokens: readonly Token[], start: number, end: number): boolean {
  if (start === 0 || !DESCRIPTION_OPENERS.has(tokens[start - 1]!.lower) || !isDescriptionKind(tokens[end - 1]!.lower) || tokens[end]?.text !== ',') return false;
  let k = end + 1;
  while (k < tokens.length && k < end + 5 && tokens[k]!.capitalized && tokens[k]!.word) k++;
  if (k === end + 1 || tokens[k]?.text !== ',') return false;
  const after = tokens[k + 1];
  return !!after && after.word && !after.capitalized && after.lower !== 'and' && after.lower !== 'or';
}

/**
 * Whether a word in "-ly" is an adverb made of an English adjective or participle ("increasingly", "similarly", "happily"), not a
 * brand made of a noun ("Roadly"): the tagger's word list lacks many such adverbs, so its tagger reads the stem.
 */
function isAdverbOfWord(word: string): boolean {
  if (!word.endsWith('ly')) return false;
  const stems = [word.slice(0, -2), word.slice(0, -3) + 'y', word.slice(0, -2) + 'e', word.slice(0, -1) + 'e'];
  return stems.some((stem) => stem.length >= 3 && (ADJECTIVE_ENDING.test(stem) || nlp(stem).has('#Adjective')));
}
/** Words that open an apposition describing the name before it: "Roadly, the navigation system …", "Roadly, Qorva's app …". */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its']);
/**
 * Whether a coined one-word opener is set off before an apposition whose head, within four words, is a kind of product:
 * "Roadly, the navigation system from Qorva, …", "Zumly, a messaging app made by …". An English word ("Reportedly, the app …")
 * or an apposition headed by no product's noun ("Streamly, the firm …") does not count.
 */
function apposedAsMadeThing(tokens: readonly Token[]): boolean {
  if (tokens[1]?.text !== ',' || !isCoinedWord(tokens[0]!.lower) || !APPOSITION_OPENERS.has(tokens[2]?.lower ?? '')) return false;
  for (let k = 3; k < 7 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.word || t.capitalized) return false;
    if (CUE_NOUNS.get(t.lower) !== 'product') continue;
    const closed = tokens[k + 1] === undefined || !tokens[k + 1]!.word || /^(?:from|by|of|made|developed|built|designed|owned|run|that|which)$/.test(tokens[k + 1]!.lower);
    // The tagger is asked last, and only here: such openers are rare.
    return closed && !isAdverbOfWord(tokens[0]!.lower);
  }
  return false;
}

/**
 * "Nothing, a tech company that …", "Trending, the London startup, …": a sentence's opening word set off before an apposition that
 * calls it a firm ("company", "startup", "maker", "giant" within a few lower-case words) is the firm's name, though it reads as a
 * pronoun or a gerund (helper nam100, from real news on a phone maker named "Nothing": the opener was dropped as an "-ing" word and
 * the sentence lost its maker). "Shipping, the sector …", "Banking, an industry …" name no firm and keep their reading.
 */
function apposedAsFirm(tokens: readonly Token[]): boolean {
  // Only an "-ing" word: an adverb set off so ("Separately, the company …", "Streamly, the company that owns Qorva, …") opens a clause
  // about the firm named after it.
  if (!tokens[0]!.text.endsWith('ing') || tokens[1]?.text !== ',' || !/^(?:a|an|the)$/.test(tokens[2]?.lower ?? '')) return false;
  for (let k = 3; k < 7 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.word) return false;
    if (CUE_NOUNS.get(t.lower) === 'company') return true;
  }
  return false;
}

/** "Platform as a Service", "Infrastructure as a Service": a business model, capitalised, whose words the run reads apart. */
function asAService(tokens: readonly Token[], start: number, end: number): boolean {
  const model = (k: number): boolean => tokens[k]?.lower === 'as' && tokens[k + 1]?.lower === 'a' && tokens[k + 2]?.text === 'Service';
  return (end - start === 1 && model(end)) || (end - start === 1 && tokens[start]!.text === 'Service' && model(start - 2));
}

/** A hyphenated word of a name and a maker's participle: "Zenco-owned", "Qorva-built". */
const MAKER_SUFFIXES = 'owned|made|built|developed|designed|operated|manufactured|produced';
const MAKER_COMPOUND = new RegExp(`^(\\p{Lu}[\\p{L}\\p{N}]*)-(?:${MAKER_SUFFIXES})$`, 'u');
/**
 * A hyphenated word of a name and a maker's noun: "Zeta-maker Zenco", "Qorva-owner Zenco". The name is the thing the firm after
 * it makes (compound-relations.ts, its rules whose name after the compound acts); a name no lexicon knows is read as a product.
 */
const MADE_COMPOUND = /^(\p{Lu}[\p{L}\p{N}]*)-(?:maker|owner|parent|developer|creator|publisher)$/u;
/** Common words that open such a compound at a sentence's start, naming no one: "State-owned", "Family-owned", "Home-made". */
const COMMON_COMPOUND_HEADS = new Set(['State', 'Government', 'Family', 'Employee', 'Privately', 'Publicly', 'Home', 'Hand', 'Custom', 'Purpose', 'Locally', 'Foreign', 'Domestic', 'Self', 'Factory', 'Machine', 'Computer', 'Community', 'Worker', 'Women', 'Minority', 'Black', 'Veteran', 'Farmer', 'Citizen', 'Man', 'Human', 'User', 'Fan', 'Player', 'Lab', 'Tailor', 'Custom']);
/** "US-sanctioned Zenco", "Zenco-owned Zeta", "Shenzhen-based Qorva": a compound describing the name after it is no part of it (compound-relations.ts reads it). */
const COMPOUND_MODIFIER = new RegExp(`^\\p{Lu}[\\p{L}\\d.&]*-(?:${MAKER_SUFFIXES}|backed|sanctioned|blacklisted|blocklisted|designated|banned|based|headquartered|linked|affiliated|controlled|funded|led)$`, 'u');
/** COMPOUND_MODIFIER's test, asked of many capitalised words: one without a hyphen is none, and runs no regex. */
const isCompoundModifier = (word: string): boolean => word.includes('-') && COMPOUND_MODIFIER.test(word);

/** Words that continue a company's or institution's name rather than name a product. */
const ORGANISATION_WORDS = new Set(['Artificial', 'Intelligence', 'Research', 'Foundation', 'Institute', 'University', 'Academy', 'Fund', 'Trust', 'Association', 'Alliance', 'Council']);
/** Lower-case particles that open names ("da Vinci", "de Beers", "von Braun"). */
const NAME_PARTICLES = new Set(['da', 'de', 'di', 'del', 'van', 'von', 'du', 'le', 'la']);
/** English words borrowed with their diacritics, written in lower case: no coined name's first word. */
const BORROWED_DIACRITIC_WORDS: ReadonlySet<string> = new Set(['café', 'cafés', 'rosé', 'rosés', 'née', 'né', 'über', 'façade', 'naïve', 'naïf', 'résumé', 'protégé', 'protégée', 'cliché', 'fiancé', 'fiancée', 'entrée', 'soirée', 'señor', 'señora', 'jalapeño', 'piñata', 'crème', 'brûlée', 'doppelgänger', 'déjà', 'vis-à-vis', 'à', 'décor', 'débâcle', 'détente', 'exposé', 'pâté', 'purée', 'sauté', 'touché', 'attaché', 'coöperation', 'émigré', 'élite', 'outré', 'passé', 'risqué', 'blasé', 'cortège', 'mêlée', 'smörgåsbord', 'whānau', 'tāne', 'wāhine', 'mātauranga', 'kaupapa', 'kōrero', 'rangatahi', 'tikanga']);
/** A lower-case word holding a letter with a diacritic, no borrowed English word: "zetā", "nīva". */
function isLowerCoinedDiacritic(word: string): boolean {
  return /^\p{Ll}[\p{Ll}\p{M}]+$/u.test(word) && /[^\p{ASCII}]/u.test(word) && !BORROWED_DIACRITIC_WORDS.has(word);
}
/** Words before such a particle that make it a name's first word, not a preposition or a person's name's particle. */
const PARTICLE_OPENERS = new Set(['the', 'its', 'their', 'a', 'an', "'s", '’s']);
/** Prepositions that take a trigger noun's object or parties: "Sanctions on …", "Rivalry between …". */
const OPENING_PREPOSITIONS = new Set(['on', 'between', 'among', 'with', 'against', 'of', 'from', 'to', 'for']);
/** Nouns of use and trade that open a sentence before their preposition ("Access to …", "Exports of …"). */
/** Trade words that open a sentence before a licence ("Export permits for …"), and the licences. */
const TRADE_OPENERS = new Set(['Export', 'Exports', 'Import', 'Imports', 'Trade']);
const TRADE_LICENCES = new Set(['licence', 'license', 'licences', 'licenses', 'permit', 'permits', 'authorisations', 'authorizations', 'approvals']);
const USE_AND_TRADE_NOUNS = new Set(['access', 'use', 'usage', 'sales', 'exports', 'imports', 'shipments', 'supplies', 'downloads', 'revenue', 'revenues', 'profit', 'profits', 'earnings', 'income', 'demand', 'spending']);

/** The tier words of model and product families ("Claude 3 Opus", "Gemini 2.5 Flash"): listed alone after a full name, they share its family. */
export const TIER_WORDS: ReadonlySet<string> = new Set(['Pro', 'Flash', 'Ultra', 'Nano', 'Opus', 'Sonnet', 'Haiku', 'Mini', 'Max', 'Plus', 'Turbo', 'Lite', 'Large', 'Small', 'Medium', 'Coder', 'Air', 'Omni', 'Instruct', 'Vision', 'Thinking']);
/** Plurals that, counted ("59 Foreign Mobile Apps"), name a kind of thing rather than a firm or product. */
const COUNTED_PLURALS = new Set(['Apps', 'Applications', 'Websites', 'Sites', 'Entities', 'Firms', 'Companies', 'Games', 'Organizations', 'Organisations', 'Outlets', 'Channels']);
/** A model code: "910C", "920", "MI300X" is not (it names itself). */
const CODE = /^\d{2,4}[A-Z]{0,2}$/;
/** Regions after a company's name that make a regional subsidiary: "China Unicom Americas". */
export const REGION_WORDS: ReadonlySet<string> = new Set(['America', 'Americas', 'USA', 'US', 'U.S.', 'Europe', 'EMEA', 'Asia', 'APAC', 'Africa', 'International', 'Global', 'UK', 'Japan', 'China', 'India', 'Korea', 'Germany', 'France', 'Canada', 'Australia', 'Singapore', 'Taiwan', 'Brazil', 'Mexico']);

/** Whether the apostrophe at `k` closes a plural name as its possessive: "Qorva Games' Starfall" (glued to an "s", a space after). */
function isPluralPossessive(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k]!;
  const before = tokens[k - 1];
  return /^['’]$/.test(mark.text) && before !== undefined && before.end === mark.start && before.text.endsWith('s') && (tokens[k + 1]?.start ?? 0) > mark.end;
}

/** "platforms like A and B", "apps such as A and B", "firms including A and B": names enumerated after a plural noun. */
function isEnumerated(tokens: readonly Token[], i: number): boolean {
  const cue = tokens[i - 1]?.lower === 'as' && tokens[i - 2]?.lower === 'such' ? i - 2 : i - 1;
  if (!/^(?:like|such|including)$/.test(tokens[cue]?.lower ?? '')) return false;
  const noun = tokens[cue - 1];
  return noun !== undefined && !noun.capitalized && /^[a-z]+s$/.test(noun.text);
}

function isPluralCue(t: Token | undefined): boolean {
  const word = t?.lower ?? '';
  return word.endsWith('s') && CUE_NOUNS.has(word) && CUE_NOUNS.get(word) !== 'person';
}

/** A trigger read as a noun (one function for every caller, so that its reads are known to the compiler). */
const isNounTrigger = (t: { form: string }): boolean => t.form === 'noun';

/** The lower-case words of tokens [from, to). */
function lowerWords(tokens: readonly Token[], from: number, to: number): string[] {
  return lowerWordsOf(tokens, from, to);
}

/** "China Telecom America" and "China Telecom Americas" are one subsidiary. */
function subsidiaryKey(label: string): string {
  return keyOfName(label.replace(/\bAmericas$/, 'America'));
}

/** Firms' last words that also end a model's electric version after its code ("Zeta 9 Electric"). */
const VERSION_SUFFIXES: ReadonlySet<string> = new Set(['Electric']);
/** A model's code of capitals alone, no English word: "FH", "FMX", "ZX" (not "AI", "US", "EV": kinds and places). */
const LETTER_CODE = /^\p{Lu}{2,4}$/u;
/** Capitals that are no model's code before "Electric": kinds of power, places and trade words ("EV Electric", "US Electric"). */
const NOT_LETTER_CODES: ReadonlySet<string> = new Set(['AI', 'EV', 'EVS', 'US', 'USA', 'UK', 'EU', 'UAE', 'HK', 'AC', 'DC', 'HV', 'LV', 'IT', 'PV', 'ABB', 'GE']);
/** Nouns of a model's version after its name: "the Zenco FH Electric variant". */
const VERSION_NOUNS: ReadonlySet<string> = new Set(['version', 'versions', 'variant', 'variants']);
/** Possessive determiners before a name: "its", "their" (a firm's own name is not said to be its own). */
const OWNER_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their', 'our']);

/**
 * "Zenco FM Electric trucks", "its FH Electric truck", "the Zenco FH Aero Electric model": a code in capitals before "Electric"
 * names that model's electric version, no firm, when a kind of product follows the name or "its" stands before it (helper pnm95,
 * from real truck makers' news: the model was typed a firm and its maker's claim lost). A code alone before "Electric" with
 * neither ("LS Electric said …") stays a firm, and so does a name whose code word is a place's or a kind's ("US Electric").
 * "its Zeta Electric truck": after "its" and before a kind of product, a name ending in "Electric" is the version too.
 */
function isLetterCodedVersion(tokens: readonly Token[], start: number, end: number, words: readonly string[]): boolean {
  const owned = OWNER_DETERMINERS.has(tokens[start - 1]?.lower ?? '');
  const next = tokens[end]?.lower ?? '';
  // "the Zenco FH Electric model": "model" would type an AI model, so the name is left as it was read.
  const kindAfter = next !== 'model' && next !== 'models' && (cueKind(tokens, end) === 'product' || isMadeKind(next) || VERSION_NOUNS.has(next));
  const coded = words.slice(0, -1).some((w) => LETTER_CODE.test(w) && !NOT_LETTER_CODES.has(w));
  // A code alone before "Electric" and a kind ("LS Electric transformers") may be a firm's name and its goods: a maker's name
  // before the code ("Zenco FM Electric trucks") or "its" settles it.
  return (coded && (owned || (kindAfter && words.length >= 3))) || (owned && kindAfter);
}
/** Words that make a company's compound name one of its units. */
const UNIT_WORDS = new Set(['Unit', 'Division', 'Segment']);
/** A newspaper's title words: "The Nepali Times", "the Zembla Herald" (a firm's last word here, an outlet's end after "told"). */
const NEWSPAPER_TITLE_WORDS = [...PAPER_TITLE_WORDS, 'Daily', 'Mail', 'Inquirer', 'Monitor'] as const;
/** Words that make a state's name a carrier's or a national firm's: "Qatar Airways", "Singapore Airlines", "Kenya Railways". */
/**
 * Industry words a firm's name may end with after a demonym or an ordinal: "Turkish Airlines", "Canadian Solar", "First Solar",
 * "Korean Air"; and a newspaper's title word, "The Nepali Times" (stop 67's readers: "The Ruritanian Herald" was read as "Herald").
 */
export const CARRIER_WORDS: ReadonlySet<string> = new Set([
  'Airways', 'Airlines', 'Air', 'Railways', 'Railway', 'Rail', 'Telecom', 'Telekom', 'Petroleum', 'Steel', 'Shipping', 'Post', 'Solar', 'Energy', 'Power', 'Motors', 'Express', 'Electric', 'Mining', 'Tobacco',
  ...NEWSPAPER_TITLE_WORDS,
]);
/** Nouns after an industry word that make it a body's, not a firm's: "the Chinese Energy ministry". */
const GOVERNMENT_NOUNS_AFTER = new Set(['ministry', 'minister', 'department', 'regulator', 'commission', 'agency', 'authority', 'sector', 'secretary', 'officials']);
/** First words of a state's bank: "the Central Bank of Russia", "the National Bank of Ukraine". */
const STATE_BANK_OPENERS = new Set(['Central', 'National', 'Reserve']);
/** Ordinals that open a firm's name before an industry word ("First Solar"), not a sentence's first word ("First, Zenco …"). */
const ORDINAL_OPENERS = new Set(['First', 'Second', 'Third']);
/** "Last Energy": "Last" opens a firm's name before an industry word alone (helper nm90: cut to "Energy"); "Last year" keeps it out. */
const LAST_OPENER = 'Last';
/** Generic heads of a device's name that open a model's name before its code ("Watch QX", "Band 10", "Tab S9"; helper ttl100). */
const DEVICE_HEAD_WORDS = new Set(['Watch', 'Band', 'Tab', 'Phone', 'Pad', 'Book', 'Buds', 'Ring', 'Lens']);
/** A model's code after such a head: a figure-bearing token or a short run of capitals ("QX", "7", "S9", "X14"). */
const MODEL_CODE_AFTER_HEAD = /^(?:\p{Lu}{0,3}\p{N}[\p{L}\p{N}]*\+?|\p{Lu}{1,3})$/u;
const DEVICE_HEAD_LEADS = new Set(['the', 'its', 'their', 'a', 'new', 'latest', 'upcoming', 'first', 'next', 'own', 'flagship', 'cheaper', 'budget']);
/** Whether a maker's possessive, "its", an article, "new" or a launch verb in the past or present stands right before the head, mid-sentence. */
function deviceHeadBefore(tokens: readonly Token[], k: number, headline: boolean): boolean {
  const prev = tokens[k - 1];
  if (headline || !prev || tokens[k]!.start !== prev.end + 1) return false;
  return isPossessive(prev) || DEVICE_HEAD_LEADS.has(prev.lower) || /^\p{Ll}{3,}(?:ed|es|s)$/u.test(prev.text);
}

/** Network generations written after a model's name ("Note 13 5G", "Pro+ 5G"). */
const GENERATION_LABELS: ReadonlySet<string> = new Set(['5G', '4G', 'LTE']);
/** Parts and services a network generation describes rather than names ("5G modem", "5G chips", "5G network"). */
const GENERATION_PART_NOUNS: ReadonlySet<string> = new Set(['modem', 'modems', 'chip', 'chips', 'chipset', 'chipsets', 'network', 'networks', 'equipment', 'gear', 'radio', 'radios', 'infrastructure', 'technology', 'patents', 'services', 'service', 'spectrum', 'rollout', 'base', 'stations', 'kit', 'components']);
/**
 * Whether the generation label at k stands before a part's or a service's noun: "Qorva's Q50 5G modem", "Zenco 5G chips" read a
 * product "Q50" and a firm "Zenco", not "Q50 5G" and "Zenco 5G" (helper ttl100, from stop 99's families).
 */
function generationBeforePart(tokens: readonly Token[], k: number): boolean {
  return GENERATION_LABELS.has(tokens[k]!.text) && GENERATION_PART_NOUNS.has(tokens[k + 1]?.text ?? '');
}

/** Small words NOT_NAMES trims that may end a product's name before its kind: "Zenco Check It test kit", "Zeta Plug In charger". */
const SMALL_NAME_TAILS: ReadonlySet<string> = new Set(['It', 'In', 'On']);
/** Whether a lower-case kind of made thing opens at `at`, maybe after one lower-case word: "kit", "test kit", "scanner". */
function kindOfMadeThingAfter(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at];
  if (first === undefined || !first.word || !/^\p{Ll}/u.test(first.text)) return false;
  if (isMadeKind(first.lower)) return true;
  const second = tokens[at + 1];
  return second !== undefined && second.word && /^\p{Ll}/u.test(second.text) && isMadeKind(second.lower);
}

/** Small words NOT_NAMES trims that open firms' names ("Just Eat", "Next"): names where the article writes them capitalised mid-sentence. */
const NAME_OPENING_SMALL_WORDS: ReadonlySet<string> = new Set(['Just', 'Next']);
/**
 * Small words NOT_NAMES trims that a service may still be named by, before its plural ("Qorva's Here Maps", "Zenco's Now Photos"):
 * adverbs and answers only, never a determiner's or a count's word ("Zenco's Other Apps", "Qorva's Most Pages" stay cut) (helper dic,
 * stop 100's families: a firm's maps service named by an English adverb was cut to "Maps" and lost with its maker).
 */
const SERVICE_OPENING_SMALL_WORDS: ReadonlySet<string> = new Set(['Here', 'Now', 'Yes', 'Like', 'Still', 'Just', 'Next', 'Even', 'Also', 'Yet', 'So', 'Then', 'There']);
/** Words of dates and times after "Next": "Next Tuesday", "Next March", "Next Year". */
const DATE_WORDS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'week', 'month', 'year', 'quarter', 'season', 'time', 'steps', 'step']);
/** Marks after which a capital opens a clause or a quotation, not a name: "…: Just as …", "“Next …". */
const CLAUSE_OPENING_MARKS: ReadonlySet<string> = new Set([':', ';', '"', '“', '‘', "'", '(', '[', '—', '–', '-', '.', '?', '!', '•']);
/** Words of degree that open a count: "Over 300,000 routers", "Nearly 500 drones". */
const DEGREE_OPENERS: ReadonlySet<string> = new Set(['Over', 'Nearly', 'Almost', 'About', 'Around', 'Roughly', 'Approximately', 'Some', 'Under', 'Fewer', 'More', 'Only', 'Just', 'Barely', 'Upwards']);
/** Classes of device written as acronyms, which end a firm's name before them: "Zenco CPE devices" (cue-words.ts). */
const DEVICE_CLASSES: ReadonlySet<string> = new Set(DEVICE_CLASS_ACRONYMS);
/** Classes of reactor, which end a model's name after its code or a maker's possessive: "Zenco's ZX-50 SMR" (cue-words.ts). */
const REACTOR_CLASSES: ReadonlySet<string> = new Set(REACTOR_CLASS_ACRONYMS);
/** Nouns of a reactor's plant or build after its class: "its Zeta SMR plant", "Zenco's Zeta SMR design". */
const REACTOR_PLANT_NOUNS: ReadonlySet<string> = new Set(['plant', 'plants', 'reactor', 'reactors', 'design', 'designs', 'project', 'projects', 'unit', 'units', 'station', 'stations', 'facility', 'facilities', 'module', 'modules', 'fleet', 'technology', 'programme', 'program', 'site', 'sites', 'deployment', 'deployments']);
/** Heads of a law's numbered provisions: "Section 301", "Article 5", "Chapter 11", "Title III". */
const LEGAL_PROVISIONS: ReadonlySet<string> = new Set(['Section', 'Sections', 'Article', 'Articles', 'Chapter', 'Title', 'Clause', 'Paragraph']);
/** A provision's number: "301", "232", "5", "11", "5a", "III". */
const PROVISION_NUMBER = /^(?:\p{N}+\p{L}?|[IVXL]+)$/u;
/** Number words that may open a sentence before a name and the kind they count: "Two Zenco phones …". */
const COUNT_OPENERS: ReadonlySet<string> = new Set(['Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', 'Several', 'Many']);
/** A lower-case plural kind of made thing: "phones", "games". */
/**
 * "Two Zenco Inc phones": a number word opens the sentence's name run `[start, end)` and counts the kind after it. In a function of its
 * own, called for every run: in the name finder its rare tests were first met mid-corpus and de-optimised it.
 */
function countsKindAfterName(tokens: readonly Token[], start: number, end: number): boolean {
  return start === 0 && end - start > 2 && COUNT_OPENERS.has(tokens[0]!.text) && COMPANY_SUFFIXES.has(tokens[end - 1]!.text) && isPluralKind(tokens[end]);
}

function isPluralKind(t: Token | undefined): boolean {
  return t !== undefined && !t.capitalized && t.lower.endsWith('s') && isMadeKind(t.lower);
}
/** Last words of a subsidiary's name after its parent's: a line of business, never a product ("LG Energy Solution", "Samsung Biologics"). */
const BUSINESS_WORDS = new Set(['Data', 'DATA', 'Energy', 'Chem', 'Chemical', 'Chemicals', 'Biologics', 'Biosciences', 'Pharma', 'Pharmaceuticals', 'Therapeutics', 'Solution', 'Solutions', 'Display', 'Mobility', 'Aerospace', 'Defence', 'Defense', 'Engineering', 'Logistics', 'Securities', 'Insurance', 'Financial', 'Pictures', 'Steel', 'Construction', 'Shipbuilding', 'Health', 'Healthcare', 'Healthineers', 'Medical', 'Diagnostics', 'Bioepis', 'Finance', 'Bank', 'Aviation', 'Foods', 'Retail', 'Wireless',
  // Defence firms' divisions ("Lockheed Martin Space", "Raytheon Missiles and Defense"; stop 64's readers: read as products the firm made).
  'Space', 'Missiles', 'Armaments', 'Aeronautics', 'Sensors', 'Security',
  // Games and media arms ("Amazon Games", "Tencent Games", "Zenco Interactive", "Tata Digital"; stop 76's makers readers: read as
  // products of the parent, so the titles they publish had no maker).
  'Games', 'Studios', 'Entertainment', 'Interactive', 'Publishing', 'Digital',
  // Utilities', carmakers' and finance arms named after a group ("Zenco Power", "Zenco Motors", "Zenco Capital"; helper fe85: read as
  // the group's products, so a group the text never names was made their maker).
  'Power', 'Motors', 'Capital', 'Realty', 'Airlines', 'Telecom',
  // Lift makers' arms ("Zenco Elevator", "Zenco Lifts"; fp90, from stop 89's fresh samples: read as the group's product).
  'Elevator', 'Elevators', 'Lifts',
  // Builders' and developers' arms ("Zenco Development", "Zenco Developments"; stop 92, from set 82: read as the group's product).
  'Development', 'Developments']);
/** A fund manager's arm named after its group: "Zenco Asset Management", "Zenco Capital Asset Management" (fp90: read as the group's product). */
// "Zenco Capital Management", "Zenco Capital Partners": an investor's arm, a firm, never a product of the firm's (helper fpz94, fresh
// sample s91f: a short form was read as its long form's maker).
const MANAGER_ARM = /(?:^| )(?:(?:Asset|Wealth|Investment|Investments|Fund|Funds|Portfolio|Investor|Capital) Management|Capital (?:Partners|Advisors|Advisers))$/;
/** A known investor's name ending in its trade ("Zenco Capital"), and the word that closes its long form ("Zenco Capital Management"). */
const INVESTOR_NAME_END = /(?:^| )(?:Capital|Investment|Investments|Asset|Wealth)$/;
const LONG_FORM_CLOSERS: ReadonlySet<string> = new Set(['Management', 'Partners', 'Advisors', 'Advisers', 'Group']);

/** Legal forms written before a company's name (Russian, Indonesian, …). */
const LEGAL_PREFIXES = new Set(['AO', 'OOO', 'ZAO', 'OAO', 'PAO', 'PJSC', 'JSC', 'OJSC', 'CJSC', 'PT', 'SIA', 'UAB', 'TOO']);
/** "Zeta XR", "Zenvision VR": after a name, a reality acronym ends a headset's name rather than trimming to "Zeta". */
const REALITY_TIERS = new Set(['XR', 'VR', 'AR', 'MR']);
const LEGAL_WORDS = new Set(['Inc', 'Corp', 'Ltd', 'LLC', 'PLC', 'Co', 'GmbH', 'AG', 'SA', 'NV', 'Limited', 'Incorporated', 'Pte', 'Pvt', 'Bhd']);
/**
 * Trade words that end a firm's legal name ("Zenco Trading", "Qorva Precision Machinery"): in a Title Case headline a short run
 * ending in one is a firm, as with a legal form ("Ruritania Blacklists Zenco Trading, Qorva Logistics").
 */
const HEADLINE_FIRM_TAILS = new Set(['Trading', 'Logistics', 'Manufacturing', 'Machinery', 'Industries', 'Holdings', 'Corporation', 'Company', 'Electronics', 'Semiconductor', 'Aviation', 'Shipping', 'Telecom']);
/** Irregular participles that open a sentence as a verb would ("Built by Zenco, the Zeta …"). */
const OPENING_PARTICIPLES = new Set(['Built', 'Made', 'Sold', 'Bought', 'Held', 'Run', 'Known', 'Shown', 'Taken', 'Given', 'Brought', 'Written', 'Drawn', 'Driven', 'Led', 'Hit', 'Set', 'Cut', 'Put', 'Kept', 'Left', 'Found', 'Thrown', 'Won', 'Lost']);
/** Legal suffixes that close a firm's name ("Zenco Inc"); not "Corporation" or "Bank", which go on ("Corporation for Public Works"). */
const LEGAL_SUFFIXES: ReadonlySet<string> = new Set(['Inc', 'Corp', 'Ltd', 'LLC', 'PLC', 'plc', 'GmbH', 'AG', 'A/S', 'Pte', 'Pvt', 'Bhd', 'LLP', 'SpA', 'BV', 'NV', 'SAS', 'SARL', 'Pty', 'OOO', 'JSC', 'PJSC', 'SAL']);
/** Whether the name's words before `end` end with a legal suffix, its stop written or not ("Zenco Inc", "Zenco Inc."). */
function endsWithLegalSuffix(tokens: readonly Token[], end: number): boolean {
  const last = tokens[end - 1]?.text === '.' ? end - 2 : end - 1;
  return LEGAL_SUFFIXES.has(tokens[last]?.text ?? '');
}
/** A bid's nouns: "a rival bid from Qorva for Vexa". */
const BID_NOUNS: ReadonlySet<string> = new Set(['bid', 'bids', 'offer', 'offers', 'proposal', 'proposals', 'approach', 'approaches', 'counterbid', 'counteroffer']);
/** Whether the name opening at `i` is a bid's bidder: "from" or "by" before it, a bid noun at most four words before that. */
function bidderBefore(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.text;
  if (before !== 'from' && before !== 'by') return false;
  for (let k = i - 2; k >= Math.max(0, i - 5); k--) if (BID_NOUNS.has(tokens[k]!.lower)) return true;
  return false;
}
/** A coined name written in camel case: "YaSurf", "iZeta" (not a surname's "McKay", "DeLuca", "MacLeod", "LaRue", "O'Neil"). */
function isCoinedCamelName(word: string): boolean {
  return /^(?:\p{Lu}\p{Ll}+|\p{Ll}+)\p{Lu}/u.test(word) && !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}/u.test(word);
}
const CONNECTORS = new Set(['of', 'and', '&', 'for', ...ROMANCE_FIRM_PARTICLES, 'du', 'la', 'en']);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'that', 'our', 'your', 'my']);
const APPOSITION_END = new Set([',', '.', ';', ':', ')', '—', '–', 'that', 'which', 'who', 'behind', 'based', 'known', 'founded', 'with', 'whose', 'in', 'of', 'from', 'and', 'best', 'called', 'led', 'owned', 'run', 'backed', 'developed', 'built', 'made', 'focused', 'specializing', 'specialising', 'dedicated', 'responsible', 'headquartered', 'operating', 'designed', 'used', 'for',
  // "Vexa Strike, a shooter by Qorva Labs": the maker after "by" is no part of the apposition's noun (stop 79: the maker's "Labs" typed the game a firm).
  'by',
  // "Sterling was a Zenco brand until it was dropped": the end of the owner's time ends the definition's noun (helper dva89).
  'until']);

/**
 * A variant's drive or network, written after a product's name, ends that name: "Leaf EV", "Galaxy S3 LTE" (elsewhere these
 * acronyms are the trade's words, trimmed off names; stop 66's first makers sample saw "Mini EV" cut to "Mini"). So does a service's
 * "Now": "Peacock Now", "HBO Now" (stop 78: "Now" opening a sentence is trimmed, and was trimmed off these names too), unless a verb
 * or a noun follows it ("Qorva Now has 5 million users": tailClosesName), unless a rule typed the name with its "Now" elsewhere in the
 * article ("Zeta Now, a streaming service, … Zeta Now gained users": a fresh sample cut the second one to "Zeta") or a
 * kind of thing stands before it (kindBefore).
 */
const VARIANT_WORDS: ReadonlySet<string> = new Set(['EV', 'PHEV', 'HEV', 'BEV', 'LTE', '5G', '4G', 'Now']);

/** A singular lower-case kind of made thing after a first release's "I" ("the Hapix I rocket"); a person's role is no kind. */
function kindAfterRomanOne(t: Token | undefined): boolean {
  return t !== undefined && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !t.text.endsWith('s') && isMadeKind(t.text) && !LETTER_CLASS_NOUNS.has(t.text);
}
/** What may follow "rocket Hapix I" when the "I" closes the name: a stop or a preposition, never a verb ("the rocket Hapix I think …"). */
const ROMAN_ONE_CLOSERS: ReadonlySet<string> = new Set([',', '.', ';', ':', ')', 'on', 'in', 'at', 'from', 'into', 'for', 'with', 'by', 'during', 'and', 'last', 'this', 'next']);

/** A singular kind of made thing right before a name ("its streaming service Zeta Now gained users"): the name's "Now" is no adverb then. */
function kindBefore(tokens: readonly Token[], start: number): boolean {
  const word = tokens[start - 1]?.lower;
  return word !== undefined && !word.endsWith('s') && isMadeKind(word);
}

/**
 * Capitalised names the lexicon does not know, typed by what stands around them: an
 * organisation suffix, a cue noun before or after, an apposition, a possessive owner, a
 * government head word. A name without any cue is returned with source `unknown`: it only
 * becomes an entity if a relation pattern needs it (see relations.ts).
 * In a `headline` (Title Case) only names learned elsewhere in the article are found.
 */
export function findNamedMentions(
  tokens: readonly Token[],
  known: readonly SentenceMention[],
  lexicon: Lexicon,
  learned: Map<string, LearnedName>,
  headline = false,
): { mentions: SentenceMention[]; aliases: [string, LearnedName][] } {
  const covered = new Uint8Array(tokens.length);
  for (const m of known) covered.fill(1, m.first, m.last);
  uncoverLongerNames(tokens, known, lexicon, headline, covered);
  const mentions: SentenceMention[] = [];
  const aliases: [string, LearnedName][] = [];
  // The rules around known names run first, each in a function of its own: this one stays small enough for V8 to
  // optimise its name loop early and cheaply (as one 38 KB function it was compiled late, in some 360 ms).
  codeAndCompoundNames(tokens, known, lexicon, covered, mentions);
  namesAfterKnownNames(tokens, known, lexicon, learned, headline, covered, mentions, aliases);
  longerProductNames(tokens, known, lexicon, covered, mentions);
  // "Zenco+", "Plix+ Pro": a plus glued after a known name makes another, a product (plus-marked-names.ts).
  plusMarkedKnownNames(tokens, known, lexicon, covered, mentions);
  // Where a product's name opens right after a firm's name its trade's word closed (firmEndBeforeProduct).
  const productOpens = new Set<number>();

  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !isNameToken(tokens[i]!) || isBracketedCode(tokens, i) || isTermAbbreviation(tokens, i)) continue;
    // "AO Kaspersky Lab", "OOO Kaspersky Group": a legal form before a company's name is a legal
    // entity of its own, beside the brand.
    const branded = LEGAL_PREFIXES.has(tokens[i]!.text) ? known.find((m) => m.first === i + 1 && m.type === 'company') : undefined;
    if (branded) {
      // With the rest of the legal name: "OOO Kaspersky Group".
      let last = branded.last;
      while (last < tokens.length && !covered[last] && isNameToken(tokens[last]!) && last - branded.last < 3) last++;
      const label = surfaceOf(tokens, i, last);
      const name: LearnedName = { key: keyOfName(label), label, type: 'company' };
      learned.set(label, name);
      mentions.push(mentionOver(tokens, i, last, name, 'rule'));
      i = last - 1;
      continue;
    }
    // "its Zeta 2D printer": the dimension that nameRunEnd left out of the name is no name of its own either.
    if (isDimensionBeforeKind(tokens, i)) continue;
    let end = nameRunEnd(tokens, i, covered, known, learned, headline);
    // "Zenco plc", "Zenco Nigeria plc": the legal form British and Nigerian papers write in lower case closes the name (helper nam97:
    // the run stopped before it, and a firm named only so stayed untyped).
    if (tokens[end]?.text === 'plc' && !covered[end] && tokens[end]!.start === tokens[end - 1]!.end + 1) end++;
    // "Qorva Inc QRVA said": a ticker after the legal form is no part of the firm's name (helper cod, stop 100; sentence-mentions.ts drops it).
    if (end - i >= 3 && LEGAL_FORMS_BEFORE_TICKER.has(tokens[end - 2]!.text) && BARE_TICKER.test(tokens[end - 1]!.text) && !NOT_NAMES.has(tokens[end - 1]!.text)) end--;
    // "Zenco vs Qorva 2026: Which Is Better?", "Zenco vs Qorva Battery Life Breakdown": a year after the
    // name a "vs" sets against another dates the comparison, and a heading's words after it say what is compared.
    if (afterVs(tokens, i)) {
      const heading = tokens.slice(i + 1, end).findIndex((t) => VS_HEADING_WORDS.has(t.text));
      if (heading >= 0) end = i + 1 + heading;
      if (end - i >= 2 && YEAR.test(tokens[end - 1]!.text)) end--;
    }
    // "Fairchild and National Semiconductor" are two companies ("Procter and Gamble" is one name,
    // "Food and Drug Administration" one body).
    // "Procter and Gamble Co.", "Zorbin and Klatt Inc." are one firm: a legal form after one plain word closes the name both words
    // share (helper and96; see legalFormClosesPair).
    if (tokens[i + 1]?.text === 'and' && end - (i + 2) >= 2 && COMPANY_SUFFIXES.has(tokens[end - 1]!.text) && !legalFormClosesPair(tokens, i, i + 1, end, known, learned)) end = i + 1;
    // "Vantor Group and Fast Company": a company's own last word before "and" ends its name; so does a studio's ("S2 Games and
    // League of Legends", stop 71's first makers sample).
    for (let k = i + 1; k + 1 < end; k++) {
      if (tokens[k + 1]!.text === 'and' && (ENDS_COMPANY.has(tokens[k]!.text) || STUDIO_ENDS.has(tokens[k]!.text)) && !isBodyName(tokens, i, end)) {
        end = k + 1;
        break;
      }
    }
    // "Harbin Institute of Technology and Zembla University": a second institution, named whole with its own head after "and",
    // ends the first one's name (stop 62's controls readers); "Institute of Aeronautics and Astronautics" is one.
    if (INSTITUTION_HEADS.has(tokens[end - 1]!.text)) {
      for (let k = i + 2; k + 2 < end; k++) {
        if (tokens[k]!.text === 'and' && textsOf(tokens, i, k).some((w) => INSTITUTION_HEADS.has(w) || GOVERNMENT_HEADS.has(w))) {
          end = k;
          break;
        }
      }
    }
    // "the Secure Equipment Act", "the Covered List", "a Final Determination": laws, lists and
    // official acts are what bodies issue, not entities. A body's name before one is kept
    // ("Office of Management and Budget Memorandum M-23-13").
    // "news website Zembla Report", "the blog Zeta Report": after an outlet's noun a "Report" is the outlet's name (stop 53's readers).
    // "Apple Removes Zenco App For Flouting Rules": a headline's run ends at a kind word after a name the article taught (else it
    // would end in "Rules", an instrument's word).
    if (headline) end = learnedWithoutKind(tokens, i, end, learned)[1];
    // "the Zenco Electronics Plix 9", "Zenco Semiconductor Z9 chips": a firm's name closed by its trade's word ends before a product's
    // name (firm-then-product-names.ts); the product is read as the next run.
    if (!headline && end - i >= 2 && tokens[i]!.capitalized) {
      const afterKnownFirm = i > 0 && tokens[i]!.start === tokens[i - 1]!.end + 1 && known.some((m) => m.last === i && m.type === 'company' && m.source === 'lexicon');
      const firmEnd = firmEndBeforeProduct(tokens, i, end, afterKnownFirm, (w) => REGION_WORDS.has(w) || BUSINESS_WORDS.has(w) || UNIT_WORDS.has(w));
      if (firmEnd > 0) {
        end = firmEnd;
        productOpens.add(firmEnd);
      }
    }
    // "Qorva LNG carriers": the cargo's acronym cut off a known firm's name is no name of its own either.
    const cargoEnd = endBeforeCargoKind(tokens, i, end, learned);
    if (cargoEnd < end) covered[cargoEnd] = 1;
    end = cargoEnd;
    // The run's end before an instrument (see endBeforeInstrument). Where an instrument's run ends is worked out before the
    // test, so that the rare branch holds no operation of its own: its first use, mid-corpus, would de-optimise this function.
    const instrumentEnd = endBeforeInstrument(tokens, i, end, learned);
    const lastOfRun = Math.max(i, end - 1);
    if (instrumentEnd === WHOLE_INSTRUMENT) {
      i = lastOfRun;
      continue;
    }
    end = instrumentEnd;
    // "the Ministry of Trade of the Zembla government": the state's name before a lower-case "government" is the government's, not
    // the body's (round 84: "Ministry of Trade of the Zembla" was a node).
    end = endBeforeGovernmentOf(tokens, i, end);
    // "SUMMARY:", "Zoom out:": a section label opening the sentence; so is an outlet's tag in square brackets ("[ZNEWS] Zembla
    // blocked Zapp"; stop 60's readers).
    if ((i === 0 && tokens[end]?.text === ':') || (i === 1 && tokens[0]!.text === '[' && tokens[end]?.text === ']')) {
      i = end - 1;
      continue;
    }
    // "a PDA from Zenco", "an SUV by Qorva": an acronym alone after "a" or "an", with no noun after it, is a kind of thing (stop 59's makers readers).
    if (end === i + 1 && isKindAcronym(tokens, i)) continue;
    // "the latest state to BAN 'Qorva'!": a ban's verb shouted in capitals is no acronym (helper ttl93, set 88's film bans).
    if (isShoutedBanVerb(tokens, i)) continue;
    // "Section 301 tariffs", "under Article 5", "a Chapter 11 filing": a law's numbered provision is no name (helper tar89b: read as
    // a firm before "tariffs", it stood between the state that imposed them and its target).
    if (end === i + 2 && LEGAL_PROVISIONS.has(tokens[i]!.text) && PROVISION_NUMBER.test(tokens[i + 1]!.text)) {
      i = end - 1;
      continue;
    }
    const notName = (t: Token): boolean => NOT_NAMES.has(t.text) || lexicon.stateOfDemonym(t.text) !== undefined || isDemonymCompound(t.text, lexicon) || isCompoundModifier(t.text) || (headline && HEADLINE_LIGHT_VERBS.has(t.text));
    let start = i;
    // "released The Evil Within", "developed The Last of Us": mid-sentence a capitalised "The" opens a title, whose words are all
    // its own (stop 70, from stop 69's samples: such titles were cut to "Evil" and "Us").
    const theTitle = end - i >= 2 && opensTheTitle(tokens, i, headline);
    if (theTitle) start = i + 1;
    // "First Solar": an ordinal before the industry word that ends the name opens it.
    // "Second Dinner", "Third Harbor": an ordinal before another capitalised word no lexicon knows, with no article before it, opens a
    // firm's name too (stop 54's readers: "developed by Third Harbor" was cut to "Harbor"); "the Second World War" keeps its reading.
    const ordinalFirm = (k: number): boolean => (tokens[k]!.text === LAST_OPENER && end - k === 2 && CARRIER_WORDS.has(tokens[k + 1]!.text)) || ORDINAL_OPENERS.has(tokens[k]!.text) && end - k >= 2 && (CARRIER_WORDS.has(tokens[k + 1]!.text) ? end - k === 2 : !DETERMINERS.has(tokens[k - 1]?.lower ?? '') && tokens[k + 1]!.capitalized && !lexicon.longestMatch([tokens[k + 1]!.text], 0));
    // "the IT Ministry", "the AI Office": a trade acronym right before a body's head word names the body.
    const acronymBody = (k: number): boolean => /^\p{Lu}{2,}$/u.test(tokens[k]!.text) && k + 1 < end && GOVERNMENT_HEADS.has(tokens[k + 1]!.text);
    // "the Norwegian Data Protection Authority": "Data", trimmed off other names ("Data from Zenco shows"), opens a body's
    // name that ends in its head word (stop 57's readers saw "Protection Authority").
    const fieldBody = (k: number): boolean => tokens[k]!.text === 'Data' && end - k >= 3 && (GOVERNMENT_HEADS.has(tokens[end - 1]!.text) || tokens[end - 1]!.text === 'Commissioner');
    // "Android XR", "the Zenco XR headset": a reality acronym right after a known product's or maker's name ends that name;
    // "Zenco Data": so does a line of business after a known firm's (the compound below).
    const tierAfterKnown = (k: number): boolean => k === i && !headline && k > 0 && tokens[k]!.start === tokens[k - 1]!.end + 1 && known.some((m) => m.last === k && m.source === 'lexicon' && (
      (REALITY_TIERS.has(tokens[k]!.text) && (m.type === 'company' || m.type === 'product' || m.type === 'model')) || (BUSINESS_WORDS.has(tokens[k]!.text) && m.type === 'company' && !(tokens[k + 1] && isNameToken(tokens[k + 1]!))) ||
      (m.type === 'company' && aiUnitOfFirm(tokens, m.first, k + 1))));
    // "the game No Mercy", "banned No Rest": mid-sentence a capitalised "No" before a name's word opens a title.
    // The length is tested before the word: tested only after a rare "No", its first use mid-corpus de-optimised this function.
    // "released Until Dawn", "a deckbuilder called As We Descend", "the studio behind Into the Breach": so does a capitalised small word
    // right after a lower-case word, before a name's word (helper rlf94, from real games news: cut to "Dawn", lost).
    const opensTitle = (k: number): boolean => k > 0 && end - k >= 2 && !headline && (tokens[k]!.text === 'No' || (TITLE_OPENING_WORDS.has(tokens[k]!.text) && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k - 1]!.text)));
    // "launched AI Mode", "its AI Pin", "the AI Studio app": "AI" before one or two plain English words that a maker's verb, an
    // article or an owner puts first is the product's first word; it was trimmed, cutting the name to "Mode" (fresh sample s92b).
    // "AI start-up Zenco", "AI Zenco Labs" keep trimming it: a coined word after it is a name of its own.
    const aiOpensProduct = (k: number): boolean => k === i && tokens[k]!.text === 'AI' && !headline && end - k >= 2 && end - k <= 3 && aiProductAfter(tokens, k, end);
    // "the food delivery group Just Eat", "Britain's Next": a small word NOT_NAMES trims opens a firm's name mid-sentence, not after a
    // mark that opens a clause or a quotation nor before a date ("Next Tuesday"); at a sentence's start or in a headline only as a name
    // the article taught with it (helper typ97c, from real delivery-app news: "Just Eat" was cut to "Eat").
    const adverbFirm = (k: number): boolean => end - k >= 2 && NAME_OPENING_SMALL_WORDS.has(tokens[k]!.text) && !DATE_WORDS.has(tokens[k + 1]!.lower) &&
      ((k > 0 && !headline && !CLAUSE_OPENING_MARKS.has(tokens[k - 1]!.text)) || learned.has(surfaceOf(tokens, k, k + 2)) || learned.has(surfaceOf(tokens, k, end)));
    // "Zenco's new Watch QX", "launched the Watch 7": a capitalised generic device head right before a model code, after a lower-case
    // word or an owner's possessive mid-sentence, is the product's first word (helper ttl100, from stop 99's families: cut to "QX").
    // "Qorva's Watch Ultra 2", "its Watch Series 9", "the Watch Fit 3": so is it before a tier word, or a line word and a code
    // (device-model-runs.ts; helper nmgen: cut to "Ultra 2", "Fit 3").
    // "Huawei Watch GT 3 Series": and right after a known firm's name, mid-sentence (cut to "GT 3 Series").
    // "The Watch Ultra 2 was made by Qorva": a sentence's first "The" (trimmed) opens the run before it.
    const deviceHeadOpens = (k: number): boolean => (k === i || (k === i + 1 && tokens[i]!.text === 'The')) && end - k >= 2 && DEVICE_HEAD_WORDS.has(tokens[k]!.text) && (deviceHeadBefore(tokens, k, headline) || afterKnownMaker(k) || listedAfterModel(k)) && (MODEL_CODE_AFTER_HEAD.test(tokens[k + 1]!.text) || modelGoesOnAfterHead(tokens, k));
    // "Qorva's Watch Ultra 2 and Watch Series 9": and after "and", "or" or a comma closing another model's code or tier (cut to "Series 9").
    const listedAfterModel = (k: number): boolean => k > 1 && !headline && /^(?:and|or|,)$/.test(tokens[k - 1]!.text) && (/\p{N}/u.test(tokens[k - 2]!.text) || TIER_WORDS.has(tokens[k - 2]!.text));
    const afterKnownMaker = (k: number): boolean => k > 0 && !headline && tokens[k]!.start === tokens[k - 1]!.end + 1 && known.some((m) => m.last === k && m.source === 'lexicon' && m.type === 'company');
    // "Qorva's Here Maps", "Zenco's Now Photos": such a small word right after an owner's possessive mid-sentence, before a service's
    // capitalised plural that closes the run, opens the service's name (helper dic).
    // "Qorva's Here maps": so does it alone before that plural in lower case.
    const ownedServiceOpens = (k: number): boolean => k === i && !headline && SERVICE_OPENING_SMALL_WORDS.has(tokens[k]!.text) && isPossessive(tokens[k - 1]) &&
      ((end - k === 2 && SERVICE_PLURALS.has(tokens[k + 1]!.text)) || (end - k === 1 && LOWER_SERVICE_PLURALS.has(tokens[k + 1]?.text ?? '')));
    while (start < end && !theTitle && !ordinalFirm(start) && !adverbFirm(start) && !ownedServiceOpens(start) && !acronymBody(start) && !fieldBody(start) && !tierAfterKnown(start) && !opensTitle(start) && !aiOpensProduct(start) && !deviceHeadOpens(start) && (notName(tokens[start]!) || CONNECTORS.has(tokens[start]!.text))) start++;
    // "22nd Century Group", "3rd Rock Labs": an ordinal in figures right before a run that ends in a firm's legal or trade word opens
    // its name (stop 92, from set 82: cut to "Century Group"); "the 500th Zeta Rover", "its 3rd Zenco Labs event" keep counting.
    // "22nd Century's Moonlight", after "22nd Century Group" in the article: the ordinal opens the firm's short name too.
    if (start === i && (numericOrdinalOpens(tokens, i, end) || opensLearnedOrdinalFirm(tokens, i, end, learned))) start = i - 1;
    // "the da Vinci system", "its de Zorva scanner": a lower-case particle after a determiner opens the name.
    if (start === i && start >= 2 && NAME_PARTICLES.has(tokens[start - 1]!.text) && PARTICLE_OPENERS.has(tokens[start - 2]!.lower) && tokens[start]!.start === tokens[start - 1]!.end + 1) start -= 1;
    // "Qorva's zetā System", "the nīva Scanner": a lower-case coined word with a diacritic, after an owner or an article, opens the
    // name whose capitalised word follows (helper quo, from stop 99's name readers: cut to "System"). Not a borrowed English word
    // ("the café Zenco", "its rosé Vexa", "Jane Roe, née Smith").
    else if (start === i && start >= 2 && isLowerCoinedDiacritic(tokens[start - 1]!.text) && PARTICLE_OPENERS.has(tokens[start - 2]!.lower) && tokens[start]!.start === tokens[start - 1]!.end + 1) start -= 1;
    // A sentence that opens "Startup Pennant …" or "Shares of Halvard …": the first word is not part of the name; nor a question's
    // auxiliary, "Is Zapp banned in Zembla?" (stop 70's first bans sample: a node "Is Zapp").
    if (start === 0 && end - start > 1 && (CUE_NOUNS.has(tokens[0]!.lower) || (QUESTION_AUXILIARIES.has(tokens[0]!.text) && tokens.at(-1)?.text === '?') || (tokens[1]!.text === 'of' && OF_OPENERS.has(tokens[0]!.lower) && !textsOf(tokens, 0, end).some((w) => GOVERNMENT_HEADS.has(w))))) {
      start = tokens[1]!.text === 'of' ? 2 : 1;
    }
    // "UPDATE Zenco Power said …", "EXCLUSIVE Qorva …": a wire slug in capitals opening the sentence is no part of the name (review rr90).
    if (start === 0 && end - start > 1 && WIRE_SLUGS.has(tokens[0]!.text)) start = 1;
    // "Enter Zenco's Vela platform", "Meet Qorva's Lumo": a verb bidding the reader opens the sentence before the name; it is no part
    // of it (fresh sample s92a: a source "Enter Zenco"). "Meet Group said …": a firm's word after it keeps the name.
    if (start === 0 && end - start > 1 && IMPERATIVE_OPENERS.has(tokens[0]!.text) && !FIRM_LAST_WORDS.has(tokens[1]!.text) && !lexicon.longestMatch([surfaceOf(tokens, 0, end)], 0)) start = 1;
    // "Two Zenco Inc phones, the K1 and the K2, …": a number word opening the sentence counts the kind after the name; it is not the
    // name's ("Two Sigma said" keeps it: no kind follows). Stop 79.
    // Only before a firm's legal or trade word: "Three Mobile apps", "Seven Bank apps", "Nine Dragons Paper products" are firms' names.
    if (countsKindAfterName(tokens, start, end)) start = 1;
    // "Sales of the Zeta X …", "Shares of the Zenco Group": a lower-case article left opening the name is not the name's.
    while (start < end - 1 && start > i && tokens[start]!.text === 'the') start++;
    // "Over 300,000 routers made by Zenco", "Nearly 500 Qorva drones": a word of degree and the number after it count things; neither
    // is a name's ("Over Labs", with no number after it, keeps its word). Helper fn86, from a fresh sample of real news.
    if (start < end - 1 && DEGREE_OPENERS.has(tokens[start]!.text) && /^\p{N}/u.test(tokens[start + 1]?.text ?? '')) {
      start += 1;
      while (start < end && (/^\p{N}[\p{N},.]*$/u.test(tokens[start]!.text) || (/^[,.]$/.test(tokens[start]!.text) && /^\p{N}/u.test(tokens[start + 1]?.text ?? '')))) start++;
    }
    // "In 2014 Zenco launched …", "By 2003 Qorva had bought …": a number left opening the name after a trimmed opener is a date, not the name's (stop 59).
    while (start < end - 1 && start > i && /^\p{N}+$/u.test(tokens[start]!.text)) start++;
    // "Zenco AI", "Kappa AI", "Hola VPN": after a coined name, "AI" or "VPN" is the name's last word, not a trade acronym to trim
    // ("Western AI companies", "Constitutional AI" keep trimming it).
    // "Zeta Watch", "Zepp OS", "Zeta XR", "Zeta EV": after a name, "Watch", "OS", a reality acronym and a variant's word end a product's name;
    // so does "UI", a phone maker's interface ("its One UI update": cut to "One"; helper nmgen)
    // (not in a Title Case headline, where any word is capitalised).
    const endsTheName = (k: number): boolean => tierAfterKnown(k) || (k - start >= 2 && tokens[k - 1]!.text === '+' && GENERATION_LABELS.has(tokens[k]!.text) && !headline) || k - start >= 1 && tokens[k - 1]!.capitalized && !notName(tokens[k - 1]!) && (
      ((tokens[k]!.text === 'AI' || tokens[k]!.text === 'VPN') && isCoinedWord(tokens[k - 1]!.lower)) ||
      ((tokens[k]!.text === 'Watch' || tokens[k]!.text === 'OS' || tokens[k]!.text === 'UI' || REALITY_TIERS.has(tokens[k]!.text) || (VARIANT_WORDS.has(tokens[k]!.text) && !generationBeforePart(tokens, k) && (tokens[k]!.text !== 'Now' || tailClosesName(tokens[k + 1]) || learned.has(surfaceOf(tokens, start, k + 1)) || kindBefore(tokens, start)))) && !headline && tokens[k]!.start === tokens[k - 1]!.end + 1) ||
      // "Marvel Rivals": a capitalised headline verb that the run took in (outside a headline) ends the title.
      (HEADLINE_VERBS.has(tokens[k]!.text) && !headline && tokens[k]!.start === tokens[k - 1]!.end + 1) ||
      // "its Zenco Check It test kit", "the Zeta Plug In charger": a capitalised small word right before a lower-case kind of made
      // thing (at most one word before it) ends the product's name (helper quo, from stop 99's name readers: cut to "Zenco Check").
      (SMALL_NAME_TAILS.has(tokens[k]!.text) && !headline && k === end - 1 && tokens[k]!.start === tokens[k - 1]!.end + 1 && kindOfMadeThingAfter(tokens, k + 1)));
    // "Zenco's Zeta A handsets", "its Zeta A series phone": a capital "A" after a name's word and before a lower-case noun is the
    // model's letter, not an article (helper nm90, from a fresh sample of real news: "Zeta A" was cut to "Zeta"). Not a class's or a
    // grade's letter ("Series A round", "Class A shares", "Vitamin A"), nor in a Title Case headline.
    const modelLetter = (k: number): boolean => tokens[k]!.text === 'A' && k - start >= 1 && !headline && tokens[k - 1]!.capitalized && !notName(tokens[k - 1]!) && !LETTER_CLASS_HEADS.has(tokens[k - 1]!.text) &&
      tokens[k]!.start === tokens[k - 1]!.end + 1 && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '') && !LETTER_CLASS_NOUNS.has(tokens[k + 1]!.text) && !FUNDING_WORDS.has(tokens[k + 1]!.text);
    // "Zenco's Hapix I rocket", "its two-stage rocket Hapix I on Tuesday": a capital "I" after a name's word, before a lower-case kind
    // of made thing or, after such a kind, before a stop or a preposition, numbers the first release; it is no pronoun (helper dvx94,
    // from set 91: the name was cut to "Hapix"). Not a class's or a phase's numeral ("Phase I trial", "Tier I capital").
    const romanOne = (k: number): boolean => tokens[k]!.text === 'I' && k - start >= 1 && !headline && tokens[k - 1]!.capitalized && !notName(tokens[k - 1]!) && !LETTER_CLASS_HEADS.has(tokens[k - 1]!.text) &&
      tokens[k]!.start === tokens[k - 1]!.end + 1 && (kindAfterRomanOne(tokens[k + 1]) || (kindBefore(tokens, start) && ROMAN_ONE_CLOSERS.has(tokens[k + 1]?.text ?? '.')));
    // "Bed Bath & Beyond", "Marks & Spencer": after "&" a capitalised word is the name's, whatever it is elsewhere.
    const afterAmpersand = (k: number): boolean => k - start >= 2 && tokens[k - 1]!.text === '&';
    // "Zeta PCIe 5.0 controller": a name ends before an interface standard.
    for (let k = start + 1; k < end; k++) if (SPEC_TERMS.has(tokens[k]!.text)) end = k;
    // "Zenco CPE devices", "Qorva NVR boxes": a class of device after a name ends it (helper fn86); not before a number ("Zeta ONT 5").
    for (let k = start + 1; k < end; k++) if (DEVICE_CLASSES.has(tokens[k]!.text) && !/^\p{N}/u.test(tokens[k + 1]?.text ?? '')) end = k;
    // "Zenco's ZX-50 SMR", "its Zeta SMR plant": a reactor's class after a model's code, or after a name a possessive opens and
    // before a noun of the plant, ends the model's name (helper nm90); a firm's own name with it stays whole ("Zenco SMR said").
    // "Zenco's Zeta SMR competes with …" keeps the whole name: a cut leaves the class between the name and its verb (review rr90).
    for (let k = start + 1; k < end; k++) if (REACTOR_CLASSES.has(tokens[k]!.text) && (/\p{N}/u.test(tokens[k - 1]!.text) || ((isPossessive(tokens[start - 1]) || tokens[start - 1]?.lower === 'its') && REACTOR_PLANT_NOUNS.has(tokens[k + 1]?.lower ?? '')))) end = k;
    // "Zenco told the Ruritania Times Qorva was its rival": the outlet told is named up to its title word; the name after it is the
    // told clause's subject (helper fxd89: "Ruritania Times Qorva" became one firm).
    if (INTERVIEW_VERBS.has(tokens[tokens[start - 1]?.lower === 'the' ? start - 2 : start - 1]?.lower ?? '')) for (let k = start + 1; k < end - 1; k++) if (OUTLET_TITLE_WORDS.has(tokens[k]!.text)) end = k + 1;
    // "Zenco UK": a country's code that closesNationalArm uncovered is the arm's last word, not a place's adjective.
    // So does "Zenco & Partners UK": a partnership's name before the code (stop 91, from set 81).
    // "Qorva Snackfood US has released …": a two-word name before it too, its second word coined (helper nam98b, real snacks news).
    const closesArm = (k: number): boolean => (k === start + 1 || (k === start + 3 && /^(?:&|and)$/.test(tokens[start + 1]!.text)) || (k === start + 2 && /^\p{Lu}\p{Ll}{2,}$/u.test(tokens[start]!.text) && /^\p{Lu}\p{Ll}{2,}$/u.test(tokens[start + 1]!.text) && isCoinedWord(tokens[start + 1]!.lower))) && !covered[k] && NATIONAL_ARM_CODES.has(tokens[k]!.text);
    while (end > start && (CONNECTORS.has(tokens[end - 1]!.text) || tokens[end - 1]!.text === 'on' || tokens[end - 1]!.text === 'the' || (notName(tokens[end - 1]!) && !theTitle && !endsTheName(end - 1) && !afterAmpersand(end - 1) && !ownedServiceOpens(end - 1) && !modelLetter(end - 1) && !romanOne(end - 1) && !closesArm(end - 1)) || /^\p{N}+$/u.test(tokens[end - 1]!.text) && end - start === 1)) end--;
    // "Ana Borin, Qorva Group COO, said": a firm's title closing the run, with no person's name after it, is the title of someone named
    // elsewhere, not the firm's last word (stop 92, from set 82: "Qorva Group COO" became the firm). "Qorva COO Ana Borin" is read below.
    if (end - start >= 2 && FIRM_TITLES.has(tokens[end - 1]!.text) && !(tokens[end] && isNameToken(tokens[end]!)) && !headline) end--;
    // "the Catalan government": a people's adjective before a body's word names the region's body.
    if (end - start === 1 && ((NOT_NAMES_ALONE.has(tokens[start]!.text) && !(PEOPLES_ADJECTIVES.has(tokens[start]!.text) && REGIONAL_BODY_WORDS.has(tokens[end]?.lower ?? ''))) || isInstrument(learned, tokens[start]!.text))) start = end;
    // "sued a Floridian competitor, Qorva": an unknown people's adjective after "a" and before a firm's or a good's word is no name.
    if (end - start === 1 && isArticleDemonymAt(tokens, start)) start = end;
    // "a Floridian competitor, Qorva", "Scottish drink Vexa": an unlisted place's adjective before a description is no name (fpx96).
    if (isUnlistedPlaceAdjective(tokens, start, end) || isCertificationMark(tokens, start, end)) start = end;
    // "the Popular social media app Zapp": a capitalised common adjective opening a description before a name is no name (fls100).
    if (isDescribingAdjective(tokens, start, end, isPlainAdjective, isMadeKind)) start = end;
    // "a new 5v5 mode", "its 3v3 shooter": a match's format (players a side) is a spec, no name (fls100).
    if (end - start === 1 && /^\d{1,2}v\d{1,2}$/i.test(tokens[start]!.text)) start = end;
    // "a 530B-parameter Transformer co-developed by Zenco": a technical kind after a lower-case describer is no name (fls100).
    if (end - start === 1 && TECHNICAL_KIND_WORDS.has(tokens[start]!.text) && /^[\p{Ll}\p{N}][\p{L}\p{N}.-]*$/u.test(tokens[start - 1]?.text ?? '') && tokens[start - 1]!.lower !== 'the') start = end;
    // "the arm of vela Group", "rival qorva HUB": a brand in lower case opens the firm's name; "Group" alone names none (fpx96).
    if (!covered[start - 1]) start = loneFirmWordStart(tokens, start, end, isCoinedWord, (w) => TRADE_WORDS.has(w) || SERVICE_TRADE_WORDS.has(w) || isMadeKind(w)) ?? start;
    // "the third Southeast Asian nation", "Latin American markets": a region's adjective after compass words is no name (helper fp83b).
    if (end - start >= 2 && isRegionAdjective(textsOf(tokens, start, end))) start = end;
    // "Zenco's R14 billion merger", "a R10bn deal": an amount in a currency written with a letter is no name (stop 64's third controls sample).
    if (end - start === 1 && isCurrencyAmount(tokens[start]!, tokens[end])) start = end;
    // "seized Rs 5,551 crore from Zenco", "INR 900 crore": a currency's word before a figure is no name (stop 92 round 3, from fresh
    // sample s86f: "Rs 5" became a product banned and developed).
    // "the Rs 999 Zeta phone": a price before a product's name is no part of it.
    if (end > start && CURRENCY_WORDS.has(tokens[start]!.text) && /^\p{N}/u.test(tokens[start + 1]?.text ?? '')) {
      start++;
      while (start < end && /^[\p{N}.,]+$/u.test(tokens[start]!.text)) start++;
    }
    // "the €2bn Zeta project", "a $5m Qorva deal": a sum with its scale's letters after a currency's sign opens no name (the same sample).
    if (end - start >= 2 && /^\p{N}[\p{N}.,]*(?:bn|mn|m|tn|k)$/u.test(tokens[start]!.text) && /^\p{Sc}$/u.test(tokens[start - 1]?.text ?? '')) start++;
    // "amended the Export Administration Regulations": a body's words naming a law are no body (the law's word ends the run).
    if (end > start && LAW_TITLES.has(tokens[end]?.text ?? '') && isBodyName(tokens, start, end)) start = end;
    // "raised a Series B round", "its Series C funding": a funding round is no name (stop 76, from its forty-first set).
    if (end - start === 2 && tokens[start]!.text === 'Series' && /^\p{Lu}\d?$/u.test(tokens[start + 1]!.text) && FUNDING_WORDS.has(tokens[end]?.lower ?? '')) start = end;
    // "a Large Language Model (LLM)", "an Unmanned Aerial Vehicle": a kind of thing written with capitals is no name.
    if (end - start >= 2 && GENERIC_TERMS.has(textsOf(tokens, start, end).join(' ').toLowerCase())) start = end;
    // "whose Video Suite, Zeta View, is …", "its Analytics Platform, Nova, was …": capitals ending with a kind of product, then
    // another name set off by commas, describe that name (its apposition); the apposed name is the thing.
    if (end - start >= 2 && !headline && describesApposedName(tokens, start, end)) start = end;
    // "a Platform as a Service play", "Software as a Service tools": a business model's capitalised words either side of "as a" are no name.
    if (end > start && asAService(tokens, start, end)) start = end;
    if (end - start === 1 && MEASURE_WORD.test(tokens[start]!.text)) start = end;
    // "a vessel of 58,000 GT", "a 20,000 TEU carrier": a unit's short form right after a figure is no name (stop 91 round 4, from
    // set 83: "GT" became a shipyard).
    // "GT" is also a car's trim ("the 308 GT", "the 350 GT"): it is a tonnage only after a figure of thousands or after "of" (re-read rr94b).
    if (end - start === 1 && UNIT_ACRONYMS.has(tokens[start]!.text) && /^\p{N}[\p{N},.]*$/u.test(tokens[start - 1]?.text ?? '') && tokens[start - 1]!.end + 1 === tokens[start]!.start
      && (tokens[start]!.text !== 'GT' || /^\p{N}{1,3},\p{N}{3}|^\p{N}{4,}/u.test(tokens[start - 1]!.text) || tokens[start - 2]?.text === 'of'
        || (tokens[start - 2]?.text === ',' && tokens[start - 2]!.end === tokens[start - 1]!.start))) start = end;
    // "Power tools made by Zenco are popular", "Smart phones made by Qorva …": an English word opening the sentence before a lower-case
    // kind of goods qualifies the kind; it is no product's name (helper fpx96: "Power" was made by the firm). A brand so spelt is known
    // by the article, written capitalised mid-sentence, or listed ("Surface tablets").
    if (start === 0 && end === 1 && isEnglishWord(tokens[0]!.lower) && !ENGLISH_BRAND_WORDS.has(tokens[0]!.text) && !learned.get(tokens[0]!.text)?.midSentence && /^\p{Ll}+$/u.test(tokens[1]?.text ?? '') && isMadeKind(tokens[1]!.text) && tokens[1]!.text.endsWith('s')) start = end;
    // "New Delhi: Aiming to curb poisoning, the ministry …", "ZEMBLA: Seeking to protect children, …": a purpose's participle
    // opening the text after a dateline's colon is no name, as it is none opening a sentence (helper ins97, from fresh set 95:
    // "Aiming" restricted the dateline's state).
    if (end - start === 1 && tokens[start - 1]?.text === ':' && /^\p{Lu}\p{Ll}+ing$/u.test(tokens[start]!.text) && isEnglishWord(tokens[start]!.lower) && tokens[end]?.lower === 'to' && /^\p{Ll}+$/u.test(tokens[end + 1]?.text ?? '')) start = end;
    // "Electronics maker Qorva said …", "Semiconductor giant Zenco …": an ordinary word opening the sentence before a maker's noun
    // is the firm's trade, no product (helper nm90); a coined one is a product ("Zeta maker Zenco"), and so is a brand spelt as an
    // English word that names no trade or kind ("Surface maker Zenco", "Echo maker Qorva": review rr90). An English word is a brand
    // only when the lexicon knows it as a product or it is a known brand word: most are trades ("Wafer maker", "Frame maker": review rr90c).
    // A business one runs or a service is a trade there too ("Supermarket giant Tesco", "Retail group Qorva": helper cmq97, real
    // grocery news made "Supermarket" the price war's fighter).
    if (start === 0 && end === 1 && TRADE_MAKER_NOUNS.has(tokens[1]?.text ?? '') && (TRADE_WORDS.has(tokens[0]!.lower) || SERVICE_TRADE_WORDS.has(tokens[0]!.lower) || OPERATED_TRADE_WORDS.has(tokens[0]!.lower) || isMadeKind(tokens[0]!.lower) || (!isCoinedWord(tokens[0]!.lower) && !ENGLISH_BRAND_WORDS.has(tokens[0]!.text) && lexicon.longestMatch([tokens[0]!.text], 0)?.entry.type !== 'product'))) start = end;
    // "Drugstore operator Zenco", "Supermarket chain Qorva": a business one runs, before the noun of who runs it (stop 92 round 3).
    // "Convenience store operator Qorva": a second lower-case trade word between.
    if (start === 0 && end === 1 && (TRADE_OPERATOR_NOUNS.has(tokens[1]?.text ?? '') ? tokens[2]?.capitalized === true : OPERATED_TRADE_WORDS.has(tokens[1]?.text ?? '') && TRADE_OPERATOR_NOUNS.has(tokens[2]?.text ?? '') && tokens[3]?.capitalized === true) && (OPERATED_TRADE_WORDS.has(tokens[0]!.lower) || TRADE_WORDS.has(tokens[0]!.lower) || SERVICE_TRADE_WORDS.has(tokens[0]!.lower))) start = end;
    // "its Digital Signal Processing (DSP) IP", "a Graphics Processing Unit (GPU)": capitals before a technical term's short form spell
    // out the term; the run's first word is the term's too, even where it was trimmed (helper fn86: "develops Digital").
    if (tokens[end]?.text === '(' && TECHNOLOGY_TERM_ACRONYMS.has(tokens[end + 1]?.text ?? '') && tokens[end + 2]?.text === ')' && spellsInitials(tokens[end + 1]!.text, textsOf(tokens, i, end))) start = end;
    // "25 Over-the-Top (OTT) platforms", "Software-as-a-Service (SaaS) providers": capitals with a short form, then a plural of
    // a kind, spell out a kind of thing, not a name.
    if (tokens[end]?.text === '(' && tokens[end + 2]?.text === ')' && isPluralCue(tokens[end + 3])) start = end;
    // "Apps like A and B …", "Firms such as A …": a plural noun opening an enumeration is no name; nor one before its relative
    // clause ("Exchanges that delisted Plix include …", stop 56's readers).
    if (start === 0 && end === 1 && /^\p{Lu}\p{Ll}+s$/u.test(tokens[0]!.text) && /^(?:like|such|including|that|which|who)$/.test(tokens[1]?.text ?? '')) start = end;
    // "Games banned by Ruritania include …", "Apps blocked in Zembla …": nor one before a participle and its phrase.
    if (start === 0 && end === 1 && /^\p{Lu}\p{Ll}+s$/u.test(tokens[0]!.text) && /^\p{Ll}+ed$/u.test(tokens[1]?.text ?? '') && /^(?:by|in|from|on|under|for)$/.test(tokens[2]?.text ?? '')) start = end;
    // "Sites blocked include …", "Apps banned by Ruritania …", "Rocket maker Zenco …": a noun of a kind opening the sentence is no name.
    if (start === 0 && end === 1 && /^\p{Lu}\p{Ll}+$/u.test(tokens[0]!.text) && CUE_NOUNS.has(tokens[0]!.lower) && /^\p{Ll}/u.test(tokens[1]?.text ?? '')) start = end;
    // "Named Zibo, the robot …", "Dubbed Zeta, the phone …": a naming participle opening the sentence is no part of the name after it (stop 64's first makers sample).
    if (start === 0 && end - start >= 2 && OPENING_NAMERS.has(tokens[0]!.text)) start = 1;
    // "Using Zenco's Vela pump, …": nor a gerund opening a fronted phrase before the name (OPENING_GERUNDS).
    if (start === 0 && end - start >= 2 && OPENING_GERUNDS.has(tokens[0]!.text)) start = 1;
    // "Specific Zenco calculators …", "Cheap phones made by Qorva …": nor a describing word before a maker or its goods (stop 65's first samples).
    if (start === 0 && OPENING_QUALIFIERS.has(tokens[0]!.text) && (end - start >= 2 || isMadeKind(tokens[1]?.lower ?? ''))) start = 1;
    // "Current Ruritanian export controls …", "Current US sanctions …": nor a modifier before a state's name or adjective (set 89's chip reader).
    if (start === 0 && end - start >= 2 && OPENING_MODIFIERS.has(tokens[0]!.text) && (lexicon.stateOfDemonym(tokens[1]!.text) !== undefined || lexicon.longestMatch([tokens[1]!.text], 0)?.entry.type === 'government')) start = 1;
    // "Main rivals include …", "Key competitors are …": a modifier opening the sentence before a noun of a kind is no name.
    // "Major PC makers A, B and C …": a trade acronym may stand between the modifier and the noun.
    const kindAt = tokens[1] !== undefined && /^\p{Lu}{2,}$/u.test(tokens[1].text) ? 2 : 1;
    if (start === 0 && end === 1 && OPENING_MODIFIERS.has(tokens[0]!.text) && (CUE_NOUNS.has(tokens[kindAt]?.lower ?? '') || triggersAt([tokens[kindAt]?.lower ?? ''], 0).some(isNounTrigger))) start = end;
    // "Competition between A and B …", "Sanctions on Zenco …": a trigger noun opening the sentence before its preposition is no name.
    // "Access to Zapp was blocked", "Sales of Zeta chips …", "Revenue from Zenco …": so is a noun of use or trade.
    // The noun is asked about first, for every one-word run opening a sentence: asked only before a preposition, its
    // reads were first made mid-corpus, which de-optimised name finding (34 KB of bytecode, compiled again each time).
    // So after a square bracket, an editor's insertion opening as a sentence does ("[Competition from Qorva] is …"; helper fpz94, s91d).
    const opensInsertion = start === 1 && end === 2 && tokens[0]!.text === '[';
    if (((start === 0 && end === 1) || opensInsertion) && (USE_AND_TRADE_NOUNS.has(tokens[start]!.lower) || triggersAt([tokens[start]!.lower], 0).some(isNounTrigger)) && OPENING_PREPOSITIONS.has(tokens[end]?.text ?? '')) start = end;
    // "Export permits for Zenco were suspended", "Import licences …": a trade word opening the sentence before its licence is no name.
    if (start === 0 && end === 1 && TRADE_OPENERS.has(tokens[0]!.text) && TRADE_LICENCES.has(tokens[1]?.text ?? '')) start = end;
    // A lone capitalised "Banning …", "Reportedly …" opening a sentence is a verb or an adverb;
    // one right before a finite verb is its subject, a name ("Vinted acquired …").
    // "Roadly, the navigation system from Qorva, …": a coined word set off before an apposition that calls it a made thing is a name
    // though it ends like an adverb (helper typ90, from brd90's report). "Nothing, a tech company, …" (apposedAsFirm) and an "-ing"
    // opener the article already taught as a firm's name ("the startup Nothing … Nothing launched …") are firms' names too (helper nam100).
    if (start === 0 && end === 1 && !apposedAsMadeThing(tokens) && (/^\p{Lu}\p{Ll}+(ing|ly)$/u.test(tokens[0]!.text) ? !apposedAsFirm(tokens) && learned.get(tokens[0]!.text)?.type !== 'company' : ((/^\p{Lu}\p{Ll}+ed$/u.test(tokens[0]!.text) || OPENING_PARTICIPLES.has(tokens[0]!.text)) && !finiteVerbAt(lowerWords(tokens, 1, 4), 0)))) start = end;
    // "Thus, Zembla firms were blacklisted: …", "Meanwhile, …", "Still, …": a connective opening the sentence before its comma is no name
    // (fq85, from fresh samples on makers: "Thus" became a maker). A one-word brand there stays ("Zenco, which makes …"): its word is none.
    if (start === 0 && end === 1 && tokens[1]?.text === ',' && isOpeningConnective(tokens[0]!.lower)) start = end;
    // "Thus Zenco, which makes Lumo, grew": without the comma, such a connective only opens the run before the name (review of fq85).
    if (start === 0 && end - start >= 2 && !headline && BARE_CONNECTIVES.has(tokens[0]!.text)) start = 1;
    // "Best known for its Zeta app, Zenco …", "Long a rival of Qorva, …": a degree word opening a fronted phrase is no name (helper fr84).
    if (start === 0 && end === 1 && FRONTED_PHRASE_OPENERS.get(tokens[0]!.text)?.has(tokens[1]?.text ?? '') === true) start = end;
    // "Four more products were recalled": a number word opening the sentence is no name.
    if (start === 0 && end === 1 && NUMBER_WORDS.has(tokens[0]!.text)) start = end;
    // "…, the Trade Minister said", "the Defence Secretary's visit": dictionary words closed by a person's title, no name after it,
    // name an office, not a firm or a product (stop 89's round-3 sample on names: "Trade Minister" became a product node).
    // Only where the words read as an office: after a determiner or before a speaker's verb or "'s", and never with an apposition
    // after them ("Penny General, the discount retailer", "Tax Director, the Zenco app", "Mind Director, a game": such titles also
    // end names of firms and products; helper fxd89).
    if (end - start >= 2 && PERSON_TITLES.has(tokens[end - 1]!.text) && readsAsOffice(tokens, start, end) && !(tokens[end] !== undefined && isNameToken(tokens[end]!)) && end - start <= 3 && textsOf(tokens, start, end - 1).every((w) => !isCoinedWord(w.toLowerCase()) && !PERSON_TITLES.has(w) && !GOVERNMENT_HEADS.has(w) && !INSTITUTION_HEADS.has(w) && !COMPANY_SUFFIXES.has(w))) start = end;
    // "Jane Roe, Senior Vice President at Zenco, said …", "the Board of Directors": a run made only of a firm's office names nobody
    // (stop 95: "Senior Vice President" became a company, the maker of Zenco's product, and "of Zenco" a person).
    // Title words the run's opening skipped ("Senior", a dictionary word) count with the office.
    if (!headline) {
      let from = start;
      while (from > i && isCorporateTitleWord(tokens[from - 1])) from--;
      const officeEnd = corporateTitleEnd(tokens, from, end);
      // "Chief Executive Officer of Zenco": the firm after "of" is a name of its own.
      if (officeEnd === end) start = end;
      else if (officeEnd > from && tokens[officeEnd]!.text === 'of') start = tokens[officeEnd + 1]?.text === 'the' ? officeEnd + 2 : officeEnd + 1;
    }
    // "…Co., Ltd.": a legal suffix left over after a name is not a name.
    if (textsOf(tokens, start, end).every((w) => LEGAL_WORDS.has(w))) start = end;
    // "its 18th package of sanctions": an ordinal alone is no name.
    if (end - start === 1 && /^\d+(?:st|nd|rd|th)$/.test(tokens[start]!.text)) start = end;
    // "Zenco's ZNC.O phones": a stock code outside brackets is no name either (stop 65's first-round controls sample).
    if (start < end && REUTERS_CODE.test(tokens[start]!.text)) start++;
    // "the Hong Kong-based Zenco", "San Francisco-based Qorva": the word glued to a place's compound is the place's, no name (stop 53's readers).
    if (end - start === 1 && tokens[end] !== undefined && tokens[end]!.start === tokens[end - 1]!.end + 1 && isCompoundModifier(tokens[end]!.text)) start = end;
    // "suspended 451 FM", "closed 104.5 Zeta FM and 42 Zen HD": a station's frequency or channel number opens its name (stop 75, from
    // stop 74's last bans samples: "FM" was a node of its own).
    if (start === i && start < end && opensWithStationNumber(tokens, start, end, covered)) start--;
    // "We Rise released …", "34 Owls released …", "99 Apps, a studio …": a firm's name opening with a pronoun or a count keeps it.
    const countedPlural = end > start && COUNTED_PLURALS.has(tokens[end - 1]!.text);
    start = openingNameStart(tokens, i, start, end, notName, countedPlural);
    if (start >= end) {
      i = Math.max(i, end - 1);
      continue;
    }
    // "banned 59 Foreign Mobile Apps including …": a counted plural in title case is a kind of thing, no name.
    // The plural is looked up first, for every run: read only after a number, its token was first read mid-corpus,
    // which de-optimised name finding (34 KB of bytecode, compiled again each time).
    if (i > 0 && start > 0 && /^\d/.test(tokens[i - 1]!.text) && countedPlural) {
      i = Math.max(i, end - 1);
      continue;
    }
    // "Zenco's M series chips": a series named by a letter or two is named with "series" ("M" alone is no product).
    if (end - start === 1 && /^\p{Lu}{1,2}$/u.test(tokens[start]!.text) && tokens[end]?.lower === 'series' && !covered[end]) end++;
    // In a Title Case headline every word is capitalised: only names already learned count, and
    // words Title Case cannot make ("ICEBlock", "CoinEx", "OKX", "Z100": a capital after a small letter or a run of them, a digit, all capitals).
    // The sides of a "vs" are names in any casing ("Zenband vs Qring: Which Should You Buy?").
    // A legal form ends a firm's name in any casing ("Ruritania Sanctions Zenco Ltd"), and so does a trade word ending a short run ("Zenco Trading").
    // "… Sanctions Zenco Trading Over Drone Parts": a firm ending in a trade word ends before the headline's preposition.
    if (headline) end = headlineFirmEnd(tokens, start, end, learned);
    // "Rival Bidders Qorva, …": ordinary words Title Case glued before a name the body writes capitalised are no part of it.
    if (headline) start = withoutOrdinaryOpening(tokens, start, end, learned);
    // "Zembla Bans Sales Of Some Zenco Diesels", "Curbs Exports To Qorva": in a Title Case headline a noun of use or trade before
    // its preposition is no name; the words after the preposition make a run of their own, which, as any Title Case run, names
    // only what the article taught (stop 89's round-3 sample on names; a headline alone still gives no claim on "Zenco Trucks").
    if (headline && USE_AND_TRADE_NOUNS.has(tokens[start]!.lower) && HEADLINE_PREPOSITIONS.has(tokens[start + 1]?.text ?? '')) {
      i = start + 1;
      continue;
    }
    // "Upbit Delists Wemix And Luna": a Title Case "And" joins two names of the verb's object.
    const joined = headline ? splitAtTitleAnd(tokens, start, end) : undefined;
    if (joined && inHeadlineObject(tokens, start)) {
      for (const [from, to] of joined) {
        const label = cleanLabel(surfaceOf(tokens, from, to));
        mentions.push(mentionOver(tokens, from, to, { key: keyOfName(label), label, type: 'organization' }, 'unknown', label));
      }
      i = end - 1;
      continue;
    }
    // "Zenco Rival Qorva Raises $10 Million", "Qorva Buys Zapp Maker Vexa": a rival's or maker's noun inside a Title Case run
    // parts the coined names on either side of it (helper hy84).
    const parted = headline ? namesBesideRelationNoun(tokens, start, end) : undefined;
    if (parted) {
      for (const part of withCoinedEnds(tokens, start, end, parted)) {
        // "Rival Bidders Qorva": the ordinary words glued to a name the body taught are cut (learnedWithoutKind).
        const [from, to] = learnedWithoutKind(tokens, part[0], part[1], learned);
        const label = cleanLabel(surfaceOf(tokens, from, to));
        mentions.push(mentionOver(tokens, from, to, { key: keyOfName(label), label, type: 'organization' }, 'unknown', label));
      }
      i = end - 1;
      continue;
    }
    // "Apple Bans Game Zenco", "Removes Zenco App": a kind word beside a name the article taught is no part of it (stop 77, from stop 76's
    // last bans sets).
    if (headline) [start, end] = learnedWithoutKind(tokens, start, end, learned);
    // "'Qorva Epic' Has Been Banned in Zembla": a headline's auxiliaries alone are no name (helper ttl93: "Has Been" was the banned thing).
    if (headline && onlyHeadlineAuxiliaries(tokens, start, end)) {
      i = end - 1;
      continue;
    }
    // "Zenco Has Been Banned From Zembla": the auxiliaries before a headline's participle end the name before them.
    if (headline) end = withoutTrailingAuxiliaries(tokens, start, end);
    if (headline && !besideVs(tokens, start, end) && !besideHeadlineVerb(tokens, start, end) && !(end - start >= 2 && LEGAL_WORDS.has(tokens[end - 1]!.text)) && !isHeadlineFirm(tokens, start, end) && !textsOf(tokens, start, end).every(isShapedName) && (!learned.has(surfaceOf(tokens, start, end)) || learned.get(surfaceOf(tokens, start, end))!.midSentence)) {
      for (const [from, to] of shapedRuns(tokens, start, end)) {
        const label = cleanLabel(surfaceOf(tokens, from, to));
        mentions.push(mentionOver(tokens, from, to, { key: keyOfName(label), label, type: 'organization' }, 'unknown', label));
      }
      i = end - 1;
      continue;
    }
    // "Azure AI Foundry": a compound may keep a word that is no name on its own ("AI").
    // A name the article defined ("GBU" after "Baidu Global Business Unit (GBU)") is that name, not a compound.
    // A brand word learned from "Zenco Lumen" is still a compound after its maker's name.
    const definedAs = learned.get(surfaceOf(tokens, start, end));
    const defined = ((start > 0 && covered[start - 1] === 1) || i < start) && definedAs !== undefined && !definedAs.label.endsWith(` ${surfaceOf(tokens, start, end)}`);
    const byCompound = defined ? undefined : (compoundName(tokens, start, end, known, learned, lexicon) ?? (i < start ? compoundName(tokens, i, end, known, learned, lexicon) : undefined));
    // "The Zenco Vela D tire" after a Zenco only the article named (maker-prefixed-products.ts): read afresh wherever it stands, not
    // learned (a learned name carries no maker, and the name is only the maker's where its kind closes it). Not a run the article
    // learned already ("defined" is one): it keeps that reading.
    const byLearnedMaker = byCompound || definedAs !== undefined ? undefined : learnedMakerProduct(tokens, start, end, learned, fitsModelRun, fitsArmRest);
    const compound = byCompound ?? byLearnedMaker;
    // (The acronym alone, read just before as a name no rule typed, gives way to the venture's name.)
    const acronymAlone = compound ? mentions.findIndex((m) => m.last === compound.first) : -1;
    // Not a known firm's own legal name ("SZ DJI Technology Co., Ltd." is DJI, its city's short form before it).
    if (compound && compound.type === 'company' && ventureAcronymBefore(tokens, compound.first, covered) && (acronymAlone < 0 || mentions[acronymAlone]!.source === 'unknown') && !known.some((m) => m.first === compound.first && m.key === compound.key)) {
      if (acronymAlone >= 0) mentions.splice(acronymAlone, 1);
      const label = cleanLabel(surfaceOf(tokens, compound.first - 1, compound.last));
      mentions.push(mentionOver(tokens, compound.first - 1, compound.last, { key: keyOfName(label), label, type: 'company' }, compound.source, label));
      i = compound.last - 1;
      continue;
    }
    if (compound) {
      mentions.push(compound);
      const name: LearnedName = { key: compound.key, label: compound.label, type: compound.type };
      if (!byLearnedMaker) learned.set(compound.surface, name);
      // "Zenco Lumen … the Lumen line": a maker's product named later without the maker's name.
      const brand = tokens[end - 1]!.text;
      if (compound.owner && end - start === 1 && (compound.type === 'product' || compound.type === 'model') && isBrandWord(brand) && !learned.has(brand) && !lexicon.longestMatch([brand], 0)) aliases.push([brand, { ...name, midSentence: true }]);
      // "Baidu Global Business Unit (GBU)"
      const acronym = definedAcronym(tokens, end);
      if (acronym) aliases.push([acronym, name]);
      i = end - 1;
      continue;
    }
    // "Zhejiang HIK Information Technology Co.", "China Media Group": a place or state opening a
    // company's legal name is part of it (the longer mention then replaces the place's).
    // "Hefei Photonics", "Shenzhen Boran": a city or province right before a name no rule knows
    // opens it too (Chinese firms are named so); a state does not ("Russia Today" is no pattern).
    // ("US-sanctioned Zenco Ltd": a compound describing the firm opens no name.)
    if (start > 0 && tokens[start - 1]!.capitalized && !isCompoundModifier(tokens[start - 1]!.text)) {
      // "Zembla Media and Press Union": two fields joined inside a body's name make it one as a legal name does (review 82b).
      // "Pakistan International Airline's permit": a firm's last word ends a legal name too (stop 92, from set 82: cut to "International Airline").
      const legal = (end - start >= 2 && (isOrganisationName(textsOf(tokens, start, end)) || joinsFieldsInName(textsOf(tokens, start, end)) || FIRM_LAST_WORDS.has(tokens[end - 1]!.text))) || (end - start === 1 && CARRIER_WORDS.has(tokens[start]!.text));
      const place = known.find((m) => m.last === start && (m.type === 'place' || (legal && m.type === 'government')) && m.source === 'lexicon' && tokens[start]!.start === tokens[start - 1]!.end + 1);
      if (place && (legal || opensFirmName(tokens, place, start, end, learned, lexicon))) {
        start = place.first;
        // "Zenco Shanghai Asset Management, Qorva's parent": a coined word written right before the place opens the legal name; it
        // was read as a name of its own and the firm cut to "Shanghai Asset Management" (helper fpx96, from set 93).
        const opener = legal || end - start >= 2 ? mentions.findIndex((m) => m.last === start && m.last - m.first === 1 && m.source === 'unknown' && isCoinedWord(tokens[m.first]!.lower) && tokens[m.first]!.end + 1 === tokens[start]!.start) : -1;
        if (opener >= 0 && !isPossessive(tokens[start - 1])) start = mentions.splice(opener, 1)[0]!.first;
      }
      // "Turkish Airlines", "Indian Railways": a demonym before a carrier's word is its name's first word;
      // so is one before a legal name made of English words ("Iranian Aircraft Manufacturing Industrial
      // Company"), though not before a coined one ("Chinese Zenco Ltd" is a Chinese firm, Zenco Ltd).
      // Not a body: "the Chinese Energy ministry".
      // So is one before an institution's name of three words or more ("the Indian Space Research Organisation"; stop 63's controls
      // readers), not before a shorter one ("Chinese Zenco Institute" is a Chinese institute).
      // A trade's word opens such a legal name as an English word does ("Danish Vape Lab", "Dutch Tobacco Group"; stop 92, from set 82:
      // the dictionary test left "vape" and "tobacco" coined, and the names were cut to "Vape Lab").
      else if (((CARRIER_WORDS.has(tokens[end - 1]!.text) && !GOVERNMENT_NOUNS_AFTER.has(tokens[end]?.lower ?? '')) || (legal && end - start >= 2 && (!isCoinedWord(tokens[start]!.lower) || TRADE_WORDS.has(tokens[start]!.lower))) || (INSTITUTION_HEADS.has(tokens[end - 1]!.text) && end - start >= 3)) && lexicon.stateOfDemonym(tokens[start - 1]!.text) && tokens[start]!.start === tokens[start - 1]!.end + 1) {
        start -= 1;
        // "British American Tobacco": two peoples' words, written apart by one space, open a firm's name together (stop 92, from set 82:
        // cut to "American Tobacco"); only before a firm's word, not a body's ("the Chinese Indian Institute" is left as it was).
        if (!INSTITUTION_HEADS.has(tokens[end - 1]!.text) && start > 0 && !covered[start - 1] && tokens[start - 1]!.capitalized && lexicon.stateOfDemonym(tokens[start - 1]!.text) && tokens[start]!.start === tokens[start - 1]!.end + 1) start -= 1;
      }
    }
    // "the U.S. Court of Appeals …", "the Nepali Ministry of …", "Azerbaijan's Ministry of …": a
    // state (or its legislature) before a body's name makes it that state's body; written right
    // before it, the state is part of the name.
    // A legislature joins the name ("Senate Subcommittee on …"); a state is said by part_of and
    // the key ("Nepal's Ministry of Finance" is not Japan's), and its words join only the mention.
    const bodyOf = isBodyName(tokens, start, end) ? stateBefore(tokens, i, start, known, lexicon) : undefined;
    // A state's name written before the body is part of its proper name ("Pakistan
    // Telecommunication Authority"); a demonym is not ("the Nepali Ministry of Finance").
    const byDemonym = bodyOf !== undefined && bodyOf.joins && !known.some((m) => m.first === bodyOf.first && m.type === 'government');
    // "the Australian Communications and Media Authority", "the Ruritanian Classification Board": before an authority, a board
    // or a commission the demonym is part of the proper name (a ministry's is not: "the Nepali Ministry of Finance"; stop 52's readers).
    const demonymNamed = byDemonym && !textsOf(tokens, start, end).some((w) => DEMONYM_FREE_HEADS.has(w));
    const stateOfBody = bodyOf && !lexicon.get(bodyOf.key)?.partOf && (byDemonym || !bodyOf.joins) ? lexicon.get(bodyOf.state) : undefined;
    if (bodyOf?.joins && (!byDemonym || demonymNamed)) start = bodyOf.first;
    const mentionFirst = byDemonym && !demonymNamed ? bodyOf.first : undefined;
    const surface = surfaceOf(tokens, start, end);
    // "Zenco's Nova Lumen" where "Zenco Lumen" is known: the same line.
    const owner = end - start === 2 && isPossessive(tokens[start - 1]) ? known.find((m) => m.last === start - 1 && m.type === 'company') : undefined;
    const learnedName = learned.get(surface);
    // "Japan's Ministry of Finance … India's Ministry of Finance": another state's body of the same name.
    const otherStates = learnedName?.partOf !== undefined && bodyOf !== undefined && learnedName.partOf !== bodyOf.state;
    const remembered = ((learnedName?.midSentence && start === 0) || otherStates ? undefined : learnedName) ?? (owner && productLine(owner.surface, tokens[end - 1]!.text, learned, lexicon)) ?? (end - start === 1 && start > 0 && cueKind(tokens, end) === 'product' ? prefixedLine(surface, learned, possessorOf(tokens, start)) : undefined);
    let name: LearnedName | undefined = remembered;
    let last = end;
    if (!name) {
      let classified = classify(tokens, start, end, known, lexicon, bodyOf !== undefined);
      // "Harmony said it has received a firm order for …": an order, a contract or a regulator's approval the name got makes a firm
      // of a name nothing typed (helper unk95); not a person's surname the article named before ("Jane Gordon … Gordon said it …").
      if (!classified.type && learnedName?.type !== 'person' && firmDeedAfter(tokens, start, classified.end) && !namedPersonBefore(learned, surface) && !(learned instanceof LearnedNames && learned.personLikeWords.has(surface)) && !opensWithGivenName(tokens, start, classified.end)) classified = { type: 'company', end: classified.end };
      // "Zenco, Inc., is a beauty maker": a legal form set off by a comma after a name nothing typed makes it a firm (helper cor97, from real
      // company profiles: the maker was left untyped, and the brands its next sentence's "Its" listed lost their owner).
      // Not "Dunmore, Co. Kerry": an Irish county after "Co" makes the name before it a town (critic crit97b, real Irish jobs news).
      if (!classified.type && tokens[classified.end]?.text === ',' && LEGAL_FORMS_AFTER_COMMA.has(tokens[classified.end + 1]?.text ?? '') && !countyAfterComma(tokens, classified.end + 1) && !opensWithGivenName(tokens, start, classified.end)) classified = { type: 'company', end: classified.end };
      // "rejected the 'Zenco Bitcoin Trust'", "rejected the Zeta ETF": a fund's name around a known asset (insideFundName), or any name
      // closed by an exchange-traded product's acronym, is a product the market trades, when nothing else typed it.
      // "the Zenco Electronics Plix 9": the name after the firm's is its product.
      if (!classified.type && productOpens.has(start)) classified = { type: 'product', end: classified.end };
      if (!classified.type && classified.end - start >= 2 && (TRADED_FUND_ACRONYMS.has(tokens[classified.end - 1]!.text) || (classified.end - start === 3 && FUND_WORDS.has(tokens[start + 2]!.text) && known.some((m) => m.first === start + 1 && m.last === start + 2 && m.type === 'product' && m.source === 'lexicon')))) classified = { type: 'product', end: classified.end };
      last = classified.end;
      if (classified.type === 'person') {
        // "Medvance CEO Jane Roe": the words before a firm's title name the firm, for the rest of the article too.
        const firm = firmBeforeTitle(tokens, start, classified.nameFrom ?? start, lexicon);
        if (firm) {
          const label = cleanLabel(surfaceOf(tokens, start, firm));
          const company = { key: keyOfName(label), label, type: 'company' as const };
          if (!learned.has(label)) learned.set(label, company);
          mentions.push(mentionOver(tokens, start, firm, learned.get(label)!, 'rule', label));
        }
        ({ start, last } = personSpan(tokens, start, last, classified.nameFrom, known));
      }
      if (classified.type) {
        // The label keeps "Group" ("China Media Group"), the key folds it ("Alibaba Group" is Alibaba).
        const label = cleanLabel(classified.type === 'company' ? stripLegalSuffix(surfaceOf(tokens, start, last), true) : surfaceOf(tokens, start, last));
        const partOf = classified.type === 'government' && bodyOf ? bodyOf.state : classified.partOf;
        const stateOf = classified.type === 'government' ? stateOfBody : undefined;
        // "the Indian Army", "Pakistan's Navy": a body of one word is shown with its state as written, or every state's army would read "Army".
        const shown = stateOf && bodyOf && last - start === 1 ? surfaceOf(tokens, bodyOf.first, last) : label;
        name = { key: keyOfName(stateOf ? `${stateOf.name} ${label}` : label), label: shown, type: classified.type, partOf };
        // A weak cue's type is not learned: a later sentence's "the Zeta app" may type the name, and this sentence is read again.
        if (!classified.weak) learned.set(surfaceOf(tokens, start, last), name);
        // "Paul Smith … Smith said": the surname alone, later in the article, is the same person.
        const surname = tokens[last - 1]!.text;
        if (classified.type === 'person' && last - start >= 2 && !lexicon.startsSurface(surname) && !learned.has(surname)) aliases.push([surname, name]);
        // "Arista Networks Inc. … Arista said", "Pfizer Inc. … Pfizer": a first word that is no common English word, before only company words, is the firm's short name.
        const short = tokens[start]!.text;
        if (classified.type === 'company' && last - start >= 2 && textsOf(tokens, start + 1, last).every((w) => COMPANY_SUFFIXES.has(w)) && isNameWord(short.toLowerCase()) && !NOT_NAMES.has(short) && !learned.has(short) && !lexicon.longestMatch([short], 0)) aliases.push([short, name]);
        // "Mark Holt Group … Mark Holt has a portfolio of brands": the words before a legal or group tail are the firm's short name
        // too when they are two or more (helper nmx96, from real brewing news: the short form, shaped as a person's name, was read
        // as a person and its brands list lost). Only the legal and group tails: a trade's tail ("Mark Holt Motors") often follows
        // its founder's name, who may speak later. Not a name the lexicon or the article already knows ("United States Steel Corp").
        const legalFrom = legalTailStart(tokens, start, last);
        if (classified.type === 'company' && legalFrom - start >= 2) {
          const multiShort = surfaceOf(tokens, start, legalFrom);
          if (!learned.has(multiShort) && !lexicon.longestMatch(textsOf(tokens, start, legalFrom), 0) && textsOf(tokens, start, legalFrom).every((w) => /^\p{Lu}/u.test(w))) aliases.push([multiShort, name]);
        }
        // "22nd Century Group … 22nd Century's Moonlight": an ordinal in figures and the word after it are the firm's short name (stop 91;
        // read only for a name of three words or more, so a one-word name at the text's end reads no token past it).
        if (classified.type === 'company' && last - start >= 3 && NUMERIC_ORDINAL.test(short) && textsOf(tokens, start + 2, last).every((w) => COMPANY_SUFFIXES.has(w))) {
          const ordinalShort = surfaceOf(tokens, start, start + 2);
          if (!learned.has(ordinalShort)) aliases.push([ordinalShort, name]);
        }
      }
    }
    // "the Federal Service for … (Roskomnadzor)": a long name defining a short form the lexicon knows
    // is that entry, typed as the lexicon types it when the name is long enough to be a definition.
    // A name its own words make a public body folds into a firm's entry only when the two share a word: "the National Bank of
    // Zembla (NBC)" is no broadcaster the lexicon knows as "NBC" (stop 72's fourteenth set); it defines its own short form
    // (redefined-acronyms.ts).
    const shortKnown = name && !remembered && tokens[last]?.text === '(' && tokens[last + 2]?.text === ')' ? known.find((m) => m.first === last + 1 && m.last === last + 2 && m.source === 'lexicon' && (m.type === name!.type || (last - start >= 3 && (name!.type !== 'government' || sharesNameWord(surfaceOf(tokens, start, last), m.label))))) : undefined;
    if (name && shortKnown) {
      name = { key: shortKnown.key, label: shortKnown.label, type: shortKnown.type };
      learned.set(surfaceOf(tokens, start, last), name);
    }
    const acronym = shortKnown ? undefined : (definedAcronym(tokens, last) ?? (name?.type === 'government' && last - start >= 3 ? definedShortForm(tokens, last, lexicon) : undefined));
    if (name && acronym) aliases.push([acronym, name]);
    // "the Bavarian state government": a region's adjective before its state's body is the region, as "Bavaria" elsewhere
    // (region-adjective-states.ts).
    const region = name ? undefined : regionOfStateAdjective(tokens, start, last, lexicon);
    if (region) name = region.entry ? { key: region.entry.id, label: region.entry.name, type: 'government', partOf: region.entry.partOf } : { key: keyOfName(region.label), label: region.label, type: 'government' };
    // "Consumer products manufacturer Zenco": the trade's field names nothing (isTradeFieldOpening).
    if (!name && start === 0 && last === 1 && isTradeFieldOpening(tokens)) {
      i = last - 1;
      continue;
    }
    const text = surfaceOf(tokens, start, last);
    const entity = name ?? { key: unlistedKey(cleanLabel(text), lexicon), label: cleanLabel(text), type: 'organization' as const };
    const first = name?.type === 'government' && mentionFirst !== undefined ? mentionFirst : start;
    const made = mentionOver(tokens, first, last, entity, name ? 'rule' : 'unknown', cleanLabel(text));
    // Its maker is the firm named right before it, when the sentence typed that one a company.
    const maker = entity.type === 'product' && productOpens.has(first) ? mentions.find((m) => m.last === first && m.type === 'company') : undefined;
    mentions.push(maker ? withChanges(made, { owner: maker.key }) : made);
    i = last - 1;
  }
  return { mentions: mentions.map((m) => withModelNumber(m, tokens, covered)), aliases };
}

/**
 * "an order for 92 Zenco V236 wind turbines", "a fleet of Zenco Vela 3XL trains": a maker's word glued before a model counted in
 * an order, a delivery or a fleet is the maker, and the rest its product (helper ord95; ordered-goods-names.ts). A maker the
 * lexicon knows keeps the whole name, as "Boeing 737" does; an unknown one becomes a firm of its own before the model. Not an
 * English word or an adjective (unless compromise knows it as a firm's, "Volvo"), a demonym, a place or a state ("20 German
 * ICE4 trains", "20 Electric V236 trains"), nor a name the lexicon knows whole.
 */
export function withGluedMaker(m: SentenceMention, tokens: readonly Token[], lexicon: Lexicon): SentenceMention[] {
  if ((m.type !== 'product' && m.type !== 'organization') || m.owner !== undefined || m.source === 'lexicon') return [m];
  const model = gluedMakerSplit(tokens, m.first, m.last);
  if (model < 0) return [m];
  const word = tokens[m.first]!.text;
  const tagged = nlp(word);
  if (((isEnglishWord(word.toLowerCase()) || tagged.has('#Adjective') || tagged.has('#Verb')) && !tagged.has('#Organization')) || NOT_NAMES.has(word) || MONTH_NAMES.has(word) || lexicon.stateOfDemonym(word) !== undefined || PEOPLES_ADJECTIVES.has(word)) return [m];
  const entry = lexicon.longestMatch([word], 0)?.entry;
  if (entry !== undefined && entry.type !== 'company') return [m];
  if (entry !== undefined) return [withChanges(m, { owner: entry.id })];
  const maker = mentionOver(tokens, m.first, m.first + 1, { key: keyOfName(word), label: word, type: 'company' }, 'rule');
  const label = surfaceOf(tokens, model, m.last);
  return [maker, withChanges(mentionOver(tokens, model, m.last, { key: keyOfName(label), label, type: 'product' }, 'rule', label), { owner: maker.key })];
}

/** How many tokens after the number at `at` spell its thousands (",000" glued on, perhaps twice: "40,000", "1,200,000"); 0 if none. */
function thousandsAfter(tokens: readonly Token[], at: number): number {
  let k = at;
  while (tokens[k + 1]?.text === ',' && tokens[k + 1]!.start === tokens[k]!.end && /^\p{N}{3}$/u.test(tokens[k + 2]?.text ?? '') && tokens[k + 2]!.start === tokens[k + 1]!.end) k += 2;
  return k - at;
}

/** "5-foot-1 robots", "a 10-metre mast", "a 3.5-inch screen": a measure written as one word is no name. */
/** Short forms of units written apart after a figure: gross tonnage, deadweight, containers, power. */
const UNIT_ACRONYMS: ReadonlySet<string> = new Set(['GT', 'GRT', 'NRT', 'DWT', 'TEU', 'TEUs', 'MW', 'GW', 'kW', 'MWh', 'GWh', 'TWh', 'MT', 'MMT', 'BPD', 'GB', 'TB', 'MB', 'PB', 'KB', 'MHz', 'GHz', 'FEU']);
const MEASURE_WORD = /^\p{N}[\p{N}.,]*-(?:foot|feet|ft|inch|inches|in|metre|metres|meter|meters|m|cm|mm|km|kilometre|kilometer|mile|miles|pound|pounds|lb|kg|tonne|tonnes|ton|tons|storey|story|gram|litre|liter|gallon|watt|volt|megapixel|core|bit)(?:-\p{N}+(?:\.\p{N}+)?)?$/iu;

/** The wearers a line of clothes or shoes is named for, written with their possessive inside the line's name ("Women's", "Kids'"). */
const WEARER_POSSESSORS: ReadonlySet<string> = new Set(['Women', 'Men', 'Kids', 'Girls', 'Boys', 'Ladies', 'Children', 'Gentlemen', 'Babies']);

/** The role nouns that name a shop or a chain of them ("retailer Orvix's Depot"). */
const SHOP_ROLE_NOUNS: ReadonlySet<string> = new Set(['retailer', 'chain', 'store', 'grocer', 'supermarket', 'restaurant', 'diner', 'pharmacy', 'outlet', 'shop', 'stores', 'retailers']);
/** The capitalised nouns that close a shop's name after its founder's possessive ("Orvix's Depot", "Zeta's Kitchen"). */
const SHOP_OWN_NOUNS: ReadonlySet<string> = new Set(['Depot', 'Place', 'Kitchen', 'Market', 'Shop', 'Store', 'Pharmacy', 'Emporium', 'Warehouse', 'Corner', 'Diner', 'Grill', 'Bakery', 'Deli', 'Outlet', 'Pantry', 'Cafe', 'Café']);

/** The legal and group words that close a firm's name ("Group", "Inc.", "Holdings"): what stands before them is its short name. */
const LEGAL_FORM_TAILS: ReadonlySet<string> = new Set(['Inc', 'Inc.', 'Incorporated', 'Corp', 'Corp.', 'Corporation', 'Company', 'Companies', 'Ltd', 'Ltd.', 'Limited', 'LLC', 'PLC', 'plc', 'GmbH', 'AG', 'Co', 'Co.', 'Group', 'Holding', 'Holdings']);

/** Where the run of legal and group words closing the name `start`…`last` opens (`last` when none closes it). */
function legalTailStart(tokens: readonly Token[], start: number, last: number): number {
  let k = last;
  while (k > start && (LEGAL_FORM_TAILS.has(tokens[k - 1]!.text) || (tokens[k - 1]!.text === '.' && k - 1 > start && /^(?:Inc|Corp|Co|Ltd)$/.test(tokens[k - 2]!.text)))) k--;
  return k;
}

/** "x20", "s23", "a14": a letter and a number, a model's code as some makers write it, in lower case. */
// Not "b2b", "p2p", "b2c": kinds of business, no model (stop 85's re-read).
const LOWER_MODEL_CODE = /^(?![a-z]2[a-z]$)[a-uw-z]\d{1,4}[a-z]?$/;

/** Capitalised nouns that close a service's name after "at" or "on" ("Doc at Home", "Care on Call", "Ride on Demand"). */
const IDIOM_TAILS: ReadonlySet<string> = new Set(['Home', 'Call', 'Demand', 'Wheels', 'Tap', 'Hand', 'Board', 'Hold', 'Duty']);

/** "2D printer", "3D printing": a dimension before a lower-case kind of thing or trade describes it (stop 90's eightieth set). */
function isDimensionBeforeKind(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return /^[234]D$/.test(tokens[at]?.text ?? '') && next !== undefined && /^\p{Ll}+$/u.test(next.text) && (isMadeKind(next.lower) || next.lower.endsWith('ing'));
}

/**
 * Whether the dimension at `tokens[at]` after the name words `start`…`at` is the name's own though a kind follows: the article
 * learned the name with it ("launched the Zeta 3D. The Zeta 3D printer costs …"), or the sentence sets another dimension after the
 * same words ("the Zeta 3D scanner and the Zeta 4D radar": two products, not one "Zeta"; review rr90e).
 */
function namesWithDimension(tokens: readonly Token[], start: number, at: number, learned: ReadonlyMap<string, LearnedName>): boolean {
  if (learned.has(surfaceOf(tokens, start, at + 1))) return true;
  const base = textsOf(tokens, start, at);
  for (let j = 0; j + base.length < tokens.length; j++) {
    if (j === start || !base.every((w, k) => tokens[j + k]!.text === w)) continue;
    const dimension = tokens[j + base.length]!.text;
    if (/^\d+D$/.test(dimension) && dimension !== tokens[at]!.text) return true;
  }
  return false;
}

/** Lower-case words inside firms' names ("Ready at Dawn", "Made in Zembla Studio", "Built for Vexa Labs"). */
const CONNECTOR_NAME_WORDS: ReadonlySet<string> = new Set(['at', 'in', 'with', 'for', 'on', 'from', 'by']);
/** A firm's noun right before such a name ("the studio Ready at Dawn", "developer Ready at Dawn"). */
const CONNECTOR_NAME_FRAMES: ReadonlySet<string> = new Set(['studio', 'developer', 'developers', 'publisher', 'company', 'firm', 'startup', 'start-up', 'maker', 'label', 'brand', 'outfit', 'agency', 'retailer', 'chain']);
/** A firm's last word closing such a name ("Made in Zembla Studio", "Built for Vexa Labs"). */
const CONNECTOR_NAME_ENDS: ReadonlySet<string> = new Set(['Studio', 'Studios', 'Games', 'Labs', 'Interactive', 'Entertainment', 'Inc', 'Ltd', 'LLC', 'Corp', 'Group', 'Company', 'Media', 'Productions']);

/** A participle that opens a clause rather than a name: "Developed by …", "Made in …", "Owned by …", "Seeking …". */
const PARTICIPLE_HEAD = /(?:ed|ing)$|^(?:made|built|run|owned|led|known|sold|held|driven|given|taken|written|brought|bought|grown|drawn|shown|seen|set|put|kept|told)$/;
/** What follows a fronted participle's agent, not a name's verb: "Developed by Zenco Studio, …", "… Games in 2020, …". */
const CLAUSE_AFTER_PARTICIPLE: ReadonlySet<string> = new Set([',', '.', ';', ':', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'as', 'under', 'and', 'since', 'until', 'during', 'over', 'after', 'before']);

/**
 * Where a firm's name with a lower-case connector ends: one capitalised English word, the connector, then one to three
 * capitalised words no other name covers, framed as one firm by a firm's noun right before it ("the studio Ready at Dawn") or by a
 * firm's last word closing it ("Made in Zembla Studio"). `end` itself when not framed; "Zenco in Ruritania", "Sales at Qorva" are two.
 */
function connectorNameEnd(tokens: readonly Token[], i: number, end: number, covered: Uint8Array, known: readonly SentenceMention[]): number {
  const head = tokens[i]!;
  // Not a cue's noun or a plural of staff or sales opening the sentence ("Jobs at Qorva Labs", "Sales in Zembla Studio stores").
  if (!/^\p{Lu}\p{Ll}+$/u.test(head.text) || isCoinedWord(head.lower) || NOT_NAMES.has(head.text) || CUE_NOUNS.has(head.lower) || head.lower.endsWith('s')) return end;
  let k = end + 1;
  while (k < tokens.length && k <= end + 3 && !covered[k] && tokens[k]!.capitalized && tokens[k]!.word) k++;
  if (k === end + 1 || known.some((m) => m.first <= k - 1 && m.last >= end + 1 && m.type === 'government')) return end;
  const framedBefore = CONNECTOR_NAME_FRAMES.has(tokens[i - 1]?.lower ?? '');
  // A participle opening the run is a fronted clause when a comma or a preposition follows the name: "Developed by Zenco Studio, …",
  // "Published by Qorva Games in 2020, …" (the whole unit suite found the first read as one firm); "Made in Zembla Studio released …"
  // stays a name.
  const clause = PARTICIPLE_HEAD.test(head.lower) && (k >= tokens.length || CLAUSE_AFTER_PARTICIPLE.has(tokens[k]!.lower));
  const framedAfter = k - end >= 3 && CONNECTOR_NAME_ENDS.has(tokens[k - 1]!.text) && !clause;
  return framedBefore || framedAfter ? k : end;
}

/** findNamedMentions: where the run of name words that opens at `i` ends (numbers, connectors and a body's "of", "on" or "for the" go on with it). */
function nameRunEnd(tokens: readonly Token[], i: number, covered: Uint8Array, known: readonly SentenceMention[], learned: ReadonlyMap<string, LearnedName>, headline: boolean): number {
  let end = i + 1;
  while (end < tokens.length) {
    const t = tokens[end]!;
    // "the Zeta 40,000 server": a number's thousands glued after a comma are the number's, not a list's next item.
    const groups = /^\p{N}{1,3}$/u.test(t.text) && !covered[end] ? thousandsAfter(tokens, end) : 0;
    // "the studio Ready at Dawn", "Made in Zembla Studio released …": a lower-case connector inside a firm's name that a firm's
    // noun before it or a firm's last word after it frames goes on with the name (helper ttl100, from stop 99's families).
    const joined = end === i + 1 && !headline && CONNECTOR_NAME_WORDS.has(t.text) ? connectorNameEnd(tokens, i, end, covered, known) : end;
    if (groups > 0 && !QUANTITY_UNITS.has(tokens[end + 1 + groups]?.lower ?? '')) end += 1 + groups;
    // "its Zeta 2D printer technology", "Vexa 3D printing": a dimension before a lower-case kind describes the thing, it does not
    // close its name (stop 90's eightieth set); "the Zeta 3D ships" keeps it.
    else if (isDimensionBeforeKind(tokens, end) && !namesWithDimension(tokens, i, end, learned)) break;
    // A number continues a name ("Zeta 2", "Zeta Image 3.0") unless a unit follows it ("5 years").
    else if (!covered[end] && (isNameToken(t) || (/^\p{N}+(?:\.\p{N}+)*$/u.test(t.text) && !QUANTITY_UNITS.has(tokens[end + 1]?.lower ?? ''))) && !t.text.includes("'")) end++;
    // A framed connector name (`joined` above) goes on past its connector.
    else if (joined > end) end = joined;
    // "Zorbo eBikes recalled …", "Vexa eLearning said": a camel-case trade word glued after a name's word ends a firm's name
    // (camel-trade-tails.ts).
    else if (!headline && !covered[end] && isCamelTradeTail(t.text) && tokens[end - 1]!.capitalized && t.start === tokens[end - 1]!.end + 1) {
      end++;
      break;
    }
    // "NetEase's Marvel Rivals is …": outside a Title Case headline a capitalised headline verb after a name's word is the name's.
    else if (!headline && HEADLINE_VERBS.has(t.text) && !covered[end] && t.start === tokens[end - 1]!.end + 1) end++;
    // "Zen+Gyr", "Vexa+Lund", "Zeta+Plus": a plus glued between two capitalised words joins them in one name, a firm's or a product's
    // as its context types it (stop 89's round-3 sample on names: the name was cut at the plus, and its second half read as a
    // product). The type is the context's ("Zenco launched Zeta+Plus, a bundle" is a product): the rule makes no firm (helper fxd89).
    // Two firms' venture ("the Zenco+Qorva venture") stays one name too: cut at the plus, its second half alone took the claim.
    else if (t.text === '+' && t.start === tokens[end - 1]!.end && tokens[end + 1]?.capitalized === true && tokens[end + 1]!.start === t.end && !covered[end] && !covered[end + 1] && /^\p{Lu}\p{Ll}+$/u.test(tokens[end + 1]!.text)) end += 2;
    // "Zen·O", "DALL·E": a middle dot glued between a name's word and a capitalised word or a figure joins them in one name (fresh sample
    // s92b: the name was cut at the dot to "Zen"). Spaced, "Zenco · Qorva" stays a separator.
    else if (t.text === '·' && t.start === tokens[end - 1]!.end && tokens[end + 1]?.start === t.end && /^[\p{Lu}\p{N}]/u.test(tokens[end + 1]!.text) && !covered[end] && !covered[end + 1]) end += 2;
    // "Mate 40 Pro+", "Zeta+": a plus glued to the name's last word is part of it, and closes it.
    // "the Zeta mini", "the TurboGrafx-16 mini": so is a small model's "mini", which makers write in lower case.
    else if ((t.text === '+' && t.start === tokens[end - 1]!.end || t.text === 'mini' && t.start === tokens[end - 1]!.end + 1 && miniClosesName(tokens[end + 1])) && !covered[end]) {
      end++;
      // "the Vexa Note 13 Pro+ 5G": a network generation right after the plus is the model's last word (helper ttl100, from stop
      // 99's families: cut to "… Pro+"), not before a part's noun ("its Zeta 7+ 5G modem" names the modem's generation).
      if (t.text === '+' && GENERATION_LABELS.has(tokens[end]?.text ?? '') && !covered[end] && tokens[end]!.start === t.end + 1 && !generationBeforePart(tokens, end)) end++;
      // "Zenpay+ Gold", "Plix+ Pro": a tier word one space after the plus is the name's last word (plus-marked-names.ts).
      else if (t.text === '+' && !covered[end] && isTierAfterPlus(tokens, end)) end++;
      break;
    }
    // "the game Zembla's Son", "the film Ruri's Gate": after a work's kind, the possessive of a one-word possessor the article has not named and the capitalised word after
    // it go on with the title (stop 78, from stop 77's last bans samples: the title's possessor was read as its owner).
    // "Qorva's Baron’s Quest", "Zenco's Vexa’s Wrath 2": so after a maker's possessive (helper col101, from
    // a fresh sample of headset news: the title's possessor was read as the maker of its second half).
    else if (/^['’]s$/.test(t.text) && end === i + 1 && t.start === tokens[end - 1]!.end && (WORK_NOUNS.has(tokens[i - 1]?.lower ?? '') || possessiveTitleFrame(tokens, i, known)) && !learned.has(tokens[i]!.text) && !covered[end + 1] && tokens[end + 1] && isNameToken(tokens[end + 1]!)) end += 2;
    // "Tide Women's Clogs", "the Zeta Kids' Runner": a wearer's possessive ("Women's", "Men's", "Kids'") after a name's word and
    // before a capitalised word is inside a line's name, not its owner's mark (helper nmx96, from set 94: "Tide Women" became a
    // firm making "Clogs"). The wearer's word may open the name: "Zenco's Women's Clogs" keeps its owner, Zenco.
    else if (end > i && WEARER_POSSESSORS.has(tokens[end - 1]!.text) && /^['’]s?$/.test(t.text) && t.start === tokens[end - 1]!.end && (t.text.length > 1 || tokens[end - 1]!.text.endsWith('s')) && !covered[end + 1] && tokens[end + 1] !== undefined && isNameToken(tokens[end + 1]!) && tokens[end + 1]!.start > t.end) end += 2;
    // "at retailer Orvix's Depot", "the chain Zeta's Kitchen": after a shop's role noun, a one-word possessor, its possessive and a
    // shop's own noun are one shop's name (helper nmx96, from set 94: the retailer was read as making "Depot"). Not an owner's
    // brand ("retailer Zenco's Lumo label" keeps its owner): the word after the possessive must be a shop's noun.
    else if (/^['’]s$/.test(t.text) && end === i + 1 && t.start === tokens[end - 1]!.end && SHOP_ROLE_NOUNS.has(tokens[i - 1]?.lower ?? '') && !learned.has(tokens[i]!.text) && !covered[end + 1] && SHOP_OWN_NOUNS.has(tokens[end + 1]?.text ?? '') && !/^\p{Ll}/u.test(tokens[end + 2]?.text ?? '')) end += 2;
    // "a system called “Zenco's Eye”": inside quotation marks a possessive and the capitalised word after it go on with the name.
    else if (/^['’]s$/.test(t.text) && t.start === tokens[end - 1]!.end && /^["“]$/.test(tokens[i - 1]?.text ?? '') && !covered[end + 1] && tokens[end + 1] && isNameToken(tokens[end + 1]!) && /^["”]$/.test(tokens[end + 2]?.text ?? '')) end += 2;
    // "the film “Flight to Zembla”": inside quotation marks a title's small words go on with the name up to the closing mark.
    // "the world's first 'Nano green salt' fertiliser": a quoted name whose later words are lower case goes on to its closing quote
    // when a lower-case kind of thing follows the quote (stop 90's eightieth set: the name was cut to "Nano").
    else if (end === i + 1 && quotedLowerTail(tokens, i, end) > 0) end += quotedLowerTail(tokens, i, end);
    else if (TITLE_SMALL_WORDS.has(t.text) && /^["“]$/.test(tokens[i - 1]?.text ?? '') && !covered[end + 1] && tokens[end + 1] && isNameToken(tokens[end + 1]!) && closesQuoteAfter(tokens, end + 1)) end += 2;
    // "Mary Q. Jones": a middle initial continues the name.
    else if (t.text === '.' && end - i >= 2 && /^\p{Lu}$/u.test(tokens[end - 1]!.text) && !covered[end + 1] && tokens[end + 1] && isNameToken(tokens[end + 1]!) && tokens[end + 1]!.start === t.end + 1) end += 2;
    // "brands such as S. Vexa and Plix", "the J.Zeta label": a one-letter initial opening the run, then its full stop and a name's
    // word, is that name's first word (helper fpx96, from set 93: the initial alone became a brand and took three edges). Not the
    // article "A" nor the pronoun "I" ("… grade A. Zenco said" stays apart).
    else if (t.text === '.' && end === i + 1 && /^\p{Lu}$/u.test(tokens[i]!.text) && !/^[AI]$/.test(tokens[i]!.text) && t.start === tokens[i]!.end && !covered[end + 1] && tokens[end + 1] && isNameToken(tokens[end + 1]!) && tokens[end + 1]!.start <= t.end + 1) end += 2;
    // "Gov. Greg Gianforte", "Sen. Ann Lee": a title's abbreviation continues the name.
    else if (t.text === '.' && PERSON_TITLES.has(tokens[end - 1]!.text) && !covered[end + 1] && tokens[end + 1] && isNameToken(tokens[end + 1]!)) end += 2;
    // "the Nimbus x20", "Zeta s23 Ultra": a model code its maker writes in lower case goes on with the name (a version's "v2" and
    // a kind's acronym such as "x86" stay out).
    else if (LOWER_MODEL_CODE.test(t.text) && !covered[end] && !NOT_NAMES.has(t.text) && t.start === tokens[end - 1]!.end + 1) end++;
    // "the Zenco x Vell door lock": a collaboration's lone "x" joins two partners' names in one (collaboration-names.ts).
    else if (joinsCollaborationAt(tokens, end, covered, isNameToken)) end += 2;
    // "launched Zeta to Pay", "Qorva's Tap on Mobile app": a small word inside a product's name set off as one (small-word-product-names.ts).
    else if (!headline && !covered[end] && smallWordProductEnd(tokens, i, end, covered, { englishTag: englishTagOf, learned }) > end) end += 2;
    // "Doc at Home", "Ride on Demand": a service named by a phrase whose capitalised tail is an idiom's noun, not a place or an
    // event ("Zenco at Davos" stays two names); only a short head, and not when the tail opens a longer name ("at Home Depot").
    else if ((t.text === 'at' || t.text === 'on') && end - i <= 2 && !covered[end + 1] && IDIOM_TAILS.has(tokens[end + 1]?.text ?? '') && !(tokens[end + 2] && tokens[end + 2]!.capitalized)) {
      // The idiom's noun closes the name: "launched Doc at Home and Care on Call" names two services.
      end += 2;
      break;
    }
    // "Bureau of Industry and Security" is one name; "Shield Tablet and Shield TV" are two.
    // After a plural cue ("keyboard apps Simeji and Facemoji"), "and" lists names instead.
    // In a list of names ("A, B Quantum and C Tech"), "and" joins the last member instead.
    // An acronym alone before "and" is a name of its own ("PUBG and UC Browser").
    // "built by Zenco Inc for Qorva Labs": a legal suffix ends a firm's name, so "for" after it opens a phrase of its own.
    else if (t.text === 'for' && endsWithLegalSuffix(tokens, end)) break;
    // "topped a rival bid from Qorva for Vexa": after a bid's bidder, "for" names the bid's target, a name of its own (review rr93e:
    // the bidder and its target came out as one firm).
    else if (t.text === 'for' && bidderBefore(tokens, i)) break;
    // "analyst Kai Brandt of Qorva Capital", "Kai R. Brandt of Qorva": a person's name ends before the firm the person is "of".
    else if (t.text === 'of' && isPersonRun(tokens, i, end)) break;
    // "suspended the TCO Authorisation of Zenco Air": a leave's paper ends before its holder, who is "of" it (helper fpy93).
    else if (t.text === 'of' && LEAVE_PAPER_WORDS.has(tokens[end - 1]!.text)) break;
    // "YaSurf of Yandzo will support …": a coined one-word name in camel case, with no article before it, ends before the firm it
    // is "of" (helper quo, from stop 99's name readers: the product and its maker became one firm). "Bank of Zembla", "University
    // of Zembla", "the YouTube of Zembla" (a likeness) stay one name or unsplit.
    else if (t.text === 'of' && end === i + 1 && isCoinedCamelName(tokens[i]!.text) && !DETERMINERS.has(tokens[i - 1]?.lower ?? '') && tokens[end + 1] !== undefined && isNameToken(tokens[end + 1]!)) break;
    // "both Zenco & Qorva", "Zenco & Qorva jointly …": an ampersand the article or the sentence counts two firms around is no name's (ampersand-pairs.ts).
    else if (CONNECTORS.has(t.text) && end + 1 < tokens.length && !covered[end + 1] && isNameToken(tokens[end + 1]!) && (tokens[end + 1]!.text !== tokens[i]!.text || t.text === '&') && !(t.text === 'and' && ((i > 0 && isPluralCue(tokens[i - 1])) || isEnumerated(tokens, i) || opensPluralNamedList(tokens, i) || (end - i === 1 && /^\p{Lu}{2,}\d*$/u.test(tokens[i]!.text)) || followsListedName(tokens, i, known) || isNumberedRelease(tokens[end - 1]!) || isNumberedRelease(tokens[end + 1]!) || (isModelCode(tokens[end - 1]!) && isModelCode(tokens[end + 1]!)) || twoNamesAround(tokens, i, end, covered, learned))) && !(t.text === '&' && ampersandJoinsTwo(tokens, i, end, nameWordsEnd(tokens, end + 1, covered), learned))) end += 2;
    // ("Judge Jane Roe of the High Court": after a person's title, the body the person belongs to is a name of its own.)
    else if (t.text === 'of' && tokens[end + 1]?.text === 'the' && !covered[end + 2] && tokens[end + 2] && isNameToken(tokens[end + 2]!) && !PERSON_TITLES.has(tokens[i - 1]?.text ?? '') && !PERSON_TITLES.has(tokens[i]!.text)) end += 3;
    // "U.S. District Court for the Southern District of New York", "the Eastern District of Texas": a district's state, known as a
    // name of its own, goes on with the court's name (stop 66's third bans sample: the name was cut at "of").
    else if (t.text === 'of' && districtStateAfter(tokens, end, known) !== undefined) end = districtStateAfter(tokens, end, known)!;
    // "Qorva's Zorgs vs. Blips", "the game Zorgs vs. Blips": after a maker's possessive or a work's kind a "vs." is inside one
    // title (stop 62's bans readers: a split title became two rivals), unless the far side has a possessive of its own.
    else if (isVsWord(t) && (titleOpensAt(tokens, i) || vsTitleIsOneWork(tokens, end, covered)) && vsTitleGoesOn(tokens, end, covered)) end += tokens[end + 1]?.text === '.' ? 3 : 2;
    // "Zeta 4: Beyond is a game …", "released Zeta: Arena": a subtitle after a colon goes on with a title (stop 50's readers), when
    // the title holds a number or a coined word ("Update: Zenco said …" is no title), outside Title Case headlines.
    else if (t.text === ':' && !headline && opensSubtitle(tokens, i, end, covered)) end += 2;
    // "Cartel de los Lagos", "Banco de la Zembla": a Romance particle and its article go on with the name (stop 50's readers).
    else if (t.text === 'de' && /^(?:los|las|la|le|les)$/.test(tokens[end + 1]?.text ?? '') && !covered[end + 2] && tokens[end + 2] && isNameToken(tokens[end + 2]!)) end += 3;
    // A body's name goes on after "on" and "for the": "Select Committee on Intelligence",
    // "Court of Appeals for the D.C. Circuit"; and over a coordinated tail of fields:
    // "Ministry of Transport, Communications and High Technologies".
    else if ((t.text === 'on' || t.text === 'for') && isBodyName(tokens, i, end)) {
      const skip = tokens[end + 1]?.text === 'the' ? 1 : 0;
      if (t.text === 'for' && skip === 0) break;
      const next = end + 1 + skip;
      // "the Commission on Monday": a day or a month is no field of the body.
      if (covered[next] || !tokens[next] || !isNameToken(tokens[next]!) || NOT_NAMES.has(tokens[next]!.text)) break;
      end = next + 1;
    } else if (t.text === 'in' && isBodyName(tokens, i, end)) {
      // "Inspectorate for Control in the Sphere of Telecommunications (Uzkom)": a body's name
      // goes on after "in" only when its short form in brackets closes it.
      const to = runToShortForm(tokens, end, covered);
      if (to === undefined) break;
      end = to;
    // "Committee for Communication, Informatization and Information" too (stop 64's second bans sample).
    } else if (t.text === ',' && isBodyName(tokens, i, end) && textsOf(tokens, i, end).some((w) => w === 'of' || w === 'on' || w === 'for')) {
      const tail = coordinatedTail(tokens, end, covered);
      if (tail === undefined) break;
      end = tail;
    } else break;
  }
  return end;
}

/**
 * "GE Hitachi Nuclear Energy": an acronym no lexicon knows, opening the sentence's run right before a known firm's name that goes
 * on into a firm's compound, is the compound's first word, a venture's name (helper nm90, from a fresh sample of real news: the
 * name lost its "GE"). `start` is where the known firm's name opens.
 */
function ventureAcronymBefore(tokens: readonly Token[], start: number, covered: Uint8Array): boolean {
  const acronym = tokens[start - 1];
  return acronym !== undefined && /^\p{Lu}{2,4}$/u.test(acronym.text) && !covered[start - 1] && !NOT_NAMES.has(acronym.text) && !WIRE_SLUGS.has(acronym.text) && acronym.end + 1 === tokens[start]!.start && !(tokens[start - 2]?.capitalized ?? false);
}

/** findNamedMentions, first: the known names that are part of a longer name (uncovered, so that the longer name wins). */
function uncoverLongerNames(tokens: readonly Token[], known: readonly SentenceMention[], lexicon: Lexicon, headline: boolean, covered: Uint8Array): void {
  // "The Information and Communication Technologies Authority": a known name that opens a
  // body's coordinated name is part of it (the body's name is longer, and wins).
  for (const m of known) if (m.type !== 'government' && opensBodyName(tokens, m.last, covered)) covered.fill(0, m.first, m.last);
  // "Canada Goose", "Korea Zinc": a state's name opening a firm's or brand's name is part of it (the whole name is longer, and wins).
  if (!headline) for (const m of known) if (opensBrandName(tokens, m, lexicon, covered)) covered.fill(0, m.first, m.last);
  // "Zenco Holding Group Zembla Company Limited": a state's name between a firm's words and its legal form is part of the legal name.
  for (const m of known) if (insideLegalName(tokens, m, headline)) covered.fill(0, m.first, m.last);
  // "banned Medal of Zenco": a firm's one-word name closing a title's "X of Y" mid-sentence is the title's (stop 56's readers).
  for (const m of known) if (closesOfTitle(tokens, m, covered, lexicon)) covered.fill(0, m.first, m.last);
  // "suspended the licence of The Real Singapore": a state's name closing a title that a capitalised "The" opens is the title's.
  if (!headline) for (const m of known) if (closesTheTitle(tokens, m, covered)) covered.fill(0, m.first, m.last);
  // "Zenco UK competes with …": a country's short code right after a coined name closes the name of the firm's national arm, not the
  // country (helper typ90, from own90's report: the arm was read as the United Kingdom).
  if (!headline) for (const m of known) if (closesNationalArm(tokens, m, covered)) covered.fill(0, m.first, m.last);
  // "Zenco Ireland's plans", "Qorva Brazil's new plant": a state's one-word name right after a coined name, before a possessive, closes
  // the name of the firm's national arm (helper nam93, from set 88: the arm was read as Ireland, and the coined word was lost).
  if (!headline) for (const m of known) if (closesArmBeforePossessive(tokens, m, covered)) covered.fill(0, m.first, m.last);
  // "Zenco Document Solutions America", "Qorva Systems Europe": a region after a firm's last word closes its regional arm's name
  // (stop 91, from set 81: the arm was read as the United States, and a state's act on the arm as the country's).
  if (!headline) for (const m of known) if (closesRegionalArm(tokens, m, covered)) covered.fill(0, m.first, m.last);
  // "Zenco North America, which debuted its ZX1 loader", "Zenco Europe launched …": a region right after a coined word closes that
  // firm's regional arm too (helper its96, from set 93's diggers reader: the arm was cut to "Zenco North" and its region read as a state).
  if (!headline) for (const m of known) if (closesCoinedRegionalArm(tokens, m, covered)) covered.fill(0, m.first, m.last);
  // "Zenco Motorcycle and Scooter India": a state's name after two kinds of goods joined by "and" closes one firm's national arm
  // (helper and96: the arm was cut at "and", and the state read apart); twoNamesAround keeps the run whole.
  if (!headline) for (const m of known) if (closesTwoTradesArm(tokens, m, covered)) covered.fill(0, m.first, m.last);
  // "Zenco America Line's Qorva Star", "Qorva Japan Cruises": a state's name between a coined word and a carrier's or a firm's
  // last word is inside one firm's name (stop 91 round 4, from set 83: the name was cut at the state to a bare "Line").
  if (!headline) for (const m of known) if (insideTradeName(tokens, m, covered)) covered.fill(0, m.first, m.last);
  // "the new Ruri Zenco will …": a coined word right before a known firm's one-word name, after a lower-case word, opens a joint
  // venture's or a partner's two-word name (stop 91, from set 81: the name was cut to the known firm's, which took its edges).
  if (!headline) for (const m of known) if (closesVentureName(tokens, m, lexicon, covered)) covered.fill(0, m.first, m.last);
  // "the Zenco Bitcoin Trust", "the 'Zenco Ether ETF'": a known asset's one-word name between a coined word and a fund's word is
  // inside the fund's name (helper quo, from stop 99's name readers: the fund was cut to "Bitcoin Trust", losing its issuer's word).
  if (!headline) for (const m of known) if (insideFundName(tokens, m, lexicon, covered)) covered.fill(0, m.first, m.last);
  // "the Samsung x Vell case": a known name beside a collaboration's "x" is one partner of a longer name (collaboration-names.ts).
  if (!headline) for (const m of known) if (isCollaborationPartner(tokens, m, covered, isNameToken)) covered.fill(0, m.first, m.last);
  // "its 7 Tesla MRI scanner", "(Vexa Prisma 3 Tesla)": a magnet's field strength in teslas is no carmaker (helper gen97, real medical
  // imaging news: the unit was read as the firm, and the scanner's name cut before it).
  for (const m of known) if (isFieldStrengthUnit(tokens, m)) covered.fill(0, m.first, m.last);
  // "Zenco Courier Limited": a known firm's name opening a longer name that closes on a legal form is the first word of another
  // firm's legal name (helper bnx93, from set 89's courier reader: a licensee's name was cut to a famous firm's, which took its ban).
  for (const m of known) if (opensLegalName(tokens, m, covered)) covered.fill(0, m.first, m.last);
  // "Zenco Qorva has taken the wraps off …", "Zenco Qorva Networks": two known firms' names side by side name their joint venture
  // (stop 57's makers readers: it was split into its parents).
  if (!headline) {
    for (const m of known) {
      const next = known.find((n) => n.first === m.last && n.type === 'company' && n.source === 'lexicon');
      if (m.type !== 'company' || m.source !== 'lexicon' || !next || tokens[m.last]!.start !== tokens[m.last - 1]!.end + 1) continue;
      // Not inside a list whose commas were left out ("A, B C and D").
      if (isPossessive(tokens[m.last - 1]) || tokens[m.first - 1]?.text === ',') continue;
      covered.fill(0, m.first, next.last);
    }
  }
}

/** Words after a field strength in teslas: an imaging machine's, or the bracket closing its name ("(Vexa Prisma 3 Tesla)"). */
const FIELD_STRENGTH_AFTER = /^(?:mri|mris|mr|scanner|scanners|magnet|magnets|field|imaging|\))$/;
/** Whether the known firm `m` is the unit "Tesla" right after a number and before an imaging word: "a 7 Tesla MRI scanner". */
function isFieldStrengthUnit(tokens: readonly Token[], m: SentenceMention): boolean {
  const number = tokens[m.first - 1];
  if (m.type !== 'company' || m.last - m.first !== 1 || tokens[m.first]!.text !== 'Tesla' || !number || !/^\d{1,2}(?:\.\d)?$/.test(number.text)) return false;
  return number.end + 1 === tokens[m.first]!.start && FIELD_STRENGTH_AFTER.test(tokens[m.last]?.lower ?? '');
}

/** Whether a capitalised word is a plain kind of goods, as a firm's trade words are: "Motorcycle", "Scooter". */
const isCapitalisedKind = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}\p{Ll}+$/u.test(t.text) && isMadeKind(t.lower);
/**
 * Whether the state's one-word name `m` closes "<Name> <Kind> and <Kind> <State>", all capitalised and uncovered: "Zenco Motorcycle
 * and Scooter India" (not "Zenco and Scooter India": a name's word must open the run before the first kind).
 */
function closesTwoTradesArm(tokens: readonly Token[], m: SentenceMention, covered: Uint8Array): boolean {
  if (m.type !== 'government' || m.source !== 'lexicon' || m.last - m.first !== 1 || !REGION_WORDS.has(tokens[m.first]!.text)) return false;
  const at = m.first;
  if (tokens[at - 2]?.text !== 'and' || !isCapitalisedKind(tokens[at - 1]) || !isCapitalisedKind(tokens[at - 3]) || covered[at - 1] || covered[at - 3]) return false;
  const opener = tokens[at - 4];
  return opener !== undefined && opener.capitalized && opener.word && !NOT_NAMES.has(opener.text) && tokens[at]!.start === tokens[at - 1]!.end + 1;
}

/** Legal forms that close a firm's legal name after its trade words: "Zenco Courier Limited", "Qorva Express Pty Ltd". */
const LEGAL_NAME_CLOSERS: ReadonlySet<string> = new Set(['Limited', 'Ltd', 'LLC', 'PLC', 'Plc', 'GmbH', 'Pty', 'Pvt', 'Inc', 'Incorporated']);
/**
 * Whether the known firm `m` is followed, word against word, by one to three capitalised words no other name covers and then a
 * legal form: "Zenco Courier Limited" (not "Zenco Inc", the firm's own name with its form).
 */
function opensLegalName(tokens: readonly Token[], m: SentenceMention, covered: Uint8Array): boolean {
  if (m.type !== 'company' || m.source !== 'lexicon') return false;
  let k = m.last;
  while (k < m.last + 3 && k < tokens.length && /^\p{Lu}\p{Ll}+$/u.test(tokens[k]!.text) && !LEGAL_NAME_CLOSERS.has(tokens[k]!.text) && !covered[k] && tokens[k]!.start === tokens[k - 1]!.end + 1) k++;
  return k > m.last && LEGAL_NAME_CLOSERS.has(tokens[k]?.text ?? '') && tokens[k]!.start === tokens[k - 1]!.end + 1;
}

/** Short codes of a country that close a firm's national arm: "Zenco UK", "Qorva US". */
const NATIONAL_ARM_CODES: ReadonlySet<string> = new Set(['UK', 'US', 'USA']);
/** A name with an elided article, as French and Italian firms' names open: "L'Zenco", "D'Qorva" (helper nam98b: "L'Zenco USA" was the state). */
const ELIDED_NAME = /^[LD]['’]\p{Lu}\p{Ll}{2,}$/u;
/** Whether the state's code `m` follows a coined capitalised word written right before it, which no other name covers: "Zenco UK". */
function closesNationalArm(tokens: readonly Token[], m: SentenceMention, covered: Uint8Array): boolean {
  const before = tokens[m.first - 1];
  if (m.type !== 'government' || m.source !== 'lexicon' || m.last - m.first !== 1 || !NATIONAL_ARM_CODES.has(tokens[m.first]!.text) || !before) return false;
  // "Zenco & Partners UK", "Borin and Sons UK": a partnership's tail after "&" or "and" closes a firm's name as a coined word does.
  const partnership = PARTNERSHIP_TAILS.has(before.text) && /^(?:&|and)$/.test(tokens[m.first - 2]?.text ?? '');
  return !covered[m.first - 1] && (/^\p{Lu}\p{Ll}{2,}$/u.test(before.text) || ELIDED_NAME.test(before.text)) && (isCoinedWord(before.lower) || partnership || ELIDED_NAME.test(before.text)) && !NOT_NAMES.has(before.text) && !NOT_NAMES_ALONE.has(before.text) && tokens[m.first]!.start === before.end + 1;
}

/**
 * Whether the state's one-word name `m` follows a coined capitalised word written right before it, which no other name covers, and
 * has a possessive after it: "Zenco Ireland's". Not after a sentence's opening word that only its place capitalises, nor after a
 * comma or any English word ("Visit Ireland's", "Apple, Ireland's").
 */
function closesArmBeforePossessive(tokens: readonly Token[], m: SentenceMention, covered: Uint8Array): boolean {
  const before = tokens[m.first - 1];
  if (m.type !== 'government' || m.source !== 'lexicon' || m.last - m.first !== 1 || !before || !isPossessive(tokens[m.last])) return false;
  if (covered[m.first - 1] || tokens[m.first]!.start !== before.end + 1 || !/^\p{Lu}[\p{Ll}\d]{2,}$/u.test(before.text)) return false;
  if (!isCoinedWord(before.lower) || NOT_NAMES.has(before.text) || NOT_NAMES_ALONE.has(before.text) || GOVERNMENT_HEADS.has(before.text) || PERSON_TITLES.has(before.text) || MONTH_NAMES.has(before.text)) return false;
  // The word before the coined one is no name's word ("the Zenco Ireland's", "Zenco Ireland's" at the start), so it opens the name.
  const prev = tokens[m.first - 2];
  return !prev || !(prev.capitalized && prev.word) || (m.first === 2 && prev.lower === 'the');
}

/** Trade words that close a firm's name after a state's name inside it, beside the firm's last words: "Zenco America Line". */
const TRADE_TAILS_AFTER_STATE: ReadonlySet<string> = new Set(['Line', 'Lines', 'Cruises', 'Cruise', 'Hospitality', 'Hotels', 'Resorts', 'Ferries', 'Express', 'Logistics', 'Freight']);
/**
 * Whether the state's one-word name `m` stands between a coined capitalised word and a firm's last word, all written apart by one
 * space: "Zenco America Line", "Qorva Japan Cruises". Not after a title, a body's or a region's word ("North America Group" is
 * the lexicon's), nor where the word before is English ("Visit America Cruises").
 */
function insideTradeName(tokens: readonly Token[], m: SentenceMention, covered: Uint8Array): boolean {
  if ((m.type !== 'government' && m.type !== 'place') || m.source !== 'lexicon' || m.last - m.first !== 1 || m.first < 1) return false;
  const prev = tokens[m.first - 1]!;
  const next = tokens[m.last];
  if (!next || covered[m.first - 1] || prev.end + 1 !== tokens[m.first]!.start || next.start !== tokens[m.first]!.end + 1) return false;
  if (!TRADE_TAILS_AFTER_STATE.has(next.text) && !FIRM_LAST_WORDS.has(next.text)) return false;
  const w = prev.text;
  if (!/^\p{Lu}[\p{Ll}\d]+$/u.test(w) || NOT_FIRM_BEFORE_STATE.has(w) || GOVERNMENT_HEADS.has(w) || PERSON_TITLES.has(w) || NOT_NAMES.has(w) || NOT_NAMES_ALONE.has(w) || MONTH_NAMES.has(w)) return false;
  // At the sentence's start only a coined word opens a name ("Unlike America Cruises …" is no firm's name).
  return m.first > 1 || isCoinedWord(prev.lower);
}

/** Regions that close a firm's regional arm after the firm's last word. */
const REGIONAL_ARM_WORDS: ReadonlySet<string> = new Set(['America', 'Americas', 'Europe', 'Asia']);
/** Whether the region `m` follows a firm's last word that a name's word opens, all written apart by one space: "Zenco Systems America". */
function closesRegionalArm(tokens: readonly Token[], m: SentenceMention, covered: Uint8Array): boolean {
  const before = tokens[m.first - 1];
  const name = tokens[m.first - 2];
  if ((m.type !== 'government' && m.type !== 'place') || m.source !== 'lexicon' || m.last - m.first !== 1 || !REGIONAL_ARM_WORDS.has(tokens[m.first]!.text) || !before || !name) return false;
  return !covered[m.first - 1] && FIRM_LAST_WORDS.has(before.text) && name.capitalized && name.word && tokens[m.first]!.start === before.end + 1;
}

/** Words that open a continent's two-word name: "North America", "Latin America". */
const CONTINENT_OPENERS: ReadonlySet<string> = new Set(['North', 'South', 'Latin']);
/**
 * Whether the region `m` ("America", "North America", "Europe", "Asia") follows a coined capitalised word, all written apart by one space:
 * "Zenco North America", "Zenco Europe". Not after an English word, a title or a region's own word ("Visit Europe", "Central Asia").
 */
function closesCoinedRegionalArm(tokens: readonly Token[], m: SentenceMention, covered: Uint8Array): boolean {
  if ((m.type !== 'government' && m.type !== 'place') || m.source !== 'lexicon') return false;
  const region = tokens[m.last - 1]!;
  if (!REGIONAL_ARM_WORDS.has(region.text)) return false;
  // The continent's opener is inside the mention ("North America") or right before it, uncovered.
  let from = m.first;
  if (m.last - m.first === 2 && !CONTINENT_OPENERS.has(tokens[m.first]!.text)) return false;
  if (m.last - m.first > 2) return false;
  if (m.last - m.first === 1 && CONTINENT_OPENERS.has(tokens[m.first - 1]?.text ?? '') && !covered[m.first - 1] && tokens[m.first - 1]!.end + 1 === region.start) from = m.first - 1;
  // "Zenco America" alone names a state's arm, which the national-arm rules read (closesNationalArm and the like).
  if (m.type === 'government' && m.last - m.first === 1 && from === m.first) return false;
  const name = tokens[from - 1];
  if (!name || covered[from - 1] || name.end + 1 !== tokens[from]!.start || !/^\p{Lu}[\p{Ll}\d]{2,}$/u.test(name.text)) return false;
  // "Zenco Construction Equipment North America": a firm's last word before the region closes the arm as well.
  if (FIRM_LAST_WORDS.has(name.text)) return true;
  // "Zenco North America, Inc.": a legal form after the region makes a firm of a word compromise knows as English too (helper prd97:
  // the arm of a tyre maker whose name is a dictionary word was cut to "Zenco North" and lost its product).
  const legalAfter = LEGAL_WORDS.has((tokens[m.last]?.text ?? '').replace(/\.$/, '')) || (tokens[m.last]?.text === ',' && LEGAL_WORDS.has((tokens[m.last + 1]?.text ?? '').replace(/\.$/, '')));
  if ((!isCoinedWord(name.lower) && !legalAfter) || NOT_FIRM_BEFORE_STATE.has(name.text) || NOT_NAMES.has(name.text) || NOT_NAMES_ALONE.has(name.text) || GOVERNMENT_HEADS.has(name.text) || PERSON_TITLES.has(name.text) || MONTH_NAMES.has(name.text)) return false;
  // The coined word opens the name: no capitalised word before it, unless the sentence's "The".
  const prev = tokens[from - 2];
  return !prev || !(prev.capitalized && prev.word) || (from === 2 && prev.lower === 'the');
}

/** Words after which an ordinal in figures may open a firm's name: lists, prepositions, "said". */
const ORDINAL_NAME_OPENERS: ReadonlySet<string> = new Set(['including', 'include', 'includes', 'and', 'or', 'by', 'from', 'with', 'like', 'as', 'to', 'for', 'against', 'between', 'versus', 'vs', 'said', 'says', 'while', 'but', 'rival', 'rivals', 'maker', 'firm', 'company']);
/** An ordinal in figures: "22nd", "3rd", "101st". */
const NUMERIC_ORDINAL = /^\p{N}+(?:st|nd|rd|th)$/u;
/**
 * Whether the ordinal in figures right before the run tokens[i, end) opens a firm's name: "22nd Century Group makes …", "firms
 * including 3rd Rock Labs". The run ends in a firm's legal or trade word (numbered-firms.ts: a grower's too, "21st Century Grain") and has two words or more; the ordinal opens the sentence,
 * or follows punctuation, a compound describing the firm or a word that opens a list or a name ("the 22nd Zenco Group summit"
 * counts summits).
 */
function numericOrdinalOpens(tokens: readonly Token[], i: number, end: number): boolean {
  const ordinal = tokens[i - 1];
  if (!ordinal || !NUMERIC_ORDINAL.test(ordinal.text) || end - i < 2 || !isNumberedFirmEnd(tokens[end - 1]!.text) || tokens[i]!.start !== ordinal.end + 1) return false;
  // Only at the sentence's start, after punctuation or after a word that opens a list or a name ("including", "and", "by"): "ranked
  // 3rd Qorva Labs said", "its 100th Zenco Labs store" count places and things.
  const before = tokens[i - 2];
  // "New York-based 22nd Century Group": a compound describing the firm stands before its name as punctuation does.
  if (before && before.word && !ORDINAL_NAME_OPENERS.has(before.lower) && !isCompoundModifier(before.text)) return false;
  // "on 3rd March Zenco Group said": a date's day is no name's word.
  return !MONTH_NAMES.has(tokens[i]!.text) && !textsOf(tokens, i, end).some((w) => MONTH_NAMES.has(w));
}

/** Whether the ordinal in figures right before tokens[i, end) and those words open the name of a firm the article named: "22nd Century". */
function opensLearnedOrdinalFirm(tokens: readonly Token[], i: number, end: number, learned: ReadonlyMap<string, LearnedName>): boolean {
  const ordinal = tokens[i - 1];
  if (!ordinal || !NUMERIC_ORDINAL.test(ordinal.text) || tokens[i]!.start !== ordinal.end + 1) return false;
  const opening = `${ordinal.text} ${surfaceOf(tokens, i, end)} `;
  for (const [surface, name] of learned) if (name.type === 'company' && surface.startsWith(opening)) return true;
  return false;
}

/** A fund's last word after the asset it holds: "Bitcoin Trust", "Ether ETF". */
const FUND_WORDS: ReadonlySet<string> = new Set(['Trust', 'ETF', 'ETP', 'ETN', 'Fund']);
/** Acronyms of exchange-traded products, a fund's name's last word: "the Zeta ETF". */
const TRADED_FUND_ACRONYMS: ReadonlySet<string> = new Set(['ETF', 'ETP', 'ETN']);
/** Whether the known product `m`, one word, stands between a coined capitalised word and a fund's word: "the Zenco Bitcoin Trust". */
function insideFundName(tokens: readonly Token[], m: SentenceMention, lexicon: Lexicon, covered: Uint8Array): boolean {
  const before = tokens[m.first - 1];
  const after = tokens[m.last];
  if (m.type !== 'product' || m.source !== 'lexicon' || m.last - m.first !== 1 || !before || !after || covered[m.first - 1] || !FUND_WORDS.has(after.text)) return false;
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(before.text) || !isCoinedWord(before.lower) || tokens[m.first]!.start !== before.end + 1 || after.start !== tokens[m.last - 1]!.end + 1) return false;
  const w = before.text;
  return !(NOT_NAMES.has(w) || NOT_NAMES_ALONE.has(w) || PERSON_TITLES.has(w) || MONTH_NAMES.has(w) || GOVERNMENT_HEADS.has(w) || lexicon.stateOfDemonym(w) || lexicon.longestMatch([w], 0));
}
/** Nouns of what two firms do together or against each other: "the Zenco Qorva merger". */
const PAIR_NOUNS: ReadonlySet<string> = new Set(['deal', 'deals', 'merger', 'mergers', 'partnership', 'alliance', 'talks', 'tie-up', 'agreement', 'pact', 'dispute', 'battle', 'rivalry', 'feud', 'lawsuit', 'case', 'fight', 'war', 'contest', 'race', 'duel', 'comparison', 'matchup', 'combination', 'link-up', 'collaboration']);
/** Whether the known firm `m`, one word, follows a coined capitalised word that follows a lower-case word: "the new Ruri Zenco". */
function closesVentureName(tokens: readonly Token[], m: SentenceMention, lexicon: Lexicon, covered: Uint8Array): boolean {
  const before = tokens[m.first - 1];
  const opener = tokens[m.first - 2];
  if (m.type !== 'company' || m.source !== 'lexicon' || m.last - m.first !== 1 || !before || !opener || covered[m.first - 1]) return false;
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(before.text) || !isCoinedWord(before.lower) || tokens[m.first]!.start !== before.end + 1) return false;
  // "the new Ruri Zenco", not "said Ruri Zenco" (a person's name before the firm's) nor "rival Ruri Zenco" (a rival named before it).
  if (!/^(?:the|new|a|an|its|their|merged|combined|former|joint)$/.test(opener.lower)) return false;
  const w = before.text;
  if (NOT_NAMES.has(w) || NOT_NAMES_ALONE.has(w) || PERSON_TITLES.has(w) || MONTH_NAMES.has(w) || GOVERNMENT_HEADS.has(w) || lexicon.stateOfDemonym(w) || lexicon.longestMatch([w], 0)) return false;
  // "the Ruri Zenco platform", "the new Ruri Zenco app": before a kind of made thing the run is one product's name, not the known
  // firm's (helper nam93, from set 88: the firm took the product's edges, and the product was cut to "Ruri").
  // "the Ruri Zenco merger", "the Ruri Zenco talks": two firms named side by side before what they do together stay two.
  // Not after a region's or a people's adjective the lexicon does not know ("the Bavarian Samsung store" is a store in Bavaria).
  const after = tokens[m.last]?.lower ?? '';
  if ((isMadeKind(after) || CUE_NOUNS.get(after) === 'product') && LOOSE_PLACE_ADJECTIVE_ENDING.test(w)) return false;
  return !PAIR_NOUNS.has(after);
}
/**
 * How adjectives of places and peoples end: "Bavarian", "Viennese", "Cornish", "Baltic", "Northern" (looser than non-product-names.ts's
 * PLACE_ADJECTIVE_ENDING, which wants "-ian", "-ese" or "-ean" after three letters).
 */
const LOOSE_PLACE_ADJECTIVE_ENDING = /(?:an|ese|ish|ic|ern)$/;

/** findNamedMentions: model codes listed after a company's models, web addresses, and names before a maker's participle. */
function codeAndCompoundNames(tokens: readonly Token[], known: readonly SentenceMention[], lexicon: Lexicon, covered: Uint8Array, mentions: SentenceMention[]): void {
  // "three DeepSeek models (R1, R1-0528 and V3.1)": model codes listed after a company's models
  // are its models, named with the company's name ("DeepSeek-R1-0528").
  for (const company of known) {
    if (tokens[company.last + 1]?.text !== '(' || company.type !== 'company' || !/^models?$/i.test(tokens[company.last]?.text ?? '')) continue;
    for (let k = company.last + 2; k < tokens.length && tokens[k]!.text !== ')' && k < company.last + 20; k++) {
      const code = tokens[k]!.text;
      if (covered[k] || !/^[A-Z]{1,3}\d[\w.-]*$/.test(code)) continue;
      const label = `${company.label}-${code}`;
      const entry = lexicon.longestMatch([label], 0)?.entry;
      const name = entry ? { key: entry.id, label: entry.name, type: entry.type } : { key: keyOfName(label), label, type: 'model' as const };
      mentions.push(withChanges(mentionOver(tokens, k, k + 1, name, 'rule', code), { owner: company.key }));
      covered[k] = 1;
    }
  }

  // "blocked zenco.org, qorva.io and zeta.ru": a web address in lower case names a website (stop 59's bans readers: lists of
  // blocked sites; a capitalised one inside a sentence, "Zenco.com", is read as any name is). Untyped until a relation wants a
  // product there, so that "visit www.zenco.com" adds no node. The sentence's first word is capitalised as an opener: "Zenco.org
  // and qorva.io were blocked" (stop 73, from stop 72's last samples).
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (covered[k] || (t.capitalized && k > 0) || !isWebAddress(k === 0 ? t.lower : t.text)) continue;
    mentions.push(mentionOver(tokens, k, k + 1, { key: keyOfName(t.text), label: t.text, type: 'organization' }, 'unknown'));
    covered[k] = 1;
  }

  // "Zenco-owned apps", "the Zenco-built Zeta": a name no lexicon knows before a maker's participle is a firm's name
  // of its own (compound-relations.ts reads what it did to the name after the compound).
  for (let i = 0; i < tokens.length; i++) {
    // The hyphen first: asked of every capitalised word, and the compound needs one.
    const hyphenated = tokens[i]!.capitalized && tokens[i]!.text.includes('-');
    // "the Zenco-Qorva rivalry", "the Apple-Zenco rivalry": a pair of names before a pair noun is two (paired-names.ts).
    const pair = hyphenated ? pairOfNames(tokens, i, known, lexicon, covered) : undefined;
    if (pair) {
      mentions.push(...pair);
      covered[i] = 1;
      continue;
    }
    const text = covered[i] || !hyphenated ? '' : tokens[i]!.text;
    // Neither rule below reads a word without the hyphen (ENDS_COMPANY holds no empty word): most words stop here.
    if (text === '') continue;
    // "Zenco Ltd-owned Zeta", "the SoftBank Group-backed Zenco": a firm's closing word before the hyphen ends the name before it.
    const tail = text.slice(0, text.indexOf('-'));
    // "Qorva Games-owned Pixbay", "Vexa Media-backed Zenco": so does a firm's trade word, not a legal form (it cut the owner to its
    // last word: fresh sample s92b), when a name follows the compound ("Social Media-owned sites" names no firm).
    const tradeTail = OWNER_TAILS.has(tail) && tokens[i + 1]?.capitalized === true;
    const whole = (ENDS_COMPANY.has(tail) || tradeTail) && isCompoundModifier(text) ? firmBeforeTail(tokens, i, tail, known, lexicon) : undefined;
    if (whole) {
      mentions.push(whole);
      covered.fill(1, whole.first, whole.last);
      continue;
    }
    const maker = MAKER_COMPOUND.exec(text)?.[1];
    const made = maker ? undefined : MADE_COMPOUND.exec(text)?.[1];
    const name = maker ?? made;
    if (!name) continue;
    if (NOT_NAMES.has(name) || NOT_NAMES_ALONE.has(name) || COMMON_COMPOUND_HEADS.has(name) || lexicon.stateOfDemonym(name)) continue;
    const start = tokens[i]!.start;
    const type = made ? 'product' : 'company';
    mentions.push(newMention({ first: i, last: i + 1, key: keyOfName(name), label: name, type, surface: name, start, end: start + name.length, source: 'rule' }));
    covered[i] = 1;
  }
}

/** The names of a hyphenated pair at `i` (paired-names.ts), unless the token is a state's adjective or another name covers it whole. */
function pairOfNames(tokens: readonly Token[], i: number, known: readonly SentenceMention[], lexicon: Lexicon, covered: Uint8Array): SentenceMention[] | undefined {
  const text = tokens[i]!.text;
  if (covered[i] && known.some((m) => m.first <= i && m.last > i && m.surface.includes(text))) return undefined;
  if (isDemonymCompound(text, lexicon) || COMBINING_FORMS.has(text.slice(0, text.indexOf('-')))) return undefined;
  const pair = pairedNames(tokens, i, known, lexicon, isNameWord);
  return pair && pair.length > 0 ? pair : undefined;
}

/** findNamedMentions: the names a known name opens or closes (model numbers, regional units, institutions, brand aliases). */
function namesAfterKnownNames(
  tokens: readonly Token[],
  known: readonly SentenceMention[],
  lexicon: Lexicon,
  learned: Map<string, LearnedName>,
  headline: boolean,
  covered: Uint8Array,
  mentions: SentenceMention[],
  aliases: [string, LearnedName][],
): void {
  // "Xiaomi 15", "Zeekr 001 FR", "Fairphone 5": a company's name and a model number is its product
  // (not a year, "Zenco 2024 results", nor a quantity, "Zenco 30 million"). A short acronym's
  // product has no owner: "RTX 5070" is Nvidia's card, not the defence firm RTX's, and not the firm
  // either. After another maker's name it has no owner of its own ("Zenco's Qorva 5").
  // "Zenco OS": so is a company's name and "OS", its system (stop 57's makers readers: the system was never named).
  for (const company of known) {
    const number = tokens[company.last];
    const system = number?.text === 'OS';
    if (company.type !== 'company' || company.source !== 'lexicon' || !number || covered[company.last] || (!system && (!/^\d{1,4}$/.test(number.text) || YEAR.test(number.text)))) continue;
    if (number.start !== tokens[company.last - 1]!.end + 1 || QUANTITY_UNITS.has(tokens[company.last + 1]?.lower ?? '') || /^[%.,]\d/.test((tokens[company.last + 1]?.text ?? '') + (tokens[company.last + 2]?.text ?? ''))) continue;
    let last = company.last + 1;
    while (!system && last < tokens.length && last - company.last <= 2 && !covered[last] && (TIER_WORDS.has(tokens[last]!.text) || /^(?:\p{Lu}{1,3}|\p{Lu}\p{Ll}|II|III|IV)$/u.test(tokens[last]!.text))) last++;
    // "Atari 2600+": a plus glued to the number closes the name (stop 78, from stop 77's last makers samples).
    if (!system && tokens[last]?.text === '+' && tokens[last]!.start === tokens[last - 1]!.end && !covered[last]) last++;
    const before = tokens[company.first - 1]?.text ?? '';
    const ownedByAnother = /^\p{Lu}{2,3}$/u.test(company.surface) || /^['’]s$/.test(before) || known.some((m) => m !== company && m.last === company.first && (m.type === 'company' || m.type === 'product'));
    const label = surfaceOf(tokens, company.first, last);
    const entry = lexicon.longestMatch([label], 0)?.entry;
    const name = entry ? { key: entry.id, label: entry.name, type: entry.type } : { key: keyOfName(label), label, type: 'product' as const };
    mentions.push(withChanges(mentionOver(tokens, company.first, last, name, 'rule', label), { ...(!ownedByAnother && { owner: company.key }) }));
    covered.fill(1, company.first, last);
  }

  // "China Telecom America", "Huawei Europe": a company's name and a region is its regional
  // subsidiary, a company of its own (not the state, not a product). So is one with a state's
  // name ("Vodafone Egypt", "Orange Belgium"; stop 68, after the lexicon learned the telecom operators).
  for (const company of known) {
    if (company.type !== 'company' || company.source !== 'lexicon' || !tokens[company.last]?.capitalized) continue;
    const region = known.find((m) => m.first === company.last && (REGION_WORDS.has(m.surface) || isStateByName(m, lexicon)) && tokens[m.first]!.start === tokens[m.first - 1]!.end + 1);
    if (!region) continue;
    const label = surfaceOf(tokens, company.first, region.last);
    mentions.push(mentionOver(tokens, company.first, region.last, { key: subsidiaryKey(label), label, type: 'company' }, 'rule'));
  }

  // "ETH Zurich", "TU Munich": an acronym right before a city names an institution there (a lab, typed as firms are), not the city.
  if (!headline) {
    for (const city of known) {
      if (city.type !== 'place' || city.source !== 'lexicon' || city.last - city.first !== 1 || city.first < 1 || covered[city.first - 1]) continue;
      const acronym = tokens[city.first - 1]!;
      if (!/^\p{Lu}{2,5}$/u.test(acronym.text) || NOT_NAMES.has(acronym.text) || acronym.end + 1 !== tokens[city.first]!.start || (city.first >= 2 && tokens[city.first - 2]!.capitalized && tokens[city.first - 2]!.word)) continue;
      const label = surfaceOf(tokens, city.first - 1, city.last);
      mentions.push(mentionOver(tokens, city.first - 1, city.last, { key: keyOfName(label), label, type: 'company' }, 'rule', label));
      covered.fill(1, city.first - 1, city.last);
    }
  }

  // "Spacecom Luxembourg", "Orange Belgium": an unknown word and a state is a firm's unit there, not the state.
  if (!headline) {
    for (const state of known) {
      const first = unitNameStart(tokens, state, lexicon, covered);
      if (first === undefined) continue;
      const label = surfaceOf(tokens, first, state.last);
      mentions.push(mentionOver(tokens, first, state.last, { key: subsidiaryKey(label), label, type: 'company' }, 'rule'));
      covered.fill(1, first, state.last);
    }
  }

  // "Zenco Lumen" known to the lexicon: "Lumen" alone, later in the article, is the same line.
  for (const m of known) {
    if (m.source !== 'lexicon' || (m.type !== 'product' && m.type !== 'model') || m.last - m.first !== 2 || m.versionOf) continue;
    const maker = lexicon.longestMatch([tokens[m.first]!.text], 0)?.entry;
    const brand = tokens[m.first + 1]!.text;
    if (maker?.type === 'company' && isBrandWord(brand) && !learned.has(brand) && !lexicon.longestMatch([brand], 0)) aliases.push([brand, { key: m.key, label: m.label, type: m.type, midSentence: true }]);
  }

  // "Zenco (Europe) Holdings Limited": a company's legal name with its region in brackets is
  // the regional subsidiary, whole ("Holdings Limited" alone is no company).
  for (const company of known) {
    if (company.type !== 'company' || tokens[company.last]?.text !== '(' || tokens[company.last + 2]?.text !== ')') continue;
    const region = tokens[company.last + 1]!;
    if (!REGION_WORDS.has(region.text)) continue;
    let last = company.last + 3;
    while (last < tokens.length && isNameToken(tokens[last]!) && last - company.last < 8) last++;
    if (last === company.last + 3 || !isOrganisationName(textsOf(tokens, company.last + 3, last))) continue;
    const label = `${company.surface} ${region.text}`;
    mentions.push(mentionOver(tokens, company.first, last, { key: subsidiaryKey(label), label, type: 'company' }, 'rule'));
    covered.fill(1, company.first, last);
  }
}

/** findNamedMentions: the longer product names around a known product's name (listed tiers, "Xeon Phi", "Mac App Store", "GeForce RTX 5090"). */
function longerProductNames(tokens: readonly Token[], known: readonly SentenceMention[], lexicon: Lexicon, covered: Uint8Array, mentions: SentenceMention[]): void {
  // "Claude 3 Opus, Sonnet and Haiku", "Gemini 2.5 Pro and Flash": tiers listed after a versioned
  // name are that family and version's tiers, one node each with their full name.
  for (const head of known) {
    const lastWord = head.label.slice(head.label.lastIndexOf(' ') + 1);
    // "Ascend 910C, 910D and 920": after a model code, the codes listed alone are the same line's
    // (with their tiers, "iPhone 16, 16 Pro": shortened-list-items.ts).
    const codes = CODE.test(lastWord) && !YEAR.test(lastWord);
    if (head.type !== 'product' && head.type !== 'model' || (!TIER_WORDS.has(lastWord) && !codes)) continue;
    const words = head.label.split(' ');
    if (words.length < (codes ? 2 : 3) || (!codes && !words.some((w) => /^\d/.test(w)))) continue;
    const isTier = (t: Token): boolean => (codes ? CODE.test(t.text) && !YEAR.test(t.text) : TIER_WORDS.has(t.text));
    const prefix = words.slice(0, -1).join(' ');
    for (let k = head.last; k + 1 < tokens.length; ) {
      if (tokens[k]!.text === ',' && /^(?:and|or)$/.test(tokens[k + 1]!.text)) k++;
      if (!/^(?:,|and|or|&)$/.test(tokens[k]!.text)) break;
      // The tier may be two words: "iPhone 15 Pro and Pro Max".
      let end = k + 1;
      while (end < tokens.length && end - k <= (codes ? 1 : 2) && !covered[end] && isTier(tokens[end]!)) end++;
      if (end === k + 1) break;
      const tier = textsOf(tokens, k + 1, end);
      const label = `${prefix} ${tier.join(' ')}`;
      if (label === head.label) break;
      const entry = lexicon.longestMatch([label], 0)?.entry;
      const key = entry?.id ?? head.key.replace(new RegExp(`${words.at(-1)!.toLowerCase()}$`), tier.join('-').toLowerCase());
      mentions.push(withChanges(mentionOver(tokens, k + 1, end, { key, label: entry?.name ?? label, type: head.type }, 'rule', label), { ...(head.versionOf && { versionOf: head.versionOf }), ...(head.owner && { owner: head.owner }) }));
      covered.fill(1, k + 1, end);
      k = end;
    }
  }

  // "Xeon Phi": a product's name written right before another known name is one product of that
  // name ("Phi" alone would be another maker's model).
  for (const head of known) {
    if (head.source !== 'lexicon' || (head.type !== 'product' && head.type !== 'model')) continue;
    const tail = known.find((m) => m.first === head.last && m.last === head.last + 1 && m.source === 'lexicon' && (m.type === 'product' || m.type === 'model') && m.key !== head.key && !m.versionOf);
    if (!tail || !tokens[tail.first]!.capitalized || tokens[tail.first]!.start !== tokens[head.last - 1]!.end + 1) continue;
    // "Facebook-owned WhatsApp", "TikTok-like Zeta": a name that is only the first part of a hyphenated word qualifies the next (stop 58's readers).
    if (!head.surface.endsWith(tokens[head.last - 1]!.text)) continue;
    const label = `${head.surface} ${tail.surface}`;
    mentions.push(withChanges(mentionOver(tokens, head.first, tail.last, { key: keyOfName(label), label, type: head.type }, 'rule', label), { ...(head.owner && { owner: head.owner }) }));
  }
  // "Mac App Store", "its Zen App Store": a name right before a store's known name is that store's (stop 65's first bans sample:
  // "Mac" was read as a thing its owner made, "Zen" as a product of its own).
  for (const store of known) {
    if (store.source !== 'lexicon' || store.type !== 'product' || !store.label.endsWith(' Store') || store.first === 0) continue;
    const before = tokens[store.first - 1]!;
    const head = known.find((m) => m.first === store.first - 1 && m.last === store.first && m.type === 'product');
    // "Apple Removes Zapp From App Store": a headline's capitalised small word is no name.
    if (before.end + 1 !== tokens[store.first]!.start || !before.capitalized || FUNCTION_WORDS.has(before.lower) || (!head && (covered[store.first - 1] || !isNameToken(before)))) continue;
    const label = surfaceOf(tokens, store.first - 1, store.last);
    mentions.push(mentionOver(tokens, store.first - 1, store.last, { key: keyOfName(label), label, type: 'product' }, 'rule', label));
    covered.fill(1, store.first - 1, store.last);
  }
  // "GeForce RTX 5090", "GeForce RTX chips": an acronym the lexicon knows as another name ("RTX", a defence
  // firm), between a product's name and a model number or a product's kind, is part of the product's name.
  for (const head of known) {
    if (head.source !== 'lexicon' || (head.type !== 'product' && head.type !== 'model')) continue;
    const tail = known.find((m) => m.first === head.last && m.last === head.last + 1 && /^\p{Lu}{2,}$/u.test(tokens[m.first]!.text));
    const next = tail && tokens[tail.last];
    if (!tail || !next || next.start !== tokens[tail.first]!.end + 1 || tokens[tail.first]!.start !== tokens[head.last - 1]!.end + 1) continue;
    const code = /^\p{N}[\p{N}\p{L}]*$/u.test(next.text);
    if (!code && CUE_NOUNS.get(next.lower) !== 'product') continue;
    const last = code ? tail.last + 1 : tail.last;
    const label = surfaceOf(tokens, head.first, last);
    mentions.push(withChanges(mentionOver(tokens, head.first, last, { key: keyOfName(label), label, type: head.type }, 'rule', label), { ...(head.owner && { owner: head.owner }) }));
    covered.fill(1, head.first, last);
  }
}

/**
 * The key of a name no lexicon surface matched. A name whose key is a lexicon entry's although it is written otherwise
 * ("Palm", the handheld maker, against the model "PaLM") is another entity: the lexicon matches its names as written
 * (stop 58's readers: "Palm" was read as the model).
 */
function unlistedKey(label: string, lexicon: Lexicon): string {
  const key = keyOfName(label);
  return lexicon.get(key) === undefined ? key : `${key}-unlisted`;
}

/**
 * "the 737 Max 9", "its 777 Freighter": a tier word opening a name after a model number (three or four digits, not a year)
 * names a product with the number ("Max 9" alone named nothing the readers wrote; stop 51).
 */
function withModelNumber(m: SentenceMention, tokens: readonly Token[], covered: Uint8Array): SentenceMention {
  const number = tokens[m.first - 1];
  if (m.source === 'lexicon' || !TIER_WORDS.has(tokens[m.first]!.text) || !number || covered[m.first - 1] || !/^\d{3,4}$/.test(number.text) || YEAR.test(number.text) || number.end + 1 !== tokens[m.first]!.start) return m;
  const label = surfaceOf(tokens, m.first - 1, m.last);
  return mentionOver(tokens, m.first - 1, m.last, { key: keyOfName(label), label, type: 'product' }, 'rule');
}

/** Nouns of a news outlet, before its name: "news website Zembla Report". */
const OUTLET_NOUNS: ReadonlySet<string> = new Set(['website', 'site', 'blog', 'outlet', 'portal', 'newspaper', 'magazine', 'newsletter', 'publication']);

/** What endBeforeInstrument returns for a run that is an instrument's name, no entity's. */
const WHOLE_INSTRUMENT = -1;

/**
 * The end of the run from `i` to `end` before the instrument it names, if any (`end` itself when it names none), or
 * WHOLE_INSTRUMENT when the run is the instrument's name, not a body's before it. In a function of its own, called for
 * every run: its rare branches, first taken mid-corpus, then de-optimise only this small function, not name finding.
 */
function endBeforeInstrument(tokens: readonly Token[], i: number, end: number, learned: Map<string, LearnedName>): number {
  const outletNamed = i > 0 && OUTLET_NOUNS.has(tokens[i - 1]!.lower) && tokens[end - 1]?.text === 'Report';
  const instrument = outletNamed ? -1 : instrumentIn(tokens, i, end);
  if (instrument < 0) return opensJoinedLawTitle(tokens, i, end) ? WHOLE_INSTRUMENT : end;
  const kept = i + instrument;
  const body = kept - i > 1 && textsOf(tokens, i, kept).some((w) => GOVERNMENT_HEADS.has(w));
  if (body) return kept;
  // "the Federal Acquisition Regulation (FAR)": its acronym names no entity either.
  const acronym = definedAcronym(tokens, end);
  if (acronym) learned.set(acronym, { key: '', label: acronym, type: 'organization', instrument: true });
  return WHOLE_INSTRUMENT;
}

/**
 * "the Digital Services and Markets Act", "the Online Safety and Media Act": a run of capitals followed by "and" and a short
 * run that ends in a law's title word is the first half of one law's title, no name (a fresh sample of real news, helper fp83:
 * "Digital Services" restricted a firm). A run holding an acronym ("US and Zembla Trade Act") or a body's head keeps its reading.
 */
function opensJoinedLawTitle(tokens: readonly Token[], from: number, end: number): boolean {
  if (tokens[end]?.text !== 'and') return false;
  for (let k = from; k < end; k++) if (/^\p{Lu}{2,}$/u.test(tokens[k]!.text) || GOVERNMENT_HEADS.has(tokens[k]!.text)) return false;
  for (let k = end + 1; k < tokens.length && k <= end + 4; k++) {
    const token = tokens[k]!;
    if (!token.capitalized) return false;
    if (LAW_TITLES.has(token.text)) return !tokens[k + 1]?.capitalized;
  }
  return false;
}

/** Nouns of a law an apposition gives a framework: "the Qorvan Framework, a law passed by …", "…, a set of rules adopted by …". */
const LAW_APPOSITION_NOUNS: ReadonlySet<string> = new Set(['law', 'laws', 'rule', 'rules', 'regulation', 'regulations', 'legislation', 'act', 'bill', 'directive', 'treaty', 'statute', 'decree', 'ordinance', 'policy', 'guidelines', 'code']);
/** Words that end an apposition's head noun phrase: prepositions and relatives ("a law passed by", "a set of rules that"). */
const LAW_APPOSITION_HEAD_ENDS: ReadonlySet<string> = new Set(['of', 'for', 'by', 'in', 'on', 'to', 'with', 'from', 'that', 'which', 'under', 'and', 'or']);
/** Nouns of a quantity whose "of" phrase holds the head: "a set of rules", "a body of law", "a package of regulations". */
const QUANTITY_HEADS: ReadonlySet<string> = new Set(['set', 'body', 'package', 'series', 'group', 'bundle', 'collection']);
/** Law nouns that are a law only with "of" or "by" or a participle after them: "a code of conduct", not "a code library" (review rr90c). */
const LAW_HEADS_NEEDING_TAIL: ReadonlySet<string> = new Set(['code', 'policy']);
/**
 * Whether the words from `at` set off, after a comma, an apposition that calls the name before a law (review rr90): its head noun,
 * the last before a preposition, a participle or the end, is a law's ("a law passed by", not "a rules engine": review rr90c).
 */
function apposedAsLaw(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== ',') return false;
  let head: string | undefined;
  let k = at + 1;
  for (; k < at + 8 && /^\p{Ll}/u.test(tokens[k]?.text ?? ''); k++) {
    const word = tokens[k]!.lower;
    if (word === 'of' && head !== undefined && QUANTITY_HEADS.has(head)) { head = undefined; continue; }
    if (LAW_APPOSITION_HEAD_ENDS.has(word) || (head !== undefined && LAW_APPOSITION_NOUNS.has(head) && /^\p{Ll}+(?:ed|en|ing)$/u.test(word))) break;
    head = word;
  }
  if (head === undefined || !LAW_APPOSITION_NOUNS.has(head)) return false;
  return !LAW_HEADS_NEEDING_TAIL.has(head) || /^(?:of|by)$/.test(tokens[k]?.lower ?? '') || /^\p{Ll}+(?:ed|en)$/u.test(tokens[k]?.text ?? '');
}

/**
 * Where in the capitalised run [from, end] (the word after it included) an instrument word
 * stands, relative to `from`; -1 for none. It counts when it ends the name, when only numbers
 * follow it ("Directive 17-01"), or when it opens "Declaration of …".
 */
function instrumentIn(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from; k <= end && k < tokens.length; k++) {
    // "Mobile World Congress", "the World Congress of …": a trade fair or a meeting, named like a body, is no entity either.
    if (tokens[k]!.text === 'Congress' && k > from && tokens[k - 1]!.text === 'World') return 0;
    if (!INSTRUMENTS.has(tokens[k]!.text)) continue;
    // "the Qorva Framework, developed by Zenco", "Zenco's Qorvanet Framework": a framework named by coined words only is software, no
    // law's (helper nm90, from a fresh sample of real news: the name and its maker were lost); "the Cyber Security Framework" stays one.
    const named = tokens[from]!.text === 'The' ? from + 1 : from;
    if (tokens[k]!.text === 'Framework' && k > named && textsOf(tokens, named, k).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isCoinedWord(w.toLowerCase())) && !apposedAsLaw(tokens, k + 1)) continue;
    if (k === from) {
      // "the Order", "Declaration of …"
      if (tokens[from + 1]?.text === 'of' || end === from + 1) return 0;
      continue;
    }
    let numbersOnly = true;
    for (let n = k + 1; n < end && numbersOnly; n++) numbersOnly = /\d/.test(tokens[n]!.text);
    if (numbersOnly) return k - from;
  }
  return -1;
}

/**
 * Whether a run of capitals starts a member of a list of names after a comma: "…, Qilin Quantum,
 * Hefei Photonics and Guoyao Quantum" (the member before ends in a name or a legal suffix).
 */
function followsListedName(tokens: readonly Token[], from: number, known: readonly SentenceMention[]): boolean {
  // A place opening the member ("…, Shenzhen Boran Microelectronics and …") is part of it.
  const start = known.find((m) => m.last === from && m.type === 'place')?.first ?? from;
  if (tokens[start - 1]?.text !== ',') return false;
  const before = tokens[start - 2];
  if (!before) return false;
  return before.capitalized || (before.text === '.' && (tokens[start - 3]?.capitalized ?? false)) || known.some((m) => m.last === start - 1);
}

/**
 * "Hefei Photonics": a city or province followed by a name nothing else types, with nothing that
 * makes the place a place of something else ("the Shenzhen government", "Hefei in May"): one
 * firm's name. A name the article or the lexicon already knows stays apart ("Beijing Baidu").
 */
function opensFirmName(tokens: readonly Token[], place: SentenceMention, start: number, end: number, learned: ReadonlyMap<string, LearnedName>, lexicon: Lexicon): boolean {
  const words = textsOf(tokens, start, end);
  if (words.some((w) => GOVERNMENT_HEADS.has(w) || PERSON_TITLES.has(w) || NOT_NAMES.has(w) || NOT_NAMES_ALONE.has(w))) return false;
  if (learned.has(words.join(' ')) || lexicon.longestMatch(words, 0)) return false;
  // "in Shenzhen Monday" is no name either: the place stands after a locating word.
  return !/^(?:in|at|from|near|to)$/i.test(tokens[place.first - 1]?.text ?? '');
}

/** A name of two fields joined by "and" closed by an organisation's head: "Media and Press Union", "Film and Television Federation". */
function joinsFieldsInName(words: readonly string[]): boolean {
  const and = words.indexOf('and');
  return and > 0 && and < words.length - 2 && FIELD_WORDS.has(words[and - 1]!) && FIELD_WORDS.has(words[and + 1]!) && ORGANISATION_ENDS.has(words[words.length - 1]!);
}

/** A name that ends like a company's or an institution's ("… Technology Co.", "… Fund"). */
function isOrganisationName(words: readonly string[]): boolean {
  const last = words[words.length - 1]!;
  return COMPANY_SUFFIXES.has(last) || LEGAL_WORDS.has(last.replace(/\.$/, '')) || ORGANISATION_WORDS.has(last);
}

/** Compass and position words that open a region's adjective ("Southeast Asian", "Middle Eastern", "Latin American"). */
const REGION_OPENERS = new Set('North South East West Northeast Northwest Southeast Southwest Northern Southern Eastern Western Central Latin Middle Sub-Saharan'.split(' '));
/** A region's adjective closing those words. */
const REGION_ADJECTIVES = new Set('Asian European African American Arab Eastern Pacific Nordic Baltic Balkan Caribbean Mediterranean Saharan'.split(' '));

/** Whether the words are compass words closed by a region's adjective, naming no one ("Southeast Asian", "Central European"). */
function isRegionAdjective(texts: readonly string[]): boolean {
  return texts.length >= 2 && REGION_ADJECTIVES.has(texts[texts.length - 1]!) && texts.slice(0, -1).every((w) => REGION_OPENERS.has(w));
}

/** The texts of tokens[from, to). */
function textsOf(tokens: readonly Token[], from: number, to: number): string[] {
  return textsOfTokens(tokens, from, to);
}

/** Makers' nouns as a Title Case headline writes them: "Zapp Maker Vexa", "Zeta Owner Qorva". */
const MAKER_HEADS: ReadonlySet<string> = new Set(['Maker', 'Makers', 'Developer', 'Creator', 'Owner', 'Parent', 'Manufacturer', 'Publisher']);

/** Firms' nouns a headline puts after a maker's noun: "Zenco Parent Company Zorvex". */
const FIRM_NOUNS_AFTER_HEAD: ReadonlySet<string> = new Set(['Company', 'Firm', 'Group']);
/** Coined-looking words that make a maker's noun the name of an event: "Qorva Maker Faire". */
const EVENT_WORDS: ReadonlySet<string> = new Set(['Faire', 'Con', 'Fest']);

/**
 * A Title Case run [start, end) with a rival's or maker's noun inside: the coined words right before it (at most three, the run's
 * verb left out: "Qorva Buys Zapp") and right after it ("Qorva" of "Qorva Raises") are names, as "Zenco rival Qorva" mid-sentence.
 * Undefined when there is no such noun, or no coined name after it ("Zenco Rival Games Raises" names no rival).
 */
function namesBesideRelationNoun(tokens: readonly Token[], start: number, end: number): [number, number][] | undefined {
  let head = -1;
  // "GPU Maker Zenco Rivals Qorva": the noun opens the run when the kind before it is no name's word (NOT_NAMES trimmed "GPU").
  for (let k = start; k < end - 1; k++) {
    if (RIVAL_HEADS.has(tokens[k]!.text) || MAKER_HEADS.has(tokens[k]!.text)) {
      head = k;
      break;
    }
  }
  if (head < 0) return undefined;
  let from = head;
  while (from > start && head - from < 3 && isCoinedRun(tokens, from - 1, from)) from--;
  // "Zenco Parent Company Zorvex": the maker's noun may take a firm's noun after it.
  const after = FIRM_NOUNS_AFTER_HEAD.has(tokens[head + 1]!.text) ? head + 2 : head + 1;
  let to = after;
  while (to < end && to - after < 3 && isCoinedRun(tokens, to, to + 1)) to++;
  if (to === after || EVENT_WORDS.has(tokens[after]!.text)) return undefined;
  return from < head ? [[from, head], [after, to]] : [[after, to]];
}

/**
 * The parted names with the coined run across the headline's verb on either side: "Qorva" of "Qorva Buys Zapp Maker Vexa", "Lumora"
 * of "Zenco Rival Qorva Buys Lumora" (the run is read once, so a name the parting left out would be lost).
 */
function withCoinedEnds(tokens: readonly Token[], start: number, end: number, parted: readonly [number, number][]): [number, number][] {
  const spans = [...parted];
  const first = parted[0]![0];
  let lead = start;
  while (lead < first && isCoinedRun(tokens, lead, lead + 1)) lead++;
  if (lead > start && lead < first && first - lead <= 2) spans.unshift([start, lead]);
  const last = parted[parted.length - 1]![1];
  let verb = last;
  while (verb < end && verb - last < 2 && !isCoinedRun(tokens, verb, verb + 1)) verb++;
  let tail = verb;
  while (tail < end && tail - verb < 3 && isCoinedRun(tokens, tail, tail + 1)) tail++;
  if (verb > last && tail > verb) spans.push([verb, tail]);
  return spans;
}

/** Whether `word` is written as a name ("Mary") and the tagger knows it as a person's first name. */
function isTaggedFirstName(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && nlp(word).has('#FirstName');
}

/**
 * Whether the name `tokens[start, end)` is two or three words opening with a first name the tagger knows ("Mary Jones received
 * clearance for its Qorva system"): a person's shape, which a firm's deed in the sentence does not make a firm (the full suite caught it).
 */
function opensWithGivenName(tokens: readonly Token[], start: number, end: number): boolean {
  const first = tokens[start];
  return end - start >= 2 && end - start <= 3 && first !== undefined && isTaggedFirstName(first.text);
}

/** Whether the token before `first` is a person's first name the tagger knows, written right before it ("Tom Ford"). */
function isGivenNameBefore(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  return before !== undefined && before.capitalized && before.end + 1 === tokens[first]!.start && isTaggedFirstName(before.text);
}

/** Rivals' nouns as a Title Case headline writes them, which never continue a maker's name: "Uber Rival Taxify". */
const RIVAL_HEADS: ReadonlySet<string> = new Set([...RIVAL_HEAD_WORDS.map((w) => w.replace(/(^|-)\p{Ll}/gu, (c) => c.toUpperCase())), 'Rivals', 'Competitors']);

/**
 * "Samsung Gauss", "Instagram Reels", "Hunyuan T1": a short unknown name written right after
 * a company's, product's or model's name is one of its products or models (and the company is
 * its developer);
 * "DeepSeek Artificial Intelligence Co." is the company itself.
 */
function compoundName(tokens: readonly Token[], start: number, end: number, known: readonly SentenceMention[], learned: ReadonlyMap<string, LearnedName>, lexicon: Lexicon): SentenceMention | undefined {
  const head = known.find((m) => m.last === start && m.source === 'lexicon' && (m.type === 'company' || m.type === 'product' || m.type === 'model'));
  if (!head || end - start > 5 || tokens[start]!.start > tokens[start - 1]!.end + 1) return undefined;
  // "the Zenco-owned Zeta", "the TikTok-like Zeta": a name that is only the first part of a hyphenated word qualifies the next name, it does not open it.
  if (head.surface !== tokens[head.last - 1]!.text && tokens[head.last - 1]!.text.includes('-')) return undefined;
  // "Sources told Reuters Zenco had been …", "told Bloomberg News Qorva was …": the one told is an outlet spoken to, and the name
  // after it opens the reported clause; it is no product of the outlet's (stop 89's round-3 sample on names).
  if (head.type === 'company' && INTERVIEW_VERBS.has(tokens[tokens[head.first - 1]?.lower === 'the' ? head.first - 2 : head.first - 1]?.lower ?? '')) return undefined;
  // "Tom Ford Beauty", "Ralph Lauren Fragrances": a person's first name right before a firm's name makes the firm's name a surname,
  // and the whole run the person's label, a brand of its own, no product of the firm (helper fpd95, from pnm95's round: Ford made "Ford Beauty").
  if (head.type === 'company' && head.last - head.first === 1 && end - start <= 2 && isGivenNameBefore(tokens, head.first)) {
    const label = surfaceOf(tokens, head.first - 1, end);
    return mentionOver(tokens, head.first - 1, end, { key: keyOfName(label), label, type: 'product' }, 'rule', label);
  }
  // "named after Claude Shannon": a person, not Claude's product.
  if (/^(?:after|honou?r)$/i.test(tokens[head.first - 1]?.text ?? '') && /^(?:named|of)$/i.test(tokens[head.first - 2]?.text ?? '')) return undefined;
  const run = textsOf(tokens, start, end);
  // "Uber Rival Taxify", "Zenco Competitor Qorva": in a headline a rival's noun between two names sets them apart (stop 58's readers).
  if (RIVAL_HEADS.has(run[0]!)) return undefined;
  // "Kia EV Day", "the Zenco Developer Summit": a firm's gathering, no product of its (hosted-event-names.ts).
  // A product's kind after it keeps it a product ("the Zenco Week app").
  if (head.type === 'company' && endsOnGathering(run) && CUE_NOUNS.get(tokens[end]?.lower ?? '') !== 'product') return undefined;
  // "Zenco Training and Inference Accelerator (ZTIA)": a longer run, "and" included, is the maker's product when its short form
  // spells the whole name.
  const spelled = tokens[end]?.text === '(' && tokens[end + 2]?.text === ')' && spellsInitials(tokens[end + 1]!.text, [...head.surface.split(' '), ...run]);
  if (run.some((w) => PERSON_TITLES.has(w) || GOVERNMENT_HEADS.has(w) || (CONNECTORS.has(w) && !spelled)) || (run.every((w) => NOT_NAMES.has(w)) && !(run.length === 1 && (REALITY_TIERS.has(run[0]!) || (head.type === 'company' && (BUSINESS_WORDS.has(run[0]!) || aiUnitOfFirm(tokens, head.first, end))))))) return undefined;
  // "China Unicom Americas": a regional subsidiary; "Baidu Global Business Unit": a unit; "Zenco
  // Energy Solution", "Zenco Chem": a line of business. Companies of their own, not products.
  // "the Zenco Vista Display glasses": a product's kind after the run makes it a product after all.
  const productAfter = CUE_NOUNS.get(tokens[end]?.lower ?? '') === 'product';
  // "Tata Sons", "Zenco Brothers": a family's or a partnership's word alone after a known firm's name closes a firm's name too
  // (helper and96: "Tata Sons" was read as the group's product).
  const familyFirm = run.length === 1 && PARTNERSHIP_TAILS.has(run[0]!);
  if (head.type === 'company' && (run.every((w) => REGION_WORDS.has(w)) || run.some((w) => UNIT_WORDS.has(w)) || MANAGER_ARM.test(run.join(' ')) || familyFirm || (BUSINESS_WORDS.has(run[run.length - 1]!) && !productAfter))) {
    // "Raytheon Missiles and Defense", "BAE Systems Land & Armaments": a second line of business after "and" is the same division's.
    const last = /^(?:and|&)$/.test(tokens[end]?.text ?? '') && BUSINESS_WORDS.has(tokens[end + 1]?.text ?? '') && BUSINESS_WORDS.has(run[run.length - 1]!) ? end + 2 : end;
    const label = surfaceOf(tokens, head.first, last);
    return mentionOver(tokens, head.first, last, { key: subsidiaryKey(label), label, type: 'company' }, 'rule');
  }
  // "Zenco Document Solutions America": a firm's last word and a region after a known firm's name close its regional arm, a
  // company of its own (stop 91, from set 81: the region was read as the United States).
  if (head.type === 'company' && run.length >= 2 && REGIONAL_ARM_WORDS.has(run[run.length - 1]!) && FIRM_LAST_WORDS.has(run[run.length - 2]!)) {
    const label = surfaceOf(tokens, head.first, end);
    return mentionOver(tokens, head.first, end, { key: subsidiaryKey(label), label, type: 'company' }, 'rule');
  }
  // "In 2016 Zenco Koki bought Qorva", "Zenco Koki, the tools arm of …", "tools made by Zenco Koki": a compound the sentence shows
  // acting as a firm is a company of its own, no product of the group whose name opens it (helper fpx96, from set 93).
  if (head.type === 'company' && !productAfter && !spelled && actsAsFirm(tokens, head.first, end)) {
    const label = surfaceOf(tokens, head.first, end);
    return mentionOver(tokens, head.first, end, { key: subsidiaryKey(label), label, type: 'company' }, 'rule');
  }
  // "Zenco Capital Management" after the known "Zenco Capital": the firm's long form, the same firm (helper fpz94, fresh sample s91f).
  const longForm = head.type === 'company' && run.length === 1 && LONG_FORM_CLOSERS.has(run[0]!) && INVESTOR_NAME_END.test(head.surface);
  const organisation = longForm || COMPANY_SUFFIXES.has(run[run.length - 1]!) || run.some((w) => ORGANISATION_WORDS.has(w));
  // "DeepSeek Artificial Intelligence Co." is the company's full name, not one of its products;
  // after a model or product one such word names a member of its line ("Zeta Robotics").
  const memberOfLine = head.type !== 'company' && run.length === 1 && !LEGAL_WORDS.has(run[0]!.replace(/\.$/, ''));
  if (organisation && !memberOfLine) return head.type === 'company' ? mentionOver(tokens, head.first, end, head, 'rule') : undefined;
  // "the Zenco X Vela Grip D tire": a longer model name is the maker's when the product's kind closes it (helper prd97), or when it has
  // a model name's shape ("Zenco Vela Buds 3 Pro": model-shaped-runs.ts; helper xlaunch).
  // "Huawei Watch GT 3 Series is …": so is one of a device's head, tiers and codes alone (device-model-runs.ts; helper nmgen).
  if (
    end - start > 2 &&
    !spelled &&
    !(head.type === 'company' && ((end - start <= 4 && (kindClosesRun(tokens, end) || isModelShapedRun(run)) && fitsModelRun(run)) || isDeviceModelRun(run)))
  )
    return undefined;
  // "Zenco Radiant Lumen" after "Zenco Lumen": the maker's line under an older brand word is the same line.
  const line = end - start === 2 && head.type === 'company' ? productLine(head.surface, tokens[end - 1]!.text, learned, lexicon) : undefined;
  if (line) return withChanges(mentionOver(tokens, head.first, end, line, 'rule'), { owner: head.key });
  const label = `${head.surface} ${surfaceOf(tokens, start, end)}`;
  const isModel = head.type === 'model' || /^models?$/i.test(tokens[end]?.text ?? '');
  const entity = { key: keyOfName(label), label, type: isModel ? ('model' as const) : ('product' as const) };
  // "Zorin Pavka … the AP Zeta": a short acronym that is only an alias of the lexicon's firm, when a firm the article named spells it,
  // is that firm's short name, and the lexicon's firm makes nothing here (stop 90's eightieth set: a news agency made a watch); "the
  // AP Stylebook" and "LG Gram" alone keep their maker.
  // Not when the acronym stands alone in the sentence as a firm's name ("LG makes the LG Gram laptop" after "Lumo Group …": two firms may
  // share initials, and the one acting is the lexicon's; review rr90e).
  const acronymAlias = /^\p{Lu}{2,3}$/u.test(head.surface) && head.label !== head.surface && [...learned.values()].some((n) => n.type === 'company' && n.key !== head.key && initialsOf(n.label) === head.surface) && !acronymStandsAlone(tokens, head);
  return withChanges(mentionOver(tokens, head.first, end, entity, 'rule', label), { ...(head.type === 'company' && !acronymAlias && { owner: head.key }) });
}

/** Verbs of speaking to someone, whose object is the one told: "told Reuters", "tells the Zembla Times". */
const INTERVIEW_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'telling']);
/** A newspaper's or a broadcaster's title word, which ends an outlet's name after a verb of telling: "told the Zembla Times". */
const OUTLET_TITLE_WORDS: ReadonlySet<string> = new Set<string>([...NEWSPAPER_TITLE_WORDS, 'Post', 'News']);

/** Whether the run [start, end) stands right before or after a "vs" ("vs.", "versus"). */
function besideVs(tokens: readonly Token[], start: number, end: number): boolean {
  return isVsWord(tokens[end]) || afterVs(tokens, start);
}

/** Whether the token at `at` comes right after a "vs" or "vs." */
function afterVs(tokens: readonly Token[], at: number): boolean {
  return isVsWord(tokens[at - 1]) || (tokens[at - 1]?.text === '.' && isVsWord(tokens[at - 2]));
}

const isVsWord = (t: Token | undefined): boolean => isVs(t?.lower);

/** A title may open at `at`: right after a possessive ("Qorva's Zorgs vs. Blips") or a work's kind ("the game Zorgs vs. Blips"). */
function titleOpensAt(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  // "banned Zorgs vs. Blips", "removed Plants vs. Zombies Heroes": what is banned or removed is one work, no comparison (stop 75, from
  // stop 74's last bans samples: such titles became two rivals).
  // "Zenco published Rooster Teeth vs. Zombies": what a firm publishes or releases is one work too, when no noun follows it ("released
  // Zeta vs. Qorva benchmark results" compares; stop 78, from stop 77's last bans samples and its review).
  return before !== undefined && (isPossessive(before) || WORK_NOUNS.has(before.lower) || before.lower === 'shooter' || TAKEN_DOWN_VERBS.has(before.lower) || (PUBLISHED_VERBS.has(before.lower) && !COMPARISON_NOUNS.has(tokens[vsRunEnd(tokens, at)]?.lower ?? '')));
}

/** Where a run of name words and "vs." from `at` ends. */
function vsRunEnd(tokens: readonly Token[], at: number): number {
  let k = at;
  while (tokens[k] && (isNameToken(tokens[k]!) || isVsWord(tokens[k]!) || (tokens[k]!.text === '.' && isVsWord(tokens[k - 1]!)))) k++;
  return k;
}

/** Verbs whose object a "vs" inside is a title's: a comparison is not banned or removed. */
const TAKEN_DOWN_VERBS: ReadonlySet<string> = new Set(['banned', 'bans', 'ban', 'removed', 'removes', 'remove', 'pulled', 'pulls', 'blocked', 'blocks', 'delisted', 'delists', 'prohibited', 'censored']);
/** A region's bodies after a people's adjective: "the Catalan government", "Kurdish authorities". */
const REGIONAL_BODY_WORDS: ReadonlySet<string> = new Set(['government', 'parliament', 'police', 'authorities', 'authority', 'court', 'courts', 'administration', 'cabinet', 'council', 'ministry', 'regional']);
/** Verbs whose object a "vs" inside is a title's: a comparison is not published or released. */
const PUBLISHED_VERBS: ReadonlySet<string> = new Set(['published', 'publishes', 'released', 'releases', 'developed', 'develops']);

/**
 * "Zorgs vs. Blips, a popular game, …", "Zorgs vs. Blips was banned": after the "vs" at `at`, a name set off by a work's description,
 * or one that a singular passive bans or removes, is one title.
 */
function vsTitleIsOneWork(tokens: readonly Token[], at: number, covered: Uint8Array): boolean {
  let k = tokens[at + 1]?.text === '.' ? at + 2 : at + 1;
  while (tokens[k] && !covered[k] && isNameToken(tokens[k]!)) k++;
  const participle = tokens[k]?.lower === 'has' && tokens[k + 1]?.lower === 'been' ? k + 2 : tokens[k]?.lower === 'was' || tokens[k]?.lower === 'is' ? k + 1 : -1;
  if (participle > 0 && TAKEN_DOWN_VERBS.has(tokens[participle]?.lower ?? '')) return true;
  if (tokens[k]?.text !== ',' || !/^(?:a|an|the)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  for (let j = k + 2; j < k + 6 && tokens[j]; j++) if (WORK_NOUNS.has(tokens[j]!.lower)) return true;
  return false;
}

/** After the "vs" at `at`: a name, whose last word has no possessive after it ("Zeta vs. Zenco's Vela" sets two things apart). */
function vsTitleGoesOn(tokens: readonly Token[], at: number, covered: Uint8Array): boolean {
  let k = tokens[at + 1]?.text === '.' ? at + 2 : at + 1;
  if (!tokens[k] || covered[k] || !isNameToken(tokens[k]!)) return false;
  while (tokens[k + 1] && !covered[k + 1] && isNameToken(tokens[k + 1]!)) k++;
  return !tokens[k + 1] || !isPossessive(tokens[k + 1]!);
}

/** Prepositions a Title Case headline capitalises ("… Over Drone Parts", "… Amid Probe"). */
const HEADLINE_PREPOSITIONS = new Set(['Over', 'Amid', 'With', 'From', 'Into', 'Onto', 'Under', 'After', 'About', 'Across', 'Against', 'Upon', 'Toward', 'Towards', 'For', 'In', 'On', 'To', 'At', 'By', 'Of', 'Off', 'As']);

/**
 * A headline's words after a cause's preposition written in lower case ("… Chinese Firms over Drone Manufacturing"): why, never
 * whom; the preposition no longer stands inside the run, which HEADLINE_PREPOSITIONS reads (helper hdl95).
 */
const CAUSE_PREPOSITIONS: ReadonlySet<string> = new Set(['over', 'amid', 'after', 'about', 'despite', 'following']);

/** A short run ending in a firm's trade word, none of it a preposition nor after a cause's: "Zenco Trading", "Qorva Precision Machinery". */
function isHeadlineFirm(tokens: readonly Token[], start: number, end: number): boolean {
  return end - start >= 2 && end - start <= 3 && HEADLINE_FIRM_TAILS.has(tokens[end - 1]!.text) && !textsOf(tokens, start, end).some((w) => HEADLINE_PREPOSITIONS.has(w)) && !CAUSE_PREPOSITIONS.has(tokens[start - 1]?.lower ?? '');
}

/** Where a headline's run ends when a firm ending in a trade word stands before a preposition; else `end`. */
function headlineFirmEnd(tokens: readonly Token[], start: number, end: number, learned: ReadonlyMap<string, LearnedName>): number {
  for (let k = start + 2; k < end && k <= start + 3; k++) if (HEADLINE_PREPOSITIONS.has(tokens[k]!.text) && isHeadlineFirm(tokens, start, k)) return k;
  // "Kenya Bans Zenco Chat Over Data Fears": a name the article teaches ends before the headline's preposition (stop 79's fresh samples).
  // Not when the article teaches a longer name through the preposition ("Zenco Chat For Business").
  const taughtLonger = (k: number): boolean => { for (let j = k + 1; j <= end && j <= start + 6; j++) if (learned.has(surfaceOf(tokens, start, j))) return true; return false; };
  for (let k = start + 1; k < end && k <= start + 4; k++) if (HEADLINE_PREPOSITIONS.has(tokens[k]!.text) && learned.has(surfaceOf(tokens, start, k)) && !taughtLonger(k)) return k;
  // "Ruritania Blocks Zapp Over Blasphemy": a coined name in the verb's object ends before the headline's preposition.
  for (let k = start + 1; k < end && k <= start + 3; k++) if (HEADLINE_PREPOSITIONS.has(tokens[k]!.text) && isCoinedRun(tokens, start, k) && inHeadlineObject(tokens, start)) return k;
  return end;
}

/** A ban's verbs written in capitals for emphasis. */
const SHOUTED_BAN_VERBS: ReadonlySet<string> = new Set(['BAN', 'BANS', 'BANNED', 'BANNING']);

/**
 * A ban's verb in capitals before a quoted title, or after "to" before a name: "to BAN 'Qorva'!", "to BAN Qorva Nights". Not "BAN"
 * as a body's acronym ("the BAN said", "sued by BAN over …": no quote follows, nor "to" before it). "Zembla BANS Qorva" stays unread.
 */
function isShoutedBanVerb(tokens: readonly Token[], i: number): boolean {
  if (!SHOUTED_BAN_VERBS.has(tokens[i]!.text)) return false;
  const next = tokens[i + 1];
  if (next === undefined) return false;
  const quoted = /^['‘"“]$/.test(next.text) && tokens[i + 2]?.capitalized === true;
  return quoted || (tokens[i - 1]?.lower === 'to' && next.capitalized);
}

/** A Title Case headline's auxiliaries before its participle: "'Qorva Epic' Has Been Banned in Zembla", "Qorva Is Now Banned …". */
// With modals and "Not", which the trigger's hedge and negation guards read ("'Qorva' Could Be Banned", "Has Not Been Banned").
const HEADLINE_AUXILIARIES: ReadonlySet<string> = new Set(['Has', 'Have', 'Had', 'Been', 'Be', 'Is', 'Are', 'Was', 'Were', 'Gets', 'Got', 'Now', 'Also', 'Officially', 'Not', 'Could', 'Would', 'May', 'Might', 'Will', 'Can', 'Should']);

/** Whether the run [start, end) holds a headline's auxiliaries only ("Has Been"). */
function onlyHeadlineAuxiliaries(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!HEADLINE_AUXILIARIES.has(tokens[k]!.text)) return false;
  return end > start;
}

/** Where a headline's run ends without the auxiliaries before a participle ("Zenco Has Been Banned": "Zenco"); else `end`. */
function withoutTrailingAuxiliaries(tokens: readonly Token[], start: number, end: number): number {
  let k = end;
  while (k - 1 > start && HEADLINE_AUXILIARIES.has(tokens[k - 1]!.text)) k--;
  return k < end && beforeHeadlineParticiple(tokens, k) ? k : end;
}

/**
 * Whether a headline's participle follows the run's end after a closing quote or auxiliaries only: "'Qorva Epic: Gods and Kings'
 * Has Been Banned in Zembla", "'Qorva' Banned in Zembla" (helper ttl93, from set 88's film bans: the quoted title was dropped and
 * "Has Been" read as the banned thing). Only the participles of HEADLINE_VERBS ending in "-ed": "Is Banned", never "Is Bans".
 */
function beforeHeadlineParticiple(tokens: readonly Token[], end: number): boolean {
  let k = end;
  if (k < tokens.length && /^['’"”]$/.test(tokens[k]!.text) && k > 0 && tokens[k]!.start === tokens[k - 1]!.end) k++;
  const first = k;
  while (k < tokens.length && k - first < 4 && HEADLINE_AUXILIARIES.has(tokens[k]!.text)) k++;
  return k > end && k < tokens.length && HEADLINE_VERBS.has(tokens[k]!.text) && tokens[k]!.text.endsWith('ed');
}

/** How far back a quoted run's opening quote or colon is looked for. */
const MAX_WORDS_BEFORE_RUN = 8;

/**
 * Whether a run closed by a quote lies in a quoted title: its opening quote or colon within reach, no pronoun of speech between. In
 * "'We Are Done' Banned in Zembla" the run "Are Done" left after the pronoun is no title (re-read rr93b: it was the banned thing). A
 * run closed by no quote passes.
 */
function wholeQuoteIfQuoted(tokens: readonly Token[], start: number, end: number): boolean {
  if (!/^['’"”]$/.test(tokens[end]?.text ?? '')) return true;
  // The title's own words may stand outside the run ("'Zenco: The Return'", "'Qorva Epic: Gods and Kings'"), but no pronoun of speech.
  for (let k = start - 1; k >= 0 && k >= start - MAX_WORDS_BEFORE_RUN; k--) {
    const text = tokens[k]!.text;
    if (/^['‘"“:]$/.test(text)) return true;
    if (SPEECH_PRONOUNS.has(text)) return false;
  }
  return false;
}

/**
 * Whether the run [start, end) names the actor before a headline's verb or a numbered thing
 * after it ("Zenco Unveils Zeta 5"). After the verb only a name with a model code or number is
 * surely one: Title Case capitalises "Record Profits" and "New Era Of Growth" alike.
 */
function besideHeadlineVerb(tokens: readonly Token[], start: number, end: number): boolean {
  if (HEADLINE_VERBS.has(tokens[end]?.text ?? '') || (beforeHeadlineParticiple(tokens, end) && wholeQuoteIfQuoted(tokens, start, end))) return true;
  const run = tokens.slice(start, end);
  if (HEADLINE_VERBS.has(tokens[start - 1]?.text ?? '') && run.some((t) => /\d/.test(t.text))) return true;
  // "Upbit Delists Wemix", "… Bans Zapp, Qorvago", "Delists Zenco's Wemix" (stop 57's readers): in the verb's object, a run of
  // coined words only is a name ("Bans Scooters" names none).
  // "Shuts Down Uber Rival Careem": a coined run after a rival's noun is the rival (stop 58's readers).
  return isCoinedRun(tokens, start, end) && (inHeadlineObject(tokens, start) || RIVAL_HEADS.has(tokens[start - 1]?.text ?? ''));
}

/** What a firm's ships, plants or trade carry or handle, after a cargo's acronym: "Qorva LNG carriers", "Zenco LPG terminals". */
const CARGO_KINDS: ReadonlySet<string> = new Set(['carrier', 'carriers', 'tanker', 'tankers', 'vessel', 'vessels', 'ship', 'ships', 'fleet', 'terminal', 'terminals', 'plant', 'plants', 'cargo', 'cargoes', 'shipments', 'imports', 'exports', 'business', 'unit', 'trucks']);

/**
 * "Qorva LNG carriers will ship gas", "Zenco LPG terminals": a run ending in a cargo's acronym before a kind of vessel, plant or
 * trade is the firm's name and what its ships carry when the firm without the acronym is a name the article taught
 * (a name the lexicon knows is found apart anyway) (a fresh sample of shipping news: the firm was read as "Qorva LNG"). A firm named so ("Qorva LNG signed …") stays whole.
 */
function endBeforeCargoKind(tokens: readonly Token[], i: number, end: number, learned: ReadonlyMap<string, LearnedName>): number {
  if (end - i < 2 || !CARGO_KINDS.has(tokens[end]?.lower ?? '') || !/^[A-Z]{2,4}$/.test(tokens[end - 1]!.text)) return end;
  return learned.get(surfaceOf(tokens, i, end - 1))?.type === 'company' ? end - 1 : end;
}

/**
 * Heads of an "X of Y" name that are a state's, a place's, a title's or a body's, never a firm's own coined name ("Duchy of Zembla",
 * "Isle of Zembla", "Tsar of Zembla"): English words the lexicon of common words leaves out.
 */
const OF_NAME_HEADS: ReadonlySet<string> = new Set([
  'Kingdom', 'Republic', 'Duchy', 'Principality', 'Emirate', 'Sultanate', 'Commonwealth', 'Federation', 'Union', 'Governorate', 'Canton',
  'Prefecture', 'Province', 'County', 'Town', 'Diocese', 'Archdiocese', 'Duke', 'Duchess', 'Earl', 'Prince', 'Princess', 'Emir', 'Sultan',
  'Tsar', 'Pope', 'Governor', 'Bishop', 'Archbishop', 'Crown', 'Army', 'Church', 'Temple', 'Museum', 'Statue', 'Palace', 'Castle', 'Tower',
  'Isle', 'Island', 'Sea', 'Gulf', 'Bay', 'Cape', 'Lake', 'River', 'Mount', 'Fort', 'Port', 'Harbor', 'Harbour', 'Heart', 'Shadow',
]);

/**
 * "Zenco of Winterthur", "Qorva of Basel": a firm's one coined word, "of" and one capitalised word after it are the firm and where
 * it is, not one name (a fresh sample of news on agrochemicals and banks: "Zenco of Winterthur" was a firm of its own). The mention
 * keeps its words, so that lists and patterns read it as before ("Zenco of Basel and Vexa of Bern"), but names the firm alone. The
 * whole stays the name where the article or the lexicon knows it, where the head is an English word ("Bank of Zembla", "League of
 * Legends"), a plural ("Tales of Zembla") or a state's, a place's or a title's ("Duchy of Zembla", "Isle of Zembla"), and where
 * the word after "of" reads as a plural ("League of Legends", "Guild of Makers": a title's, and the common-word lexicon misses
 * "league"; a place so spelt, "Zenco of Athens", keeps the whole name, as before).
 */
export function withoutFirmsPlace(m: SentenceMention, tokens: readonly Token[], learned: ReadonlyMap<string, LearnedName>, lexicon: Lexicon): SentenceMention {
  if (m.source !== 'unknown' || m.last - m.first !== 3 || tokens[m.first + 1]!.text !== 'of') return m;
  const head = tokens[m.first]!.text;
  // "Tales of Zembla", "Lords of Zembla": a plural head is a title's, whatever the lexicon of common words knows.
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(head) || head.endsWith('s') || OF_NAME_HEADS.has(head) || GOVERNMENT_HEADS.has(head) || INSTITUTION_HEADS.has(head) || !isCoinedWord(head.toLowerCase())) return m;
  if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[m.first + 2]!.text) || tokens[m.first + 2]!.text.endsWith('s') || learned.has(m.surface) || lexicon.longestMatch(textsOf(tokens, m.first, m.last), 0)?.length === 3) return m;
  return withChanges(m, { label: head, key: keyOfName(head) });
}

/**
 * A Title Case headline's run [start, end) cut at a kind word ("Game Zenco", "Messaging App Zenco", "Zenco App For Flouting Rules") or
 * after a bare verb opening it ("Pull Zenco App"), when what is left is a name the article taught (not only as a brand mid-sentence);
 * else the run.
 */
function learnedWithoutKind(tokens: readonly Token[], start: number, end: number, learned: ReadonlyMap<string, LearnedName>): [number, number] {
  const taught = (from: number, to: number): boolean => {
    if (to <= from) return false;
    const name = learned.get(surfaceOf(tokens, from, to));
    return name !== undefined && !name.midSentence;
  };
  // "Rival Bidders Qorva, Vexa Team Up …": Title Case glues ordinary words to a name the body taught ("Qorva Inc." in the body), even
  // when the headline's own first reading taught the glued run; a plain word at the run's edge that the body never writes with a
  // capital mid-sentence is no part of the name (helper typ97c). Not when the body writes the whole run as the start of a longer name
  // ("Hit Records Ltd competes …" under "Hit Records Rivals Sony Music"): the run is that name's, though its first word opened a
  // sentence (lead, stop 97: an older test).
  if (learned instanceof LearnedNames && end - start >= 2) {
    const ordinary = (k: number): boolean => isOrdinaryHeadlineWord(tokens[k]!, learned, learned.bodyCapitals);
    let from = start;
    let to = end;
    while (from < to - 1 && ordinary(from)) from++;
    while (to > from + 1 && ordinary(to - 1)) to--;
    if ((from > start || to < end) && taught(from, to) && !opensLongerTaughtName(tokens, start, end, learned)) return [from, to];
  }
  // "Google Removes App Annie From Play Store": a name that opens with a kind word is taught whole.
  if (taught(start, end)) return [start, end];
  // "Apple And Google Pull Zenco App …": after coordinated subjects a headline's verb has no -s, and Title Case joins it to the name;
  // it is cut off only when what is left is taught ("Boot Barn", "Hit Records" stay whole).
  if (end - start >= 2 && HEADLINE_VERBS.has(`${tokens[start]!.text}s`)) {
    if (taught(start + 1, end)) return [start + 1, end];
    const rest = learnedWithoutKind(tokens, start + 1, end, learned);
    if (rest[0] !== start + 1 || rest[1] !== end) return rest;
  }
  for (let k = start; k < end; k++) {
    // "Nelloru Systems", "Zenco Studios": a firm's last word is no kind of thing.
    if (!isMadeKind(tokens[k]!.lower) || COMPANY_SUFFIXES.has(tokens[k]!.text)) continue;
    if (taught(k + 1, end)) return [k + 1, end];
    if (taught(start, k)) return [start, k];
  }
  return [start, end];
}

/**
 * A Title Case headline's run [start, end) without the plain words opening it that the body never writes with a capital
 * mid-sentence ("Bidders" of "Rival Bidders Qorva"), when every word left is one the body writes capitalised there ("Shares in
 * Qorva Inc. fell"): Title Case glued them to the name (helper typ97c). A name the body writes whole ("Rival Foods") is kept.
 */
function withoutOrdinaryOpening(tokens: readonly Token[], start: number, end: number, learned: ReadonlyMap<string, LearnedName>): number {
  if (!(learned instanceof LearnedNames) || end - start < 2) return start;
  const body = learned.bodyCapitals;
  let from = start;
  while (from < end - 1 && isOrdinaryHeadlineWord(tokens[from]!, learned, body)) from++;
  if (from === start) return start;
  for (let k = from; k < end; k++) if (!body.has(tokens[k]!.text)) return start;
  // The scan of every taught name last, only when a cut would happen.
  return opensLongerTaughtName(tokens, start, end, learned) ? start : from;
}

/** Whether the article taught a longer name that the run [start, end) opens ("Hit Records Ltd" for the headline's "Hit Records"). */
function opensLongerTaughtName(tokens: readonly Token[], start: number, end: number, learned: ReadonlyMap<string, LearnedName>): boolean {
  const run = `${surfaceOf(tokens, start, end)} `;
  for (const name of learned.keys()) if (name.startsWith(run)) return true;
  return false;
}

/**
 * A plain capitalised word of a Title Case headline ("Bidders", not "iPhone" nor "OKX") that neither a name the article taught nor
 * the body's capitals make a name's word. (compromise's word list lacks plurals and many nouns, "bidders", "delivery": no test.)
 */
function isOrdinaryHeadlineWord(t: Token, learned: ReadonlyMap<string, LearnedName>, body: ReadonlySet<string>): boolean {
  // A legal form or a firm's word ends a name in any casing ("Australia Sanctions Zenco Ltd"): never a word Title Case glued on.
  return /^\p{Lu}\p{Ll}+$/u.test(t.text) && !learned.has(t.text) && !body.has(t.text) && !LEGAL_FORMS.has(t.text) && !COMPANY_SUFFIXES.has(t.text);
}

/** The coined runs a Title Case "And" or "&" joins inside [start, end), when there are two or more and every one is coined. */
function splitAtTitleAnd(tokens: readonly Token[], start: number, end: number): [number, number][] | undefined {
  const runs: [number, number][] = [];
  let from = start;
  for (let k = start; k <= end; k++) {
    if (k < end && tokens[k]!.text !== 'And' && tokens[k]!.text !== '&') continue;
    if (!isCoinedRun(tokens, from, k) || k === from) return undefined;
    runs.push([from, k]);
    from = k + 1;
  }
  return runs.length >= 2 ? runs : undefined;
}

/** A short run of words no English dictionary holds, nor a kind of made thing ("Zapp", "Wemix"; not "Scooters", "Apps"). */
function isCoinedRun(tokens: readonly Token[], start: number, end: number): boolean {
  return end - start <= 3 && tokens.slice(start, end).every((t) => isCoinedWord(t.lower) && !isMadeKind(t.lower) && !(t.lower.endsWith('s') && !isCoinedWord(t.lower.slice(0, -1))));
}

/** Whether `start` stands in a Title Case headline verb's object: right after the verb, or after coined names joined to it by ",", "And", "&" or "'s". */
function inHeadlineObject(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  for (let hops = 0; hops < 6 && k >= 0; hops++) {
    const w = tokens[k]!.text;
    if (HEADLINE_VERBS.has(w)) return true;
    if (!/^(?:,|And|and|&|['’]s)$/.test(w)) return false;
    let j = k - 1;
    while (j >= 0 && k - 1 - j < 3 && tokens[j]!.capitalized && !HEADLINE_VERBS.has(tokens[j]!.text) && isCoinedRun(tokens, j, j + 1)) j--;
    if (j === k - 1) return false;
    k = j;
  }
  return false;
}

// "48MP", "28nm", "120Hz", "5,000mAh", "2Gb": a measure before a product's name describes it, it starts no name (glued-measures.ts).
function isNameToken(t: Token): boolean {
  // Most tokens are in lower case: the cheap test first.
  if (!t.capitalized) return false;
  // "Zenband Vs Qring": a capitalised "Vs" parts two names.
  if (isVsWord(t) || HEADLINE_VERBS.has(t.text)) return false;
  // Plural acronyms ("GPUs", "GPGPUs", "LLMs") are kinds of things, not names; "Zenco-backed",
  // "U.S.-made" are modifiers, but a numbered release's tier is part of its name ("ZM-1-preview").
  // "the 500th Zeta Rover": an ordinal counts the thing, it is no part of its name (stop 62's makers readers).
  return !/^\p{N}+(?:st|nd|rd|th)?$/u.test(t.text) && !isGluedMeasure(t.text) && !(/-\p{Ll}+$/u.test(t.text) && !RELEASE_TIER.test(t.text)) && !(t.text.endsWith('s') && /^\p{Lu}{2,}s$/u.test(t.text)) && !isMonthAndYear(t.text);
}

/** Lower-case nouns after a state's name that make it the state's own body: "the Zembla government", "the Zembla authorities". */
const STATE_BODY_NOUNS: ReadonlySet<string> = new Set(['government', 'governments', 'authorities', 'administration', 'cabinet', 'regime']);

/**
 * Where a body's name ends when its run closes on "of the <State>" and a lower-case government's noun follows ("the Ministry of
 * Trade of the Zembla government"): at that "of", the state's name left to the government after it; `end` otherwise.
 */
function endBeforeGovernmentOf(tokens: readonly Token[], start: number, end: number): number {
  if (!STATE_BODY_NOUNS.has(tokens[end]?.text ?? '')) return end;
  for (let k = end - 2; k > start; k--) {
    // Only after "of the" ("the Bank of England government bond" keeps its name), the state's name capitalised ("the Republic of Zembla").
    if (tokens[k]!.text !== 'of' || tokens[k + 1]!.text !== 'the') continue;
    // Only a body's name ("the University of the Arts government programme" keeps its name).
    return k + 2 < end && tokens.slice(k + 2, end).every((t) => t.capitalized || t.text === 'of') && isBodyName(tokens, start, k) ? k : end;
  }
  return end;
}

/**
 * The state named right after the "of" at `of` ("Central Bank of Nigeria"), or after "the" ("Central Bank of the UAE", "Central
 * Bank of The Bahamas"; stop 73's samples: the bank was cut to "Central Bank" and the state read as a second actor, 13 false edges
 * in one). `place` also takes a region ("Commercial Bank of Africa").
 */
function stateAfterOf(tokens: readonly Token[], of: number, known: readonly SentenceMention[], place = false): SentenceMention | undefined {
  const at = /^(?:the|The)$/.test(tokens[of + 1]?.text ?? '') ? of + 2 : of + 1;
  return known.find((m) => m.first === at && (m.type === 'government' || (place && m.type === 'place')));
}

/** A web address: a host name and a common top-level domain, "zenco.org", "www.qorva.co.uk" (no file names: "report.pdf"). */
export const isWebAddress = (text: string): boolean => text.includes('.') && WEB_ADDRESS.test(text);
const WEB_ADDRESS = /^(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|io|info|biz|co|me|tv|ai|app|xyz|site|online|ru|su|cn|hk|tw|jp|kr|in|pk|bd|ir|tr|ua|by|kz|uz|vn|id|my|ph|th|sg|au|nz|uk|ie|de|fr|es|it|nl|be|ch|at|se|no|fi|dk|pl|cz|pt|gr|hu|ro|bg|eu|us|ca|mx|br|ar|za|ng|ke|eg|ma|il|sa|ae|to|ly|gg|cc|ws|tk|is)$/;

/** Words after "a PDA" that show the acronym ends its phrase (no noun follows it, as in "a ZTX phone"). */
const AFTER_KIND_ACRONYM: ReadonlySet<string> = new Set(['from', 'by', 'of', 'for', 'with', 'that', 'which', 'in', 'on', 'to', 'and', 'or', 'is', 'was', 'called', 'named', 'made', 'built', 'developed', 'designed', ',', '.', ';', ':', ')']);

/** "a PDA from …", "an SUV by …": an acronym alone after the indefinite article names a kind of thing, not one thing. */
function isKindAcronym(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower;
  const after = tokens[i + 1];
  return (before === 'a' || before === 'an') && /^\p{Lu}{2,5}s?$/u.test(tokens[i]!.text) && (after === undefined || AFTER_KIND_ACRONYM.has(after.lower));
}

/** "March-2025", "Dec-2024": a date written as one token. */
function isMonthAndYear(text: string): boolean {
  const dash = text.indexOf('-');
  return dash > 0 && MONTH_NAMES.has(text.slice(0, dash)) && /^\d{2,4}$/.test(text.slice(dash + 1));
}

/** The last words of a radio's or television's name that a number may open ("451 FM", "42 Zen HD"). */
const STATION_ENDS: ReadonlySet<string> = new Set(STATION_END_WORDS);

/**
 * Whether the number right before the name [start, end) is the station's own: a frequency or channel number of at most three digits
 * (no year), glued by one space to a name that ends in a station's word, with no plural kind after it ("2 TV channels").
 */
function opensWithStationNumber(tokens: readonly Token[], start: number, end: number, covered: Uint8Array): boolean {
  const number = tokens[start - 1];
  if (number === undefined || covered[start - 1] || !/^\d{1,3}(?:\.\d)?$/.test(number.text) || number.end + 1 !== tokens[start]!.start) return false;
  return STATION_ENDS.has(tokens[end - 1]!.text) && !/^\p{Ll}+s$/u.test(tokens[end]?.text ?? '');
}

/** The words after "and" or "&" that close a partnership's or a family firm's name ("Zenco and Partners", "Borin & Sons"). */
const PARTNERSHIP_TAILS: ReadonlySet<string> = new Set(['Partners', 'Son', 'Sons', 'Associates', 'Brothers', 'Daughters']);

/** Where the run of uncovered name words from token `from` ends (the side after a connector: ampersand-pairs.ts). */
function nameWordsEnd(tokens: readonly Token[], from: number, covered: Uint8Array): number {
  let to = from;
  while (to < tokens.length && !covered[to] && isNameToken(tokens[to]!) && !tokens[to]!.text.includes("'")) to++;
  return to;
}

/**
 * "Zenvision and Kappa TV", "RBK-TV and Planeta Ruri", "Zexo and Qbit": around "and" at `and`, two
 * names. Plain single words on both sides stay one name after a singular noun that calls them one
 * ("the company Procter and Gamble"), and so do a body's name ("Radio and Television Commission") and
 * fields after "of" ("Institute of Electrical and Electronics Engineers").
 */
function twoNamesAround(tokens: readonly Token[], from: number, and: number, covered: Uint8Array, learned: ReadonlyMap<string, LearnedName>): boolean {
  let to = and + 1;
  while (to < tokens.length && !covered[to] && isNameToken(tokens[to]!) && !tokens[to]!.text.includes("'")) to++;
  const left = textsOf(tokens, from, and);
  const right = textsOf(tokens, and + 1, to);
  // "Science and Technology on …" may name a body's fields; "put Zexo and Qbit on a blacklist" puts two names on something.
  const fieldOn = tokens[to]?.text === 'on' && !isDateWord(tokens[to + 1]) && !(DETERMINERS.has(tokens[to + 1]?.lower ?? '') && [...left, ...right].some((w) => isCoinedWord(w.toLowerCase())));
  // "Crown of Realms and Legends of Qorva": two titles shaped "X of Y" joined by "and" (a body's or a school's name stays one).
  if (left.includes('of') && tokens[to]?.text === 'of' && ![...left, ...right].some((w) => GOVERNMENT_HEADS.has(w) || ACADEMIC_WORDS.has(w))) return true;
  // "… and Technology for Development" goes on as a body's name; "suspended Zeta News and Qorva TV for a week" is two names (stop 75,
  // from stop 74's last bans samples).
  const nameGoesOn = tokens[to]?.text === 'of' || (tokens[to]?.text === 'for' && tokens[to + 1] !== undefined && isNameToken(tokens[to + 1]!));
  if (left.some(joinsFields) || right.some(joinsFields) || nameGoesOn || fieldOn) return false;
  // "Zenco Training and Inference Accelerator (ZTIA)": a short form in brackets spelling the initials of both sides names one thing.
  if (tokens[to]?.text === '(' && tokens[to + 2]?.text === ')' && spellsInitials(tokens[to + 1]!.text, [...left, ...right])) return false;
  // "Aerospace Science and Industry Corporation", "Zenco Research and Development Center": two fields joined inside one
  // organisation's name, which its kind closes.
  if (FIELD_WORDS.has(left[left.length - 1]!) && FIELD_WORDS.has(right[0]!) && right.length >= 2 && ORGANISATION_ENDS.has(right[right.length - 1]!)) return false;
  // "Zembla Radio and Television": two fields of broadcasting closing a name are one broadcaster's name (helper fp82).
  if (left.length >= 2 && right.length === 1 && BROADCAST_FIELDS.includes(left[left.length - 1]!) && BROADCAST_FIELDS.includes(right[0]!)) return false;
  // "Zenco and Partners", "Borin and Sons UK": a partnership's or a family's word after "and" closes one firm's name (stop 90's
  // eightieth set: the firm was cut to "Partners"); "Zenco and Qorva" stays two.
  if (right.length <= 2 && PARTNERSHIP_TAILS.has(right[0]!) && (right.length === 1 || /^\p{Lu}{2,3}$/u.test(right[1]!))) return false;
  // "Procter and Gamble Co.", "Zorbin and Klatt Ltd": a legal form right after the one word after "and" closes one firm's name.
  if (legalFormClosesPair(tokens, from, and, to, [], learned)) return false;
  // "Zenco Motorcycle and Scooter India": two kinds of goods joined by "and" before a state's name close one firm's national arm
  // (helper and96: the arm was cut into "Zenco Motorcycle" and "Scooter India"); "Zenco Motors and Qorva India" stays two.
  if (right.length === 2 && REGION_WORDS.has(right[1]!) && [left[left.length - 1]!, right[0]!].every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isMadeKind(w.toLowerCase()))) return false;
  if (left.length >= 2 || right.length >= 2 || left.some(isCoined) || right.some(isCoined)) return true;
  // Two plain words are two names ("blocked Zexo and Qbit"), unless a singular noun calls them one ("the company Procter and Gamble").
  const before = tokens[from - 1];
  // "Zenco and Qorva rival Vexa and Tolan": after two names joined by "and", "rival" is the plural subject's verb, not a noun
  // calling the names after it one firm (helper rvm93, fresh set 88: the two objects were read as one name).
  if (before !== undefined && /^(?:rival|compete)$/.test(before.lower) && rivalIsPluralVerb(tokens, from - 1)) return true;
  // "a brand called Salt and Stone": after a singular noun's naming word, two plain words joined by "and" are one name, unless a verb
  // follows them ("a brand called Salt and Qorva launched …"); "apps called Zeta and Vexa" (a plural) name two (helper fpz94, s91e).
  const named = tokens[from - 2];
  if (before !== undefined && NAMING_WORDS.has(before.lower) && named !== undefined && /^\p{Ll}+$/u.test(named.text) && !named.lower.endsWith('s') && !finiteVerbAt(lowerWords(tokens, to, to + 3), 0)) return false;
  return !(before !== undefined && CUE_NOUNS.has(before.lower) && !before.lower.endsWith('s'));
}

/** The legal forms of a firm, which only a firm's name ends with (no trade word: "National Semiconductor" names a firm whole). */
const LEGAL_FORMS: ReadonlySet<string> = new Set(['Inc', 'Inc.', 'Incorporated', 'Corp', 'Corp.', 'Corporation', 'Co', 'Co.', 'Company', 'Ltd', 'Ltd.', 'Limited', 'LLC', 'PLC', 'plc', 'GmbH', 'AG', 'SA', 'S.A.', 'NV', 'N.V.', 'Pvt', 'Pvt.', 'S/A']);
/** Words before two names that count them as two: "between Zenco and Qorva Inc.", "both Zenco and Qorva Inc.". */
const PAIR_OPENERS: ReadonlySet<string> = new Set(['between', 'both', 'and', ',', 'rivals', 'firms', 'companies']);
/** Words after two names that count them as two: "Zenco and Qorva Inc. both make …", "… are rivals", "… each". */
const PAIR_CLOSERS: ReadonlySet<string> = new Set(['both', 'each', 'are', 'were', 'have', 'jointly', 'together', 'respectively']);

/**
 * Whether the run tokens[from, to) is one word, "and", one word and a legal form ("Procter and Gamble Co.", "Zorbin and Klatt Inc."):
 * one firm whose name holds "and", as the legal form closes both words. Not when either word names a firm of its own (the lexicon's
 * or one the article taught: "Apple and Samsung Co."), nor after a word that counts two ("between Zenco and Qorva Inc.").
 */
function legalFormClosesPair(tokens: readonly Token[], from: number, and: number, to: number, known: readonly SentenceMention[], learned: ReadonlyMap<string, LearnedName>): boolean {
  if (and !== from + 1 || tokens[and]?.text !== 'and') return false;
  let last = to;
  while (last > and + 2 && LEGAL_FORMS.has(tokens[last - 1]!.text)) last--;
  if (last !== and + 2 || last === to || !LEGAL_FORMS.has(tokens[last]!.text)) return false;
  const words = [tokens[from]!, tokens[and + 1]!];
  if (!words.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !COMPANY_SUFFIXES.has(t.text)) || PAIR_OPENERS.has(tokens[from - 1]?.lower ?? '')) return false;
  // "Megvii Technology Limited and Quenta Limited": a word that goes on from a name before it ends that name, not a pair's first word.
  if (tokens[from - 1]?.capitalized && tokens[from - 1]!.word) return false;
  // "Zenco and Qorva Inc. both make …", "… are rivals": a plural verb or "both" after the names counts them as two.
  const after = tokens[to]?.text === '.' ? tokens[to + 1] : tokens[to];
  if (PAIR_CLOSERS.has(after?.lower ?? '')) return false;
  // "I've used Zeta and Qorva Inc.'s Quill": a possessive after the legal form owns only its own firm's thing; the word before "and" is
  // another name of the list, no co-owner (fix96b: the older reading of an untyped name before another's possessive).
  if (isPossessive(after)) return false;
  // "Zenco Inc. released Moonlit and Qorva Ltd. released Zeta": inside a clause (after a lower-case word), a verb after the legal form
  // opens a new clause whose subject is the second name alone (the suite, after and96).
  const next = tokens[to]?.text === '.' ? to + 1 : to;
  if (/^\p{Ll}/u.test(tokens[from - 1]?.text ?? '') && finiteVerbAt(lowerWords(tokens, next, next + 3), 0)) return false;
  return !words.some((t, k) => learned.has(t.text) || known.some((m) => m.first === (k === 0 ? from : and + 1) && m.type !== 'person'));
}

/** Whether the names right before token `at` are two joined by "and" or "&" ("Zenco and Qorva rival …"), making "rival" a verb. */
function rivalIsPluralVerb(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  if (!tokens[k] || !isNameToken(tokens[k]!)) return false;
  while (k > 0 && isNameToken(tokens[k - 1]!) && tokens[k - 1]!.text !== 'and') k--;
  const joiner = tokens[k - 1]?.text;
  // "A and B rival …", "A, B, and C rival …" (a serial comma before the "and").
  const named = tokens[k - 2]?.text === ',' ? tokens[k - 3] : tokens[k - 2];
  return (joiner === 'and' || joiner === '&') && named !== undefined && isNameToken(named);
}

/** Whether the acronym `head` spells stands alone elsewhere in the sentence, no name after it: "LG makes …", "LG's Gram". */
function acronymStandsAlone(tokens: readonly Token[], head: SentenceMention): boolean {
  return tokens.some((t, k) => k !== head.first && t.text.replace(/['’]s$/, '') === head.surface && (isPossessive(tokens[k + 1]) || /['’]s$/.test(t.text) || !/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')));
}

/** The initials of a name's capitalised words, its legal form left out: "Zorin Pavka SA" → "ZP". */
const initialsOf = (label: string): string => label.split(' ').filter((w) => /^\p{Lu}/u.test(w) && !LEGAL_WORDS.has(w.replace(/\.$/, ''))).map((w) => w[0]).join('');

/**
 * Whether `short` ("ZTIA") spells the initials of the capitalised words of `words`, give or take a brand's first letter
 * ("Zenco Training and Inference Accelerator", or "Training and Inference Accelerator" after a known "Zenco").
 */
function spellsInitials(short: string, words: readonly string[]): boolean {
  if (!/^\p{Lu}{3,8}$/u.test(short)) return false;
  const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return short === initials || short === initials.slice(1) || short.slice(1) === initials;
}

/** "Zexo and Qbit on Tuesday": a day or a month after "on" dates the clause; it names no body's field. */
const isDateWord = (t: Token | undefined): boolean => t !== undefined && (WEEKDAYS.has(t.text) || MONTH_NAMES.has(t.text) || /^\d/.test(t.text));
// "Institute for Intelligent Analysis and Information Systems": after a body's "of" or "for", "and" joins its fields.
// "Qorva's Science Diet and Qorva's Prescription Diet": a "Diet" is mostly a food line's word, which joins nothing (helper unk96).
const joinsFields = (word: string): boolean => word === 'of' || word === 'for' || (GOVERNMENT_HEADS.has(word) && word !== 'Diet');
/** The runs of words in [start, end) whose shape alone marks a name (isShapedName), as [from, to) pairs. */
function shapedRuns(tokens: readonly Token[], start: number, end: number): [number, number][] {
  const runs: [number, number][] = [];
  for (let k = start; k < end; k++) {
    if (!isShapedName(tokens[k]!.text)) continue;
    let to = k + 1;
    while (to < end && isShapedName(tokens[to]!.text)) to++;
    runs.push([k, to]);
    k = to;
  }
  return runs;
}

/** A word whose shape alone marks a name, in any casing of the line: "ICEBlock", "miHoYo", "OKX", "Z100". */
const isShapedName = (word: string): boolean =>
  !NOT_NAMES.has(word) && !NOT_NAMES_ALONE.has(word) && (/\p{Ll}\p{Lu}|^\p{Lu}{2,}\p{Ll}{2,}/u.test(word) || /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word) || /^\p{L}+\p{N}+$/u.test(word));
const isCoined = (word: string): boolean => /[-\d]|\p{Ll}\p{Lu}/u.test(word);

/** "ZM-1", "Zeta-Voice-2": a hyphenated name with a number is one release, never half of "A and B". */
function isNumberedRelease(t: Token): boolean {
  return t.text.includes('-') && /\p{N}/u.test(t.text);
}

/** A model code of capitals and digits in one word ("MI250X", "AI200", "H100"): never half of "A and B" either. */
function isModelCode(t: Token): boolean {
  return /^\p{Lu}+\p{N}+\p{L}*$/u.test(t.text);
}

/** A numbered release with a lower-case tier after it: "ZM-1-preview", "Zeta-2-mini", "Qwik-4.5-turbo". */
const RELEASE_TIER = /\d[\p{L}\d.]*-(?:preview|mini|nano|micro|turbo|pro|flash|lite|instruct|chat|base|exp|experimental|beta|alpha|max|plus|ultra|large|small|medium|vision|voice|coder|reasoning|thinking|latest)$/u;


/** Words that make "General X" a firm: a company suffix ("Motors", "Dynamics"), a field in -ics ("Atomics"), or a line of business. */
/** Words that open a firm's name in Spanish, Portuguese, French or Italian. */
const FIRM_OPENERS = new Set(['Banco', 'Compañía', 'Companhia', 'Compagnie', 'Empresa', 'Empresas', 'Corporación', 'Grupo', 'Gruppo', 'Groupe', 'Petróleos', 'Industrias', 'Sociedad', 'Société', 'Aerolíneas', 'Laboratorios', 'Constructora', 'Minera', 'Inversiones', 'Distribuidora', 'Comercializadora']);
const GENERAL_FIRM_WORDS = new Set(['Electric', 'Mills', 'Foods', 'Instruments', 'Cable', 'Trading', 'Contracting', 'Industries', 'Industrial', 'Machinery', 'Equipment', 'Supplies', 'Services', 'Investment', 'Investments', 'Engineering']);
function isGeneralFirmWord(word: string): boolean {
  return COMPANY_SUFFIXES.has(word) || GENERAL_FIRM_WORDS.has(word) || /\p{Ll}ics$/u.test(word);
}

/** Kinds of software a name ending in "AI" may be called by: "the Zenco AI app", "Qorva AI assistant". */
const AI_NAMED_KINDS: ReadonlySet<string> = new Set(['app', 'apps', 'application', 'chatbot', 'chatbots', 'assistant', 'assistants', 'agent', 'agents', 'platform', 'tool', 'tools', 'service', 'services', 'software', 'feature', 'website', 'site', 'engine', 'browser', 'editor']);

/** A firm's officers' titles written in lower case or with "co-", one or many: "co-founder", "co-CEOs", "founders", "its co-COO". */
const OFFICER_TITLE = /^(?:(?:co-?)?(?:founders?|ceos?|coos?|cfos?|ctos?|chairman|chairmen|chairwoman|presidents?)|co-?chairs?)$/;

/**
 * "its co-COOs Ana Lee and Ben Ko", "co-founders Tom Reed, Li Wei and …", "Zenco's co-CEO Ana Lee": a name of two words or more
 * right after an officer's title, or listed after a plural one, is a person's (a fresh sample of real news read them as products).
 */
function isTitledPerson(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  if (before === undefined) return false;
  if (OFFICER_TITLE.test(before.lower) && (before.lower.startsWith('co') || !before.capitalized)) return true;
  if (before.lower !== 'and' && before.text !== ',') return false;
  // Back over the list's earlier names to its title, which must be plural.
  for (let k = start - 2; k >= Math.max(0, start - 14); k--) {
    const t = tokens[k]!;
    if (t.capitalized || t.text === ',' || t.lower === 'and') continue;
    return OFFICER_TITLE.test(t.lower) && /s$|men$/.test(t.lower) && tokens[k + 1]?.capitalized === true;
  }
  return false;
}

/** Verbs only a person speaks with, right after a name: "Zenco's Jane Roe said …" (not "announced", which products' makers do in their names' stead). */
const SPEAKER_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'explained', 'explains', 'wrote', 'writes', 'recalled', 'recalls', 'argued', 'argues', 'insisted', 'insists', 'warned', 'warns']);

/** Heads of units and bodies that no person's name holds: "Korea's Financial Intelligence Unit said …" names the state's unit. */
const SPEAKING_BODY_WORDS: ReadonlySet<string> = new Set(['Unit', 'Service', 'Services', 'Division', 'Board', 'Bank', 'Union', 'Federation', 'Society', 'Police', 'Team', 'Network', 'Exchange', 'Market', 'Markets']);

/** Whether `w` is a word of a body's name (a government's, an institution's, an organisation's or a unit's), never of a person's. */
function isBodyWord(w: string): boolean {
  return SPEAKING_BODY_WORDS.has(w) || ORGANISATION_WORDS.has(w) || GOVERNMENT_HEADS.has(w) || INSTITUTION_HEADS.has(w);
}

/** Lower-case founders' titles (cue nouns of a person) that a firm's name stands before: "Zenco co-founder Tom Reed". */
const FOUNDER_TITLES: ReadonlySet<string> = new Set(['founder', 'co-founder', 'cofounder', 'founders', 'co-founders', 'cofounders']);

/**
 * Whether the words look like a person's name: two to four capitalised words (initials and particles between), none a firm's,
 * a tier's, a body's or a title's word: "Jane Roe", "Tom R. Hale", "Luca de Meo", not "Vexa Labs" or "Qorva Bank".
 */
/** A patronymic's shape: "Petrovich", "Sergeyevna", "Ilyich" is too short a stem to tell and left out. */
const PATRONYMIC = /^\p{Lu}\p{Ll}{2,}(?:ovich|evich|ovna|evna)$/u;

function isPersonShapedName(words: readonly string[]): boolean {
  const names = words.filter((w) => !NAME_PARTICLES.has(w) && w !== '.' && !/^\p{Lu}$/u.test(w));
  if (names.length < 2 || names.length > 4 || NAME_PARTICLES.has(words[0]!)) return false;
  return names.every((w) => /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u.test(w) && !/\d/.test(w) && !COMPANY_SUFFIXES.has(w) && !isGeneralFirmWord(w) && !CARRIER_WORDS.has(w) && !TIER_WORDS.has(w) && !VARIANT_WORDS.has(w) && !BODY_WORDS.has(w) && !GOVERNMENT_HEADS.has(w) && !PERSON_TITLES.has(w) && !isCorporateTitleText(w));
}

/** Plural goods nouns a trade's field stands before, and the firm nouns after them ("Consumer goods giant Zenco"). */
const FIELD_GOODS: ReadonlySet<string> = new Set(['products', 'goods', 'items']);
/** Trades' fields compromise's word list leaves out: "Consumer goods", "Household products". */
const TRADE_FIELDS: ReadonlySet<string> = new Set(['consumer', 'household', 'beauty', 'tobacco', 'dairy', 'hygiene', 'cosmetic', 'cosmetics', 'personal', 'baby', 'healthcare', 'luxury', 'leather', 'cleaning', 'packaged', 'branded', 'industrial', 'agricultural', 'pharmaceutical', 'electrical', 'electronic', 'electronics']);
const FIELD_FIRM_NOUNS: ReadonlySet<string> = new Set(['maker', 'makers', 'manufacturer', 'manufacturers', 'producer', 'producers', 'giant', 'giants', 'firm', 'firms', 'company', 'companies', 'group', 'major', 'conglomerate', 'supplier', 'multinational']);

/** Whether the sentence opens with an English noun, a goods noun and a firm noun: "Consumer products manufacturer …". */
function isTradeFieldOpening(tokens: readonly Token[]): boolean {
  const tag = englishTagOf(tokens[0]!.lower);
  if ((tag === undefined && !TRADE_FIELDS.has(tokens[0]!.lower)) || tag === 'Organization' || !FIELD_GOODS.has(tokens[1]?.lower ?? '')) return false;
  return FIELD_FIRM_NOUNS.has(tokens[2]?.lower ?? '') || (tokens[2]?.text === ',' ? false : FIELD_FIRM_NOUNS.has(tokens[3]?.lower ?? '') && /^\p{Ll}/u.test(tokens[2]?.text ?? ''));
}

/** Legal forms written after a comma that closes a firm's name: "Zenco, Inc.", "Zenco, Ltd.", "Zenco, LLC" (not "Limited": "Zeta, Limited Edition"). */
const LEGAL_FORMS_AFTER_COMMA: ReadonlySet<string> = new Set(['Inc', 'Ltd', 'LLC', 'Corp', 'Co', 'PLC', 'plc', 'GmbH', 'Incorporated', 'Corporation', 'L.L.C.', 'Pte', 'Pty']);
/** Whether the "Co" at `at` (after its full stop, if any) opens a capitalised word: an Irish county ("Co. Kerry", "Co Cork"), no legal form. */
function countyAfterComma(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== 'Co') return false;
  const next = tokens[at + 1]?.text === '.' ? tokens[at + 2] : tokens[at + 1];
  return next !== undefined && /^\p{Lu}\p{Ll}+$/u.test(next.text);
}

function classify(
  tokens: readonly Token[],
  start: number,
  nameEnd: number,
  known: readonly SentenceMention[],
  lexicon: Lexicon,
  /** A state stands right before the name, as a demonym or a possessive ("the Indian Army", "Pakistan's Navy"). */
  afterState = false,
): { type?: EntityType; end: number; partOf?: string; nameFrom?: number; weak?: boolean } {
  let end = nameEnd;
  const words = textsOfTokens(tokens, start, end);
  const lastWord = words[words.length - 1]!;
  // "Consumer products manufacturer Zenco", "Household goods maker Zenco": an English noun opening the sentence before a trade's
  // goods is the trade's field, no brand (helper nam97, real consumer-goods news: "Consumer" was read as the maker's product).
  if (start === 0 && end === 1 && isTradeFieldOpening(tokens)) return { end };
  // "the telecoms regulator (Ofzen)", "a Zembla-based startup (Qorvex)": a short name in brackets after a described body or firm is
  // that body or firm (described-bracket-names.ts); not a person's name ("a solo developer (Tom Reed)", "its operator (Ana Borin)").
  const described = describedBracketType(tokens, start, end);
  if (described && !opensWithGivenName(tokens, start, end)) return { type: described, end };

  // "Commerce Secretary Howard Lutnick", "Chief Cabinet Secretary Yoshimasa Hayashi": a person,
  // named by the words after the titles; titles alone ("Chief Executive") name nobody, and a
  // title before a body word is part of the body's name ("the Executive Branch").
  if (words.every((w) => PERSON_TITLES.has(w))) return { end };
  // "the English language news channel Zeta": a language before "language" names nothing (helper gen97, language-names.ts).
  const languageAt = tokens[end]?.text === '-' && tokens[end]!.start === tokens[end - 1]!.end ? end + 1 : end;
  if (words.length === 1 && LANGUAGE_NAMES.has(lastWord) && (/^-?languages?$/.test(tokens[languageAt]?.lower ?? '') || LANGUAGE_MEDIA_AFTER.test(` ${wordsFrom(tokens, end, 4)}`))) return { end };
  // "Blip Quest: Wand Academy", "Zeta: Trade Union": a title joined to its subtitle (opensSubtitle) names a work, whatever its
  // subtitle's last word (stop 92, set 84's games news: an "Academy" subtitle made the game a body).
  if (words.includes(':') && words.indexOf(':') > 0 && words.indexOf(':') < words.length - 1) return { type: 'product', end };
  // (Not a firm's name there: "whose co-founder Qorva Group holds 40%".)
  if (words.length >= 2 && isTitledPerson(tokens, start) && !isGeneralFirmWord(words[words.length - 1]!)) return { type: 'person', end };
  // "Qorva's Jane Roe said …", "Zenco's Tom Reed told reporters …": two or three plain capitalised words after a firm's possessive,
  // before a speaker's verb, are its employee, no product of it (fresh sample s92b: an outlet "made" its reporter). Not "said to"
  // ("Zenco's Vela Max said to cost …" reports a product), nor a tier's word ("Zenco's Vela Pro says …": a chatbot may speak).
  // Nor a firm's last word after a state's possessive ("Ruritania's Zenco Wine Estates said …", helper unk96, real drinks news).
  // That one is a firm, the possessor's subsidiary or its state's, speaking: no product of a firm possessor ("Qorva's Zenco Wine
  // Estates said …" made Qorva develop its arm, critic crit96a). Not a first name's ("France's Tom Wines said …" is unclear).
  const possessorSpeaks = words.length >= 2 && words.length <= 3 && isPossessive(tokens[start - 1]) && SPEAKER_VERBS.has(tokens[end]?.lower ?? '') && tokens[end + 1]?.lower !== 'to';
  if (possessorSpeaks && FIRM_LAST_WORDS.has(words.at(-1)!) && !COMPANY_SUFFIXES.has(words.at(-1)!) && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && !opensWithGivenName(tokens, start, end)) return { type: 'company', end };
  if (possessorSpeaks && !FIRM_LAST_WORDS.has(words.at(-1)!) && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !COMPANY_SUFFIXES.has(w) && !CARRIER_WORDS.has(w) && !TIER_WORDS.has(w) && !VARIANT_WORDS.has(w) && !isBodyWord(w))) return { type: 'person', end };
  // "Qorva's assistant Nora Borin said …", "its editor, Jane Roe, …": a kind of software that is a person's job too, before a first name
  // the tagger knows and a surname, names a person (helper reported). A product named by a first name alone stays one ("Zenco's
  // assistant, Nora, answers calls", "its robot Ada"), and so does one with a tier's or a number ("its assistant Nora Pro", "Nora 2").
  if (PERSON_HELD_KINDS.has((tokens[start - 1]?.text === ',' ? tokens[start - 2] : tokens[start - 1])?.lower ?? '') && opensWithGivenName(tokens, start, end) && words.slice(1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !TIER_WORDS.has(w) && !VARIANT_WORDS.has(w))) return { type: 'person', end };
  // "Jane Roe, Senior Vice President at Zenco, said …": two or three plain words before a firm's office set off by a comma (stop 95).
  if (words.length >= 2 && words.length <= 3 && officeApposedAt(tokens, end) && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !COMPANY_SUFFIXES.has(w) && !isGeneralFirmWord(w) && !CARRIER_WORDS.has(w) && !TIER_WORDS.has(w) && !BODY_WORDS.has(w) && !GOVERNMENT_HEADS.has(w))) return { type: 'person', end };
  // "Ivan Petrovich Zenkov", "Zenkov Petrovich": a name with a patronymic is a person's, whatever list it stands in ("sanctioned Ivan
  // Petrovich Zenkov and Zenco"; helper rsx96, from set 93's sanctions reader: persons are never a measure's annotated target).
  if (isPersonShapedName(words) && words.length <= 3 && words.slice(1).some((w) => PATRONYMIC.test(w))) return { type: 'person', end };
  // "Zenco named Jane Roe as chief financial officer", "Jane Roe has been appointed chairman", "Tom Hale will join Zenco's board":
  // a name given a firm's office is a person's, no product "named" by a maker (stop 95, appointment news).
  if (isPersonShapedName(words) && isAppointedName(tokens, start, end)) return { type: 'person', end };
  // "the Data Protection Commissioner", "the Zembla Commissioner for Data Protection": a commissioner named for the field it
  // oversees is a regulator's office, a state body (stop 64's third bans sample).
  // ("EU Competition Commissioner Jane Roe" names a person: the office ends the name, or "for" follows it.)
  if (words.some((_, k) => isCommissionerOffice(tokens, start + k, end))) return { type: 'government', end };
  // "Lumo's city council voted to ban …", "Lumo became the first city to ban …": the name is a city's government (stop 84).
  if (words.length === 1 && namesSubnationalGovernmentAt(tokens, end)) return { type: 'government', end };
  // "Zenco sued the city of Vela", "the town of Lumo banned …": a name no rule knows after a town's noun and "of" is the town, whose
  // government acts (helper imp96, real short-term rental and scooter news: the town was read as a firm); "the California city of" too.
  // Not in "the City of …", a name's own words.
  if (words.length <= 3 && isAfterCityOf(tokens, start) && !tokens[start - 2]!.capitalized && (tokens[start - 3]?.lower === 'the' || (tokens[start - 3]?.capitalized === true && tokens[start - 4]?.lower === 'the'))) return { type: 'government', end };
  // "Zenco's Gen Z brand Vexa", "Gen Alpha shoppers": a generation of people, no General's name (helper brp92, from the eighty-second
  // fresh sample, where "Z" became a person and the possessive's brand was lost); sentence-mentions.ts drops it.
  if (words.length === 2 && words[0] === 'Gen' && /^(?:X|Y|Z|Alpha)$/.test(words[1]!)) return { end };
  // "Gen 6", "Rep 2": a title's abbreviation before a number is a model's generation, no person's title (stop 65's second makers sample).
  const title = words.findIndex((w, k) => PERSON_TITLES.has(w) && k + 1 < words.length && !GOVERNMENT_HEADS.has(words[k + 1]!) && !BODY_WORDS.has(words[k + 1]!) && words[k + 1] !== 'of' && !/^\d/.test(words[k + 1]!));
  // "General Atomics", "General Electric", "General Mills": a rank before a business word names a firm, not an officer.
  // … and so does it inside a firm's name: "Zenco General Trading LLC".
  if (title >= 0 && words[title] === 'General' && isGeneralFirmWord(words[title + 1]!)) return { type: 'company', end };
  // "which makes Mr. Tarn and Vexa soap", "Mrs. Vexa's pies": an honorific opening a brand's name, where goods or a maker's verb say so.
  if (title === 0 && isHonorificBrand(tokens, start, end)) return { type: 'product', end };
  // "Zenco Dr Tarn owns Dr Tarn": an honorific inside a firm's name after its own capitalised word (helper nam98b, real drinks news).
  if (title > 0 && isFirmNamedForHonorificBrand(tokens, start, start + title, end, (w) => PERSON_TITLES.has(w) || lexicon.stateOfDemonym(w) !== undefined || englishTagOf(w) !== undefined)) return { type: 'company', end };
  if (title >= 0) {
    let from = title;
    // "Chief Technology Officer Anna Berg": a firm's office's other words go with its titles (stop 95: "Technology Officer Anna Berg").
    while (from < words.length && (PERSON_TITLES.has(words[from]!) || words[from] === '.' || (isCorporateTitleWord(tokens[start + from]) && words.slice(from + 1).some((w) => PERSON_TITLES.has(w))))) from++;
    if (from === words.length || BODY_WORDS.has(lastWord)) return { end };
    // "Zenco Executive Systems": a title word inside a firm's name, only its legal or trade word after it (stop 95: "Systems" a person).
    if (title > 0 && from === words.length - 1 && COMPANY_SUFFIXES.has(lastWord) && lastWord !== 'Medical' && lastWord !== 'Technology') return { type: 'company', end };
    // "Vice President Sales & Marketing", "Director Of Product Marketing": the office's field names nobody (stop 95).
    if (isOfficeFieldRun(tokens, start + from, end)) return { end };
    // "CEO Automotive Sector Jane Roe": the division the office heads is no part of the holder's name (stop 95).
    return { type: 'person', end, nameFrom: holderAfterDivision(tokens, start + from, end) };
  }

  // "the Zembla Gaming Board", "Foreign Investment Review Board": a board named for what it regulates is a state body (stop 49's readers).
  if (lastWord === 'Board' && words.length >= 2 && words.slice(0, -1).some((w) => REGULATED_FIELDS.has(w))) return { type: 'government', end };
  // "Financial Intelligence Unit", "Customs Service", "the Financial Intelligence Unit of Korea": a unit or service named by a field
  // only a state keeps is a state body (stop 79's fresh samples: typed a firm, or the state after "of" taken for the actor).
  // Every word before the head must be a field or its qualifier: "Qorva Security Service" is a firm.
  // "a Cyber Security Service", "Zenco's Cyber Security Unit": an indefinite one, or a firm's, is a product or a firm's unit.
  const firmsOrIndefinite = /^(?:a|an)$/.test(tokens[start - 1]?.lower ?? '') || (isPossessive(tokens[start - 1]) && !afterState && !known.some((m) => m.last === start - 1 && m.type === 'government'));
  if (words.length >= 2 && STATE_UNIT_HEADS.has(lastWord) && STATE_UNIT_FIELDS.has(words[words.length - 2]!) && words.slice(0, -1).every((w) => STATE_UNIT_FIELDS.has(w) || STATE_UNIT_QUALIFIERS.has(w)) && !firmsOrIndefinite) {
    const state = tokens[end]?.text === 'of' ? stateAfterOf(tokens, end, known) : undefined;
    if (state) return { type: 'government', end: state.last, partOf: lexicon.get(state.key)?.partOf ?? state.key };
    // Two words alone may be a product's name ("launched Tax Service, a filing app"): a state or "the" must stand before them.
    if (words.length > 2 || afterState || tokens[start - 1]?.lower === 'the' || STATE_UNIT_QUALIFIERS.has(tokens[start - 1]?.text ?? '')) return { type: 'government', end };
  }
  // "Canadian Solar", "First Solar", "Korean Air": a demonym or an ordinal and an industry word name a firm.
  if (words.length === 2 && CARRIER_WORDS.has(lastWord) && (ORDINAL_OPENERS.has(words[0]!) || words[0] === LAST_OPENER || lexicon.stateOfDemonym(words[0]!) !== undefined)) return { type: 'company', end };
  // "British American Tobacco": two peoples' adjectives and an industry word (stop 92, from set 82).
  if (words.length === 3 && CARRIER_WORDS.has(lastWord) && lexicon.stateOfDemonym(words[0]!) !== undefined && lexicon.stateOfDemonym(words[1]!) !== undefined && !GOVERNMENT_NOUNS_AFTER.has(tokens[end]?.lower ?? '')) return { type: 'company', end };

  // "the Central Bank of Russia", "the National Bank of Ukraine": a state's bank is one of its bodies.
  if (words.length === 2 && words[1] === 'Bank' && STATE_BANK_OPENERS.has(words[0]!) && tokens[end]?.text === 'of') {
    const state = stateAfterOf(tokens, end, known);
    if (state) return { type: 'government', end: state.last, partOf: lexicon.get(state.key)?.partOf ?? state.key };
  }
  // "Qatar Central Bank", "Zembla's Reserve Bank": a state's name before its central bank (stop 58's readers: typed a firm).
  const centralBank = lastWord === 'Bank' && (words[words.length - 2] === 'Central' || words[words.length - 2] === 'Reserve') && tokens[end]?.text !== 'of';
  if (centralBank && (words.length === 2 || words.length === 3)) {
    const at = words.length === 3 ? start + 1 : isPossessive(tokens[start - 1]) ? start - 1 : start;
    const state = known.find((m) => m.last === at && m.type === 'government' && (words.length === 2 || m.first === start));
    if (state) return { type: 'government', end, partOf: lexicon.get(state.key)?.partOf ?? state.key };
  }
  // "the International Bank of Zembla", "the Commercial Bank of Ruritania": any other bank named for its state is a firm, named whole
  // (stop 49's readers: cut to "International Bank", the state read as the one sanctioned). "National Payments Corporation of India",
  // "Shipping Corporation of India" too (stop 65's first controls sample: the state read as the one that capped a firm).
  // So are mills, breweries and industries ("Flour Mills of Zembla", helper nam97: real Nigerian news cut the firm to "Flour Mills").
  if (words.length >= 2 && STATE_NAMED_FIRM_ENDS.has(lastWord) && tokens[end]?.text === 'of') {
    const state = stateAfterOf(tokens, end, known, true);
    if (state) return { type: 'company', end: state.last };
  }

  // "Cyberspace Administration of China", "Department of Commerce", "the Garante".
  // "Federal Service for Technical and Export Control": a state's service named by its field (state-service-names.ts).
  if (words.some((w, k) => GOVERNMENT_HEADS.has(w) && (w !== 'Diet' || namesLegislatureDiet(words, k, lexicon))) || (namesStateService(words) && !firmsOrIndefinite && !/^(?:its|their)$/.test(tokens[start - 1]?.lower ?? ''))) {
    if (tokens[end]?.text === 'of') {
      const state = stateAfterOf(tokens, end, known);
      if (state) return { type: 'government', end: state.last, partOf: lexicon.get(state.key)?.partOf ?? state.key };
    }
    // A bare "the Commission" names whichever commission the text is about: coreference resolves it.
    if (words.length === 1 && !STANDALONE_BODIES.has(words[0]!)) return { end };
    // "the Army", "the Indian Army", "Pakistan's Navy": a body standing alone, or a state's.
    if (words.length > 1 || tokens[start - 1]?.lower === 'the' || afterState) return { type: 'government', end };
  }
  // "National Data Protection Centre", "Federal Statistical Office": a national institution is a state body.
  if (words.length > 2 && STATE_INSTITUTIONS.has(lastWord) && NATIONAL_WORDS.has(words[0]!)) return { type: 'government', end };
  // "UK Artificial Intelligence Safety Institute": a state's name opening an institution's is its agency.
  if (words.length > 2 && STATE_INSTITUTIONS.has(lastWord)) {
    const state = lexicon.longestMatch([words[0]!], 0)?.entry ?? lexicon.stateOfDemonym(words[0]!);
    if (state?.type === 'government' && !state.partOf) return { type: 'government', end, partOf: state.id };
  }
  // "Zembla City Public Schools", "Borin Unified School District": a public school system is a local government's body (it blocks
  // apps on its networks as a state does; stop 64's second bans sample).
  if (words.length >= 2 && PUBLIC_SCHOOL_BODY.test(words.join(' '))) return { type: 'government', end };
  // "China Academy of Space Technology", "Academy of Launch Vehicle Technology": an academy of a technology is a maker (a state
  // firm's research and production arm), not a school (stop 73's makers readers: two samples named satellites' builders so).
  if (words.length > 3 && words[words.length - 1]!.startsWith('Technolog') && words.includes('Academy') && words[words.indexOf('Academy') + 1] === 'of') return { type: 'company', end };
  // "University of Science and Technology": not a company, whatever its last word.
  if (words.some((w) => ACADEMIC_WORDS.has(w))) return { type: 'organization', end };
  // "its Zenco AI glasses", "the Qorva AI headset": "AI" before a kind of product says what the thing does; the name is the firm
  // before it (a fresh sample of real news: "Zenco AI" was read as a firm of its own, and the glasses as nothing).
  // "the Zenco AI app", "its Qorva AI assistant" name software called so, and keep the name whole.
  if (words.length > 1 && lastWord === 'AI' && cueKind(tokens, end) === 'product' && !AI_NAMED_KINDS.has(tokens[end]!.lower)) return { type: 'company', end: end - 1 };
  // "its Zeta 9 Electric excavator", "the Z7 Electric": after a model's code, "Electric" names the code's electric version, no firm
  // (helper dvb89, from news on machinery and truck makers: the maker was lost and its model read as a firm).
  // "a new skin care brand … called Vexa Skin Lab": a brand noun's name is the brand, whatever firm's word ends it (brand-called-names.ts).
  if (words.length > 1 && (COMPANY_SUFFIXES.has(lastWord) || FIRM_TRADE_ENDINGS.has(lastWord)) && isBrandCalled(tokens, start)) return { type: 'product', end };
  // "Zorbo eBikes", "Lumo eScooters": a camel-case trade word ends a firm's name (camel-trade-tails.ts).
  if (words.length > 1 && isCamelTradeTail(lastWord)) return { type: 'company', end };
  // "21st Century Grain": an ordinal in figures opening a run that a firm's word closes is a firm's name (numbered-firms.ts).
  if (words.length > 2 && NUMERIC_ORDINAL.test(words[0]!) && isNumberedFirmEnd(lastWord)) return { type: 'company', end };
  if (words.length > 1 && COMPANY_SUFFIXES.has(lastWord) && !(VERSION_SUFFIXES.has(lastWord) && (/\p{N}/u.test(words[words.length - 2]!) || isLetterCodedVersion(tokens, start, end, words)))) return { type: 'company', end };
  // "Zenco Foods won …", "Qorva Brands reached …": a trade word that ends firms' names (FIRM_TRADE_ENDINGS), after capitalised words.
  // Not after "its" or a possessive, nor before a kind of product: "its Vela Paints range" may be a line of the possessor's; nor a
  // segment ("Consumer Products revenue rose", SEGMENT_OPENERS and SEGMENT_NOUNS_AFTER).
  if (words.length > 1 && FIRM_TRADE_ENDINGS.has(lastWord) && words.slice(0, -1).every((w) => /^\p{Lu}/u.test(w) || w === '&') && !isPossessive(tokens[start - 1]) && !/^(?:its|their|his|her|our|my|your)$/i.test(tokens[start - 1]?.text ?? '') && cueKind(tokens, end) !== 'product' && !SEGMENT_OPENERS.has(words[0]!) && !SEGMENT_NOUNS_AFTER.test(tokens[end]?.lower ?? '')) return { type: 'company', end };
  // "Zenco's Qorva Lab9", "the Vexa Studio2 team": a lab or studio numbered among a firm's own is a unit of it, a firm, not a made
  // thing (fp90, from stop 89's fresh samples: a lab typed a product of the firm that runs it).
  if (words.length > 1 && /^(?:Lab|Labs|Studio|Studios)\d+$/.test(lastWord)) return { type: 'company', end };
  // "Banco de Venezuela", "Compañía Minera Zenca", "Grupo Qorva": a Romance business word opens a firm's name.
  if (words.length > 1 && FIRM_OPENERS.has(words[0]!)) return { type: 'company', end };
  if (hasFirmCue(tokens, start, end)) return { type: 'company', end };
  // "Ruritania-based Zenlabs, the parent of …": a name right after where it is based is a firm's (place-based-firms.ts).
  if ((words.length > 1 || isNameWord(tokens[start]!.lower)) && isPlaceBasedFirm(tokens, start, cueKind(tokens, end) !== undefined)) return { type: 'company', end };
  // "Shares of Zeta rose": a weak cue, typing this mention only; the article may name Zeta a product elsewhere (review rr88b).
  if (!isPossessive(tokens[end]) && isSharesHolder(tokens, start, end)) return { type: 'company', end, weak: true };
  // "The chief executive of Vexa said …": a firm's officer or board is of a firm (helper typ97c: the body's names stayed untyped, so
  // the headline's were never read). Weak, as "shares of".
  // Not a body's or a charity's ("the chief executive of Zembla Hospital", "the chairman of the Vexa Trust": critic crit97b).
  if (!isPossessive(tokens[end]) && isFirmOfficerOf(tokens, start) && !NOT_FIRM_BODY_ENDS.has(lastWord) && !OFFICERED_BODY_ENDS.has(lastWord) && words[0] !== 'NHS') return { type: 'company', end, weak: true };

  // "the service called Qwen", "a product line labeled "GeForce"": named by the noun before.
  const named = namingBefore(tokens, start);
  if (named) return { type: named, end };
  // "its latest phone, the Zeta 2", "Zenco's flagship product, the Orb": a kind set off before "the" and the name types it (stop 61's makers readers).
  const setOff = kindSetOffBefore(tokens, start, end);
  if (setOff) return { type: setOff, end };
  // "its sparkling water brand, Zeta.", "the acquisition of beauty brand, Zeta": a brand's noun phrase set off by a comma (apo98b).
  if (isNameApposedToBrandNoun(tokens, start, end)) return { type: 'product', end };
  // "move its Zeta line into energy drinks": the owner's line of goods (apo98b).
  if (isOwnedLineName(tokens, start, end)) return { type: 'product', end };

  // "the Doubao app", "R1 reasoning model", "the Ascend AI chip": a cue noun, perhaps after one modifier.
  // "Qorva Games' shooter Starfall": an apostrophe glued to a plural name is its possessive, no quotation mark before a cue noun.
  if (QUOTES.has(tokens[end]?.text ?? '') && tokens[end + 1]?.word && !isPluralPossessive(tokens, end)) end++;
  const between = tokens[end]?.text ?? '';
  // Not a verb's form: "Zenco makes robots", "Zenco unveiled drones" name no robot or drone.
  const verbShaped = /(?:[^s]s|ed)$/.test(between);
  // "the Vexa power bank": two words of goods are read from the first (cueKind), never skipped to a firm's word.
  const skip = /^(\p{Ll}[\p{Ll}-]*|AI)$/u.test(between) && !verbShaped && !DETERMINERS.has(between) && !FUNCTION_WORDS.has(between) && cueKind(tokens, end + 1) !== undefined && !TWO_WORD_GOODS.has(`${between} ${tokens[end + 1]?.lower ?? ''}`) ? 1 : 0;
  // A cue noun is a common noun: in "… Executive Branch agencies" it names no person.
  const cue = tokens[end + skip];
  // "the Coral Ridge GPU": a kind of thing written as a capitalised acronym is a cue noun too.
  const after = cue && (!cue.capitalized || KIND_ACRONYMS.has(cue.text)) ? cue.lower : undefined;
  const afterType = after !== undefined ? cueKind(tokens, end + skip) : undefined;
  // "Zenco products include …", "Zenco brands such as …", "Zenco owns brands like …", "Zenco makes apps such as …":
  // a name before a plural that opens a list is its owner, not one of them ("the Tecno and Zeta brands." names two brands).
  const ownerOfPortfolio = after !== undefined && isPlural(after) && PORTFOLIO_LIST_OPENERS.has(tokens[end + skip + 1]?.lower ?? '');
  // "Taobao, a Zenco app", "Zetafizz is a Qorva brand": after another name, the name before the kind is the thing's maker.
  if ((afterType === 'product' || afterType === 'model') && isMakerOfApposed(tokens, start)) return { type: 'company', end: nameEnd };
  // "An iconic Zenco brand, Zeta, …": before a brand's noun that a name is apposed to, the name is the brand's owner (apo98b).
  if (afterType === 'product' && skip === 0 && isOwnerBeforeApposedBrand(tokens, start, end)) return { type: 'company', end: nameEnd };
  // "a Zenco app called Vexa", "the new Zenco service, called Zeeplay,": the name before a kind a naming word follows is its maker (apn102).
  if ((afterType === 'product' || afterType === 'model') && isMakerBeforeCalledKind(tokens, start, end + skip)) return { type: 'company', end: nameEnd };
  // "Zenco co-founder Tom Reed", "Qorva founder Ana Lee": a name before a founder's title and a person's name is the firm, no person.
  if (after !== undefined && skip === 0 && FOUNDER_TITLES.has(after) && tokens[end + 1]?.capitalized && (words.length > 1 || isNameWord(words[0]!.toLowerCase()))) return { type: 'company', end: nameEnd };
  // "a Qorvex spokesperson", "Qorvex chairman Ana Borin": a role's noun after the name makes it whom the role's holder works for,
  // never the person (cue-words.ts, ROLE_HOLDER_ROWS); a firm's role types it a firm for this mention only, right before the role.
  // "the Zembla executive order" names no role: the old reading stands there.
  const role = afterType === 'person' && !ROLE_AS_MODIFIER_AFTER.test(tokens[end + skip + 1]?.lower ?? '') ? ROLE_HOLDERS.get(after!) : undefined;
  if (role && tokens[end + skip + 1]?.text !== "'s") {
    // "a California Highway Patrol spokeswoman", "a Zembla Front spokesman", "a Commerce spokesperson": a state's name in or right
    // before the name, a ministry's short name, or a public body's or a party's last word makes the body no firm.
    const stateOrBody = afterState || NOT_FIRM_BODY_ENDS.has(lastWord) || MINISTRY_SHORT_NAMES.has(words.join(' ')) || known.some((m) => m.type === 'government' && m.first >= start - 1 && m.last < end && m.last >= start - 1);
    // "A Zembla spokesman said the group would …": the reported clause's subject calls the body by a noun no firm is called by (review
    // rf91). Only that subject, right after the reporting verb (and "that"): anywhere in the sentence, "the party" or "the group" may be
    // another's ("A Zenco spokesman said the company would sue the party", review rr92b).
    // The verb may first name whom it told, when or where ("told reporters the group …", "said on Monday the group …", "said in a
    // statement that the movement …", review rr93b): only such words between, never a clause's verb ("said the company would sue
    // the party").
    const reportedSubject = (k: number): boolean => {
      for (let v = k - 2; v >= Math.max(0, k - 8); v--) {
        if (!SPOKESPERSON_SAYING_VERBS.has(tokens[v]!.lower)) continue;
        const between = tokens.slice(v + 1, k - 1).map((t) => t.lower).join(' ');
        return REPORTED_SUBJECT_LEAD.test(between === '' ? '' : `${between} `);
      }
      return false;
    };
    const calledNoFirm = tokens.some((t, k) => k > end + skip && tokens[k - 1]!.lower === 'the' && NOT_FIRM_BODY_REFERENTS.has(t.lower) && reportedSubject(k) && !isPossessive(tokens[k + 1]));
    // Untyped, the name would be the fallback firm of the claim the sentence goes on with ("… would ban the Zeta app"): an
    // organisation, for this mention only, makes no claim.
    if (calledNoFirm) return { type: 'organization', end: nameEnd, weak: true };
    return role.owner && skip === 0 && !stateOrBody && (words.length > 1 || isNameWord(words[0]!.toLowerCase())) ? { type: role.owner, end: nameEnd, weak: true } : { end: nameEnd };
  }
  // "recalled its E5 model", "the Plix X2 model of its dishwasher": a product's model (product-model-sense.ts).
  if (afterType === 'model' && !ownerOfPortfolio && tokens[end + skip + 1]?.text !== "'s" && isGoodsModelAfterName(tokens, end + skip)) return { type: 'product', end: nameEnd };
  if (afterType && afterType !== 'company' && afterType !== 'government' && !ownerOfPortfolio && tokens[end + skip + 1]?.text !== "'s") return { type: afterType, end: nameEnd, weak: isBareNamesake(tokens, start, end, skip, afterType) || undefined };
  // "developers love Zenco's Qorva library": a library with an owner before its name, in a sentence about code, is the owner's code
  // (helper own82b); "the Zembla library", "the city's Vexa library shelves" may be a building, so the noun is no cue noun alone.
  if (after !== undefined && OWNED_ONLY_KINDS.has(after) && skip === 0 && endsNounPhrase(tokens[end + 1]) && (isPossessive(tokens[start - 1]) || (start > 0 && isPluralPossessive(tokens, start - 1)) || /^(?:its|their)$/.test(tokens[start - 1]?.lower ?? '')) && tokens.some((t) => CODE_WORDS.has(t.lower))) return { type: 'product', end: nameEnd };
  // "recalling its Zeta pumps", "its Vexa mining rigs": a device kind's plural after an owner, perhaps after one qualifier, ends the
  // noun phrase (stop 85, ks85; without an owner "Zenco pumps" may be a verb, and "Zenco stents" its maker's).
  if (isOwnedDevicePlural(tokens, start, end)) return { type: 'product', end: nameEnd };
  // "Zenco is recalling Zenco Extra Large Prawns": recalled goods named with the recaller's own name are its own brand (helper rcq97).
  if (end - start >= 2 && isRecalledGoods(tokens, start) && recallerNamesGoods(tokens, start)) return { type: 'product', end: nameEnd };
  // "its Vela Q electric sports utility vehicle": two or three describing words before the kind (owned-kind-modifiers.ts).
  const describedKind = ownedKindAfterModifiers(tokens, start, end, (k) => { const kind = cueKind(tokens, k); return kind === 'product' || kind === 'model'; });
  if (describedKind >= 0) return { type: cueKind(tokens, describedKind)!, end: nameEnd };
  // "an order for 25 ZX-HD fuel cell modules", "delivered 12 Vela NG heavy-duty buses": a model counted in an order, a delivery or a
  // fleet (helper dvo95, ordered-goods-names.ts).
  if (isOrderedGoodsName(tokens, start, nameEnd)) return { type: 'product', end: nameEnd };
  // "Zenco, through its Zapp program, offers cover", "its Zapp insurance programme": a firm's named programme is its product (helper
  // cor92, from s84d). Only after "its" or "their" (a possessor's may be a state's: "Ruritania's Zapp programme"), and not a loyalty,
  // partner or research programme (PROGRAMME_QUALIFIERS_NOT_OWN).
  if (isOwnNamedProgramme(tokens, start, end)) return { type: 'product', end: nameEnd };
  end = nameEnd;

  const before = tokens[start - 1]?.lower;
  const cueBefore = start === 1 ? tokens[0]!.lower : before;
  const beforeType = cueBefore !== undefined ? CUE_NOUNS.get(cueBefore) : undefined;
  // "the money fund QBEN", "the money fund 'QBEN'": a fund a firm sells names a product, not the firm's cue "fund" (helper cod, stop 100).
  if (isProductFund(tokens, QUOTES.has(tokens[start - 1]?.text ?? '') ? start - 2 : start - 1)) return { type: 'product', end };
  // "head brewer Jane Roe", "chief winemaker Tom Reed": a rank before a drinks trade that a person may hold makes it a job's title, and
  // the name after it a person's, no firm's (helper unk96, real wine and beer news; "craft brewer Zenco" keeps its firm).
  if (beforeType === 'company' && start >= 2 && PERSON_HELD_TRADES.has(cueBefore!) && TRADE_RANKS.has(tokens[start - 2]!.lower)) return { type: 'person', end };
  // Goods name no brand after them ("the think tank Brookings"): only before it ("the Zeta tank").
  // "the chatbot Zenco calls Zap", "a messaging app Zenco acquired in 2020": a name that names or buys the kind's thing in a clause
  // of its own is its maker or buyer, not the thing (stop 82, own82; the patterns read the claim).
  if (beforeType && !cueBefore!.endsWith('s') && (!GOODS.has(cueBefore!) || GOODS_NAMED_AFTER.has(cueBefore!)) && !(beforeType === 'product' && opensClauseOnKind(tokens, end))) return { type: beforeType, end };

  const appositive = isFrontedMakersAgent(tokens, start) ? undefined : appositionType(tokens, start, end);
  if (appositive) return { type: appositive, end };

  // "Zenco said its Velatra received FDA approval", "its Vela 500 won certification": a name "its" owns that gets a regulator's
  // approval is a product (helper pos95; an owner's possessive before it is read below).
  if (isOwnedApprovedGoods(tokens, start, end)) return { type: 'product', end };
  // "Baidu's Ernie Bot": a company's named thing is one of its products.
  if (isPossessive(tokens[start - 1])) {
    const owner = known.find((m) => m.last === start - 1);
    if (owner?.type === 'company') return { type: afterType === 'model' ? 'model' : 'product', end };
  }
  return { end };
}

/** A regulator's approval a thing gets, right after its name: "received FDA approval", "has won CE mark clearance", "won certification". */
const APPROVAL_GOT_AFTER = /^(?:has |had |have )?(?:received|won|gained|secured|obtained|earned|got) (?:(?!his |her |its |their |the |a |an )[a-z0-9.()'-]+ ){0,3}?(?:approvals?|clearances?|certifications?|authori[sz]ations?)\b/;
/** Words after "its" that name a body or a part of the owner, never its goods: "its Board won approval", "its Senate". */
const OWNED_NON_GOODS: ReadonlySet<string> = new Set(['Board', 'Parliament', 'Senate', 'Council', 'Cabinet', 'Assembly', 'Congress', 'Government', 'Ministry', 'Court', 'Committee', 'Commission', 'Unit', 'Division', 'Subsidiary', 'Team', 'Department', 'Agency', 'Regulator']);

/**
 * Whether the name from `start` to `end`, right after "its" or "their", is followed by an approval it got: "Zenco said its Velatra
 * received FDA approval". Not a body of the owner ("its Board won approval"), nor a name with lower-case words between it and the
 * verb ("its Lima plant won approval": the plant, no product, is what the name qualifies).
 */
function isOwnedApprovedGoods(tokens: readonly Token[], start: number, end: number): boolean {
  if (!/^(?:its|their)$/.test(tokens[start - 1]?.lower ?? '') || OWNED_NON_GOODS.has(tokens[end - 1]!.text)) return false;
  return APPROVAL_GOT_AFTER.test(`${tokens.slice(end, end + 9).map((t) => t.lower).join(' ')} `);
}

/** Verbs by which a maker names its thing: "the chatbot Zenco calls Zap". */
const NAMING_VERBS: ReadonlySet<string> = new Set(['calls', 'called', 'dubs', 'dubbed', 'names', 'named', 'brands', 'branded', 'christens', 'christened']);
/** Verbs by which a firm buys a thing: "a messaging app Zenco acquired in 2020". */
const BUYING_VERBS: ReadonlySet<string> = new Set(['acquired', 'bought', 'purchased']);
/** Auxiliaries between the name and its verb: "a tool Zenco has branded Zap", "the app Zenco later bought". */
const CLAUSE_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'had', 'now', 'later', 'recently', 'since', 'first', 'originally', 'also']);
/** What follows a bought thing's clause, with no object of the verb: "acquired in 2020", "bought last year", "acquired ,". */
const NO_OBJECT_AFTER: ReadonlySet<string> = new Set(['in', 'last', 'this', 'earlier', 'for', 'from', 'years', 'months', ',', '.', ';', 'and']);

/**
 * Whether the words after the name that ends at `end` open a clause of which it is the subject, naming or buying the thing a
 * kind before the name stands for: "the chatbot Zenco calls Zap", "a tool Zenco has branded Zap", "a messaging app Zenco
 * acquired in 2020" (not "the app Zapp acquired users", nor "the app Zapp, acquired in 2020 by Zenco").
 */
function opensClauseOnKind(tokens: readonly Token[], end: number): boolean {
  let k = end;
  while (k < end + 2 && CLAUSE_AUXILIARIES.has(tokens[k]?.lower ?? '')) k++;
  const verb = tokens[k]?.lower ?? '';
  if (NAMING_VERBS.has(verb)) {
    const named = tokens[k + 1]?.lower === 'it' || tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    return tokens[named]?.capitalized === true;
  }
  if (!BUYING_VERBS.has(verb) || !NO_OBJECT_AFTER.has(tokens[k + 1]?.lower ?? '')) return false;
  return !tokens.slice(k + 1, k + 6).some((t) => t.lower === 'by');
}

/**
 * Whether the name at `start` follows another name and its apposition's or copula's article:
 * "Taobao, a Zenco app", "Orbit, the Zenco social network", "Zetafizz is a Qorva brand". There the
 * name before the kind is the maker (relation-patterns.ts reads the claim), not the thing.
 */
function isMakerOfApposed(tokens: readonly Token[], start: number): boolean {
  const article = tokens[start - 1]?.lower;
  // "Tredline, now a Zenco brand", "Tredline, which is still a Zenco brand": an adverb of the present, a relative clause's copula.
  let at = start - 2;
  if (APPOSED_ADVERBS.has(tokens[at]?.lower ?? '')) at--;
  if ((tokens[at]?.lower === 'is' || tokens[at]?.lower === 'was') && tokens[at - 1]?.lower === 'which' && tokens[at - 2]?.text === ',') at -= 2;
  // "Zeta and Vexa, both Zenco brands": a plural apposition after a list (helper prt98).
  if (article === 'both' || article === 'all') return tokens[at]?.text === ',' && tokens[at - 1]?.capitalized === true && /s$/.test(tokens[start + 1]?.lower ?? '');
  if (article !== 'a' && article !== 'an' && !(article === 'the' && tokens[at]?.text === ',')) return false;
  const link = tokens[at]?.lower;
  if (link !== ',' && link !== 'is' && link !== 'was') return false;
  const named = tokens[at - 1];
  // "delivers its first model in April, the Zelta 5 midsize crossover": a month or a weekday before the comma names no thing
  // apposed to the name after it (helper kinds: the model was typed its own maker, and lost). A preposition before a thing's name
  // says nothing ("a ban on Zapp, a Qorva app").
  if (named !== undefined && (MONTH_NAMES.has(named.text) || WEEKDAYS.has(named.text))) return false;
  return named !== undefined && named.capitalized && (at - 1 === 0 || !tokens[at - 2]!.text.endsWith('.'));
}

/** A place's noun and the word after it that make a trade's compound, no place: "district heating", "city gas". */
const PLACE_NOUN_COMPOUNDS: ReadonlySet<string> = new Set(['district heating', 'district cooling', 'district heat', 'district energy', 'city gas']);

/** Adverbs of the present between a name and its apposition or copula: "Tredline, now a Zenco brand". */
const APPOSED_ADVERBS: ReadonlySet<string> = new Set(['now', 'still', 'also']);

/**
 * The kind of thing the noun at `k` makes a name before it: a cue noun's type, or a product for
 * a noun WordNet files under goods (cue-words.ts) where the noun phrase ends with it ("the Vexa
 * motor is …", "its Vexa purifier, which …"), not where it modifies the next word ("Zenco
 * machine learning", "Zenco auto parts").
 */
/**
 * Helper pfl96 (stop 96), from set 94's readers and real drinks and food news: a firm's flagship brand often bears the firm's own name
 * ("Zenco owns Zenco rum, Qorva vodka and Blip gin", "Sales of Zenco rum rose … Zenco also makes Qorva gin"). A bare one-word name
 * right before a product's kind, with no determiner or possessor before it, types this mention only: learned for the article, it made
 * every bare "Zenco" a product, and the firm lost all its claims. "the Zeta phone", "its Zeta rum", "Qorva's Zeta gin" are still learned.
 */
function isBareNamesake(tokens: readonly Token[], start: number, end: number, skip: number, afterType: EntityType): boolean {
  if (afterType !== 'product' || end - start !== 1 || skip !== 0 || start === 0) return false;
  const before = tokens[start - 1]!;
  return !DETERMINERS.has(before.lower) && !isPossessive(before) && !before.capitalized && !/^\p{N}/u.test(before.text);
}

function cueKind(tokens: readonly Token[], k: number): EntityType | undefined {
  const word = tokens[k]?.lower ?? '';
  // "Zenco's ZX-5 district heating reactor": a place's noun that opens a trade's compound is no place (helper nm90, from a fresh
  // sample of real news on small reactors: the model and its maker were read as places and lost).
  if (PLACE_NOUN_COMPOUNDS.has(`${word} ${tokens[k + 1]?.lower ?? ''}`)) return undefined;
  // "its Lima electric car factory": a kind that qualifies a site's noun names the site's goods; the name is its town (site-places.ts).
  if (kindQualifiesSite(tokens, k)) return undefined;
  // "the Vexa power bank charges …", "its Vexa coffee maker": two words of goods, where the noun phrase ends (helper kinds).
  if (TWO_WORD_GOODS.has(`${word} ${tokens[k + 1]?.lower ?? ''}`)) return endsNounPhrase(tokens[k + 2]) ? 'product' : undefined;
  const kind = CUE_NOUNS.get(word);
  if ((kind !== undefined && !QUALIFYING_GOODS.has(word)) || (kind === undefined && !WORDNET_GOODS.has(word))) return kind;
  const next = tokens[k + 1];
  // "investors in Zenco tire of the delays": the verb "tire of", no tyre (helper dvb89).
  if (word === 'tire' && (next?.lower === 'of' || next?.lower === 'out')) return undefined;
  if (next === undefined || !next.word || FUNCTION_WORDS.has(next.lower)) return 'product';
  // "its Vexa bus sold well", not "the Lima bus routes": a plural noun after the kind is no verb here.
  return (kind === undefined ? PHRASE_END_VERBS : PAST_OR_AUXILIARY).test(next.lower) ? 'product' : undefined;
}

/** Forms of "recall" and the words between it and the recalled goods' name: "recalled nearly 9,000 advanced Zeta pacemakers". */
const RECALL_FORMS: ReadonlySet<string> = new Set(['recall', 'recalls', 'recalled', 'recalling']);
/** A number or a lower-case word between: a count, a share or a qualifier ("some", "a subset of", "9,000", "advanced"). */
const RECALLED_SHARE = /^(?:\d[\d,.]*|\p{Ll}[\p{Ll}-]*)$/u;
/** Words that end the reach back to the recall: another clause, or another's goods ("recalled toys made by Qorva and Zeta pumps"). */
const NOT_RECALLED_SHARE: ReadonlySet<string> = new Set(['and', 'or', 'by', 'from', 'made', 'sold', 'that', 'which', 'with', 'in', 'at', 'on', 'to']);
/**
 * "Zenco Medical recalled 9,000 Zeta pacemakers", "is recalling the Zeta II and Vexa implants": a recall names the devices it
 * covers as an owner does (stop 90, from a fresh sample on device recalls): at most five words between, and the first name of a
 * pair ("the Zeta II and").
 */
function isRecalledGoods(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  if (tokens[k]?.lower === 'and') for (k--; k > start - 6 && k >= 0 && /^[\p{Lu}\d]/u.test(tokens[k]!.text); k--);
  for (let n = 0; k >= 0 && n <= 5; k--, n++) {
    const word = tokens[k]!.lower;
    // "Distributor Zenco recalled 9,000 Qorva pumps", "… Qorva pumps it distributes": a seller's recall covers another's goods, and
    // the name may be their maker's (review rr90c). The whole sentence is read only once a recall is found before the name.
    if (RECALL_FORMS.has(word)) return !RECALLER_RESELLS.test(tokens.map((t) => t.lower).join(' '));
    // "9,000" may come as "9 , 000".
    const numberComma = word === ',' && /^\d/.test(tokens[k - 1]?.text ?? '') && /^\d/.test(tokens[k + 1]?.text ?? '');
    if (!numberComma && (NOT_RECALLED_SHARE.has(word) || !RECALLED_SHARE.test(word))) return false;
  }
  return false;
}

/**
 * Whether the recalled name's first word also names the one recalling, before the verb: "Zenco is recalling Zenco Extra Large Prawns",
 * "Zenco UK is recalling its Zenco Hot Pesto" (real UK and US recall notices: shops and makers recall goods sold under their own name).
 */
function recallerNamesGoods(tokens: readonly Token[], start: number): boolean {
  const first = tokens[start]!.text;
  if (!/^\p{Lu}\p{L}+$/u.test(first)) return false;
  let verb = start - 1;
  while (verb >= 0 && !RECALL_FORMS.has(tokens[verb]!.lower)) verb--;
  // "The state of Ruritania recalled …": the recaller is no preposition's object.
  for (let k = 0; k < verb; k++) if (tokens[k]!.text === first && !PREPOSITIONS_BEFORE.has(tokens[k - 1]?.lower ?? '')) return true;
  return false;
}

/** Plurals of the medical-device and rig kinds (cue-words.ts), which type a name before them only after an owner. */
const OWNED_DEVICE_PLURALS: ReadonlySet<string> = new Set(MEDICAL_AND_RIG_KINDS.map((w) => `${w}s`));

/** "its Zeta pumps", "Zenco's Vexa mining rigs": an owner before the name, a device plural (after one lower-case qualifier at most) after it. */
function isOwnedDevicePlural(tokens: readonly Token[], start: number, end: number): boolean {
  const recalled = isRecalledGoods(tokens, start);
  if (!(isPossessive(tokens[start - 1]) || /^(?:its|their)$/.test(tokens[start - 1]?.lower ?? '') || recalled)) return false;
  // "recalled the Zeta and Vexa pacemakers": the first of a recalled pair shares the second's kind.
  if (recalled && tokens[end]?.lower === 'and') for (end += tokens[end + 1]?.lower === 'the' ? 2 : 1; end < start + 8 && /^[\p{Lu}\d]/u.test(tokens[end]?.text ?? ''); end++);
  // A recall covers consumer goods too ("recalled 98,000 Zeta dehumidifiers", "is recalling its Lumo pies"; helper rcq97).
  // "its Zeta cells", "their Plix battery packs", "its Zeta blood test": components and services sold under a name (owned-component-kinds.ts).
  const kinds = (word: string): boolean => OWNED_DEVICE_PLURALS.has(word) || OWNED_COMPONENT_KINDS.has(word) || (recalled && RECALLED_GOODS.has(word));
  const at = kinds(tokens[end]?.text ?? '') ? end : /^\p{Ll}+$/u.test(tokens[end]?.text ?? '') && kinds(tokens[end + 1]?.text ?? '') ? end + 1 : -1;
  return at >= 0 && endsNounPhrase(tokens[at + 1]);
}

/** Qualifiers that make a programme no product of its own: one the firm takes part in, runs for staff or partners, or funds. */
const PROGRAMME_QUALIFIERS_NOT_OWN = /^(?:partner|partnership|loyalty|rewards?|affiliate|pilot|training|internship|graduate|apprenticeship|bounty|buyback|repurchase|investment|research|space|nuclear|missile|weapons|aid|stimulus|subsidy|support|incentive|certification|compliance|ambassador|accelerator|incubator|sponsorship|mentorship|exchange|relief|recovery|restructuring|savings|hiring|diversity|volunteer|charity|scholarship|vaccination|vaccine|testing|drilling|exploration)$/;

/** Words of funding before a programme: the programme is the funder's ("a grant from Ruritania through its Zapp programme"). */
const PROGRAMME_FUNDING_WORDS = /^(?:grant|grants|funding|funds|funded|subsidy|subsidies|subsidised|subsidized|loan|loans|award|awarded)$/;

/** "its Zapp program", "their Zapp insurance programme": a name right after "its"/"their" before a programme noun (one qualifier between). */
function isOwnNamedProgramme(tokens: readonly Token[], start: number, end: number): boolean {
  if (!/^(?:its|their)$/.test(tokens[start - 1]?.lower ?? '')) return false;
  // "won a grant from the EU under its Horizon programme": a funder's or a state's scheme the firm draws on.
  if (tokens[start - 2]?.lower === 'under' || tokens.slice(0, start).some((t) => PROGRAMME_FUNDING_WORDS.test(t.lower))) return false;
  const programme = (k: number): boolean => /^(?:program|programme)$/.test(tokens[k]?.text ?? '');
  const at = programme(end) ? end : /^\p{Ll}+$/u.test(tokens[end]?.text ?? '') && !PROGRAMME_QUALIFIERS_NOT_OWN.test(tokens[end]!.text) && programme(end + 1) ? end + 1 : -1;
  return at >= 0 && endsNounPhrase(tokens[at + 1]);
}

/** Auxiliaries, modals and past forms after a noun, which end its phrase. */
const PAST_OR_AUXILIARY = /^(?:can|could|will|would|may|might|must|should|does|did|is|was|are|were|has|had|have|\S+ed)$/;
/** Words after a noun that end its phrase: auxiliaries and modals, and verbs' forms ("failed", "costs"). */
const PHRASE_END_VERBS = /^(?:can|could|will|would|may|might|must|should|does|did|\S+ed|\S*[^s]s)$/;

/** Kinds of product written as acronyms, which a name can stand before: "the Coral Ridge GPU", "its Nimbus TPU", "the Zeta PC". */
const KIND_ACRONYMS: ReadonlySet<string> = new Set(['GPU', 'GPUs', 'CPU', 'CPUs', 'TPU', 'TPUs', 'NPU', 'NPUs', 'SoC', 'SoCs', 'PC', 'PCs', 'LLM', 'LLMs']);

/** "brands", "apps", "chips": a plural cue noun ("glasses" and the like are no cue before a list). */
const isPlural = (noun: string): boolean => noun.endsWith('s') && !noun.endsWith('ss');

const GOODS: ReadonlySet<string> = new Set(GOODS_NOUNS);
/**
 * Goods whose name news writes after the kind as well: "news channel Zeta TV", "the satellite channel Qorva" (helper gen97, real
 * broadcasting news: the channel's name was left untyped, and the regulator's ban lost or moved to a word before it).
 */
const GOODS_NAMED_AFTER: ReadonlySet<string> = new Set(['channel']);
/** Kinds of made thing that type the name before them only after an owner: "its Qorva library" (not "the Zembla library"). */
const OWNED_ONLY_KINDS: ReadonlySet<string> = new Set(['library', 'libraries']);
/** Words that make a sentence about code, where an owned library is software: "developers", "open-source", "JavaScript". */
const CODE_WORDS: ReadonlySet<string> = new Set(['developer', 'developers', 'open-source', 'source', 'code', 'coding', 'software', 'programmers', 'programming', 'javascript', 'python', 'rust', 'github', 'api', 'apis', 'release', 'released', 'releases', 'ships', 'shipped', 'version', 'versions', 'update', 'updated', 'framework', 'frameworks', 'sdk', 'app', 'apps', 'web', 'engineers']);
/** Whether the token after a kind noun ends its phrase (no noun the kind qualifies follows: "the library shelves"). */
const endsNounPhrase = (next: Token | undefined): boolean => next === undefined || !next.word || FUNCTION_WORDS.has(next.lower) || PHRASE_END_VERBS.test(next.lower) || /^(?:is|was|are|were|has|had|have|will|would|can|could|may|might)$/.test(next.lower);

/** Words after "brands" or "products" that open the list of them: "Zenco brands include …", "Zenco products such as …". */
const PORTFOLIO_LIST_OPENERS = new Set(['include', 'includes', 'included', 'including', 'such', 'like', 'comprise', 'comprises', 'span', 'spans', ':']);

/** Words after a name (or its "'s") that only a firm takes: "Medvance CEO …", "Medvance shares fell", "Medvance's chief executive". */
const FIRM_WORDS_AFTER = new Set(['ceo', 'cfo', 'coo', 'cto', 'shares', 'stock', 'shareholders', 'stockholders']);
/** Stock exchanges in a ticker bracket: "Medvance (NYSE: MDV)". */
const EXCHANGES = new Set(['NYSE', 'NASDAQ', 'AMEX', 'LSE', 'LON', 'TSX', 'TSE', 'TYO', 'ASX', 'HKEX', 'SEHK', 'HKG', 'SSE', 'SZSE', 'KRX', 'KOSDAQ', 'NSE', 'BSE', 'OTC', 'OTCQX', 'OTCQB', 'EURONEXT', 'EPA', 'SIX', 'XETRA', 'ETR', 'FRA', 'BIT', 'TWSE', 'SGX', 'JSE', 'B3', 'BMV']);
/** A Reuters code in brackets: "Medvance (MDV.N)", "(0700.HK)". */
const REUTERS_CODE = /^[A-Z0-9]{1,6}\.[A-Z]{1,2}$/;

/**
 * Whether the text marks the name as a listed firm's: a word only firms take after it, a ticker
 * bracket, or "Nasdaq-listed" before it. A single English word is no firm by these ("Tech shares
 * fell", "Asian stocks").
 */
function hasFirmCue(tokens: readonly Token[], start: number, end: number): boolean {
  if (end - start === 1 && !isNameWord(tokens[start]!.lower)) return false;
  if (/-listed$/i.test(tokens[start - 1]?.text ?? '')) return true;
  const k = isPossessive(tokens[end]) ? end + 1 : end;
  const next = tokens[k];
  if (next && (FIRM_WORDS_AFTER.has(next.lower) || (next.lower === 'chief' && tokens[k + 1]?.lower === 'executive'))) return true;
  if (k === end && (FIRM_DEEDS_AFTER.test(`${wordsFrom(tokens, end, 6)} `) || isFirmIntroduced(tokens, start, end))) return true;
  // "Medvance (NYSE: MDV)", "Medvance's (NYSE: MDV) Zapp".
  if (tokens[k]?.text !== '(') return false;
  const inside = tokens[k + 1]?.text ?? '';
  if ((EXCHANGES.has(inside.toUpperCase()) && tokens[k + 2]?.text === ':') || (REUTERS_CODE.test(inside) && tokens[k + 2]?.text === ')')) return true;
  // "Zenco Finance (ZEN)", "Qorva Holdings (QRV)": a bare ticker after a name a firm's word ends (helper cod, stop 100; a bare code
  // after any other name may be a coin's, "Zeta (ZTA)", or a product's short form, "its Device Management Platform (DMP)").
  return k === end && end - start >= 2 && FIRM_LAST_WORDS.has(tokens[end - 1]!.text) && /^[A-Z]{2,5}$/.test(inside) && tokens[k + 2]?.text === ')';
}

/** Words that may close a list of names after "shares of": a verb of a price's move, a clause's word or punctuation, not a noun the names qualify. */
const DAY_NAMES = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)$/;
// No prepositions nor any "-ed" word: "shares of Zeta on Zapp jumped" are a post's shares on an app (review rr88b).
const AFTER_SHARES_HOLDERS = /^(?:[,.;:)]|and|or|rose|fell|jumped|climbed|slid|dropped|sank|soared|surged|tumbled|plunged|gained|lost|rallied|slumped|closed|ended|traded|were|are|have|had|has|was|is|will|up|down)$/;

/**
 * "Shares of Zenco rose", "Shares in Halvern and Zenco fell", "… in shares of A, B and C": what shares are of is a listed firm, each
 * member of a list too; not a market's shares ("the market shares of Zeta and Vexa") nor a name qualifying a noun ("shares of Zapp users").
 */
function isSharesHolder(tokens: readonly Token[], start: number, end: number): boolean {
  let k = start - 1;
  // Back over the members before this one: "@1 , @2 and" (capitalised words, commas, "and", "the").
  for (let n = 0; n < 12 && k >= 0 && (tokens[k]!.capitalized || /^(?:,|and|the)$/.test(tokens[k]!.text)) && !/^(?:of|in)$/.test(tokens[k]!.text); n++) k--;
  if (!/^(?:of|in)$/.test(tokens[k]?.text ?? '') || !/^shares$/i.test(tokens[k - 1]?.text ?? '') || tokens[k - 2]?.lower === 'market') return false;
  let e = end;
  for (let n = 0; n < 12 && e < tokens.length && (tokens[e]!.capitalized || /^(?:,|and|the)$/.test(tokens[e]!.text)) && !(tokens[e]!.text === ',' && !tokens[e + 1]?.capitalized && tokens[e + 1]?.text !== 'and'); n++) e++;
  // "… shares of Halvern on Monday": a day, not an app the shares are on.
  return e >= tokens.length || AFTER_SHARES_HOLDERS.test(tokens[e]!.lower) || (/^(?:on|last)$/.test(tokens[e]!.lower) && DAY_NAMES.test(tokens[e + 1]?.text ?? ''));
}

/** "the chief executive of", "the CEO of", "the board of directors of": a firm's officers and board (not "president": states have them). */
const FIRM_OFFICERS_OF = /^(?:the|its|a|former) (?:chief executive(?: officer)?|ceo|cfo|coo|cto|chief financial officer|chief operating officer|chairman|chairwoman|board of directors|boss|shareholders|stockholders) of$/;

/**
 * Last words of bodies that have chief executives and boards too: trusts, councils, charities, clubs, regulators, trade bodies
 * ("the chief executive of the Zembla Retail Consortium"); the health service's bodies open with "NHS" ("NHS Providers").
 */
const OFFICERED_BODY_ENDS: ReadonlySet<string> = new Set(['Trust', 'Council', 'Society', 'Association', 'Club', 'Charity', 'Commission', 'Authority', 'Agency', 'Board', 'Service', 'Academy', 'Festival', 'Consortium', 'Confederation', 'Providers']);

/** Whether the name at `start` follows a firm's officer or board and its "of" ("the chief executive of Vexa"). */
function isFirmOfficerOf(tokens: readonly Token[], start: number): boolean {
  if (tokens[start - 1]?.text !== 'of') return false;
  for (const n of [3, 4, 5, 6]) if (start - n >= 0 && FIRM_OFFICERS_OF.test(wordsFrom(tokens, start - n, n))) return true;
  return false;
}

/**
 * What only a firm does, said right after its name: "Medvance was founded in 2019", "Medvance,
 * headquartered in Austin,", "Medvance raised $50 million", "Medvance employs 300 people",
 * "Medvance went public", "filed for an IPO". Not "was launched in" (products are), nor "based in"
 * (people are: "Jane Roe, based in London,").
 */
const FIRM_DEEDS_AFTER = /^(?:(?:was|is|, ) ?(?:founded|established|incorporated) (?:in|by) |(?:is |was |, )?headquartered in |(?:has |had )?raised (?:\$|€|£|us\$|\d|about |more than |nearly |over |some )|employs (?:\d|about |more than |nearly |over |some )|went public |(?:has )?filed for (?:an |its |a )?(?:ipo |initial public offering |bankruptcy ))/;

/** The lower-case words from `from`, at most `count`, joined by spaces. */
function wordsFrom(tokens: readonly Token[], from: number, count: number): string {
  return tokens.slice(from, from + count).map((t) => t.lower).join(' ');
}

/**
 * "Founded in 2019, Medvance …" (the sentence opens with the founding, the name after its
 * comma) and "The startup, Medvance, …" (a firm's noun set off before the name).
 */
function isFirmIntroduced(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[start - 1]?.text !== ',') return false;
  if (tokens[0]?.lower === 'founded' && tokens.findIndex((t) => t.text === ',') === start - 1) return true;
  const noun = tokens[start - 2]?.lower ?? '';
  return start === 3 && /^(?:the|a|an)$/.test(tokens[0]!.lower) && CUE_NOUNS.get(noun) === 'company' && !isPlural(noun) && tokens[end]?.text === ',';
}

/**
 * What follows "Chief" in a firm's officer's title only: "Chief Executive", "Chief Technology Officer". Not the offices states
 * keep too ("Chief Medical Officer", "Chief Information Officer"), whose words before may be a place's.
 */
const CHIEF_OFFICE_WORDS: ReadonlySet<string> = new Set(['Executive', 'Operating', 'Financial', 'Technology', 'Technical', 'Marketing', 'Commercial', 'Product', 'Digital', 'Revenue']);
/** Titles only a firm gives: "Medvance CEO Jane Roe", "Medvance Chief Executive Jane Roe", "Medvance co-founder Jane Roe". */
const FIRM_TITLES = new Set(['CEO', 'CFO', 'COO', 'CTO', 'Founder', 'Co-founder', 'founder', 'co-founder']);

/**
 * Where a firm's name ends before a firm's title that opens a person's name, if the words before
 * the title are one: no state or demonym ("French President …" is no firm), and a single word
 * only when it is no common English word.
 */
function firmBeforeTitle(tokens: readonly Token[], start: number, nameFrom: number, lexicon: Lexicon): number | undefined {
  let k = start;
  while (k < nameFrom && !PERSON_TITLES.has(tokens[k]!.text) && !FIRM_TITLES.has(tokens[k]!.text)) k++;
  if (k === start || k >= nameFrom) return undefined;
  const title = tokens[k]!.text;
  // "Zenco Chief Technology Officer Anna Berg": any firm's chief officer (stop 95).
  if (!FIRM_TITLES.has(title) && !(title === 'Chief' && CHIEF_OFFICE_WORDS.has(tokens[k + 1]?.text ?? ''))) return undefined;
  const words = textsOf(tokens, start, k);
  if (words.some((w) => NOT_NAMES.has(w) || lexicon.stateOfDemonym(w) || GOVERNMENT_HEADS.has(w))) return undefined;
  // "Tech CEO Jane Roe", "Crypto founder …": a sector, capitalised only by the sentence start.
  if (words.length === 1 && (!isNameWord(words[0]!.toLowerCase()) || CUE_NOUNS.has(words[0]!.toLowerCase()) || /(?:tech|crypto)$/i.test(words[0]!))) return undefined;
  return k;
}

/**
 * The firm whose name ends with the closing word `tail` that opens the compound at token `i` ("Zenco Ltd-owned",
 * "Alibaba Group-owned"): the capitalised words right before it and the tail, as the known name they start, or a firm of its own.
 */
function firmBeforeTail(tokens: readonly Token[], i: number, tail: string, known: readonly SentenceMention[], lexicon: Lexicon): SentenceMention | undefined {
  let first = i;
  while (first > 0 && i - first < 3 && tokens[first - 1]!.capitalized && tokens[first - 1]!.end + 1 === tokens[first]!.start && !NOT_NAMES.has(tokens[first - 1]!.text)) first--;
  if (first === i) return undefined;
  const start = tokens[first]!.start;
  const end = tokens[i]!.start + tail.length;
  const label = `${surfaceOf(tokens, first, i)} ${tail}`;
  const entry = lexicon.longestMatch([label], 0)?.entry;
  const opening = known.find((m) => m.first === first && m.last === i && m.type === 'company');
  const name = entry ? { key: entry.id, label: entry.name, type: entry.type } : opening ? { key: opening.key, label: opening.label, type: opening.type } : { key: keyOfName(label), label, type: 'company' as const };
  if (name.type !== 'company') return undefined;
  return newMention({ first, last: i + 1, ...name, surface: label, start, end, source: 'rule' });
}

/** First parts of compound adjectives of states: "Sino-Russian", "Anglo-Dutch". */
const COMBINING_FORMS = new Set(['Sino', 'Anglo', 'Franco', 'Indo', 'Russo', 'Euro', 'Afro', 'Italo', 'Austro', 'Turco', 'Greco', 'Hispano', 'Luso', 'Nippo']);

/** "Israeli-American", "Sino-Russian", "US-China": an adjective of two states, no name. */
function isDemonymCompound(text: string, lexicon: Lexicon): boolean {
  // Asked of every capitalised word in a run: most have no hyphen, and need no split.
  if (!text.includes('-')) return false;
  return text.split('-').every((p) => COMBINING_FORMS.has(p) || lexicon.stateOfDemonym(p) !== undefined || lexicon.longestMatch([p], 0)?.entry.type === 'government');
}

/** A word that is no common English word: coined, or one compromise knows only as an organisation's name ("pfizer"). */
export function isNameWord(word: string): boolean {
  const tag = ENGLISH_WORDS[word];
  return tag === undefined || tag === 'Organization';
}

/**
 * A person's name without the titles before it ("Commerce Secretary Paul Smith" → "Paul Smith"),
 * and with the surname the lexicon took for a company or product ("engineer Ada Tesla": a
 * first name alone is never a person's whole name).
 */
function personSpan(tokens: readonly Token[], start: number, last: number, nameFrom: number | undefined, known: readonly SentenceMention[]): { start: number; last: number } {
  const from = nameFrom ?? start;
  const next = tokens[last];
  if (last - from === 1 && next?.capitalized && next.start === tokens[last - 1]!.end + 1 && known.some((m) => m.first === last && m.last === last + 1 && m.source === 'lexicon' && m.type !== 'government')) {
    return { start: from, last: last + 1 };
  }
  return { start: from, last };
}

/**
 * The product line "<maker> <brand>" the article or the lexicon knows, for a name that puts
 * another brand word between ("Zenco Nova Lumen", "Zenco's Nova Lumen" for "Zenco Lumen").
 */
function productLine(maker: string, brand: string, learned: ReadonlyMap<string, LearnedName>, lexicon: Lexicon): LearnedName | undefined {
  const lineName = `${maker} ${brand}`;
  const entry = lexicon.longestMatch(tokenize(lineName).map((t) => t.text), 0);
  const line = learned.get(lineName) ?? (entry && entry.length === 2 ? { key: entry.entry.id, label: entry.entry.name, type: entry.entry.type } : undefined);
  return line && (line.type === 'product' || line.type === 'model') ? line : undefined;
}

/**
 * "the Zenco Ray glasses … the Ray glasses": a bare word before a kind of product, where the article named one product line
 * of two words ending in it (its maker's name before it), is that line, not a product of its own (a fresh sample of real news).
 */
function prefixedLine(brand: string, learned: ReadonlyMap<string, LearnedName>, possessor: string | undefined): LearnedName | undefined {
  const tail = ` ${brand}`;
  let line: LearnedName | undefined;
  for (const [surface, name] of learned) {
    if (!surface.endsWith(tail) || surface.indexOf(' ') !== surface.length - tail.length || (name.type !== 'product' && name.type !== 'model')) continue;
    // "Qorva's Max phones" after "the Zenco Max phones": another firm's word of the same spelling, not Zenco's line.
    if (possessor !== undefined && surface !== `${possessor}${tail}`) return undefined;
    if (line && line.key !== name.key) return undefined;
    line = name;
  }
  return line;
}

/** The word written with a possessive right before [start, …): "Qorva" of "Qorva's Max phones" (a line's prefix is one word). */
function possessorOf(tokens: readonly Token[], start: number): string | undefined {
  return isPossessive(tokens[start - 1]) ? tokens[start - 2]?.text ?? '' : undefined;
}

/** Heads of bodies whose names a demonym before them does not open: "the Nepali Ministry of Finance" is the Ministry of Finance. */
const DEMONYM_FREE_HEADS = new Set(['Ministry', 'Department', 'Office', 'Cabinet', 'Parliament', 'Congress', 'Senate', 'Assembly', 'Court', 'Government']);

/** The state written before a body's name [start, …): as a name or demonym (part of the name) or a possessive. */
function stateBefore(tokens: readonly Token[], runStart: number, start: number, known: readonly SentenceMention[], lexicon: Lexicon): { key: string; state: string; first: number; joins: boolean } | undefined {
  const words = tokens.map((t) => t.text);
  for (const length of [2, 1]) {
    const at = start - length;
    if (at < runStart) continue;
    const demonym = lexicon.demonymAt(words, at);
    if (demonym?.length === length) return { key: demonym.entry.id, state: demonym.entry.id, first: at, joins: true };
  }
  const possessive = isPossessive(tokens[start - 1]);
  const before = known.find((m) => m.last === (possessive ? start - 1 : start) && m.type === 'government' && m.source === 'lexicon');
  if (!before || (!possessive && tokens[start]!.start !== tokens[start - 1]!.end + 1)) return undefined;
  return { key: before.key, state: lexicon.get(before.key)?.partOf ?? before.key, first: before.first, joins: !possessive };
}

/** Last words that only end a company's name ("… Group and …" is two names; "Research and Development" is not). */
const ENDS_COMPANY = new Set(['Group', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Ltd', 'Ltd.', 'Limited', 'LLC', 'PLC', 'GmbH', 'AG', 'Holdings', 'Company']);
/** The last words of game and software studios' names: "S2 Games", "Hi-Rez Studios". */
const STUDIO_ENDS = new Set(['Games', 'Studios', 'Labs', 'Interactive']);
/**
 * Trade words that end a firm's name before a compound's hyphen ("Qorva Games-owned", "Zenco Motors-built"): the name is the words
 * before them and the tail, not the tail alone. Not "Capital", "Ventures" or "Partners": a Title Case "Venture Capital-backed" names no firm.
 */
const OWNER_TAILS: ReadonlySet<string> = new Set([...STUDIO_ENDS, 'Technologies', 'Systems', 'Media', 'Motors', 'Electronics', 'Networks', 'Robotics', 'Entertainment', 'Industries', 'Brands', 'Pharma']);
/** Words before "AI" that make the run after it the object of a maker's act: an article, an owner, or a lower-case verb ("launched AI Mode"). */
const AI_PRODUCT_LEADS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', "'s", '’s', 'new']);
/** Verbs that open a sentence addressing the reader, before a name: "Enter Zenco's Vela", "Meet Qorva", "Imagine Zenco's …". */
const IMPERATIVE_OPENERS: ReadonlySet<string> = new Set(['Enter', 'Meet', 'Imagine', 'Consider', 'Behold', 'Introducing']);
/** Heads of software products' names that compromise's word list lacks: "AI Mode", "AI Studio" (after "AI" the name opens with it). */
const AI_PRODUCT_HEADS: ReadonlySet<string> = new Set(['Mode', 'Studio', 'Finder', 'Overview', 'Overviews', 'Copilot', 'Companion', 'Translator', 'Generator', 'Upscaler', 'Eraser', 'Recap', 'Insights', 'Canvas', 'Hub', 'Suite', 'Toolkit', 'Playground']);
/** Last words after "AI" that name a body, a law, an event or a field, not a product: "the AI Act", "an AI Summit", "the AI Safety Institute". */
const AI_NOT_PRODUCT_ENDS: ReadonlySet<string> = new Set(['Act', 'Bill', 'Law', 'Rules', 'Regulation', 'Regulations', 'Directive', 'Strategy', 'Plan', 'Policy', 'Summit', 'Week', 'Day', 'Conference', 'Forum', 'Index', 'Report', 'Research', 'Safety', 'Ethics', 'Governance', 'Lab', 'Labs', 'Group', 'Team', 'Division', 'Unit', 'Institute', 'Center', 'Centre', 'Office', 'Board', 'Council', 'Agency', 'Alliance', 'Fund', 'Initiative', 'Challenge', 'Award', 'Awards', 'Race', 'Boom', 'Bubble', 'Revolution', 'Era']);
/**
 * Whether the one or two words after "AI" at `k` (up to `end`) are plain capitalised English words ("Mode", "Pin", "Image Studio") after an
 * article, an owner or a lower-case verb: the product's name opens with "AI". Not a body's, a law's or an event's last word.
 */
function aiProductAfter(tokens: readonly Token[], k: number, end: number): boolean {
  const before = tokens[k - 1];
  if (!before || !(AI_PRODUCT_LEADS.has(before.text) || /^\p{Ll}+$/u.test(before.text))) return false;
  if (AI_NOT_PRODUCT_ENDS.has(tokens[end - 1]!.text)) return false;
  for (let w = k + 1; w < end; w++) {
    const t = tokens[w]!;
    if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || !(isEnglishWord(t.lower) || AI_PRODUCT_HEADS.has(t.text) || WORDNET_GOODS.has(t.lower)) || NOT_NAMES.has(t.text) || NOT_NAMES_ALONE.has(t.text) || COMPANY_SUFFIXES.has(t.text) || GOVERNMENT_HEADS.has(t.text) || PERSON_TITLES.has(t.text) || MONTH_NAMES.has(t.text)) return false;
  }
  return true;
}

/** Fields of broadcasting, two of which joined by "and" name one broadcaster: "Zembla Radio and Television". */
const BROADCAST_FIELDS: readonly string[] = ['Radio', 'Television', 'Broadcasting', 'Film'];
/** Fields of work that an organisation's name may join with "and": "Science and Technology", "Research and Development". */
// Stop 52's readers: trades a firm's legal name joins with "and" ("Zenco Rubber and Plastics Co", "Qorva Machinery and Electric Industrial").
const FIELD_WORDS = new Set(['Rubber', 'Plastics', 'Plastic', 'Electric', 'Electrical', 'Industrial', 'Textile', 'Textiles', 'Steel', 'Marine', 'Import', 'Export', 'Science', 'Sciences', 'Technology', 'Technologies', 'Industry', 'Industries', 'Research', 'Development', 'Engineering', 'Trade', 'Commerce', 'Innovation', 'Information', 'Communications', 'Telecommunications', 'Electronics', 'Energy', 'Gas', 'Oil', 'Power', 'Mining', 'Metals', 'Manufacturing', 'Machinery', 'Defense', 'Defence', 'Aerospace', 'Aviation', 'Space', 'Security', 'Education', 'Testing', 'Design', 'Construction', 'Investment', 'Logistics', 'Transport', 'Shipbuilding', 'Software', 'Automation', 'Equipment', 'Instruments', 'Materials', 'Chemicals',
  // "Radio and Television Union", "Culture and Tourism Bureau", "Press and Publication Administration" (helper fp82's fresh news samples).
  ...BROADCAST_FIELDS, 'Press', 'Publication', 'Publishing', 'Media', 'Culture', 'Tourism', 'Posts', 'Health', 'Agriculture',
  // "Production and Farming Corps", "Research and Standards Bureau", "Quality and Safety Authority" (helper nm88's fresh news sample).
  'Production', 'Farming', 'Standards', 'Quality', 'Safety', 'Planning', 'Food', 'Drug']);
/** Last words that close an organisation's name: "… Corporation", "… Center", "… Institute". */
// "Defence Research and Development Organisation", "Posts and Telecommunications Authority": a public body's head closes it too (stop 72's makers sample).
const ORGANISATION_ENDS = new Set([...ENDS_COMPANY, 'Co', 'Co.', 'Center', 'Centre', 'Institute', 'Academy', 'University', 'College', 'Laboratory', 'Laboratories', 'Administration', 'Association', 'Bureau', 'Organisation', 'Organization', 'Agency', 'Authority', 'Commission', 'Council', 'Board', 'Foundation', 'Union', 'Federation', 'Ministry', 'Department',
  // "… Production and Construction Corps": a public corps closes a body's name too (helper nm88).
  'Corps']);

/** Words that make a name an institution of learning or research, not a company: "University of Science and Technology". */
const ACADEMIC_WORDS = new Set(['University', 'College', 'Academy', 'School', 'Polytechnic']);

/**
 * A state's name (not a body's) right before a capitalised word of a name that is no body's, title's or
 * month's, no verb's ("Canada Banned …") and not another known name: "Canada Goose", "Canada Dry". Not "Canada's Zenco", "US President",
 * "EU Commission", "China Mobile" (the lexicon's own name covers it).
 */
/**
 * Last words of an eatery chain's name that a region's name may open: "Texas Roadhouse", "California Pizza Kitchen", "Kentucky
 * Fried Chicken" (helper rlo94, real restaurant news: the region was read as the place and the rest cut off as a firm).
 */
const EATERY_TAILS: ReadonlySet<string> = new Set(['Roadhouse', 'Kitchen', 'Chicken', 'Grill', 'Pizza', 'Steakhouse', 'Smokehouse', 'Diner', 'Cafe', 'Café', 'Bakery', 'Burger', 'Burgers', 'Tacos', 'Subs', 'Bagels', 'Donuts', 'Creamery', 'Cantina', 'Wings', 'Barbecue', 'BBQ']);
/** Eatery tails that name a house, not a dish, and so close a name of the region and one word: "Texas Roadhouse". */
const EATERY_HOUSES: ReadonlySet<string> = new Set(['Roadhouse', 'Kitchen', 'Steakhouse', 'Smokehouse', 'Diner', 'Cantina', 'Creamery']);
/**
 * Whether a region inside a state (its lexicon entry is part of one) opens an eatery's name: one to three capitalised words after it,
 * written apart by one space, the last an eatery's tail and the next word no capitalised one ("Texas Roadhouse", not "Texas Pizza
 * Festival" nor "Texas Governor").
 */
function opensEateryName(tokens: readonly Token[], m: SentenceMention): boolean {
  let k = m.last;
  while (k < tokens.length && k < m.last + 3 && /^\p{Lu}[\p{Ll}\p{Lu}é]+$/u.test(tokens[k]!.text) && tokens[k]!.start === tokens[k - 1]!.end + 1 && !GOVERNMENT_HEADS.has(tokens[k]!.text)) {
    // A food's word right after the region ("Texas BBQ joints", "Texas Chicken farmers") is the region's dish: one word more is needed.
    if (EATERY_TAILS.has(tokens[k]!.text) && !tokens[k + 1]?.capitalized && (k > m.last || EATERY_HOUSES.has(tokens[k]!.text))) return true;
    k++;
  }
  return false;
}

function opensBrandName(tokens: readonly Token[], m: SentenceMention, lexicon: Lexicon, covered: Uint8Array): boolean {
  if (m.type === 'government' && m.source === 'lexicon' && lexicon.get(m.key)?.partOf && !covered[m.last]) return opensEateryName(tokens, m);
  if (m.type !== 'government' || m.source !== 'lexicon' || lexicon.get(m.key)?.partOf) return false;
  const next = tokens[m.last];
  if (!next || covered[m.last] || !next.capitalized || !/^\p{Lu}\p{Ll}+$/u.test(next.text) || next.start !== tokens[m.last - 1]!.end + 1) return false;
  const w = next.text;
  // "Yemen Kuwait Bank": two states' names before a firm's word open one firm's name (stop 49's readers).
  const stateAt = (t: Token | undefined): boolean => {
    const entry = t && lexicon.longestMatch([t.text], 0)?.entry;
    return entry?.type === 'government' && !entry.partOf;
  };
  const firmWord = (t: Token | undefined): boolean => !!t && COMPANY_SUFFIXES.has(t.text);
  if (stateAt(next) && firmWord(tokens[m.last + 1]) && tokens[m.last + 1]!.start === next.end + 1) return true;
  if (m.first > 0 && stateAt(tokens[m.first - 1]) && tokens[m.first - 1]!.end + 1 === tokens[m.first]!.start && firmWord(next)) return true;
  // Past a sentence's first word, a capitalised word before the state makes it part of a longer name already ("Zenco Canada Goose").
  if (m.first > 1 && tokens[m.first - 1]!.capitalized) return false;
  if (GOVERNMENT_HEADS.has(w) || BODY_WORDS.has(w) || PERSON_TITLES.has(w) || NOT_NAMES.has(w) || NOT_NAMES_ALONE.has(w) || MONTH_NAMES.has(w) || HEADLINE_VERBS.has(w) || /ed$/.test(w)) return false;
  if (lexicon.stateOfDemonym(w) || lexicon.longestMatch([w], 0)) return false;
  // "Pakistan Telecommunication Authority": a state's body, named by the state rules.
  for (let k = m.last; k < tokens.length && k < m.last + 6 && isNameToken(tokens[k]!); k++) if (GOVERNMENT_HEADS.has(tokens[k]!.text) || STATE_INSTITUTIONS.has(tokens[k]!.text)) return false;
  return true;
}

/** Words that open a sentence after a colon rather than a subtitle: "Zeta: The company said …". */
const NOT_SUBTITLE_OPENERS = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'We', 'I', 'He', 'She', 'They', 'What', 'Why', 'How', 'Who', 'When', 'Where', 'Which', 'Is', 'Are', 'Was', 'Can', 'Will', 'Should']);

/**
 * Lower-case jobs that stand before a person's name: "analyst Kai Brandt", "said director Ann Lee" (helper fal88); not the
 * ranks before a job in cue-words ("lead developer").
 */
const PERSON_JOB_WORDS: ReadonlySet<string> = new Set(['analyst', 'analysts', 'director', 'economist', 'strategist', 'professor', 'researcher', 'scientist', 'engineer', 'spokesperson', 'spokesman', 'spokeswoman', 'executive', 'chief', 'chairman', 'chairwoman', 'president', 'founder', 'co-founder', 'cofounder', 'manager', 'partner', 'lawyer', 'attorney', 'investor', 'editor', 'reporter', 'journalist', 'consultant', 'officer', 'head', 'ceo', 'cto', 'cfo', 'coo']);

/**
 * Whether the name run tokens[from, to) is a person's name, so that an "of" after it opens the firm the person works for
 * ("analyst Kai Brandt of Qorva Capital", "Director Kai Brandt of Qorva Labs", "Kai R. Brandt of Qorva"): two or three name words
 * after a person's title or role, or with a middle initial; a body's words ("Bank", "Capital", "Inc") keep the "of" in its name.
 */
function isPersonRun(tokens: readonly Token[], from: number, to: number): boolean {
  let start = from;
  while (start < to && PERSON_TITLES.has(tokens[start]!.text)) start++;
  const words = tokens.slice(start, to).filter((w) => w.text !== '.');
  if (words.length < 2 || words.length > 3 || words.some((w) => !/^\p{Lu}[\p{Ll}'’-]*$/u.test(w.text) || isGeneralFirmWord(w.text) || BODY_WORDS.has(w.text) || GOVERNMENT_HEADS.has(w.text) || NOT_TITLE_HEADS.has(w.text))) return false;
  const middleInitial = tokens.slice(start, to).some((w, k) => k > 0 && /^\p{Lu}$/u.test(w.text) && tokens[start + k + 1]?.text === '.');
  const before = tokens[from - 1];
  const titled = start > from || (before !== undefined && (PERSON_TITLES.has(before.text) || PERSON_JOB_WORDS.has(before.lower)));
  return titled || middleInitial;
}

/** Words before "of" that make it a person's role or a body's part, not a title's: "the Chief Executive of Zenco", "a Unit of Zenco". */
const NOT_TITLE_HEADS: ReadonlySet<string> = new Set(['Officer', 'Head', 'Member', 'Members', 'Unit', 'Division', 'Subsidiary', 'Arm', 'Part', 'Partner', 'Founder', 'Co-Founder', 'Shares', 'Stock', 'Customers', 'Users', 'Version', 'Edition', 'Friends', 'Bank', 'University', 'College', 'School', 'Institute', 'Museum', 'Province', 'City', 'State', 'Republic', 'Kingdom', 'Government', 'People']);

/** Heads of a phrase "X of Ruritania" that name a part, a place or an office of the state, no title. */
const NOT_STATE_TITLE_HEADS: ReadonlySet<string> = new Set(['Embassy', 'Embassies', 'Consulate', 'Ambassador', 'Minister', 'President', 'Queen', 'King', 'Prince', 'Princess', 'Emperor', 'Governor', 'Mayor', 'Port', 'Ports', 'Gulf', 'Sea', 'Bay', 'Coast', 'Island', 'Islands', 'North', 'South', 'East', 'West', 'Central', 'Northern', 'Southern', 'Eastern', 'Western', 'Citizens', 'Residents', 'Rest', 'Parts', 'Region', 'Regions', 'Capital', 'Territory', 'Territories', 'Constitution', 'Laws', 'Law', 'Flag', 'Crown', 'Chamber', 'Central Bank', 'Leader', 'Leaders', 'Prosecutor', 'Attorney', 'Police', 'Military', 'Navy', 'Government', 'Governments']);

/** Whether a known firm's, product's or state's one-word name closes a title "X of Y" written mid-sentence ("Medal of Zenco"). */
function closesOfTitle(tokens: readonly Token[], m: SentenceMention, covered: Uint8Array, lexicon: Lexicon): boolean {
  // "sanctioned Voice of Europe": a state's or a region's name closes a title too (stop 70's fourth controls sample: an outlet cut to "Voice").
  const state = m.type === 'government' || m.type === 'place';
  if (m.source !== 'lexicon' || (m.type !== 'company' && m.type !== 'product' && !state) || m.last - m.first !== 1 || m.first < 3) return false;
  const head = tokens[m.first - 2]!;
  if (tokens[m.first - 1]!.text !== 'of' || covered[m.first - 2] || !/^\p{Lu}\p{Ll}+$/u.test(head.text)) return false;
  if (PERSON_TITLES.has(head.text) || GOVERNMENT_HEADS.has(head.text) || NOT_TITLE_HEADS.has(head.text) || NOT_NAMES.has(head.text)) return false;
  if (state && (NOT_STATE_TITLE_HEADS.has(head.text) || INSTITUTION_HEADS.has(head.text) || lexicon.stateOfDemonym(head.text) !== undefined)) return false;
  // Mid-sentence only: a capitalised word opening the sentence may be any word ("Shares of Zenco rose").
  const before = tokens[m.first - 3]!;
  return !before.capitalized || before.text === 'The';
}

/**
 * Nouns that open a sentence "Shares of Zenco …", "Users of Zapp …": what they count or hold is the name after "of". Any other
 * capitalised word before "of" opens a title, "Call of Duty", "Lords of the Fallen" (stop 70, from its first makers samples: such
 * titles were cut to "Duty" and "Fallen").
 */
/** Small words that open a title mid-sentence when capitalised after a lower-case word: "released Until Dawn", "called As We Descend". */
const TITLE_OPENING_WORDS: ReadonlySet<string> = new Set(['Until', 'As', 'Into', 'Beyond', 'Over', 'Under', 'After', 'Before', 'Inside', 'Outside', 'Across', 'Against', 'Among', 'Within', 'Without', 'Through', 'Towards', 'Toward', 'Above', 'Below', 'Behind', 'Between', 'Where', 'When', 'While', 'If', 'What', 'Who', 'How', 'Why']);

const OF_OPENERS: ReadonlySet<string> = new Set(
  `shares share sales sale users user makers maker owners owner customers investors investor executives employees staff fans critics
rivals rival parts part versions version copies units shipments shipment exports imports prices price stocks members developers developer founders
founder officials supporters opponents analysts backers buyers buyer sellers seller suppliers supplier subscribers players viewers readers
thousands millions hundreds dozens billions tens scores lots most many some all none each both one two three four five several much rest half
head heads chief boss leaders leader management shareholders holders creators creator inventors inventor producers producer manufacturers
manufacturer operators operator distributors publishers publisher partners partner clients client unit division subsidiary subsidiaries
details news reports report images photos pictures video videos footage demand production use development testing launch release
sources source representatives representative spokespeople spokesperson spokesman spokeswoman lawyers lawyer`.split(/\s+/),
);

/** Auxiliaries that open a question before its subject. */
const QUESTION_AUXILIARIES: ReadonlySet<string> = new Set(['Is', 'Are', 'Was', 'Were', 'Does', 'Do', 'Did', 'Has', 'Have', 'Had', 'Can', 'Could', 'Will', 'Would', 'Should']);

/** Marks after which a capitalised "The" opens a sentence or a quotation, not a title. */
const OPENING_MARKS: ReadonlySet<string> = new Set([':', '"', '“', "'", '‘', '(', '[', '—', '–', '-', ';']);

/** Whether token `i` is a capitalised "The" that, mid-sentence and outside a Title Case headline, opens a title. */
function opensTheTitle(tokens: readonly Token[], i: number, headline: boolean): boolean {
  return !headline && i >= 1 && tokens[i]!.text === 'The' && !OPENING_MARKS.has(tokens[i - 1]!.text);
}

/** "The Real Singapore": a state's one-word name ending a title that a mid-sentence "The" opens, after the title's own words. */
function closesTheTitle(tokens: readonly Token[], m: SentenceMention, covered: Uint8Array): boolean {
  if (m.source !== 'lexicon' || m.type !== 'government' || m.last - m.first !== 1 || tokens[m.last]?.capitalized) return false;
  let k = m.first - 1;
  while (k > m.first - 4 && k >= 0 && !covered[k] && tokens[k]!.capitalized && tokens[k]!.text !== 'The') k--;
  return k < m.first - 1 && k >= 0 && opensTheTitle(tokens, k, false);
}

/** Roman numerals that number a title's sequel ("Zeta Ops II"). */
export const ROMAN_NUMERALS = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII)$/;

/**
 * Words right before a title that say a work is named ("released Zeta: Kingdom", "the game Zeta: Kingdom", "titles include Zeta:
 * Kingdom"); a date or a list's head before a colon is no title ("on Monday: Zenco, Qorva", "to the SDN List: Zenco Ltd").
 */
const TITLE_CUES: ReadonlySet<string> = new Set(['released', 'releases', 'release', 'releasing', 'launched', 'launches', 'launch', 'launching', 'unveiled', 'unveils', 'shipped', 'ships', 'published', 'publishes', 'debuted', 'debuts', 'introduced', 'introduces', 'announced', 'announces', 'developed', 'develops', 'made', 'makes', 'created', 'creates', 'include', 'includes', 'included', 'including', 'like', 'upcoming', 'new', 'latest', 'hit', 'popular', 'game', 'games', 'title', 'titles', 'sequel', 'app', 'film', 'movie', 'series', 'franchise', 'called', 'named', 'titled', 'dubbed', 'play', 'playing', 'played', 'shooter', 'rpg', 'simulator', 'expansion']);

/** Makers credited with a title by "of": "the developer of Zeta: Arena", "the creator of …". */
const CREDIT_NOUNS: ReadonlySet<string> = new Set(['developer', 'developers', 'maker', 'makers', 'creator', 'creators', 'publisher', 'publishers', 'studio', 'producer', 'producers']);

/** "include Zeta: Kingdom, Zeta: Dash and Zeta: Realm": a series title the sentence already gave a subtitle, again after a comma or "and". */
function repeatsTitle(tokens: readonly Token[], i: number, colon: number): boolean {
  if (!/^(?:,|and|or)$/.test(tokens[i - 1]?.text ?? '')) return false;
  const title = textsOf(tokens, i, colon).join(' ');
  for (let j = 0; j + (colon - i) < i; j++) if (tokens[j + (colon - i)]?.text === ':' && textsOf(tokens, j, j + (colon - i)).join(' ') === title) return true;
  return false;
}

/** Articles that open a subtitle in prose ("… : The Heist", "… : A New Dawn"). */
const SUBTITLE_ARTICLES: ReadonlySet<string> = new Set(['The', 'A', 'An']);
/** Copulas after a title that go on to say what the work is ("… is Zenco's newest game"). */
const TITLE_COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'will', 'remains']);

/**
 * Whether the words after a subtitle (up to four capitalised words after `colon`, an article first) frame the whole title as a
 * work: a maker's noun right after it ("… Rebirth developer Zenco"), or a copula and, within five words, a maker's possessive or
 * a work's kind ("… Adventures is Zenco's newest game", "… was a hit game"), or a comma and an article before a work's kind.
 */
function framedAfterSubtitle(tokens: readonly Token[], colon: number, covered: Uint8Array): boolean {
  let k = colon + 1;
  if (SUBTITLE_ARTICLES.has(tokens[k]?.text ?? '')) k++;
  const from = k;
  while (k < tokens.length && k <= colon + 4 && !covered[k] && isNameToken(tokens[k]!)) k++;
  const after = tokens[k];
  if (k === from || !after || after.capitalized) return false;
  if (CREDIT_NOUNS.has(after.lower)) return true;
  // "…: A New Dawn, a game made by Zenco": an apposition naming a work's kind within three words frames it too.
  const apposed = after.text === ',' && /^(?:a|an|the)$/.test(tokens[k + 1]?.text ?? '');
  if (!TITLE_COPULAS.has(after.lower) && !apposed) return false;
  for (let j = k + 1; j < tokens.length && j <= k + (apposed ? 4 : 5); j++) {
    const w = tokens[j]!;
    if (w.text === ',' && !(apposed && j === k) || w.text === '.' || w.text === ';') return false;
    // A work's kind, not a maker's ("Zenco: Qorva is a game studio" stays a label and a firm).
    if ((/^['’]s$/.test(w.text) && !apposed) || ((apposed ? isApposedWorkKind(w.lower) : WORK_NOUNS.has(w.lower)) && !CREDIT_NOUNS.has(tokens[j + 1]?.lower ?? '') && !/^(?:company|firm|maker|makers|studios)$/.test(tokens[j + 1]?.lower ?? ''))) return true;
  }
  return false;
}

/**
 * Whether the colon at `colon`, glued to the title [i, colon), opens its subtitle: one to three capitalised words that no name
 * already covers, followed by a lower-case word or punctuation, after a title holding a number or made of coined words, or,
 * mid-sentence, a title with "of" or a subtitle ending in a number.
 */
function opensSubtitle(tokens: readonly Token[], i: number, colon: number, covered: Uint8Array): boolean {
  const first = tokens[colon + 1];
  if (!first || colon - i > 4 || tokens[colon]!.start !== tokens[colon - 1]!.end || first.start !== tokens[colon]!.end + 1) return false;
  // "released Cookie Quest: Kingdom", "Zenco's upcoming Tower of Zembla: The Heist": mid-sentence, after a lower-case word or a
  // possessive, a title of English words takes its subtitle too (stop 71's makers samples: titles cut at the colon, read as
  // the short title and often as a second name).
  const before = tokens[i - 1];
  // "the developer of Blip Quest: Wand Academy", "the studio behind Zeta: Dark Tide": a maker's credit stands before a title too (stop 92,
  // set 84's games news: the subtitle was cut off and read as a second name).
  // The subtitle has two words at least there ("… the developer of Zeta: Vexa is its rival" stays two sentences' names).
  const credited = before !== undefined && (before.lower === 'behind' || (before.lower === 'of' && CREDIT_NOUNS.has(tokens[i - 2]?.lower ?? ''))) &&
    ((tokens[colon + 2] !== undefined && isNameToken(tokens[colon + 2]!) && !covered[colon + 2]) || closesOneWordSubtitle(tokens, colon));
  // "the Skyfall: Rebirth developer Zenco", "Diner Rush: Adventures is Zenco's newest game": a maker's noun right after the subtitle,
  // or a copula before a maker's possessive or a work's kind, frames the whole title as well (helper ttl100, from stop 99's families:
  // the title was cut at the colon). "Zenco: Ruritania's new champion", with no such frame after, stays a headline's label.
  const inProse = before !== undefined && (before.text === "'s" || before.text === '’s' || TITLE_CUES.has(before.lower) || credited || repeatsTitle(tokens, i, colon) || framedBeforeTitle(tokens, i)) ||
    framedAfterSubtitle(tokens, colon, covered);
  // "… : The Heist", "… : A New Dawn": in prose, an article opens a subtitle when a capitalised word follows it ("Zeta: The company
  // said …" stays two).
  const theOpens = inProse && SUBTITLE_ARTICLES.has(first.text) && tokens[colon + 2] !== undefined && isNameToken(tokens[colon + 2]!) && !covered[colon + 2];
  if (covered[colon + 1] || !isNameToken(first) || (NOT_SUBTITLE_OPENERS.has(first.text) && !theOpens)) return false;
  const title = tokens.slice(i, colon);
  let k = colon + 1;
  while (k < tokens.length && k <= colon + 3 && !covered[k] && isNameToken(tokens[k]!)) k++;
  // A number, or coined words only ("Zeta: Arena"; not "the Entity List: Zenco Ltd", whose "List" is English); mid-sentence, a
  // title with "of" or a subtitle ending in a number ("banned Tower of Zembla: Dawn Raid", "Zeta Ops: Dark Tide II", stop 56's readers).
  const numbered = (t: Token | undefined): boolean => t !== undefined && (/^\p{N}/u.test(t.text) || ROMAN_NUMERALS.test(t.text));
  const titled = i > 0 && (title.some((t) => t.text === 'of') || numbered(tokens[k - 1]));
  if (!title.some((t) => /^\p{N}/u.test(t.text)) && !title.every((t) => isCoinedWord(t.lower)) && !titled && !inProse) return false;
  // "AGENCY: National Protection and Programs Directorate": a document's field label in capitals, and a body after it, are no title.
  if (title.every((t) => /^\p{Lu}+$/u.test(t.text) && t.text.length > 1)) return false;
  if (tokens.slice(i, k).some((t) => GOVERNMENT_HEADS.has(t.text))) return false;
  const after = tokens[k];
  return !after || (!after.capitalized && after.text !== ':');
}

/** Legal forms that may follow a state's name inside a firm's legal name. */
const LEGAL_FORMS_AFTER_STATE: ReadonlySet<string> = new Set(['Company', 'Co', 'Ltd', 'Limited', 'LLC', 'Inc', 'Corporation', 'Corp', 'PLC', 'Pte', 'GmbH', 'JSC', 'Sdn']);

/** Whether a state's name stands inside a firm's legal name: a capitalised word glued before it, a legal form right after (stop 50's readers). */
function insideLegalName(tokens: readonly Token[], m: SentenceMention, headline: boolean): boolean {
  if (m.type !== 'government' || m.source !== 'lexicon' || m.last - m.first !== 1 || m.first < 1) return false;
  const prev = tokens[m.first - 1]!;
  const next = tokens[m.last];
  if (prev.end + 1 !== tokens[m.first]!.start || !prev.capitalized) return false;
  // "Telekom Zembla", "Air Zembla": a carrier's trade word right before the state's name makes the firm's name (stop 57's readers:
  // "Telekom Zembla blocked Qorva" was read as the state's act).
  if (CARRIER_WORDS.has(prev.text) && (m.first < 2 || !tokens[m.first - 2]!.capitalized || tokens[m.first - 2]!.text === 'The')) return true;
  if (!prev.word || NOT_NAMES.has(prev.text) || !next || next.start !== tokens[m.first]!.end + 1) return false;
  if (LEGAL_FORMS_AFTER_STATE.has(next.text)) return true;
  // (Not in a Title Case headline, where the word before may be a verb: "Zenco Sues Zembla Life Insurance Company".)
  if (headline) return false;
  // "Zahel Zembla Life Insurance Company Ltd": a firm's trade words may stand between the state's name and the legal form (stop 92, set
  // 84's insurance news: the name lost its first word, and the rest read as the state's own insurer).
  let k = m.last;
  while (k < m.last + 3 && tokens[k] !== undefined && TRADE_WORDS_IN_LEGAL_NAME.has(tokens[k]!.text) && tokens[k]!.start === tokens[k - 1]!.end + 1) k++;
  return k > m.last && tokens[k] !== undefined && LEGAL_FORMS_AFTER_STATE.has(tokens[k]!.text) && tokens[k]!.start === tokens[k - 1]!.end + 1;
}

/** A firm's trade words between a state's name and its legal form: "… Zembla Life Insurance Company", "… Zembla General Trading Ltd". */
const TRADE_WORDS_IN_LEGAL_NAME: ReadonlySet<string> = new Set(['Life', 'General', 'Insurance', 'Assurance', 'Reinsurance', 'Trading', 'Holding', 'Holdings', 'Investment', 'Investments', 'Finance', 'Capital', 'Mining', 'Oil', 'Gas', 'Energy', 'Telecom', 'Airways', 'Airlines', 'Shipping', 'Logistics', 'Motors', 'Foods', 'Breweries', 'Cement', 'Steel', 'Pharmaceuticals', 'Pharma', 'Bank', 'Banking', 'Microfinance', 'Securities']);

/** Number words, capitalised only by the sentence start. */
const NUMBER_WORDS = new Set(['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', 'Twenty', 'Thirty', 'Forty', 'Fifty', 'Hundreds', 'Thousands', 'Dozens']);

/** Words before a state's name that make a region of it, not a firm: "Greater China", "Mainland China", "Soviet Russia". */
const NOT_FIRM_BEFORE_STATE = new Set(['Greater', 'Mainland', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'North', 'South', 'East', 'West', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Communist', 'Imperial', 'Soviet', 'Modern', 'Rural', 'Inner', 'Outer', 'Upper', 'Lower', 'Continental', 'Metropolitan', 'Overseas', 'Coastal', 'Occupied', 'Free', 'Nazi', 'Colonial', 'Democratic', 'Republican', 'Team', 'Made', 'Brand', 'Global', 'Europe', 'Asia', 'Africa', 'America', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Visit', 'Invest', 'Make', 'Project', 'Operation', 'Plan', 'Initiative', 'Mission', 'Program', 'Programme', 'Fortress', 'Camp']);

/** A state named by its own name, not an agency's or a city's ("Belgium", not "Brussels"). */
function isStateByName(m: SentenceMention, lexicon: Lexicon): boolean {
  const entry = m.type === 'government' && m.source === 'lexicon' ? lexicon.get(m.key) : undefined;
  return entry !== undefined && entry.partOf === undefined && entry.name === m.surface;
}

/** Last words of a firm's name that "of" and its state's name may close ("the Commercial Bank of Zembla", "Flour Mills of Zembla"). */
const STATE_NAMED_FIRM_ENDS: ReadonlySet<string> = new Set(['Bank', 'Corporation', 'Mills', 'Breweries', 'Industries']);

/** Continents a firm's regional arm is named for ("Zenco Africa"), with the compass word that may open them ("Zenco East Africa"). */
const UNIT_CONTINENTS: ReadonlySet<string> = new Set(['Africa', 'Asia', 'Europe']);
const CONTINENT_COMPASS: ReadonlySet<string> = new Set(['East', 'West', 'North', 'South', 'Southern', 'Central']);
/** Shapes of words that name a continent's part, not a firm: "Saharan", "Pan-African", "Francophone", "Lusophone". */
const REGION_ADJECTIVE_SHAPE = /(?:an|phone|ese|ish|ic)$/;
/** Words before a place, not a firm: "in", "across", "throughout" ("sold across Zembla Africa"). */
const REGION_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'across', 'throughout', 'within', 'around', 'into', 'to', 'over']);

/**
 * Mid-sentence, an unknown capitalised word right before a lexicon state ("the unit Spacecom Luxembourg"): one firm's name (a known
 * firm's is the rule for regional subsidiaries above).
 * Where the firm's unit name that the state's (or continent's) name `m` closes starts ("Zenco Luxembourg", "Zenco East Africa"), or
 * undefined when `m` closes none. Helper nam97 (real African and South Asian consumer-goods news, where firms' local arms are named
 * so): a continent closed such names too ("Zenco Africa", "Zenco East Africa" were cut or dropped), and a sentence-opening word
 * English knows only as a firm's name ("Unilever", compromise's Organization) opens one as a coined word does.
 */
function unitNameStart(tokens: readonly Token[], m: SentenceMention, lexicon: Lexicon, covered: Uint8Array): number | undefined {
  const continent = m.type === 'place' && UNIT_CONTINENTS.has(m.surface);
  if ((m.type !== 'government' && !continent) || m.source !== 'lexicon' || m.last - m.first !== 1 || m.first < 1) return undefined;
  // A state's name that an earlier rule uncovered stands inside a longer name ("Zenco America Line", insideTradeName).
  if (!covered[m.first]) return undefined;
  // "Zenco East Africa": the compass word is the region's, the firm's word before it.
  const compass = continent && CONTINENT_COMPASS.has(tokens[m.first - 1]!.text) && !covered[m.first - 1] && tokens[m.first - 1]!.end + 1 === tokens[m.first]!.start ? 1 : 0;
  const at = m.first - 1 - compass;
  const prev = tokens[at];
  if (!prev || covered[at] || !/^\p{Lu}[\p{Ll}\d]+(?:-\p{Lu}?[\p{Ll}\d]+)?$/u.test(prev.text) || prev.end + 1 !== tokens[at + 1]!.start) return undefined;
  const w = prev.text;
  // Opening the sentence ("Zenco America sued …"), the capital says nothing: only a word no dictionary holds is a firm's name
  // (stop 91, from set 81: "Zenco America" read as the United States; "Today America …", "Unlike America …" stay the state), or
  // one it knows only as a firm's ("Unilever Pakistan launched …").
  if (at === 0 && !isCoinedWord(w.toLowerCase()) && englishTagOf(w.toLowerCase()) !== 'Organization') return undefined;
  // The firm's name is one word: a capitalised word before it makes a longer name or a title ("President Zenco Luxembourg").
  if (at >= 1 && (tokens[at - 1]!.capitalized || /^[.:;!?"“]$/.test(tokens[at - 1]!.text))) return undefined;
  // Nor a partnership's tail: "Zenco & Partners UK" is one partnership's arm (stop 91, from set 81: it was cut to "Partners UK").
  if (PARTNERSHIP_TAILS.has(w) && /^(?:&|and)$/.test(tokens[at - 1]?.text ?? '')) return undefined;
  if (NOT_FIRM_BEFORE_STATE.has(w) || GOVERNMENT_HEADS.has(w) || BODY_WORDS.has(w) || PERSON_TITLES.has(w) || NOT_NAMES.has(w) || NOT_NAMES_ALONE.has(w) || MONTH_NAMES.has(w) || HEADLINE_VERBS.has(w)) return undefined;
  if (lexicon.stateOfDemonym(w) || lexicon.longestMatch([w], 0)) return undefined;
  // A continent's arm takes a word no dictionary holds, and no region's shape or place: "Sub-Saharan Africa", "Francophone Africa",
  // "across Kalahari Africa" are regions.
  if (continent && ((!isCoinedWord(w.toLowerCase()) && englishTagOf(w.toLowerCase()) !== 'Organization') || REGION_ADJECTIVE_SHAPE.test(w) || REGION_PREPOSITIONS.has(tokens[at - 1]?.lower ?? ''))) return undefined;
  // "Luxembourg's", "Luxembourg-based": the state itself or a firm based there.
  return /^(?:'s|'|-)$/.test(tokens[m.last]?.text ?? '') ? undefined : at;
}

/** "and Communication Technologies Authority" at `at`: a connector and capitalised words up to a government head. */
function opensBodyName(tokens: readonly Token[], at: number, covered: Uint8Array): boolean {
  if (tokens[at]?.text !== 'and' && tokens[at]?.text !== '&') return false;
  for (let k = at + 1; k < tokens.length && k <= at + 5; k++) {
    if (covered[k] || !isNameToken(tokens[k]!)) return false;
    if (GOVERNMENT_HEADS.has(tokens[k]!.text)) return true;
  }
  return false;
}

/** After a court's "District" or "Circuit" and the "of" at `of`, the end of the state's name known there ("… District of New York"). */
function districtStateAfter(tokens: readonly Token[], of: number, known: readonly SentenceMention[]): number | undefined {
  if (!/^(?:District|Circuit)$/.test(tokens[of - 1]?.text ?? '')) return undefined;
  return known.find((m) => m.first === of + 1 && (m.type === 'government' || m.type === 'place'))?.last;
}

/** A run that holds a body's head word ("Committee", "Ministry", "Court"). */
function isBodyName(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (GOVERNMENT_HEADS.has(tokens[k]!.text) || isCommissionerOffice(tokens, k, to)) return true;
  // "Federal Service for Supervision of Communications, …": a state's service (state-service-names.ts); "for" may be the next word.
  const words = textsOf(tokens, from, Math.min(to + 1, tokens.length));
  if (words.some((_, k) => k > 0 && from + k < to && isStateServiceAt(words, k))) return true;
  // "the Ruritanian Gaming Board": a board named for what it regulates (classify).
  return to - from >= 2 && tokens[to - 1]!.text === 'Board' && textsOf(tokens, from, to - 1).some((w) => REGULATED_FIELDS.has(w));
}

/**
 * Whether token `k` of a name ending before `end` is "Commissioner" naming an office by its field: "for" a capitalised field
 * after it, or a field word before it, the office ending the name or "for" following it ("Privacy Commissioner").
 */
function isCommissionerOffice(tokens: readonly Token[], k: number, end: number): boolean {
  // "Competition Commissioner Jane Roe": a name after the title is its holder's, a person.
  if (tokens[k]?.text !== 'Commissioner' || (tokens[k + 1]?.capitalized === true && tokens[k + 1]!.word)) return false;
  const forField = tokens[k + 1]?.text === 'for';
  if (forField && tokens[k + 2]?.capitalized === true) return true;
  return (k === end - 1 || forField) && k > 0 && tokens[k - 1]!.capitalized && FIELD_WORD.test(tokens[k - 1]!.lower) && !PERSON_TITLES.has(tokens[k - 1]!.text);
}

/** Last words of fields a body is named after: "Transport", "Communications", "Data Privacy", "Trade". */
// "Administration of Drugs, Food, and Medical Technology" (stop 50's readers): fields named by short nouns too; "Radio, Film and
// Television" (stop 66's third bans sample).
const FIELD_WORD = /(?:tion|sion|ment|ics|ry|ty|ce|gy|ure|cy|ies|ade|ing|th|ort|al|ism|ship)s?$|^(?:food|foods|drug|drugs|water|land|energy|labour|labor|trade|finance|youth|sport|sports|mines|oil|gas|power|women|children|arts|forests|welfare|film|films|radio|press|media|games|posts|cinema|telecoms)$/;

/**
 * ", Communications and High Technologies" after "Ministry of Transport": the end of the
 * coordinated fields, or undefined when what follows is a list of other names ("…, Zenco and Acme").
 */
function coordinatedTail(tokens: readonly Token[], at: number, covered: Uint8Array): number | undefined {
  let k = at;
  for (let items = 0; items < 6; items++) {
    let closing = false;
    if (tokens[k]?.text === ',') k++;
    if (tokens[k]?.text === 'and') {
      closing = true;
      k++;
    } else if (items > 0 && tokens[k - 1]?.text !== ',') return undefined;
    const from = k;
    while (k < tokens.length && k - from < 3 && !covered[k] && isNameToken(tokens[k]!)) k++;
    if (k === from || !FIELD_WORD.test(tokens[k - 1]!.lower) || tokens.slice(from, k).some((t) => COMPANY_SUFFIXES.has(t.text) && !FIELD_WORD.test(t.lower))) return undefined;
    if (closing) return k;
    if (tokens[k]?.text !== ',' && tokens[k]?.text !== 'and') return undefined;
  }
  return undefined;
}

/** A word that can name a product line alone: not a kind of thing ("Cloud" is, "app" is not). */
function isBrandWord(word: string): boolean {
  return word.length >= 3 && !CUE_NOUNS.has(word.toLowerCase()) && !COMPANY_SUFFIXES.has(word) && !NOT_NAMES.has(word) && !NOT_NAMES_ALONE.has(word) && !ORGANISATION_WORDS.has(word);
}

/** Words that make a title before them part of a body's name: "Executive Branch", "Executive Board". */
const BODY_WORDS = new Set(['Branch', 'Board', 'Yuan', 'Staff', 'Team', 'Summit', 'Group']);
/** What a state's board regulates, in its name: "Gaming Control Board", "Investment Review Board". */
const REGULATED_FIELDS = new Set(['Gaming', 'Gambling', 'Lottery', 'Liquor', 'Cannabis', 'Control', 'Revenue', 'Licensing', 'Pharmacy', 'Medical', 'Securities', 'Review', 'Regulatory', 'Broadcasting', 'Censorship', 'Film', 'Telecommunications', 'Utilities', 'Classification', 'Certification', 'Drugs', 'Food', 'Media', 'Communications', 'Tariff', 'Narcotics', 'Standards',
  // Stop 64's first bans sample: a state's board named for the culture or content it oversees ("Ruritania's Culture Board bans …").
  'Culture', 'Cultural', 'Content', 'Censor', 'Censors', 'Publications', 'Press', 'Cinema', 'Video', 'Television', 'Internet', 'Cyberspace', 'Telecom', 'Telecoms', 'Games',
  // Stop 87: a city's or province's board that licenses transport operators ("the Ontario Passenger Transportation Board").
  'Transit', 'Transport', 'Transportation', 'Taxi', 'Passenger']);

/** Heads of a state's unit or service named by its field (STATE_UNIT_FIELDS): "Financial Intelligence Unit", "Customs Service". */
const STATE_UNIT_HEADS: ReadonlySet<string> = new Set(['Unit', 'Service']);
/** Fields that only a state's unit or service keeps; a firm's unit is named by its business ("Cloud Business Unit", "Web Services"). */
const STATE_UNIT_FIELDS: ReadonlySet<string> = new Set(['Intelligence', 'Customs', 'Revenue', 'Tax', 'Taxation', 'Antimonopoly', 'Immigration', 'Border', 'Prosecution', 'Prosecutor', 'Crime', 'Crimes', 'Cybercrime', 'Enforcement', 'Investigation', 'Investigations', 'Security', 'Secret', 'Migration', 'Police', 'Postal', 'Coast']);

/** Words that may qualify such a field: "Financial Intelligence Unit", "Internal Revenue Service", "State Security Service". */
const STATE_UNIT_QUALIFIERS: ReadonlySet<string> = new Set(['Financial', 'Federal', 'National', 'State', 'Internal', 'Central', 'Economic', 'Cyber', 'Special', 'Criminal', 'General', 'and']);

/** The end of a public school system's name: "… Public Schools", "… Unified School District", "… Board of Education". */
const PUBLIC_SCHOOL_BODY = / (?:Public Schools|City Schools|County Schools|School District|School Board|Board of Education)$/;

/** Last words of a law's or a regulation's title: "the Export Administration Regulations", "the Export Control Act". */
const LAW_TITLES: ReadonlySet<string> = new Set(['Regulations', 'Regulation', 'Act', 'Acts', 'Directive', 'Ordinance', 'Treaty', 'Convention', 'Statute']);
/**
 * "R14" before "billion", "R10bn", "Rs500": an amount in rand, rupees, ringgit or rupiah; "Sh200 million", "N5bn", "K3 billion":
 * in East African shillings, naira or kwacha (helper cmp97, from fresh set 95: "Sh200" became a firm staging a battle with a rival).
 */
const CURRENCY_LETTER_AMOUNT = /^(?:R|Rs|Rp|RM|KSh|Ksh|Kshs|Sh|Shs|TSh|Tsh|USh|Ush|N|K|Tk)\d[\d.,]*(?:bn|mn|m|tn|k)?$/;
/** Currencies written as a word or a code before a figure: "Rs 900 crore", "INR 5,000", "Rp 2 trillion". */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set(['Rs', 'Rs.', 'INR', 'PKR', 'LKR', 'NPR', 'Rp', 'IDR', 'Tk', 'BDT', 'Ksh', 'KSh', 'KES', 'NGN', 'ZAR', 'RMB', 'CNY', 'JPY', 'USD', 'EUR', 'GBP', 'CHF', 'AED', 'SAR', 'PHP', 'Php', 'MYR', 'THB', 'VND', 'KRW', 'BRL', 'MXN']);

function isCurrencyAmount(token: Token, next: Token | undefined): boolean {
  return CURRENCY_LETTER_AMOUNT.test(token.text) && (/(?:bn|mn|m|tn|k)$/.test(token.text) || /^(?:billion|million|trillion|bn|mn)$/.test(next?.lower ?? ''));
}

/**
 * Words that open a fronted phrase about the main clause's subject, with the word after them: "Best known for …", "Long a rival of …"
 * ("Widely known …" needs no entry: an opening "-ly" word is never a name).
 */
const FRONTED_PHRASE_OPENERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['Best', new Set(['known'])], ['Perhaps', new Set(['best'])],
  ['Long', new Set(['a', 'an', 'known'])], ['Once', new Set(['a', 'an'])],
]);
/** Participles that open a sentence to give the name after them: "Named Zibo, the robot …". */
const OPENING_NAMERS: ReadonlySet<string> = new Set(['Named', 'Called', 'Dubbed', 'Nicknamed', 'Branded', 'Christened', 'Codenamed', 'Code-named']);
/**
 * Gerunds that open a fronted phrase before a firm and its goods: "Using Zenco's Vela pump, patients …", "Featuring Qorva's chip, the
 * phone …" (helper pnm95, from real device makers' news: "Using Zenco" was read as the firm, and made the product). Gerunds that
 * also open names ("Running Press", "Joining Forces", "Powering Up") are left out.
 */
const OPENING_GERUNDS: ReadonlySet<string> = new Set(['Using', 'Leveraging', 'Featuring', 'Following', 'Including', 'Combining', 'Integrating', 'Pairing', 'Deploying', 'Adopting', 'Citing', 'Launching', 'Unveiling', 'Introducing', 'Replacing', 'Acquiring', 'Buying']);
/** Describing words that open a sentence before a maker's goods: "Specific Zenco calculators …", "Cheap phones made by …". */
const OPENING_QUALIFIERS: ReadonlySet<string> = new Set(['Specific', 'Certain', 'Cheap', 'Cheaper', 'Older', 'Newer', 'Affected', 'Selected', 'Approved', 'Permitted', 'Prohibited', 'Counterfeit', 'Fake', 'Used', 'Refurbished']);

/** Function words between a name and a cue noun: "Input from executive agencies" is no cue for "Input". */
const FUNCTION_WORDS = new Set(['to', 'from', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'as', 'into', 'onto', 'over', 'under', 'about', 'after', 'before', 'than', 'that', 'which', 'who', 'and', 'or', 'but', 'is', 'was', 'are', 'were', 'be', 'has', 'had', 'have']);

/** First words that make an institution a state's: "National Cyber Defence Centre". */
const NATIONAL_WORDS = new Set(['National', 'Federal']);

/** Last words of institutions that are a state's when its name opens theirs. */
const STATE_INSTITUTIONS = new Set(['Institute', 'Center', 'Centre', 'Service', 'Agency', 'Office', 'Administration', 'Authority', 'Commission', 'Council', 'Directorate']);

/**
 * Whether "Diet" at `k` of a name is a legislature ("the Diet", "the National Diet", "Japanese Diet", "Imperial Diet"), not a food
 * brand's or a regime's word ("Qorva Science Diet", "Zeta Prescription Diet", "Diet Vexa", "Keto Diet"): alone, or closing the name
 * after a state's word (helper unk96, real pet-food news: a brand line was typed a government).
 */
function namesLegislatureDiet(words: readonly string[], k: number, lexicon: Lexicon): boolean {
  if (words.length === 1) return true;
  if (k !== words.length - 1) return false;
  const before = words[k - 1]!;
  return LEGISLATURE_DIET_OPENERS.has(before) || lexicon.stateOfDemonym(before) !== undefined || lexicon.longestMatch([before], 0)?.entry.type === 'government';
}
const LEGISLATURE_DIET_OPENERS: ReadonlySet<string> = new Set(['National', 'Imperial', 'Federal', 'Reichstag']);

/** Drinks trades a person may hold as a job ("head brewer", "chief winemaker"), and the ranks that make them one. */
const PERSON_HELD_TRADES: ReadonlySet<string> = new Set(['brewer', 'distiller', 'winemaker', 'vintner']);
/** Kinds of software that are people's jobs as well: "assistant", "agent", "editor" (CUE_NOUNS' product words). */
const PERSON_HELD_KINDS: ReadonlySet<string> = new Set(['assistant', 'assistants', 'agent', 'agents', 'editor', 'controller']);
const TRADE_RANKS: ReadonlySet<string> = new Set(['head', 'chief', 'master', 'senior', 'lead', 'assistant', 'former', 'executive', 'founding']);

/** Bodies a single word names on its own: "Congress", "the Bundestag", "the Navy". */
const STANDALONE_BODIES = new Set(['Congress', 'Parliament', 'Senate', 'Cabinet', 'Bundestag', 'Diet', 'Knesset', 'Duma', 'Navy', 'Army', 'Pentagon']);

const QUOTES = new Set(['"', '“', '”', '‘', '’', "'"]);
/** Small words a quoted title holds between its capitalised words: "Flight to Zembla", "Return of the Zeta". */
const TITLE_SMALL_WORDS = new Set(['to', 'of', 'the', 'a', 'an', 'in', 'on', 'at', 'for', 'from', 'with', 'and', 'by', 'into']);
/** How many lower-case words (one to three) close the quoted name opening at `i` before its closing quote and a lower-case kind noun; 0 if none. */
function quotedLowerTail(tokens: readonly Token[], i: number, end: number): number {
  const open = tokens[i - 1]?.text ?? '';
  if (!/^['"‘“]$/.test(open) || (tokens[i - 2] !== undefined && tokens[i - 2]!.end === tokens[i - 1]!.start)) return 0;
  let k = end;
  while (k < end + 3 && /^\p{Ll}+$/u.test(tokens[k]?.text ?? '') && !TITLE_SMALL_WORDS.has(tokens[k]!.text)) k++;
  const close = tokens[k]?.text ?? '';
  const pairs = (open === "'" || open === '‘') ? /^['’]$/ : /^["”]$/;
  const kind = tokens[k + 1];
  const kindWord = kind?.lower.replace(/s$/, '') ?? '';
  const isKind = isMadeKind(kindWord) || CUE_NOUNS.get(kindWord) === 'product' || FARM_INPUTS.has(kindWord);
  return k > end && pairs.test(close) && kind !== undefined && !kind.capitalized && isKind ? k - end : 0;
}
/** Farm inputs the kind lists lack, that close a quoted product's name: "'Nano green salt' fertiliser". */
const FARM_INPUTS: ReadonlySet<string> = new Set(['fertiliser', 'fertilizer', 'pesticide', 'insecticide', 'herbicide', 'fungicide', 'biostimulant']);

/** Whether a closing quotation mark follows token `from` within the title's reach, before any clause mark. */
function closesQuoteAfter(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 10; k++) {
    const text = tokens[k]!.text;
    if (/^["”]$/.test(text)) return true;
    if (/^[.,;:!?()]$/.test(text)) return false;
  }
  return false;
}
/** Whether token `k` is "fund" closing a fund a firm sells ("money fund", "tokenized fund"; PRODUCT_FUND_KINDS), not a firm's investing arm. */
function isProductFund(tokens: readonly Token[], k: number): boolean {
  return k >= 1 && tokens[k]?.lower === 'fund' && PRODUCT_FUND_KINDS.includes(`${tokens[k - 1]!.lower} fund`);
}
const NAMING_WORDS = new Set(['called', 'named', 'dubbed', 'labeled', 'labelled', 'branded', 'titled', 'codenamed', 'code-named']);
/** Naming words that are designation verbs too (relation-registry.ts): "the ministry labelled Zenco as undesirable". */
const DESIGNATING_NAMERS: ReadonlySet<string> = new Set(['named', 'labeled', 'labelled', 'branded']);
/**
 * Whether a designation's complement follows the name at `start` in its clause: "labelled Zenco (and Qorva) as undesirable",
 * "branded Zenco an extremist organisation", "labelled Zenco undesirable". The verb then designates a name its subject acts on; it
 * names no thing of the kind before it ("the ministry labelled Zenco …" is no ministry called Zenco; helper agn).
 */
function designationAfter(tokens: readonly Token[], start: number): boolean {
  const cues: readonly string[] = RELATIONS.restricts.designations.as;
  for (let k = start + 1; k < tokens.length && k <= start + 12; k++) {
    const w = tokens[k]!.lower;
    if (w === '.' || w === ';' || w === ':') return false;
    if ((w === 'as' || w === 'a' || w === 'an' || ((tokens[k - 1]!.capitalized || QUOTES.has(tokens[k - 1]!.text)) && cues.includes(w))) && tokens.slice(k, k + 6).some((t) => cues.includes(t.lower))) return true;
  }
  return false;
}

/**
 * "a mapping service called Baidu Maps", "its product line, labeled "GeForce"", "a chatbot known
 * as Kimi": the type of the cue noun a few words before the naming word (a product if none).
 */
function namingBefore(tokens: readonly Token[], start: number): EntityType | undefined {
  let k = start - 1;
  while (k >= 0 && QUOTES.has(tokens[k]!.text)) k--;
  // "its best speaker is called the Orb" (stop 61's makers readers): an article may follow the naming word.
  if (tokens[k]?.lower === 'the' && NAMING_WORDS.has(tokens[k - 1]?.lower ?? '')) k--;
  const word = tokens[k]?.lower ?? '';
  const knownAs = word === 'as' && tokens[k - 1]?.lower === 'known';
  if (!NAMING_WORDS.has(word) && !knownAs) return undefined;
  if (DESIGNATING_NAMERS.has(word) && designationAfter(tokens, start)) return undefined;
  for (let c = k - (knownAs ? 2 : 1); c >= 0 && c >= k - 7; c--) {
    const type = CUE_NOUNS.get(tokens[c]!.lower);
    if (type === 'person' || type === 'place') return undefined;
    // "a money market fund called QBEN": a fund a firm sells (helper cod, stop 100).
    if (isProductFund(tokens, c)) return 'product';
    if (type) return type;
    if (tokens[c]!.text === '.' || tokens[c]!.text === ';') break;
  }
  return 'product';
}

/**
 * The kind of a product noun set off by a comma before "the" and the name, owned or determined a few words before:
 * "its latest phone, the Zeta 2", "Zenco's flagship product, the Orb" (a product or a model), else undefined.
 */
function kindSetOffBefore(tokens: readonly Token[], start: number, end: number): EntityType | undefined {
  if (tokens[start - 1]?.lower !== 'the' || tokens[start - 2]?.text !== ',') return undefined;
  const type = CUE_NOUNS.get(tokens[start - 3]?.lower ?? '');
  if (type !== 'product' && type !== 'model') return undefined;
  for (let k = start - 4; k >= 0 && k >= start - 7; k--) {
    const t = tokens[k]!;
    // "its first model, the Zelta crossover", "its new model, the Zelta EV": a product's model (product-model-sense.ts).
    if (isPossessive(t) || /^(?:its|their|his|her|a|an|the|new)$/.test(t.lower)) return type === 'model' && (qualifiesGoodsModel(tokens, start - 3) || namesGoodsKind(tokens, end) || isSetOffGoodsAfterName(tokens, end)) ? 'product' : type;
    if (!t.word) return undefined;
  }
  return undefined;
}

/** Participles of making that may open a sentence before "by" and its makers: "Developed by Zenco and Qorva, …". */
const FRONTED_MAKING = new Set(['developed', 'made', 'produced', 'manufactured', 'created', 'designed', 'built', 'engineered']);
/**
 * Whether the name at `start` is an agent of a sentence's fronted making participle, before its first comma: in "Developed by Zenco
 * and Qorva, the vaccine, known as ZQ-154, …" the apposition after the comma describes the thing made, not the makers (helper vcx93).
 */
function isFrontedMakersAgent(tokens: readonly Token[], start: number): boolean {
  if (!FRONTED_MAKING.has(tokens[0]?.lower ?? '') || tokens[1]?.lower !== 'by') return false;
  for (let k = 2; k < start; k++) if (!tokens[k]!.word && tokens[k]!.text !== '.' && tokens[k]!.text !== '&') return false;
  return start >= 2;
}

/** Prepositions that make the name after them the agent or origin of the copula's subject, not the subject. */
const AGENT_BEFORE_COPULA: ReadonlySet<string> = new Set(['by', 'from']);

/** "Zhipu, a Beijing-based AI startup" → company; "Liang Wenfeng, the founder of DeepSeek" → person. */
function appositionType(tokens: readonly Token[], start: number, end: number): EntityType | undefined {
  let i = end;
  // "Zenchat (Chinese: …) is a …": a bracket right after the name is skipped.
  if (tokens[i]?.text === '(') {
    const close = tokens.findIndex((t, k) => k > i && t.text === ')');
    if (close < 0 || close - i > DEFINITION_BRACKET) return undefined;
    i = close + 1;
  }
  // "Zenchat is a messaging app developed by …": a definition types its subject as an apposition does.
  const copula = tokens[i]?.text === 'is' || tokens[i]?.text === 'was';
  // "The Zeta by Zenco is a laptop", "Zeta from Zenco is a headset": the copula's subject is the thing before "by"/"from", not its
  // maker (helper apz94).
  if (copula && AGENT_BEFORE_COPULA.has(tokens[start - 1]?.lower ?? '')) return undefined;
  if (!copula && (i !== end || tokens[i]?.text !== ',')) return undefined;
  i++;
  // "Tredline, now a Zenco brand,", "Tredline, which is now a Zenco brand,": a relative clause's copula and an adverb of the present.
  if (!copula && tokens[i]?.lower === 'which' && (tokens[i + 1]?.text === 'is' || tokens[i + 1]?.text === 'was')) i += 2;
  const adverb = APPOSED_ADVERBS.has(tokens[i]?.lower ?? '');
  if (adverb) i++;
  // (Not after "and": "Zenco and Qorva, one of the leading wholesalers," may be one firm's name cut in two.)
  if (!copula && firmApposedWithoutArticle(tokens, i) && !/^(?:and|&)$/.test(tokens[start - 1]?.lower ?? '')) return 'company';
  const determiner = tokens[i]?.lower ?? '';
  if (copula ? !DEFINITE_ARTICLES.has(determiner) : !DETERMINERS.has(determiner)) return undefined;
  i++;
  // A definition may list its modifiers ("an instant messaging, social media, and payment app").
  for (let n = 0; n < (copula ? 12 : 6) && i < tokens.length; n++, i++) {
    const word = tokens[i]!.lower;
    const type = CUE_NOUNS.get(word);
    // "Zenco owns Tredline, now a Qorva rival": a rival's noun after "now" says what the name has become to a rival, a brand as often
    // as a firm, and leaves the type to the verb before it (helper fxd89: "owns"/"launched" lost their object).
    if (type && adverb && RIVAL_HEAD_WORDS.includes(word)) return undefined;
    // "the Nimbus, its first electric model,", "the Zelta EV, its new model": a product's model (product-model-sense.ts).
    if (type && (i + 1 >= tokens.length || APPOSITION_END.has(tokens[i + 1]!.lower)) && !coordinatedHeadAfter(tokens, i, type)) return type === 'model' && !copula && (qualifiesGoodsModel(tokens, i) || namesGoodsKind(tokens, end)) ? 'product' : type;
    if ((word === ',' && !copula) || word === "'s" || word === '.' || word === ';' || APPOSITION_HEAD_ENDS.has(word)) return undefined;
  }
  return undefined;
}

/**
 * An apposition with no article that calls the name before a firm: "Zenco, maker of the Vela sofa,", "Qorva, manufacturer of office
 * chairs,", "Vexa, one of the largest furniture makers in Europe,", "Kappa, one of the leading wholesalers of activewear," (helper
 * typ97a, real trade news: the firm stayed untyped, as only "a"/"the" opened an apposition). Not "designer of", "owner of", "creator
 * of" (people are so described), nor "one of the …" before people or things ("one of the founders", "one of the best sofas"), nor
 * "parent of a pupil", "parent of two" (a person: critic crit97b).
 */
const MAKER_OF_APPOSED = /^(?:maker|makers|manufacturer|manufacturers|producer|producers|supplier|suppliers|distributor|wholesaler|exporter|importer|parent company|parent(?= of (?!(?:a|an|one|two|three|four|five|six|seven|young|teenage|twins|triplets|children|pupils|students|boys|girls|sons|daughters)\b))) of /;
const ONE_OF_FIRMS_APPOSED = /^one of the (?:[a-z-]+ ){0,3}(?:makers|manufacturers|producers|companies|firms|suppliers|wholesalers|retailers|distributors|exporters|importers|chains|grocers|supermarkets|brands|employers|businesses)(?: |$)/;
function firmApposedWithoutArticle(tokens: readonly Token[], at: number): boolean {
  const words = `${tokens.slice(at, at + 9).map((t) => t.lower).join(' ')} `;
  return MAKER_OF_APPOSED.test(words) || ONE_OF_FIRMS_APPOSED.test(words);
}

/**
 * Whether the cue noun at `at` is a modifier coordinated before the apposition's head, of another type: "Zenco, a medical device and
 * pharmaceutical company," is a company, not a device (helper typ97a, real device makers' releases: the firm was typed a product and
 * lost its claims). Within four words after "and"/"or", a cue noun of another type ends that phrase.
 */
function coordinatedHeadAfter(tokens: readonly Token[], at: number, type: EntityType): boolean {
  if (tokens[at + 1]?.lower !== 'and' && tokens[at + 1]?.lower !== 'or') return false;
  for (let k = at + 2; k <= at + 5 && k < tokens.length; k++) {
    const word = tokens[k]!.lower;
    const other = CUE_NOUNS.get(word);
    if (other && other !== type) return k + 1 >= tokens.length || APPOSITION_END.has(tokens[k + 1]!.lower);
    // "a phone and tablet maker": a second goods noun is a modifier too (critic crit97b).
    if (other === type) continue;
    if (other || !/^[a-z-]+$/.test(word)) return false;
  }
  return false;
}

/**
 * Prepositions past which an apposition's noun is no longer its head: "Qorva, the creator of the Zeta-2 chatbot," is no chatbot,
 * "Zenco, the team behind the Zeta app," no app (helper mk84: the kind of the thing made typed its maker a product).
 */
const APPOSITION_HEAD_ENDS: ReadonlySet<string> = new Set(['of', 'behind', 'for', 'by', 'from', 'with', 'at']);

/** How many tokens a bracket between a name and its definition may hold ("(Chinese: 微信; pinyin: Wēixìn)"). */
const DEFINITION_BRACKET = 24;
const DEFINITE_ARTICLES = new Set(['a', 'an', 'the']);

/** Words a body's long name may run through before its short form: "in the Sphere of A and B". */
const LONG_NAME_WORDS = new Set(['in', 'the', 'of', 'and', 'for', 'on', ',']);

/** The end of a body's long name that runs from `at` (an "in") to its bracketed short form, or undefined. */
function runToShortForm(tokens: readonly Token[], at: number, covered: Uint8Array): number | undefined {
  for (let k = at + 1; k < tokens.length && k - at <= 12; k++) {
    if (covered[k]) return undefined;
    const t = tokens[k]!;
    if (t.text === '(') return k > at + 1 && isNameToken(tokens[k - 1]!) && tokens[k + 2]?.text === ')' && /^\p{Lu}/u.test(tokens[k + 1]!.text) ? k : undefined;
    if (!LONG_NAME_WORDS.has(t.text) && !isNameToken(t)) return undefined;
  }
  return undefined;
}

/**
 * A body's short form in brackets that is no acronym: "(Roskomnadzor)", "(MeitY)". One word no
 * entry of the lexicon names ("(China)" is a place said in passing).
 */
function definedShortForm(tokens: readonly Token[], end: number, lexicon: Lexicon): string | undefined {
  if (tokens[end]?.text !== '(' || tokens[end + 2]?.text !== ')') return undefined;
  const word = tokens[end + 1]!.text;
  return /^\p{Lu}[\p{L}\p{N}]{2,19}$/u.test(word) && !NOT_NAMES.has(word) && !lexicon.longestMatch([word], 0) ? word : undefined;
}

/**
 * "over-the-counter (OTC)", "N-nitrosodimethylamine (NDMA)", "validated end-user (VEU)": capitals in brackets after a
 * lowercase term abbreviate the term, no name (stop 51's readers); after a kind of body or firm they name it ("the
 * cyberspace regulator (CAC)").
 */
function isTermAbbreviation(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 2];
  if (tokens[i - 1]?.text !== '(' || tokens[i + 1]?.text !== ')' || !/^\p{Lu}{2,6}$/u.test(tokens[i]!.text) || !before) return false;
  return /^(?:\p{Lu}-)?\p{Ll}[\p{Ll}-]*$/u.test(before.text) && !CUE_NOUNS.has(before.text);
}

/**
 * "Zenco SARL (RUS), Qorva Trading (CHN)": a code of two or three capitals in brackets after a
 * name that does not start as the name does is where the firm is registered (or a ticker), not an
 * acronym the name defines, and no name of its own.
 */
function isBracketedCode(tokens: readonly Token[], i: number): boolean {
  const code = tokens[i]!.text;
  if (tokens[i - 1]?.text !== '(' || tokens[i + 1]?.text !== ')' || !/^\p{Lu}{2,3}$/u.test(code)) return false;
  let k = i - 2;
  if (!tokens[k] || !isNameToken(tokens[k]!)) return false;
  while (k > 0 && isNameToken(tokens[k - 1]!)) k--;
  return tokens[k]!.text.charAt(0) !== code.charAt(0);
}

/** "Cyberspace Administration of China (CAC)": the acronym after a name. */
function definedAcronym(tokens: readonly Token[], end: number): string | undefined {
  if (tokens[end]?.text !== '(' || tokens[end + 2]?.text !== ')') return undefined;
  const acronym = tokens[end + 1]!.text;
  return /^\p{Lu}[\p{Lu}\p{N}&.]{1,9}$/u.test(acronym) ? acronym : undefined;
}

/** Whether two names share a capitalised word of three letters or more ("Cyberspace Administration of China", "Cyberspace Administration"). */
function sharesNameWord(a: string, b: string): boolean {
  const words = new Set(a.split(/[\s-]+/).filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w)));
  return b.split(/[\s-]+/).some((w) => words.has(w));
}

/** The words before an office's title that make the run an office: "the Trade Minister", "its Finance Minister". */
const OFFICE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', "'s"]);
/** The words after an office's title that make the run an office: "Trade Minister said", "the Defence Secretary's visit". */
const OFFICE_FOLLOWERS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'announced', 'stated', 'warned', 'wrote', "'s", '’s', "'"]);
/**
 * Whether dictionary words closed by a person's title at [start, end) read as an office, not as a firm's or product's name: after a
 * determiner or before a speaker's verb or a possessive ("Zenco launched Mind Director." names a product), and with no apposition after them ("Iron Chancellor, a
 * Zenco unit" names a firm).
 */
function readsAsOffice(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[end]?.text === ',' && /^(?:the|a|an|now|which|also|still)$/i.test(tokens[end + 1]?.text ?? '')) return false;
  const before = tokens[start - 1]?.lower;
  return (before !== undefined && OFFICE_DETERMINERS.has(before)) || OFFICE_FOLLOWERS.has(tokens[end]?.lower ?? '') || (tokens[end]?.text === ',' && OFFICE_FOLLOWERS.has(tokens[end + 1]?.lower ?? ''));
}

/** A firm's building, venue, event, prize, shop chain or fund, named with its name ("Zenco Tower", "Zenco Awards", "Zenco Stores"). */
const FIRM_SITE_AND_EVENT_WORDS: ReadonlySet<string> = new Set(['Tower', 'Towers', 'Arena', 'Center', 'Centre', 'Stadium', 'Park', 'Plaza', 'Building', 'Campus', 'Museum', 'Hall', 'Headquarters', 'Award', 'Awards', 'Prize', 'Conference', 'Summit', 'Forum', 'Festival', 'Cup', 'Championship', 'Open', 'Store', 'Stores', 'Shop', 'Shops', 'Foundation', 'Capital', 'Ventures', 'Group', 'Holdings', 'Partners', 'Day', 'Week']);

/**
 * Words that may follow a maker's word in its model's name (maker-prefixed-products.ts): none a region, a unit, a line of business,
 * a legal form, an institution's or an office's word, nor a connector ("Zenco North America", "Zenco Foods", "Zenco Foundation").
 */
function fitsModelRun(words: readonly string[]): boolean {
  return words.length > 0 && !words.some((w) => FIRM_SITE_AND_EVENT_WORDS.has(w) || REGION_WORDS.has(w) || UNIT_WORDS.has(w) || BUSINESS_WORDS.has(w) || LEGAL_WORDS.has(w.replace(/\.$/, '')) || COMPANY_SUFFIXES.has(w) || ORGANISATION_WORDS.has(w) || PERSON_TITLES.has(w) || GOVERNMENT_HEADS.has(w) || CONNECTORS.has(w) || NOT_NAMES.has(w));
}

/** The rest of a firm's name after its first word that keeps it the maker: a region or a legal form ("North America, Inc."). */
function fitsArmRest(words: readonly string[]): boolean {
  return words.length > 0 && words.every((w) => REGION_WORDS.has(w) || LEGAL_WORDS.has(w.replace(/\.$/, '')) || LEGAL_SUFFIXES.has(w.replace(/\.$/, '')) || /^(?:North|South|Latin|Central|East|West)$/.test(w));
}
