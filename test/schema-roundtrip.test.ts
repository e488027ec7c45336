import { describe, expect, it } from 'vitest';
import { Prng } from '../bench/prng';
import { fromGexf, toGexf } from '../src/pipeline/export/gexf';
import { fromJSON, toJSON } from '../src/pipeline/export/json';
import { buildGraph } from '../src/pipeline/graph/build-graph';
import type { KnowledgeGraph } from '../src/pipeline/graph/knowledge-graph';
import { mergeGraphs } from '../src/pipeline/graph/merge-graphs';
import { articleRecord } from '../src/pipeline/schema/records';
import { extract } from './extract-helpers';

// Issue 12, part 5: one schema for records, graph JSON and GEXF attributes. Whatever any reader
// accepts, merging writes as JSON and GEXF that every reader accepts again: checked on inputs
// mutated at random (seeded, so a failure reproduces).

const records = [
  extract('Alibaba banned its staff from using Claude Code, the assistant Anthropic develops.'),
  extract('OpenAI competes with Anthropic. Reuters reported that Tencent restricts ChatGPT.'),
];
const graph = buildGraph(records);

const ODD_VALUES: unknown[] = [null, '', 0, -1, 1.5, [], {}, [null], [{}], 'x', true, 'y'.repeat(300), ['x'], { a: 1 }, NaN];

type Json = Record<string, unknown> | unknown[];

/** Every (container, key) pair inside a JSON value, so that a mutation can hit any field. */
function slots(value: unknown, out: [Json, string | number][] = []): [Json, string | number][] {
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((item, i) => [i, item]) : value && typeof value === 'object' ? Object.entries(value) : [];
  for (const [key, item] of entries) {
    out.push([value as Json, key]);
    slots(item, out);
  }
  return out;
}

function mutate<T>(value: T, random: Prng): T {
  const copy = structuredClone(value);
  const all = slots(copy);
  const [container, key] = all[Math.floor(random.next() * all.length)]!;
  const odd = ODD_VALUES[Math.floor(random.next() * (ODD_VALUES.length + 1))];
  if (odd === undefined) {
    if (Array.isArray(container)) container.splice(key as number, 1);
    else delete container[key as string];
  } else {
    (container as Record<string | number, unknown>)[key] = odd;
  }
  return copy;
}

/** What merge does with an input it accepted: its JSON and GEXF must read back, and merge again. */
function expectWritableAndReadable(read: KnowledgeGraph): void {
  const merged = mergeGraphs([read]);
  const json = toJSON(merged);
  const gexf = toGexf(merged);
  // GEXF 1.2 folds the claims between two entities into one edge: it must unfold to the same graph.
  const again = [fromJSON(json), fromGexf(gexf), fromGexf(toGexf(merged, { version: '1.2' }))];
  for (const back of again) expect([back.order, back.size]).toEqual([merged.order, merged.size]);
  expect(toJSON(mergeGraphs(again))).toBeTypeOf('string');
}

function tryRead<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

describe('one attribute schema for every reader and writer', () => {
  it('a graph JSON mutated at random is either refused or merges into files that read back (300 cases)', () => {
    const random = new Prng(12);
    const data: unknown = JSON.parse(toJSON(graph));
    let accepted = 0;
    for (let n = 0; n < 300; n++) {
      const read = tryRead(() => fromJSON(JSON.stringify(mutate(data, random))));
      if (!read) continue;
      accepted++;
      expectWritableAndReadable(read);
    }
    expect(accepted).toBeGreaterThan(30);
  });

  it('a GEXF with attribute values mutated at random is either refused or merges into files that read back (300 cases)', () => {
    const random = new Prng(5);
    const gexf = toGexf(graph);
    const values = [...gexf.matchAll(/value='([^']*)'/g)];
    const replacements = ['', '[', '[{}]', '[null]', '{"a":1}', 'x', '1.5', '-1', 'true', '[1,-2]', '[{"article":"a1"}]', '["a"]'];
    let accepted = 0;
    for (let n = 0; n < 300; n++) {
      const target = values[Math.floor(random.next() * values.length)]!;
      const replacement = replacements[Math.floor(random.next() * replacements.length)]!;
      const mutated = gexf.slice(0, target.index) + `value='${replacement}'` + gexf.slice(target.index + target[0].length);
      const read = tryRead(() => fromGexf(mutated));
      if (!read) continue;
      accepted++;
      expectWritableAndReadable(read);
    }
    expect(accepted).toBeGreaterThan(30);
  });

  it('an extraction record mutated at random is either refused or builds a graph that reads back (300 cases)', () => {
    const random = new Prng(3);
    let accepted = 0;
    for (let n = 0; n < 300; n++) {
      const record = tryRead(() => articleRecord(mutate(records[n % 2], random), 'record'));
      if (!record) continue;
      accepted++;
      expectWritableAndReadable(buildGraph([record]));
    }
    expect(accepted).toBeGreaterThan(20);
  });

  it('GEXF evidence is checked as strictly as JSON evidence: an item without its trigger is refused, naming the edge', () => {
    const gexf = toGexf(graph).replace('"trigger":', '"trigga":');
    expect(() => fromGexf(gexf)).toThrow(/edge "[^"]+"\.evidence\[0\]\.trigger: expected a string/);
    const json = toJSON(graph).replace('"trigger":', '"trigga":');
    expect(() => fromJSON(json)).toThrow(/edges\[\d+\]\.attributes\.evidence\[0\]\.trigger: expected a string/);
  });
});
