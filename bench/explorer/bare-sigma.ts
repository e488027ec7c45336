/**
 * The reference the explorer benchmark compares with: the same graph.json in a bare Sigma page,
 * default settings, a node reducer for the one filter the benchmark changes. What a user would
 * get from the sigma demo with this graph.
 */
import Graph from 'graphology';
import Sigma from 'sigma';

interface Bare {
  ready: Promise<void>;
  sigma?: Sigma;
  graph?: Graph;
  hiddenType: string | null;
  hovered: string | null;
}

const bare: Bare = { ready: Promise.resolve(), hiddenType: null, hovered: null };
(window as unknown as { bare: Bare }).bare = bare;

bare.ready = (async () => {
  const data = (await (await fetch('/graph.json')).json()) as Parameters<Graph['import']>[0];
  const graph = new Graph({ multi: true, type: 'mixed' });
  graph.import(data);
  // Our `type` attribute is the entity type; Sigma reads `type` as a program name.
  graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, entityType: attributes.type, type: 'circle' }));
  graph.updateEachEdgeAttributes((_edge, attributes) => ({ ...attributes, type: 'line' }));
  const sigma = new Sigma(graph, document.getElementById('graph')!, {
    nodeReducer: (_node, data) => (bare.hiddenType !== null && data.entityType === bare.hiddenType ? { ...data, hidden: true } : data),
  });
  sigma.on('enterNode', ({ node }) => (bare.hovered = node));
  bare.sigma = sigma;
  bare.graph = graph;
  await new Promise((resolve) => requestAnimationFrame(resolve));
})();
