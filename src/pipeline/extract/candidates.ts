import { RELATIONS, type RelationKind } from '../relation-registry';
import { lowerWordsOf, type Token } from '../text/tokens';
import type { EntityType } from '../types';
import type { SentenceMention } from './mention';
import { triggersAt } from './trigger-words';

/**
 * Candidate claims: the broad first half of a learned extractor. Every sentence that holds a
 * trigger of a relation (the registry's vocabulary) yields a candidate for each ordered pair of
 * its typed mentions the relation allows (one per list member, since each member is a mention);
 * a sentence whose trigger has no actor of its own ("Y was blocked", "the ban on Y") also pairs
 * its targets with the actors of the sentence before; and a relation's actors stay in the frame
 * for the rest of the paragraph, so a list that goes on in the next sentence ("The entities are
 * A; B; and C") pairs with them too. Rules decide nothing here: a scorer is to weigh each
 * candidate's features. Cheap by design: one map lookup per word, no parse.
 */
export interface Candidate {
  source: SentenceMention;
  relation: RelationKind;
  target: SentenceMention;
  /** Index (in the sentence's tokens) of the trigger's first word; -1 when the relation comes from the frame. */
  trigger: number;
  /** Where the source was found: this sentence, the sentence before, or the paragraph's frame. */
  reach: 'sentence' | 'before' | 'frame';
}

/** What a paragraph carries from one sentence to the next. */
export interface ParagraphState {
  /** The typed mentions of the sentence before. */
  before: SentenceMention[];
  /** Each relation triggered so far in the paragraph, with its latest actors. */
  frames: Map<RelationKind, SentenceMention[]>;
  /** The frames of the article's earlier paragraphs: an official act's issuer is often named a paragraph before its list. */
  earlier?: Map<RelationKind, SentenceMention[]>;
  /** The typed mentions of the earlier paragraph's last sentence: a target may be named there ("... blocked DeepSeek." / "X barred agencies from using the app"). */
  lastOfEarlier?: SentenceMention[];
}

/** A paragraph's start state; given the paragraph before, its frames stay reachable as the article's. */
export function newParagraph(previous?: ParagraphState): ParagraphState {
  const earlier = new Map(previous?.earlier ?? []);
  for (const [relation, actors] of previous?.frames ?? []) earlier.set(relation, actors);
  return { before: [], frames: new Map(), earlier, lastOfEarlier: previous?.before };
}

/** A phrase that proposes candidates beside the registry's triggers, and why. */
interface CandidateWord {
  words: readonly string[];
  relation: RelationKind;
  reason: string;
}

/**
 * Phrases that are not (yet) triggers of the rules but often state a relation: candidates only, so
 * the scorer weighs them and the rules' output does not change.
 */
const CANDIDATE_WORDS: readonly CandidateWord[] = [
  ...['identified', 'designated', 'designation', 'designations', 'listed', 'blacklisted', 'sanctioned'].map((w) => ({
    words: [w],
    relation: 'restricts' as const,
    reason: 'an official act that names entities ("the entities identified today are A; B; and C") puts them under a restriction',
  })),
  ...['shut down', 'shuts down', 'shutting down', 'shut off'].map((w) => ({
    words: w.split(' '),
    relation: 'banned' as const,
    reason: 'ordering access shut down ("ordered providers to shut-down access to Y") is a block',
  })),
  ...['clamp down', 'clamped down', 'clamps down', 'crack down', 'cracked down', 'cracks down'].map((w) => ({
    words: w.split(' '),
    relation: 'restricts' as const,
    reason: 'a crackdown on a product or firm restricts it short of a ban',
  })),
];
const CANDIDATE_WORDS_BY_FIRST = new Map<string, CandidateWord[]>();
for (const w of CANDIDATE_WORDS) CANDIDATE_WORDS_BY_FIRST.set(w.words[0]!, [...(CANDIDATE_WORDS_BY_FIRST.get(w.words[0]!) ?? []), w]);

/** The most words a hyphenated token and the words after it are read over ("shut-down access"). */
const HYPHEN_REACH = 8;

/** The relations whose triggers the sentence holds, with the first trigger position of each. */
export function sentenceTriggers(tokens: readonly Token[], words: readonly string[] = lowerWordsOf(tokens)): Map<RelationKind, number> {
  const found = new Map<RelationKind, number>();
  const note = (relation: RelationKind, i: number): void => {
    if (!found.has(relation)) found.set(relation, i);
  };
  const phrases = (phrase: readonly string[], at: number, i: number): void => {
    for (const trigger of triggersAt(phrase, at)) note(trigger.relation, i);
    for (const w of CANDIDATE_WORDS_BY_FIRST.get(phrase[at]!) ?? []) if (w.words.every((x, k) => phrase[at + k] === x)) note(w.relation, i);
  };
  for (let i = 0; i < words.length; i++) {
    phrases(words, i, i);
    // A hyphenated form is one token ("shut-down"): read it as its words.
    if (!words[i]!.includes('-')) continue;
    const parts = words[i]!.split('-');
    if (parts.every(Boolean)) phrases(partsThenWords(parts, words, i + 1), 0, i);
  }
  return found;
}

/**
 * A hyphenated token's parts, then up to HYPHEN_REACH words from `from`, built by pushing: a spread array is of another kind
 * once the caller is optimised (see lowerWordsOf), and triggersAt, reading it, was de-optimised twice.
 */
function partsThenWords(parts: readonly string[], words: readonly string[], from: number): string[] {
  const out: string[] = [];
  for (let k = 0; k < parts.length; k++) out.push(parts[k]!);
  for (let k = from; k < words.length && k < from + HYPHEN_REACH; k++) out.push(words[k]!);
  return out;
}

/** How many words may stand between a possessive and the product it owns ("Meta's comparable model, Llama"). */
const POSSESSIVE_REACH = 4;

/** The mentions of the by-phrase after a trigger: the first right after "by", then the list that goes on from it. */
export function byAgents(tokens: readonly Token[], mentions: readonly SentenceMention[], trigger: number): SentenceMention[] {
  const after = mentions.filter((m) => m.first > trigger).sort((a, b) => a.first - b.first);
  const start = after.findIndex((m) => tokens[m.first - 1]?.lower === 'by');
  if (start < 0) return [];
  const agents = [after[start]!];
  for (const m of after.slice(start + 1)) {
    const between = tokens.slice(agents[agents.length - 1]!.last, m.first).map((t) => t.lower);
    if (between.length === 0 || !between.every((w) => w === ',' || w === 'and' || w === 'or')) break;
    agents.push(m);
  }
  return agents;
}

/** A name no rule typed may take any role: the scorer weighs that it is untyped. */
const allows = (types: readonly EntityType[], m: SentenceMention): boolean => m.source === 'unknown' || types.includes(m.type);

/** The candidates of one sentence, and the paragraph state for the next one. */
export function candidatesOf(tokens: readonly Token[], mentions: readonly SentenceMention[], paragraph: ParagraphState): { candidates: Candidate[]; next: ParagraphState; triggers: Map<RelationKind, number> } {
  const typed = mentions.filter((m) => m.type !== 'place' && m.type !== 'person');
  const frames = new Map(paragraph.frames);
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const add = (source: SentenceMention, relation: RelationKind, target: SentenceMention, trigger: number, reach: Candidate['reach']): void => {
    const id = `${source.key}\u0000${relation}\u0000${target.key}`;
    if (source.key === target.key || seen.has(id)) return;
    seen.add(id);
    out.push({ source, relation, target, trigger, reach });
  };
  const triggered = sentenceTriggers(tokens);
  for (const [relation, trigger] of triggered) {
    const spec = RELATIONS[relation];
    const sources = typed.filter((m) => allows(spec.source, m));
    const targets = typed.filter((m) => allows(spec.target, m));
    for (const source of sources) for (const target of targets) add(source, relation, target, trigger, 'sentence');
    // "released by Meta AI", "blocked by A, B, and C": a passive's by-agents are its actors, whatever type the lexicon gave them.
    for (const agent of byAgents(tokens, typed, trigger)) for (const target of targets) add(agent, relation, target, trigger, 'sentence');
    // No target but the actors ("imposed similar bans", "barred agencies from using the app"): the target may be the previous sentence's, or the previous paragraph's last one.
    if (targets.every((m) => m.first < trigger && sources.includes(m))) for (const source of sources) for (const target of (paragraph.before.length > 0 ? paragraph.before : (paragraph.lastOfEarlier ?? [])).filter((m) => allows(spec.target, m))) add(source, relation, target, trigger, 'before');
    // No actor before the trigger here: the actor may be the previous sentence's.
    // Only a typed name counts as the actor: a capitalised first word ("Among those added were ...") is no actor, nor is a coreference that may be wrong.
    const actors = sources.filter((m) => m.last <= trigger && m.source !== 'unknown');
    const named = actors.filter((m) => m.source !== 'coref');
    const before = paragraph.before.filter((m) => allows(spec.source, m));
    if (actors.length === 0) for (const source of before) for (const target of targets) add(source, relation, target, trigger, 'before');
    // Nor in the sentence before: the relation's actor so far in the paragraph, else in the article.
    const framed = named.length === 0 && (actors.length > 0 || before.length === 0) ? (frames.get(relation) ?? paragraph.earlier?.get(relation) ?? []) : [];
    for (const source of framed) for (const target of targets) add(source, relation, target, trigger, 'frame');
    const frameActors = actors.length > 0 ? actors : before.length > 0 ? before : framed;
    if (frameActors.length > 0) frames.set(relation, frameActors);
  }
  // "Nvidia's consumer GeForce cards": a possessive names the maker of the product a few words on.
  const develops = RELATIONS.develops;
  for (const owner of typed) {
    if (!allows(develops.source, owner) || !/^['\u2019]s$/.test(tokens[owner.last]?.text ?? '')) continue;
    const made = typed.find((m) => m.first > owner.last && m.first <= owner.last + POSSESSIVE_REACH);
    if (made && allows(develops.target, made)) add(owner, 'develops', made, owner.last, 'sentence');
  }
  // A sentence with no trigger of a framed relation may go on with its list.
  for (const [relation, actors] of paragraph.frames) {
    if (triggered.has(relation)) continue;
    const spec = RELATIONS[relation];
    for (const target of typed.filter((m) => allows(spec.target, m))) for (const source of actors) add(source, relation, target, -1, 'frame');
  }
  // The sentence's triggers go back too: the scorer reads the same (scored-claims.ts), and need not find them again.
  return { candidates: out, next: { before: typed, frames, earlier: paragraph.earlier, lastOfEarlier: paragraph.lastOfEarlier }, triggers: triggered };
}
