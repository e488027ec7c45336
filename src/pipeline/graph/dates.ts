/**
 * When each entity and claim was stated, from the dates of the articles behind it: `firstSeen`
 * and `lastSeen` (the earliest and latest dated article) on nodes and edges, the articles per
 * date on nodes and the supporting sentences per date on edges. The timeline, the range filter
 * and the dynamic GEXF read these. Articles without a date count in none of them: an element only
 * undated articles support has no dates, and the explorer shows it at every point in time.
 */
import type { ArticleSummary } from '../types';
import { sentenceCounts } from './edge-support';
import type { KnowledgeGraph } from './knowledge-graph';
import { compareText } from './knowledge-graph';

/** A publication date as the pipeline keeps it (input/article-date.ts normalises to this). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Counts per `YYYY-MM-DD` date, keys in date order, in a record without a prototype. */
export type DateCounts = Record<string, number>;

/** The dated articles of a graph, by id. */
export function articleDates(articles: readonly ArticleSummary[]): Map<string, string> {
  const dates = new Map<string, string>();
  for (const article of articles) if (article.date !== undefined && ISO_DATE.test(article.date)) dates.set(article.id, article.date);
  return dates;
}

/**
 * A node's `articleDates`: `YYYY-MM-DD article` per dated article, in article order. Undated
 * articles are left out, never written as '' (Gephi reads an empty list item as a missing value).
 */
export function datedArticles(articles: readonly string[], dates: ReadonlyMap<string, string>): string[] {
  return articles.flatMap((article) => {
    const date = dates.get(article);
    return date === undefined ? [] : [`${date} ${article}`];
  });
}

/**
 * The article dates a graph read from GEXF carries on its nodes (`articleDates`), by article id:
 * GEXF has no article list, so this is where the reader finds them. Reads the pairs datedArticles
 * writes, and the older form: one date or '' per article of `articles`, in order.
 */
export function datesFromNodes(graph: KnowledgeGraph): Map<string, string> {
  const dates = new Map<string, string>();
  graph.forEachNode((_node, { articles, articleDates }) => {
    if (!articleDates) return;
    articleDates.forEach((item, i) => {
      if (item.length > 11 && item[10] === ' ') {
        const date = item.slice(0, 10);
        if (ISO_DATE.test(date)) dates.set(item.slice(11), date);
      } else if (ISO_DATE.test(item) && articleDates.length === articles.length) {
        dates.set(articles[i]!, item);
      }
    });
  });
  return dates;
}

/**
 * Rewrites `articleDates` read from an older file (one date or '' per article, aligned with
 * `articles`) as datedArticles' pairs, so that no writer writes an empty item again.
 */
export function pairArticleDates(graph: KnowledgeGraph): void {
  graph.forEachNode((node, { articles, articleDates }) => {
    if (!articleDates || articleDates.every((item) => item.length > 11 && item[10] === ' ')) return;
    const dates = new Map<string, string>();
    if (articleDates.length === articles.length) articles.forEach((article, i) => ISO_DATE.test(articleDates[i]!) && dates.set(article, articleDates[i]!));
    const paired = datedArticles(articles, dates);
    graph.setNodeAttribute(node, 'articleDates', paired.length > 0 ? paired : undefined);
  });
}

/** Sets (or clears) firstSeen, lastSeen and the per-date counts of every node and edge. */
export function annotateDates(graph: KnowledgeGraph): void {
  const dates = articleDates(graph.getAttribute('articles') ?? []);
  graph.updateEachNodeAttributes(
    (_node, attributes) => {
      const byDate = new Map<string, number>();
      for (const article of attributes.articles) {
        const date = dates.get(article);
        if (date !== undefined) byDate.set(date, (byDate.get(date) ?? 0) + 1);
      }
      const span = datesOf(byDate);
      attributes.firstSeen = span?.first;
      attributes.lastSeen = span?.last;
      attributes.articlesByDate = span?.counts;
      attributes.articleDates = span && datedArticles(attributes.articles, dates);
      return attributes;
    },
    { attributes: ['firstSeen', 'lastSeen', 'articlesByDate', 'articleDates'] },
  );
  graph.updateEachEdgeAttributes(
    (_edge, attributes) => {
      const byDate = new Map<string, number>();
      for (const [article, sentences] of sentenceCounts(attributes)) {
        const date = dates.get(article);
        if (date !== undefined) byDate.set(date, (byDate.get(date) ?? 0) + sentences);
      }
      const span = datesOf(byDate);
      attributes.firstSeen = span?.first;
      attributes.lastSeen = span?.last;
      attributes.supportByDate = span?.counts;
      return attributes;
    },
    { attributes: ['firstSeen', 'lastSeen', 'supportByDate'] },
  );
}

function datesOf(byDate: Map<string, number>): { first: string; last: string; counts: DateCounts } | undefined {
  if (byDate.size === 0) return undefined;
  const sorted = [...byDate.keys()].sort(compareText);
  const counts: DateCounts = Object.create(null);
  for (const date of sorted) counts[date] = byDate.get(date)!;
  return { first: sorted[0]!, last: sorted[sorted.length - 1]!, counts };
}

/** The dates a graph's articles cover, for summaries: first and last date, dated and undated counts. */
export interface DateRange {
  first?: string;
  last?: string;
  dated: number;
  undated: number;
}

export function dateRange(articles: readonly ArticleSummary[]): DateRange {
  const dates = [...articleDates(articles).values()].sort(compareText);
  return { first: dates[0], last: dates[dates.length - 1], dated: dates.length, undated: articles.length - dates.length };
}

/** Days since 1970-01-01 of a YYYY-MM-DD date (UTC), and back. */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

export function dateOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
