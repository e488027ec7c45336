import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/pipeline/graph/build-graph';
import { summarizeGraph } from '../src/pipeline/graph/summary';
import { claudeCodeCorpus } from './fixtures/records';

describe('summarizeGraph', () => {
  it('counts articles, entities by type, relations by kind and lists the conflicts', () => {
    const summary = summarizeGraph(buildGraph(claudeCodeCorpus()));
    expect(summary.articles).toBe(4);
    expect(summary.entities).toBe(5);
    expect(summary.entitiesByType).toEqual({ company: 3, model: 1, product: 1 });
    expect(summary.relations).toBe(4);
    expect(summary.relationsByKind).toEqual({ banned: 1, competes_with: 1, develops: 2 });
    expect(summary.conflicts.map((c) => [c.targetLabel, c.claims.map((claim) => claim.sourceLabel)])).toEqual([
      ['Claude Code', ['Anthropic', 'OpenAI']],
    ]);
  });
});
