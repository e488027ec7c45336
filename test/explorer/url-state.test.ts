import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/explorer/app-state';
import { readUrlView, urlHash } from '../../src/explorer/url-state';
import { fixtureGraph } from './fixture-graph';

describe('the view in the URL', () => {
  it('round-trips the selected entity and every filter', () => {
    const state = new AppState(fixtureGraph());
    const node = state.graph.nodes()[0]!;
    state.setFilters({
      hiddenTypes: new Set(['person', 'government']),
      hiddenRelations: new Set(['reported']),
      minWeight: 2,
      minConfidence: 0.6,
      hideIsolated: true,
      dateRange: { from: '2026-07-01', to: '2026-07-03' },
      around: { node, hops: 2 },
      ranges: [{ attribute: 'node.mentions', min: 2 }, { attribute: 'node.firstSeen', min: '2026-07-01', max: '2026-07-02' }],
      largestComponent: true,
    });
    state.select({ kind: 'node', node });
    const hash = urlHash(state);
    expect(hash).toBe(
      `#node=${encodeURIComponent(node)}&hide-types=government%2Cperson&hide-relations=reported&min-support=2&min-confidence=0.6&hide-isolated&from=2026-07-01&to=2026-07-03&around=${encodeURIComponent(node)}&hops=2&range=node.mentions%3A2%3A&range=node.firstSeen%3A2026-07-01%3A2026-07-02&largest-component`,
    );
    const back = readUrlView(hash);
    expect(back.node).toBe(node);
    expect(back.filters).toEqual(state.filters);
  });

  it('an empty or foreign fragment means no selection and no filter', () => {
    for (const hash of ['', '#', '#min-support=abc&other=1', '#range=node.nothing:1:2', '#range=node.mentions:abc:']) {
      const view = readUrlView(hash);
      expect(view.node).toBeUndefined();
      expect(view.filters).toEqual({ hiddenTypes: new Set(), hiddenRelations: new Set(), minWeight: 1, minConfidence: 0, hideIsolated: false, dateRange: null, around: null, ranges: [], largestComponent: false });
    }
    expect(urlHash(new AppState(fixtureGraph()))).toBe('');
  });
});
