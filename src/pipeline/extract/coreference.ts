import { isPossessive, lowerWordsOf, type Token } from '../text/tokens';
import { leadAssetSetOff } from './pipeline-assets';
import type { EntityType } from '../types';
import { RELATIONS } from '../relation-registry';
import { mentionOver, type MentionedEntity, type SentenceMention } from './mention';
import { endsWithKind, isReleaseByNumber } from './unknown-names';
import { AUXILIARIES, finiteVerbAt } from './clause-subject';
import { triggersAt } from './trigger-words';
import { COMPANY_SUFFIXES, CUE_NOUNS, FIRM_LAST_WORDS, FIRM_PLURALS, GOVERNMENT_HEADS, NOT_GOVERNING_BODY, IRREGULAR_PASTS, isMadeKind, MINISTRY_SHORT_NAMES, OPENING_MODIFIERS, OWNED_NOUNS, PERSON_TITLES, PRODUCT_NOUNS, RIVAL_HEAD_WORDS, TIE_NOUNS_OF_WORDS, WEEKDAYS } from './cue-words';
import { CARRIER_WORDS } from './name-rules';
import { afterOpeningAdverbial, subjectStartAfterOpener } from './opening-adverbials';
import { creditedReporter, reportsClauseAt } from './reported-clause-owners';

/**
 * "Myanmar … The junta restricted …": nouns for a state's own government, which point back only as
 * the subject of a verb; they mostly qualify another noun ("the government devices", "the security
 * of government information").
 */
const STATE_BODY_NOUNS = new Set(['government', 'junta', 'regime', 'authorities', 'administration']);

/**
 * Bodies that point back only when capitalised, to a body named before with the word in its name:
 * "the Treasury" after "the Treasury Department" (the lexicon keeps no bare "Treasury": it is mostly bonds), not "the company's treasury";
 * "the Bureau" after "the Consumer Financial Protection Bureau", not a paper's "Moscow bureau"; "the Authority", not "the authority to ban"
 * (stop 75, from stop 74's last controls samples).
 */
const CAPITALISED_BODIES: ReadonlySet<string> = new Set(['treasury', 'bureau', 'authority', 'council']);

/** Definite descriptions and the type of entity they point back to. */
const ANAPHORS: ReadonlyMap<string, EntityType> = new Map([
  ...(['company', 'firm', 'startup', 'group', 'giant', 'chipmaker', 'lab', 'conglomerate', 'retailer', 'maker'] as const).map((w) => [w, 'company'] as const),
  // Makers of drinks and medicines, as news names them again (helper cor96: "The brewer's core brands include A and B").
  ...(['brewer', 'distiller', 'winemaker', 'drugmaker'] as const).map((w) => [w, 'company'] as const),
  // A seller of technology named again by its trade (helper cau100, from model-launch news: "The AI vendor launched two versions of Zeta").
  ...(['vendor', 'outfit', 'manufacturer'] as const).map((w) => [w, 'company'] as const),
  ...(['app', 'chatbot', 'tool', 'assistant', 'service', 'platform', 'product', 'software', 'chip', 'site', 'website', 'browser', 'messenger', 'encyclopedia'] as const).map((w) => [w, 'product'] as const),
  ...(['model', 'llm'] as const).map((w) => [w, 'model'] as const),
  ...(['agency', 'regulator', 'ministry', 'watchdog', 'commission', 'department'] as const).map((w) => [w, 'government'] as const),
  ...['country', ...STATE_BODY_NOUNS].map((w) => [w, 'government'] as const),
  ...[...CAPITALISED_BODIES].map((w) => [w, 'government'] as const),
]);

/** What may follow such a noun when it is the subject: a verb, an auxiliary, an adverb or a comma. */
const SUBJECT_FOLLOWERS = new Set([...AUXILIARIES, ',', 'have', 'are', 'were', 'may', 'also', 'then', 'later', 'now', 'on', 'last', 'this', 'in']);

/** Words allowed between "the" and the noun: "the tech giant", "the Chinese e-commerce giant". */
const MODIFIERS = new Set(['tech', 'technology', 'e-commerce', 'internet', 'ai', 'chinese', 'american', 'us', 'u.s.', 'search', 'cloud', 'chip', 'software', 'social', 'media', 'hangzhou-based', 'beijing-based', 'shenzhen-based', 'ai-powered', 'coding', 'popular', 'messaging', 'video', 'shopping', 'data', 'privacy', 'protection', 'italian', 'french', 'japanese', 'korean', 'european', 'san', 'francisco-based', 'paris-based', 'chatgpt', 'e-commerce', 'and', 'technology']);

/** Words that make "the X company" a different company, not the one just named. */
const DISTINGUISHING = new Set(['first', 'second', 'third', 'other', 'another', 'latest', 'next', 'only', 'last', 'one', 'same', 'new', 'largest', 'biggest', 'smaller', 'rival', 'competing']);

/** "the South Korean electronics giant": known modifiers, lower-case words and nationality words. */
function isModifier(t: Token): boolean {
  const word = t.lower;
  if (DISTINGUISHING.has(word) || ANAPHORS.has(word)) return false;
  return MODIFIERS.has(word) || /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || /^(South|North|\p{Lu}[\p{L}.]+)$/u.test(t.text);
}

/** Unions of states that news calls "the bloc". */
const STATE_UNIONS = /^(?:European Union|EU|ASEAN|Association of Southeast Asian Nations|Mercosur|African Union|Eurasian Economic Union|Gulf Cooperation Council|BRICS)$/;

/**
 * Where "bloc" ends a description opened at `from` ("bloc", "27-member bloc", "European bloc", "trade bloc"), with a verb, an
 * auxiliary, a comma or a possessive after it; -1 otherwise ("the bloc of nations" describes, "the bloc vote" is another noun).
 */
function blocNounAt(tokens: readonly Token[], from: number): number {
  for (let j = from; j < tokens.length && j <= from + 2; j++) {
    const t = tokens[j]!;
    if (t.lower === 'bloc') {
      const next = tokens[j + 1];
      const verbAfter = /^\p{Ll}+$/u.test(next?.text ?? '') && next!.lower !== 'of' && !/^(?:vote|votes|member|members|leaders|officials|country|countries|nations|states)$/.test(next!.lower);
      return next === undefined || isPossessive(next) || /^[,.;:]$/.test(next.text) || verbAfter ? j : -1;
    }
    if (!/^[\p{Ll}0-9][\p{Ll}0-9-]*$/u.test(t.text) && !/^(?:European|Western|Asian|African)$/.test(t.text)) return -1;
  }
  return -1;
}

/** Words after a description that introduce its name: "the service called Qwen". */
const NAMING = new Set(['called', 'named', 'dubbed', 'known', 'branded', 'labeled', 'labelled']);

/** Copulas, after which "the app" describes the subject before them. */
const COPULAS = new Set(['is', 'was', 'are', 'were', 'remains', 'remained', 'becomes', 'became']);

/** Sentences back that a description may reach. */
const REACH = 3;

/** Words after which a name is an object ("reported by Bloomberg"), not what the text is about. */
const PREPOSITIONS = new Set(['by', 'to', 'from', 'of', 'with', 'including', 'like', 'than', 'as', 'against', 'former', 'besides', 'beyond', 'unlike', 'despite', 'except', 'alongside', 'over', 'into', 'on', 'at', 'in']);

/**
 * Remembers what the text is about, to resolve "the company", "the app", "the regulator" and
 * "its" to the entity just named. The focus of each type is the subject of the latest sentence
 * that named one; a sentence whose subject is "it" keeps the focus it had.
 */
export class DiscourseMemory {
  private readonly focus = new Map<EntityType, { sentence: number; mention: SentenceMention }>();
  /** Government bodies named lately, latest last: what "the Commission" means. */
  private readonly bodies: SentenceMention[] = [];
  /** The subject of the latest sentence that named one: what a sentence-opening "it" means. */
  private topic: { sentence: number; mention: SentenceMention } | undefined;
  /** The index of the sentence remembered last. */
  private latest = -1;
  /** The firms each sentence still in reach named, objects of a preposition aside ("Zenco agreed to buy Qorva": two). */
  private readonly recentFirms: { sentence: number; keys: ReadonlySet<string> }[] = [];

  /**
   * How many firms the sentences still in reach named: after two or more, a sentence-opening "The maker of …" may be either (no guess),
   * a neutral sentence between or not ("Zenco agreed to buy Qorva. Shares rose 4%. The maker of Vexa said …"; review rr90e).
   */
  get firmsNamedBefore(): number {
    return new Set(this.recentFirms.flatMap((r) => [...r.keys])).size;
  }
  /** How many firms the sentence read last named, objects of a preposition too ("Zenco invested in Qorva": two). */
  private latestFirmCount = 0;
  /** Whether the sentence just before named two firms or more, in any role: an opening "Its" after it may be either's (helper cor94). */
  get twoFirmsJustBefore(): boolean {
    return this.latestFirmCount >= 2;
  }
  /** The article's text and how far it has been read (to the end of the sentence read last). */
  private readText = '';
  private readTo = 0;
  /** Whether `surface`, one word, ends a longer name written before ("Tom Jones runs a blog. Jones believes its …": a person). */
  isSurname(surface: string): boolean {
    return isSurnameBefore(surface, this.readText, this.readTo);
  }
  /**
   * Whether the text read so far says the firm before a brand's "The Vexa maker" may be another party to it: the brand named already
   * (the firm's tie to it was read there, as a maker's or as a buyer's: "Delta took delivery of its first A220. The A220 maker said …"),
   * or a seller's or a buyer's words ("Zenco stopped selling the toy. The Vexa maker said …": the retailer is no maker; crit96b).
   */
  brandTiedBefore(brand: string): boolean {
    const before = this.readText.slice(0, this.readTo);
    return new RegExp(`(?<![\\p{L}\\p{N}])${brand.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(before) || SELLERS_OR_BUYERS_WORDS.test(before);
  }
  /** The words of the sentence read last, tested only when a sentence opens with "Their" (testing every sentence's words cost ~1%). */
  private latestTokens: readonly Token[] = [];
  /**
   * Whether an opening "They" may mean the untyped firm that opened the sentence read last: that sentence joins no two parties and names
   * no people ("Zenco was founded by Roe and Lim. They own …" are the founders; helper cor97).
   */
  get theyMayBeUntypedOpening(): boolean {
    return !this.latestTokens.some((t) => t.lower === 'and' || t.text === '&' || t.lower === 'by' || PLURAL_OWNERS.test(t.lower) || THEY_PEOPLE.test(t.lower) || PEOPLE_PLURALS.has(t.lower));
  }
  /** Whether the sentence read last named a plural party ("carmakers", "customers", "engineers"), whom an opening "Their" may mean. */
  get pluralPartyJustBefore(): boolean {
    return this.latestTokens.some((t) => isPluralParty(t.lower));
  }
  /** The products and models the sentence just before named ("Zenco cut prices on its Lumo soap": Lumo). */
  private latestThings: ReadonlySet<string> = new Set();
  /** Whether the sentence just before named a product or model this sentence does not: "The maker of" another thing may be a rival. */
  thingsNamedBeforeOnly(named: readonly SentenceMention[]): boolean {
    return [...this.latestThings].some((key) => !named.some((m) => m.key === key));
  }

  /** The firm credited at the end of the sentence being read whose opening subject pointed to it (closingCredit): that sentence's subject. */
  private creditedSubject: SentenceMention | undefined;
  /** Take `m`, credited at the end of the sentence being read, as the subject the words opening it pointed to. */
  creditSubject(m: SentenceMention): void {
    this.creditedSubject = m;
  }

  /** Record the mentions of sentence `index` (in order); `pronounSubject`: the sentence opens with "it". */
  remember(index: number, tokens: readonly Token[], mentions: readonly SentenceMention[]): void {
    this.latest = index;
    this.recentFirms.push({ sentence: index, keys: new Set(mentions.filter((m) => m.type === 'company' && m.source !== 'coref' && !isObject(tokens, m)).map((m) => m.key)) });
    while (this.recentFirms.length > 0 && this.recentFirms[0]!.sentence <= index - REACH) this.recentFirms.shift();
    this.latestThings = new Set(mentions.filter((m) => m.type === 'product' || m.type === 'model').map((m) => m.key));
    // A passive's agent is no second owner ("Zenco is backed by Qorva and Vexa. Its Zeta model …" is Zenco's).
    const agent = (m: SentenceMention): boolean => tokens.slice(Math.max(0, m.first - 6), m.first).some((t) => t.lower === 'by');
    this.latestFirmCount = new Set(mentions.filter((m) => m.type === 'company' && m.source !== 'coref' && !agent(m)).map((m) => m.key)).size;
    this.latestTokens = tokens;
    const first = mentions[0];
    const opensWithPronoun = tokens.some((t, i) => (t.lower === 'it' || t.lower === 'they') && (!first || i < first.first));
    const seen = new Set<EntityType>();
    for (const m of mentions) {
      // Products and models are mostly objects ("an inquiry into ChatGPT … the app"); actors are subjects.
      if (seen.has(m.type) || (isObject(tokens, m) && m.type !== 'product' && m.type !== 'model') || ownsNameAfter(tokens, m)) continue;
      seen.add(m.type);
      if (opensWithPronoun && m.type === 'company' && this.focus.has('company')) continue;
      this.focus.set(m.type, { sentence: index, mention: m });
    }
    for (const m of mentions) if (m.type === 'government' && m.source !== 'coref') this.bodies.push(m);
    if (this.bodies.length > 12) this.bodies.splice(0, this.bodies.length - 12);
    // "The company launched Zeta, Zenco said": the firm credited for a sentence whose subject pointed to it is that sentence's subject.
    const credited = this.creditedSubject;
    this.creditedSubject = undefined;
    const subject = credited ?? reportedSubject(tokens, mentions, mentions.find((m) => !isObject(tokens, m) && !ownsNameAfter(tokens, m) && isScored(m)));
    if (subject && !opensWithPronoun) this.topic = { sentence: index, mention: subject };
    else if (this.topic && opensWithPronoun) this.topic.sentence = index;
    if (this.topic && this.topic.sentence <= index - REACH) this.topic = undefined;
    for (const [type, f] of this.focus) if (f.sentence === index - REACH) this.focus.delete(type);
    for (const f of this.focus.values()) if (opensWithPronoun) f.sentence = index;
  }

  /**
   * The name no rule typed that opens the latest sentence as its subject ("Zenco said on Monday …"), when that sentence typed no firm:
   * what an "Its" opening the next sentence before a thing of its own means ("Its latest chip, the Zeta-2, …"), as ownerBySubject reads
   * "its" in the subject's own sentence. Taken (and typed a company) by at most one such "Its".
   */
  private untypedOpening: { tokens: readonly Token[]; untyped: readonly SentenceMention[]; others: readonly SentenceMention[]; text: string; start: number } | undefined;
  /** The name untypedOpening gave a firm's "its" in the sentence read last, for the caller to record as a company. */
  private adopted: SentenceMention | undefined;

  /** Record the untyped names of sentence `index`, after `remember`: the opening subject that a next "Its" may mean. */
  rememberUntyped(tokens: readonly Token[], typed: readonly SentenceMention[], untyped: readonly SentenceMention[], text: string, start: number): void {
    this.readText = text;
    this.readTo = start + (tokens.at(-1)?.end ?? 0);
    // Kept as it is and read only when an "Its" asks: most sentences are followed by none.
    // Any name but a place's may be the firm an "Its" means instead of the opening subject ("Roe said Zenco would grow. Its …").
    const others = [...typed.filter((m) => m.type !== 'place'), ...untyped];
    // "Zenco cut prices on its Lumo soap": a firm's own thing no rule typed counts among the things named before (see thingsNamedBeforeOnly).
    for (const m of untyped) if (/^(?:its|their)$/.test(tokens[m.first - 1]?.lower ?? '')) this.latestThings = new Set([...this.latestThings, m.key]);
    this.untypedOpening = untyped.length === 0 || typed.some((m) => m.type === 'company') ? undefined : { tokens, untyped, others, text, start };
    // The one firm a next sentence's "They own several brands" may mean: the sentence names that firm alone, no person, no name left
    // untyped (a person's, maybe) and nothing plural "they" could be ("Zenco was founded by Roe and Lim. They own …" are people).
    const firms = typed.filter((m) => m.type === 'company');
    // Nor a passive's agent ("Zenco was bought by a group of hedge funds. They own …": "They" may be the buyers; review rr93b).
    const passiveAgent = tokens.some((t, i) => t.lower === 'by' && tokens.slice(Math.max(0, i - 4), i - 1).some((b) => /^(?:was|were|is|are|been|being|be)$/.test(b.lower)) && /^(?:[a-z]+ed|bought|sold|taken|held|run|led|owned|backed|won|struck|hit)$/.test(tokens[i - 1]?.lower ?? ''));
    const alone = firms.length === 1 && untyped.length === 0 && !passiveAgent && !typed.some((m) => m.type === 'person') && !tokens.some((t) => PLURAL_OWNERS.test(t.lower) || THEY_PEOPLE.test(t.lower) || PEOPLE_PLURALS.has(t.lower) || t.lower === 'and' || t.text === '&');
    this.loneFirm = alone ? firms[0] : undefined;
  }

  /** The firm the sentence read last named alone (see rememberUntyped): what an opening "They" owning brands means. */
  private loneFirm: SentenceMention | undefined;
  get firmAloneBefore(): SentenceMention | undefined {
    return this.loneFirm;
  }

  /** The untyped opening subject of the sentence before, typed a company now that a firm's "Its" means it. */
  adoptUntypedOpening(): SentenceMention | undefined {
    const before = this.untypedOpening;
    const subject = before ? firmLikeOpening(before.tokens, before.untyped, before.tokens.length) : undefined;
    if (!subject || !actsAsSubject(before!.tokens, subject) || isSurnameBefore(subject.surface, before!.text, before!.start)) return undefined;
    // Review of mk81: not when the sentence names another name after its subject ("Roe said Zenco would grow", "Qorva sued Zenco"):
    // the "Its" may be that one's; nor when the subject's verb is a person's or a state's ("Roe told reporters …", "Ruritania raised tariffs").
    if (before!.others.some((m) => m.first > subject.last) || notAFirmsAct(before!.tokens, subject.last)) return undefined;
    subject.type = 'company';
    subject.source = 'rule';
    this.untypedOpening = undefined;
    this.adopted = subject;
    return subject;
  }

  /** The name adoptUntypedOpening typed in the sentence just read, once. */
  takeAdopted(): SentenceMention | undefined {
    const adopted = this.adopted;
    this.adopted = undefined;
    return adopted;
  }

  /** The subject of the latest sentences that named one (what a sentence-opening "it" means), if still in reach. */
  get subject(): SentenceMention | undefined {
    return this.topic?.mention;
  }

  /** The entity of `type` a description in this sentence, before token `before`, points to. */
  resolve(type: EntityType, tokens: readonly Token[], inSentence: readonly SentenceMention[], before: number, accept: (m: SentenceMention) => boolean = () => true): SentenceMention | undefined {
    // "bought Qorva and its blockbuster Zeta": after "and", "its" is the conjunct's right before it, object or not.
    if (tokens[before - 1]?.lower === 'and') {
      const conjunct = inSentence.find((m) => m.type === type && m.last === before - 1 && m.source !== 'coref');
      if (conjunct) return conjunct;
    }
    const aside = appositions(tokens);
    // A possessor ("DeepSeek's R1") names what it owns, not the subject "its" goes back to; but the possessor of a common noun is
    // that noun phrase's owner and the nearest firm "its" may mean ("Zenco's push to feature its services in phones running its ZenOS
    // system": Zenco's ZenOS; helper dev90b). A firm's only: "China's largest server maker … the department" names no Chinese body.
    const local = inSentence.filter((m) => m.type === type && m.last <= before && !isObject(tokens, m) && !aside[m.first] && (!isPossessive(tokens[m.last]) || (type === 'company' && ownsCommonNoun(tokens, inSentence, m, before))) && !isKeptFromIts(tokens, m, before) && !isHiredForIts(tokens, m, before) && !isPartMakerForIts(tokens, m, before) && !isAddedToIts(tokens, m, before) && accept(m))
      // In the order named: a resolved "its" comes after the names in the list, but "its competitor Qorva said that its first ZenSat …"
      // gives the second "its" to Qorva, named after the first (helper pos92, from the eighty-second fresh sample).
      .sort((a, b) => a.first - b.first);
    // "Qorva accused Zenco of copying its Zeta camera": what the one accused copies is another's, here the accuser's (helper dc86).
    const copier = local.find((m) => copiesIts(tokens, m, before));
    const owners = copier ? local.filter((m) => m.key !== copier.key) : local;
    if (owners.length > 0) return owners[owners.length - 1];
    // The copier is never the owner of what it copies: with no other subject, the firm named before it as an object, or the focus,
    // is ("Its dispute is with Zenco, after the company alleged Qorva ripped off two of its shoes"; helper rcl97, from sneaker suits).
    const notCopier = (m: SentenceMention): boolean => !copier || m.key !== copier.key;
    if (local.length > 0 && !copier) return local[local.length - 1];
    const focus = this.focus.get(type)?.mention;
    if (focus && accept(focus) && notCopier(focus)) return focus;
    // No subject of that type and none before ("Ruritania barred Zenco from selling its Zeta chips"): the latest one named as an object.
    const named = inSentence.filter((m) => m.type === type && m.last <= before && m.source !== 'coref' && !aside[m.first] && !isPossessive(tokens[m.last]) && !isOneTold(tokens, m) && !isAddedToIts(tokens, m, before) && accept(m) && notCopier(m));
    return named[named.length - 1];
  }

  /**
   * The firm a writer's "our" speaks for: the one firm this sentence names before it or as the one who says it ("…, Zenco said"),
   * else the firm the sentence just before was about; never one from further back (a filing reposted as news: "Zenco Inc reported
   * results. Our portfolio includes brands such as …", helper brd90).
   */
  resolveOwn(tokens: readonly Token[], inSentence: readonly SentenceMention[], at: number): SentenceMention | undefined {
    const firms = inSentence.filter((m) => m.type === 'company' && m.source !== 'coref' && !isPossessive(tokens[m.last]));
    const speaking = (m: SentenceMention): boolean => m.last <= at || SAYING.has(tokens[m.first - 1]?.lower ?? '') || SAYING.has(tokens[m.last]?.lower ?? '');
    const own = firms.filter(speaking);
    if (own.length > 0) return own.length === 1 && own.length === firms.length ? own[0] : undefined;
    if (firms.length > 0) return undefined;
    // "…," said Vexa Smith, Qorva's chief executive": a firm named only as a possessive may be the speaker's; the firm of the
    // sentence before may be the one the speaker argues against (review rr90).
    if (inSentence.some((m) => m.type === 'company' && m.source !== 'coref')) return undefined;
    const focus = this.focus.get('company');
    return focus && focus.sentence === this.latest && focus.mention.source !== 'coref' ? focus.mention : undefined;
  }

  /** "the bloc": the latest union of states named (the EU, ASEAN …), if any. */
  resolveBloc(inSentence: readonly SentenceMention[], before: number): SentenceMention | undefined {
    return [...this.bodies, ...inSentence.filter((m) => m.last <= before && m.type === 'government' && m.source !== 'coref')].reverse().find((m) => STATE_UNIONS.test(m.label));
  }

  /** "the Commission", "the Department": the latest body whose name has that word, if any. */
  resolveBody(head: string, inSentence: readonly SentenceMention[], before: number): SentenceMention | undefined {
    const has = (m: SentenceMention): boolean => m.type === 'government' && m.source !== 'coref' && new RegExp(`\\b${head}\\b`, 'i').test(m.label);
    return [...this.bodies, ...inSentence.filter((m) => m.last <= before)].reverse().find(has);
  }

  /** What "it" opening a clause points to: an earlier subject in the sentence, else the latest sentence's subject. */
  resolveIt(tokens: readonly Token[], inSentence: readonly SentenceMention[], before: number): SentenceMention | undefined {
    const local = inSentence.filter((m) => m.last <= before && !isObject(tokens, m) && (m.type === 'company' || m.type === 'product' || m.type === 'model' || m.type === 'government'));
    // "Zenco notified developer Qorva that it is removing Zeta": after a verb of telling and its addressee, "it" is the teller (stop 56's readers).
    const addressee = tokens[before - 1]?.lower === 'that' ? local.find((m) => m.last === before - 1) : undefined;
    // The addressee may have a role noun before it ("developer Qorva").
    const told = addressee !== undefined && [addressee.first - 1, addressee.first - 2].some((k) => TELLING_VERBS.has(tokens[k]?.lower ?? ''));
    if (told && local[0] !== addressee) return local[0];
    // "Zenco told Qorva that it had built Zeta", Zenco untyped: the addressee is never the teller's "it" (reportingSubject reads the
    // teller; helper reported).
    if (told && local.length === 1) return this.topic?.mention.key === addressee.key ? undefined : this.topic?.mention;
    // "The ministry said it was banning Zapp", "The Treasury sanctioned Zenco. It also sanctioned Qorva": a government may be "it" too, and no firm after it is.
    return local[local.length - 1] ?? this.topic?.mention;
  }
}

const isScored = (m: SentenceMention): boolean => m.type === 'company' || m.type === 'product' || m.type === 'model' || m.type === 'government';

/** Verbs of telling an addressee something: "notified Qorva that it …", "told Qorva that it …". */
const TELLING_VERBS: ReadonlySet<string> = new Set(['notified', 'notifies', 'told', 'tells', 'informed', 'informs', 'warned', 'warns', 'assured', 'assures', 'reminded', 'reminds', 'alerted', 'alerts', 'advised', 'advises']);

/** Verbs of a source that reports what another did: "Qorva Research estimates Zenco held 1%". */
const REPORTING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'estimates', 'estimated', 'reported', 'reports', 'noted', 'notes', 'wrote', 'writes', 'believes', 'expects', 'predicts', 'predicted', 'forecasts', 'found', 'finds', 'claims', 'claimed']);

/** A subject that only reports ("Qorva Research estimates Zenco held 1% …") gives way to the subject of what it reports: what the text is about. */
function reportedSubject(tokens: readonly Token[], mentions: readonly SentenceMention[], subject: SentenceMention | undefined): SentenceMention | undefined {
  if (!subject || !REPORTING_VERBS.has(tokens[subject.last]?.lower ?? '')) return subject;
  const at = tokens[subject.last + 1]?.lower === 'that' ? subject.last + 2 : subject.last + 1;
  return mentions.find((m) => m.first === at && isScored(m)) ?? subject;
}

/** Verbs of an outlet's report: not "said", which a firm says of its own things ("Zenco said its Zeta app …"). */
const NEWS_REPORTING_VERBS: ReadonlySet<string> = new Set(['reported', 'reports', 'wrote', 'writes', 'revealed', 'reveals']);
/** Words that open a reported clause's own subject: "reported that a judge …", "reported that the firm …". */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'two', 'three', 'several', 'some']);

/**
 * "The Zembla Times reported that a judge fined the social network over data taken from its Zeta tool": the source of a report
 * is not what a word pointing back inside the reported clause means, once the clause has a subject of its own (the outlet owns no
 * Zeta). "Zenco reported that its Zeta app grew" keeps Zenco: the clause opens with the "its". A description such as "the company"
 * may be that subject itself (`mayOpen`): "Reuters reported that the company would close its Zeta app".
 */
function reportsOn(tokens: readonly Token[], m: SentenceMention, at: number, mayOpen: boolean): boolean {
  if (m.type !== 'company' || at <= m.last) return false;
  // "According to Reuters, Zenco will close its Zeta app": the source credited is not taken as the one meant (a firm credited for its own news is also named in the clause).
  if (tokens[m.first - 1]?.lower === 'to' && tokens[m.first - 2]?.lower === 'according') return true;
  // "According to a report by analytics firm Metrix, Zeta is twice the size of its closest rival": a source named deeper inside the
  // credit, before the comma that closes it, is no more meant (fresh sample s78f: the firm cited became the rival's rival).
  if (creditedSource(tokens, m.first) && tokens.slice(m.last, at).some((t) => t.text === ',')) return true;
  if (!NEWS_REPORTING_VERBS.has(tokens[m.last]?.lower ?? '')) return false;
  // "reported on Monday that …": a time may stand between the verb and its "that".
  const that = [1, 2, 3, 4].map((k) => m.last + k).find((k) => tokens[k]?.lower === 'that' && tokens.slice(m.last + 1, k).every((t) => (t.word && !t.capitalized) || WEEKDAYS.has(t.text)));
  const opens = that !== undefined ? that + 1 : m.last + 1;
  const first = tokens[opens];
  if (first === undefined || opens > at || (opens === at && !mayOpen)) return false;
  return SUBJECT_OPENERS.has(first.lower) || (first.capitalized && first.word);
}

/** Whether the name at `first` stands inside an "according to" credit: within a few words after it, no comma between ("according to a report by Metrix"). */
function creditedSource(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 1 && k >= first - 8; k--) {
    if (tokens[k]!.text === ',' || tokens[k]!.text === ';') return false;
    if (tokens[k]!.lower === 'to' && tokens[k - 1]!.lower === 'according') return true;
  }
  return false;
}

/** A firm's own range of things, which "its" may open past more describing words: "its biggest three beer brands". */
const FAR_RANGE_NOUNS: ReadonlySet<string> = new Set(['brands', 'portfolio', 'lineup', 'line-up', 'stable', 'roster']);
/** Lower-case words that end a describing run before a range noun: a preposition or a tie opens another phrase ("its stake in rival brands"). */
const FAR_RANGE_STOPS: ReadonlySet<string> = new Set(['in', 'of', 'for', 'with', 'from', 'to', 'by', 'at', 'on', 'and', 'or', 'rival', 'rivals', 'partner', 'partners', 'client', 'clients', 'other', "other's", 'licensed', 'distributed', 'acquired']);

/**
 * "Zenco has warned that its biggest three beer brands, A, B and C, …": a range noun four or five words after "its", past lower-case
 * words or numbers that only describe it (helper lin95, from real brewers' results: the plain reach of three words left "its" unread).
 */
function farRangeNoun(tokens: readonly Token[], i: number): boolean {
  const k = [4, 5].find((n) => FAR_RANGE_NOUNS.has(tokens[i + n]?.lower ?? ''));
  return k !== undefined && tokens.slice(i + 1, i + k).every((t) => /^(?:\p{Ll}[\p{Ll}-]*|\d+)$/u.test(t.text) && !FAR_RANGE_STOPS.has(t.lower));
}

/** Nouns after "its" that relate it to other firms or its brands: "its competitors include …", "its parent", "with A and B in its portfolio", "its peers such as A". */
const RELATIONAL_NOUNS = new Set(['competitor', 'competitors', 'competition', 'rival', 'rivals', 'arch-rival', 'arch-rivals', 'archrival', 'archrivals', 'foe', 'foes', 'nemesis', 'archnemesis', 'arch-nemesis', 'parent', 'owner', 'maker', 'developer', 'creator', 'publisher', 'operator', 'challenger', 'challengers', 'peers', 'portfolio', 'brands', 'stable', 'lineup', 'line-up', 'roster', 'products', 'offerings']);
/**
 * "had blocked its purchase of Qorva", "refused to approve its takeover": a deal a state stopped, whose "its" is the buyer
 * (relation-patterns.ts, blocked-its-deal). Stop 81, from stop 80's fresh samples of vetoed deals.
 */
const STOPPED_DEAL_NOUNS = new Set(['takeover', 'acquisition', 'purchase', 'buyout', 'bid', 'merger', 'deal', 'offer', 'investment']);
const DEAL_STOPPING_WORDS = new Set(['blocked', 'block', 'blocks', 'blocking', 'vetoed', 'veto', 'vetoes', 'rejected', 'reject', 'rejects', 'prohibited', 'halted', 'stopped', 'nixed', 'scuttled', 'thwarted', 'torpedoed', 'back', 'down', 'approve', 'clear']);
/** Whether "its" at `i` opens a deal that the verb right before it stopped ("blocked its (planned) purchase"). */
function opensStoppedDeal(tokens: readonly Token[], i: number): boolean {
  // "blocked its $5 billion takeover": a sum may stand between.
  return DEAL_STOPPING_WORDS.has(tokens[i - 1]?.lower ?? '') && [1, 2, 3, 4, 5].some((k) => STOPPED_DEAL_NOUNS.has(tokens[i + k]?.lower ?? ''));
}
/** The words that list the members of a maker's plural kind of product (OWNED_NOUNS: "its games", "its chips") after it. */
const OWNED_LIST_OPENERS = new Set(['include', 'includes', 'included', 'including', 'such', 'like', ':']);
/** Words of a rivalry that is over: "its three former domestic rivals" were bought or merged, no rivals now. */
const PAST_RIVALRY_WORDS = /^(?:former|one-time|onetime|erstwhile|ex|previous|would-be)$/;
/** Rival nouns among them, and the verbs that list the rivals after them. */
const RIVAL_NOUNS = new Set(['competitors', 'rivals', 'challengers', 'competitor', 'rival']);
const LISTING_VERBS = new Set(['include', 'includes', 'are', 'were', 'is']);
/** Verbs of saying beside the firm a quoted "our" speaks for: "…, said Zenco", "…, Zenco says". */
const SAYING: ReadonlySet<string> = new Set(['said', 'says', 'say', 'stated', 'states', 'wrote', 'writes', 'added', 'adds']);
/** Nouns after "our" that name a firm's own range (RELATIONAL_NOUNS' holdings, not its rivals or its owner). */
const OWN_RANGE_NOUNS: ReadonlySet<string> = new Set(['portfolio', 'brands', 'stable', 'lineup', 'line-up', 'roster', 'products', 'offerings', 'labels']);
/** Nouns of a product's maker after "its": "TikTok and its owner ByteDance". */
const OWNER_NOUNS = new Set(['owner', 'parent', 'maker', 'developer', 'creator', 'publisher', 'operator', 'issuer']);
/** Verbs that set their object against rivals: "pitted it against", "pits it against". */
const PITTING_VERBS: ReadonlySet<string> = new Set(['pits', 'pitted', 'pitting', 'pit']);
/** Words before such a verb that leave the setting foreseen, hoped for or denied: "would pit it against", "never pitted it against". */
const PITTING_HEDGES: ReadonlySet<string> = new Set(['would', 'could', 'may', 'might', 'will', 'wo', 'should', 'not', "n't", 'never', 'to', 'if', 'unless']);
/** Nouns of the rivals such a verb sets a firm against: "pitted it against larger rivals such as Qorva". */
const PITTED_AGAINST_RIVALS: ReadonlySet<string> = new Set(['rival', 'rivals', 'competitor', 'competitors', 'challengers', 'incumbents', 'giants', 'players', 'heavyweights', 'leaders']);

/** Words after which "it" opens a clause: "…, and it produces …", "said it had barred …". */
/** "Shares of Zenco rose after it launched Vela": "after" and "before" open one too (helper cor95). */
const CLAUSE_START = new Set([',', 'and', 'but', 'that', 'because', 'as', 'said', 'says', 'when', 'while', 'since', 'where', ';', 'after', 'before']);

/**
 * A kind of product right after the name, or after the list the name opens: "its Ninebot scooter", "its Zeta and
 * Zeta Max sedans", "its flagship Z1, Z2, and Z3 models".
 */
function kindAfterList(tokens: readonly Token[], m: SentenceMention): boolean {
  for (let k = m.last; k < tokens.length && k < m.last + 10; k++) {
    const t = tokens[k]!;
    if (CUE_NOUNS.get(t.lower) === 'product' || (k > m.last && (PRODUCT_NOUNS.has(t.lower) || PRODUCT_NOUNS.has(t.lower.replace(/s$/, ''))))) return true;
    if (!(t.text === ',' || t.lower === 'and' || t.lower === 'the' || (t.capitalized && t.word) || /^\p{N}/u.test(t.text))) return false;
  }
  return false;
}

/**
 * A made kind right after the name, or after one lower-case word: "its Zeta vacuums", "its Zeta line", "its Zeta fitness tracker"
 * (helper da86: kinds the product nouns above do not hold; "its Qorva partners", "its Berlin office" are no made kinds).
 */
function madeKindNext(tokens: readonly Token[], m: SentenceMention): boolean {
  const lowerWord = (k: number): boolean => /^[a-z-]+$/.test(tokens[k]?.text ?? '');
  // "its Zeta vacuum factory", "its Zeta phone sales": a kind that only describes a place, a deal or a figure of the firm's.
  const madeAt = (k: number): boolean => lowerWord(k) && isMadeKind(tokens[k]!.lower) && !NOT_MADE_AFTER_KIND.test(tokens[k + 1]?.lower ?? '');
  if (madeAt(m.last) || imprintNext(tokens, m)) return true;
  // "its Zeta fitness tracker"; real trade news puts more describing words there: "its Zeta robotic-assisted surgery system", "its
  // Zeta targeted protein degradation platform" (helper rld94: both ends were lost). Up to three words, none a word that ends the
  // name's noun phrase ("its Zeta and the Qorva app") or makes it a place or a deal ("its Zeta robot factory").
  for (let k = m.last; k < m.last + 3 && lowerWord(k); k++) {
    const word = tokens[k]!.lower;
    if (NOT_MADE_AFTER_KIND.test(word) || NOT_DESCRIBING_BEFORE_KIND.has(word)) return false;
    if (madeAt(k + 1)) return true;
  }
  return false;
}
/** Lower-case words that end a name's noun phrase, between the name and a made kind: "its Zeta and the Qorva app". */
const NOT_DESCRIBING_BEFORE_KIND: ReadonlySet<string> = new Set(['and', 'or', 'but', 'the', 'a', 'an', 'of', 'for', 'to', 'in', 'on', 'with', 'by', 'from', 'at', 'as', 'into', 'than', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'its', 'their', 'his', 'her', 'our', 'that', 'which', 'who', 'while', 'after', 'before', 'said', 'says', 'rival', 'rivals', 'competitor', 'competitors', 'partner', 'partners']);
/**
 * "its Qorva Press imprint", "its Vexa imprint will publish …": a publisher's imprint named before the noun is its own line of books
 * (helper typ93, from round 1's leftovers); not the imprint's staff ("its Vexa imprint director").
 */
function imprintNext(tokens: readonly Token[], m: SentenceMention): boolean {
  return /^imprints?$/.test(tokens[m.last]?.lower ?? '') && !/^(?:director|directors|editor|editors|publisher|publishers|head|chief|staff|team)$/.test(tokens[m.last + 1]?.lower ?? '');
}
const NOT_MADE_AFTER_KIND = /^(?:factory|factories|plant|plants|store|stores|shop|shops|office|offices|unit|units|division|divisions|business|businesses|operations|sales|shares|stake|customers|users|team|teams|staff|workers|deal|deals|contract|contracts|partners?|partnership|suppliers?|supply|facility|facilities|site|sites|campus|headquarters|ban|lawsuit|patents?|investment|venture|joint|rivals?|competitors?)$/;

/** A name at `from` or after words that only describe it, of a kind of product: "(the company's) new Zeta-5 phone", "(…'s) Zeta Controller". */
function ownedKindAfter(tokens: readonly Token[], m: SentenceMention, from: number): boolean {
  if (m.first < from || m.first > from + 2 || !tokens.slice(from, m.first).every((t) => DESCRIBING_ITS.test(t.text))) return false;
  // The mention may hold its kind noun ("Vexa Sleep app" typed by it) or have it next.
  return endsWithKind(m.surface) || PRODUCT_NOUNS.has(tokens[m.last - 1]?.lower ?? '') || PRODUCT_NOUNS.has(tokens[m.last]?.lower ?? '');
}

/** A franchisor's or a grocer's chains and banners, whose members a list names (helper bro92, from fresh sample s85a: "Zenco is a franchisor. Its banners include …"). */
const CHAIN_LIST_NOUNS: ReadonlySet<string> = new Set(['chains', 'banners', 'concepts']);
/** A maker's plural nouns whose members a list names: "apps", "chips", "products", "portfolio", and the chains above. */
const LISTED_OWN_NOUNS: ReadonlySet<string> = new Set([...OWNED_NOUNS, ...(RELATIONS.develops.portfolioNouns ?? []), ...CHAIN_LIST_NOUNS]);

/**
 * "(Its) products include A, B and C", "(The company's) popular apps such as …": a maker's plural noun at `from`, after at most one
 * describing word, that a list opener follows (helper mk82: the untyped subject before is the firm, as for "Its latest chip, the Zeta-2").
 */
function opensOwnList(tokens: readonly Token[], from: number): boolean {
  // "(The company owns) such brands as A, B and C": the plural noun between "such" and "as" (stop 90's eightieth fresh sample).
  if (tokens[from]?.lower === 'such' && LISTED_OWN_NOUNS.has(tokens[from + 1]?.lower ?? '') && tokens[from + 2]?.lower === 'as') return true;
  // "(Its) core brands", "(The company's) main ale brands": up to two lower-case words that describe the range, none that makes it
  // another's ("its rival brands", "its licensed brands", "its former brands"; helper cor96, from real drinks and medicine news).
  let k = from;
  while (k < from + 2 && !LISTED_OWN_NOUNS.has(tokens[k]?.lower ?? '') && (DESCRIBING_ITS.test(tokens[k]?.text ?? '') || (/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]?.text ?? '') && !FAR_RANGE_STOPS.has(tokens[k]!.lower) && !OWN_RANGE_STOPS.has(tokens[k]!.lower)))) k++;
  return LISTED_OWN_NOUNS.has(tokens[k]?.lower ?? '') && listOpensAt(tokens, k + 1);
}

/** Adverbs between a range noun and the word that lists it: "its core brands now include", "its products also include". */
const LIST_OPENING_ADVERBS = /^(?:now|also|still|currently|already)$/;
/** Describing words that make a range no longer the firm's own making: "its former brands", "its competing brands". */
const OWN_RANGE_STOPS: ReadonlySet<string> = new Set(['former', 'competing', 'sold', 'divested', 'third-party', 'partner', 'retail', 'customer', 'customers', 'private-label']);

/** Whether the word at `k`, past at most one such adverb, lists the members of the range before it ("include", "such", ":"). */
function listOpensAt(tokens: readonly Token[], k: number): boolean {
  return OWNED_LIST_OPENERS.has(tokens[k]?.lower ?? '') || (LIST_OPENING_ADVERBS.test(tokens[k]?.lower ?? '') && OWNED_LIST_OPENERS.has(tokens[k + 1]?.lower ?? ''));
}

/** Words between "It" and its verb: "It also makes", "It has now launched". */
const BEFORE_MAKING_VERB = /^(?:also|has|have|had|now|then|later|recently|already|just|first|quietly|since|previously|originally)$/;
/** Words between a making verb and the name it makes: "makes the new Zeta-3". */
const BEFORE_MADE_NAME = /^(?:the|a|an|its)$/;

/** Whether a maker's verb at `from` (past adverbs) has a named thing for its object: "also makes the Zeta-3 phone", "launched Zapp". */
function makesNamedThing(tokens: readonly Token[], from: number, mentions: readonly SentenceMention[]): boolean {
  let k = from;
  while (k < from + 3 && BEFORE_MAKING_VERB.test(tokens[k]?.lower ?? '')) k++;
  const words = lowerWordsOf(tokens);
  if (!triggersAt(words, k).some((t) => t.relation === 'develops' && (t.form === 'verb' || t.form === 'participle'))) return false;
  let n = k + 1;
  while (n < k + 4 && (BEFORE_MADE_NAME.test(tokens[n]?.lower ?? '') || DESCRIBING_ITS.test(tokens[n]?.text ?? ''))) n++;
  return mentions.some((m) => m.first === n && (m.type === 'product' || m.type === 'model' || m.source === 'unknown'));
}

/** A name set off by a comma or a colon after a kind of product: "its implant, the Zeta Interface", "its newest handheld: the Zeta Go" (stop 78). */
function setOffAfterKind(tokens: readonly Token[], m: SentenceMention): boolean {
  const comma = tokens[m.first - 1]?.lower === 'the' ? m.first - 2 : m.first - 1;
  return (tokens[comma]?.text === ',' || tokens[comma]?.text === ':') && isSetOffKind(tokens[comma - 1]?.lower ?? '');
}

/**
 * A kind a name set off after "its" or before ", its …" is called by: a product noun, or a brand noun ("its new paint brand, Vexa",
 * "Vexa, its paint brand,"; helper dvo91, from stop 90's eighty-first fresh sample, where a goods word between cut "its" off).
 */
function isSetOffKind(word: string): boolean {
  return PRODUCT_NOUNS.has(word) || SET_OFF_BRAND_NOUNS.has(word);
}
// Not "label": "signed with its label, Vexa Records" names a record company.
const SET_OFF_BRAND_NOUNS: ReadonlySet<string> = new Set(['brand', 'marque']);

/** Whether a kind of product, after at most two describing words from `from`, closes an apposition: "its new drug ,", "its pain tablet ,". */
function kindClosesApposition(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 3 && k < tokens.length; k++) {
    const word = tokens[k]!.lower;
    if (!/^[a-z-]+$/.test(word)) return false;
    if ((isSetOffKind(word) || CUE_NOUNS.get(word) === 'product') && (/^[,.;)]$/.test(tokens[k + 1]?.text ?? '') || launchTimedAfter(tokens, k + 1))) return true;
  }
  return false;
}

/**
 * "Qorva signed up users for Plixo, its AI chatbot launched in 2023": a participle of the kind's launch, told with its time, closes
 * the apposition's noun as a comma does (helper xsoft, from software news: "its" was left unread and the maker lost). Not an agent
 * after it ("its chatbot built by Zenco" may be another's make for the firm), nor a plain verb of the clause ("its chatbot launched").
 */
function launchTimedAfter(tokens: readonly Token[], at: number): boolean {
  return LAUNCH_PARTICIPLES.has(tokens[at]?.lower ?? '') && LAUNCH_TIME_OPENERS.has(tokens[at + 1]?.lower ?? '');
}
const LAUNCH_PARTICIPLES: ReadonlySet<string> = new Set(['launched', 'released', 'introduced', 'unveiled', 'debuted', 'announced', 'rolled']);
const LAUNCH_TIME_OPENERS: ReadonlySet<string> = new Set(['in', 'on', 'last', 'this', 'earlier', 'back', 'late', 'early', 'during', 'out']);

/** A kind of product right before the name: "its new pill Zetavo", "its inhaler Zeta" (stop 50's readers). */
function kindBefore(tokens: readonly Token[], m: SentenceMention): boolean {
  // "its game \"Zeta\"": an opening quotation mark may stand between the kind and the name (stop 71's second makers sample).
  // "its delivery drone (ZX7)", "its tokenized fund (ZFND)": so may a bracket closed right after the name (helper cod, stop 100; a
  // fund a firm sells is two words, PRODUCT_FUND_KINDS).
  const bracketed = tokens[m.first - 1]?.text === '(' && tokens[m.last]?.text === ')';
  const before = bracketed || OPENING_QUOTES.has(tokens[m.first - 1]?.text ?? '') ? m.first - 2 : m.first - 1;
  const word = tokens[before]?.lower ?? '';
  return PRODUCT_NOUNS.has(word) || (bracketed && PRODUCT_NOUNS.has(`${tokens[before - 1]?.lower ?? ''} ${word}`));
}
const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '“', "'", '‘']);
/** "its ticket resale web site Zapp", "its booking website Zapp": a site the word before puts on the web, right before the name. */
function webSiteBefore(tokens: readonly Token[], m: SentenceMention): boolean {
  const kind = tokens[m.first - 1]?.lower;
  return kind === 'website' || (kind === 'site' && WEB_SITE_OPENERS.has(tokens[m.first - 2]?.lower ?? ''));
}
const WEB_SITE_OPENERS: ReadonlySet<string> = new Set(['web', 'online', 'resale', 'booking', 'ticketing', 'shopping', 'e-commerce', 'auction', 'classifieds', 'listings', 'comparison', 'dating', 'jobs', 'recruitment', 'review', 'rental', 'travel', 'betting', 'news']);
/** Trades in "-ing" that describe a kind of product ("its video streaming app"); another gerund acts on the thing ("its rules barring"). */
const TRADE_GERUNDS: ReadonlySet<string> = new Set(['streaming', 'booking', 'ticketing', 'shopping', 'gaming', 'messaging', 'dating', 'betting', 'gambling', 'computing', 'banking', 'trading', 'printing', 'mapping', 'sharing', 'networking', 'operating', 'editing', 'learning', 'listening', 'hailing', 'lending', 'payments', 'cleaning', 'cooking', 'charging', 'driving', 'flying', 'landing', 'imaging', 'sequencing', 'screening', 'monitoring', 'tracking', 'recording']);
/** Words that, between "its" and a kind of product far on, make the name another's or no thing it owns (see farKind). */
const FAR_KIND_STOPS: ReadonlySet<string> = new Set(['in', 'of', 'for', 'on', 'to', 'with', 'from', 'at', 'by', 'into', 'and', 'or', 'than', 'like', 'as', 'against', 'over', 'about', 'under', 'between', 'behind', 'including', 'the', 'a', 'an', 'this', 'that', 'ban', 'bans', 'decision', 'ruling', 'order', 'complaint', 'lawsuit', 'suit', 'probe', 'deal', 'bid', 'offer', 'merger', 'sale', 'rules', 'stake', 'stakes', 'share', 'shares', 'holding', 'investment', 'acquisition', 'purchase', 'takeover', 'partner', 'partners', 'customer', 'customers', 'client', 'clients', 'supplier', 'suppliers', 'investor', 'investors', 'backer', 'backers', 'distributor', 'distributors', 'retailer', 'retailers', 'agency', 'unit', 'subsidiary', 'planned', 'proposed', 'potential', 'possible']);

/** A brand's nouns a copula names: "Its biggest brand is Qorva". */
const COPULA_BRAND_NOUNS: ReadonlySet<string> = new Set(['brand', 'label', 'marque', 'imprint']);
const BRAND_COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'remains', 'remained']);
/**
 * "Its biggest brand is Qorva", "its best-known label remains Vexa": a name right after a copula whose subject is the possessor's brand
 * (helper brd93, from set 87's timber reader). Only lower-case words between "its" and the noun: not "its biggest brand's rival is".
 */
function brandNamedByCopula(tokens: readonly Token[], its: number, m: SentenceMention): boolean {
  const noun = m.first - 2;
  return noun > its && BRAND_COPULAS.has(tokens[m.first - 1]?.lower ?? '') && COPULA_BRAND_NOUNS.has(tokens[noun]?.lower ?? '') && tokens.slice(its + 1, noun).every((t) => /^[\p{Ll}-]+$/u.test(t.text));
}

/** Tokens inside an apposition (", a Shenzhen-based startup founded by former Huawei engineers,"): not the subject. */
function appositions(tokens: readonly Token[]): Uint8Array {
  const aside = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.text !== ',' || !/^(a|an|the)$/i.test(tokens[i + 1]?.text ?? '')) continue;
    const close = tokens.findIndex((t, k) => k > i && k <= i + 16 && t.text === ',');
    if (close > i) aside.fill(1, i, close);
  }
  return aside;
}

/**
 * The firm opening the sentence, when "its own" at `its` sets off after a name the sentence's verb puts forward "with", past the firm
 * that is its object: "Zenco answers Qorva with Zeta, its own news app" (the rival is the verb's object, not the owner).
 */
function ownAnsweredWith(tokens: readonly Token[], named: readonly SentenceMention[], its: number): SentenceMention | undefined {
  if (tokens[its + 1]?.lower !== 'own' || tokens[its - 1]?.text !== ',') return undefined;
  const thing = named.find((m) => m.last === its - 1);
  if (!thing || tokens[thing.first - 1]?.lower !== 'with') return undefined;
  const opening = named.find((m) => m.type === 'company' && m.first === (tokens[0]?.lower === 'the' ? 1 : 0));
  if (!opening || !/^\p{Ll}+$/u.test(tokens[opening.last]?.text ?? '')) return undefined;
  // One verb between the opening firm and its object, the object right before "with": not "Qorva said Zenco answered with Zeta, …".
  const object = named.find((m) => m.type === 'company' && m.first === opening.last + 1);
  return object && object.last + 1 === thing.first ? opening : undefined;
}

/** Verbs that hand a firm something "with": "Zenco will provide Qorva with results". */
const PROVIDING_WITH: ReadonlySet<string> = new Set(['provide', 'provides', 'provided', 'providing', 'supply', 'supplies', 'supplied', 'supplying', 'furnish', 'furnishes', 'furnished', 'equip', 'equips', 'equipped']);
/** Words before "its" that tell where the thing handed over comes from: "generated by its", "from its". */
const SOURCE_BEFORE_ITS: ReadonlySet<string> = new Set(['by', 'from', 'using', 'via', 'through']);

/**
 * The firm opening the sentence when it provides the firm right after its verb "with" something that comes "by" or "from" "its"
 * thing: "Zenco will provide Qorva with results generated by its Zeta engine" is Zenco's engine. "Zenco supplies Qorva with chips
 * for its Zeta phone" (the recipient's) and a clause set off by a comma keep the nearest firm.
 */
function providerWith(tokens: readonly Token[], named: readonly SentenceMention[], its: number): SentenceMention | undefined {
  if (!SOURCE_BEFORE_ITS.has(tokens[its - 1]?.lower ?? '')) return undefined;
  const opening = named.find((m) => m.type === 'company' && m.first === (tokens[0]?.lower === 'the' ? 1 : 0));
  const object = named.find((m) => m.type === 'company' && m.first > (opening?.last ?? its) && m.last < its && tokens[m.last]?.lower === 'with' && PROVIDING_WITH.has(tokens[m.first - 1]?.lower ?? ''));
  if (!opening || !object) return undefined;
  // Only plain lower-case words (an auxiliary, an adverb) between the provider and its verb, and nothing set off or named after "with".
  if (!tokens.slice(opening.last, object.first - 1).every((t) => /^\p{Ll}+$/u.test(t.text)) || object.first - 1 - opening.last > 3) return undefined;
  if (its - object.last > 12 || tokens.slice(object.last, its).some((t) => t.text === ',' || t.text === ';') || named.some((m) => m.first > object.last && m.last <= its)) return undefined;
  return opening;
}

/**
 * "Zenco said its drug Zetavia …": with no firm typed before, "its" before an owned product is the
 * clause's subject, a name no rule typed that opens the sentence before its finite verb. Only a
 * firm owns a product, so the name is typed a company here (as a rule that claims it would type it).
 */
function ownerBySubject(tokens: readonly Token[], named: readonly SentenceMention[], untyped: readonly SentenceMention[], before: number, memory: DiscourseMemory, apposed = -1): SentenceMention | undefined {
  const subject = firmLikeOpening(tokens, untyped, before);
  // "Tom Jones runs a blog. Jones believes its Zeta app …": a person's surname named before is no firm (review rr94a).
  if (!subject || memory.isSurname(subject.surface)) return undefined;
  // "its" goes to the nearest name: "The Treasury sanctioned Novatek and its Zeta project" is Novatek's; not the name an
  // apposition with "its" describes ("Zenco pulled it from Zapp, its gaming platform": Zapp is what is Zenco's).
  // "Zenco received FDA clearance for its Zeta system": a regulator named only as the giver of a clearance is no owner (helper rld94).
  // "Zenco grew in North Africa with its Zeta and Vela brands": a place the subject acts in, named after "in", owns no product either
  // (helper pfm97, from hotel-group news: the subject's brand list was lost to the region).
  // "Zenco told Reuters that its Zeta app …": nor the one told (helper reported; isOneTold).
  if ([...named, ...untyped].some((m) => m.first > subject.first && m.last <= before && m.last !== apposed && !grantsClearance(tokens, m) && !placeActedIn(tokens, m) && !isOneTold(tokens, m))) return undefined;
  // "Segway showed off its Ninebot scooter": a verb's past tense follows a subject as well ("sold its Zeta tablet", stop 57's
  // makers readers); so does "with its" set off after it ("Zenco, with its Zeta tablet, beat Qorva").
  const next = tokens[subject.last]?.text ?? '';
  // "Zenco, through its Zapp program, offers cover": so does "through its" or "via its" (helper cor92, from s84d).
  const withIts = next === ',' && /^(?:with|through|via)$/.test(tokens[subject.last + 1]?.lower ?? '') && subject.last + 2 === before;
  // "Zenco, which marketed its Vexa and Plix software, …": a relative clause's "its" is the name it is set off after (stop 75's
  // first controls samples).
  const relative = next === ',' && /^(?:which|that)$/.test(tokens[subject.last + 1]?.lower ?? '') && (/^\p{Ll}+ed$/u.test(tokens[subject.last + 2]?.text ?? '') || IRREGULAR_PASTS.has(tokens[subject.last + 2]?.lower ?? '') || finiteVerbAt(lowerWordsOf(tokens), subject.last + 2));
  // "Zenco claims its …", "Zenco wrote in a blog post that its …": a verb of saying or belief before the clause "its" opens
  // (reported-clause-owners.ts).
  if (!actsAsSubject(tokens, subject) && !withIts && !relative && !reportsClauseAt(tokens, subject, before, [...named, ...untyped], (m) => isOneTold(tokens, m))) return undefined;
  subject.type = 'company';
  subject.source = 'rule';
  return subject;
}

/**
 * "Zenco confirmed that it had developed the Zeta chatbot", "Zenco said on Tuesday that it built Zeta": with no firm typed before, the
 * "it" of a reported clause is the name no rule typed that opens the sentence and reports it (reportsClauseAt), typed a company as
 * ownerBySubject types it; no other name may stand between but the one told ("Zenco told Reuters that it …").
 */
function reportingSubject(tokens: readonly Token[], named: readonly SentenceMention[], untyped: readonly SentenceMention[], at: number, memory: DiscourseMemory): SentenceMention | undefined {
  const subject = firmLikeOpening(tokens, untyped, at);
  if (!subject || memory.isSurname(subject.surface)) return undefined;
  if ([...named, ...untyped].some((m) => m.first > subject.first && m.last <= at && !isOneTold(tokens, m))) return undefined;
  if (!reportsClauseAt(tokens, subject, at, [...named, ...untyped], (m) => isOneTold(tokens, m))) return undefined;
  subject.type = 'company';
  subject.source = 'rule';
  return subject;
}

/** Prepositions before a place the subject acts in ("grew in Ruritania", "expanded across Zembla", "moved into Ruritania"). */
const ACTED_IN_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'across', 'throughout', 'into']);
/** Compass words between such a preposition and the place: "in North Africa", "across southern Zembla". */
const COMPASS_WORDS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest']);

/**
 * Whether `m` is a place or a state named as where the subject acts ("in Ruritania", "across North Africa"), which owns none of the
 * subject's products; not a place with a conjunct or a possessive after it ("in Ruritania and its …", "in Ruritania's …").
 */
function placeActedIn(tokens: readonly Token[], m: SentenceMention): boolean {
  if (m.type !== 'place' && m.type !== 'government') return false;
  if (tokens[m.last]?.lower === 'and' || tokens[m.last]?.text === "'s") return false;
  const before = tokens[m.first - 1]?.lower ?? '';
  return ACTED_IN_PREPOSITIONS.has(before) || (COMPASS_WORDS.has(before) && ACTED_IN_PREPOSITIONS.has(tokens[m.first - 2]?.lower ?? ''));
}

/** What a regulator grants, named right after it: "FDA clearance", "FDA 510(k) clearance", "EMA approval". */
const CLEARANCE_NOUNS: ReadonlySet<string> = new Set(['clearance', 'clearances', 'approval', 'approvals', 'authorization', 'authorisation', 'nod', 'go-ahead', 'certification', 'designation', 'designations']);

/**
 * Whether `m` is a government named as the giver of a clearance: "received FDA clearance for its Zeta system", "won FDA 510(k)
 * clearance for its …" (helper rld94, from robotics and biotech trade news, where the maker was lost to the regulator between).
 */
function grantsClearance(tokens: readonly Token[], m: SentenceMention): boolean {
  if (m.type !== 'government') return false;
  let k = m.last;
  // "FDA 510(k) clearance": the pathway's number between.
  if (/^510$/.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === '(' && tokens[k + 3]?.text === ')') k += 4;
  return CLEARANCE_NOUNS.has(tokens[k]?.lower ?? '');
}

/**
 * The name no rule typed that opens the sentence (after "the"), ending before `before`, that may be a firm: no government's head, and of
 * one word unless a firm's word ends it. A name of two words or more may be a person's ("Jane Smith said its …"); "Zenco Games marketed
 * its …" is a firm's plural (stop 75's thirty-eighth set).
 */
function firmLikeOpening(tokens: readonly Token[], untyped: readonly SentenceMention[], before: number): SentenceMention | undefined {
  // "Separately, Zenco has reintroduced its …", "On Monday, Zenco said its …": the subject after a fronted connective or adjunct of time.
  const start = subjectStartAfterOpener(tokens);
  const opening = start + (tokens[start]?.lower === 'the' ? 1 : 0);
  const subject = untyped.find((m) => m.first === opening && m.last < before);
  if (!subject || GOVERNMENT_HEADS.has(subject.surface) || MINISTRY_SHORT_NAMES.has(subject.surface)) return undefined;
  // "Buyers can pick its Zeta laptops, Zenco said": a plural of people capitalised only because it opens the sentence owns nothing.
  if (PEOPLE_PLURALS.has(subject.surface.toLowerCase())) return undefined;
  // "Zenco Energy said its …", "GE Zenco Nuclear Energy said its …": an industry word ends a firm's name too, never a person's (helper nm90).
  // "Zenco Foods said its …", "Zenco Bake Shop has reintroduced its …": so does a trade's word or a food firm's (helper typ97b).
  const end = tokens[subject.last - 1]!.text;
  const firmEnd = COMPANY_SUFFIXES.has(end) || FIRM_PLURALS.has(end) || CARRIER_WORDS.has(end) || START_UP_INDUSTRY_ENDINGS.has(end) || REGIONAL_ARM_ENDINGS.has(end) || FIRM_LAST_WORDS.has(end) || FOOD_FIRM_ENDINGS.has(end);
  if (subject.last - subject.first > 1 && !firmEnd) return undefined;
  return subject;
}

/**
 * Industry words that end start-ups' names in medical, biotech and fintech trade news, never a person's: "Zenco Surgical received
 * clearance for its Zeta system", "Zenco Bio said its …" (helper rld94: the maker was lost, its name read as a person's).
 */
const START_UP_INDUSTRY_ENDINGS: ReadonlySet<string> = new Set(['Surgical', 'Bio', 'Genomics', 'Diagnostics', 'Medicines', 'Sciences', 'Oncology', 'Biotherapeutics', 'Payments', 'Analytics', 'Automation', 'Aerospace']);

/**
 * Last words of food makers' and shops' names, never a person's: "Zenco Bakery", "Zenco Bake Shop" (helper typ97b). Not "Kitchen"
 * nor "Dairy": people's surnames too ("Jane Kitchen said its …").
 */
const FOOD_FIRM_ENDINGS: ReadonlySet<string> = new Set(['Shop', 'Bakery', 'Bakeries', 'Kitchens', 'Brewery', 'Breweries', 'Creamery', 'Dairies', 'Farms', 'Snacks', 'Beverages', 'Brands', 'Confectionery', 'Chocolates']);

/** Regions that close a firm's regional arm, never a person's name: "Zenco North America launched its …" (helper its96). */
const REGIONAL_ARM_ENDINGS: ReadonlySet<string> = new Set(['America', 'Americas', 'Europe', 'Asia']);

/** Plurals of people that open a sentence capitalised ("Buyers", "Shoppers"): common nouns, no firm's name. */
const PEOPLE_PLURALS: ReadonlySet<string> = new Set(['buyers', 'shoppers', 'customers', 'consumers', 'users', 'clients', 'owners', 'drivers', 'riders', 'readers', 'players', 'gamers', 'fans',
  'viewers', 'listeners', 'subscribers', 'investors', 'analysts', 'critics', 'parents', 'students', 'teachers', 'patients', 'doctors', 'workers', 'employees', 'staff', 'travellers',
  'travelers', 'visitors', 'tourists', 'farmers', 'developers', 'retailers', 'dealers', 'sellers', 'vendors', 'reviewers', 'testers', 'experts', 'officials', 'regulators', 'lawmakers',
  'people', 'families', 'residents', 'citizens', 'voters', 'members', 'creators', 'builders', 'engineers', 'researchers', 'scientists', 'collectors', 'hobbyists']);

/**
 * Whether a one-word name ends a longer name written earlier in the text: "Jane Roe runs Zenco. Roe said …" names a person by her
 * surname, and no firm's "Its" after it means her.
 */
function isSurnameBefore(surface: string, text: string, start: number): boolean {
  if (/\s/.test(surface)) return false;
  const escaped = surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!\\p{L})(?!(?:The|A|An|And|But|So|Then|Now|Rival|Startup) )\\p{Lu}\\p{Ll}+\\.? ${escaped}(?!\\p{L})`, 'u').test(text.slice(0, start));
}

/** Verbs whose subject is a person or a state, not a firm that owns things: a speaker's, a founder's, a state's act. */
const NOT_FIRMS_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'founded', 'co-founded', 'cofounded', 'imposed', 'banned', 'sanctioned', 'levied', 'enacted', 'outlawed', 'ratified', 'legislated', 'elected', 'appointed', 'voted', 'declared']);
/** Charges a state raises or cuts: "Ruritania raised tariffs", "Zembla cut interest rates" (a firm "raised its forecast"). */
const LEVIES = /^(?:tariffs?|taxes|tax|duties|duty|levies|rates|interest)$/;

/** Whether the word at `at` (after the subject) is a verb of a person's or a state's: "said" alone stays a firm's ("Zenco said on Monday …"). */
function notAFirmsAct(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at]?.lower ?? '';
  if (NOT_FIRMS_VERBS.has(verb)) return true;
  return /^(?:raised|hiked|cut|lowered|slashed)$/.test(verb) && LEVIES.test(tokens[at + 1]?.lower ?? '');
}

/** Whether a verb follows the name as its subject's: a finite verb, or a past tense ("Segway showed off …", "sold its Zeta tablet"). */
function actsAsSubject(tokens: readonly Token[], subject: SentenceMention): boolean {
  const next = tokens[subject.last]?.text ?? '';
  return finiteVerbAt(lowerWordsOf(tokens), subject.last) || /^\p{Ll}+ed$/u.test(next) || IRREGULAR_PASTS.has(next) || SUBJECTS_OWN_VERBS.has(next) || reportsResults(tokens, subject.last);
}

/** What a firm reports, posts or books in results news: "Zenco reports record sales", "Zenco posts a loss". */
const RESULTS_OBJECTS = /^(?:results|sales|revenue|revenues|profit|profits|earnings|record|higher|lower|strong|weak|a|an|its|first-quarter|second-quarter|third-quarter|fourth-quarter|full-year|annual|quarterly)$/;
/**
 * "Zenco reports results …", "Zenco posts record sales": a verb of results in the present, which reads as a plural noun too ("Zenco reports
 * show …"), taken for the subject's verb before what a firm reports (helper cor97, from real results news: an untyped maker's "It also
 * makes …" in the next sentence was left unbound).
 */
function reportsResults(tokens: readonly Token[], at: number): boolean {
  return /^(?:reports|posts|books|announces|delivers|records|sees|expects)$/.test(tokens[at]?.text ?? '') && RESULTS_OBJECTS.test(tokens[at + 1]?.lower ?? '');
}

/**
 * Irregular verbs whose subject's "its" comes right after them in trade news on makers: "Zenco saw its new ZX80 loader sell out",
 * "Zenco went into production with its first digger, the ZX80" (helper its96, from news on diggers, jets and trucks: with the verb
 * unread, an untyped maker's "its" was left unbound and the product lost). Not "flew": an airline flies the jets another firm built.
 */
const SUBJECTS_OWN_VERBS: ReadonlySet<string> = new Set(['saw', 'sees', 'went', 'goes', 'began', 'begins', 'grew', 'grows', 'chose', 'shows', 'brings', 'puts', 'takes', 'rolls']);

/** Words that end the clause in which "the government" acts: a state named after them is told of something else. */
const CLAUSE_ENDS_FOR_STATE: ReadonlySet<string> = new Set(['.', ';', ':', 'which', 'who', 'where', 'while', 'whereas', 'but', 'although', 'though', 'because', 'after', 'said', 'says', 'according', 'unlike', 'like', 'than', 'from']);
/** How far after "the government" its clause's "in" and state may stand. */
const REACH_FOR_STATE = 14;

/**
 * "The government has decided to ban the Zapp app in Ruritania": with no state named before, a bare "the government" is the
 * government of the one state its own clause names after "in" (helper rlg94, from real news on app bans, where the state was
 * only named as the place). Nothing when the sentence names two states or more, or when the state stands past the clause's end.
 */
function stateWhereActed(tokens: readonly Token[], named: readonly SentenceMention[], from: number): SentenceMention | undefined {
  const states = new Set(named.filter((m) => m.type === 'government').map((m) => m.key));
  if (states.size !== 1) return undefined;
  for (let k = from; k < tokens.length && k < from + REACH_FOR_STATE; k++) {
    const word = tokens[k]!.lower;
    if (CLAUSE_ENDS_FOR_STATE.has(word)) return undefined;
    if (word !== 'in') continue;
    const m = named.find((n) => n.first === k + 1 && n.type === 'government');
    if (m) return m;
  }
  return undefined;
}

/** Whether the word at `at` follows a subject: an auxiliary, a comma, an adverb or a finite verb. */
function actsAfter(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at]?.lower;
  return next !== undefined && (SUBJECT_FOLLOWERS.has(next) || finiteVerbAt(lowerWordsOf(tokens), at));
}

/** Whether a verb opens at `at`, after a credit's description: "the company built …", "the firm has developed …" (not its comma). */
function verbAfterCredit(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at]?.text ?? '';
  return AUXILIARIES.has(next) || /^\p{Ll}+ed$/u.test(next) || IRREGULAR_PASTS.has(next) || finiteVerbAt(lowerWordsOf(tokens), at);
}

/** Verbs of owning brands after an opening "They": "They own several brands", "They also control labels such as A". */
const OWNING_BRANDS_VERBS: ReadonlySet<string> = new Set(['own', 'owned', 'control', 'controlled', 'market', 'marketed', 'make', 'made', 'produce', 'produced', 'manufacture', 'manufactured']);
/** Brand nouns that object: the firm's own range, not what it buys or sells. */
const OWNED_BRAND_NOUNS: ReadonlySet<string> = new Set(['brands', 'labels', 'marques', 'portfolio']);
/** Whether the words from `at` are a verb of owning (after adverbs) and, within four words, a brand noun: "also own several brands". */
function ownsBrandsAfter(tokens: readonly Token[], at: number): boolean {
  let k = at;
  while (/^(?:also|now|still|currently|already)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!OWNING_BRANDS_VERBS.has(tokens[k]?.lower ?? '')) return false;
  for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) {
    if (OWNED_BRAND_NOUNS.has(tokens[j]!.lower)) return true;
    if (!/^[\p{Ll}\d-]+$/u.test(tokens[j]!.text)) return false;
  }
  return false;
}

/** Plural words for people an opening "They" may mean instead of a firm: "Zenco is run by two brothers. They own …". */
const THEY_PEOPLE = /^(?:brothers|sisters|siblings|founders|co-founders|owners|family|families|couple|partners|investors|shareholders|executives|managers|directors|heirs|sons|daughters|friends|he|she|his|her|who)$/;
/** Plural words that "their" may point back to instead of a firm. */
const PLURAL_OWNERS = /^(?:they|them|firms|companies|makers|rivals|competitors|users|customers|consumers|people|players|brands|vendors|carriers|operators|banks|states|governments|both|all|funds|billionaires|buyers|bidders|backers|financiers|lenders|trusts|groups|holders)$/;

/**
 * "Qorva is moving up-market with their Zeta range": a firm written as "they" (British usage), read as "its" only where one firm
 * is named before it and nothing plural it could point to (stop 62's makers readers: "their" was never read).
 */
function isFirmAloneBefore(tokens: readonly Token[], named: readonly SentenceMention[], i: number): boolean {
  const before = named.filter((m) => m.last <= i);
  if (before.length !== 1 || before[0]!.type !== 'company') return false;
  return !tokens.slice(0, i).some((t) => PLURAL_OWNERS.test(t.lower));
}

/** People in the plural, whom an opening "Their" may mean as well as a firm: "Zenco hired two engineers. Their startup …". */
const PLURAL_PEOPLE: ReadonlySet<string> = new Set(['engineers', 'workers', 'employees', 'staff', 'founders', 'researchers', 'scientists', 'developers', 'executives', 'investors', 'shareholders', 'clients', 'partners', 'patients', 'doctors', 'farmers', 'growers', 'drivers', 'students', 'hospitals', 'schools', 'universities', 'teams', 'fans', 'gamers', 'shoppers', 'owners', 'parents', 'families']);
/** A plural party an opening "Their" may stand for: people, or firms named by their kind ("carmakers", "retailers", "customers"). */
function isPluralParty(word: string): boolean {
  return PLURAL_OWNERS.test(word) || PLURAL_PEOPLE.has(word) || (word.endsWith('s') && CUE_NOUNS.get(word) === 'company');
}

/**
 * "Their" opening the sentence with no firm named in it: a firm written as "they", read only after a sentence that named one firm
 * alone and no plural party ("Zenco makes chips for carmakers. Their new Zeta sedan …" is the carmakers', not Zenco's: review rr94a).
 */
function theirOpening(tokens: readonly Token[], named: readonly SentenceMention[], i: number, memory: DiscourseMemory): boolean {
  return i === 0 && !named.some((m) => m.type === 'company') && !memory.pluralPartyJustBefore;
}

/**
 * Whether the possessor `m` owns a common noun, no name ("Zenco's push", "Zenco's chief executive"; not "Zenco's Zeta", "Zenco's new
 * Zeta"). A name right after "its" is the thing "its" owns, not the possessor's own ("Zenco's founder said its Zeta …": review rr90c).
 */
function ownsCommonNoun(tokens: readonly Token[], inSentence: readonly SentenceMention[], m: SentenceMention, before: number): boolean {
  const next = m.last + 1;
  return /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[next]?.text ?? '') && !inSentence.some((o) => o.first > m.last && o.first <= next + 3 && !/^(?:its|their)$/.test(tokens[o.first - 1]?.lower ?? '')) && !possessesParty(tokens, next) && !bringsInFirm(tokens, next, before);
}
/** Firm nouns after "a"/"an": "Zenco's former chief executive has founded a startup whose backers say its …" is the startup's. */
const UNNAMED_FIRM_NOUNS: ReadonlySet<string> = new Set(['startup', 'start-up', 'company', 'firm', 'venture', 'business']);
/** Whether a firm no name stands for comes between the possessed noun and "its" ("… founded a new startup whose … its"). */
function bringsInFirm(tokens: readonly Token[], next: number, before: number): boolean {
  for (let k = next + 1; k < before; k++) {
    if (!UNNAMED_FIRM_NOUNS.has(tokens[k]!.lower)) continue;
    const det = /^(?:a|an)$/.test(tokens[k - 1]!.lower) || (/^(?:a|an)$/.test(tokens[k - 2]?.lower ?? '') && /^\p{Ll}+$/u.test(tokens[k - 1]!.text));
    if (det) return true;
  }
  return false;
}
/**
 * "Zenco's biggest rival said its …", "Zenco's main supplier …", "Zenco's partner …": the possessed noun is another
 * party, and "its" after it is that party's, not the possessor's (review rr90). Read over the lower-case words after the "'s".
 */
function possessesParty(tokens: readonly Token[], next: number): boolean {
  for (let k = next; k < next + 4 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]?.text ?? ''); k++) {
    const word = tokens[k]!.lower;
    if (PARTY_NOUNS.has(word) || PARTY_NOUNS.has(word.replace(/s$/, ''))) return true;
  }
  return false;
}
/**
 * Nouns of another firm a firm's possessive may name: its rivals and ties. Not its officers or staff: a person is never "its", so
 * "Zenco's chief executive said its Zeta phone …" is Zenco's phone (review rr90c).
 */
const PARTY_NOUNS: ReadonlySet<string> = new Set([
  ...RIVAL_HEAD_WORDS,
  ...TIE_NOUNS_OF_WORDS.split('|'),
  ...['shareholder', 'creditor', 'lender', 'buyer', 'seller', 'distributor', 'licensee', 'licensor', 'contractor', 'acquirer', 'suitor', 'bidder'],
]);
function isObject(tokens: readonly Token[], m: SentenceMention): boolean {
  if (m.type === 'company' && (sharesOf(tokens, m) || speakersFirm(tokens, m))) return false;
  // "Zenco told Reuters that its Zeta drone …": the one told (an outlet, most often) is the verb's object, not the teller "its" goes
  // back to (helper da86). Not "warned Qorva that its app …", "notified Qorva that its licence …": a warning is of the addressee's.
  return PREPOSITIONS.has(tokens[m.first - 1]?.lower ?? '') || isOneTold(tokens, m) || kindAfterPreposition(tokens, m.first);
}

/**
 * "Zenco announced the acquisition of boutique brewery Qorva Co. It already owns A and B": a name after a preposition and a kind of
 * firm ("of boutique brewery", "with startup", "from rival") is that preposition's object as much as one right after it; the "It"
 * of the next sentence is not that firm (helper cor96, from a set-93 reader's report and real brewers' news). The kind must be a
 * firm's noun, with at most three lower-case words before it ("After two years Zenco …" keeps its subject), and the preposition no
 * opener of the sentence or a clause.
 */
function kindAfterPreposition(tokens: readonly Token[], first: number): boolean {
  if (CUE_NOUNS.get(tokens[first - 1]?.lower ?? '') !== 'company' || !/^\p{Ll}/u.test(tokens[first - 1]!.text)) return false;
  for (let k = first - 2; k >= Math.max(0, first - 5); k--) {
    const t = tokens[k]!;
    // Not a phrase that opens the sentence or a clause: "In the end rival Qorva launched Zeta" keeps its subject.
    // Nor a firm's shares or officer ("Shares of chipmaker Zenco rose after it …", "chief executive of startup Zenco"; see sharesOf).
    if (PREPOSITIONS.has(t.lower)) return k > 0 && tokens[k - 1]!.word && !(t.lower === 'of' && (STOCK_NOUNS.has(tokens[k - 1]!.lower) || OFFICER_TITLES.has(tokens[k - 1]!.lower)));
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) return false;
  }
  return false;
}
/** A person's pronouns: a sentence holding one after "The Vexa owner" speaks of a buyer of the thing, not of its maker. */
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'his', 'her', 'hers', 'himself', 'herself']);
/**
 * Words of a seller's, a stockist's or a buyer's dealings with goods: after them the firm named may have sold or bought the brand a
 * next "The Vexa maker" names, not made it ("Zenco pulled the toy from its shelves", "Delta ordered 50 jets", "Zenco raised its stake in the brand"; crit96b).
 */
const SELLERS_OR_BUYERS_WORDS = /\b(?:retailers?|supermarkets?|grocers?|shelves|stockists?|distributors?|importers?|dealers?|(?:stopped|stop|stops|halted|suspended|ceased) selling|(?:took|take|takes|taking) delivery|ordered|airlines?|carriers?|fleet|operates|operated|leases|leased|stakes?|invest(?:s|ed|ing|ment|ments|or|ors)|shareholders?|licen[cs](?:e|es|ed|ee|ees|ing)|distribut(?:es|ed|ing|ion))\b/i;

/** Maker nouns after a brand that call a firm by it: "the Vexa maker", "the Vexa owner" (not a seller's, a distributor's, a retailer's). */
const BRAND_MAKER_NOUNS: ReadonlySet<string> = new Set(['maker', 'owner', 'developer', 'creator', 'producer', 'brewer', 'distiller', 'parent']);
/** Words that end the kind between a brand and its maker's noun, or make the brand another's: "the Vexa and Plix maker" is left out. */
const NOT_BRAND_KIND_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'of', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'to', 'former', 'rival', 'rivals']);

/**
 * Where the maker's noun is in "the Vexa maker", "the Vexa dish soap maker" opening at `i` ("the"): a name right after "the" that is
 * no firm, place or person, up to three lower-case words of its kind, and the noun, which neither "of" nor a name follows ("the Vexa
 * maker Qorva" names the maker, "the Vexa maker of …" is another phrase; "the Vexa maker's shares" is the firm's). -1 when the words say
 * something else.
 */
function brandMakerAt(tokens: readonly Token[], mentions: readonly SentenceMention[], i: number): number {
  const brand = mentions.find((m) => m.first === i + 1);
  // A typed name is a product or a model; a name no rule typed yet, one the tagger reads as a thing or a body (not a person or a place).
  if (!brand || !(brand.type === 'product' || brand.type === 'model' || (brand.source === 'unknown' && brand.type === 'organization'))) return -1;
  let k = brand.last;
  while (k < brand.last + 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k]?.text ?? '') && !BRAND_MAKER_NOUNS.has(tokens[k]!.lower) && !NOT_BRAND_KIND_WORDS.has(tokens[k]!.lower)) k++;
  if (!BRAND_MAKER_NOUNS.has(tokens[k]?.text ?? '')) return -1;
  const next = tokens[k + 1];
  if (next && (next.lower === 'of' || next.capitalized)) return -1;
  return k;
}

/** Nouns of a firm's stock: "Shares of Zenco rose". */
const STOCK_NOUNS: ReadonlySet<string> = new Set(['shares', 'stock', 'stocks']);
/**
 * "Shares of Zenco rose after it launched Vela", "Hong Kong-listed shares of Zenco jumped. The phone maker …": a firm whose shares open
 * the sentence as its subject is what the sentence is about, though named after "of" (helper cor95). Only when the shares are the
 * sentence's first noun, past words that only qualify them ("Qorva bought shares of Zenco after it …" stays an object).
 */
function sharesOf(tokens: readonly Token[], m: SentenceMention): boolean {
  const of = m.first - 1;
  if (tokens[of]?.lower !== 'of' || !STOCK_NOUNS.has(tokens[of - 1]?.lower ?? '')) return false;
  return tokens.slice(0, of - 1).every((t) => /^(?:the|[\p{Lu}][\p{L}.-]*|[\p{L}]+-listed|[\p{L}]+-traded|listed|traded)$/u.test(t.text)) && of - 1 <= 4;
}
/** Titles of a firm's officers before "of" and the firm: "chief executive of Zenco", "a spokesperson of Zenco". */
const OFFICER_TITLES: ReadonlySet<string> = new Set(['executive', 'officer', 'founder', 'co-founder', 'cofounder', 'president', 'chairman', 'chairwoman', 'chair', 'ceo', 'spokesperson', 'spokesman', 'spokeswoman', 'head']);
/** Verbs by which a firm's officer speaks for it. */
const SPEAKING_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'adds']);
/**
 * '"We are thrilled," said Lim Roe, chief executive of Zenco. Its new Vela headphones …': the firm whose officer speaks in the sentence
 * is what the text is about, though named after "of" (helper cor95). Only when the sentence has a verb of speaking.
 */
function speakersFirm(tokens: readonly Token[], m: SentenceMention): boolean {
  return tokens[m.first - 1]?.lower === 'of' && OFFICER_TITLES.has(tokens[m.first - 2]?.lower ?? '') && tokens.some((t) => SPEAKING_VERBS.has(t.lower));
}
/** "told Reuters", "tells the Zembla Times": the one spoken to, never the owner of an "its" after it (with or without "that"). */
function isOneTold(tokens: readonly Token[], m: SentenceMention): boolean {
  const before = tokens[m.first - 1]?.lower === 'the' ? m.first - 2 : m.first - 1;
  return INTERVIEW_VERBS.has(tokens[before]?.lower ?? '') || isOutletCited(tokens, m);
}
/**
 * "said in an interview with the newspaper Zembla Times", "told the daily Zembla Post", "wrote for the news agency Zembla Press": an
 * outlet named after its kind, spoken to, written for or cited, is no firm a later "the group" or "its" means (fresh samples s80d and
 * stop 90's eightieth: the paper became the maker of the group's brands). One guard for both readers (review rr90e).
 */
function isOutletCited(tokens: readonly Token[], m: SentenceMention): boolean {
  const kind = tokens[m.first - 1]?.lower ?? '';
  // "the news agency Zembla Press", not "the ad agency Zembla": an agency is an outlet only as a news agency.
  const newsAgency = kind === 'agency' && tokens[m.first - 2]?.lower === 'news';
  if (!OUTLET_KIND_NOUNS.has(kind) && !newsAgency) return false;
  const determiner = newsAgency ? m.first - 3 : m.first - 2;
  const before = /^(?:the|a|an)$/.test(tokens[determiner]?.lower ?? '') ? determiner - 1 : determiner;
  const word = tokens[before]?.lower ?? '';
  return PREPOSITIONS.has(word) || word === 'for' || INTERVIEW_VERBS.has(word);
}
/** Kinds of news outlet named before an outlet's name: "the newspaper Zembla Times", "the broadcaster Zembla TV" ("news agency": above). */
const OUTLET_KIND_NOUNS: ReadonlySet<string> = new Set(['newspaper', 'paper', 'daily', 'weekly', 'magazine', 'tabloid', 'newsletter', 'broadsheet', 'journal', 'broadcaster', 'outlet', 'website', 'channel', 'station']);
/** Verbs of speaking to an outlet or another: "told Reuters", "tells the Zembla Times". */
const INTERVIEW_VERBS: ReadonlySet<string> = new Set(['told', 'tells']);

/**
 * "Zenco banned Qorva from its platforms": the one kept "from its" places is the verb's object; the places are the subject's
 * (stop 67's second bans sample).
 */
function isKeptFromIts(tokens: readonly Token[], m: SentenceMention, its: number): boolean {
  if (m.last !== its - 1) return false;
  if (tokens[m.last]?.lower === 'from') return KEEPING_VERBS.has(tokens[m.first - 1]?.lower ?? '');
  return tokens[m.last]?.lower === 'with' && isChallengedRival(tokens, m);
}

/**
 * "Zenco hired Qorva to relaunch its brand, Vexa": a firm hired or commissioned to act on "its" things acts for the hirer, whose
 * things they are (helper fp91, from dvo91's report). The hired firm stands right before "to", a verb or two and "its" (`last` is
 * the token after the name).
 */
function isHiredForIts(tokens: readonly Token[], m: SentenceMention, its: number): boolean {
  const before = tokens[m.first - 1]?.lower === 'the' ? m.first - 2 : m.first - 1;
  return HIRING_VERBS.has(tokens[before]?.lower ?? '') && tokens[m.last]?.lower === 'to' && its - m.last >= 2 && its - m.last <= 3;
}
/**
 * "Zenco selected Qorva engines to power its new Z7 jet", "uses Qorva and Vexa chips in its phones": a firm named before the parts
 * it supplies is no owner of what the parts go into, which is the buyer's (helper rli94, from real aircraft and phone news: "its"
 * went to the engine maker).
 */
function isPartMakerForIts(tokens: readonly Token[], m: SentenceMention, its: number): boolean {
  if (its - m.last > 12) return false;
  return SUPPLIED_PARTS_BEFORE_ITS.test(`${tokens.slice(m.last, its).map((t) => t.text).join(' ')} `);
}
/**
 * "Zenco acquired Qorva to expand its range", "adds brands such as Lumo and Qorva to its portfolio", "bought Qorva and folded it into
 * its unit": the firm bought or added goes into the buyer's range, which "its" names; the one bought owns nothing there (helper dvb97,
 * from real consumer-goods deals: "its portfolio of brands that include …" went to an added brand). Only a verb of buying or adding
 * before the name (a list's other members, "brands such as" and describing words between, no clause's mark) and "to", "into" or a
 * verb of growth right before "its" ("to gain its technology" is the one bought's).
 */
function isAddedToIts(tokens: readonly Token[], m: SentenceMention, its: number): boolean {
  if (its - m.last > 8 || !ADDED_BEFORE_ITS.test(`${tokens.slice(m.last, its).map((t) => t.lower).join(' ')} `)) return false;
  for (let k = m.first - 1; k >= Math.max(0, m.first - 12); k--) {
    const w = tokens[k]!.lower;
    if (ADDING_VERBS.has(w)) return true;
    if (CLAUSE_MARKS.has(w) || (w === 'as' && tokens[k - 1]?.lower !== 'such') || (w === 'to' && k < m.first - 1)) return false;
  }
  return false;
}
/** Verbs of buying or adding a firm or a brand to one's own range. */
const ADDING_VERBS: ReadonlySet<string> = new Set(['acquire', 'acquires', 'acquired', 'acquiring', 'buy', 'buys', 'bought', 'buying', 'purchase', 'purchases', 'purchased', 'purchasing', 'add', 'adds', 'added', 'adding', 'absorb', 'absorbs', 'absorbed', 'absorbing']);
/** Words that end the stretch between a buying verb and the name: another clause or its subject begins. */
const CLAUSE_MARKS: ReadonlySet<string> = new Set(['.', ';', ':', '(', ')', 'which', 'that', 'who', 'said', 'says', 'after', 'before', 'when', 'while', 'because', 'since', 'but', 'although', 'if', 'whose', 'from', 'by', 'with', 'for', 'of']);
/** After the name bought or added: more names, then "to its", "into its", "to expand its", "and folded it into its". */
const ADDED_BEFORE_ITS = /^(?:(?:,|and|&) (?:\S+ ){1,4})?(?:(?:in|last|this|for) (?:\S+ ){1,2})?(?:(?:and|,) (?:added|adds|folded|folds|merged|merges|integrated|integrates|moved|moves|put|puts|brought|brings) (?:it|them) )?(?:to|into|in order to|to help) (?:(?:expand|bolster|strengthen|boost|broaden|extend|grow|complement|round out|beef up|diversify|widen|enlarge|add to|build out|build up) )?$/;

/**
 * After a part maker's name: more makers listed, the parts' noun, then what they go into ("engines to power", "chips in"). Not after
 * "with": "supplies Qorva with chips for its phones" names the buyer, whose phones they are.
 */
const SUPPLIED_PARTS_BEFORE_ITS = /^(?:(?:,|and|&) (?:\p{Lu}\S* ){1,3})*(?:(?!with )[a-z0-9-]+ )?(?:engines?|chips?|chipsets?|processors?|modems?|motors?|batter(?:y|ies)|cells|components|parts|displays?|screens|panels|cameras?|sensors?|radars?|avionics|tires|tyres|turbofans?|powertrains?|drivetrains?) (?:to (?:power|run|drive|propel|equip) (?:the )?|(?:in|for|on|inside|into|aboard|across) )$/u;

/** Verbs of hiring a firm to do a task: "hired", "commissioned", "tapped", "brought in" (its last word). */
const HIRING_VERBS: ReadonlySet<string> = new Set(['hired', 'hires', 'hire', 'hiring', 'commissioned', 'commissions', 'commission', 'engaged', 'engages', 'retained', 'retains', 'tapped', 'taps', 'enlisted', 'enlists', 'contracted', 'contracts']);

/** "accused Zenco of copying its", "sued Zenco for cloning its", "of stealing trade secrets for its", "sued Zenco, alleging it copied its": the name right before a copying verb (or its "it"), then "its". */
function copiesIts(tokens: readonly Token[], m: SentenceMention, its: number): boolean {
  if (its - m.last > 8) return false;
  return COPIED_ITS.test(tokens.slice(m.last, its).map((t) => t.lower).join(' '));
}
// A firm's abbreviating dot may stand between it and the verb ("Qorva Ltd. copied its Vexa design"), and a share of the things
// between the verb and "its" ("ripped off two of its shoe models", "copying several of its designs"; helper rcl97, from sneaker and
// apparel suits); infringing and knocking off are copying too.
const COPIED_ITS = /^(?:\. )?(?:(?:of|for) |, (?:alleging|claiming|saying|arguing) (?:that )?it (?:had |has )?)?(?:allegedly |illegally |unlawfully |deliberately |blatantly )?(?:copying|copied|copies|copy|cloning|cloned|stealing|stole|steals|ripping off|ripped off|rips off|knocking off|knocked off|knocks off|imitating|imitated|imitates|mimicking|mimicked|mimics|pirating|pirated|infringing|infringed|infringes|infringe|replicating|replicated|replicates|counterfeiting|counterfeited)(?: (?:the )?(?:design|designs|look|code|technology|features|interface|trade secrets|secrets) (?:of|for|behind))?(?: (?:one|two|three|four|five|several|some|many|most|all|dozens|a few|a number) of)?$/;

/**
 * "Qorva took on Zenco with its Zeta tablet", "challenged Zenco with its new phone": the rival taken on is the verb's object, and what
 * the challenge comes "with its" is the subject's (helper mk85).
 */
function isChallengedRival(tokens: readonly Token[], m: SentenceMention): boolean {
  const at = tokens[m.first - 1]?.lower === 'the' ? m.first - 2 : m.first - 1;
  const verb = tokens[at]?.lower ?? '';
  if (CHALLENGING_VERBS.has(verb)) return true;
  return (verb === 'on' || verb === 'after') && TAKING_VERBS.has(tokens[at - 1]?.lower ?? '');
}
const CHALLENGING_VERBS: ReadonlySet<string> = new Set(['challenge', 'challenges', 'challenged', 'challenging']);
/** "took on", "went after": the verb before the particle. */
const TAKING_VERBS: ReadonlySet<string> = new Set(['take', 'takes', 'took', 'taking', 'taken', 'go', 'goes', 'went', 'going', 'gone']);
const KEEPING_VERBS: ReadonlySet<string> = new Set(['ban', 'bans', 'banned', 'banning', 'bar', 'bars', 'barred', 'barring', 'block', 'blocks', 'blocked', 'blocking', 'kick', 'kicks', 'kicked', 'remove', 'removes', 'removed', 'removing', 'suspend', 'suspends', 'suspended', 'exclude', 'excludes', 'excluded', 'expel', 'expels', 'expelled', 'delist', 'delists', 'delisted', 'pull', 'pulls', 'pulled']);

/**
 * A describing word led by a short acronym, between "its" and a kind of product: "its AI-powered imaging solution, ZETA FFR", "its AI
 * imaging software ZETA" (helper cod, stop 100; the far and set-off readings took lower-case words only).
 */
const ACRONYM_DESCRIBER = /^(?:AI|\p{Lu}{2,3}-\p{Ll}[\p{Ll}-]*)$/u;
/** Words that only describe the name after "its": "new", "latest", "second-generation", "flagship" (no noun, no preposition). */
// "its upgraded ZX80", "its standalone Lumo app": a model remade or sold on its own is still the maker's (helper its96, from jet and app news).
const DESCRIBING_ITS = /^(?:new|latest|newest|first|second|third|next|upcoming|flagship|own|popular|recent|original|upgraded|updated|revamped|redesigned|refreshed|improved|standalone|mini|compact|[a-z]+-[a-z]+(?:-[a-z]+)?|[a-z]+(?:ic|al|ous|ful|ive|able|ible|est))$/;
/** Words that may follow a noun phrase's last word: a verb's auxiliary, a preposition, a conjunction. */
const PHRASE_ENDS_BEFORE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'does', 'did', 'to', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'which', 'that', 'as', 'into', 'across', 'after', 'before', 'since', 'this', 'last', 'next', 'today', 'yesterday']);
/** Words that open what an apposition's firm is known for or does: "the media company renowned for …", "the firm behind …". */
const DESCRIBED_FIRM_NEXT: ReadonlySet<string> = new Set(['behind', 'renowned', 'known', 'famous', 'noted', 'best', 'that', 'which', 'whose', 'based', 'headquartered', 'founded']);
/** Capitalised words that name a time, not a firm, before a comma: "On Monday, the company that …". */
const TIME_NAMES: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/**
 * Whether the company description at [i, j] sets off a name nothing typed before its comma: "… to Ziff Davis, the digital media and
 * internet company renowned for …" (helper own100: the description was read as the sentence's subject firm, and the name lost the
 * apposition that types it). The name is a capitalised word mid-sentence that no preposition of place or time opens ("In Paris, the
 * company that …", "On Monday, the company behind …" still point back), and what the firm is known for or does follows the noun.
 */
function untypedNameDescribed(tokens: readonly Token[], i: number, j: number): boolean {
  if (!DESCRIBED_FIRM_NEXT.has(tokens[j + 1]?.lower ?? '')) return false;
  let k = i - 2;
  if (k < 1 || !tokens[k]!.capitalized || TIME_NAMES.has(tokens[k]!.lower)) return false;
  while (k > 0 && tokens[k - 1]!.capitalized) k--;
  return k > 0 && !/^(?:in|on|at|during|since|by|from|after|before|across|throughout|for)$/.test(tokens[k - 1]!.lower);
}

/** Whether a firm is named in apposition a few words after "behind" ("behind the Zeta app, Zenco, …"): the description's own name. */
function namedAfterBehind(tokens: readonly Token[], named: readonly SentenceMention[], from: number): boolean {
  return named.some((m) => m.type === 'company' && m.first > from && m.first <= from + 8 && tokens[m.first - 1]?.text === ',' && /^(?:,|\.|;|:)?$/.test(tokens[m.last]?.text ?? ''));
}

/** Verbs of a firm credited at a sentence's end for what the sentence says: "…, Zenco said", "…, said Zenco". */
const CLOSING_CREDIT_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'announced', 'announces', 'confirmed', 'confirms', 'stated', 'added']);

/**
 * "The company released its Zeta watch on Tuesday, Zenco Inc said", "It also launched Vela, said Zenco Inc": the firm credited at the end of
 * the sentence for what it says, when nothing before it named a firm, is what "the company", an opening "It" or "its" means there (the
 * name comes after the words pointing to it). Only a typed firm after a comma, with only lower-case words, weekdays or numbers after it
 * ("… in a statement on Monday"); never inside a quotation ("'The company copied us,' Zenco said" speaks of another firm). Helper cor95.
 */
function closingCredit(tokens: readonly Token[], named: readonly SentenceMention[]): SentenceMention | undefined {
  if (tokens.some((t) => /^["“”]$/.test(t.text))) return undefined;
  const tailEnds = (from: number): boolean => tokens.slice(from).every((t, k, rest) => (k === rest.length - 1 && /^[.!]$/.test(t.text)) || /^[\p{Ll}\p{N}-]+$/u.test(t.text) || WEEKDAYS.has(t.text));
  return named.find((m) => {
    if (m.type !== 'company' || m.source === 'coref') return false;
    // "…, Zenco said on Monday."
    if (tokens[m.first - 1]?.text === ',' && CLOSING_CREDIT_VERBS.has(tokens[m.last]?.lower ?? '')) return tailEnds(m.last + 1);
    // "…, said Zenco on Monday."
    return CLOSING_CREDIT_VERBS.has(tokens[m.first - 1]?.lower ?? '') && tokens[m.first - 2]?.text === ',' && tailEnds(m.last);
  });
}

/** Words that end a description of a firm before its noun: a clause's ("the court said on Monday the company"). */
const LONG_DESCRIPTION_STOPS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'said', 'says', 'on', 'in', 'of', 'to', 'for', 'with', 'by', 'at', 'from', 'that', 'which', 'who', 'its', 'their', 'new', 'other', 'another', 'rival']);

/** Words opening a fronted clause before a sentence's subject: "Even as demand slowed, the maker of Zeta said …". */
const FRONTED_OPENERS: ReadonlySet<string> = new Set(['even', 'as', 'while', 'although', 'though', 'despite', 'after', 'amid', 'in', 'on', 'with', 'since', 'earlier', 'last', 'this']);
/** Nouns that name a maker by its product ("the maker of Zeta"): the develops registry's. */
const MAKER_NOUNS: ReadonlySet<string> = new Set(RELATIONS.develops.nouns);

/**
 * Mentions for "the company", "the app", … and for "its" when a product or model of
 * theirs follows ("its Qwen family of models", or, among the names no rule has typed yet
 * (`untyped`), a release by its model code: "its ZX D800 server"). Coreferences carry the entity
 * they resolve to but are never recorded as names or aliases. `filedFrom` is the state of the text's dateline ("NAIROBI — The
 * government has suspended Zapp"): what a bare "the government" is when no state was named before it and its clause names none.
 */
export function findCoreferences(
  tokens: readonly Token[],
  named: readonly SentenceMention[],
  memory: DiscourseMemory,
  untyped: readonly SentenceMention[] = [],
  filedFrom?: MentionedEntity,
): SentenceMention[] {
  const found: SentenceMention[] = [];
  const covered = new Uint8Array(tokens.length);
  for (const m of named) covered.fill(1, m.first, m.last);
  // "Zenco operates in a crowded market. Key competitors include A and B": a rival noun opening the sentence with
  // only a modifier before it names the rivals of what the text is about (a firm or a product), as "its competitors" would.
  if (OPENING_MODIFIERS.has(tokens[0]?.text ?? '') && !covered[0] && RIVAL_NOUNS.has(tokens[1]?.lower ?? '') && LISTING_VERBS.has(tokens[2]?.lower ?? '')) {
    const target = memory.subject && memory.subject.type !== 'government' ? memory.subject : undefined;
    if (target) found.push(mentionOver(tokens, 0, 1, target, 'coref', ''));
  }
  // The firm credited at the sentence's end, for words pointing to a firm before any firm is named, here or in the sentences still in
  // reach (closingCredit): "The company launched Zeta on Monday, Zenco Inc said".
  const credit = memory.firmsNamedBefore === 0 ? closingCredit(tokens, named) : undefined;
  // No other firm (or name no rule typed) before the credit: "The startup's Vela app was launched by Qorva Corp, Zenco Inc said" is Qorva's.
  const creditFor = (i: number): SentenceMention | undefined => {
    if (!credit || credit.first <= i || [...named, ...untyped].some((m) => m.first < credit.first && m !== credit && (m.type === 'company' || m.source === 'unknown' || m.first < i) && m.type !== 'place' && m.source !== 'coref')) return undefined;
    // Opening the sentence (or after a fronted phrase and its comma), the words pointing to the firm are the sentence's subject.
    if (i === 0 || tokens[i - 1]?.text === ',') memory.creditSubject(credit);
    return credit;
  };
  for (let i = 0; i < tokens.length; i++) {
    // Only "the", "this", "it", "its", "their" and "our" open a coreference: longer words are not lower-cased at all.
    if (tokens[i]!.text.length > 5) continue;
    const word = tokens[i]!.lower;
    // "The EU banned Zapp. The bloc also sanctioned Zenco": "the bloc" is the union of states named before (helper fpr95, from ban95's report).
    const bloc = (word === 'the' || word === 'this') && !covered[i] ? blocNounAt(tokens, i + 1) : -1;
    if (bloc > 0 && !covered[bloc]) {
      const target = memory.resolveBloc([...named, ...found], i);
      if (target) found.push(mentionOver(tokens, i, bloc + 1, target, 'coref', ''));
      i = bloc;
      continue;
    }
    // "Zenco cut its outlook. The Vexa maker said …", "Shares of the Vexa soap maker fell": a brand and a maker's noun opening the
    // sentence (or its shares), with no firm named in it, call the firm the text spoke of last by what it makes; "The" stands for it
    // and brand-maker-anaphors.ts reads the brand (helper dsc96, from cor96's report and real earnings copy). The same guards as
    // "The maker of Vexa" below: one firm in reach, no other thing named just before.
    const brandMaker = word === 'the' && !covered[i] ? brandMakerAt(tokens, [...named, ...untyped], i) : -1;
    if (brandMaker > 0) {
      // Not a person's ("The Vexa owner said he would sue": a buyer of the thing), nor a brand the text tied to the firm before.
      const opening = (i === 0 || (i === 2 && STOCK_NOUNS.has(tokens[0]!.lower) && /^(?:of|in)$/.test(tokens[1]!.lower))) && !named.some((m) => m.type === 'company') && memory.firmsNamedBefore === 1 && !memory.thingsNamedBeforeOnly(named)
        && !tokens.some((t) => PERSONAL_PRONOUNS.has(t.lower)) && !memory.brandTiedBefore([...named, ...untyped].find((m) => m.first === i + 1)?.surface ?? '');
      const target = opening ? memory.resolve('company', tokens, [], i) : undefined;
      if (target) found.push(mentionOver(tokens, i, i + 1, target, 'coref', ''));
      i = brandMaker;
      continue;
    }
    // "Zenco launched a messaging tool. The new service, called Zapp, …", "The new device is called Zeta X": an opening "The" before a
    // new kind of product that a naming word names is the owner's "its", when the sentence before named one firm alone (or opened
    // with a firm no rule typed) and this one names none, nor any maker after "by" ("… was launched by Qorva") (helper nml97, from
    // launch news on gadgets and apps).
    if (word === 'the' && i === 0 && !covered[i] && newKindNamed(tokens, 1) && !named.some((m) => m.type === 'company') && !byNameAfter(tokens)) {
      const lone = memory.firmAloneBefore ?? memory.adoptUntypedOpening();
      if (lone) {
        found.push(mentionOver(tokens, i, i + 1, lone, 'coref', ''));
        continue;
      }
    }
    if ((word === 'the' || word === 'this') && !covered[i]) {
      let j = i + 1;
      while (j < tokens.length && j - i <= 3 && !covered[j] && isModifier(tokens[j]!)) j++;
      // "the Chinese electric vehicle and smartphone maker": up to five words that only describe the noun, none a word of a clause
      // ("the court said on Monday the company …" is no description; helper cor95, from launch news).
      if (j - i === 4 && !ANAPHORS.has(tokens[j]?.lower ?? '')) {
        let k = j;
        while (k < tokens.length && k - i <= 5 && !covered[k] && isModifier(tokens[k]!)) k++;
        if (ANAPHORS.get(tokens[k]?.lower ?? '') === 'company' && tokens.slice(i + 1, k).every((t) => !LONG_DESCRIPTION_STOPS.has(t.lower) && !AUXILIARIES.has(t.lower))) j = k;
      }
      const noun = tokens[j]?.lower;
      const type = noun !== undefined ? ANAPHORS.get(noun) : undefined;
      // "the company Alibaba" and "the service called Qwen" name it; "the company that ..." still points back.
      if (!type || covered[j] || tokens[j + 1]?.capitalized || NAMING.has(tokens[j + 1]?.lower ?? '')) continue;
      // "banned by the government:" acts as well: an agent after "by" (stop 65's second bans sample).
      if (STATE_BODY_NOUNS.has(noun!) && !(j - i <= 2 && (actsAfter(tokens, j + 1) || tokens[i - 1]?.lower === 'by'))) continue;
      if (CAPITALISED_BODIES.has(noun!) && !tokens[j]!.capitalized) continue;
      // "Orinsa, the company behind Veltro": an apposition describes the name before it, so
      // its words stay visible to the relation patterns.
      // "Zenco — the company behind Zeta —": a dash sets an apposition off as a comma does.
      // "Nairobi — The government …": a state opening the text before a dash is its dateline, not a name the description sets off
      // ("Zenco Holdings — the company behind Zeta —" still is).
      const dateline = (m: SentenceMention): boolean => type === 'government' && m.first === 0 && tokens[i - 1]!.text !== ',';
      // "… to Ziff Davis, the digital media company renowned for …": so does it a name nothing typed yet, whose type the description
      // gives (helper own100: the description was read as the subject firm, and the name lost its apposition); not "Zeta, the
      // company's new app", where the possessive points back.
      // "According to Zenco, the company built Zeta": after an opening credit, a description with its own verb is the reported clause's
      // subject, no apposition (creditedReporter, below; helper reported).
      // Only a name credited alone: "According to a memo reported by Zenco, the giant …" keeps its reading.
      const creditClause = tokens[0]?.lower === 'according' && tokens[1]?.lower === 'to' && tokens[i - 1]?.text === ',' && [...named, ...untyped].some((m) => m.first === (tokens[2]?.lower === 'the' ? 3 : 2) && m.last === i - 1) && verbAfterCredit(tokens, j + 1);
      const appositive = !creditClause && /^[,—–]$/.test(tokens[i - 1]?.text ?? '') && (named.some((m) => m.last === i - 1 && m.type === type && !dateline(m)) || (type === 'company' && untypedNameDescribed(tokens, i, j)));
      if (appositive) continue;
      // "Zeta is the flagship product of Zenco": after a copula a description says what the subject is, it does not point back.
      if (COPULAS.has(tokens[i - 1]?.lower ?? '') && named.some((m) => m.last === i - 1 || m.last === i - 2)) continue;
      // "Zenco is the maker of Zeta": a maker noun with its "of" describes, it does not point back.
      if (MAKER_NOUNS.has(noun!) && tokens[j + 1]?.lower === 'of') {
        // "…one company, Zenco, may have an edge. The maker of Vexa and Lumo said …": opening the sentence as its subject, with no firm
        // named in it, the maker is the firm the text spoke of last. Only "The" stands for it, so "maker of" stays for the patterns
        // (develops' "opening-maker-of"). Not when a firm is named in the sentence ("The maker of Vexa, Qorva, said"; stop 90's
        // eightieth fresh sample).
        // "Even as demand slowed, the maker of Vexa said …": after a fronted clause too. Not after a sentence naming another product
        // ("Zenco cut prices on its Lumo soap. The maker of Vexa said it would respond": a rival, maybe).
        const opening = (i === 0 || (tokens[i - 1]?.text === ',' && FRONTED_OPENERS.has(tokens[0]?.lower ?? ''))) && !named.some((m) => m.type === 'company') && memory.firmsNamedBefore <= 1 && !memory.thingsNamedBeforeOnly(named);
        const target = opening ? memory.resolve('company', tokens, [], i) : undefined;
        if (target) found.push(mentionOver(tokens, i, i + 1, target, 'coref', ''));
        i = j;
        continue;
      }
      // "bought the company behind the Zeta app, Zenco, for …": a description whose maker is named in apposition after it (helper da86).
      if (tokens[j + 1]?.lower === 'behind' && namedAfterBehind(tokens, named, j + 2)) continue;
      // "the Commission" (capitalised) is a body named before with that word in its name.
      // "the government" is never a state's parliament, court or judiciary named before it (review of stop 80's first round).
      // "Reuters reported that the company would close its Zeta app": "the company" in a report is never the outlet reporting it.
      // "Vexa makes tents and will fit with the group's brands": the firm that joins a group's range is not that group (helper cor92).
      const joiners = type === 'company' && isPossessive(tokens[j + 1]) ? joinersBefore(tokens, named, i) : [];
      const accept = STATE_BODY_NOUNS.has(noun!) ? (m: SentenceMention): boolean => !NOT_GOVERNING_BODY.test(m.label) && !reportsOn(tokens, m, i, true) : (m: SentenceMention): boolean => !reportsOn(tokens, m, i, true) && !joiners.some((o) => o.key === m.key);
      // "Zenco reported strong sales. The firm's flagship model, Zeta Pro, …": with no firm typed, a firm's noun opening the sentence as
      // the possessor of a kind of product named in apposition is the untyped subject of the sentence before (as "Its" is, below).
      // "The company's Zeta-2 chip is popular", "The firm's new Zeta-5 phone": so is a name right after the possessive (past words that only
      // describe it) that a kind of product follows or ends (helper mk82, from fresh makers samples).
      // "Zenco agreed to buy Qorva. The company owns such brands as A and B": a firm's list of its own brands opening the sentence after
      // one that named two firms may be either's (stop 90's eightieth fresh sample): no guess.
      if (i === 0 && type === 'company' && memory.firmsNamedBefore >= 2 && opensOwnList(tokens, j + 2)) {
        i = j;
        continue;
      }
      // "Zenco said sales rose. The Beijing-based firm unveiled the Zeta-2 on Monday": a firm's noun opening the sentence as the maker
      // of a named thing is the untyped subject of the sentence before, as an opening "It" is (helper cor95).
      // So does one after an opening adverbial ("Last year the firm introduced Vexa"; helper cor97).
      const makerOpening = (): boolean => afterOpeningAdverbial(tokens, i) && type === 'company' && makesNamedThing(tokens, j + 1, [...named, ...untyped]);
      const ownsSetOff = (): boolean => i === 0 && type === 'company' && isPossessive(tokens[j + 1]) && [...named, ...untyped].some((m) => (m.type === 'product' || m.type === 'model' || m.source === 'unknown') && ((m.first > j + 2 && m.first <= j + 8 && setOffAfterKind(tokens, m)) || ownedKindAfter(tokens, m, j + 2))) || opensOwnList(tokens, j + 2);
      const target = tokens[j]!.capitalized ? memory.resolveBody(tokens[j]!.text, [...named, ...found], i) : (type === 'company' ? creditFor(i) : undefined) ?? memory.resolve(type, tokens, [...named, ...found], i, accept) ?? (ownsSetOff() || makerOpening() ? memory.adoptUntypedOpening() : undefined) ?? (noun === 'government' ? stateWhereActed(tokens, named, j + 1) ?? filedFrom : undefined) ?? (type === 'company' ? creditedReporter(tokens, named, untyped, i) : undefined);
      if (target) found.push(mentionOver(tokens, i, j + 1, target, 'coref', ''));
      i = j;
    } else if (word === 'our' && !covered[i] && [1, 2, 3].some((k) => OWN_RANGE_NOUNS.has(tokens[i + k]?.lower ?? '') && tokens.slice(i + 1, i + k).every((t) => /^[\p{Ll}-]+$/u.test(t.text)))) {
      // "Our portfolio includes brands such as A and B", "our brands include A": the writer's own range, read as "its" for the firm
      // the writer speaks for (helper brd90, from stop 89's last fresh sample: a filing reposted as news). Nothing when no firm is near.
      const target = memory.resolveOwn(tokens, named, i);
      if (target) found.push(mentionOver(tokens, i, i + 1, target, 'coref', ''));
    } else if (word === 'it' && !covered[i] && (i === 0 || CLAUSE_START.has(tokens[i - 1]!.lower)) && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '')) {
      // "Zenco reported results on Tuesday. It also makes the Zeta-3 phone.": with no subject typed before, an "It" opening the sentence
      // as the maker of a named thing is the untyped subject of the sentence before, as an opening "Its" is (helper mk82).
      // So is one after an opening adverbial: "Zenco reported results. In 2019, it launched the Zeta-5" (helper cor97).
      // "Zenco confirmed that it had developed the Zeta chatbot", "According to Zenco, it built Zeta": the maker of a named thing in a
      // reported clause, with nothing typed before, is the one who reports it (reported-clause-owners.ts; helper reported).
      // A plan too ("Qorva said that it would launch Plix"): the claim's status says it is one (claim-status.ts).
      const makes = (): boolean => makesNamedThing(tokens, /^(?:will|would)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1, [...named, ...untyped]);
      const target = memory.resolveIt(tokens, [...named, ...found], i) ?? creditFor(i) ?? (afterOpeningAdverbial(tokens, i) && makes() ? memory.adoptUntypedOpening() : undefined) ?? (/^(?:that|,)$/.test(tokens[i - 1]?.text ?? '') && makes() ? reportingSubject(tokens, named, untyped, i, memory) ?? creditedReporter(tokens, named, untyped, i) : undefined);
      if (target) found.push(mentionOver(tokens, i, i + 1, target, 'coref', ''));
    } else if (word === 'they' && !covered[i] && afterOpeningAdverbial(tokens, i) && (ownsBrandsAfter(tokens, i + 1) || makesNamedThing(tokens, i + 1, [...named, ...untyped]))) {
      // "Zenco is a holding company. They own several brands, including A and B": a firm written as "they" (British usage), only opening
      // the sentence right after one that named that firm alone, and only as the owner of brands (brp92's report, from s82b).
      // Also after an opening adverbial, and as the maker of a named thing ("Zenco Inc. posted higher sales. In March, they launched the
      // Zeta-5"), never after a sentence that named a plural party they may be ("Zenco sells chips to carmakers. They launched …");
      // the firm no rule typed opening the sentence before is that firm too, when that sentence named no one else (helper cor97).
      const mayBeOthers = memory.pluralPartyJustBefore;
      const target = (mayBeOthers && !ownsBrandsAfter(tokens, i + 1) ? undefined : memory.firmAloneBefore) ?? (!mayBeOthers && memory.theyMayBeUntypedOpening ? memory.adoptUntypedOpening() : undefined);
      if (target) found.push(mentionOver(tokens, i, i + 1, target, 'coref', ''));
    } else if (word === 'it' && !covered[i] && PITTING_VERBS.has(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.lower === 'against') {
      // "Zenco makes presses. The launch has pitted it against rivals such as Qorva": the object of a verb that sets a party against
      // rivals is the firm the text is about (helper riv91, from stop 90's last fresh sample); only a firm.
      // What it is set against must be rivals or a firm: "pitted it against the Ruritanian government" sets a firm against a state.
      // Not another firm's rivals ("against Qorva's rivals"), nor a setting only foreseen or denied ("would pit it", "never pitted it").
      const rivalsAfter = !tokens.slice(i + 2, i + 7).some((t) => t.lower === "'s") && (tokens.slice(i + 2, i + 7).some((t) => PITTED_AGAINST_RIVALS.has(t.lower)) || named.some((m) => m.type === 'company' && (m.first === i + 2 || (m.first === i + 3 && tokens[i + 2]!.lower === 'the'))));
      const hedged = tokens.slice(Math.max(0, i - 4), i - 1).some((t) => PITTING_HEDGES.has(t.lower));
      const target = rivalsAfter && !hedged ? memory.resolveIt(tokens, [...named, ...found], i) : undefined;
      if (target?.type === 'company') found.push(mentionOver(tokens, i, i + 1, target, 'coref', ''));
    } else if ((word === 'its' || (word === 'their' && (isFirmAloneBefore(tokens, named, i) || theirOpening(tokens, named, i, memory)))) && !covered[i]) {
      // "its Qwen models"; "its product line, labeled GeForce" (a naming word lets it reach further).
      const naming = tokens.slice(i + 1, i + 8).findIndex((t) => NAMING.has(t.lower));
      const reach = naming >= 0 ? i + naming + 4 : i + 4;
      // "its decision to block ChatGPT": a name past an infinitive is the infinitive's object, not a thing "its" owns.
      const near = (m: SentenceMention): boolean => m.first > i && m.first <= reach && !tokens.slice(i + 1, m.first).some((t) => t.lower === 'to');
      // … or a name nothing typed that a product noun follows ("its Ninebot scooter", "its Zeta chips") or that is a numbered release ("its new ZT-9").
      // "its reactors, called Zeta": a name given by a naming word is a thing it owns.
      // "its Zeta Controller": a name that ends in a kind of product is one too; so is one set off after it ("its implant, the Zeta Interface").
      // "its second-generation Zeta", "its new Zeta": a name nothing typed right after "its" and words that only describe it (stop 53's readers).
      // The name must end its noun phrase: "its Build 2023 conference", "its Qorva partners" name an event and partners.
      const described = (m: SentenceMention): boolean => m.first > i && tokens.slice(i + 1, m.first).every((t) => DESCRIBING_ITS.test(t.text)) && (tokens[m.last] === undefined || !tokens[m.last]!.word || PHRASE_ENDS_BEFORE.has(tokens[m.last]!.lower));
      // "its latest phone, the Zeta 2": a name set off after the kind "its" opens may stand further on (stop 61's makers readers).
      const setOffNear = (m: SentenceMention): boolean => m.first > reach && m.first <= i + 7 && setOffAfterKind(tokens, m) && tokens.slice(i + 1, m.first).every((t) => t.text === ',' || t.text === ':' || /^[\p{Ll}-]+$/u.test(t.text) || ACRONYM_DESCRIBER.test(t.text));
      // "its lead antisense oligonucleotide candidate, ZX-12": a lead asset set off after its long description (helper rld94).
      const leadAsset = [...named, ...untyped].some((m) => m.type !== 'company' && m.type !== 'government' && leadAssetSetOff(tokens, i, m.first));
      // "its ticket resale web site Zapp", "its reusable two-stage orbital rocket Hapix": a name right after a kind of product, past
      // lower-case words that only describe the kind, may stand two words beyond the plain reach (helper dvx94, from set 91: "its"
      // was left unread). No preposition, tie or holding among them ("its stake in the rocket Zeta", "its partner startup Qorva").
      const farKind = (m: SentenceMention): boolean => m.first > reach && m.first <= i + 6 && (kindBefore(tokens, m) || webSiteBefore(tokens, m)) && tokens.slice(i + 1, tokens[m.first - 1]?.text === '(' ? m.first - 1 : m.first).every((t) => (/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || ACRONYM_DESCRIBER.test(t.text)) && !FAR_KIND_STOPS.has(t.lower) && !RELATIONAL_NOUNS.has(t.lower) && (!t.lower.endsWith('ing') || TRADE_GERUNDS.has(t.lower)));
      const owned = leadAsset || named.some((m) => (near(m) || setOffNear(m) || farKind(m)) && (m.type === 'product' || m.type === 'model')) || untyped.some((m) => farKind(m) || near(m) && (naming >= 0 || isReleaseByNumber(m.surface) || endsWithKind(m.surface) || kindAfterList(tokens, m) || madeKindNext(tokens, m) || setOffAfterKind(tokens, m) || kindBefore(tokens, m) || described(m) || brandNamedByCopula(tokens, i, m)) || setOffNear(m));
      // "its competitors", "its main rival", "its two larger competitors".
      // "Its popular games include A and B": a plural kind of product whose members follow.
      // "its popular tools Zeta, Zora and Zest": a plural kind of product with its members named right after it.
      const namedAt = (k: number): boolean => [...named, ...untyped].some((m) => m.first === k);
      // "Its chains include A and B", "its banners such as A": a franchisor's chains with their members after them (helper bro92).
      const chainList = [1, 2, 3].some((k) => CHAIN_LIST_NOUNS.has(tokens[i + k]?.lower ?? '') && OWNED_LIST_OPENERS.has(tokens[i + k + 1]?.lower ?? ''));
      // "its three main domestic rivals – A, B and C": a rival noun after three describing words is the firm's too (helper cmq97, real
      // grocery news).
      const farRival = RIVAL_NOUNS.has(tokens[i + 4]?.lower ?? '') && [1, 2, 3].every((k) => /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[i + k]?.text ?? '') && !FAR_RANGE_STOPS.has(tokens[i + k]!.lower) && !PAST_RIVALRY_WORDS.test(tokens[i + k]!.lower));
      const relational = [1, 2, 3].some((k) => RELATIONAL_NOUNS.has(tokens[i + k]?.lower ?? '') || (OWNED_NOUNS.has(tokens[i + k]?.lower ?? '') && (listOpensAt(tokens, i + k + 1) || namedAt(i + k + 1)))) || chainList || farRangeNoun(tokens, i) || farRival;
      // "Zenco said Zeta, its pain tablet, was exempted": "its" in an apposition that calls the name before it a kind of product.
      const apposedKind = tokens[i - 1]?.text === ',' && [...named, ...untyped].some((m) => m.last === i - 1 && (m.type === 'product' || m.type === 'model' || m.source === 'unknown')) && kindClosesApposition(tokens, i + 1);
      if (!owned && !relational && !apposedKind && !opensStoppedDeal(tokens, i)) continue;
      // "Zenco and Qorva merged. Its chains include A and B": an opening "Its" before a list of chains after a sentence (or two) that
      // named two firms may be either's: no guess, as for "The company owns such brands as" (helper bro92).
      if (i === 0 && memory.firmsNamedBefore >= 2 && chainList) continue;
      // "Zenco invested in Qorva. Its first robot, Z1, walks": an opening "Its" right after a sentence that named two firms, in any role,
      // may be either's; no guess (helper cor94, from set 90's fresh sample).
      if (i === 0 && memory.twoFirmsJustBefore) continue;
      // "TikTok and its owner ByteDance": a maker noun's "its" is the product named just before.
      const maker = [1, 2].some((k) => OWNER_NOUNS.has(tokens[i + k]?.lower ?? '')) ? named.filter((m) => m.last <= i && m.last >= i - 3 && (m.type === 'product' || m.type === 'model')).at(-1) : undefined;
      // "Zenco acquired Qorva, its main competitor": "its" in an apposition is not the name the apposition describes.
      // "Qorva Inc., its main competitor": the legal form's full stop may stand between the name and the comma.
      const apposed = tokens[i - 1]?.text === ',' ? (m: SentenceMention): boolean => m.last === i - 1 || (m.last === i - 2 && tokens[i - 2]!.text === '.') : (): boolean => false;
      // "rivals followed: Qorva its Zap, Zenco its Zorb", "handed Zenco its first loss": a firm's name right before "its" is its
      // owner (a gapped verb, or a recipient), not the firm the article spoke of last (stop 61's makers readers).
      const adjacent = named.find((m) => m.last === i && m.type === 'company' && !isOneTold(tokens, m));
      // "Obi, backed by former Zenco CEO Ann Lee, has launched its new phone": a firm named as a person's employer is not what "its" means
      // (stop 71's first makers sample).
      const employer = (m: SentenceMention): boolean => m.type === 'company' && PERSON_TITLES.has(tokens[m.last]?.text ?? '');
      // "TOKYO (Reuters) - Zenco will launch its …": the wire credited in a dateline's brackets is no firm the story speaks of (stop 74's second makers sample).
      const wire = (m: SentenceMention): boolean => m.first <= 3 && tokens[m.first - 1]?.text === '(' && tokens[m.last]?.text === ')';
      // "Shoppers at Vorlo Foods said its Zeta cookie was stale": a firm named as the place of people who speak is not what their "its"
      // means (typ97b's near miss, which came back once typ97a's trade endings typed "Vorlo Foods" a company; fix97).
      const patronsAt = (m: SentenceMention): boolean => tokens[m.first - 1]?.lower === 'at' && PEOPLE_PLURALS.has(tokens[m.first - 2]?.lower ?? '');
      // "Zenco said on Monday that sales rose. Its latest chip, the Zeta-2, …": an "Its" opening the sentence, before a thing of its own,
      // with no firm typed here or before, is the untyped subject of the sentence before (helper mk81, from fresh makers samples).
      // "Zenco answers Qorva with Zeta, its own news app": "its own" in an apposition to the thing a firm answers another "with" is the
      // opening firm's, not the rival's named nearer (helper own90, from news on phone makers' news apps).
      const answeredWith = ownAnsweredWith(tokens, named, i);
      // "Zenco will provide Qorva with results generated by its Zeta engine": what a provider hands "with" comes from its own thing
      // (providerWith; helper fpx93, fresh sample s88f).
      // "… will help Qorva. Qorva is popular for its Zeta brand": a name opening the sentence as a copula's subject, with only plain
      // words on to "its", is what "its" means; when it is no typed firm, "its" points to no firm named before, only to the subject itself
      // ("Zenco is offering its new ZT-9") (stop 90's seventy-ninth fresh sample).
      const copulaSubject = [...named, ...untyped].some((m) => m.first === 0 && m.type !== 'company' && COPULAS.has(tokens[m.last]?.lower ?? '') && tokens.slice(m.last + 1, i).every((t) => /^[\p{Ll}-]+$/u.test(t.text)));
      // "Zenco designs its robots in-house. Their first robot, Z1, walks": an opening "Their" is the one firm the sentence before
      // named alone (as "They own …" is), else its untyped opening subject; never the focus of further back (helper cor94, from s90d).
      if (word === 'their' && theirOpening(tokens, named, i, memory)) {
        // "Zenco makes robots. Their rivals include Qorva": so are its rivals, after a firm named alone only.
        const lone = owned ? memory.firmAloneBefore ?? memory.adoptUntypedOpening() : relational ? memory.firmAloneBefore : undefined;
        if (lone) found.push(mentionOver(tokens, i, i + 1, lone, 'coref', ''));
        continue;
      }
      const target = maker ?? adjacent ?? answeredWith ?? providerWith(tokens, named, i) ?? (copulaSubject ? undefined : creditFor(i) ?? memory.resolve('company', tokens, [...named, ...found].filter((m) => !apposed(m) && !employer(m) && !wire(m) && !patronsAt(m) && !reportsOn(tokens, m, i, false)), i)) ?? (owned || apposedKind ? ownerBySubject(tokens, named, untyped, i, memory, apposedKind ? i - 1 : -1) : undefined) ?? ((owned || opensOwnList(tokens, i + 1)) && i === 0 ? memory.adoptUntypedOpening() : undefined) ?? (owned ? creditedReporter(tokens, named, untyped, i) : undefined);
      if (target) found.push(mentionOver(tokens, i, i + 1, target, 'coref', ''));
    }
  }
  return found;
}

/**
 * "Zenco-owned Zen Motors launched a sedan. Now the firm has confirmed its eZ5": a firm named only in an owner's modifier of the name
 * after it is not what the sentence is about; the owned firm is (helper cor92, from the eighty-fifth fresh sample).
 */
function ownsNameAfter(tokens: readonly Token[], m: SentenceMention): boolean {
  return m.last === m.first + 1 && /-(?:owned|backed|controlled|funded|held)$/i.test(tokens[m.first]?.text ?? '') && /^\p{Lu}/u.test(tokens[m.last]?.text ?? '');
}

/** Verbs by which a firm joins another's range: "will fit with the group's brands", "joins the company's stable", "complements the group's". */
const JOINING_VERBS: ReadonlySet<string> = new Set(['fit', 'fits', 'fitting', 'join', 'joins', 'joined', 'joining', 'complement', 'complements', 'complemented', 'complementing', 'slot', 'slots', 'slotted']);

/**
 * The firms that join a range in this sentence before `at` ("Vexa makes tents and will fit with the group's brands"): the last firm (or
 * list of firms) named before a joining verb that stands within eight words before `at`, unless its own name says it is a group ("Zenco Group … fits with
 * the group's"). "The group" there is the buyer named before, or nobody (helper cor92, from brp92's report on s84f).
 */
function joinersBefore(tokens: readonly Token[], named: readonly SentenceMention[], at: number): SentenceMention[] {
  let v = at - 1;
  while (v >= Math.max(0, at - 8) && !JOINING_VERBS.has(tokens[v]!.lower)) v--;
  if (v < Math.max(0, at - 8)) return [];
  const firms = named.filter((m) => m.type === 'company' && m.last <= v && m.source !== 'coref');
  const joiners: SentenceMention[] = [];
  // "Vexa and Lumo will fit with the group's brands": every firm of the list before the verb joins.
  for (let k = firms.length - 1; k >= 0; k--) {
    const next = joiners.at(-1);
    if (next && !tokens.slice(firms[k]!.last, next.first).every((t) => t.text === ',' || t.lower === 'and')) break;
    joiners.push(firms[k]!);
  }
  // "Lumo, which Zenco bought, will fit with the group's brands": the firm of a relative clause is no joiner (mostly the buyer, the
  // group itself); the name the clause is set off after is.
  const relative = joiners.at(-1)?.first ?? 0;
  if (/^(?:which|that|who|whom)$/.test(tokens[relative - 1]?.lower ?? '')) {
    const head = firms.find((m) => m.last === relative - 2 && tokens[m.last]?.text === ',');
    return head && !/\b(?:group|holdings?)\b/i.test(head.label) ? [head] : [];
  }
  return joiners.filter((m) => !/\b(?:group|holdings?)\b/i.test(m.label));
}

/** What makes a new kind of thing: "new", "latest", "first" (nml97); abstract-sentence.ts reads "The new …" so too. */
export const NEW_THING_WORDS: ReadonlySet<string> = new Set(['new', 'latest', 'newest', 'all-new', 'upcoming', 'first']);
/** Words that make the new thing another's, or no product yet: "The new rival phone, called Zeta" (nml97). */
const NOT_OWN_THING_WORDS = new Set(['rival', 'rivals', 'competing', 'competitor', 'partner', 'licensed', 'imported', 'planned', 'proposed', 'possible', 'potential']);
/** The copula before a naming word: "is called", "will be dubbed" (nml97). */
const NAMING_COPULAS = new Set(['is', 'was', 'will', 'would', 'be', 'has', 'been', 'now', 'officially']);

/**
 * From `at`: "new" (or "latest", "first"), up to two lower-case words, a kind of product, then a naming word set off by a comma or
 * after a copula (", called", "is named", "will be dubbed"); not "named after" (nml97).
 */
function newKindNamed(tokens: readonly Token[], at: number): boolean {
  if (!NEW_THING_WORDS.has(tokens[at]?.lower ?? '')) return false;
  let k = at + 1;
  while (k < at + 3 && !PRODUCT_NOUNS.has(tokens[k]?.lower ?? '') && !NOT_OWN_THING_WORDS.has(tokens[k]?.lower ?? '') && /^[\p{Ll}-]+$/u.test(tokens[k]?.text ?? '')) k++;
  if (!PRODUCT_NOUNS.has(tokens[k]?.lower ?? '')) return false;
  k++;
  if (tokens[k]?.text === ',') k++;
  else while (k < at + 8 && NAMING_COPULAS.has(tokens[k]?.lower ?? '')) k++;
  const naming = tokens[k]?.lower ?? '';
  if (!NAMING.has(naming) || (naming === 'known' && tokens[k + 1]?.lower !== 'as')) return false;
  return !/^(?:after|for|by)$/.test(tokens[k + 1]?.lower ?? '');
}

/** A capitalised name after "by" in the sentence: another maker or seller of the thing ("was launched by Qorva"; nml97). */
function byNameAfter(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => t.lower === 'by' && tokens[k + 1]?.capitalized === true);
}
