/**
 * The data model shared by every stage of the pipeline, the CLI and the explorer.
 * Pure types: no DOM, no fs.
 */

/** The four entity types the product is about, plus kinds kept apart so they are never called companies. */
export type EntityType =
  | 'company'
  | 'product'
  | 'model'
  | 'government'
  | 'person'
  | 'place'
  | 'organization';

export const SCORED_ENTITY_TYPES: readonly EntityType[] = ['company', 'product', 'model', 'government'];

/** Relations live in one registry (relation-registry.ts): their types, colours and trigger words. */
export { SYMMETRIC_RELATIONS, type RelationKind } from './relation-registry';
import type { RelationKind } from './relation-registry';

/**
 * How a sentence states a claim. Only `asserted` claims become plain edges; negated
 * ("does not ban") and proposed or hypothetical ones ("called for a ban", "would ban") are kept
 * in extraction records for inspection but never counted as the relation itself.
 */
export type ClaimStatus = 'asserted' | 'negated' | 'proposed';

/** One input article. `id` is the file name without extension, or the `id` of a JSON record. */
export interface Article {
  id: string;
  text: string;
  title?: string;
  url?: string;
  date?: string;
}

/** Article metadata without its text. */
export type ArticleMeta = Omit<Article, 'text'>;

/** Where a thing was said: offsets are UTF-16 code unit offsets into the article text. */
export interface Span {
  start: number;
  end: number;
}

/** One occurrence of an entity in an article. */
export interface Mention extends Span {
  /** The text as written ("Anthropic's" is recorded as "Anthropic"). */
  surface: string;
}

/** An entity as one article sees it. `key` is the identity used to fold entities across articles. */
export interface EntityRecord {
  key: string;
  label: string;
  type: EntityType;
  /** Surface forms other than the label, as written in the article. */
  aliases: string[];
  mentions: Mention[];
}

/** The sentence that supports a claim. */
export interface Evidence {
  article: string;
  /** The sentence text, exactly as in the article. */
  sentence: string;
  /** Offsets of the sentence in the article text. */
  start: number;
  end: number;
  /** The word or phrase that signals the relation ("barred", "developed by", "'s"). */
  trigger: string;
  /** The id of the extraction rule that found the claim ("trigger:verb", "pattern:develops:12"): why the edge is there. */
  rule?: string;
  /** The features that weighed most in the claim's confidence ("rule=trigger:verb (+2.10)"): why the edge is there. */
  why?: string[];
}

/** One relation instance found in one sentence. `source`/`target` are entity keys. */
export interface ClaimRecord {
  source: string;
  relation: RelationKind;
  target: string;
  status: ClaimStatus;
  evidence: Evidence;
  /** The scorer's probability that the sentence states the claim (extract/claim-scorer.ts); absent in records written before it. */
  confidence?: number;
}

/**
 * Everything extraction learns from one article: the unit that workers, `kg extract` (JSONL)
 * and graph building exchange. Building a graph is a deterministic fold over these records.
 */
export interface ArticleRecord {
  article: ArticleMeta;
  /** The article text, kept so the explorer can show it with mentions highlighted. */
  text: string;
  entities: EntityRecord[];
  claims: ClaimRecord[];
}

/** A problem with one input: the file (and line, for JSONL) it concerns and what went wrong. */
export interface InputProblem {
  file: string;
  line?: number;
  message: string;
  /** `error`: the article (or line) was skipped. `warning`: it was used, with the caveat said. */
  severity: 'error' | 'warning';
}

/* ---------- Graph attributes (graphology), shared by build, export and the explorer ---------- */

export interface NodeAttributes {
  label: string;
  type: EntityType;
  aliases: string[];
  /** Number of mentions across all articles. */
  mentions: number;
  /** Ids of the articles that mention the entity, sorted. */
  articles: string[];
  color: string;
  size: number;
  x: number;
  y: number;
  /** Date (YYYY-MM-DD) of the earliest dated article that mentions the entity; absent when none is dated. */
  firstSeen?: string;
  /** Date of the latest dated article that mentions the entity. */
  lastSeen?: string;
  /**
   * Each dated article in `articles` with its date, `YYYY-MM-DD article-id`, in the same order
   * (undated ones left out); absent when none is dated. Redundant with the graph's article list
   * in JSON, but GEXF holds no article list: this is how a GEXF file keeps the dates, so merging
   * it again gives the same timeline.
   */
  articleDates?: string[];
  /** Articles that mention the entity, per date (undated ones are in `articles` only). */
  articlesByDate?: Record<string, number>;
  /** Louvain community, numbered by size (0 = largest); see graph/structure.ts. */
  community?: number;
  /** PageRank over the claims as stated (directed claims point source → target). */
  pagerank?: number;
  /** Number of distinct entities it is related to. */
  degree?: number;
  /**
   * Pinned by the user in the explorer (dragged there): ForceAtlas2 reads this flag and leaves the
   * node in place. A view setting, never set by the pipeline and not written to GEXF or JSON.
   */
  fixed?: boolean;
  /** What the analyst's corrections did to it ("merged", "renamed", "retyped"); absent when nothing. */
  corrected?: string[];
}

export interface EdgeAttributes {
  relation: RelationKind;
  /** Same as `relation`: what Gephi and Sigma show as the edge label. */
  label: string;
  /** Number of supporting sentences. */
  weight: number;
  /** Ids of the articles that state the claim, sorted. */
  articles: string[];
  /**
   * Supporting sentences per article, aligned with `articles`. Present only when `evidence` was
   * capped (it keeps at most 50 sentences per edge) and so no longer tells these counts.
   */
  articleSentences?: number[];
  /** Supporting sentences, the first by (article, start); at most 50, `weight` is the full count. */
  evidence: Evidence[];
  /** True when this claim contradicts another edge (e.g. two different developers of one product). */
  conflict: boolean;
  /** Keys of the edges this one conflicts with. */
  conflictsWith: string[];
  color: string;
  /** Drawn width, relative to the graph's support (graph/style.ts); GEXF writes it as the edge's `weight`. */
  size: number;
  /** Date of the earliest dated article that states the claim; absent when none is dated. */
  firstSeen?: string;
  /** Date of the latest dated article that states the claim. */
  lastSeen?: string;
  /** Supporting sentences per date (sentences of undated articles count in `weight` only). */
  supportByDate?: Record<string, number>;
  /** What the analyst's corrections did to it ("evidence rejected", "added by analyst: note"); absent when nothing. */
  corrected?: string[];
  /** The highest confidence of the claims behind the edge (extract/claim-scorer.ts); absent for graphs built before it. */
  confidence?: number;
}

export interface GraphAttributes {
  /** Metadata and text of every article in the graph, sorted by id. */
  articles: ArticleSummary[];
  /** Set when the graph was read from GEXF, which holds no article texts: the reader says so. */
  readFrom?: 'gexf';
}

export interface ArticleSummary extends ArticleMeta {
  /** Left out for very large corpora (`--no-text`), so memory follows the graph, not the corpus. */
  text?: string;
  /** Entity mentions in the text: [start, end, node key], sorted by start. */
  mentions: [number, number, string][];
}
