import type { Lexicon } from '../lexicon/lexicon';
import { splitSentences } from '../text/sentences';
import { recaseShoutedOpeners, recaseShouting } from '../text/recase';
import { recaseTitleCaseHeadlines } from './title-case-headlines';
import { latin1Copy, lowerWordsOf, type Token } from '../text/tokens';
import { listedTokens, withLineLists } from '../text/line-lists';
import { withoutCaptionCredits } from '../text/caption-credits';
import type { Article, ArticleRecord, ClaimRecord, Evidence } from '../types';
import { abstractSentence, type AbstractSentence } from './abstract-sentence';
import { DiscourseMemory, findCoreferences } from './coreference';
import { DefinedTerms } from './defined-terms';
import { EntityCollector } from './entity-collector';
import { newMention, type SentenceMention } from './mention';
import { LearnedNames, type LearnedName } from './learned-names';
import { ClaimCollector, type FoundRelation } from './claim-check';
import { ListingReader, type ListingClaim } from './listing-relations';
import { ACT_REACH, issuersIn, mayIssue } from './official-acts';
import { findPatternRelations } from './relations';
import { findCompoundRelations } from './compound-relations';
import { findBracketedMakers } from './bracketed-makers';
import { findApposedKindChains } from './apposed-kind-chains';
import { findTriggerRelations } from './trigger-relations';
import { isHeadline, mentionsOf, type Sentence } from './sentence-mentions';
import { asOfficeHolders } from './office-holders';
import { datelineEnd, datelineState, federalGovernmentAt, storyFederation } from './dateline';
import { unknownNameTyper } from './unknown-names';
import { personLikeWords } from './firm-deed-evidence';
import { newParagraph } from './candidates';
import { FollowedActs } from './followed-acts';
import { conditionedClearances } from './conditioned-clearances';
import { NamedAfterMaking } from './named-after-making';
import { clearanceIn, clearedOnConditions } from './cleared-on-conditions';
import { settlementIn, settlementTerms } from './settlement-terms';
import { withoutOwnBans } from './own-bans';
import { SHIPPED_SCORER, type ClaimScorer } from './claim-scorer';
import { RECORD_MARGIN, scoredClaims, scoredOwnerClaim, type ScoredCandidate, type Scoring } from './scored-claims';
import { withoutQualifyingNames } from './qualifying-names';
import { foldPluralBrands, singularNames } from './plural-brands';

/**
 * Everything one article says: its entities (every surface form folded into one record per
 * entity) and its claims, each with the sentence that states it. Pure and deterministic.
 *
 * Two passes over the sentences: the first learns names that rules type ("Zhipu, a startup"),
 * so the second also finds the earlier and later bare mentions of them.
 */
export interface ExtractOptions {
  /** The scorer that gives each claim its confidence (default: the shipped weights). */
  scorer?: ClaimScorer;
  /**
   * Sees every candidate claim (extract/candidates.ts) and every rule's claim, scored, before any
   * floor: the one way bench code (training, candidate recall) sees candidates. Changes nothing.
   */
  onCandidate?: (candidate: ScoredCandidate) => void;
  /** Sees each sentence with its mentions as extraction reads it. Changes nothing. */
  onSentence?: (sentence: Sentence, mentions: readonly SentenceMention[], text: string) => void;
}

export function extractArticle(article: Article, lexicon: Lexicon, options: ExtractOptions = {}): ArticleRecord {
  const scorer = options.scorer ?? SHIPPED_SCORER;
  const scoring: Scoring = { scorer, recordFloor: Math.max(0, scorer.threshold - RECORD_MARGIN), ...(options.onCandidate && { onCandidate: options.onCandidate }) };
  const { text } = article;
  // A photo's credit run into the sentence after it ("… at a trade show Getty Images India banned …") is cut out (caption-credits.ts).
  const spans = withLineLists(text, withoutCaptionCredits(text, splitSentences(text)));
  // Tokens are copied from a one-byte copy of the text (tokens.ts, latin1Copy): the same characters, read faster.
  const oneByte = latin1Copy(text);
  // The lists below are built by pushing, not mapped: a mapped array is of another kind once this function is optimised (see
  // lowerWordsOf), and the next line reading it de-optimised this function.
  const listed: Token[][] = [];
  for (let i = 0; i < spans.length; i++) listed.push(listedTokens(text, spans[i]!, oneByte));
  // A headline in capitals, then one in Title Case, read with the casing of the rest of the article.
  const { tokens, titleCase } = recaseTitleCaseHeadlines(recaseShoutedOpeners(recaseShouting(listed)));
  const sentences: Sentence[] = [];
  for (let i = 0; i < spans.length; i++) sentences.push({ start: spans[i]!.start, end: spans[i]!.end, tokens: tokens[i]!, titleCase: titleCase[i]! });
  const learned = new LearnedNames();
  // Read only when an untyped name reports a firm's deed (name-rules.ts), which few articles hold.
  learned.personLikeWordsOf = () => personLikeWords(tokens);
  // Read only when a Title Case headline's run holds a name the body taught (name-rules.ts, learnedWithoutKind).
  learned.bodyCapitalsOf = () => capitalisedMidSentence(sentences.filter((s) => s.titleCase !== true));
  // A sentence's first-pass mentions stand unless a name it could look up was learned after them
  // (or while they were found: the sentence may read what it learned itself).
  const firstPass: { mentions: SentenceMention[]; learned: number }[] = [];
  const firstMentions: SentenceMention[][] = [];
  for (let i = 0; i < sentences.length; i++) {
    const before = learned.changes;
    const mentions = mentionsOf(sentences[i]!, lexicon, learned);
    firstPass.push({ mentions, learned: learned.changes === before ? before : -1 });
    firstMentions.push(mentions);
  }
  const namesInText = capitalisedMidSentence(sentences);
  // "rows of Zetas": a plural of a brand the article names is that brand (plural-brands.ts).
  const singulars = singularNames(firstMentions);
  const companyNamed = (word: string): string | undefined => {
    const entry = lexicon.longestMatch([word], 0)?.entry;
    return entry?.type === 'company' ? entry.id : undefined;
  };

  const stateOfDemonym = (word: string): string | undefined => lexicon.stateOfDemonym(word.charAt(0).toUpperCase() + word.slice(1))?.id;
  const entities = new EntityCollector(lexicon);
  // "OTTAWA — The federal government …": the state a story is filed from; "NAIROBI — The government has suspended Zapp": the
  // state a bare "the government" is when nothing else names one (helper rlg94).
  const filedIn = datelineState(text, lexicon);
  const dateline = filedIn ?? storyFederation(firstMentions, lexicon, (m) => learned.get(m.surface)?.partOf);
  // "MOSCOW, Zenagency –": the dateline's place and wire, which no relation is read from.
  const filedEnd = datelineEnd(text, lexicon);
  const filedFromState = filedIn ? { key: filedIn.id, label: filedIn.name, type: filedIn.type } : undefined;
  const claims: ClaimRecord[] = [];
  const nameRecords: NameRecords = { lexicon, learned, entities, claims, scoring };
  const memory = new DiscourseMemory();
  /** The latest official act's issuers ("DoD, GSA, and NASA are issuing a rule"), for "this rule" later. */
  let issued: { sentence: number; issuers: SentenceMention[] } | undefined;
  let paragraph = newParagraph();
  // "The Ruritanian sanctions target A": a state's adjective standing for the state, for the listing rules.
  const demonymState = (tokens: readonly Token[], k: number): SentenceMention | undefined => {
    const token = tokens[k];
    const key = token?.capitalized ? stateOfDemonym(token.text) : undefined;
    const state = key ? lexicon.get(key) : undefined;
    return token && state ? newMention({ first: k, last: k + 1, key: state.id, label: state.name, type: 'government', surface: token.text, start: token.start, end: token.end, source: 'coref' }) : undefined;
  };
  const listings = new ListingReader(demonymState);
  const follows = new FollowedActs();
  const clearances = conditionedClearances();
  const settlements = settlementTerms();
  const namings = new NamedAfterMaking();
  /** The one thing the sentence before says a firm made ("Zenco unveiled the Zeta 7"): what the firm's "its" set against a product means next. */
  let made: { sentence: number; firm: string; thing: SentenceMention } | undefined;
  const definedTerms = new DefinedTerms();
  sentences.forEach((s, index) => {
    const early = firstPass[index]!;
    // "Zenco Ltd. (the "Company") … The Company's products": a defined term stands for the firm it was defined for (defined-terms.ts).
    const terms = definedTerms.read(foldPluralBrands(early.learned >= 0 && !learned.changedFor(early.learned, s.tokens) ? early.mentions : mentionsOf(s, lexicon, learned), singulars, s.tokens), s.tokens, text.slice(s.start, s.end), s.start);
    const named = terms.named;
    const { typed, untyped } = splitUntyped(named);
    const found = findCoreferences(s.tokens, typed, memory, untyped, filedFromState);
    const corefs = terms.corefs.length > 0 ? [...found, ...terms.corefs] : found;
    // The sentence before's subject that an "Its" here typed a company (coreference.ts, adoptUntypedOpening): a name from now on.
    const adopted = memory.takeAdopted();
    if (adopted) {
      learned.set(adopted.surface, { key: adopted.key, label: adopted.label, type: adopted.type });
      entities.add(adopted);
    }
    // A name no rule typed that a coreference explains ("the Commission") is that coreference.
    const explained = (m: SentenceMention): boolean => m.source === 'unknown' && corefs.some((c) => c.first < m.last && m.first < c.last);
    // The mentions relations are read from (entities come from `named`): a name that only qualifies what another's possessive owns
    // ("Zapp's iOS app", "Zenco's Zenid licence") is left out.
    const read = withoutQualifyingNames(
      federalGovernmentAt(asOfficeHolders([...(corefs.length > 0 ? named.filter((m) => !explained(m)) : named), ...corefs].sort((a, b) => a.start - b.start || a.end - b.end), s.tokens, lexicon), dateline),
      s.tokens,
    );
    const all = s.start < filedEnd ? read.filter((m) => m.end > filedEnd) : read;
    options.onSentence?.(s, all, text);
    // A blank line starts a paragraph: only the earlier paragraphs' frames are carried across it.
    const previous = sentences[index - 1];
    if (previous && hasBlankLine(text, previous.end, s.start)) {
      paragraph = newParagraph(paragraph);
      follows.newParagraph();
      listings.newParagraph();
      clearances.newParagraph();
      settlements.newParagraph();
      namings.newParagraph();
    }
    const evidence = (trigger: string, rule: string) => ({ article: article.id, sentence: text.slice(s.start, s.end), start: s.start, end: s.end, trigger, rule });

    // Relations need two mentions; one is enough only for a restriction on a state's users ("to Chinese users").
    const actIssuers = issued && issued.sentence >= index - ACT_REACH ? issued.issuers : undefined;
    let abstract: AbstractSentence | undefined;
    // Tags the sentence only when a rule asks about a name nothing typed.
    const typeUnknown = unknownNameTyper(text, s, namesInText);
    let ruleClaims: readonly FoundRelation[] = [];
    // … or for a rival noun opening the sentence, set against the sentences' topic ("Rival Qorva fell 13%").
    // "Qorva is a rival of Zenco. Another rival is Vexo": the subject before is itself the rival named, not the firm the rivals are of (helper riv100).
    const topic = memory.subject !== undefined && opensWithAnotherRival(s.tokens) && namedAsRival(memory.subject, sentences) ? undefined : memory.subject;
    const rivalOpens = all.length === 1 && topic !== undefined && opensWithRival(s.tokens);
    // "Zemblan steel faces Ruritanian tariffs": two states named only by their demonyms are two parties too (helper facing).
    if (all.length >= 2 || (all.length >= 1 && actIssuers) || rivalOpens || (all.length < 2 && demonymsAtLeast(s.tokens, 2 - all.length, lexicon))) {
      abstract = abstractSentence(s.tokens, all);
      const context = { sentence: abstract, mentions: all, text, typeUnknown, companyNamed, actIssuers, topic, thingOfFocus: made && made.sentence === index - 1 ? made : undefined, headline: s.titleCase === true || isHeadline(s.tokens) || isUnstoppedLine(s.tokens) };
      const found = new ClaimCollector(context);
      findTriggerRelations(context, found, stateOfDemonym);
      findPatternRelations(context, found);
      findCompoundRelations(context, found);
      findBracketedMakers(context, found);
      // "a new router, the Vexa Mesh, and a new modem, the Orra Link": the later pairs of a chain share the first one's maker.
      findApposedKindChains(context, found);
      // "Australia banned the export of logs from Tasmania": a state's ban on goods from one of its own regions is its own trade
      // rule, no ban on the region (re-read rr93, from imp93's goods-from-region rules).
      ruleClaims = found.found.filter((r) => !(r.relation === 'banned' && r.target.type === 'government' && partOf(r.target, lexicon, learned) === r.source.key));
    }
    // Listings without an active clause ("The entities designated today are A; B; and C") are rules' claims too.
    // A sentence without mentions holds no listing and no claim: its words are never read.
    const words = lowerWordsOf(all.length > 0 ? s.tokens : []);
    // A listing rule may find what a trigger found ("US sanctions hit A"): one claim each.
    const listed = newListings(listings.read(index, s.tokens, words, all, typeUnknown), ruleClaims);
    if (listed.length > 0) ruleClaims = [...ruleClaims, ...listed];
    // "Nepal followed suit": a follower does what the act just told did.
    ruleClaims = follows.read(index, s.tokens, all, ruleClaims);
    // "The Commission approved Zenco's purchase of Qorva. The approval is conditional on …": the conditions bind the buyer.
    // The sentence's clearance, found once: read for conditions here and in the next sentence.
    const clearance = abstract ? clearanceIn(abstract.text, all) : undefined;
    const conditioned = clearances.read(index, s.tokens, clearance, ruleClaims, typeUnknown);
    if (conditioned.length > 0) ruleClaims = [...ruleClaims, ...conditioned];
    // "approved plans by Zenco to control Qorva on restrictive conditions": a clearance on conditions, however the sentence turns it.
    const onConditions = clearance && abstract ? clearedOnConditions(clearance, abstract, text, ruleClaims, typeUnknown) : [];
    if (onConditions.length > 0) ruleClaims = [...ruleClaims, ...onConditions];
    // "The Department reached a settlement with A and B. The settlement prevents the firms from …": the terms bind the parties.
    const settled = settlements.read(index, s.tokens, abstract ? settlementIn(abstract.text, all) : undefined, ruleClaims, typeUnknown);
    if (settled.length > 0) ruleClaims = [...ruleClaims, ...settled];
    // "Zenco will build a new reactor. Dubbed Project Zeta, the reactor …": the thing the sentence before made unnamed, named here.
    const namedThings = namings.read(index, s.tokens, all, abstract).filter((r) => !ruleClaims.some((c) => c.relation === 'develops' && c.target.key === r.target.key));
    if (namedThings.length > 0) ruleClaims = [...ruleClaims, ...namedThings];
    listings.noteClaims(index, ruleClaims);
    const things = ruleClaims.filter((r) => r.relation === 'develops' && r.status === 'asserted' && (r.target.type === 'product' || r.target.type === 'model'));
    if (things.length > 0) made = new Set(things.map((r) => r.target.key)).size === 1 ? { sentence: index, firm: things[0]!.source.key, thing: things[0]!.target } : undefined;
    // A name a rule typed is a name from now on, for the candidates below and later sentences.
    for (const r of ruleClaims) {
      for (const m of [r.source, r.target]) {
        if (m.source !== 'unknown') continue;
        m.source = 'rule';
        learned.set(m.surface, { key: m.key, label: m.label, type: m.type });
        // A name of an earlier sentence that a listing rule typed only now ("Zenco launched three new models. They are …"): recorded here, as its own sentence could not.
        if (!all.includes(m)) entities.add(m);
      }
    }
    // The rules' claims and the candidates the claim scorer lets stand, each with its confidence.
    const sentenceClaims = scoredClaims({ tokens: s.tokens, words, mentions: all, ruleClaims, paragraph, index, text, evidence }, scoring);
    paragraph = sentenceClaims.next;
    for (const claim of sentenceClaims.claims) {
      for (const key of [claim.source, claim.target]) entities.ensure(key);
      claims.push(claim);
    }
    const recorded = named.filter((m) => m.source !== 'unknown');
    for (const m of recorded) recordName(m, index, evidence, nameRecords);
    memory.remember(index, s.tokens, recorded);
    memory.rememberUntyped(s.tokens, recorded, named.filter((m) => m.source === 'unknown'), text, s.start);
    if (all.length >= 1 && mayIssue(s.tokens)) {
      const issuers = issuersIn(abstract ?? abstractSentence(s.tokens, all), all);
      if (issuers) issued = { sentence: index, issuers };
    }
  });

  const meta = { id: article.id, ...(article.title && { title: article.title }), ...(article.url && { url: article.url }), ...(article.date && { date: article.date }) };
  const records = entities.records(text);
  // No claim joins a node to itself: a firm named twice ("Zenco Automotive … Zenco") may have been read as its own maker (helper app92).
  const label = new Map(records.map((e) => [e.key, e.label]));
  const joined = claims.filter((c) => c.source !== c.target && (label.get(c.source) ?? c.source) !== (label.get(c.target) ?? c.target));
  return { article: meta, text, entities: records, claims: withoutOwnBans(joined, records) };
}

/** The mentions some rule or lexicon typed, and those no rule typed (source 'unknown'), in order: one pass, pushed (see newListings). */
function splitUntyped(mentions: readonly SentenceMention[]): { typed: SentenceMention[]; untyped: SentenceMention[] } {
  const typed: SentenceMention[] = [];
  const untyped: SentenceMention[] = [];
  for (const m of mentions) (m.source === 'unknown' ? untyped : typed).push(m);
  return { typed, untyped };
}

/** Whether `text[from, to)` holds a blank line (/\n\s*\n/), read without copying it. */
function hasBlankLine(text: string, from: number, to: number): boolean {
  let afterNewline = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (afterNewline) return true;
      afterNewline = true;
    } else if (!(c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(text[i]!)))) afterNewline = false;
  }
  return false;
}

/**
 * A short line that ends without a stop: a headline even when written in sentence case ("Zembla
 * bans Zapp, Qwik, Vexa for officials", whose names are too few of its words for isHeadline).
 */
function isUnstoppedLine(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1]?.text ?? '.';
  return tokens.length <= 24 && !/^[.!?"”’')\]:;]$/.test(last);
}

/** "Chinese", "Chinese-controlled". */
/** Whether at least `n` capitalised words of the sentence are states' demonyms ("Zemblan", "Ruritanian"). */
function demonymsAtLeast(tokens: readonly Token[], n: number, lexicon: Lexicon): boolean {
  let found = 0;
  for (const t of tokens) if (t.capitalized && isDemonym(t.text, lexicon) && ++found >= n) return true;
  return false;
}

function isDemonym(word: string, lexicon: Lexicon): boolean {
  const dash = word.indexOf('-');
  return lexicon.stateOfDemonym(dash < 0 ? word : word.slice(0, dash)) !== undefined;
}

/** Words the article capitalises inside sentences: names, as opposed to sentence openers. */
function capitalisedMidSentence(sentences: readonly Sentence[]): Set<string> {
  const names = new Set<string>();
  for (const s of sentences) for (let i = 1; i < s.tokens.length; i++) if (s.tokens[i]!.capitalized) names.add(s.tokens[i]!.text);
  return names;
}

/** What recordName adds to: the article's entities and claims. */
interface NameRecords {
  lexicon: Lexicon;
  learned: Map<string, LearnedName>;
  entities: EntityCollector;
  claims: ClaimRecord[];
  scoring: Scoring;
}

/**
 * A recorded name's entity, and the claims its name makes: its owner's ("Samsung Gauss"), its family's ("Llama 3.1"), its state's (an
 * agency's). In a function of its own: names with an owner or a family are rare, and the first, mid-corpus, then de-optimises only
 * this function, not the sentence loop (extractArticle's largest function).
 */
function recordName(m: SentenceMention, index: number, evidence: (trigger: string, rule: string) => Evidence, { lexicon, learned, entities, claims, scoring }: NameRecords): void {
  // Places are only locations ("headquartered in Hangzhou"): known, so never mistaken for a
  // company, but not entities of the graph.
  if (m.type === 'place') return;
  entities.add(m);
  if (m.owner) {
    entities.ensure(m.owner);
    claims.push(scoredOwnerClaim(m, m.owner, index, evidence(m.surface, 'name:owner'), scoring));
  }
  if (m.versionOf && m.versionOf !== m.key) {
    entities.ensure(m.versionOf);
    claims.push({ source: m.key, relation: 'version_of', target: m.versionOf, status: 'asserted', evidence: evidence(m.surface, 'name:version') });
  }
  const state = m.type === 'government' ? partOf(m, lexicon, learned) : undefined;
  if (state) {
    entities.ensure(state);
    claims.push({ source: m.key, relation: 'part_of', target: state, status: 'asserted', evidence: evidence(m.surface, 'name:agency-of-state') });
  }
}

function partOf(m: SentenceMention, lexicon: Lexicon, learned: Map<string, LearnedName>): string | undefined {
  // Only the name learned for this very entity: "Ministry of Finance" may be two states' bodies.
  const named = learned.get(m.surface);
  const parent = lexicon.get(m.key)?.partOf ?? (named?.key === m.key ? named.partOf : undefined);
  return parent && parent !== m.key ? parent : undefined;
}

/** Nouns of a rival that may open a sentence and name it: "Rival Qorva …", "Competitors like Qorva …". */
const RIVAL_OPENERS = new Set(['rival', 'rivals', 'competitor', 'competitors', 'challenger', 'challengers']);

/** Whether the sentence opens with "Another rival", "Another competitor": one more rival of what the sentences before were about. */
function opensWithAnotherRival(tokens: readonly Token[]): boolean {
  return tokens[0]?.lower === 'another' && RIVAL_OPENERS.has(tokens[1]?.lower ?? '');
}

/** Words between a rival's noun and the rival it names: "rivals like Qorva", "Its competitors include Qorva", "rivals such as A and Qorva". */
const RIVAL_NAMING_WORDS = new Set(['like', 'such', 'as', 'including', 'include', 'includes', 'included', 'is', 'are', 'was', 'were', ',', 'and', 'the', 'main', 'key', 'chief']);

/**
 * Whether the mention is named as a rival in its own sentence, not as the firm the rivals are of: after a rival's noun ("rivals like
 * Qorva", "Its rivals include Qorva") or before one as the copula's subject ("Qorva is a rival of Zenco", "Qorva was its main competitor").
 */
function namedAsRival(m: SentenceMention, sentences: readonly Sentence[]): boolean {
  const tokens = sentences.find((s) => s.start <= m.start && m.end <= s.end)?.tokens;
  if (tokens?.[m.first]?.start !== m.start) return false;
  for (let k = m.first - 1; k >= Math.max(0, m.first - 6); k--) {
    const w = tokens[k]!.lower;
    if (RIVAL_OPENERS.has(w)) return true;
    if (!RIVAL_NAMING_WORDS.has(w) && tokens[k]!.capitalized !== true) return false;
  }
  const be = tokens[m.last]?.lower ?? '';
  if (be !== 'is' && be !== 'was') return false;
  return tokens.slice(m.last + 1, m.last + 8).some((t) => RIVAL_OPENERS.has(t.lower));
}

/** Whether a rival noun opens the sentence, after at most a conjunction or an adverb and its comma ("Meanwhile, rival Qorva …"). */
function opensWithRival(tokens: readonly Token[]): boolean {
  const at = tokens[1]?.text === ',' ? 2 : 1;
  // "Other players like Qorva …": other players are rivals too.
  const otherPlayers = tokens[0]?.lower === 'other' && tokens[1]?.lower === 'players';
  // "In 2019, rival Qorva …", "Last year, rivals like Qorva …": after a short fronted adjunct of time (trigger-relations.ts checks its words) (helper cmp90b).
  const comma = tokens.findIndex((t) => t.text === ',');
  const afterAdjunct = comma > 1 && comma <= 5 && RIVAL_OPENERS.has(tokens[comma + 1]?.lower ?? '');
  return otherPlayers || afterAdjunct || RIVAL_OPENERS.has(tokens[0]?.lower ?? '') || RIVAL_OPENERS.has(tokens[at]?.lower ?? '');
}

/**
 * The listing reader's claims that no rule found already, each asserted. Pushed, not filtered and mapped: a mapped array is of another
 * kind once extractArticle is optimised (see lowerWordsOf), and reading it de-optimised the sentence loop, its largest function.
 */
function newListings(listed: readonly ListingClaim[], ruleClaims: readonly FoundRelation[]): FoundRelation[] {
  const out: FoundRelation[] = [];
  for (const r of listed) {
    if (!ruleClaims.some((c) => c.source.key === r.source.key && c.relation === r.relation && c.target.key === r.target.key)) out.push({ ...r, status: 'asserted' });
  }
  return out;
}
