import type { ArticleMeta, ArticleRecord, ArticleSummary, ClaimRecord, ClaimStatus, EntityRecord, EntityType, Evidence, Mention, RelationKind } from '../types';
import { count, finite, listOf, name, object, oneOf, SchemaError, text, texts, type Decoder } from './decode';
import { ISO_DATE } from '../graph/dates';
import { MAX_ID_LENGTH, MAX_META_LENGTH, MAX_NAME_LENGTH, MAX_TITLE_LENGTH } from './limits';

/**
 * The records newsgraph exchanges, decoded field by field: extraction records (`kg extract`'s
 * JSONL), the evidence on edges and the article summaries of a graph. JSON, GEXF and records
 * readers all decode them here, so what one accepts the others accept, and whatever a writer
 * wrote from decoded values reads back.
 */

const capped =
  (max: number, decode: Decoder<string> = text): Decoder<string> =>
  (value, where) => {
    const s = decode(value, where);
    if (s.length > max) throw new SchemaError(`${where}: longer than ${max} characters`);
    return s;
  };

export const articleId = capped(MAX_ID_LENGTH, name);
export const entityKey = capped(MAX_NAME_LENGTH, name);
/** Types and relations are open: one newsgraph does not know is kept and drawn in the fallback colour. */
export const entityType = capped(MAX_NAME_LENGTH, name) as Decoder<EntityType>;
export const relationKind = capped(MAX_NAME_LENGTH, name) as Decoder<RelationKind>;
export const entityName = capped(MAX_NAME_LENGTH);

/** A date as the pipeline keeps it, `YYYY-MM-DD`. */
export const isoDate: Decoder<string> = (value, where) => {
  const s = text(value, where);
  if (!ISO_DATE.test(s)) throw new SchemaError(`${where}: expected a date as YYYY-MM-DD`);
  return s;
};

/**
 * An item of a node's `articleDates`: `YYYY-MM-DD article-id`, a dated article and its date. Files
 * written before held a list aligned with `articles` instead, a date or '' for an undated
 * article: read too (graph/dates.ts tells the two apart).
 */
export const articleDate: Decoder<string> = (value, where) => {
  const s = text(value, where);
  if (s === '' || ISO_DATE.test(s)) return s;
  if (!ISO_DATE.test(s.slice(0, 10)) || s[10] !== ' ') throw new SchemaError(`${where}: expected "YYYY-MM-DD article"`);
  articleId(s.slice(11), where);
  return s;
};

/** `{date: count}`, dates as YYYY-MM-DD, in a record without a prototype. */
export const dateCounts: Decoder<Record<string, number>> = (value, where) => {
  const result: Record<string, number> = Object.create(null);
  for (const [date, n] of Object.entries(object(value, where))) result[isoDate(date, `${where} key`)] = count(n, `${where}.${date}`);
  return result;
};

/** A span of the article text: start ≤ end. */
function span(e: Record<string, unknown>, where: string): { start: number; end: number } {
  const start = count(e.start, `${where}.start`);
  const end = count(e.end, `${where}.end`);
  if (end < start) throw new SchemaError(`${where}: end ${end} before start ${start}`);
  return { start, end };
}

export const evidence: Decoder<Evidence> = (value, where) => {
  const e = object(value, where);
  const { start, end } = span(e, where);
  return {
    article: articleId(e.article, `${where}.article`),
    sentence: text(e.sentence, `${where}.sentence`),
    start,
    end,
    trigger: text(e.trigger, `${where}.trigger`),
    ...(e.rule !== undefined && { rule: text(e.rule, `${where}.rule`) }),
    ...(e.why !== undefined && { why: texts(e.why, `${where}.why`) }),
  };
};

/** A claim's confidence: a probability (extract/claim-scorer.ts). */
export const confidence: Decoder<number> = (value, where) => {
  const p = finite(value, where);
  if (p < 0 || p > 1) throw new SchemaError(`${where}: expected a confidence between 0 and 1, got ${p}`);
  return p;
};

export const evidenceList = listOf(evidence);

/** Exactly the Evidence fields in one order, whatever the object held: output bytes stay stable. */
export function evidenceFields(e: Evidence): Evidence {
  const { article, sentence, start, end, trigger, rule, why } = e;
  return { article, sentence, start, end, trigger, ...(rule !== undefined && { rule }), ...(why !== undefined && { why }) };
}

const OPTIONAL_META = [
  ['title', MAX_TITLE_LENGTH],
  ['url', MAX_META_LENGTH],
  ['date', MAX_META_LENGTH],
] as const;

export const articleMeta: Decoder<ArticleMeta> = (value, where) => {
  const a = object(value, where);
  const meta: ArticleMeta = { id: articleId(a.id, `${where}.id`) };
  for (const [field, max] of OPTIONAL_META) if (a[field] !== undefined) meta[field] = capped(max)(a[field], `${where}.${field}`);
  return meta;
};

const mention: Decoder<Mention> = (value, where) => {
  const m = object(value, where);
  return { surface: entityName(m.surface, `${where}.surface`), ...span(m, where) };
};

const entityRecord: Decoder<EntityRecord> = (value, where) => {
  const e = object(value, where);
  return {
    key: entityKey(e.key, `${where}.key`),
    label: entityName(e.label, `${where}.label`),
    type: entityType(e.type, `${where}.type`),
    aliases: listOf(entityName)(e.aliases ?? [], `${where}.aliases`),
    mentions: listOf(mention)(e.mentions ?? [], `${where}.mentions`),
  };
};

const STATUSES: readonly ClaimStatus[] = ['asserted', 'negated', 'proposed'];

const claimRecord: Decoder<ClaimRecord> = (value, where) => {
  const c = object(value, where);
  return {
    source: entityKey(c.source, `${where}.source`),
    relation: relationKind(c.relation, `${where}.relation`),
    target: entityKey(c.target, `${where}.target`),
    status: oneOf(STATUSES)(c.status, `${where}.status`),
    evidence: evidence(c.evidence, `${where}.evidence`),
    ...(c.confidence !== undefined && { confidence: confidence(c.confidence, `${where}.confidence`) }),
  };
};

/** One line of `kg extract`'s output. */
export const articleRecord: Decoder<ArticleRecord> = (value, where) => {
  const r = object(value, where);
  return {
    article: articleMeta(r.article, `${where}.article`),
    text: text(r.text, `${where}.text`),
    entities: listOf(entityRecord)(r.entities, `${where}.entities`),
    claims: listOf(claimRecord)(r.claims, `${where}.claims`),
  };
};

/** An article of a graph: its metadata, its text when kept, and its mentions as [start, end, node key]. */
export const articleSummary: Decoder<ArticleSummary> = (value, where) => {
  const a = object(value, where);
  const summary: ArticleSummary = {
    ...articleMeta(value, where),
    mentions: listOf((m, at): [number, number, string] => {
      const [start, end, key, ...rest] = listOf((x) => x)(m, at);
      if (rest.length > 0) throw new SchemaError(`${at}: expected [start, end, key]`);
      return [count(start, `${at}[0]`), count(end, `${at}[1]`), entityKey(key, `${at}[2]`)];
    })(a.mentions ?? [], `${where}.mentions`),
  };
  if (a.text !== undefined) summary.text = text(a.text, `${where}.text`);
  return summary;
};
