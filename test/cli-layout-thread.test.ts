import { describe, expect, it } from 'vitest';
import { LAYOUT_THREAD_FROM, LayoutThread } from '../src/cli/layout-thread';
import { buildGraph } from '../src/pipeline/graph/build-graph';
import { layoutGraph, layoutInput } from '../src/pipeline/graph/layout';
import { syntheticGraph } from '../src/pipeline/graph/synthetic-graph';
import type { KnowledgeGraph } from '../src/pipeline/graph/knowledge-graph';
import { claudeCodeCorpus } from './fixtures/records';

function positions(graph: KnowledgeGraph): string[] {
  return graph.mapNodes((key, a) => `${key} ${a.x} ${a.y}`);
}

/** The graph laid out in this thread, for comparison. */
function laidOutHere(graph: KnowledgeGraph): string[] {
  const copy = graph.copy();
  layoutGraph(copy);
  return positions(copy);
}

describe('kg build lays large graphs out on a thread of its own', () => {
  it('gives the positions the same layout gives in this thread', async () => {
    const graph = syntheticGraph(LAYOUT_THREAD_FROM + 100);
    const expected = laidOutHere(graph);
    const notes: string[] = [];
    const thread = new LayoutThread((message) => notes.push(message));
    thread.start(layoutInput(graph));
    await thread.place(graph);
    expect(positions(graph)).toEqual(expected);
    expect(notes).toEqual([]);
  });

  it('lays a small graph out in this thread, with the same result', async () => {
    const graph = buildGraph(claudeCodeCorpus());
    expect(graph.order).toBeLessThan(LAYOUT_THREAD_FROM);
    const expected = laidOutHere(graph);
    const thread = new LayoutThread(() => undefined);
    thread.start(layoutInput(graph));
    await thread.place(graph);
    expect(positions(graph)).toEqual(expected);
  });

  it('survives a thread that stopped: says so and lays out here, with the same result', async () => {
    const graph = syntheticGraph(LAYOUT_THREAD_FROM + 100);
    const expected = laidOutHere(graph);
    const notes: string[] = [];
    const thread = new LayoutThread((message) => notes.push(message));
    thread.close();
    thread.start(layoutInput(graph));
    await thread.place(graph);
    expect(positions(graph)).toEqual(expected);
    expect(notes).toEqual([expect.stringMatching(/^layout thread failed \(.*\); laying out in this thread$/)]);
  });
});
