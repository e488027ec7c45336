import type { Lexicon } from '../lexicon/lexicon';
import type { LexiconEntry } from '../lexicon/lexicon-data';
import { isHyphenVersion, isVersion, YEAR } from '../lexicon/model-versions';
import { surfaceOf, textsOfTokens, type Token } from '../text/tokens';
import { COMPANY_SUFFIXES, CUE_NOUNS, GOVERNMENT_HEADS, HEADLINE_VERBS, INSTITUTION_HEADS, NOT_NAMES, PERSON_TITLES, QUANTITY_UNITS, ROMANCE_FIRM_PARTICLES, SUBSIDIARY_TAILS, miniClosesName } from './cue-words';
import { englishTagOf, isCoinedWord } from './name-rules';
import { keyOfName, mentionOver, newMention, withChanges, type SentenceMention } from './mention';
import { modifiedThingAt } from './crop-trait-names';

/**
 * "Chad Hurley", "Jordan Peterson", "Kenya Airways": a state's one-word name known only from
 * the maintained state data, right before another capitalised word, opens some other name (a
 * person's, a company's). Not a state's body ("Jordan Ministry …") nor a title ("Chad President …").
 * Not for Title Case headlines, where every word is capitalised ("Nepal Bans TikTok").
 */
export function opensAnotherName(m: SentenceMention, tokens: readonly Token[], lexicon: Lexicon): boolean {
  if (m.source !== 'lexicon' || m.last - m.first !== 1 || !lexicon.get(m.key)?.onlyStateData) return false;
  const next = tokens[m.last];
  return !!next && next.capitalized && next.word && next.start === tokens[m.first]!.end + 1 && !GOVERNMENT_HEADS.has(next.text) && !PERSON_TITLES.has(next.text) && !lexicon.startsSurface(next.text);
}

/**
 * "NetEase's Marvel Rivals is a hit": outside a Title Case headline, a known name followed by a capitalised headline verb
 * ("Rivals", "Launches") and then no other capitalised word opens a title; the title is found whole instead (name-rules.ts).
 */
export function opensVerbTitle(m: SentenceMention, tokens: readonly Token[]): boolean {
  if (m.source !== 'lexicon' || m.type === 'government') return false;
  const next = tokens[m.last];
  return !!next && HEADLINE_VERBS.has(next.text) && next.start === tokens[m.last - 1]!.end + 1 && !tokens[m.last + 1]?.capitalized;
}

/**
 * "General Dynamics Land Systems", "Zenco Heavy Industries": a firm the lexicon knows, followed by capitalised words that
 * end with a subsidiary's word ("Systems", "Industries") but do not start with a firm's word, is a firm of its own named after it (a
 * subsidiary), found whole instead (name-rules.ts). "Alibaba Group", "Huawei Technologies Co" start with one and stay the firm.
 */
export function opensSubsidiaryName(m: SentenceMention, tokens: readonly Token[]): boolean {
  // A name inside a hyphenated word ("Alibaba-backed") opens nothing after it.
  if (m.source !== 'lexicon' || m.type !== 'company' || m.end !== tokens[m.last - 1]!.end) return false;
  const first = tokens[m.last];
  if (!first || !first.capitalized || first.start !== tokens[m.last - 1]!.end + 1 || COMPANY_SUFFIXES.has(first.text)) return false;
  for (let k = m.last + 1; k < m.last + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.capitalized || t.start !== tokens[k - 1]!.end + 1) return false;
    if (SUBSIDIARY_TAILS.has(t.text)) return !tokens[k + 1]?.capitalized;
    if (COMPANY_SUFFIXES.has(t.text)) return false;
  }
  return false;
}
/**
 * "the Korea Computer Center", "Zembla Institute of Technology": a state the lexicon knows, followed by capitalised words that end
 * with an institution's head, opens the institution's name, found whole instead (name-rules.ts; stop 63's controls readers). A
 * body's head stops it: "Japan Aerospace Exploration Agency" is the state's body (government-mentions.ts).
 */
export function opensInstitutionName(m: SentenceMention, tokens: readonly Token[]): boolean {
  if (m.source !== 'lexicon' || m.type !== 'government' || m.end !== tokens[m.last - 1]!.end) return false;
  for (let k = m.last; k < m.last + 4 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.capitalized || !t.word || t.start !== tokens[k - 1]!.end + 1 || GOVERNMENT_HEADS.has(t.text) || PERSON_TITLES.has(t.text)) return false;
    if (INSTITUTION_HEADS.has(t.text)) return k > m.last && !tokens[k + 1]?.capitalized;
  }
  return false;
}

/**
 * Short words for a crop's engineering, also a firm's alias: "GM" (genetically modified, or General Motors). A trait's code ("Bt",
 * "BT": the Bt toxin, or BT Group) is not dropped here: crop-trait-names.ts joins it and its crop into one product ("Bt brinjal").
 */
const CROP_QUALIFIERS: ReadonlySet<string> = new Set(['GM', 'GMO']);

/**
 * "GM mustard", "non-GM crops": such a word right before a crop, a food or a farm word (crop-trait-names.ts keeps the one list)
 * qualifies it and names no firm nor product, whether the lexicon knows it (General Motors) or a rule reads it as a name (helper
 * fls94, fresh sample s90c). "GM recalled the Bolt", "a GM plant", "GM seeds its new unit" (a verb) keep the firm.
 */
export function qualifiesCrop(m: SentenceMention, tokens: readonly Token[]): boolean {
  const first = tokens[m.first]!;
  // "non-GM": the mention is the part of a hyphenated word.
  if (!CROP_QUALIFIERS.has(m.last - m.first === 1 ? m.surface : first.text)) return false;
  // "GM Mustard" in title case, read whole as a name.
  if (m.last - m.first === 2) return modifiedThingAt(tokens, m.first + 1);
  if (m.last - m.first !== 1) return false;
  const next = tokens[m.last];
  // "GM (genetically modified) crops".
  return modifiedThingAt(tokens, m.last) || (next?.text === '(' && tokens[m.last + 1]?.lower === 'genetically');
}

/**
 * Acronyms the lexicon knows as a firm that are also everyday words for a technology ("CCTV": China's broadcaster, and
 * closed-circuit television), with the nouns that, right after, show the technology is meant.
 */
const TECHNOLOGY_ACRONYMS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['CCTV', new Set(['camera', 'cameras', 'system', 'systems', 'footage', 'network', 'networks', 'surveillance', 'monitoring', 'image', 'images', 'feed', 'feeds', 'operator', 'operators', 'installation', 'installations', 'coverage', 'recording', 'recordings', 'equipment', 'unit', 'units', 'app', 'software', 'tool', 'platform'])],
]);

/**
 * "The CCTV system, called Zeta FR, …", "CCTV cameras made by Zenco": an acronym that is also the common word for a technology,
 * right before a lower-case noun of that technology, is the kind of thing, not the firm of that name (no maker of Zeta FR).
 */
export function namesTechnologyKind(m: SentenceMention, tokens: readonly Token[]): boolean {
  if (m.source !== 'lexicon' || m.last - m.first !== 1) return false;
  const nouns = TECHNOLOGY_ACRONYMS.get(tokens[m.first]!.text);
  return nouns !== undefined && nouns.has(tokens[m.last]?.text ?? '');
}

/** Verbs whose subject owns or makes brands and firms, which no official body does ("FCA owns Jeep", "FCA builds the Zeta"). */
const FIRM_VERBS: ReadonlySet<string> = new Set(['owns', 'makes', 'builds', 'manufactures', 'produces', 'sells', 'markets', 'acquired', 'bought', 'merged']);
/** Nouns of a kind of firm that stand right before its name ("the carmaker FCA", "rival FCA"). */
const FIRM_KINDS: ReadonlySet<string> = new Set(['carmaker', 'automaker', 'automakers', 'carmakers', 'manufacturer', 'maker', 'conglomerate', 'company', 'firm', 'group', 'rival', 'rivals', 'owner', 'parent', 'brewer', 'airline', 'retailer']);
/** Nouns after a possessive that only a firm has ("FCA's brands", "FCA's shares"). */
const FIRM_HOLDINGS: ReadonlySet<string> = new Set(['brand', 'brands', 'portfolio', 'lineup', 'line-up', 'marques', 'cars', 'vehicles', 'models', 'plant', 'plants', 'factory', 'factories', 'shares', 'shareholders', 'dealers', 'subsidiary', 'subsidiaries']);

/** Legal forms that make an official body's initials before them a firm's ("ITC Ltd", "CMA Plc"). */
const ACRONYM_FIRM_FORMS: ReadonlySet<string> = new Set(['Ltd', 'Limited', 'Inc', 'Plc', 'PLC', 'plc', 'LLC', 'Corp', 'Pvt', 'GmbH', 'AG']);

/**
 * "PSA owns A and B, and FCA owns C", "the carmaker FCA", "FCA's brands": an acronym the lexicon knows for an official body (the
 * UK's Financial Conduct Authority) is some firm of the same initials when the sentence makes it an owner or maker of brands, or
 * a firm; the body is not read there (helper prc89). "The FCA fined Zenco" keeps the body.
 */
export function namesFirmNotBody(m: SentenceMention, tokens: readonly Token[]): boolean {
  if (m.source !== 'lexicon' || m.type !== 'government' || m.last - m.first !== 1) return false;
  const surface = tokens[m.first]!.text;
  if (!/^[A-Z]{2,6}$/.test(surface) || m.label === surface) return false;
  const before = tokens[m.first - 1]?.lower ?? '';
  if (FIRM_KINDS.has(before)) return true;
  // "ITC Ltd", "CMA Plc": a legal form written right after the initials makes them a firm's (helper nam97, real Indian business
  // news: a firm "ITC Ltd" was read as the US International Trade Commission).
  const form = tokens[m.last];
  if (form && form.start === tokens[m.first]!.end + 1 && ACRONYM_FIRM_FORMS.has(form.text)) return true;
  if (tokens[m.last]?.text === "'s") return FIRM_HOLDINGS.has(tokens[m.last + 1]?.lower ?? '');
  // "FCA also owns C": one adverb may stand before the verb.
  const verb = /^(?:also|now|still|already)$/.test(tokens[m.last]?.lower ?? '') ? m.last + 1 : m.last;
  if (!FIRM_VERBS.has(tokens[verb]?.lower ?? '')) return false;
  // The verb's object is a name ("owns Jeep", "makes the Zeta 5"), not what a body makes ("makes rules", "makes it clear").
  const object = tokens[verb + 1]?.lower === 'the' ? tokens[verb + 2] : tokens[verb + 1];
  return object !== undefined && object.word && object.capitalized;
}


/** Heads of an official body's name that no firm's or product's name is followed by ("the Information Ministry", "Energy Department"). */
const BODY_HEADS: ReadonlySet<string> = new Set(['Ministry', 'Department', 'Commission', 'Authority', 'Agency', 'Bureau', 'Directorate', 'Inspectorate', 'Regulator']);

/**
 * "The Information Ministry", "the Culture Department": a firm or product the lexicon knows, right
 * before the head of a body's name (or two capitalised words before it), is that body's first word,
 * not the firm: the body is found instead (government-mentions.ts).
 */
export function opensBodyName(m: SentenceMention, tokens: readonly Token[], headline: boolean): boolean {
  if (m.source !== 'lexicon' || m.type === 'government') return false;
  // "The Information Affairs Authority": up to two capitalised words may stand before the head (stop 74's third bans sample);
  // not in a Title Case headline, whose verb is capitalised too ("Zenco Sues Trade Commission").
  const reach = headline ? 1 : 3;
  for (let k = m.last; k < m.last + reach && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.capitalized || !t.word || t.start !== tokens[k - 1]!.end + 1) return false;
    if (BODY_HEADS.has(t.text)) return true;
  }
  return false;
}

/**
 * "Zeta Messenger", "the Zenco Instant Messenger": a product the lexicon knows by a one-word name that is also a
 * kind of product ("Messenger") ends another product's name when a capitalised word the lexicon does not know
 * stands right before it. Not in Title Case headlines, nor after a word that only opens the sentence.
 */
export function endsAnotherName(m: SentenceMention, tokens: readonly Token[], lexicon: Lexicon, known: readonly SentenceMention[]): boolean {
  if (m.source !== 'lexicon' || m.last - m.first !== 1 || m.first === 0 || CUE_NOUNS.get(tokens[m.first]!.lower) !== 'product') return false;
  const before = tokens[m.first - 1]!;
  if (!before.capitalized || !before.word || before.end + 1 !== tokens[m.first]!.start || NOT_NAMES.has(before.text) || lexicon.stateOfDemonym(before.text)) return false;
  if (known.some((k) => k.last === m.first)) return false;
  return m.first - 1 > 0 || isCoinedWord(before.lower);
}

/** One-word names of a state's legislature that other bodies and events end with: "Mobile World Congress", "Brazil's National Congress". */
const LEGISLATURE_WORDS: ReadonlySet<string> = new Set(['Congress', 'Senate']);

/**
 * "Mobile World Congress", "the National Congress", "the Student Senate": the one-word name of the US legislature
 * right after another capitalised word ends some other name, an event's or another state's body. Not after the
 * state's own name or adjective ("U.S. Congress" is an alias; "American Congress"), nor in Title Case headlines.
 */
export function endsOtherLegislature(m: SentenceMention, tokens: readonly Token[], lexicon: Lexicon): boolean {
  if (m.source !== 'lexicon' || m.type !== 'government' || m.last - m.first !== 1 || m.first === 0 || !LEGISLATURE_WORDS.has(tokens[m.first]!.text)) return false;
  const before = tokens[m.first - 1]!;
  if (!before.capitalized || !before.word || before.end + 1 !== tokens[m.first]!.start || NOT_NAMES.has(before.text) || lexicon.stateOfDemonym(before.text)) return false;
  const state = lexicon.longestMatch([before.text], 0)?.entry;
  return state?.type !== 'government';
}

/** The legal suffixes that make a product's name a company's ("TikTok Ltd."). */
const LEGAL_SUFFIXES = new Set(['Ltd', 'Inc', 'LLC', 'Limited', 'Pte', 'Corp', 'Corporation', 'GmbH', 'PLC', 'A/S']);

/** Legal forms after which a state's name inside a run of capitalised words is part of a firm's legal name: the suffixes of a legal entity and their short forms. */
const LEGAL_FORMS: ReadonlySet<string> = new Set([...LEGAL_SUFFIXES, 'Incorporated', 'Co', 'S.A', 'S.A.', 'SA', 'SRL', 'BV', 'AG']);

/**
 * "Tabacos USA Inc.", "Zenco Mexico S.A.": a state's name between another capitalised word and a
 * legal form is part of a firm's legal name, not the state (the sanctions lists name such
 * subsidiaries); so is a state after "de" and a capitalised word ("Petróleos de Venezuela").
 */
export function insideOtherName(m: SentenceMention, tokens: readonly Token[]): boolean {
  if (m.source !== 'lexicon' || m.type !== 'government' || m.first === 0) return false;
  const before = tokens[m.first - 1]!;
  if (ROMANCE_FIRM_PARTICLES.has(before.text)) return m.first >= 2 && tokens[m.first - 2]!.capitalized && tokens[m.first - 2]!.word;
  const after = tokens[m.last];
  return before.capitalized && before.word && before.end + 1 === tokens[m.first]!.start && !!after && LEGAL_FORMS.has(after.text) && after.start === tokens[m.last - 1]!.end + 1;
}

/** A token of a person's or firm's initials: "C.R.", "J.", "A.B.C." (one capital letter and a full stop, up to three times). */
const INITIALS = /^(?:[A-Z]\.){1,3}$/;
/**
 * Initialisms of places, bodies and terms that may end a sentence the splitter does not cut after ("betting on A.I. Google is …",
 * "of Washington, D.C. Google opposed it"): never a person's initials, so a known name after them keeps its reading (review rr90c).
 */
const COMMON_INITIALISMS: ReadonlySet<string> = new Set('A.I. D.C. N.Y. L.A. U.N. E.U. U.S. U.K. S.F. N.J. N.C. S.C. U.A.E. A.M. P.M. B.C. A.D. T.V.'.split(' '));

/**
 * "C.R. Bard", "J. P. Zeta": a firm's or product's name the lexicon knows (here the chatbot "Bard") right after initials is
 * the surname in a person's or firm's name, not the known entity. Not after initials the lexicon itself knows ("U.S. Gemini").
 */
function followsInitials(m: SentenceMention, tokens: readonly Token[], lexicon: Lexicon): boolean {
  if (m.type === 'government' || m.first === 0) return false;
  const before = tokens[m.first - 1]!;
  if (before.end + 1 !== tokens[m.first]!.start) return false;
  // "J. P. Zeta": the letter and its full stop are tokens of their own.
  const initials = before.text === '.' && m.first >= 2 && /^[A-Z]$/.test(tokens[m.first - 2]!.text) ? tokens[m.first - 2]!.text + '.' : before.text;
  return INITIALS.test(initials) && !COMMON_INITIALISMS.has(initials) && !lexicon.startsSurface(initials) && !lexicon.startsSurface(initials.slice(0, -1));
}

/** Capitalised words before a known person's surname that are no given name: auxiliaries opening a question, and modifiers. */
const NOT_GIVEN_NAMES: ReadonlySet<string> = new Set(['Will', 'Would', 'Can', 'Could', 'Should', 'Shall', 'Must', 'May', 'Might', 'Did', 'Does', 'Do', 'Is', 'Was', 'Has', 'Had', 'Former', 'Ex', 'Late', 'Candidate', 'Republican', 'Democrat', 'Democratic', 'Incoming', 'Outgoing', 'Acting', 'Interim', 'Elect', 'Citing', 'Asked', 'Told', 'Said', 'Says', 'Thanks', 'Dear', 'Sorry',
  'Team', 'Under', 'Upon', 'Per', 'Toward', 'Towards', 'Across', 'Around', 'Near', 'Over', 'Between', 'Along', 'Following', 'Regarding',
  'Today', 'Yesterday', 'Tomorrow', 'Tonight', 'Later', 'Earlier', 'Again', 'Once', 'Twice', 'Perhaps', 'Maybe', 'Sources']);

/**
 * "Qorva's Peter Vance told reporters …": a known person's one-word alias (a leader's surname) right after another given name is
 * the surname of someone else, no mention of the known person (stop 95: a firm's employee became a well-known politician).
 * Not after a title ("Senator Vance"), a state ("US Trump"), a name the lexicon knows or a word that opens no name.
 */
function followsOtherGivenName(m: SentenceMention, tokens: readonly Token[], lexicon: Lexicon): boolean {
  if (m.type !== 'person' || m.last - m.first !== 1 || m.first === 0) return false;
  const before = tokens[m.first - 1]!;
  if (before.end + 1 !== tokens[m.first]!.start || !/^\p{Lu}\p{Ll}+$/u.test(before.text)) return false;
  // "Recently Trump said": an adverb opening the sentence is no given name.
  if (before.text.endsWith('ly') || NOT_NAMES.has(before.text) || NOT_GIVEN_NAMES.has(before.text) || PERSON_TITLES.has(before.text) || GOVERNMENT_HEADS.has(before.text) || INSTITUTION_HEADS.has(before.text) || CUE_NOUNS.has(before.lower)) return false;
  return !lexicon.longestMatch([before.text], 0) && lexicon.stateOfDemonym(before.text) === undefined;
}

/** The person named by the given name before a known person's surname and that surname: "Peter Vance", no mention of "JD Vance". */
function otherPersonOver(tokens: readonly Token[], m: SentenceMention): SentenceMention {
  const label = surfaceOf(tokens, m.first - 1, m.last);
  return mentionOver(tokens, m.first - 1, m.last, { key: keyOfName(label), label, type: 'person' }, 'rule', label);
}

/** A word in capitals, no acronym: "EUROPEAN", "KENYA". */
const SHOUTED = /^\p{Lu}{4,}$/u;
/** What follows a dateline's place. */
const DATELINE_MARKS = new Set(['—', '–', '-', ',', '(']);

/**
 * "The EUROPEAN Union banned …", "KENYA's ministry …": a state's or a body's name with a word in capitals is that state (real news
 * set words in capitals for emphasis or from a headline; read as written, "EUROPEAN Union" became a company). Only states are read
 * so: a firm's name in capitals may be another firm's acronym.
 */
function shoutedState(match: { entry: LexiconEntry; length: number } | undefined): { entry: LexiconEntry; length: number } | undefined {
  return match?.entry.type === 'government' ? match : undefined;
}

/**
 * Names the lexicon knows, longest first. A hyphenated token that is not itself a name is
 * also looked at part by part, so "Qwen-based" and "U.S.-developed" find Qwen and the U.S.
 */
export function findLexiconMentions(tokens: readonly Token[], lexicon: Lexicon): SentenceMention[] {
  // Pushed, not mapped (see lowerWordsOf): the lexicon's longestMatch, compiled into this function, de-optimised it on the other kind of array.
  const words = textsOfTokens(tokens);
  const mentions: SentenceMention[] = [];
  let recased: string[] | undefined;
  for (let i = 0; i < tokens.length; ) {
    let match = lexicon.longestMatch(words, i);
    if (!match && SHOUTED.test(words[i]!)) {
      recased ??= words.map((w) => (SHOUTED.test(w) ? w.charAt(0) + w.slice(1).toLowerCase() : w));
      match = shoutedState(lexicon.longestMatch(recased, i));
      // "WASHINGTON — …", "NEW DELHI, Nov 3 (Reuters) -": a dateline's place is where the story was filed (dateline.ts), no party.
      if (match && i === 0 && DATELINE_MARKS.has(tokens[match.length]?.text ?? '')) match = undefined;
    }
    const version = match ? (versionAfter(tokens, i, match, lexicon) ?? legalEntityOf(tokens, i, match) ?? numberedProduct(tokens, i, match)) : hyphenVersion(tokens[i]!, i, lexicon, tokens[i - 1]);
    // A version and an entry's mention are kept in one place (a version is rare, and its own push, first reached mid-corpus, de-optimised this function).
    const mention = version ?? (match ? entryMention(tokens, i, match, lexicon) : undefined);
    if (mention) {
      // "Qorva's Peter Vance": the whole name is someone else's, a person all the same.
      if (followsOtherGivenName(mention, tokens, lexicon)) mentions.push(otherPersonOver(tokens, mention));
      else if (!followsInitials(mention, tokens, lexicon)) mentions.push(mention);
      i = mention.last;
      continue;
    }
    const token = tokens[i]!;
    if (token.text.includes('-') && !(isBrandModelCode(token, tokens[i - 1]) && lexicon.longestMatch([token.text.split('-')[0]!], 0)?.entry.type === 'company')) mentions.push(...hyphenParts(token, i, lexicon));
    i++;
  }
  return mentions;
}

/**
 * The mention of the lexicon's entry `match` at token `i` (over its tokens: its `last` is `i + match.length`). In a function of its
 * own: entries with a version or other types are rare, and the first, mid-corpus, then de-optimises only this function.
 */
function entryMention(tokens: readonly Token[], i: number, match: { entry: LexiconEntry; length: number }, lexicon: Lexicon): SentenceMention {
  const { entry } = match;
  const mention = mentionOver(tokens, i, i + match.length, { key: entry.id, label: entry.name, type: entry.type }, 'lexicon');
  // Fields the mention already has (newMention), so that every mention object keeps one shape for V8.
  if (entry.versionOf) Object.assign(mention, { versionOf: entry.versionOf }, makerOf(entry.name, lexicon));
  if (entry.alsoTypes) mention.alsoTypes = entry.alsoTypes;
  return mention;
}

function hyphenParts(token: Token, index: number, lexicon: Lexicon): SentenceMention[] {
  if (isPlaceGluedName(token.text, lexicon)) return [];
  const found: SentenceMention[] = [];
  let offset = 0;
  for (const part of token.text.split('-')) {
    const entry = part && lexicon.longestMatch([part], 0);
    // "Beijing-based" names a place, not the state; "U.S.-developed" still names the state; "an Android-free system" is without it.
    const rest = token.text.slice(offset + part.length + 1).toLowerCase();
    if (entry && entry.length === 1 && /^\p{Lu}/u.test(part) && !/^(based|headquartered|born|free)/.test(rest)) {
      const mention = newMention({
        first: index,
        last: index + 1,
        key: entry.entry.id,
        label: entry.entry.name,
        type: entry.entry.type,
        surface: part,
        start: token.start + offset,
        end: token.start + offset + part.length,
        source: 'lexicon',
      });
      // "Facebook-owned WhatsApp": the part keeps the entry's other types, as a whole word does (Facebook is also a firm; stop 58's readers).
      if (entry.entry.alsoTypes) mention.alsoTypes = entry.entry.alsoTypes;
      found.push(mention);
    }
    offset += part.length + 1;
  }
  return found;
}


/** Seas and oceans after a place and a hyphen name a region ("Asia-Pacific", "Euro-Atlantic"), no firm. */
const SEA_WORDS: ReadonlySet<string> = new Set(['Pacific', 'Atlantic', 'Arctic', 'Antarctic', 'Baltic', 'Caribbean', 'Mediterranean', 'Caspian', 'Adriatic', 'Aegean', 'Gulf', 'Sahel', 'Balkans']);
/** Tags of compromise's word list that make the word after the hyphen describe ("US-Made", "EU-Wide", "China-Friendly"), not name. */
const DESCRIBING_TAGS = /^(?:Adjective|PastTense|Gerund|Participle|Comparative|Superlative|Demonym|Place|Verb|PresentTense|Infinitive)$/;

/**
 * "Boston-Power", "Berlin-Zenco": a place the lexicon knows glued by a hyphen to a capitalised word that is neither a place, a
 * people, a describing word nor a known name is one name (a firm's, as a rule), not the place: the place's mention swallowed the
 * whole word and the firm was lost (helper unk95, real battery-maker news). "US-China", "Sino-US", "Asia-Pacific", "US-Made",
 * "China-Based" and "EU-Wide" keep their places.
 */
function isPlaceGluedName(text: string, lexicon: Lexicon): boolean {
  const parts = text.split('-');
  if (parts.length !== 2) return false;
  const [place, rest] = parts as [string, string];
  if (!/^\p{Lu}\p{Ll}+$/u.test(place) || !/^\p{Lu}[\p{Ll}\p{Lu}]*\p{Ll}[\p{L}]*$/u.test(rest) || rest.length < 3) return false;
  const entry = lexicon.longestMatch([place], 0)?.entry;
  if (!entry || (entry.type !== 'place' && entry.type !== 'government')) return false;
  if (SEA_WORDS.has(rest) || MODIFIER_HEADS.has(rest.toLowerCase()) || /(?:ed|ing|wide|centric|style)$/.test(rest) || NOT_NAMES.has(rest)) return false;
  if (lexicon.longestMatch([rest], 0) || lexicon.stateOfDemonym(rest)) return false;
  const tag = englishTagOf(rest.toLowerCase());
  return !(Array.isArray(tag) ? tag : [tag]).some((t) => typeof t === 'string' && DESCRIBING_TAGS.test(t));
}

const isVersionEntry = (entry: LexiconEntry): boolean => entry.type === 'model' || entry.type === 'product';
const versionKey = (family: LexiconEntry, version: string): string => `${family.id}--${version.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/**
 * "Ernie 4.0", "Gemini Nano", "Ernie 3.0 Titan": a family the lexicon knows followed by a
 * version it does not, as one mention of the version (a version of the family). Tier words
 * ("Nano", "Pro") count only capitalised, but for "mini" ("iPad mini").
 */
function versionAfter(tokens: readonly Token[], at: number, match: { entry: LexiconEntry; length: number }, lexicon: Lexicon): SentenceMention | undefined {
  const { entry, length } = match;
  if (!isVersionEntry(entry) || entry.versionOf) return undefined;
  const end = at + length;
  let take = 0;
  for (let n = 1; n <= 4 && end + n <= tokens.length; n++) {
    const next = tokens[end + n - 1]!;
    if (next.start !== tokens[end + n - 2]!.end + 1) break;
    // "iPad mini", "Mac mini": makers write a small model's tier in lower case; it ends the version (stop 78), unless a noun follows ("WeChat mini programs").
    if (next.text === 'mini' && miniClosesName(tokens[end + n])) {
      take = n;
      break;
    }
    if (!/^\p{N}/u.test(next.text) && !next.capitalized) break;
    // "8 Gen" is half of "8 Gen 3": look one word on.
    if (!isVersion(tokens.slice(end, end + n).map((t) => t.text))) {
      if (/^gen$/i.test(next.text)) continue;
      break;
    }
    // "banned Zapp 5 years ago": a number with a unit after it is a quantity, not a version.
    if (QUANTITY_UNITS.has(tokens[end + n]?.lower ?? '')) break;
    take = n;
  }
  if (take === 0) return undefined;
  const label = surfaceOf(tokens, at, end + take);
  const known = lexicon.longestMatch([label], 0)?.entry;
  const version = label.slice(surfaceOf(tokens, at, end).length + 1);
  const name = known ?? { id: versionKey(entry, version), name: label, type: entry.type };
  return withChanges(mentionOver(tokens, at, end + take, { key: name.id, label: name.name, type: name.type }, 'lexicon'), { versionOf: entry.id, ...makerOf(label, lexicon) });
}

/**
 * "GPT-5-mini", "DeepSeek-R1-0528", "DeepSeek-V3.1": one token whose start is a name the
 * lexicon knows. After a model or product it is a version of it; after a company, a model
 * named after its maker ("DeepSeek-V3.1" is DeepSeek's).
 */
function hyphenVersion(token: Token, at: number, lexicon: Lexicon, before?: Token): SentenceMention | undefined {
  if (!token.capitalized) return undefined;
  const glued = gluedVersion(token, at, lexicon);
  if (glued) return glued;
  if (!token.text.includes('-') && !token.text.includes('.')) return undefined;
  const text = token.text;
  for (let cut = text.length - 1; cut > 0; cut--) {
    if (text[cut] !== '-' && text[cut] !== '.') continue;
    const entry = lexicon.longestMatch([text.slice(0, cut)], 0)?.entry;
    if (!entry) continue;
    const rest = text.slice(cut + 1);
    const owner = makerOf(text, lexicon);
    if (isVersionEntry(entry) && (isHyphenVersion(rest) || isNamedVariant(rest))) {
      const family = entry.versionOf ?? entry.id;
      const key = versionKey(lexicon.get(family) ?? entry, text.slice((lexicon.get(family)?.name.length ?? cut) + 1));
      return withChanges(mentionOver([token], 0, 1, { key, label: token.text, type: entry.type }, 'lexicon'), { first: at, last: at + 1, versionOf: entry.id, ...owner });
    }
    // "the Zeta BT-300 glasses", "Zenco's Moverio GM-20": after another brand's word, a firm's initials and a number are that
    // brand's model code, not the initials' firm's model (helper ent94, stop 93's ninetieth fresh sample: "BT-300" read as BT
    // Group's). "DeepSeek-V3.1", a name written out in full, stays its maker's.
    if (entry.type === 'company' && isBrandModelCode(token, before)) return undefined;
    if (entry.type === 'company' && cut === text.indexOf('-') && /^[A-Z]{0,3}\d/.test(rest) && isHyphenVersion(rest.replace(/^[A-Z]+/, ''))) {
      // "the BT-300 glasses", "the BT-35E": a firm's short all-caps name glued to a bare number is a model number, not the firm's
      // model; the thing is named, its maker is not (helper fls94, fresh sample s90e). "DeepSeek-V3" keeps its maker.
      if (isShortAlias(text.slice(0, cut)) && /^\d+[A-Z]?$/.test(rest)) return withChanges(mentionOver([token], 0, 1, { key: keyOfName(text), label: text, type: 'product' }, 'rule'), { first: at, last: at + 1 });
      return withChanges(mentionOver([token], 0, 1, { key: `${entry.id}-${rest.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, label: token.text, type: 'model' }, 'rule'), { first: at, last: at + 1, owner: entry.id });
    }
    return undefined;
  }
  return undefined;
}

/** A firm's name or alias of two or three capital letters: "BT" of BT Group, "GM" of General Motors, the defence firm "RTX" ("RTX-5090" is Nvidia's). */
function isShortAlias(surface: string): boolean {
  return /^[A-Z]{2,3}$/.test(surface);
}

/** Words after a hyphen that make a modifier of the name, not a member of its family: "ChatGPT-Maker OpenAI" in a Title Case headline. */
const MODIFIER_HEADS = new Set(['maker', 'makers', 'style', 'like', 'based', 'powered', 'backed', 'owned', 'rival', 'rivals', 'killer', 'clone', 'driven', 'built', 'enabled', 'linked', 'related', 'level', 'class', 'grade', 'era', 'ban', 'bans', 'free', 'only', 'compatible', 'ready']);

/** "Zeta-Image", "Zeta-Video": a capitalised word after a model's or product's name and a hyphen names a member of its family. */
function isNamedVariant(rest: string): boolean {
  return /^\p{Lu}\p{Ll}{2,}$/u.test(rest) && !MODIFIER_HEADS.has(rest.toLowerCase());
}

/** A family's name with its number glued on, and maybe a tier: "Zeta3", "Zeta2.5", "Zeta3-Max". */
const GLUED = /^(\p{Lu}\p{L}*\p{Ll})(\d+(?:\.\d+)?)((?:-[\p{L}\p{N}.]+)?)$/u;

/** "Qwen3", "Qwen2.5-Max": a version of a model or product family the lexicon knows, written without a separator. */
function gluedVersion(token: Token, at: number, lexicon: Lexicon): SentenceMention | undefined {
  // Most names hold no digit: the cheap test first.
  const last = token.text.charCodeAt(token.text.length - 1);
  if (!(last >= 48 && last <= 57) && !token.text.includes('-')) return undefined;
  const glued = GLUED.exec(token.text);
  if (!glued || (glued[3] !== '' && !isHyphenVersion(glued[3]!.slice(1)))) return undefined;
  const entry = lexicon.longestMatch([glued[1]!], 0)?.entry;
  if (!entry || !isVersionEntry(entry)) return undefined;
  const family = lexicon.get(entry.versionOf ?? entry.id) ?? entry;
  const key = versionKey(family, token.text.slice(glued[1]!.length));
  return withChanges(mentionOver([token], 0, 1, { key, label: token.text, type: entry.type }, 'lexicon'), { first: at, last: at + 1, versionOf: family.id, ...makerOf(token.text, lexicon) });
}

/** Capitalised words before a model code that are no brand: an article, a pronoun, a preposition, a day, a month. */
const NOT_BRAND_WORDS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'Its', 'Their', 'His', 'Her', 'Our', 'My', 'Your', 'This', 'That', 'These', 'Those', 'New', 'And', 'Or', 'In', 'On',
  'At', 'For', 'With', 'By', 'From', 'Of', 'To', 'As', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
]);

/** A model code of initials and a number: "BT-300", "GM-20X", "XR-5.1". */
const INITIALS_CODE = /^[A-Z]{2,3}-[A-Z]{0,3}\d[\dA-Za-z.]*$/;

/** Whether `token` is a model code ("BT-300") written after a brand's word, a space apart: "Zeta" in "Zeta BT-300". */
function isBrandModelCode(token: Token, before: Token | undefined): boolean {
  return INITIALS_CODE.test(token.text) && before !== undefined && before.word && before.end < token.start && /^\p{Lu}[\p{L}\d]*$/u.test(before.text) && !NOT_BRAND_WORDS.has(before.text);
}

/** "DeepSeek-R1-0528", "Samsung Gauss 2": a version named after a company is that company's. */
function makerOf(name: string, lexicon: Lexicon): { owner?: string } {
  const maker = lexicon.longestMatch([name.split(/[ -]/)[0]!], 0)?.entry;
  return maker?.type === 'company' ? { owner: maker.id } : {};
}

/** Nouns after a maker's name and a number that make it a product: "the Honor 400 phone", "the Xiaomi 15 series". */
const PRODUCT_NOUNS = new Set(['phone', 'phones', 'smartphone', 'smartphones', 'handset', 'handsets', 'flagship', 'flagships', 'series', 'lineup', 'line-up', 'model', 'models', 'device', 'devices', 'tablet', 'tablets', 'laptop', 'laptops', 'chip', 'chips', 'processor', 'processors', 'car', 'cars', 'sedan', 'suv', 'ev']);

/**
 * "Xiaomi 15 Ultra", "the Honor 400 phone": a company's name, a model number and a tier (or a
 * product noun after the number) name one of its products, after its maker. A bare number is
 * not enough ("Xiaomi 15 percent", "Apple 2024").
 */
function numberedProduct(tokens: readonly Token[], at: number, match: { entry: LexiconEntry; length: number }): SentenceMention | undefined {
  const { entry, length } = match;
  const number = tokens[at + length];
  if (entry.type !== 'company' || !number || !/^\d{1,4}[A-Za-z]?$/.test(number.text) || YEAR.test(number.text) || number.start !== tokens[at + length - 1]!.end + 1) return undefined;
  let end = at + length + 1;
  while (end < tokens.length && end <= at + length + 2 && tokens[end]!.capitalized && tokens[end]!.start === tokens[end - 1]!.end + 1 && isVersion([tokens[end]!.text])) end++;
  if (end === at + length + 1 && !PRODUCT_NOUNS.has(tokens[end]?.lower ?? '')) return undefined;
  // "Boeing 737 Max 9": a variant's number after the tier is part of the name (it was cut to "Boeing 737 Max"; stop 51's readers).
  const variant = tokens[end];
  if (end > at + length + 1 && variant && /^\d{1,2}$/.test(variant.text) && variant.start === tokens[end - 1]!.end + 1 && !QUANTITY_UNITS.has(tokens[end + 1]?.lower ?? '')) end++;
  const label = surfaceOf(tokens, at, end);
  return withChanges(mentionOver(tokens, at, end, { key: keyOfName(label), label, type: 'product' }, 'lexicon'), { owner: entry.id });
}

/**
 * "TikTok Ltd." beside "TikTok": a product's name with a legal suffix is the company behind it,
 * a node of its own (a company's own legal name, "Huawei Technologies Co.", folds into it).
 */
function legalEntityOf(tokens: readonly Token[], at: number, match: { entry: LexiconEntry; length: number }): SentenceMention | undefined {
  const { entry, length } = match;
  const suffix = tokens[at + length];
  if (!isVersionEntry(entry) || !suffix || !LEGAL_SUFFIXES.has(suffix.text) || suffix.start !== tokens[at + length - 1]!.end + 1) return undefined;
  const label = surfaceOf(tokens, at, at + length + 1);
  return mentionOver(tokens, at, at + length + 1, { key: `${entry.id}-${suffix.lower}`, label, type: 'company' }, 'lexicon');
}
