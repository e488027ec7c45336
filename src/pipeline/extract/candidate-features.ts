import { RELATIONS, type RelationKind } from '../relation-registry';
import type { ClaimStatus, EntityType } from '../types';
import type { Candidate } from './candidates';
import type { SentenceMention } from './mention';
import type { TriggerForm } from './trigger-words';
import { POSSESSIVES } from '../text/tokens';

/**
 * What the claim scorer knows of one candidate claim (extract/candidates.ts, or a rule's claim no
 * candidate proposed): its ends, its trigger and the sentence's words and mentions. Everything is
 * read off tokens already there: no extra parse.
 */
export interface CandidateView {
  relation: RelationKind;
  source: SentenceMention;
  target: SentenceMention;
  /** Where the source was found; `rule` for a rule's claim that no candidate proposed. */
  reach: Candidate['reach'] | 'rule';
  /** The id of the rule that found the claim ("trigger:verb", "name:owner"), or undefined. */
  rule: string | undefined;
  /** Token index of the trigger's first word, -1 when none. */
  trigger: number;
  /** The trigger's words and form, when there is a trigger. */
  triggerWord?: { words: readonly string[]; form: TriggerForm };
  /** The sentence's words, lower case. */
  words: readonly string[];
  /** The sentence's mentions, in text order (an end from another sentence is not among them). */
  mentions: readonly SentenceMention[];
  status: ClaimStatus;
  /** A rule found, in this sentence, the same relation with the same target and another source (or the same source and another target). Left unread (all false) in a rule's own claim's view. */
  ruleNearby: { sameTarget: boolean; sameSource: boolean };
  /** Index of the sentence in its article (0 = the headline or first sentence). */
  sentence: number;
  /** Token indices where a trigger of another relation starts in the sentence (empty, unread, in a rule's own claim's view). */
  otherTriggers: readonly number[];
}

/** What several feature families read, computed once per candidate. */
export interface PathView {
  /** Whether each end stands in the sentence. */
  sourceHere: boolean;
  targetHere: boolean;
  /** Words strictly between the two ends (empty when an end is elsewhere). */
  between: readonly string[];
  /** Words between the trigger and each end (empty when either is missing). */
  toSource: readonly string[];
  toTarget: readonly string[];
  voice: string;
  placement: string;
}

/** One feature family: named values of a candidate, each a weight in data/claim-scorer.json. */
export interface CandidateFeature {
  id: string;
  reason: string;
  values: (c: CandidateView, p: PathView) => readonly string[];
  /**
   * Also weigh the cue whatever the relation ("any:source" beside "banned:source"): structure
   * means much the same for every relation, and each relation alone has few examples of it.
   */
  pooled?: boolean;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'has', 'have', 'had']);
const ADVERB = /ly$|^(?:not|also|now|since|then|still|already|just|further|formally|officially)$/;
/** Words that end one clause and start another. */
const CLAUSE_BREAK = new Set([';', 'but', 'while', 'whereas', 'although', 'though', 'however', 'meanwhile', 'after', 'before', 'because']);
const RELATIVE = new Set(['which', 'that', 'who', 'whose', 'whom']);
/** Finite verbs of another clause ("X, which is owned by Y, …"; "X said it has …"). */
const OTHER_VERB = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'said', 'says', 'told', 'added', 'announced', 'owns', 'owned', 'operates', 'runs']);
const REPORTING = new Set(['said', 'says', 'told', 'according', 'reported', 'reports', 'stated', 'claimed', 'claims', 'argued', 'warned']);

const bucket = (n: number, edges: readonly number[]): string => {
  for (const e of edges) if (n <= e) return `<=${e}`;
  return `>${edges[edges.length - 1]}`;
};

const here = (c: CandidateView, m: SentenceMention): boolean => c.mentions.includes(m);
/** `here` for an end of the candidate, read off its path (found once). */
const endHere = (c: CandidateView, p: PathView, m: SentenceMention): boolean => (m === c.source ? p.sourceHere : m === c.target ? p.targetHere : here(c, m));

/** The words between two spans of tokens [a0, a1) and [b0, b1), whichever comes first. */
function wordsBetween(words: readonly string[], a0: number, a1: number, b0: number, b1: number): readonly string[] {
  return a1 <= b0 ? words.slice(a1, b0) : b1 <= a0 ? words.slice(b1, a0) : [];
}

function pathOf(c: CandidateView): PathView {
  const sourceHere = here(c, c.source);
  const targetHere = here(c, c.target);
  const t = c.trigger;
  const tEnd = t < 0 ? t : t + (c.triggerWord?.words.length ?? 1);
  const { words, source: s, target: g } = c;
  const between = sourceHere && targetHere ? wordsBetween(words, s.first, s.last, g.first, g.last) : [];
  const toSource = sourceHere && t >= 0 ? wordsBetween(words, s.first, s.last, t, tEnd) : [];
  const toTarget = targetHere && t >= 0 ? wordsBetween(words, g.first, g.last, t, tEnd) : [];
  return { sourceHere, targetHere, between, toSource, toTarget, voice: voiceOf(c, tEnd), placement: placementOf(c, sourceHere, targetHere) };
}

function voiceOf(c: CandidateView, tEnd: number): string {
  const form = c.triggerWord?.form;
  if (!form) return 'none';
  if (form !== 'verb' && form !== 'participle') return form;
  let k = c.trigger - 1;
  while (k >= 0 && ADVERB.test(c.words[k]!)) k--;
  if (form === 'participle' && BE.has(c.words[k] ?? '')) return 'passive';
  if (c.words[tEnd] === 'by') return 'passive';
  return form === 'participle' && c.words[k] === ',' ? 'reduced' : 'active';
}

/** Where the trigger stands relative to the ends, and which end comes first. */
function placementOf(c: CandidateView, sourceHere: boolean, targetHere: boolean): string {
  if (c.trigger < 0) return 'no-trigger';
  if (!targetHere) return 'target-elsewhere';
  const t = c.trigger;
  if (!sourceHere) return t < c.target.first ? 'before-T' : 'after-T';
  const first = c.source.first < c.target.first ? 'S' : 'T';
  if (t < Math.min(c.source.first, c.target.first)) return `before-${first}`;
  if (t >= Math.max(c.source.last, c.target.last)) return `after-${first}`;
  return `between-${first}`;
}

/**
 * Another mention of a type the role allows stands nearer the trigger on the end's side: the
 * nearer one is more likely the argument ("Zenco's rival Zeta was banned by Ruritania").
 */
function nearerRival(c: CandidateView, p: PathView, end: 'source' | 'target'): boolean {
  const m = c[end];
  if (c.trigger < 0 || !endHere(c, p, m)) return false;
  const types: readonly EntityType[] = RELATIONS[c.relation][end];
  const t = c.trigger;
  const distance = (x: SentenceMention): number => (x.last <= t ? t - x.last : x.first - t);
  const before = m.last <= t;
  return c.mentions.some((x) => x !== c.source && x !== c.target && x.key !== m.key && types.includes(x.type) && (x.last <= t) === before && distance(x) < distance(m));
}

/** The end is the possessor of another mention ("Ruritania's Ministry"): the possessed acts. */
function possessor(c: CandidateView, p: PathView, m: SentenceMention): boolean {
  if (!endHere(c, p, m)) return false;
  const w = c.words[m.last];
  return w !== undefined && POSSESSIVES.has(w) && c.mentions.some((x) => x.first === m.last + 1 || x.first === m.last + 2);
}

/** The end is the subject or object of a reporting verb ("X said", "according to X"). */
function reporting(c: CandidateView, p: PathView, m: SentenceMention): boolean {
  if (!endHere(c, p, m)) return false;
  const after = c.words.slice(m.last, m.last + 3);
  const before = c.words.slice(Math.max(0, m.first - 2), m.first);
  return after.some((w) => REPORTING.has(w)) || (before[0] === 'according' && before[1] === 'to');
}

/** Whether a mention stands in a list ("A, B and C"). */
function inList(c: CandidateView, p: PathView, m: SentenceMention): boolean {
  if (!endHere(c, p, m)) return false;
  const joiner = (w: string | undefined): boolean => w === ',' || w === 'and' || w === 'or';
  const next = c.mentions.some((x) => x.first === m.last + 1 && joiner(c.words[m.last]));
  const prev = c.mentions.some((x) => x.last === m.first - 1 && joiner(c.words[m.first - 1]));
  return next || prev;
}

/**
 * Whether the end stands nearer another relation's trigger than the candidate's own ("Zenco
 * builds its own models, making the Zeta ban …": Zeta is the ban's, not what Zenco builds).
 */
export function nearerOtherTrigger(c: CandidateView, m: SentenceMention): boolean {
  if (c.trigger < 0 || !here(c, m)) return false;
  const span = c.triggerWord?.words.length ?? 1;
  const distance = (t: number, width: number): number => (m.last <= t ? t - m.last : m.first >= t + width ? m.first - t - width : 0);
  const own = distance(c.trigger, span);
  return c.otherTriggers.some((t) => distance(t, 1) < own);
}

/** What lies between the trigger and an end: a clause break, a relative pronoun, another verb. */
function pathBreaks(words: readonly string[]): string[] {
  const out: string[] = [];
  if (words.some((w) => CLAUSE_BREAK.has(w))) out.push('break');
  if (words.some((w) => RELATIVE.has(w))) out.push('relative');
  if (words.some((w) => OTHER_VERB.has(w))) out.push('verb');
  if (words.includes(',')) out.push('comma');
  if (words.includes('(') || words.includes(')')) out.push('bracket');
  return out;
}

const sides = (r: RelationKind, values: readonly [string, boolean][]): string[] => values.filter(([, on]) => on).map(([v]) => `${r}:${v}`);

/**
 * The features, as data: each family says why it matters. Values are prefixed by the family id
 * and most are crossed with the relation, since the same cue means different things per relation.
 */
export const CANDIDATE_FEATURES: readonly CandidateFeature[] = [
  { id: 'bias', reason: 'the base rate of each relation among candidates', values: (c) => [c.relation] },
  {
    id: 'rule',
    reason: 'a hand-written rule found the claim (and which rule family): the rules\' verdict is one piece of evidence',
    values: (c) => (c.rule ? [c.rule, `${c.relation}:${c.rule.split(':')[0]}`] : [`${c.relation}:none`]),
  },
  {
    id: 'rule-nearby',
    pooled: true,
    reason: 'a rule read this sentence and gave the target another actor ("Japan\'s ministry banned Zenapp": the ministry, not Japan), or the actor another target',
    values: (c) => (c.rule ? [] : sides(c.relation, [['same-target', c.ruleNearby.sameTarget], ['same-source', c.ruleNearby.sameSource]])),
  },
  { id: 'reach', reason: 'an actor from this sentence is surer than one carried from the sentence before or the paragraph\'s frame', values: (c) => [`${c.relation}:${c.reach}`] },
  { id: 'trigger', reason: 'trigger × relation: "developed" is surer than "operates", "rival" than "against"', values: (c) => (c.triggerWord ? [`${c.relation}:${c.triggerWord.words.join(' ')}`] : []) },
  { id: 'voice', pooled: true, reason: 'active, passive or nominal trigger decides where the actor stands', values: (c, p) => [`${c.relation}:${p.voice}`] },
  {
    id: 'placement',
    reason: 'is the trigger between the ends, and which end comes first, × voice: "X banned Y" vs "Y was banned by X" vs "Y, X banned"',
    values: (c, p) => [`${c.relation}:${p.placement}`, `${c.relation}:${p.voice}:${p.placement}`],
  },
  {
    id: 'nearer',
    pooled: true,
    reason: 'another mention the role allows stands nearer the trigger on the end\'s side: the nearer one is more likely the argument',
    values: (c, p) => sides(c.relation, [['source', nearerRival(c, p, 'source')], ['target', nearerRival(c, p, 'target')]]),
  },
  {
    id: 'possessor',
    pooled: true,
    reason: 'an end that owns another mention ("Ruritania\'s Ministry banned Zenapp": the ministry acts, not Ruritania)',
    values: (c, p) => sides(c.relation, [['source', possessor(c, p, c.source)], ['target', possessor(c, p, c.target)]]),
  },
  {
    id: 'path-source',
    pooled: true,
    reason: 'a clause break, relative pronoun or another verb between the trigger and the source: the source belongs to another clause',
    values: (c, p) => pathBreaks(p.toSource).map((v) => `${c.relation}:${v}`),
  },
  {
    id: 'path-target',
    pooled: true,
    reason: 'a clause break, relative pronoun or another verb between the trigger and the target',
    values: (c, p) => pathBreaks(p.toTarget).map((v) => `${c.relation}:${v}`),
  },
  {
    id: 'between',
    reason: 'what joins the ends when nothing else does: "by", "of", "\'s", "and", "against", "rival"',
    values: (c, p) => {
      const cues = ['by', 'of', "'s", 'and', 'or', 'against', 'with', 'from', 'to', 'on', 'including', 'like', 'such', 'versus', 'vs'];
      const out = cues.filter((w) => p.between.includes(w)).map((w) => `${c.relation}:${w}`);
      if (p.sourceHere && p.targetHere && p.between.length === 0) out.push(`${c.relation}:adjacent`);
      return out;
    },
  },
  { id: 'reporting', pooled: true, reason: 'an end that is the speaker of a reporting clause ("X said") reports, it rarely acts', values: (c, p) => sides(c.relation, [['source', reporting(c, p, c.source)], ['target', reporting(c, p, c.target)]]) },
  {
    id: 'distance',
    reason: 'far-apart ends, or ends far from the trigger, rarely hold the relation',
    values: (c, p) => {
      const out = [];
      if (p.sourceHere && p.targetHere) {
        out.push(`${c.relation}:ends${bucket(p.between.length, [1, 3, 6, 10, 16])}`);
        out.push(`${c.relation}:mentions-between${bucket(c.mentions.filter((m) => m !== c.source && m !== c.target && m.first >= Math.min(c.source.last, c.target.last) && m.last <= Math.max(c.source.first, c.target.first)).length, [0, 1, 3])}`);
      }
      if (c.trigger >= 0 && p.sourceHere) out.push(`${c.relation}:trigger-source${bucket(p.toSource.length, [0, 2, 5, 10])}`);
      if (c.trigger >= 0 && p.targetHere) out.push(`${c.relation}:trigger-target${bucket(p.toTarget.length, [0, 2, 5, 10])}`);
      return out;
    },
  },
  { id: 'types', reason: 'entity types of the ends: a government bans, a company develops', values: (c) => [`${c.relation}:${c.source.type}>${c.target.type}`] },
  {
    id: 'found-by',
    reason: 'how each end was found: a name no rule typed, or a generic reference resolved by coreference ("the app")',
    values: (c) => sides(c.relation, [['source-untyped', c.source.source === 'unknown'], ['target-untyped', c.target.source === 'unknown'], ['source-coref', c.source.source === 'coref'], ['target-coref', c.target.source === 'coref']]),
  },
  { id: 'list', pooled: true, reason: 'an end that is a member of a list ("A, B and C")', values: (c, p) => sides(c.relation, [['source', inList(c, p, c.source)], ['target', inList(c, p, c.target)]]) },
  { id: 'status', reason: 'negation, hedge or proposal cues ("not", "would", "called for")', values: (c) => [c.status] },
  { id: 'position', reason: 'the headline and the lead state the story\'s main claims', values: (c) => [c.sentence === 0 ? 'first' : c.sentence < 3 ? 'lead' : 'body'] },
];

/** The candidate's feature names ("placement=banned:between-S"). */
export function featuresOf(c: CandidateView): string[] {
  const out: string[] = [];
  const p = pathOf(c);
  const crossed = `${c.relation}:`;
  for (const f of CANDIDATE_FEATURES) {
    for (const v of f.values(c, p)) {
      out.push(`${f.id}=${v}`);
      if (f.pooled && v.startsWith(crossed)) out.push(`${f.id}=any:${v.slice(crossed.length)}`);
    }
  }
  return out;
}
