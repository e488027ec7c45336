import { describe, expect, it } from 'vitest';
import { fromGexf, toGexf } from '../src/pipeline/export/gexf';
import { toJSON } from '../src/pipeline/export/json';
import { buildGraph } from '../src/pipeline/graph/build-graph';
import type { KnowledgeGraph } from '../src/pipeline/graph/knowledge-graph';
import { createKnowledgeGraph } from '../src/pipeline/graph/knowledge-graph';
import { layoutGraph } from '../src/pipeline/graph/layout';
import { EDGE_WIDTHS, NODE_SIZES } from '../src/pipeline/graph/style';
import { syntheticGraph } from '../src/pipeline/graph/synthetic-graph';
import { checkGexf, checkGexfUnavailable } from './fixtures/check-gexf';
import { article, claudeCodeCorpus } from './fixtures/records';

/** Everything a reader of the GEXF should get back: all attributes but the vote tally (JSON only). */
function content(graph: KnowledgeGraph) {
  return {
    nodes: graph
      .nodes()
      .sort()
      .map((key) => {
        const { tally: _tally, ...attributes } = graph.getNodeAttributes(key);
        return { key, attributes };
      }),
    edges: graph
      .edges()
      .sort()
      .map((key) => ({
        key,
        ends: graph.extremities(key),
        undirected: graph.isUndirected(key),
        attributes: graph.getEdgeAttributes(key),
      })),
  };
}

function laidOut(graph: KnowledgeGraph): KnowledgeGraph {
  layoutGraph(graph, { iterations: 20 });
  return graph;
}

/** Names scraped from the web: XML specials, quotes, commas, control characters, lone surrogates, emoji. */
function hostileGraph(): KnowledgeGraph {
  const names = [
    'AT&T',
    '<Labs>',
    'Say "hi" & \'bye\'',
    'Foo, Inc.',
    'Ctl\u0001\u0008\u000B\u000C\u001F chars',
    'Non\uFFFE\uFFFF chars',
    'Lone \uD800 high and \uDC00 low',
    'Emoji 🤖 model',
    ']]> end',
  ];
  const sentence = `${names.join(' and ')} said\ttabs\r\nand lines.`;
  return buildGraph([
    article(
      'x&y<1>',
      [sentence],
      names.map((label, i) => ({
        key: i === 4 ? 'ctl\u0001key' : `k${i}-${label}`,
        label,
        type: i % 2 ? 'product' : 'company',
        aliases: [`${label}, alias "${i}"`, 'a|b'],
      })),
      [
        { source: 'k0-AT&T', relation: 'develops', target: 'k1-<Labs>', sentence: 0, trigger: '&<>"' },
        { source: 'k2-Say "hi" & \'bye\'', relation: 'competes_with', target: 'k0-AT&T', sentence: 0 },
        { source: 'ctl\u0001key', relation: 'banned', target: 'k7-Emoji 🤖 model', sentence: 0 },
      ],
    ),
    // A key that sanitises to the same id as "ctl\u0001key".
    article('plain', ['ctlkey'], [{ key: 'ctlkey', label: 'ctlkey', type: 'company' }]),
  ]);
}

describe('toGexf', () => {
  it('writes GEXF 1.3 with the 1.3 viz namespace and rgb colours', () => {
    const xml = toGexf(laidOut(buildGraph(claudeCodeCorpus())));
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('xmlns="http://gexf.net/1.3"');
    expect(xml).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    expect(xml).toContain('version="1.3"');
    expect(xml).not.toMatch(/hex=/);
    expect(xml).toMatch(/<viz:color r="\d+" g="\d+" b="\d+"\/>/);
  });

  it('writes the node and edge attributes, with label and weight as the GEXF ones', () => {
    const xml = toGexf(buildGraph(claudeCodeCorpus()));
    expect(xml).toContain('<node id="claude-code" label="Claude Code">');
    expect(xml).toContain(`<attvalue for="type" value='product'/>`);
    expect(xml).toContain(`<attvalue for="articles" value='["a1", "a2", "a3", "a4"]'/>`);
    // GEXF's weight is the drawn width (never wider than the smallest node); the support count is `support`.
    const edge = /<edge id="anthropic-&gt;develops-&gt;claude-code" source="anthropic" target="claude-code" kind="develops" label="develops" weight="([\d.]+)">\s*<attvalues>([\s\S]*?)<\/attvalues>/.exec(xml)!;
    expect(Number(edge[1])).toBeGreaterThanOrEqual(EDGE_WIDTHS.min);
    expect(Number(edge[1])).toBeLessThanOrEqual(NODE_SIZES.min);
    expect(edge[2]).toContain(`<attvalue for="support" value='3'/>`);
    // Lower-case column ids, as Gephi makes them, with the attribute's name as title.
    expect(xml).toContain('<attribute id="conflictswith" title="conflictsWith" type="liststring"/>');
    expect(xml).toContain(`<attvalue for="conflict" value='true'/>`);
  });

  it('writes only the attributes newsgraph defines, never a viewer\'s render state', () => {
    const graph = buildGraph(claudeCodeCorpus());
    graph.forEachNode((node) => graph.mergeNodeAttributes(node, { highlighted: true, hidden: false, forceLabel: true, zIndex: 2, type: graph.getNodeAttribute(node, 'type') } as never));
    graph.forEachEdge((edge) => graph.mergeEdgeAttributes(edge, { hidden: true, zIndex: 1, type: 'arrow' } as never));
    const xml = toGexf(graph);
    for (const flag of ['highlighted', 'hidden', 'forceLabel', 'zIndex', 'arrow']) expect(xml).not.toContain(flag);
  });

  it('does not depend on the order nodes and edges were added in', () => {
    const graph = buildGraph(claudeCodeCorpus());
    const reversed = createKnowledgeGraph();
    reversed.replaceAttributes(graph.getAttributes());
    for (const node of graph.nodes().reverse()) reversed.addNode(node, graph.getNodeAttributes(node));
    for (const edge of graph.edges().reverse()) {
      const [source, target] = graph.extremities(edge);
      if (graph.isUndirected(edge)) reversed.addUndirectedEdgeWithKey(edge, source, target, graph.getEdgeAttributes(edge));
      else reversed.addDirectedEdgeWithKey(edge, source, target, graph.getEdgeAttributes(edge));
    }
    expect(toGexf(reversed)).toBe(toGexf(graph));
  });

  it('keeps XML-hostile text well-formed: escaped specials, no forbidden characters', () => {
    const xml = toGexf(hostileGraph());
    expect(xml).toContain('label="AT&amp;T"');
    expect(xml).toContain('label="&lt;Labs&gt;"');
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(xml).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(xml).toContain('🤖');
    // Two keys that sanitise alike still get distinct ids.
    expect(xml).toContain('<node id="ctlkey" label="ctlkey">');
    expect(xml).toContain('<node id="ctlkey~2" label="Ctl chars">');
  });
});

describe.skipIf(checkGexfUnavailable !== undefined && !process.env.CI)('check-gexf (xmllint, XSD, NetworkX)', () => {
  it('passes on a graph with XML-hostile names and sentences', () => {
    const result = checkGexf(toGexf(laidOut(hostileGraph())));
    expect(result.verdict, result.output).toBe('check-gexf: ok nodes=10 edges=3');
    expect(result.output).toContain('node viz: color 10/10, size 10/10, position 10/10');
  });

  it('passes on a laid-out synthetic graph of 500 nodes', () => {
    const graph = syntheticGraph(500);
    layoutGraph(graph, { iterations: 10 });
    const result = checkGexf(toGexf(graph));
    expect(result.verdict, result.output).toBe(`check-gexf: ok nodes=500 edges=${graph.size}`);
  });
});
if (checkGexfUnavailable) {
  console.warn(`SKIPPED check-gexf tests: ${checkGexfUnavailable}`);
}

describe('fromGexf', () => {
  it('reads back the same nodes, edges and attributes (lists, numbers, booleans, evidence)', () => {
    const graph = laidOut(buildGraph(claudeCodeCorpus()));
    const xml = toGexf(graph);
    const back = fromGexf(xml);
    // Positions are written spread so that discs do not overlap (no-overlap.ts); all else is exact.
    const withoutPositions = (g: KnowledgeGraph): unknown => JSON.parse(JSON.stringify(content(g), (k, v: unknown) => (k === 'x' || k === 'y' ? undefined : v)));
    expect(withoutPositions(back)).toEqual(withoutPositions(graph));
    expect(toGexf(back)).toBe(xml);
  });

  it('restores symmetric relations as undirected edges', () => {
    const back = fromGexf(toGexf(buildGraph(claudeCodeCorpus())));
    expect(back.isUndirected('claude-code--competes_with--qwen')).toBe(true);
    expect(back.isDirected('alibaba->banned->claude-code')).toBe(true);
  });

  it('reads back hostile text exactly where XML can carry it: commas, quotes, pipes, tabs, emoji', () => {
    const graph = hostileGraph();
    const back = fromGexf(toGexf(graph));
    expect(back.getNodeAttribute('k3-Foo, Inc.', 'label')).toBe('Foo, Inc.');
    expect(back.getNodeAttribute('k2-Say "hi" & \'bye\'', 'aliases')).toEqual(['Say "hi" & \'bye\', alias "2"', 'a|b']);
    expect(back.getNodeAttribute('k7-Emoji 🤖 model', 'label')).toBe('Emoji 🤖 model');
    const edge = back.getEdgeAttributes('k0-AT&T->develops->k1-<Labs>');
    expect(edge.evidence[0]!.trigger).toBe('&<>"');
    expect(edge.evidence[0]!.sentence).toContain('said\ttabs\r\nand lines.');
    expect(edge.articles).toEqual(['x&y<1>']);
  });

  it('drops only the characters XML cannot carry', () => {
    const back = fromGexf(toGexf(hostileGraph()));
    expect(back.getNodeAttribute('ctlkey~2', 'label')).toBe('Ctl chars');
    expect(back.hasNode('ctlkey')).toBe(true);
    expect(back.getNodeAttribute('k6-Lone \uFFFD high and \uFFFD low', 'label')).toBe('Lone \uFFFD high and \uFFFD low');
  });

  it('lists the cited articles in the graph attributes (GEXF carries no texts)', () => {
    const back = fromGexf(toGexf(buildGraph(claudeCodeCorpus())));
    expect(back.getAttribute('articles')).toEqual(['a1', 'a2', 'a3', 'a4'].map((id) => ({ id, mentions: [] })));
  });

  it('says clearly when the text is not GEXF', () => {
    expect(() => fromGexf('{"format": "newsgraph/1"}')).toThrow(/not a GEXF file/);
    expect(() => fromGexf('<gexf version="1.3"><meta/></gexf>')).toThrow(/no <graph> element/);
  });

  it('reads a minimal GEXF written by another tool, filling in what is missing', () => {
    const back = fromGexf(
      '<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">' +
        '<nodes><node id="a" label="A"/><node id="b"/></nodes><edges><edge id="e" source="a" target="b" label="partners_with"/></edges>' +
        '</graph></gexf>',
    );
    expect(back.getNodeAttribute('b', 'label')).toBe('b');
    expect(back.getNodeAttribute('a', 'aliases')).toEqual([]);
    expect(back.getEdgeAttribute('e', 'relation')).toBe('partners_with');
    expect(back.getEdgeAttribute('e', 'weight')).toBe(1);
    expect(back.isUndirected('e')).toBe(true);
    expect(toJSON(back)).toContain('"format":"newsgraph/1"');
  });
});
