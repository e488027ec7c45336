import type { Lexicon } from '../lexicon/lexicon';
import { trimLeadingGrades } from './leading-grades';
import { trimTrailingSpecTags } from './trailing-spec-tags';
import { MAX_NAME_LENGTH } from '../schema/limits';
import type { Token } from '../text/tokens';
import type { Span } from '../types';
import { joinBracketedPlaceNames } from './bracketed-place-names';
import { asCityGovernments } from './city-governments';
import { findCoordinatedBodies, findFieldRunBodies } from './coordinated-bodies';
import { findGovernmentMentions } from './government-mentions';
import { endsAnotherName, endsOtherLegislature, findLexiconMentions, insideOtherName, opensAnotherName, namesFirmNotBody, namesTechnologyKind, opensBodyName, qualifiesCrop, opensInstitutionName, opensSubsidiaryName, opensVerbTitle } from './lexicon-mentions';
import { isAreaName, isCityBeforeSeat, isLocationModifier, isQualifyingDescription } from './location-names';
import { isTownBeforeStateSite } from './site-places';
import { withChanges, type SentenceMention } from './mention';
import { BARE_TICKER, BULLET_MARKS, LEGAL_FORMS_BEFORE_TICKER, FIELD_NAMES, NAMING_PARTICIPLES, OPERATING_SYSTEMS, PRODUCT_KIND_ACRONYMS } from './cue-words';
import type { LearnedName } from './learned-names';
import { learnDefinedAcronyms, withRedefinedAcronyms } from './redefined-acronyms';
import { CURRENCY_WORDS, findNamedMentions, isCoinedWord, withGluedMaker, withoutFirmsPlace } from './name-rules';
import { findChemicalMentions } from './chemical-names';
import { findBannedSubstanceMentions } from './banned-substance-names';
import { findDrugMentions } from './drug-names';
import { findNumberedFirms } from './numbered-firms';
import { namesPaperwork } from './paperwork-names';
import { expandShortenedListItems } from './shortened-list-items';
import { expandSlashedTiers } from './slashed-tiers';
import { joinNumberedProductNames } from './numbered-product-names';
import { withClippedEnding } from './clipped-names';
import { unsharedShortForms } from './shared-short-forms';
import { joinOrganisationBodies } from './organisation-bodies';
import { joinAbbreviatedNames } from './abbreviated-names';
import { joinCropTraitNames } from './crop-trait-names';
import { cutEyewearKinds } from './device-kind-tails';
import { withoutFirmsTown } from './firm-town-addresses';
import { joinQuotedTitles } from './quoted-titles';
import { trimCaptionOpenings } from './caption-openings';
import { isTradeCaseInitials } from './trade-case-initials';
import { isCapitalisedDeviceKind, isDollarPrefix, isFundingRoundLetter, isGatheringTitle, isPlaceAdjectiveBeforeKind, isShowEdition } from './non-product-names';
import { isNamedNonThing } from './named-non-things';
import { isInstrumentCode, isTreatyName } from './instrument-codes';
import { joinGeneralOffices, joinOfficeBodies, joinPeoplesInstitutions, joinPraiseBrands, joinShopNames, withStandingPossessive } from './possessive-names';

/** A sentence of the article with its tokens. */
export interface Sentence extends Span {
  tokens: Token[];
  /** A headline in Title Case, its ordinary words since given back their lower case (title-case-headlines.ts). */
  titleCase?: boolean;
}

const SOURCE_RANK = { lexicon: 0, rule: 1, coref: 2, unknown: 3 } as const;

/**
 * All named mentions of a sentence, without overlaps: the longer (then better-sourced) one wins.
 * Names that rules learn are added to `learned`, for the rest of the article.
 */
export function mentionsOf(s: Sentence, lexicon: Lexicon, learned: Map<string, LearnedName>): SentenceMention[] {
  const headline = s.titleCase ?? isTitleCase(s.tokens);
  const found = withRedefinedAcronyms(asCityGovernments(findLexiconMentions(s.tokens, lexicon), s.tokens, lexicon), learned);
  // Pushed, not filtered: see listOf (the government finder was de-optimised twice by the other kind of array).
  const lexical: SentenceMention[] = [];
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    if ((headline || (!opensAnotherName(m, s.tokens, lexicon) && !opensVerbTitle(m, s.tokens) && !opensSubsidiaryName(m, s.tokens) && !opensInstitutionName(m, s.tokens) && !endsAnotherName(m, s.tokens, lexicon, found) && !endsOtherLegislature(m, s.tokens, lexicon))) && !insideOtherName(m, s.tokens) && !opensBodyName(m, s.tokens, headline) && !namesTechnologyKind(m, s.tokens) && !namesFirmNotBody(m, s.tokens)) lexical.push(m);
  }
  const governments = findGovernmentMentions(s.tokens, lexical, lexicon, learned);
  const known = listOf(lexical, governments, findCoordinatedBodies(s.tokens, lexical, lexicon, learned), findFieldRunBodies(s.tokens, [...lexical, ...governments], lexicon, learned));
  const { mentions: names, aliases } = findNamedMentions(s.tokens, known, lexicon, learned, headline);
  for (const [alias, name] of unsharedShortForms(aliases)) learned.set(alias, name);
  const candidates = listOf(known, names, findDrugMentions(s.tokens), findChemicalMentions(s.tokens), findBannedSubstanceMentions(s.tokens), findNumberedFirms(s.tokens)).sort(
    (a, b) => b.end - b.start - (a.end - a.start) || SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || a.start - b.start,
  );
  // "Bottles of Zenco's Qorva oil": a caption's container words opening a name are cut (helper dvp93).
  trimCaptionOpenings(candidates, s.tokens);
  // "Zenco's 8K Vexa monitors": a grade opening a name is cut (helper nam101).
  trimLeadingGrades(candidates, s.tokens);
  // "the Plix 5G router", "the Vexa 4K projector": a spec tag closing a name before its kind is cut (helper kinds).
  trimTrailingSpecTags(candidates, s.tokens);
  const kept: SentenceMention[] = [];
  for (const c of candidates) {
    // A run of capitals hundreds of characters long is not a name (records refuse it).
    if (c.surface.length > MAX_NAME_LENGTH || c.label.length > MAX_NAME_LENGTH) continue;
    // "the MP3 player maker Zenco": a kind of product written as an acronym is no name alone (rules and guesses only).
    if (c.source !== 'lexicon' && c.last - c.first === 1 && PRODUCT_KIND_ACRONYMS.has(c.surface)) continue;
    // "GM mustard", "Bt cotton": a crop's engineering, not General Motors nor a product "Bt" (lexicon-mentions.ts).
    if (qualifiesCrop(c, s.tokens)) continue;
    if (c.source !== 'lexicon' && (isFieldName(c, s.tokens) || isFabGeneration(c, s.tokens) || GENERATION_OF_PEOPLE.test(c.surface))) continue;
    if (isTickerPart(c, s.tokens) || isTickerBeforeStock(c, s.tokens) || isTickerOrCurrencyCode(c, s.tokens) || endsInCurrencyPrefix(c, s.tokens) || isFirmHonorific(c, s.tokens)) continue;
    // "writes SOAP notes", "filed a De Novo request", "a White Paper": a kind of paperwork or event is no name (paperwork-names.ts).
    if (namesPaperwork(c, s.tokens)) continue;
    // "Zenco's Drone", "its CES 2015 keynote", "Parisian fashion brands A and B": a device's kind, a show's edition, a place's adjective.
    if (isCapitalisedDeviceKind(c, s.tokens) || isShowEdition(c, s.tokens) || isPlaceAdjectiveBeforeKind(c, s.tokens)) continue;
    // "its HK $55 IPO price", "its annual Web Services conference": a dollar's letters, a gathering's title (helper dvp93); "its
    // series C": a funding round's letter (helper rld94).
    if (isDollarPrefix(c, s.tokens) || isGatheringTitle(c, s.tokens) || isFundingRoundLetter(c, s.tokens)) continue;
    // "launched a campaign called Vexa", "a man named Vexa": a name given to a thing no one makes, a person or a place (helper cop94).
    if (isNamedNonThing(c, s.tokens)) continue;
    // "the antidumping duty (AD) order", "CVD rates": a trade case's initials (helper dty96); "signed SB 2571 into law": a bill's
    // code, "the Qorva Convention": a treaty (helper ins97).
    if (isTradeCaseInitials(c, s.tokens) || isInstrumentCode(c, s.tokens) || isTreatyName(c)) continue;
    if (kept.every((k) => c.end <= k.start || c.start >= k.end) && !isLocationModifier(c, s.tokens, lexicon) && !isQualifyingDescription(c, s.tokens) && !isCityBeforeSeat(c, s.tokens) && !isAreaName(c, s.tokens) && !isTownBeforeStateSite(c, s.tokens, lexicon)) kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  // "published 'Salt, Iron and Rain'": a quoted title holding commas is one name (helper dvp93).
  joinQuotedTitles(kept, s.tokens);
  // "Zenco's Bt brinjal", "GM mustard": a trait's code and its crop are one product; "GM" before a crop is no carmaker.
  // "Zeta AR glasses": the eyewear's kind is no part of the name.
  const joined = cutEyewearKinds(joinCropTraitNames(joinAbbreviatedNames(joinOrganisationBodies(joinBracketedPlaceNames(joinNumberedProductNames(joinPraiseBrands(joinPeoplesInstitutions(joinGeneralOffices(joinOfficeBodies(joinShopNames(expandSlashedTiers(expandShortenedListItems(kept, s.tokens, lexicon), s.tokens, lexicon), s.tokens), s.tokens), s.tokens, lexicon, learned), s.tokens), s.tokens, (w) => !isCoinedWord(w)), s.tokens), s.tokens), s.tokens), s.tokens), s.tokens), s.tokens, lexicon);
  // Pushed, not mapped: see listOf.
  const out: SentenceMention[] = [];
  for (let i = 0; i < joined.length; i++) {
    // "an order for 92 Zenco V236 wind turbines": a maker's word glued before a counted model (helper ord95, name-rules.ts).
    for (const m of withGluedMaker(withTail(ownersProduct(withClippedEnding(withStandingPossessive(withoutFirmsTown(withoutFirmsPlace(joined[i]!, s.tokens, learned, lexicon), s.tokens, lexicon), s.tokens), s.tokens), joined[i - 1], s.tokens, lexicon), s.tokens), s.tokens, lexicon)) out.push(m);
  }
  return learnDefinedAcronyms(out, s.tokens, learned);
}

/**
 * The mentions of `lists`, in order, in one array built by pushing. Not `[...a, ...b]`: V8 makes
 * that array packed when the caller runs unoptimised and holey once it is optimised, and the
 * functions reading it (name finding, 34 KB of bytecode) were de-optimised when the other kind came.
 */
function listOf(...lists: (readonly SentenceMention[])[]): SentenceMention[] {
  const out: SentenceMention[] = [];
  for (const list of lists) for (let i = 0; i < list.length; i++) out.push(list[i]!);
  return out;
}

/**
 * "Taiwan fined UMC NT$5 million": a name a rule ran over a currency's prefix ("NT", "HK", "A" written against "$") is no name;
 * a shorter one inside it (the lexicon's "UMC") may stand (stop 62's controls readers: "UMC NT" as UMC's product).
 */
function endsInCurrencyPrefix(m: SentenceMention, tokens: readonly Token[]): boolean {
  const next = tokens[m.last];
  return m.source !== 'lexicon' && m.last - m.first > 1 && next?.text === '$' && next.start === tokens[m.last - 1]!.end;
}

/**
 * "banned M/s Zenco Traders": the "M" of "M/s" (Messrs, written before a firm's name in South Asian notices) is no name; the
 * firm's name follows it (helper fp82's fresh news samples: "restricted M/s Zenco Traders" restricted "M").
 */
function isFirmHonorific(m: SentenceMention, tokens: readonly Token[]): boolean {
  return m.source !== 'lexicon' && m.last - m.first === 1 && /^M$/i.test(m.surface) && tokens[m.last]?.text === '/' && /^s$/i.test(tokens[m.last + 1]?.text ?? '');
}

/** "its Zero Trust platform", "Zenco's Data Security products" (trimmed to "Security"): a field's title-cased words, no brand (FIELD_NAMES). */
function isFieldName(m: SentenceMention, tokens: readonly Token[]): boolean {
  if (FIELD_NAMES.has(m.surface)) return true;
  const before = tokens[m.first - 1];
  return before !== undefined && before.capitalized && FIELD_NAMES.has(`${before.text} ${m.surface}`);
}

/**
 * "its Gen 8.6 lines", "a Gen8.6 fab": a fab's glass-size generation alone is no product (helper fpn90, from stop 90's seventy-ninth
 * fresh sample: "develops Gen 8.5"); a name before it ("Zeta Gen 2") keeps it.
 */
function isFabGeneration(m: SentenceMention, tokens: readonly Token[]): boolean {
  if (!/^Gen(?:eration)? ?\d+(?:\.\d+)?$/.test(m.surface)) return false;
  // A half generation is a glass size ("Gen 8.5"); a whole one only before a fab's word: "the Gen 6 smartwatch" is a product's name.
  return /\.\d/.test(m.surface) || FAB_WORDS_AFTER.has(tokens[m.last]?.lower ?? '');
}
/** "Zenco's Gen Z brand Vexa", "Gen Alpha shoppers": a generation of people, no name (name-rules.ts types it nothing; helper brp92). */
const GENERATION_OF_PEOPLE = /^Gen(?:eration)? (?:X|Y|Z|Alpha)$/;
/** What a fab generation qualifies: "Gen 10 lines", "a Gen 6 fab". */
const FAB_WORDS_AFTER: ReadonlySet<string> = new Set(['line', 'lines', 'fab', 'fabs', 'plant', 'plants', 'factory', 'factories', 'glass', 'substrate', 'substrates', 'panel', 'panels', 'production']);

/**
 * "ZNCO stock rose": an unknown capitals-only word of two to five letters right before "stock" is a ticker, no firm of its own
 * (a fresh sample of real news, helper fp83). "Zenco stock" and "IBM stock" (a firm the lexicon knows) are kept.
 */
function isTickerBeforeStock(m: SentenceMention, tokens: readonly Token[]): boolean {
  return m.source !== 'lexicon' && m.last - m.first === 1 && /^(?:stock|stocks)$/.test(tokens[m.last]?.text ?? '') && /^[A-Z]{2,5}$/.test(m.surface);
}

/**
 * "Qorva Inc QRVA said", "Qorva Inc. QRVA rose": an unknown ticker in capitals right after a firm's legal form is no party of its own
 * (helper cod, stop 100: it was read as a product the firm makes); nor is a currency's code standing alone ("its fund (USD)").
 */
function isTickerOrCurrencyCode(m: SentenceMention, tokens: readonly Token[]): boolean {
  if (m.source === 'lexicon' || m.last - m.first !== 1 || !BARE_TICKER.test(m.surface)) return false;
  // "Zenco's tokenized fund (USD)": a currency's code alone is no name either, in brackets or not.
  if (/^[A-Z]{3}$/.test(m.surface) && CURRENCY_WORDS.has(m.surface)) return true;
  const before = tokens[m.first - 1];
  if (before === undefined) return false;
  if (LEGAL_FORMS_BEFORE_TICKER.has(before.text)) return true;
  return before.text === '.' && LEGAL_FORMS_BEFORE_TICKER.has(tokens[m.first - 2]?.text ?? '') && tokens[m.first - 2]!.end === before.start;
}

/**
 * "Zenco (NYSE: ZNC)": the exchange and the symbol of a ticker in brackets are no parties (stop 62: "(NYSE: ZNC)" after a
 * firm's name read as a product the firm makes).
 */
function isTickerPart(m: SentenceMention, tokens: readonly Token[]): boolean {
  const before = tokens[m.first - 1]?.text;
  const after = tokens[m.last]?.text;
  if (before === '(' && after === ':') return tokens[m.last + 2]?.text === ')';
  if (before === ':' && after === ')' && m.last - m.first === 1 && tokens[m.first - 3]?.text === '(') return true;
  return isTickerWithIndex(m, tokens);
}

/** An index a listed firm belongs to: "Index 500", "S&P 500", "FTSE 100", "Nasdaq Composite". */
const STOCK_INDEX = /\b(?:index|composite|average|industrials)\b|^(?:S&P|FTSE|Nikkei|DAX|CAC|Hang Seng|Nasdaq|Dow Jones|Stoxx|Euro Stoxx|Russell|Sensex|Nifty|KOSPI|ASX|TSX|MSCI)\b/i;

/**
 * "Zenco (ZNC, Index 500)", "Zenco's (ZNC.O, S&P 500) Zeta": a ticker in capitals and the index the firm is listed in, in brackets
 * after its name, are no things it makes (helper dvq93, from set 88's search reader: "Zenco develops ZNC").
 */
function isTickerWithIndex(m: SentenceMention, tokens: readonly Token[]): boolean {
  const open = tokens[m.first - 1]?.text === '(' ? m.first - 1 : tokens[m.first - 1]?.text === ',' && tokens[m.first - 3]?.text === '(' ? m.first - 3 : -1;
  if (open < 1 || !/^(?:['’]s|\S*[A-Za-z]\S*)$/.test(tokens[open - 1]?.text ?? '')) return false;
  const ticker = tokens[open + 1]?.text ?? '';
  if (!/^[A-Z]{1,5}(?:\.[A-Z]{1,2})?$/.test(ticker) || tokens[open + 2]?.text !== ',') return false;
  const close = tokens.findIndex((t, j) => j > open + 3 && j <= open + 7 && t.text === ')');
  if (close < 0) return false;
  const index = tokens.slice(open + 3, close).map((t) => t.text).join(' ').replace(/ & /g, '&');
  return STOCK_INDEX.test(index) && m.last <= close;
}

/**
 * "Zenco's Zapp" where the lexicon knows "Zenco Zapp" (and bare "Zapp" as another firm's
 * product): the possessive names the owner's own product.
 */
function ownersProduct(m: SentenceMention, before: SentenceMention | undefined, tokens: readonly Token[], lexicon: Lexicon): SentenceMention {
  if ((m.type !== 'product' && m.type !== 'model') || !before || before.type !== 'company' || before.last !== m.first - 1 || !/^['’]s$/.test(tokens[m.first - 1]?.text ?? '')) return m;
  const words = [...tokens.slice(before.first, before.last), ...tokens.slice(m.first, m.last)].map((t) => t.text);
  const match = lexicon.longestMatch(words, 0);
  if (!match || match.length !== words.length || match.entry.id === m.key || (match.entry.type !== 'product' && match.entry.type !== 'model')) return m;
  return withChanges(m, { key: match.entry.id, label: match.entry.name });
}

/** A short line without a final stop, mostly capitalised: a headline, in Title Case ("The Anthropic Angle") or not. */
export function isHeadline(tokens: readonly Token[]): boolean {
  // Most sentences end with a stop: the cheap test first.
  if (tokens.length === 0 || tokens[tokens.length - 1]!.text === '.') return false;
  // "• Zenco Micro": a bulleted line names things, it is no Title Case headline.
  if (BULLET_MARKS.has(tokens[0]!.text)) return false;
  let words = 0;
  let capitalized = 0;
  for (const t of tokens) {
    if (!t.word) continue;
    words++;
    if (t.capitalized) capitalized++;
  }
  return words >= 2 && words <= 24 && capitalized >= 0.6 * words;
}

/** Small words a Title Case headline leaves in lower case ("Zenco Bans Zapp in Ruritania", "A vs B"). */
export const TITLE_CASE_LOWER: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'onto', 'over', 'as', 'vs', 'via', 'per', 'up', 'off', 'than', 'amid', 'after', 'about', 'its', 's']);

/**
 * A headline in Title Case, whose capitals say nothing about names: every word in lower case is
 * a small word. In a headline in sentence case ("Ruritania blocks Zexo, Qbit and Coinq") the
 * capitals mark the names, as in any sentence.
 */
export function isTitleCase(tokens: readonly Token[]): boolean {
  return isHeadline(tokens) && tokens.every((t) => !t.word || !/^\p{Ll}+$/u.test(t.text) || TITLE_CASE_LOWER.has(t.text));
}

/** Words that only say what kind of thing a product or model is: "the GLM family of models", "its Kimi K2 model". */
const TAILS = [
  ['family', 'of', 'models'], ['family', 'of', 'large', 'language', 'models'], ['family'], ['series'],
  ['reasoning', 'model'], ['language', 'model'], ['ai', 'model'], ['ai', 'models'], ['models'], ['model'],
  ['ai', 'chatbot'], ['chatbot', 'app'], ['chatbot'], ['ai', 'assistant'], ['coding', 'assistant'], ['app'], ['assistant'],
  ['chips'], ['chip'], ['accelerators'], ['accelerator'], ['processors'], ['processor'],
  ['gpus'], ['gpu'], ['graphics', 'card'], ['cards'], ['card'], ['servers'], ['server'], ['supercomputer'],
  ['humanoid', 'robot'], ['robots'], ['robot'], ['drones'], ['drone'], ['smartphones'], ['smartphone'], ['phones'], ['phone'],
  ['foldable'], ['tablet'], ['laptop'], ['headset'], ['glasses'], ['smartwatch'], ['earbuds'], ['handset'], ['console'],
];

/** Widens a product's or model's mention over the words that follow it and only say what it is. */
function withTail(m: SentenceMention, tokens: readonly Token[]): SentenceMention {
  if (m.type !== 'model' && m.type !== 'product') return m;
  const tail = TAILS.find((words) => words.every((w, k) => tokens[m.last + k]?.lower === w));
  if (!tail) return m;
  // "an iPhone app", "an Android phone called the Mi 5": after "a", the name is the platform or maker of another thing, which
  // relation rules must see as such (qualifiesMadeThing), not a name for the thing itself (stop 60).
  const indefinite = /^an?$/i.test(tokens[m.first - 1]?.text ?? '');
  if (indefinite && (tail[0] === 'app' || NAMING_PARTICIPLES.has(tokens[m.last + tail.length]?.lower ?? ''))) return m;
  // "Android phones", "a Windows laptop": an operating system before a device's kind is what the device runs (stop 73).
  if (OPERATING_SYSTEMS.has(m.key)) return m;
  return withChanges(m, { last: m.last + tail.length });
}
