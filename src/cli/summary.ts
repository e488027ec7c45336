import type { Conflict } from '../pipeline/graph/conflicts';
import type { DateRange } from '../pipeline/graph/dates';
import type { GraphSummary } from '../pipeline/graph/summary';
import type { InputProblem } from '../pipeline/types';

/** Everything a build or merge reports at the end. */
export interface RunReport {
  articlesRead: number;
  /** Problems with inputs, in the order met. */
  problems: readonly InputProblem[];
  /** Files inside folders left out because of their extension. */
  unsupportedSkipped: number;
  /** Undefined when nothing could be read (no graph was built). */
  graph?: GraphSummary;
  outputs: readonly string[];
}

/** Problems listed per section; the rest are counted, so a huge broken corpus cannot flood the terminal. */
export const MAX_LISTED_PROBLEMS = 100;

/** Conflicts listed, claims per conflict and article ids per claim: a large corpus has thousands. */
export const MAX_LISTED_CONFLICTS = 50;
export const MAX_LISTED_CLAIMS = 8;
export const MAX_LISTED_ARTICLES = 5;

/** The summary printed on stdout. */
export function formatSummary(report: RunReport): string {
  const lines: string[] = [`articles read: ${report.articlesRead}`];
  const errors = report.problems.filter((p) => p.severity === 'error');
  const warnings = report.problems.filter((p) => p.severity === 'warning');
  lines.push(...problemSection('skipped', errors), ...problemSection('warnings', warnings));
  if (report.unsupportedSkipped > 0) {
    lines.push(`files with other extensions skipped in folders: ${report.unsupportedSkipped}`);
  }
  if (report.graph !== undefined) {
    const { graph } = report;
    lines.push(formatDates(graph.dates));
    lines.push(...countSection(`entities: ${graph.entities}`, graph.entitiesByType));
    lines.push(...countSection(`relations: ${graph.relations}`, graph.relationsByKind));
    const listed = graph.conflicts.slice(0, MAX_LISTED_CONFLICTS).map((c) => `  ${formatConflict(c)}`);
    const rest = graph.conflicts.length - listed.length;
    lines.push(`conflicts: ${graph.conflicts.length}`, ...listed, ...(rest > 0 ? [`  … and ${rest} more`] : []));
  }
  if (report.outputs.length > 0) lines.push(`written: ${report.outputs.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/**
 * `file[:line]: message`, the form every problem takes on the terminal. The input parser already
 * starts JSONL messages with "line N: ", so the number is not repeated then.
 */
export function formatProblem(problem: InputProblem): string {
  const { file, line, message } = problem;
  const numbered = line === undefined || message.startsWith(`line ${line}:`);
  return printable(`${numbered ? file : `${file}:${line}`}: ${message}`);
}

/** Control characters from a broken input, quoted in a message, would drive the terminal: shown escaped. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** "dates: 2026-07-01 to 2026-07-05 (4 dated articles, 1 undated)", or "dates: none (5 articles undated)". */
export function formatDates(dates: DateRange): string {
  if (dates.first === undefined || dates.last === undefined) return `dates: none (${plural(dates.undated, 'article')} undated)`;
  const span = dates.first === dates.last ? dates.first : `${dates.first} to ${dates.last}`;
  return `dates: ${span} (${plural(dates.dated, 'dated article')}, ${dates.undated} undated)`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * "conflict: Claude Code develops — Anthropic (3 articles: a, b, c) vs OpenAI (1 article: d)".
 * Long lists end in "…" (ids) or "vs N more" (claims).
 */
export function formatConflict(conflict: Conflict): string {
  const claims = conflict.claims.slice(0, MAX_LISTED_CLAIMS).map((claim) => {
    const n = claim.articles.length;
    const ids = claim.articles.slice(0, MAX_LISTED_ARTICLES).join(', ') + (n > MAX_LISTED_ARTICLES ? ', …' : '');
    return `${claim.sourceLabel} (${n} article${n === 1 ? '' : 's'}: ${ids})`;
  });
  const more = conflict.claims.length - claims.length;
  if (more > 0) claims.push(`${more} more`);
  return `conflict: ${conflict.targetLabel} ${conflict.relation} — ${claims.join(' vs ')}`;
}

function problemSection(title: string, problems: readonly InputProblem[]): string[] {
  if (problems.length === 0) return [];
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => `  ${formatProblem(p)}`);
  const rest = problems.length - listed.length;
  return [`${title}: ${problems.length}`, ...listed, ...(rest > 0 ? [`  … and ${rest} more`] : [])];
}

function countSection(heading: string, counts: Record<string, number>): string[] {
  return [heading, ...Object.entries(counts).map(([name, n]) => `  ${name}: ${n}`)];
}
