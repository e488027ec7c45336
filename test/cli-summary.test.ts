import { describe, expect, it } from 'vitest';
import { formatConflict, formatDates, formatSummary, MAX_LISTED_ARTICLES, MAX_LISTED_CLAIMS, MAX_LISTED_CONFLICTS } from '../src/cli/summary';
import type { Conflict } from '../src/pipeline/graph/conflicts';

function conflict(target: string, sources: number, articlesEach: number): Conflict {
  return {
    target,
    targetLabel: target.toUpperCase(),
    relation: 'develops',
    claims: Array.from({ length: sources }, (_, i) => ({
      source: `s${i}`,
      sourceLabel: `Source ${i}`,
      edge: `s${i}->develops->${target}`,
      articles: Array.from({ length: articlesEach }, (_, a) => `art-${i}-${a}`),
    })),
  };
}

describe('summary of conflicts', () => {
  it('lists a small conflict in full', () => {
    expect(formatConflict(conflict('cc', 2, 1))).toBe(
      'conflict: CC develops — Source 0 (1 article: art-0-0) vs Source 1 (1 article: art-1-0)',
    );
  });

  it('shortens long lists of claims and article ids, keeping the true counts', () => {
    const line = formatConflict(conflict('cc', MAX_LISTED_CLAIMS + 30, MAX_LISTED_ARTICLES + 4));
    expect(line.match(/Source \d+ \(/g)).toHaveLength(MAX_LISTED_CLAIMS);
    expect(line).toContain(`(${MAX_LISTED_ARTICLES + 4} articles: art-0-0,`);
    expect(line).toContain(', …)');
    expect(line).not.toContain(`art-0-${MAX_LISTED_ARTICLES}`);
    expect(line.endsWith(' vs 30 more')).toBe(true);
  });

  it('lists at most MAX_LISTED_CONFLICTS conflicts and counts the rest', () => {
    const conflicts = Array.from({ length: MAX_LISTED_CONFLICTS + 7 }, (_, i) => conflict(`p${i}`, 2, 1));
    const summary = formatSummary({
      articlesRead: 3,
      problems: [],
      unsupportedSkipped: 0,
      graph: { articles: 3, entities: 1, entitiesByType: {}, relations: 1, relationsByKind: {}, conflicts, dates: { dated: 0, undated: 3 } },
      outputs: [],
    });
    expect(summary).toContain(`conflicts: ${MAX_LISTED_CONFLICTS + 7}\n`);
    expect(summary.match(/^ {2}conflict: /gm)).toHaveLength(MAX_LISTED_CONFLICTS);
    expect(summary).toContain('  … and 7 more\n');
  });

  it('says which dates the articles cover and how many are undated', () => {
    expect(formatDates({ first: '2026-07-01', last: '2026-07-05', dated: 4, undated: 1 })).toBe('dates: 2026-07-01 to 2026-07-05 (4 dated articles, 1 undated)');
    expect(formatDates({ first: '2026-07-05', last: '2026-07-05', dated: 1, undated: 0 })).toBe('dates: 2026-07-05 (1 dated article, 0 undated)');
    expect(formatDates({ dated: 0, undated: 5 })).toBe('dates: none (5 articles undated)');
  });
});
