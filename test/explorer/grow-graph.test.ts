import { describe, expect, it } from 'vitest';
import { freeSpotNear, growGraph } from '../../src/explorer/grow-graph';
import { isPinned, pinNode } from '../../src/explorer/pinned-nodes';
import { fixtureGraph, fixtureRecord } from './fixture-graph';

const NEW_ARTICLE = fixtureRecord(
  'article-2',
  [
    { key: 'amazon', label: 'Amazon', type: 'company' },
    { key: 'anthropic', label: 'Anthropic', type: 'company' },
    { key: 'nova', label: 'Nova', type: 'model' },
  ],
  [
    ['amazon', 'invests_in', 'anthropic'],
    ['amazon', 'develops', 'nova'],
  ],
);

describe('adding articles to the graph on screen', () => {
  it('adds the new entities, relations and article, and folds known entities into their nodes', () => {
    const current = fixtureGraph();
    const grown = growGraph(current, [NEW_ARTICLE]);
    expect(grown.order).toBe(current.order + 2);
    expect(grown.hasEdge('amazon->invests_in->anthropic')).toBe(true);
    expect(grown.getNodeAttribute('anthropic', 'articles')).toEqual(['article-1', 'article-2']);
    expect(grown.getAttribute('articles').map((article) => article.id)).toEqual(['article-1', 'article-2']);
  });

  it('keeps every existing node where it was, and its pin', () => {
    const current = fixtureGraph();
    current.forEachNode((node, attributes) => current.mergeNodeAttributes(node, { x: attributes.label.length * 10, y: -attributes.mentions }));
    pinNode(current, 'claude');
    const grown = growGraph(current, [NEW_ARTICLE]);
    current.forEachNode((node, { x, y }) => expect(grown.getNodeAttributes(node)).toMatchObject({ x, y }));
    expect(isPinned(grown, 'claude')).toBe(true);
    expect(isPinned(grown, 'alibaba')).toBe(false);
  });

  it('starts a new node near a neighbour that was already placed', () => {
    const current = fixtureGraph();
    current.forEachNode((node) => current.mergeNodeAttributes(node, { x: 1000, y: 1000 }));
    current.mergeNodeAttributes('anthropic', { x: 0, y: 0 });
    const grown = growGraph(current, [NEW_ARTICLE]);
    const amazon = grown.getNodeAttributes('amazon');
    expect(Math.hypot(amazon.x, amazon.y)).toBeLessThan(Math.hypot(amazon.x - 1000, amazon.y - 1000));
  });

  it('places a new node beside its neighbour, clear of every node and of the labels to their right', () => {
    const extent = 1000;
    // A crowded neighbourhood: the anchor, a node just right of it and one above.
    const placed = [{ x: 0, y: 0 }, { x: 60, y: 0 }, { x: 0, y: 45 }];
    const spot = freeSpotNear({ x: 0, y: 0 }, placed, extent, 0);
    for (const other of placed) {
      const onItsLine = Math.abs(spot.y - other.y) < extent / 25 * 0.6;
      // On the same line, never within a label's width on either side.
      if (onItsLine) expect(Math.abs(spot.x - other.x)).toBeGreaterThan(extent / 8);
    }
    expect(Math.hypot(spot.x, spot.y), 'still near its neighbour').toBeLessThan(extent / 4);
  });

  it('gives two new nodes of one neighbour two different spots', () => {
    const current = fixtureGraph();
    current.forEachNode((node, attributes) => current.mergeNodeAttributes(node, { x: attributes.label.length * 37, y: attributes.mentions * 29 }));
    const grown = growGraph(current, [NEW_ARTICLE]);
    const [amazon, nova] = [grown.getNodeAttributes('amazon'), grown.getNodeAttributes('nova')];
    expect(Math.hypot(amazon.x - nova.x, amazon.y - nova.y)).toBeGreaterThan(0);
  });
});
