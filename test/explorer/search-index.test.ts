import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/explorer/search-index';
import { fixtureGraph } from './fixture-graph';

describe('searching entities by name or alias', () => {
  const index = new SearchIndex(fixtureGraph());
  const nodes = (query: string): string[] => index.find(query).map((hit) => hit.node);

  it('ignores case and surrounding spaces; an empty query finds nothing', () => {
    expect(nodes('  aLiBaBa ')).toEqual(['alibaba']);
    expect(nodes('   ')).toEqual([]);
  });

  it('ranks an exact name before a prefix, and a prefix before a match inside a word', () => {
    expect(nodes('claude')).toEqual(['claude', 'claude-code']);
    expect(nodes('code')).toEqual(['claude-code']);
    expect(nodes('an')).toEqual(['anthropic', 'qwen']);
  });

  it('finds an entity by its alias and says which alias matched', () => {
    const [hit] = index.find('tongyi');
    expect(hit).toMatchObject({ node: 'qwen', label: 'Qwen', type: 'model', matchedAlias: 'Tongyi Qianwen' });
  });

  it('lists each entity once, under its label when the label matches as well as an alias', () => {
    const hits = index.find('alibaba');
    expect(hits).toHaveLength(1);
    expect(hits[0]?.matchedAlias).toBeUndefined();
  });

  it('puts the most mentioned entity first among equal matches and respects the limit', () => {
    // "c" starts Claude Code (7 mentions), Claude (3) and China (1), and is inside Anthropic.
    expect(nodes('c')).toEqual(['claude-code', 'claude', 'china', 'anthropic']);
    expect(index.find('c', 2)).toHaveLength(2);
  });
});
