/**
 * "How are X and Y connected?": every shortest chain of claims between two entities over what the
 * filters show, either direction, each step with the claim that best supports it. Pure (no DOM),
 * unit-tested in Node. Distances come from graphology-shortest-path on an undirected projection of
 * the shown graph; the chains are every walk that stays on a shortest route, in label order, up to
 * a limit (a dense graph can have thousands).
 */
import Graph from 'graphology';
import { singleSourceLength } from 'graphology-shortest-path/unweighted.js';
import type { KnowledgeGraph } from '../pipeline/graph/knowledge-graph';
import type { FilteredView } from './filtered-view';

export interface PathStep {
  from: string;
  to: string;
  /** The shown claims between the two, the best supported first. */
  edges: string[];
}

export interface Connection {
  nodes: string[];
  steps: PathStep[];
}

export const MAX_PATHS = 25;

export function shortestPaths(graph: KnowledgeGraph, view: FilteredView, from: string, to: string, limit = MAX_PATHS): Connection[] {
  if (from === to || !view.nodes.has(from) || !view.nodes.has(to)) return [];
  const projection = new Graph({ type: 'undirected' });
  for (const node of view.nodes) projection.addNode(node);
  for (const edge of view.edges) {
    const [source, target] = graph.extremities(edge);
    if (!projection.hasEdge(source, target)) projection.addEdge(source, target);
  }
  const fromStart = singleSourceLength(projection, from);
  const length = fromStart[to];
  if (length === undefined) return [];
  const fromEnd = singleSourceLength(projection, to);
  const label = (node: string): string => graph.getNodeAttribute(node, 'label');

  const chains: string[][] = [];
  const walk = (chain: string[]): void => {
    if (chains.length >= limit) return;
    const node = chain[chain.length - 1]!;
    if (node === to) {
      chains.push([...chain]);
      return;
    }
    const depth = chain.length - 1;
    const next = projection
      .neighbors(node)
      .filter((other) => fromStart[other] === depth + 1 && fromEnd[other] === length - depth - 1)
      .sort((a, b) => label(a).localeCompare(label(b)) || (a < b ? -1 : 1));
    for (const other of next) walk([...chain, other]);
  };
  walk([from]);
  return chains.map((nodes) => ({ nodes, steps: nodes.slice(1).map((next, i) => step(graph, view, nodes[i]!, next)) }));
}

function step(graph: KnowledgeGraph, view: FilteredView, from: string, to: string): PathStep {
  const edges = [...graph.edges(from, to), ...graph.edges(to, from)].filter((edge, i, all) => view.edges.has(edge) && all.indexOf(edge) === i);
  edges.sort((a, b) => graph.getEdgeAttribute(b, 'weight') - graph.getEdgeAttribute(a, 'weight') || (a < b ? -1 : 1));
  return { from, to, edges };
}
