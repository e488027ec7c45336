import { applyCorrections } from '../corrections/apply';
import type { CorrectionReport, CorrectionsFile } from '../corrections/types';
import { confidenceFloor } from '../extract/claim-scorer';
import { evidenceFields } from '../schema/records';
import { safeKey } from './safe-key';
import type { ArticleRecord, ArticleSummary, ClaimRecord, EdgeAttributes, EntityType, Evidence, RelationKind } from '../types';
import { markConflicts } from './conflicts';
import type { KnowledgeGraph } from './knowledge-graph';
import { compareText, createKnowledgeGraph, edgeEnds } from './knowledge-graph';
import { layoutInputOf, seedPosition, type LayoutInput } from './layout';
import { annotateDates } from './dates';
import { countEvidence, sentenceCounts } from './edge-support';
import { annotateStructure } from './structure';
import { styleGraph } from './style';

/** When the votes for two types tie, the earlier one in this list wins. */
export const TYPE_PRIORITY: readonly EntityType[] = [
  'company',
  'model',
  'product',
  'government',
  'organization',
  'person',
  'place',
];

export interface NodeDraft {
  /** Votes, in Maps so that names like "__proto__" or "constructor" are ordinary keys. */
  labelVotes: Map<string, number>;
  typeVotes: Map<string, number>;
  /** Every name the entity went by: labels, aliases and surface forms. */
  forms: Set<string>;
  mentions: number;
  articles: Set<string>;
  /** What the analyst's corrections did to it (corrections/apply.ts MARKS); kept through merges. */
  corrected: Set<string>;
  /** The keys folded into this node by corrections (its own key included). */
  memberKeys: Set<string>;
}

export interface EdgeDraft {
  source: string;
  target: string;
  relation: RelationKind;
  undirected: boolean;
  /**
   * One evidence per sentence, keyed by article and sentence start; only the first
   * EVIDENCE_PER_EDGE sentences by (article, start) survive (see keepFirstEvidence).
   */
  evidence: Map<string, Evidence>;
  /** Supporting sentences per article id, exact whatever the evidence cap dropped. */
  sentences: Map<string, number>;
  /** What the analyst's corrections did to it; kept through merges. */
  corrected: Set<string>;
  /** The highest confidence of the claims behind the edge (absent when none carried one). */
  confidence?: number;
}

/**
 * At most this many evidence sentences are kept per edge: the first by (article, sentence
 * start). `weight` (the number of supporting sentences) and `articles` stay exact, so a claim
 * stated in 20,000 articles costs 50 sentences of memory and file size, not 20,000.
 */
export const EVIDENCE_PER_EDGE = 50;

export interface DraftOptions {
  /**
   * Keep article texts and per-article mention offsets in the graph (default true). Off
   * (`--no-text`) for very large corpora: both grow with the corpus, not with the graph.
   */
  keepText?: boolean;
  /**
   * Where article texts and mention offsets go instead of the graph (kg build and merge: a file
   * on disk, read back while the JSON is written), so that memory holds neither once an article
   * is folded in: they grow with the corpus, the rest with the graph.
   */
  textStore?: ArticleTextStore;
  /**
   * Claims below this confidence are left out (`--min-confidence`). Default: a rule's claim stands
   * and a candidate no rule found needs the shipped scorer's threshold, chosen by cross-validation.
   * Claims without a confidence (older records) are kept.
   */
  minConfidence?: number;
  /**
   * Called with what the layout reads (node keys, edge ends and weights) once they are final,
   * before the graph is built and its conflicts, dates, metrics and styles are set (none of which
   * changes them): kg build starts the layout there, on another thread, so that building the
   * graph (about 0.25 s of CPU for the 10 MB bench corpus) no longer delays it.
   */
  onShaped?: (shape: LayoutInput) => void;
}

/** What an article's JSON entry holds besides its metadata. */
export interface ArticleContent {
  text: string;
  mentions: ArticleSummary['mentions'];
}

/** Keeps article texts and mentions outside the graph; `put` is called once per article id. */
export interface ArticleTextStore {
  put(id: string, content: ArticleContent): void;
}

/**
 * The accumulating state behind buildGraph and mergeGraphs. Adding records or graphs is a
 * commutative, associative fold (counts add, sets unite, ties resolve by fixed rules), and
 * `toGraph` sorts everything, so the result depends only on the multiset of inputs.
 */
export class GraphDraft {
  private nodes = new Map<string, NodeDraft>();
  private edges = new Map<string, EdgeDraft>();
  private readonly articles = new Map<string, ArticleSummary[]>();

  constructor(private readonly options: DraftOptions = {}) {}

  addRecord(record: ArticleRecord): void {
    const articleId = record.article.id;
    const keepMentions = this.options.keepText !== false;
    // By default a rule's claim stands and a candidate no rule found needs the scorer's threshold;
    // `--min-confidence` holds every claim to the figure given.
    const floorOf = (claim: ClaimRecord): number => confidenceFloor(claim, this.options.minConfidence);
    const known = new Set<string>();
    const mentions: [number, number, string][] = [];
    // Records come from outside too (kg merge): their keys pass through safeKey like every key.
    for (const entity of record.entities) {
      const key = safeKey(entity.key);
      known.add(key);
      const node = this.node(key);
      vote(node.labelVotes, entity.label);
      vote(node.typeVotes, entity.type);
      addForm(node, entity.label);
      for (const alias of entity.aliases) addForm(node, alias);
      for (const mention of entity.mentions) {
        addForm(node, mention.surface);
        if (keepMentions) mentions.push([mention.start, mention.end, key]);
      }
      node.mentions += entity.mentions.length;
      node.articles.add(articleId);
    }
    // Sentence starts per edge within this article: the article's count for each edge.
    const starts = new Map<EdgeDraft, Set<number>>();
    const sentences = new Map<string, string>();
    for (const claim of record.claims) {
      // Only plain statements become edges; both ends must be entities of this same article,
      // so that the outcome never depends on which other articles are built alongside.
      const [source, target] = [safeKey(claim.source), safeKey(claim.target)];
      if (claim.status !== 'asserted' || source === target) continue;
      if (!known.has(source) || !known.has(target)) continue;
      if (claim.confidence !== undefined && claim.confidence < floorOf(claim)) continue;
      const edge = this.addEvidence(source, claim.relation, target, [claim.evidence], sentences, claim.confidence);
      let set = starts.get(edge);
      if (!set) starts.set(edge, (set = new Set()));
      set.add(claim.evidence.start);
    }
    for (const [edge, set] of starts) countSentences(edge, articleId, set.size);
    const summary: ArticleSummary = { ...record.article, mentions };
    if (this.options.keepText !== false) this.keepContent(summary, record.text);
    this.addArticle(summary);
  }

  /**
   * Adds a graph built elsewhere. Articles in `without` were already counted from another input
   * (kg merge of overlapping inputs): they are left out, so each article counts once. Edges and
   * article lists leave them out exactly; node mentions too when the graph holds mention offsets
   * (JSON with texts), else in proportion; label and type votes (one per article) in proportion,
   * which is exact for the usual node with one label and one type. Returns false when mention
   * counts had to be estimated.
   */
  addGraph(graph: KnowledgeGraph, without: ReadonlySet<string> = new Set()): boolean {
    const excludedMentions = without.size > 0 ? mentionsIn(graph, without) : undefined;
    const sentences = new Map<string, string>();
    graph.forEachNode((key, attributes) => {
      const kept = attributes.articles.filter((article) => !without.has(article));
      if (kept.length === 0 && attributes.articles.length > 0) return;
      const share = attributes.articles.length === 0 ? 1 : kept.length / attributes.articles.length;
      const node = this.node(key);
      for (const [label, count] of scaledVotes(attributes.tally.labels, share, kept.length)) vote(node.labelVotes, label, count);
      for (const [type, count] of scaledVotes(attributes.tally.types, share, kept.length)) vote(node.typeVotes, type, count);
      node.forms.add(attributes.label);
      for (const alias of attributes.aliases) node.forms.add(alias);
      const dropped = excludedMentions?.get(key);
      node.mentions += share === 1 ? attributes.mentions : dropped !== undefined ? Math.max(0, attributes.mentions - dropped) : Math.round(attributes.mentions * share);
      for (const article of kept) node.articles.add(article);
      for (const mark of attributes.corrected ?? []) node.corrected.add(mark);
    });
    graph.forEachEdge((_edge, attributes, source, target) => {
      const counts = [...sentenceCounts(attributes)].filter(([article]) => !without.has(article));
      // A claim the analyst added has no sentence behind it: its mark keeps it.
      if (counts.length === 0 && !(attributes.corrected ?? []).length) return;
      const evidence = without.size > 0 ? attributes.evidence.filter((e) => !without.has(e.article)) : attributes.evidence;
      const edge = this.addEvidence(source, attributes.relation, target, evidence, sentences, attributes.confidence);
      for (const [article, count] of counts) countSentences(edge, article, count);
      for (const mark of attributes.corrected ?? []) edge.corrected.add(mark);
    });
    for (const summary of graph.getAttribute('articles')) {
      if (without.has(summary.id)) continue;
      const mentions = this.options.keepText === false ? [] : [...summary.mentions];
      const { text, ...copy } = { ...summary, mentions } as ArticleSummary;
      if (this.options.keepText !== false && text !== undefined) this.keepContent(copy, text);
      this.addArticle(copy);
    }
    return without.size === 0 || excludedMentions !== undefined;
  }

  /**
   * The finished graph: sorted, with conflicts marked, dates and structure metrics set, styled,
   * at seed positions (not laid out).
   * Empties the draft on the way, so that a large draft and its graph are not both held whole.
   */
  toGraph(): KnowledgeGraph {
    return this.finish();
  }

  /**
   * The finished graph with the analyst's corrections applied first, so that sizes, conflicts,
   * dates and structure are those of the corrected graph; and the report of corrections that
   * matched nothing.
   */
  toCorrectedGraph(corrections: CorrectionsFile): { graph: KnowledgeGraph; report: CorrectionReport } {
    const corrected = applyCorrections({ nodes: this.nodes, edges: this.edges }, corrections);
    this.nodes = corrected.nodes;
    this.edges = corrected.edges;
    // Mentions in article texts point at the keys the corrections kept.
    for (const summaries of this.articles.values()) {
      for (const summary of summaries) {
        summary.mentions = summary.mentions.flatMap(([start, end, key]) => {
          const now = corrected.keyOf(key);
          return now === undefined ? [] : [[start, end, now] as [number, number, string]];
        });
      }
    }
    return { graph: this.finish(), report: corrected.report };
  }

  private finish(): KnowledgeGraph {
    const nodeKeys = [...this.nodes.keys()].sort(compareText);
    const edgeKeys = [...this.edges.keys()].sort(compareText);
    // In the orders the graph below adds them in, so the input is the one layoutInput would read off it.
    if (this.options.onShaped) {
      const edges = edgeKeys.map((key) => {
        const edge = this.edges.get(key)!;
        return { source: edge.source, target: edge.target, weight: edgeWeight(edge) };
      });
      this.options.onShaped(layoutInputOf(nodeKeys, edges));
    }
    const graph = createKnowledgeGraph();
    for (const key of nodeKeys) {
      const node = this.nodes.get(key)!;
      this.nodes.delete(key);
      const label = electLabel(node.labelVotes);
      const { x, y } = seedPosition(key);
      graph.addNode(key, {
        label,
        type: electType(node.typeVotes),
        aliases: [...node.forms].filter((form) => form !== label).sort(compareText),
        mentions: node.mentions,
        articles: [...node.articles].sort(compareText),
        tally: { labels: sortedRecord(node.labelVotes), types: sortedRecord(node.typeVotes) },
        color: '',
        size: 0,
        x,
        y,
      });
      if (node.corrected.size > 0) graph.setNodeAttribute(key, 'corrected', [...node.corrected].sort(compareText));
    }
    for (const key of edgeKeys) {
      const edge = this.edges.get(key)!;
      this.edges.delete(key);
      const evidence = [...edge.evidence.values()].sort(compareEvidence).slice(0, EVIDENCE_PER_EDGE);
      const articles = [...edge.sentences.keys()].sort(compareText);
      const perArticle = articles.map((article) => edge.sentences.get(article)!);
      const attributes: EdgeAttributes = {
        relation: edge.relation,
        label: edge.relation,
        weight: edgeWeight(edge),
        articles,
        evidence,
        conflict: false,
        conflictsWith: [],
        color: '',
        size: 0,
      };
      if (edge.confidence !== undefined) attributes.confidence = edge.confidence;
      // Written only when the evidence no longer tells the counts (it was capped), so that a
      // later merge of this graph still sums exact weights.
      if (!sameCounts(edge.sentences, countEvidence(evidence))) attributes.articleSentences = perArticle;
      if (edge.corrected.size > 0) attributes.corrected = [...edge.corrected].sort(compareText);
      if (edge.undirected) graph.addUndirectedEdgeWithKey(key, edge.source, edge.target, attributes);
      else graph.addDirectedEdgeWithKey(key, edge.source, edge.target, attributes);
    }
    graph.setAttribute(
      'articles',
      [...this.articles.keys()].sort(compareText).map((id) => combineSummaries(this.articles.get(id)!)),
    );
    markConflicts(graph);
    annotateDates(graph);
    annotateStructure(graph);
    styleGraph(graph);
    return graph;
  }

  private node(key: string): NodeDraft {
    let node = this.nodes.get(key);
    if (!node) {
      node = { labelVotes: new Map(), typeVotes: new Map(), forms: new Set(), mentions: 0, articles: new Set(), corrected: new Set(), memberKeys: new Set([key]) };
      this.nodes.set(key, node);
    }
    return node;
  }

  /**
   * `shared` holds the sentences already copied during this record or graph: a sentence that
   * states several claims ("A, B and C banned Y") is kept once for all their edges.
   */
  private addEvidence(source: string, relation: RelationKind, target: string, evidence: readonly Evidence[], shared: Map<string, string>, confidence: number | undefined): EdgeDraft {
    const ends = edgeEnds(source, relation, target);
    let edge = this.edges.get(ends.key);
    if (!edge) {
      const { source: from, target: to, undirected } = ends;
      edge = { source: from, target: to, relation, undirected, evidence: new Map(), sentences: new Map(), corrected: new Set() };
      this.edges.set(ends.key, edge);
    }
    if (confidence !== undefined) edge.confidence = Math.max(edge.confidence ?? 0, confidence);
    for (const item of evidence) {
      const sentenceKey = `${item.article}\u0000${item.start}`;
      const kept = edge.evidence.get(sentenceKey);
      // Two triggers in one sentence are one piece of evidence; keep the smaller so the choice
      // does not depend on the order the claims arrived in.
      if (!kept || compareEvidence(item, kept) < 0) {
        // A copy with exactly the Evidence fields, in one order, whatever the input object held.
        const copy = evidenceFields(item);
        let sentence = shared.get(sentenceKey);
        if (sentence === undefined || sentence !== copy.sentence) shared.set(sentenceKey, (sentence = detach(copy.sentence)));
        copy.sentence = sentence;
        edge.evidence.set(sentenceKey, copy);
      }
    }
    if (edge.evidence.size >= 2 * EVIDENCE_PER_EDGE) keepFirstEvidence(edge);
    return edge;
  }

  /** The text on the summary, or the text and the mentions in the text store when there is one. */
  private keepContent(summary: ArticleSummary, text: string): void {
    const store = this.options.textStore;
    if (!store) {
      summary.text = text;
      return;
    }
    if (!this.articles.has(summary.id)) store.put(summary.id, { text, mentions: sortMentions([...summary.mentions]) });
    summary.mentions = [];
  }

  private addArticle(summary: ArticleSummary): void {
    const list = this.articles.get(summary.id);
    if (list) list.push(summary);
    else this.articles.set(summary.id, [summary]);
  }
}

/** An edge's `weight`: its supporting sentences; a claim the analyst added, stated by no sentence, counts as one (their word). */
function edgeWeight(edge: EdgeDraft): number {
  let sentences = 0;
  for (const count of edge.sentences.values()) sentences += count;
  return Math.max(edge.corrected.size > 0 ? 1 : 0, sentences);
}

/** The most-voted label; a tie goes to the alphabetically first. */
function electLabel(votes: Map<string, number>): string {
  return [...votes].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0] ?? '';
}

/**
 * The most-voted type; a tie goes to the type earlier in TYPE_PRIORITY (types it does not know,
 * e.g. from an imported file, come after it in alphabetical order).
 */
function electType(votes: Map<string, number>): EntityType {
  const rank = (type: string): number => {
    const index = TYPE_PRIORITY.indexOf(type as EntityType);
    return index === -1 ? TYPE_PRIORITY.length : index;
  };
  const [best] = [...votes].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]) || compareText(a[0], b[0]));
  return (best?.[0] ?? 'organization') as EntityType;
}

/** Evidence order: article, sentence start, then the remaining fields so that the order is total. */
export function compareEvidence(a: Evidence, b: Evidence): number {
  return (
    compareText(a.article, b.article) ||
    a.start - b.start ||
    a.end - b.end ||
    compareText(a.trigger, b.trigger) ||
    compareText(a.sentence, b.sentence)
  );
}

/**
 * One summary per article id. The same id seen twice (the same article in two batches) keeps
 * the metadata of the smallest version and the union of the mentions.
 */
function combineSummaries(summaries: ArticleSummary[]): ArticleSummary {
  const ordered = summaries
    .map((summary) => ({ summary, sortKey: JSON.stringify([summary.title, summary.url, summary.date, summary.text]) }))
    .sort((a, b) => compareText(a.sortKey, b.sortKey));
  const chosen = ordered[0]!.summary;
  const mentions = new Map<string, [number, number, string]>();
  for (const summary of summaries) {
    for (const mention of summary.mentions) mentions.set(mention.join('\u0000'), mention);
  }
  const result: ArticleSummary = { id: chosen.id, mentions: [] };
  if (chosen.title !== undefined) result.title = chosen.title;
  if (chosen.url !== undefined) result.url = chosen.url;
  if (chosen.date !== undefined) result.date = chosen.date;
  if (chosen.text !== undefined) result.text = chosen.text;
  result.mentions = sortMentions([...mentions.values()]);
  return result;
}

/** Mentions in text order: start, end, then key. */
function sortMentions(mentions: ArticleSummary['mentions']): ArticleSummary['mentions'] {
  return mentions.sort((a, b) => a[0] - b[0] || a[1] - b[1] || compareText(a[2], b[2]));
}

/**
 * Drops all but the first EVIDENCE_PER_EDGE sentences by (article, start). A sentence dropped
 * now would never be among the first later either (more input only pushes it further back), so
 * trimming early gives the same result as trimming once at the end: the fold stays
 * order-independent and associative.
 */
function keepFirstEvidence(edge: EdgeDraft): void {
  const kept = [...edge.evidence].sort((a, b) => compareEvidence(a[1], b[1])).slice(0, EVIDENCE_PER_EDGE);
  edge.evidence = new Map(kept);
}

/**
 * Records that `article` supports the edge with `count` sentences. The same article seen in two
 * batches (or graphs) counts once: the larger count wins, which keeps the fold idempotent.
 */
function countSentences(edge: EdgeDraft, article: string, count: number): void {
  edge.sentences.set(article, Math.max(edge.sentences.get(article) ?? 0, count));
}

function sameCounts(a: Map<string, number>, b: Map<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, n] of a) if (b.get(key) !== n) return false;
  return true;
}

function vote(votes: Map<string, number>, key: string, count = 1): void {
  const known = votes.get(key);
  if (known === undefined) votes.set(detach(key), count);
  else votes.set(key, known + count);
}

function addForm(node: NodeDraft, form: string): void {
  if (!node.forms.has(form)) node.forms.add(detach(form));
}

/**
 * A copy of `text` that shares no memory with the string it was cut from. V8 keeps a substring
 * as a view into its parent, so one evidence sentence or name kept in the graph would keep its
 * whole article text alive (when worker threads are unavailable, extraction runs in the graph's
 * thread and hands over such views): memory would then grow with the corpus instead of the graph. Concatenating and
 * slicing again makes V8 flatten the string into a buffer of its own.
 */
function detach(text: string): string {
  return (' ' + text).slice(1);
}

/**
 * Mentions per node key in the given articles, from the articles' mention offsets; undefined
 * when any of those articles has none (a GEXF import or --no-text), so the caller estimates.
 */
function mentionsIn(graph: KnowledgeGraph, articles: ReadonlySet<string>): Map<string, number> | undefined {
  const perNode = new Map<string, number>();
  for (const summary of graph.getAttribute('articles')) {
    if (!articles.has(summary.id)) continue;
    if (summary.mentions.length === 0 && summary.text === undefined) return undefined;
    for (const [, , key] of summary.mentions) perNode.set(key, (perNode.get(key) ?? 0) + 1);
  }
  return perNode;
}

/**
 * Votes kept when a `share` of a node's articles stay: `total` votes (one per kept article)
 * shared out in proportion by largest remainder, ties to the name first in code-unit order.
 */
function scaledVotes(votes: Record<string, number | undefined>, share: number, total: number): [string, number][] {
  const entries = Object.entries(votes).map(([name, n]) => [name, n ?? 0] as [string, number]);
  if (share === 1) return entries;
  const sum = entries.reduce((s, [, n]) => s + n, 0);
  if (sum === 0) return [];
  const exact = entries.map(([name, n]) => ({ name, value: (n / sum) * total }));
  const result = exact.map(({ name, value }) => ({ name, n: Math.floor(value), rest: value - Math.floor(value) }));
  let left = total - result.reduce((s, r) => s + r.n, 0);
  for (const r of [...result].sort((a, b) => b.rest - a.rest || compareText(a.name, b.name))) {
    if (left-- <= 0) break;
    r.n++;
  }
  return result.filter((r) => r.n > 0).map((r) => [r.name, r.n]);
}

/** A plain record in key order, without a prototype so that any name is safe as a key. */
function sortedRecord(votes: Map<string, number>): Record<string, number> {
  const record: Record<string, number> = Object.create(null);
  for (const key of [...votes.keys()].sort(compareText)) record[key] = votes.get(key)!;
  return record;
}
