/**
 * The timeline's histogram: articles and new claims per day, month or year (whichever keeps the
 * bars countable), from the dates the pipeline put on articles and edges. Pure, unit-tested in Node.
 */
import { articleDates, dateOfDay, dayNumber } from '../pipeline/graph/dates';
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';

export type BinUnit = 'day' | 'month' | 'year';

export interface TimeBin {
  /** First and last date the bin covers, inclusive (YYYY-MM-DD). */
  from: string;
  to: string;
  label: string;
  articles: number;
  /** Claims first stated in the bin. */
  claims: number;
}

export interface Timeline {
  unit: BinUnit;
  bins: TimeBin[];
  undatedArticles: number;
  /** Claims only undated articles state. */
  undatedClaims: number;
}

/** Up to this many days the bars are days; up to this many months, months; beyond, years. */
const MAX_DAYS = 92;
const MAX_MONTHS = 72;

export function timelineOf(graph: KnowledgeGraph): Timeline {
  const articles = graph.getAttribute('articles') ?? [];
  const dates = [...articleDates(articles).values()];
  const claimDates: string[] = [];
  let undatedClaims = 0;
  graph.forEachEdge((_edge, { firstSeen }) => {
    if (firstSeen === undefined) undatedClaims++;
    else claimDates.push(firstSeen);
  });
  const all = [...dates, ...claimDates].sort();
  const undatedArticles = articles.length - dates.length;
  if (all.length === 0) return { unit: 'day', bins: [], undatedArticles, undatedClaims };
  const [first, last] = [all[0]!, all[all.length - 1]!];
  const days = dayNumber(last) - dayNumber(first) + 1;
  const months = monthIndex(last) - monthIndex(first) + 1;
  const unit: BinUnit = days <= MAX_DAYS ? 'day' : months <= MAX_MONTHS ? 'month' : 'year';
  const bins = binsBetween(first, last, unit);
  const indexOf = (date: string): number => {
    if (unit === 'day') return dayNumber(date) - dayNumber(first);
    if (unit === 'month') return monthIndex(date) - monthIndex(first);
    return Number(date.slice(0, 4)) - Number(first.slice(0, 4));
  };
  for (const date of dates) bins[indexOf(date)]!.articles++;
  for (const date of claimDates) bins[indexOf(date)]!.claims++;
  return { unit, bins, undatedArticles, undatedClaims };
}

function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

function binsBetween(first: string, last: string, unit: BinUnit): TimeBin[] {
  const bins: TimeBin[] = [];
  const empty = { articles: 0, claims: 0 };
  if (unit === 'day') {
    for (let day = dayNumber(first); day <= dayNumber(last); day++) {
      const date = dateOfDay(day);
      bins.push({ from: date, to: date, label: date, ...empty });
    }
  } else if (unit === 'month') {
    for (let month = monthIndex(first); month <= monthIndex(last); month++) {
      const year = Math.floor(month / 12);
      const m = String((month % 12) + 1).padStart(2, '0');
      const end = dateOfDay(Date.UTC(year, (month % 12) + 1, 0) / 86_400_000);
      bins.push({ from: `${year}-${m}-01`, to: end, label: `${year}-${m}`, ...empty });
    }
  } else {
    for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) {
      bins.push({ from: `${year}-01-01`, to: `${year}-12-31`, label: String(year), ...empty });
    }
  }
  return bins;
}
