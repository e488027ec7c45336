import { describe, expect, it } from 'vitest';
import { toGexf } from '../src/pipeline/export/gexf';
import { fromJSON, toJSON } from '../src/pipeline/export/json';
import { buildGraph } from '../src/pipeline/graph/build-graph';
import { mergeGraphs } from '../src/pipeline/graph/merge-graphs';
import { syntheticRecords } from '../src/pipeline/graph/synthetic-graph';
import { claudeCodeCorpus } from './fixtures/records';

describe('mergeGraphs', () => {
  const corpus = claudeCodeCorpus();
  const [a1, a2, a3, a4] = corpus as [typeof corpus[0], typeof corpus[0], typeof corpus[0], typeof corpus[0]];
  const whole = toJSON(buildGraph(corpus));

  it('equals building from both batches at once, byte for byte', () => {
    const merged = mergeGraphs([buildGraph([a1, a2]), buildGraph([a3, a4])]);
    expect(toJSON(merged)).toBe(whole);
    expect(toGexf(merged)).toBe(toGexf(buildGraph(corpus)));
  });

  it('does not depend on the order of the graphs', () => {
    const parts = [buildGraph([a1]), buildGraph([a2, a3]), buildGraph([a4])];
    expect(toJSON(mergeGraphs([parts[2]!, parts[0]!, parts[1]!]))).toBe(whole);
    expect(toJSON(mergeGraphs([parts[1]!, parts[2]!, parts[0]!]))).toBe(whole);
  });

  it('is associative', () => {
    const [g1, g2, g3] = [buildGraph([a1, a4]), buildGraph([a2]), buildGraph([a3])];
    const left = mergeGraphs([mergeGraphs([g1, g2]), g3]);
    const right = mergeGraphs([g1, mergeGraphs([g2, g3])]);
    expect(toJSON(left)).toBe(toJSON(right));
    expect(toJSON(left)).toBe(whole);
  });

  it('re-elects labels from the votes of all batches, and finds conflicts that span batches', () => {
    // The OpenAI claim (a4) and the Anthropic claims (a1–a3) are in different batches.
    const merged = mergeGraphs([buildGraph([a2]), buildGraph([a1, a3, a4])]);
    expect(merged.getNodeAttribute('alibaba', 'label')).toBe('Alibaba');
    expect(merged.getNodeAttribute('alibaba', 'aliases')).toEqual(['Alibaba Group']);
    expect(merged.getEdgeAttribute('openai->develops->claude-code', 'conflict')).toBe(true);
    // Taken alone, the batch with only a2 labels the node "Alibaba Group".
    expect(buildGraph([a2]).getNodeAttribute('alibaba', 'label')).toBe('Alibaba Group');
  });

  it('merges graphs read back from JSON exactly (for kg merge of partial graphs)', () => {
    const parts = [buildGraph([a1, a2]), buildGraph([a3, a4])].map((g) => fromJSON(toJSON(g)));
    expect(toJSON(mergeGraphs(parts))).toBe(whole);
  });

  it('shards a larger corpus into parts and gets the single-run graph', () => {
    const records = syntheticRecords(300);
    const single = toJSON(buildGraph(records, { keepText: false }));
    const shards = [0, 1, 2].map((shard) => buildGraph(records.filter((_, i) => i % 3 === shard), { keepText: false }));
    expect(toJSON(mergeGraphs(shards))).toBe(single);
  });

  it('merging a graph with nothing gives the same graph', () => {
    expect(toJSON(mergeGraphs([buildGraph(corpus)]))).toBe(whole);
    expect(toJSON(mergeGraphs([buildGraph(corpus), buildGraph([])]))).toBe(whole);
  });
});
