import type { SentenceMention } from './mention';
import { describedMembersFrom, isPeoplesAdjectiveAt, namedAfterPeoplesAdjective } from './peoples-adjectives';
import { claimStatus, isStateAct } from './claim-status';
import { statedPairs, triggerText, type ClaimCollector, type SentenceContext } from './claim-check';
import { SLASHED_CO_POSSESSOR } from './slashed-possessors';
import { compileTemplate, RELATION_PATTERNS, triggerWords, type RelationPattern } from './relation-patterns';
import { isUntypedMinistry } from './unknown-names';
import { kindListedAfterMaker } from './kind-members-after-maker';
import { isOneBrandsList } from './possessed-brand-lists';
import { BARE_HELD_KINDS, COMPANY_SUFFIXES, isMadeKind, NAME_COUNTED_AMONG_KIND, OPERATING_SYSTEMS, possessedListBeforeBuiltOn, qualifiesMadeThing, TIE_NOUNS_OF_WORDS } from './cue-words';
import { WordOpenings } from '../text/word-openings';
import { isSingularRelativeAt, joinsClauses, mentionAt, mentionLists, opensClauseAfterComma } from './clause';
import { parallelGoodsTailEnd } from './parallel-goods-tails';
import { PatternRequirements } from './pattern-requirements';
import { mentionSlots, possessiveWords, spelledWords, triggerLastWords } from './template-words';

/** A relative clause set off after a pattern's source that runs on to the trigger, no comma in it: ", which includes" (review rf91). */
/** A thing set off by its kind as another's make, after the thing's name: " , a phone made by @3", " , two chips developed by its partner @4". */
const ANOTHERS_MAKE_NEXT = /^ , (?:a|an|the|two|three|four|five|both) (?:[a-z0-9][a-z0-9-]* ){0,4}(?:made|built|developed|designed|produced|manufactured|created|engineered) by (?:the |(?:its|their)(?:@\d+)? (?:[a-z-]+ ){1,2})?@\d+(?= |$)/;
const RELATIVE_CLAUSE_TO_TRIGGER = /, (?:which|that) [^,]*$/;

/** A buyer's verbs right before "its": "sources its Zeta modems from Zenco", "bought its Zeta chips" (the buyer's goods, made by another). */
const BOUGHT_BEFORE_ITS = /(?:^| )(?:buys|bought|buy|buying|purchases|purchased|purchase|purchasing|sources|sourced|source|sourcing|imports|imported|import|importing|procures|procured|procure|procuring|orders|ordered|ordering|leases|leased|lease|leasing) (?:(?:all|most|some|many|much|half|part|more) (?:of )?)?$/;
/**
 * An operator's verbs on its fleet before "its": "moved its Zeta X9 jets to Qorva", "transferred its Zeta trains to a unit", "flies its
 * Zeta X9 jets to Lumo" (the goods are the operator's, made by another; helper dev90b, from round 1's odm90 leftovers). Only with a
 * fleet's plural after the goods (FLEET_AFTER): "moved its Zeta phone production to India" is the maker's own.
 */
const FLEET_VERB_BEFORE_ITS = /(?:^| )(?:moves|moved|move|moving|transfers|transferred|transfer|transferring|relocates|relocated|relocate|relocating|shifts|shifted|shift|shifting|redeploys|redeployed|redeploy|redeploying|flies|flew|fly|flying|operates|operated|operate|operating|grounds|grounded|ground|grounding) (?:(?:all|most|some|many|half|part|more) (?:of )?)?$/;
/** … the fleet's plural right after the goods, not a making noun after it ("its Zeta X9 jet production"). */
const FLEET_AFTER = /^(?:[a-z0-9-]+ )?(?:jets|planes|aircraft|airliners|airplanes|fleet|trains|locomotives|ships|vessels|tankers|trucks|lorries|buses|helicopters|drones)(?! (?:production|assembly|manufacturing|output|line|lines|programme|program|plant|plants|factory|factories))(?= |$)/;
/** Before a name: ", a rival of", ", the unit of" after another name, whose apposition the name only qualifies. */
const QUALIFIER_OF_BEFORE = new RegExp(`@\\d+ , (?:a|an|the) (?:${TIE_NOUNS_OF_WORDS}) of $`);
/** Between an actor and a maker's noun, a preposition and its article: "sold Lumo to the owner of Vexa" names another, unnamed firm (helper bro92). */
const PREPOSITION_BEFORE_MAKER = /(?:^| )(?:to|by|from|with|against|than|for|toward|towards) (?:the|a|an) (?:[a-z-]+ )?$/;
/**
 * … or an aside that ends on another name set off before the maker's noun: "Zenco, the parent of A, agreed to buy Qorva, the parent of B"
 * (the second apposition is Qorva's, not the subject's nor A's; helper bro92, from news on restaurant deals).
 */
// Not a place the aside names ("Zenco, based in Zembla, the maker of Vexa").
const NAME_SET_OFF_BEFORE_MAKER = /(?<!(?:^| )(?:in|at|near|from|of) )@\d+ (?:[^\s,;:.@]+ ){0,2}, (?:the|a|an) (?:[a-z-]+ )?$/;
/**
 * After an agent that ends the match, a tie's noun and another name: "the Zeta brand, which is owned by Zenco rival Qorva". The first
 * name only qualifies the second, which is the agent (helper bro92, from fresh sample s85b).
 */
const QUALIFIED_NAME_AFTER = /^ (?:rival|rivals|arch-?rival|competitor|competitors|peer|partner|partners|ally|client|clients|customer|customers|supplier|suppliers|investor|backer|franchisee|licensee|distributor|retailer) @\d+/;
/**
 * Before a pronoun's possessive, a buyer's receipt of goods: "Qorva took delivery of its first Zeta jet", "received its Zeta trains
 * from Zenco". The goods are the buyer's, not of its make (helper sup89, from fresh samples on aircraft and ship deliveries).
 */
const DELIVERY_TAKEN_BEFORE = /(?:^| )(?:took|takes|take|taking|taken) (?:the )?delivery of $/;
/** Receiving before the possessive: the buyer's goods only with a seller after them, since one also receives an approval or a prize (the
 * buying verbs are BOUGHT_BEFORE_ITS's, with or without a seller). */
const RECEIVED_BEFORE = /(?:^| )(?:received|receives|receive|receiving) $/;
/** … the seller named after the goods ("… jets from Zenco"). */
const FROM_SELLER_AFTER = /^(?:[a-z0-9-]+ ){0,2}from (?:the )?@\d+(?! 's)/;

/**
 * Before an actor: ", whose investors include", ", which counts": a relative aside opened and not yet closed by a comma. A comma that
 * goes on with the aside's list or describes a member does not close it: ", whose investors include Qorva, Vexa, and" and
 * "… include Qorva, a Zembla fund, and" (review of fp83).
 */
const OPEN_RELATIVE_ASIDE_BEFORE = /(?:^|\S )(?:, )(?:whose|which|who) (?:[^,]|, (?=and |or |@|[A-Z]|(?:a|an|the) |$))*$/;

/**
 * Before an actor: "a court in", "a judge in the city of": the name is where the court sits, not who acts ("a court in Zembla City
 * ordered Zenco to stop selling Zeta"; a fresh sample of real news, helper fp83). The verb's own subject search already skips it
 * (isStateNamed in clause.ts); the templates' X did not.
 */
const COURT_SEAT_BEFORE = /(?:^| )(?:court|courts|judge|judges|tribunal|tribunals) in (?:the )?(?:(?:state|city|province) of )?$/;

/**
 * After an actor: "a Lumo City court", "a Zembla district court": the city named before the court is its seat, as above (review of fp83).
 * A bare court word must be a singular noun, not the verb: "Zenco Inc courts the same buyers as Qorva", "Zenco and Qorva court the
 * same buyers" keep their actor.
 */
const COURT_SEAT_AFTER = /^ (?:(?:district|city|regional|municipal|county|provincial|state|federal|high|appeals|arbitration|commercial) (?:court|courts|judge|judges|tribunal|tribunals)\b|(?:court|judge|tribunal)\b(?! (?:the|a|an|its|their|his|her|our|some|many|new|young|more)\b))/;

/**
 * Between a made thing and the participle after it: a main verb's object, a noun phrase of its own with no comma or copula before
 * it ("Ruritania banned the software made by Zenco"): that noun is what was made, the name before it is not (review of fp83).
 */
const OWN_PHRASE_BEFORE_PARTICIPLE = /^(?: (?!(?:is|are|was|were|be|been|being|remains|remained|becomes|became)\b)[^ ,@()]+)*? (?:the|a|an|this|these|those|some|its|their) (?:[^ ,@()]+ )*$/;
/**
 * … or a bare plural kind after words of the clause ("REI said it is suspending purchases of brands owned by Zenco", "stop ordering
 * products made by Qorva"): the kind is what was owned or made (helper brp92, from stop 91's eighty-fourth fresh sample). Not a name
 * right before its kind ("the Qorva and Brisk brands owned by Zenco"), nor one counted among them (NAME_COUNTED_AMONG_KIND).
 */
const BARE_KIND_BEFORE_PARTICIPLE = new RegExp(String.raw`^(?: [^ ,@()]+)+? (?:${BARE_HELD_KINDS}) $`);
/**
 * The same with a plural made kind: "Zenco sells scooters made by Qorva", "Zenco sells Plix scooters made by Qorva": a seller of another's
 * goods is not made (helper lineup, from made-up retail news; "the Plix scooters made by Qorva" keeps its name right before the kind).
 */
const PLURAL_KIND_BEFORE_PARTICIPLE = /^(?: [^ ,@()]+)+? ([a-z][a-z-]*s) $/;
function pluralMadeKindBeforeParticiple(between: string): boolean {
  const kind = PLURAL_KIND_BEFORE_PARTICIPLE.exec(between)?.[1];
  return kind !== undefined && kind.length > 3 && isMadeKind(kind);
}

/**
 * The words each pattern requires, by the pattern's index: those its `requires` names, and those its template always spells
 * (template-words.ts), its possessive's among them, and the last words of its trigger (unless it is indexed by other words). A pattern is searched only on sentences that hold them all: the search of one that lacks any could only fail.
 */
const REQUIREMENTS = new PatternRequirements(
  RELATION_PATTERNS.map((p) => [...(p.requires ?? []), ...spelledWords(p.template), ...possessiveWords(p.template), ...(p.indexBy ? [] : triggerLastWords(p.template))]),
);

/**
 * A construction pattern as the matcher reads it, with every field the matcher reads, in one
 * order. The registry's patterns spell only the options they use (some 75 object shapes), and
 * the matcher's reads over that many shapes (`pattern.required`, `pattern.regex`, … on the ~35
 * patterns each sentence marks) were megamorphic lookups; over objects of one shape they are
 * plain loads. The values are the registry's own, so what matches is unchanged.
 */
interface CompiledPattern {
  relation: RelationPattern['relation'];
  id: string;
  /** The template's regex, once the pattern is first searched (NOT_COMPILED until then). */
  regex: RegExp;
  /** Whether every match opens on a mention (OPENS_ON_MENTION): then the regex is sticky and tried only where one opens (mentionStarts). */
  opensOnMention: boolean;
  template: string;
  /** The words that mark the pattern for a sentence (undefined: tried on every sentence). */
  triggers: readonly string[] | undefined;
  /** Whether every match holds one of `triggers` as a whole word (triggersInMatch): then no match opens after the sentence's last one. */
  triggerInMatch: boolean;
  notFollowedBy: RegExp | undefined;
  notPrecededBy: RegExp | undefined;
  notAnAddress: boolean | undefined;
  targetIsTopic: boolean | undefined;
  verb: boolean | undefined;
  stateActor: boolean | undefined;
  kindNoun: boolean | undefined;
  targetThenKind: RegExp | undefined;
  targetNotThenKind: RegExp | undefined;
  aliasOfTarget: boolean | undefined;
  targetType: RelationPattern['targetType'];
  targetNotType: RelationPattern['targetNotType'];
  targetUnknown: RelationPattern['targetUnknown'];
  makerLikeSource: RelationPattern['makerLikeSource'];
  sourceNotNamed: RelationPattern['sourceNotNamed'];
  describedList: RelationPattern['describedList'];
  targetNotNamed: RelationPattern['targetNotNamed'];
  targetNameIs: RelationPattern['targetNameIs'];
  anyActor: boolean | undefined;
  notStateWhen: RegExp | undefined;
  targetNamed: boolean | undefined;
  qualifierNotType: RelationPattern['qualifierNotType'];
  qualifierType: RelationPattern['qualifierType'];
  sentenceHolds: RegExp | undefined;
}

/**
 * A pattern's regex is made when a sentence is first searched with it: most of the six hundred never are in a run (some two hundred
 * over the 10 MB bench corpus), and making one (its source built and parsed) cost about 0.1 ms, some 80 ms in every process. One
 * shared regex stands for "not made yet", so that the field always holds a regex.
 */
const NOT_COMPILED = /(?!)/;

/** Words in a maker's or a company's name ("Zenco Medical", "Zenco Inc"): a known name without one may be a seller ("Walmart"). */
const MAKER_LIKE_NAME = /\b(?:Inc|Corp|Corporation|Ltd|Limited|LLC|plc|PLC|GmbH|AG|SA|SE|NV|Co|Company|Industries|Manufacturing|Medical|Medtech|Orthopaedics|Orthopedics|Pharma|Pharmaceuticals|Foods?|Motors?|Automotive|Auto|Labs?|Laboratories|Technologies|Devices|Products|Healthcare|Biotech|Therapeutics|Scientific|Electronics|Appliances|Toys?|Nutrition|Brands)\b/;
/** A regulator's name typed as a firm, a field's word before a state's ("Health Ruritania", "Transport Zembla"): it orders a recall, it makes nothing (review rr90d). */
const REGULATOR_NAME = /^(?:Health|Transport|Food Standards|Consumer Product Safety|Product Safety|Trading Standards|Environment|Medicines|Drug) [A-Z][a-z]+$|\b(?:Commission|Agency|Administration|Authority|Regulator|Ministry|Department|Inspectorate)$/;
/** A maker's noun before the actor in a match: "recalled by its maker, Zenco". */
const MAKER_NOUN_IN = /(?:^| )(?:maker|makers|manufacturer|manufacturers|producer|producers) (?:, )?(?:the )?@\d+/;

function compiledPattern(p: RelationPattern, index: number): CompiledPattern {
  return {
    relation: p.relation,
    id: p.id ?? `pattern:${p.relation}:${index}`,
    regex: NOT_COMPILED,
    opensOnMention: false,
    template: p.template,
    triggers: p.indexBy ?? triggerWords(p.template),
    triggerInMatch: p.indexBy === undefined && triggersInMatch(p.template),
    notFollowedBy: p.notFollowedBy,
    notPrecededBy: p.notPrecededBy,
    notAnAddress: p.notAnAddress,
    targetIsTopic: p.targetIsTopic,
    verb: p.verb,
    stateActor: p.stateActor,
    kindNoun: p.kindNoun,
    targetThenKind: p.targetThenKind,
    targetNotThenKind: p.targetNotThenKind,
    aliasOfTarget: p.aliasOfTarget,
    targetType: p.targetType,
    targetNotType: p.targetNotType,
    targetUnknown: p.targetUnknown,
    makerLikeSource: p.makerLikeSource,
    sourceNotNamed: p.sourceNotNamed,
    describedList: p.describedList,
    targetNotNamed: p.targetNotNamed,
    targetNameIs: p.targetNameIs,
    anyActor: p.anyActor,
    notStateWhen: p.notStateWhen,
    targetNamed: p.targetNamed,
    qualifierNotType: p.qualifierNotType,
    qualifierType: p.qualifierType,
    sentenceHolds: p.sentenceHolds,
  };
}

/**
 * Whether every match of a template holds, as a whole word, the first word of one of its trigger's alternatives (triggerWords): its
 * T(…) (or, without one, its POSS) stands outside every group, after a space or at the start, and every such first word is a plain
 * word. Then a match opens at or before the sentence's last trigger word, and the mentions after it need not be tried (the same
 * matches: helper spd96). Not for a pattern indexed by other words (indexBy), which may stand anywhere.
 */
function triggersInMatch(template: string): boolean {
  const words = triggerWords(template);
  if (words === undefined || !words.every((w) => /^(?:[a-z0-9][a-z0-9-]*|'s)$/.test(w))) return false;
  // triggerWords reads the first T(…); without one, the words are POSS's.
  const at = template.includes('T(') ? template.indexOf('T(') : template.indexOf('POSS ');
  if (at > 0 && template[at - 1] !== ' ') return false;
  // Not made optional by a quantifier after it ("T(…)?", "POSS ?"; compileTemplate takes one space after either).
  const after = template.includes('T(') ? template.indexOf(')', at) + 1 : at + 'POSS '.length;
  if (/^ ?[?*{]/.test(template.slice(after))) return false;
  return groupDepthAt(template, at) === 0 && !hasTopLevelAlternative(template);
}

const COMPILED = RELATION_PATTERNS.map(compiledPattern);

/** How many mentions each pattern's template always spells, by the pattern's index (template-words.ts, mentionSlots). */
const MENTION_SLOTS = Uint8Array.from(RELATION_PATTERNS, (p) => mentionSlots(p.template));

/** The slot of a word no pattern requires. */
const NO_SLOT = -1;
/**
 * What a sentence word tells the matcher, read with one lookup per word: the patterns it can
 * start (instead of every pattern's triggers per sentence), and the slot of a required word.
 */
const WORD_ROLES = new Map<string, { patterns: number[]; slot: number }>();
COMPILED.forEach((pattern, index) => {
  for (const w of pattern.triggers ?? []) {
    const role = WORD_ROLES.get(w) ?? { patterns: [], slot: NO_SLOT };
    if (role.patterns.at(-1) !== index) role.patterns.push(index);
    WORD_ROLES.set(w, role);
  }
});
for (const [word, slot] of REQUIREMENTS.slots) WORD_ROLES.set(word, { patterns: WORD_ROLES.get(word)?.patterns ?? [], slot });
/** How the words with a role open and end: most words of a sentence have none, and are passed unhashed. */
const ROLE_WORDS = new WordOpenings();
for (const word of WORD_ROLES.keys()) ROLE_WORDS.add(word);
/** Patterns with no trigger word: tried on every sentence. */
const UNTRIGGERED = COMPILED.flatMap((pattern, index) => (pattern.triggers ? [] : [index]));

/** Per sentence, reused: which patterns its words can start, and which required words it holds. */
const triggered = new Uint8Array(COMPILED.length);
const present = new Uint8Array(REQUIREMENTS.slots.size);
/** Per sentence, reused: the indices of the patterns marked in `triggered`, in the order they were marked (`count` of them). */
const marked = new Int32Array(COMPILED.length);
/** Per sentence, reused: where (a character offset in its text) the last word that marked each marked pattern starts. */
const lastTriggerAt = new Int32Array(COMPILED.length);
let count = 0;

/** Marks a pattern as started by a word of the sentence, once. */
function mark(index: number): void {
  if (triggered[index] === 1) return;
  triggered[index] = 1;
  marked[count++] = index;
}

/** Runs every construction pattern over the sentence, adding what they find to `claims`. */
export function findPatternRelations(context: SentenceContext, claims: ClaimCollector): void {
  const { sentence, mentions, text } = context;
  if (!sentence.text.includes('@')) return;

  // The patterns whose trigger the sentence holds (few of the many), tried in the registry's order.
  triggered.fill(0);
  present.fill(0);
  count = 0;
  for (const index of UNTRIGGERED) mark(index);
  // Where the word starts in the sentence's text (its words joined by single spaces).
  let wordAt = 0;
  for (const w of sentence.words) {
    // A resolved "its" ("its@3") counts as "its".
    const role = (ROLE_WORDS.mayBe(w) ? WORD_ROLES.get(w) : undefined) ?? (w.startsWith('its@') ? WORD_ROLES.get('its') : undefined);
    if (role !== undefined) {
      for (const index of role.patterns) {
        mark(index);
        lastTriggerAt[index] = wordAt;
      }
      if (role.slot !== NO_SLOT) present[role.slot] = 1;
    }
    wordAt += w.length + 1;
  }
  // Of the marked patterns (some forty of the six hundred) only those whose words and mentions the sentence holds (one or two on
  // average over the bench corpus) are kept, in place, and sorted: tried in the registry's order without reading every pattern's
  // mark, and without sorting the forty. A template that spells more mentions than the sentence holds ("@"s: mentions and
  // resolved "its") could only fail.
  const mentionsHeld = countOf(sentence.text, 64);
  let held = 0;
  for (let n = 0; n < count; n++) {
    const index = marked[n]!;
    if (MENTION_SLOTS[index]! <= mentionsHeld && REQUIREMENTS.holds(index, present)) marked[held++] = index;
  }
  const tried = marked.subarray(0, held).sort();
  // Where the sentence's mentions open (mentionStarts), found once for all its patterns that open on one: safe, as the text is not
  // changed while its patterns are searched.
  let starts: number[] | undefined;
  for (let n = 0; n < tried.length; n++) {
    const index = tried[n]!;
    const pattern = COMPILED[index]!;
    // Matches may overlap ("Google's Gemini and Anthropic's Claude" holds two possessives), so
    // each search restarts one character after the previous match began.
    if (pattern.sentenceHolds?.test(sentence.text) === false) continue;
    if (pattern.regex === NOT_COMPILED) compile(pattern);
    if (pattern.opensOnMention && starts === undefined) starts = mentionStarts(sentence.text);
    // Where the previous match's actors end: a match starting inside them is that list's later member alone ("@1 and @2 launched …" then "@2 launched …").
    let actorsEnd = -1;
    // No match opens after the last word that marked the pattern, when every match holds one (triggersInMatch).
    const lastStart = pattern.triggerInMatch ? lastTriggerAt[index]! : sentence.text.length;
    for (let match = search(pattern, sentence.text, 0, starts, lastStart); match; match = search(pattern, sentence.text, match.index + 1, starts, lastStart)) {
      const groups = match.groups ?? {};
      const at = match.indices?.groups ?? {};
      if (match.index < actorsEnd) continue;
      actorsEnd = at.x?.[0] === match.index ? at.x[1] : -1;
      const [tAt, tEnd] = at.t ?? at.pt ?? at.its ?? [match.index, match.index];
      if (pattern.notFollowedBy?.test(sentence.text.slice(match.index + match[0].length))) continue;
      if (pattern.notPrecededBy?.test(sentence.text.slice(0, match.index))) continue;
      // "launched Zeta X5, a phone made by Qorva", "are announcing Flux-RAM, a memory developed by Vexa": a thing set off as another's
      // make is that maker's (the passive reads it), not the launcher's or the presenter's (helper dvl93, from the eighty-sixth set).
      if (pattern.relation === 'develops' && at.x !== undefined && at.x[1] <= tAt && at.y !== undefined && at.y[0] >= tAt && ANOTHERS_MAKE_NEXT.test(sentence.text.slice(at.y[1]))) continue;
      if (pattern.verb && !isActiveVerb(sentence.text.slice(match.index, tAt), groups.t ?? '')) continue;
      if (pattern.kindNoun && !isMadeKind((groups.k ?? groups.t ?? '').trim())) continue;
      if (pattern.notAnAddress && heads(groups.y ?? '').some((i) => mentions[i]?.type === 'government' || mentions[i]?.type === 'place')) continue;

      // A possessor owns its items up to the next possessed one; after another possessed item
      // ("Meta's Facebook, Google's YouTube, and TikTok") each owner has only its own.
      // So does one that is a later member of a list ("such as Qorva, Zenco's Zeta, Vexa and Kappa": Zenco makes only the Zeta; stop 58's readers).
      // … and one that opens a list of examples with commas ("apps like Zenco's Zapp, Vexa and Kappa": Zenco makes only Zapp; stop 61's first bans sample).
      // So after a verb that lists: "services include Qorva's Zenkey, Homely and Roomy" (helper fpz94, fresh sample s91d); not when the
      // list shares a kind after it ("the lineup includes Qorva's Zenkey, Homely and Roomy apps": all three are Qorva's).
      const before = sentence.text.slice(0, match.index);
      // "Zenco, a rival of Qorva that built Vexa": a name after a tie's "of" only qualifies the apposed noun, and the relative clause
      // is the apposition's name's (subjectsBefore in clause.ts; review of mk81).
      if (at.x?.[0] === match.index && QUALIFIER_OF_BEFORE.test(before) && /^@\d+ (?:that|which) /.test(sentence.text.slice(match.index))) continue;
      if (at.x?.[0] === match.index && COURT_SEAT_BEFORE.test(before)) continue;
      if (pattern.relation === 'develops' && at.its?.[0] === match.index && (DELIVERY_TAKEN_BEFORE.test(before) || (RECEIVED_BEFORE.test(before) && FROM_SELLER_AFTER.test(sentence.text.slice(match.index + match[0].length).trimStart())))) continue;
      if (pattern.relation === 'develops' && groups.its && BOUGHT_BEFORE_ITS.test(before)) continue;
      if (pattern.relation === 'develops' && groups.its && FLEET_VERB_BEFORE_ITS.test(before) && FLEET_AFTER.test(sentence.text.slice(match.index + match[0].length).trimStart())) continue;
      if (pattern.relation === 'develops' && at.y !== undefined && at.y[1] < tAt && (OWN_PHRASE_BEFORE_PARTICIPLE.test(sentence.text.slice(at.y[1], tAt)) || ((BARE_KIND_BEFORE_PARTICIPLE.test(sentence.text.slice(at.y[1], tAt)) || pluralMadeKindBeforeParticiple(sentence.text.slice(at.y[1], tAt))) && !NAME_COUNTED_AMONG_KIND.test(sentence.text.slice(at.y[1], tAt))))) continue;
      // "@0 banned several apps made by @1 , including @2": the kind's members after the maker were made, not @0 (helper own101).
      if (pattern.relation === 'develops' && at.y !== undefined && at.x !== undefined && at.y[1] < tAt && at.x[0] > tAt && kindListedAfterMaker(sentence.text.slice(at.y[1], tAt), sentence.text.slice(at.x[1]))) continue;
      if (pattern.relation === 'develops' && at.x !== undefined && at.x[1] <= tAt && (PREPOSITION_BEFORE_MAKER.test(sentence.text.slice(at.x[1], tAt)) || NAME_SET_OFF_BEFORE_MAKER.test(sentence.text.slice(at.x[1], tAt))) && /^(?:maker|makers|developer|developers|creator|creators|owner|owners|parent|operator|operators|franchisor|producer|producers|manufacturer|manufacturers|publisher)$/.test((groups.t ?? '').trim())) continue;
      if (pattern.relation === 'develops' && at.x !== undefined && sentence.text.slice(at.x[1], match.index + match[0].length).trim() === '' && QUALIFIED_NAME_AFTER.test(sentence.text.slice(at.x[1]))) continue;
      if (at.x !== undefined && COURT_SEAT_AFTER.test(sentence.text.slice(at.x[1], at.x[1] + 40))) continue;
      // "Zenco, whose investors include Qorva, Vexa and Lumo, launched Zeta": an actor inside a relative aside that closes before the
      // verb is no subject of it; the name before the aside is (a fresh sample of real news, helper fp83).
      if (at.x?.[0] === match.index && pattern.verb && OPEN_RELATIVE_ASIDE_BEFORE.test(before) && sentence.text.slice(at.x[1], tAt).includes(',')) continue;
      // Not a list of one brand's models ("such as Zenco's Vexa Cam, Vexa Bell and Vexa Lock": possessed-brand-lists.ts).
      const chained = /@\d+ (?:'s @\d+ )?, (?:and )?$/.test(before) || (/(?:^| )(?:like|including|such as|namely|notably) $/.test(before) && (groups.y ?? '').includes(' , ') && !isOneBrandsList(groups.y ?? '', mentions))
        || (/(?:^| )(?:include|includes|included) $/.test(before) && (groups.y ?? '').includes(' , ') && !isMadeKind(sentence.text.slice(at.y?.[1] ?? 0).trimStart().split(' ')[0] ?? ''));
      // "Zenco's cars, the Zeta and the Vela", "its jets, including the Z-172 and the Z-180": a list set off after the owned noun is the owner's, articles and all.
      const possessed = at.pt ?? at.its;
      const setOff = possessed !== undefined && at.y !== undefined && SETS_OFF_A_LIST.test(sentence.text.slice(possessed[1], at.y[0]));
      // A list before the trigger ("Zenco and Qorva, and Vexa is made by Hexo") keeps the names of the trigger's own clause, after the join.
      const cut = at.y !== undefined && at.y[1] <= tAt ? withoutClauseBefore : withoutNextClause;
      const ownedList = cut(groups.pt || groups.its ? ownItems(groups.y ?? '', chained, setOff) : groups.y ?? '', sentence, at.y);
      // "a suit by Zenco's Qorva Inc., Zembla Seeds and Ruritania Plant LP": a possessed list that opens with a firm is the owner's
      // unit and its list mates (co-parties, other firms), not the owner's goods: only the first is the owner's (helper fls94, fresh sample s90c).
      const owned = pattern.relation === 'develops' && (groups.pt || groups.its) && isFirmByName(mentions[heads(ownedList)[0] ?? -1]) ? ownItems(ownedList, true, false) : ownedList;
      // "an order from Ruritania's Media Authority, Zapp and Qchat must be …": a possessed list that opens with a state body is
      // the body and a new clause's subjects, no owner's goods (stop 66).
      if (pattern.relation === 'develops' && (groups.pt || groups.its) && mentions[heads(owned)[0] ?? -1]?.type === 'government') continue;
      const targets = pattern.targetIsTopic
        ? topicOf(mentions, heads(groups.x ?? ''))
        : firmsOfStateUnits(sentence.words, mentions, heads(owned));
      // "the company behind Scottish drink Vexa": a target that is an unknown people's adjective gives way to the thing named after
      // its description (helper mkr96; the check below drops an adjective no name follows).
      if (pattern.relation === 'develops') {
        for (let i = 0; i < targets.length; i++) {
          const named = namedAfterPeoplesAdjective(targets[i]!, sentence.words, sentence.words.indexOf(`@${mentions.indexOf(targets[i]!)}`), () => mentionLists(sentence.words), mentions);
          if (named !== undefined && !targets.includes(named)) targets[i] = named;
        }
      }
      // "comprised of menswear giant A, diffusion line B and label C": later members, each after its own description (helper brm92).
      if (pattern.describedList && targets.length > 0) targets.push(...describedMembersAfter(sentence.words, mentions, mentions.indexOf(targets.at(-1)!)));
      // "whose brands include Zeta jam and Zuma coffee": a pattern's list is of names alone and stops at the first member's goods; the
      // list reading goes on to the later members (helper lst96, from own96's report).
      else if (pattern.relation === 'develops' && targets.length > 0 && at.y !== undefined) targets.push(...goodsTailedMembersAfter(sentence.words, mentions, mentions.indexOf(targets.at(-1)!)));
      // … and an agent list after it ("owned by Zenco, and Vexa was built by Qorva") the names before the join.
      const xCut = at.x !== undefined && at.x[0] >= tEnd ? withoutNextClause : withoutClauseBefore;
      const xList = groups.x ? xCut(groups.x, sentence, at.x) : undefined;
      const sources = mentionsAt(mentions, heads(xList !== undefined ? lastIfSingularRelative(xList, sentence.text.slice(at.x![1])) : groups.its ?? ''));
      // "Zenco may sell its bag business, which includes Vexa": a trigger in a relative clause set off after the source has the clause's
      // own status, not the main verb's hedge (review rf91: the brands were read as proposed).
      const fromSource = sentence.text.slice(match.index, tAt);
      const relative = RELATIVE_CLAUSE_TO_TRIGGER.exec(fromSource);
      const status = claimStatus(sentence.text.slice(0, tAt), relative ? fromSource.slice(relative.index) : fromSource, { isState: isStateAct(pattern.relation, sources), relation: pattern.relation, after: sentence.text.slice(tEnd) });
      const trigger = triggerText(sentence, text, tAt, tEnd);

      // "its Zapp, Zbook and Zcam apps": the noun after a possessed list's last member is every member's, so the list is judged whole.
      const lastAt = targets.length > 1 ? sentence.words.indexOf(`@${mentions.indexOf(targets.at(-1)!)}`) : -1;
      const wholeList = possessed !== undefined && lastAt >= 0 ? possessedListBeforeBuiltOn(sentence.words, lastAt, targets) : undefined;
      // Possessors paired by a slash own every item together ("Zenco/Qorva's Plix and Vexa apps"), never one each (slashed-possessors.ts).
      const jointPossessors = groups.pt !== undefined && (groups.x ?? '').includes(' / ');
      for (const [source, target] of statedPairs(sentence.words, sources, targets, pattern.relation === 'develops' && !jointPossessors)) {
        if (pattern.stateActor && source.type !== 'government' && !isUntypedMinistry(source)) continue;
        if (pattern.notStateWhen?.test(trigger.toLowerCase()) && source.type === 'government') continue;
        if (pattern.targetNamed && target.source === 'coref') continue;
        // "launched the Qorva killer Vexa", "built an iPhone app": a name before a substitute's or a platform's noun is not the thing made (stop 54's readers; stop 60).
        const at = sentence.words.indexOf(`@${mentions.indexOf(target)}`);
        // An operating system before a device's kind qualifies the device ("an Android tablet made by Zenco"), but an owner's own
        // system stays its own ("Apple's iOS app store").
        const system = OPERATING_SYSTEMS.has(target.key) && !groups.pt && !groups.its;
        if (pattern.relation === 'develops' && wholeList?.hosts.has(target.key)) continue;
        if (pattern.relation === 'develops' && at >= 0 && !wholeList?.own && qualifiesMadeThing(sentence.words, at, at, system)) continue;
        // "the firm behind Parisian fashion brands A and B": an unknown people's adjective before a description is no brand (helper brm92).
        if (pattern.relation === 'develops' && at >= 0 && isPeoplesAdjectiveAt(target, sentence.words, at)) continue;
        if (pattern.relation === 'develops' && isPeoplesAdjectiveAt(source, sentence.words, sentence.words.indexOf(`@${mentions.indexOf(source)}`))) continue;
        if (pattern.targetThenKind && !pattern.targetThenKind.test(text.slice(target.end, target.end + 24))) continue;
        if (pattern.targetNotThenKind?.test(text.slice(target.end, target.end + 24))) continue;
        if (pattern.aliasOfTarget && mentions[Number(groups.a?.slice(1))]?.key !== target.key) continue;
        if (pattern.qualifierNotType && groups.q !== undefined && mentions[Number(groups.q.slice(1))]?.type === pattern.qualifierNotType) continue;
        if (pattern.qualifierType && groups.q !== undefined && mentions[Number(groups.q.slice(1))]?.type !== pattern.qualifierType) continue;
        if (pattern.targetType && target.type !== pattern.targetType) continue;
        if (pattern.targetNotType && (typeof pattern.targetNotType === 'string' ? target.type === pattern.targetNotType : pattern.targetNotType.includes(target.type))) continue;
        if (pattern.targetUnknown && target.source === 'lexicon') continue;
        if (pattern.targetNotNamed?.has(target.label.split(' ')[0]!)) continue;
        if (pattern.targetNameIs && !pattern.targetNameIs.test(target.label)) continue;
        if (pattern.sourceNotNamed?.test(source.label)) continue;
        if (pattern.relation === 'develops' && pattern.anyActor && REGULATOR_NAME.test(source.label)) continue;
        if (pattern.makerLikeSource && source.source === 'lexicon' && !MAKER_LIKE_NAME.test(source.label) && !MAKER_NOUN_IN.test(match[0])) continue;
        claims.add(source, pattern.relation, target, status, trigger, pattern.id, pattern.anyActor);
      }
    }
  }
}


/**
 * How a template's regex opens when every match of it opens on a mention: "@3", "the @3" (X, X1, Y, Y1) or a possessor, "@3 's" or
 * "its@3" (POSS), each at a word's start. Most patterns open so.
 */
const OPENS_ON_MENTION = new RegExp(String.raw`^\(\?<!\[\^ \]\)(?:\(\?:the \)\?\(\?<[xy]>@|@|\(\?<x>@|${escaped(String.raw`(?:(?<x>${SLASHED_CO_POSSESSOR}@\d+) (?:\( (?:[a-z]+|@\d+) : [^\s()]+ \) )?(?<pt>'s )`)})`);

/** `source` with every character a regex reads as syntax escaped: matched as written. */
function escaped(source: string): string {
  return source.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/**
 * A pattern's regex, made on its first search. One whose matches all open on a mention is made sticky and tried only where a mention
 * opens (search): a search over the whole sentence tried it at every character, and most searches fail (about 2.5% of extraction's
 * CPU time on the 10 MB bench corpus, helper spd93). The same matches, found in the same order: a sticky search at a position
 * matches as the whole search does when it reaches it, and no match can open anywhere else.
 */
function compile(pattern: CompiledPattern): void {
  const regex = compileTemplate(pattern.template);
  pattern.opensOnMention = OPENS_ON_MENTION.test(regex.source) && !hasTopLevelAlternative(regex.source);
  pattern.regex = pattern.opensOnMention ? new RegExp(regex.source, 'yd') : regex;
}

/** Whether a regex's source has a "|" outside every group and class: its later alternatives may open anywhere. */
function hasTopLevelAlternative(source: string): boolean {
  return groupDepthAt(source, source.length) < 0;
}

/**
 * How deep in groups a regex source's character `end` stands (escapes and character classes skipped), or -1 when a "|" outside
 * every group comes before it.
 */
function groupDepthAt(source: string, end: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < end; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return -1;
  }
  return depth;
}

/**
 * Where a match opening on a mention may start in a sentence's text (OPENS_ON_MENTION): at each word that is a mention ("@3"),
 * "its@3", or "the" before a mention, in order.
 */
function mentionStarts(text: string): number[] {
  const starts: number[] = [];
  for (let at = 0; at < text.length; at = text.indexOf(' ', at) + 1 || text.length) {
    const c = text.charCodeAt(at);
    if (c === 64 || (c === 116 && text.startsWith('the @', at)) || (c === 105 && text.startsWith('its@', at))) starts.push(at);
  }
  return starts;
}

/** The pattern's first match in `text` that starts at `from` or later (null: none); where mentions open, only up to `lastStart`. */
function search(pattern: CompiledPattern, text: string, from: number, starts: readonly number[] | undefined, lastStart: number): RegExpExecArray | null {
  const regex = pattern.regex;
  if (!pattern.opensOnMention || starts === undefined) {
    regex.lastIndex = from;
    return regex.exec(text);
  }
  for (let i = 0; i < starts.length && starts[i]! <= lastStart; i++) {
    if (starts[i]! < from) continue;
    regex.lastIndex = starts[i]!;
    const match = regex.exec(text);
    if (match) return match;
  }
  return null;
}

/**
 * "rivals such as Zenco, Qorva and Vexa, which owns Zeta": a list whose relative clause has a verb in the singular is the last
 * member's alone (fresh sample s80b); the list group is cut to its last name.
 */
function lastIfSingularRelative(list: string, after: string): string {
  const words = after.trim().split(/\s+/);
  if (words[0] !== ',' || !isSingularRelativeAt(words, 1)) return list;
  const names = list.match(/@\d+/g);
  return names && names.length > 1 ? names[names.length - 1]! : list;
}

/** How many times the character `code` occurs in `text`. */
function countOf(text: string, code: number): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === code) n++;
  return n;
}

/** A list's last "and" (or "or"), with the comma before it. */
const LAST_JOIN = / (?:, )?(?:and|or) (?!.* (?:and|or) )/;

/**
 * "Zenco released Moonlit and Qorva released Zeta": a list read as what the first verb acts on loses the names after its "and",
 * which are the next clause's subjects (clause.ts, joinsClauses).
 */
function withoutNextClause(list: string, sentence: SentenceContext['sentence'], span: [number, number] | undefined): string {
  const join = clauseJoinIn(list, sentence, span);
  return join ? list.slice(0, join.index) : list;
}

/** … and a list read as the second verb's actors loses the names before its "and", which the first verb acts on. */
function withoutClauseBefore(list: string, sentence: SentenceContext['sentence'], span: [number, number] | undefined): string {
  const join = clauseJoinIn(list, sentence, span);
  return join ? list.slice(join.index + join[0].length) : list;
}

/** The last "and" of a list group (at `span` of the sentence's text) when it joins two clauses, not two members. */
function clauseJoinIn(list: string, sentence: SentenceContext['sentence'], span: [number, number] | undefined): RegExpExecArray | undefined {
  const join = span && LAST_JOIN.exec(list);
  if (!join) return undefined;
  const first = wordAt(sentence.text, span[0]);
  // "Zenco makes A and B, and the FCA also makes C": a first item that closes a list begun before it ("A and B") ends that clause;
  // ", and" after it opens the next one (helper prc89).
  if (join[0].startsWith(' , ') && /^(?:and|or)$/.test(sentence.words[first - 1] ?? '')) return join;
  const last = wordAt(sentence.text, span[1] - 1);
  if (join[0].startsWith(' , ') && opensClauseAfterComma(sentence.words, first, last)) return join;
  return joinsClauses(sentence.words, first, last) ? join : undefined;
}

/** The index of the word that starts at character `at` of a sentence's text (its words joined by spaces). */
function wordAt(text: string, at: number): number {
  let n = 0;
  for (let k = text.indexOf(' '); k >= 0 && k < at; k = text.indexOf(' ', k + 1)) n++;
  return n;
}

const DETERMINER_BEFORE = /(?:^| )(?:the|a|an|its|their|these|those|such|any|similar|formal|new|recent|outright|of) $/;
const PASSIVE_BEFORE = /(?:^| )(?:is|are|was|were|be|been|being|get|got|gets)(?: \S+ly)? $/;

/** "the bans are …" is a noun, and "X have been restricted" makes X the patient, not the actor. */
function isActiveVerb(beforeTrigger: string, trigger: string): boolean {
  if (DETERMINER_BEFORE.test(beforeTrigger)) return false;
  // "Zeta is built by the Zenco team": irregular participles are passive after an auxiliary too.
  return !(/(?:ed|en|built|made|run|sold|held|bought|shut|cut|put|set|won|kept|spun|begun|done) $/.test(trigger) && PASSIVE_BEFORE.test(beforeTrigger));
}

/** The mentions a list stands for: "@1 's @2" is @2 (the possessor only qualifies it). */
function heads(list: string): number[] {
  const out: number[] = [];
  for (const m of list.matchAll(/@(\d+)(?! 's)/g)) out.push(Number(m[1]));
  return out;
}

/** The members named after their descriptions past mention `last` (", diffusion line B and label C"), as mentions. */
function describedMembersAfter(words: readonly string[], mentions: readonly SentenceMention[], last: number): SentenceMention[] {
  const at = words.indexOf(`@${last}`);
  if (at < 0) return [];
  return describedMembersFrom(words, at + 1, mentionLists(words), mentions, false).flatMap((list) => list.members.map((k) => mentions[k]!));
}

/**
 * The members after mention `last` when it carries its goods and so does the next ("@1 jam and @2 coffee", parallel-goods-tails.ts),
 * as the sentence's list reading finds them; none otherwise.
 */
function goodsTailedMembersAfter(words: readonly string[], mentions: readonly SentenceMention[], last: number): SentenceMention[] {
  const at = words.indexOf(`@${last}`);
  if (at < 0 || parallelGoodsTailEnd(words, at, (k) => mentionAt(words, k) !== undefined) === undefined) return [];
  const members = mentionLists(words).get(last)?.members ?? [];
  return members.slice(members.indexOf(last) + 1).map((k) => mentions[k]!);
}

/** The mentions at `indices`, pushed (not mapped: see lowerWordsOf). */
function mentionsAt(mentions: readonly SentenceMention[], indices: readonly number[]): SentenceMention[] {
  const out: SentenceMention[] = [];
  for (const i of indices) out.push(mentions[i]!);
  return out;
}

/** firmOfStateUnit of each of `indices`, pushed. */
function firmsOfStateUnits(words: readonly string[], mentions: readonly SentenceMention[], indices: readonly number[]): SentenceMention[] {
  const out: SentenceMention[] = [];
  for (const i of indices) out.push(firmOfStateUnit(words, mentions, i));
  return out;
}

/** A firm's plants or units named by the state they are in: "Intel's China fabs". */
const STATE_UNITS: ReadonlySet<string> = new Set(['fab', 'fabs', 'plant', 'plants', 'factory', 'factories', 'facility', 'facilities', 'operations', 'unit', 'units', 'subsidiary', 'subsidiaries', 'arm', 'branch', 'branches', 'business', 'businesses']);

/** The mention at `i`, or, for a state between a firm's "'s" and one of its units ("@1 's @2 fabs"), the firm: its units are what is acted on. */
function firmOfStateUnit(words: readonly string[], mentions: readonly SentenceMention[], i: number): SentenceMention {
  const m = mentions[i]!;
  if (m.type !== 'government') return m;
  const at = words.indexOf(`@${i}`);
  const owner = at >= 2 && words[at - 1] === "'s" && STATE_UNITS.has(words[at + 1] ?? '') ? /^@(\d+)$/.exec(words[at - 2]!) : null;
  return owner ? mentions[Number(owner[1])] ?? m : m;
}

/** A firm the text names as one: typed a company, with a firm's word or legal form closing its name ("Qorva Inc", "Vexa Holdings", "Lumo Plant LP"). */
function isFirmByName(m: SentenceMention | undefined): boolean {
  const last = m?.surface.split(' ').at(-1) ?? '';
  return m?.type === 'company' && (COMPANY_SUFFIXES.has(last) || last === 'LP');
}

/** Words between an owned noun and a list that set the list off as its members: a comma, "such as", "including", a colon. */
const SETS_OFF_A_LIST = /(?:^| )(?:,|:|such as|like|including|include|includes|namely|notably) /;

/**
 * The items of a list before the first one another possessor owns ("@1 , @2 's @3 , and @4" → "@1"), or only its first.
 * Right after the possessive, an item with its own article is not the possessor's ("its new Zeta and the Kappa Q100");
 * in a list set off after the owned noun (`setOff`), every item has its article.
 */
function ownItems(list: string, onlyFirst: boolean, setOff: boolean): string {
  const other = onlyFirst ? /(?: ,| and| or)/.exec(list) : /(?: ,)? (?:and |or )?(?:the )?@\d+ 's @\d+/.exec(list);
  const owned = other ? list.slice(0, other.index) : list;
  const apart = setOff ? null : / (?:, )?(?:and |or )?the @\d+/.exec(owned);
  return apart ? owned.slice(0, apart.index) : owned;
}

/** The first mention of the sentence that is none of `excluded`: what a report is about. */
function topicOf(mentions: readonly SentenceMention[], excluded: number[]): SentenceMention[] {
  const topic = mentions.find((m, i) => !excluded.includes(i) && m.source !== 'unknown');
  return topic ? [topic] : [];
}
