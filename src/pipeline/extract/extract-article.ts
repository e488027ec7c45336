import type { Lexicon } from '../lexicon/lexicon';
import { splitSentences } from '../text/sentences';
import { tokenize, type Token } from '../text/tokens';
import type { Article, ArticleRecord, ClaimRecord, EntityRecord, Span } from '../types';
import { abstractSentence } from './abstract-sentence';
import { DiscourseMemory, findCoreferences } from './coreference';
import { findGovernmentMentions } from './government-mentions';
import { findLexiconMentions } from './lexicon-mentions';
import { cleanLabel, type SentenceMention } from './mention';
import { CUE_NOUNS } from './cue-words';
import { findNamedMentions, type LearnedName } from './name-rules';
import { findRelations } from './relations';
import { unknownNameTyper } from './unknown-names';

interface Sentence extends Span {
  tokens: Token[];
}

const SOURCE_RANK = { lexicon: 0, rule: 1, coref: 2, unknown: 3 } as const;

/**
 * Everything one article says: its entities (every surface form folded into one record per
 * entity) and its claims, each with the sentence that states it. Pure and deterministic.
 *
 * Two passes over the sentences: the first learns names that rules type ("Zhipu, a startup"),
 * so the second also finds the earlier and later bare mentions of them.
 */
export function extractArticle(article: Article, lexicon: Lexicon): ArticleRecord {
  const { text } = article;
  const sentences: Sentence[] = splitSentences(text).map((span) => ({ ...span, tokens: tokenize(text, span.start, span.end) }));
  const learned = new Map<string, LearnedName>();
  for (const s of sentences) mentionsOf(s, lexicon, learned);
  const namesInText = capitalisedMidSentence(sentences);

  const entities = new EntityCollector(lexicon);
  const claims: ClaimRecord[] = [];
  const memory = new DiscourseMemory();
  sentences.forEach((s, index) => {
    const named = mentionsOf(s, lexicon, learned);
    const corefs = findCoreferences(s.tokens, named.filter((m) => m.source !== 'unknown'), memory);
    const all = [...named, ...corefs].sort((a, b) => a.start - b.start || a.end - b.end);
    const evidence = (trigger: string) => ({ article: article.id, sentence: text.slice(s.start, s.end), start: s.start, end: s.end, trigger });

    if (all.length >= 2) {
      const found = findRelations(abstractSentence(s.tokens, all), all, text, unknownNameTyper(text, s, namesInText));
      for (const r of found) {
        for (const m of [r.source, r.target]) {
          if (m.source !== 'unknown') continue;
          m.source = 'rule';
          learned.set(m.surface, { key: m.key, label: m.label, type: m.type });
        }
        claims.push({ source: r.source.key, relation: r.relation, target: r.target.key, status: r.status, evidence: evidence(r.trigger) });
      }
    }
    const recorded = named.filter((m) => m.source !== 'unknown');
    for (const m of recorded) {
      entities.add(m);
      if (m.owner) entities.ensure(m.owner);
      if (m.owner) claims.push({ source: m.owner, relation: 'develops', target: m.key, status: 'asserted', evidence: evidence(m.surface) });
      const state = m.type === 'government' ? partOf(m, lexicon, learned) : undefined;
      if (state) {
        entities.ensure(state);
        claims.push({ source: m.key, relation: 'part_of', target: state, status: 'asserted', evidence: evidence(m.surface) });
      }
    }
    memory.remember(index, s.tokens, recorded);
  });

  const meta = { id: article.id, ...(article.title && { title: article.title }), ...(article.url && { url: article.url }), ...(article.date && { date: article.date }) };
  return { article: meta, text, entities: entities.records(), claims };
}

/** A short line in Title Case ("The Anthropic Angle"): its capitals say nothing about names. */
function isHeadline(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.word);
  if (words.length < 2 || words.length > 14 || tokens[tokens.length - 1]!.text === '.') return false;
  return words.filter((t) => t.capitalized).length >= 0.6 * words.length;
}

/** Words the article capitalises inside sentences: names, as opposed to sentence openers. */
function capitalisedMidSentence(sentences: readonly Sentence[]): Set<string> {
  const names = new Set<string>();
  for (const s of sentences) for (let i = 1; i < s.tokens.length; i++) if (s.tokens[i]!.capitalized) names.add(s.tokens[i]!.text);
  return names;
}

/** All named mentions of a sentence, without overlaps: the longer (then better-sourced) one wins. */
function mentionsOf(s: Sentence, lexicon: Lexicon, learned: Map<string, LearnedName>): SentenceMention[] {
  const lexical = findLexiconMentions(s.tokens, lexicon);
  const governments = findGovernmentMentions(s.tokens, lexical, lexicon, learned);
  const known = [...lexical, ...governments];
  const { mentions: names, aliases } = findNamedMentions(s.tokens, known, lexicon, learned, isHeadline(s.tokens));
  for (const [alias, name] of aliases) learned.set(alias, name);
  const candidates = [...known, ...names].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || SOURCE_RANK[a.source] - SOURCE_RANK[b.source] || a.start - b.start,
  );
  const kept: SentenceMention[] = [];
  for (const c of candidates) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end) && !isLocationModifier(c, s.tokens, lexicon)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that']);
const LOCATED_NOUNS = new Set([...CUE_NOUNS.keys(), 'market', 'markets', 'industry', 'economy', 'tech', 'technology', 'e-commerce', 'internet', 'ai', 'semiconductor', 'search', 'electronics', 'social', 'video', 'cloud']);

const GOVERNING_PEOPLE = new Set(['lawmakers', 'officials', 'regulators', 'authorities', 'policymakers', 'legislators', 'diplomats', 'politicians', 'leaders', 'government']);
const LOCATING_WORDS = new Set(['in', 'at', 'near', 'outside', 'across', 'around', 'based', 'headquartered', 'visited', 'visiting', 'visit', 'moved', 'relocated']);

/**
 * A state's name used as a location, not the state acting: "the Beijing startup", "a U.S.
 * chipmaker", and a capital after "in" or "visited" ("headquartered in Beijing").
 */
function isLocationModifier(m: SentenceMention, tokens: readonly Token[], lexicon: Lexicon): boolean {
  const entry = m.type === 'government' && m.source === 'lexicon' ? lexicon.get(m.key) : undefined;
  if (!entry || entry.partOf) return false;
  const before = tokens[m.first - 1]?.text.toLowerCase() ?? '';
  const after = tokens[m.last]?.text ?? '';
  if (DETERMINERS.has(before) && LOCATED_NOUNS.has(after) && CUE_NOUNS.get(after) !== 'government') return true;
  const isCapital = m.surface !== entry.name && /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*$/u.test(m.surface) && !/(administration|government|authorities)$/i.test(m.surface);
  // "Lawmakers in Washington" still means the state.
  const governing = GOVERNING_PEOPLE.has(tokens[m.first - 2]?.text.toLowerCase() ?? '');
  return isCapital && LOCATING_WORDS.has(before) && !governing;
}

function partOf(m: SentenceMention, lexicon: Lexicon, learned: Map<string, LearnedName>): string | undefined {
  const parent = lexicon.get(m.key)?.partOf ?? learned.get(m.surface)?.partOf;
  return parent && parent !== m.key ? parent : undefined;
}

/** Folds the mentions of an article into one record per entity key. */
class EntityCollector {
  private readonly byKey = new Map<string, EntityRecord>();

  constructor(private readonly lexicon: Lexicon) {}

  add(m: SentenceMention): void {
    const record = this.byKey.get(m.key) ?? { key: m.key, label: m.label, type: m.type, aliases: [], mentions: [] };
    if (record.type === 'organization' && m.type !== 'organization') record.type = m.type;
    const surface = cleanLabel(m.surface);
    if (surface && surface !== record.label && !record.aliases.includes(surface)) record.aliases.push(surface);
    record.mentions.push({ start: m.start, end: m.end, surface });
    this.byKey.set(m.key, record);
  }

  /** An entity that claims refer to without the article naming it (a state of a named agency). */
  ensure(key: string): void {
    if (this.byKey.has(key)) return;
    const entry = this.lexicon.get(key);
    if (entry) this.byKey.set(key, { key, label: entry.name, type: entry.type, aliases: [], mentions: [] });
  }

  records(): EntityRecord[] {
    return [...this.byKey.values()]
      .map((r) => ({ ...r, aliases: [...r.aliases].sort() }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}
