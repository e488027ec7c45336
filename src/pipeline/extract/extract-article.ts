import type { Lexicon } from '../lexicon/lexicon';
import { splitSentences } from '../text/sentences';
import { recaseShouting } from '../text/recase';
import { tokenize, type Token } from '../text/tokens';
import type { Article, ArticleRecord, ClaimRecord } from '../types';
import { abstractSentence, type AbstractSentence } from './abstract-sentence';
import { DiscourseMemory, findCoreferences } from './coreference';
import { EntityCollector } from './entity-collector';
import type { SentenceMention } from './mention';
import { LearnedNames, type LearnedName } from './learned-names';
import { ClaimCollector } from './claim-check';
import { ACT_REACH, issuersIn, mayIssue } from './official-acts';
import { findPatternRelations } from './relations';
import { arePeers, findTriggerRelations } from './trigger-relations';
import { mentionsOf, type Sentence } from './sentence-mentions';
import { unknownNameTyper } from './unknown-names';
import { candidatesOf, newParagraph, sentenceTriggers, type ParagraphState } from './candidates';
import { featuresOf, type CandidateView } from './candidate-features';
import { CANDIDATE_RULE, SHIPPED_SCORER, type ClaimScorer, type Scored } from './claim-scorer';
import { claimStatus } from './claim-status';
import { RELATIONS, type RelationKind } from '../relation-registry';
import { triggersAt } from './trigger-words';
import type { FoundRelation } from './claim-check';

/**
 * Everything one article says: its entities (every surface form folded into one record per
 * entity) and its claims, each with the sentence that states it. Pure and deterministic.
 *
 * Two passes over the sentences: the first learns names that rules type ("Zhipu, a startup"),
 * so the second also finds the earlier and later bare mentions of them.
 */
/** A candidate claim as the scorer saw it: its view, its features and its confidence. */
export interface ScoredCandidate {
  view: CandidateView;
  features: string[];
  scored: Scored;
  /**
   * Whether it may become a claim of the record: both ends are names the article types, and no
   * rule gave the target another actor in this sentence.
   */
  recordable: boolean;
}

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

/**
 * Candidates no rule found are recorded from this far below the scorer's threshold: the graph
 * keeps those at or above it (or `--min-confidence`), records keep a margin for inspection.
 */
export const RECORD_MARGIN = 0.2;

export function extractArticle(article: Article, lexicon: Lexicon, options: ExtractOptions = {}): ArticleRecord {
  const scorer = options.scorer ?? SHIPPED_SCORER;
  const recordFloor = Math.max(0, scorer.threshold - RECORD_MARGIN);
  const { text } = article;
  const spans = splitSentences(text);
  const tokens = recaseShouting(spans.map((span) => tokenize(text, span.start, span.end)));
  const sentences: Sentence[] = spans.map((span, i) => ({ ...span, tokens: tokens[i]! }));
  const learned = new LearnedNames();
  // A sentence's first-pass mentions stand when nothing was learned after them.
  const firstPass = sentences.map((s) => {
    const before = learned.changes;
    const mentions = mentionsOf(s, lexicon, learned);
    return { mentions, learned: learned.changes === before ? before : -1 };
  });
  const namesInText = capitalisedMidSentence(sentences);
  const companyNamed = (word: string): string | undefined => {
    const entry = lexicon.longestMatch([word], 0)?.entry;
    return entry?.type === 'company' ? entry.id : undefined;
  };

  const stateOfDemonym = (word: string): string | undefined => lexicon.stateOfDemonym(word.charAt(0).toUpperCase() + word.slice(1))?.id;
  const entities = new EntityCollector(lexicon);
  const claims: ClaimRecord[] = [];
  const memory = new DiscourseMemory();
  /** The latest official act's issuers ("DoD, GSA, and NASA are issuing a rule"), for "this rule" later. */
  let issued: { sentence: number; issuers: SentenceMention[] } | undefined;
  let paragraph: ParagraphState = newParagraph();
  const score = (view: CandidateView, recordable: boolean): Scored => {
    const features = featuresOf(view);
    const scored = scorer.score(features);
    options.onCandidate?.({ view, features, scored, recordable });
    return scored;
  };
  sentences.forEach((s, index) => {
    const early = firstPass[index]!;
    const named = early.learned === learned.changes ? early.mentions : mentionsOf(s, lexicon, learned);
    const corefs = findCoreferences(s.tokens, named.filter((m) => m.source !== 'unknown'), memory);
    // A name no rule typed that a coreference explains ("the Commission") is that coreference.
    const explained = (m: SentenceMention): boolean => m.source === 'unknown' && corefs.some((c) => c.first < m.last && m.first < c.last);
    const all = [...(corefs.length > 0 ? named.filter((m) => !explained(m)) : named), ...corefs].sort((a, b) => a.start - b.start || a.end - b.end);
    options.onSentence?.(s, all, text);
    // A blank line starts a paragraph: no actor is carried across it.
    const previous = sentences[index - 1];
    if (previous && /\n\s*\n/.test(text.slice(previous.end, s.start))) paragraph = newParagraph();
    const evidence = (trigger: string, rule: string) => ({ article: article.id, sentence: text.slice(s.start, s.end), start: s.start, end: s.end, trigger, rule });

    // Relations need two mentions; one is enough only for a restriction on a state's users ("to Chinese users").
    const actIssuers = issued && issued.sentence >= index - ACT_REACH ? issued.issuers : undefined;
    let abstract: AbstractSentence | undefined;
    let ruleClaims: readonly FoundRelation[] = [];
    const ruleScores = new Map<FoundRelation, Scored>();
    /** The scorer's view of a claim of this sentence. */
    const viewOf = (relation: RelationKind, source: SentenceMention, target: SentenceMention, reach: CandidateView['reach'], rule: FoundRelation | undefined, trigger: number): CandidateView => {
      const triggerWord = trigger >= 0 ? triggersAt(words, trigger).find((w) => w.relation === relation) : undefined;
      const status = rule?.status ?? statusOf(words, all.includes(source) ? source.first : 0, trigger >= 0 ? trigger : target.first);
      const others = ruleClaims.filter((r) => r.relation === relation && r !== rule);
      // A symmetric relation's ends are both targets: "A rivals B and C" pairs B with A, not with C.
      const ends = (r: FoundRelation): string[] => (RELATIONS[relation].symmetric ? [r.source.key, r.target.key] : [r.target.key]);
      const ruleNearby = {
        sameTarget: others.some((r) => (RELATIONS[relation].symmetric ? [source.key, target.key] : [target.key]).some((k) => ends(r).includes(k)) && claimKey(r.source.key, relation, r.target.key) !== claimKey(source.key, relation, target.key)),
        sameSource: others.some((r) => r.source.key === source.key && r.target.key !== target.key),
      };
      return { relation, source, target, reach, rule: rule?.rule, trigger, ruleNearby, ...(triggerWord && { triggerWord: { words: triggerWord.words, form: triggerWord.form } }), words, mentions: all, status, sentence: index };
    };
    if (all.length >= 2 || (all.length >= 1 && actIssuers) || (all.length === 1 && s.tokens.some((t) => t.capitalized && isDemonym(t.text, lexicon)))) {
      abstract = abstractSentence(s.tokens, all);
      const context = { sentence: abstract, mentions: all, text, typeUnknown: unknownNameTyper(text, s, namesInText), companyNamed, actIssuers };
      const found = new ClaimCollector(context);
      findTriggerRelations(context, found, stateOfDemonym);
      findPatternRelations(context, found);
      ruleClaims = found.found;
      // A name a rule typed is a name from now on, for the candidates below and later sentences.
      for (const r of ruleClaims) {
        for (const m of [r.source, r.target]) {
          if (m.source !== 'unknown') continue;
          m.source = 'rule';
          learned.set(m.surface, { key: m.key, label: m.label, type: m.type });
        }
      }
    }
    // Every candidate and every rule's claim is scored; a rule's claim is recorded whatever its
    // confidence, a candidate no rule found only from the record floor up (graph-draft.ts keeps
    // it from the scorer's threshold up).
    const { candidates, next } = candidatesOf(s.tokens, all, paragraph);
    paragraph = next;
    const words = s.tokens.map((t) => t.text.toLowerCase());
    const triggers = candidates.length > 0 || ruleClaims.length > 0 ? sentenceTriggers(s.tokens) : new Map<RelationKind, number>();
    const byRule = new Map(ruleClaims.map((r) => [claimKey(r.source.key, r.relation, r.target.key), r]));
    const recordedHere = new Set<string>();
    // The rules' claims come first in the record, the scorer's after them.
    const candidateClaims: ClaimRecord[] = [];
    for (const c of candidates) {
      const id = claimKey(c.source.key, c.relation, c.target.key);
      const rule = byRule.get(id);
      const trigger = c.trigger >= 0 ? c.trigger : (triggers.get(c.relation) ?? -1);
      const view = viewOf(c.relation, c.source, c.target, c.reach, rule, trigger);
      // The rules' reading of the sentence wins: a target a rule gave another actor here keeps it.
      const recordable = rule !== undefined || mayStand(view);
      const scored = score(view, recordable);
      if (rule) ruleScores.set(rule, scored);
      else if (recordable && view.status === 'asserted' && scored.confidence >= recordFloor && !recordedHere.has(id) && !byRule.has(id)) {
        recordedHere.add(id);
        for (const key of [c.source.key, c.target.key]) entities.ensure(key);
        const said = trigger >= 0 ? triggerText(s.tokens, text, trigger, c.relation) : text.slice(c.target.start, c.target.end);
        candidateClaims.push({ source: c.source.key, relation: c.relation, target: c.target.key, status: 'asserted', evidence: { ...evidence(said, CANDIDATE_RULE), why: scored.why }, confidence: scored.confidence });
      }
    }
    for (const r of ruleClaims) {
      const scored = ruleScores.get(r) ?? score(viewOf(r.relation, r.source, r.target, 'rule', r, triggers.get(r.relation) ?? -1), true);
      for (const key of [r.source.key, r.target.key]) entities.ensure(key);
      claims.push({ source: r.source.key, relation: r.relation, target: r.target.key, status: r.status, evidence: { ...evidence(r.trigger, r.rule), why: scored.why }, confidence: scored.confidence });
    }
    claims.push(...candidateClaims);
    const recorded = named.filter((m) => m.source !== 'unknown');
    for (const m of recorded) {
      // Places are only locations ("headquartered in Hangzhou"): known, so never mistaken for a
      // company, but not entities of the graph.
      if (m.type === 'place') continue;
      entities.add(m);
      if (m.owner) {
        entities.ensure(m.owner);
        // The maker is named inside the product's name: the scorer sees it as a mention elsewhere.
        const maker: SentenceMention = { ...m, key: m.owner, label: m.owner, type: 'company', source: 'lexicon' };
        const scored = score({ relation: 'develops', source: maker, target: m, reach: 'rule', rule: 'name:owner', trigger: -1, ruleNearby: { sameTarget: false, sameSource: false }, words: [], mentions: [m], status: 'asserted', sentence: index }, true);
        claims.push({ source: m.owner, relation: 'develops', target: m.key, status: 'asserted', evidence: { ...evidence(m.surface, 'name:owner'), why: scored.why }, confidence: scored.confidence });
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
    memory.remember(index, s.tokens, recorded);
    if (all.length >= 1 && mayIssue(s.tokens)) {
      const issuers = issuersIn(abstract ?? abstractSentence(s.tokens, all), all);
      if (issuers) issued = { sentence: index, issuers };
    }
  });

  const meta = { id: article.id, ...(article.title && { title: article.title }), ...(article.url && { url: article.url }), ...(article.date && { date: article.date }) };
  return { article: meta, text, entities: entities.records(), claims };
}

/**
 * Whether a candidate no rule found may become a claim of the record: both ends typed names, no
 * rule gave its target another actor in the sentence (the rules' reading wins), and rivals are
 * peers (companies with companies, products and models with their like), as the rules hold.
 */
function mayStand(view: CandidateView): boolean {
  const { source, target } = view;
  if (source.source === 'unknown' || target.source === 'unknown' || view.ruleNearby.sameTarget) return false;
  return view.relation !== 'competes_with' || arePeers(source, target);
}

/** A claim's identity within a sentence: symmetric claims are one whichever end comes first. */
function claimKey(source: string, relation: RelationKind, target: string): string {
  return RELATIONS[relation].symmetric && target < source ? `${target}\u0000${relation}\u0000${source}` : `${source}\u0000${relation}\u0000${target}`;
}

/** A candidate's status, read as the rules read it: negation or hedge before the trigger. */
function statusOf(words: readonly string[], from: number, trigger: number): ClaimRecord['status'] {
  return claimStatus(words.slice(0, trigger).join(' '), words.slice(Math.min(from, trigger), trigger).join(' '));
}

/** The trigger as written, for the evidence view. */
function triggerText(tokens: readonly Token[], text: string, at: number, relation: RelationKind): string {
  const words = tokens.map((t) => t.text.toLowerCase());
  const found = triggersAt(words, at).find((w) => w.relation === relation);
  const last = tokens[at + (found?.words.length ?? 1) - 1] ?? tokens[at]!;
  return text.slice(tokens[at]!.start, last.end);
}

/** "Chinese", "Chinese-controlled". */
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

function partOf(m: SentenceMention, lexicon: Lexicon, learned: Map<string, LearnedName>): string | undefined {
  // Only the name learned for this very entity: "Ministry of Finance" may be two states' bodies.
  const named = learned.get(m.surface);
  const parent = lexicon.get(m.key)?.partOf ?? (named?.key === m.key ? named.partOf : undefined);
  return parent && parent !== m.key ? parent : undefined;
}

