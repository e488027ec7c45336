import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toJSON } from '../src/pipeline/export/json';
import { buildGraph } from '../src/pipeline/graph/build-graph';
import type { ArticleRecord } from '../src/pipeline/types';
import { runKg, type KgResult } from './cli-run-kg';

// Issue 12: merge counts every article once, whichever inputs hold it (part 2); a malformed
// record costs that record only (part 3); odd types and relations are kept (part 1); a damaged
// GEXF is refused with one line (part 8).

const scratch = mkdtempSync(join(tmpdir(), 'kg-merge-inputs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const out = (name: string) => join(scratch, name);
const seeds = readdirSync('data/articles').sort().map((name) => join('data/articles', name));

let single: KgResult;
let records: string[];

beforeAll(async () => {
  const [whole, first, last, extracted] = await Promise.all([
    runKg(['build', 'data/articles', '--gexf', out('all.gexf'), '--json', out('all.json'), '--quiet']),
    runKg(['build', ...seeds.slice(0, 3), '--gexf', out('first.gexf'), '--json', out('first.json'), '--quiet']),
    runKg(['build', ...seeds.slice(2), '--gexf', out('last.gexf'), '--json', out('last.json'), '--quiet']),
    runKg(['extract', 'data/articles', '--quiet']),
  ]);
  for (const run of [whole, first, last, extracted]) expect(run!.status, run!.stderr).toBe(0);
  single = whole!;
  records = extracted!.stdout.trim().split('\n');
  writeFileSync(out('records.jsonl'), extracted!.stdout);
});

const mentionsOf = (file: string) =>
  new Map((JSON.parse(readFileSync(file, 'utf8')) as { nodes: { key: string; attributes: { mentions: number } }[] }).nodes.map((n) => [n.key, n.attributes.mentions]));

describe('article texts kept on disk while building', () => {
  it('the JSON written from the text spool holds the same articles (texts, mentions in order) as a graph built in memory', () => {
    const inMemory = JSON.parse(toJSON(buildGraph(records.map((line) => JSON.parse(line) as ArticleRecord)))) as { attributes: unknown };
    const written = JSON.parse(readFileSync(out('all.json'), 'utf8')) as { attributes: { articles: { text?: string }[] } };
    expect(written.attributes.articles.every((a) => (a.text ?? '').length > 100)).toBe(true);
    expect(written.attributes).toEqual(inMemory.attributes);
    expect(readdirSync(scratch).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('kg merge of overlapping inputs', () => {
  it('two graphs sharing an article give the single-build graph byte for byte, and the shared article is named', async () => {
    const merged = await runKg(['merge', out('first.json'), out('last.json'), '--gexf', out('m1.gexf'), '--json', out('m1.json')]);
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stdout).toMatch(/^articles read: 5$/m);
    const shared = seeds[2]!.replace(/^.*\//, '').replace(/\.txt$/, '');
    expect(merged.stdout).toMatch(new RegExp(`last\\.json: 1 of its 3 articles were already read \\(the first, "${shared}", from .*first\\.json\\): counted once`));
    expect(single.status).toBe(0);
    expect(readFileSync(out('m1.json'), 'utf8')).toBe(readFileSync(out('all.json'), 'utf8'));
    expect(readFileSync(out('m1.gexf'), 'utf8')).toBe(readFileSync(out('all.gexf'), 'utf8'));
  });

  it('a graph with its own records, or with a copy of itself, counts every mention once', async () => {
    writeFileSync(out('copy.json'), readFileSync(out('all.json')));
    const [withRecords, withCopy] = await Promise.all([
      runKg(['merge', out('all.json'), out('records.jsonl'), '--gexf', out('m2.gexf'), '--json', out('m2.json')]),
      runKg(['merge', out('all.json'), out('copy.json'), '--gexf', out('m3.gexf'), '--json', out('m3.json')]),
    ]);
    expect(withRecords.status, withRecords.stderr).toBe(0);
    expect(withRecords.stdout).toMatch(/records\.jsonl:1: duplicate article id .* \(first read from .*all\.json\), skipped/);
    expect(withCopy.stdout).toMatch(/copy\.json: all 5 of its articles were already read .*: not counted again, skipped/);
    const expected = mentionsOf(out('all.json'));
    expect(expected.get('alibaba')).toBeGreaterThan(10);
    expect(mentionsOf(out('m2.json'))).toEqual(expected);
    expect(mentionsOf(out('m3.json'))).toEqual(expected);
  });
});

describe('kg merge with malformed records', () => {
  it('reports each malformed record by line and uses every other record', async () => {
    const broken = (mutate: (record: Record<string, unknown[]>) => void, line: string) => {
      const record = JSON.parse(line) as Record<string, unknown[]>;
      mutate(record);
      return JSON.stringify(record);
    };
    const lines = [
      broken((r) => (r.entities = [null]), records[0]!),
      broken((r) => (r.claims![0] = null), records[1]!),
      broken((r) => ((r.claims![0] as { evidence: unknown }).evidence = null), records[2]!),
      broken((r) => (r.entities = [{}]), records[3]!),
      records[4]!,
    ];
    writeFileSync(out('broken.jsonl'), lines.join('\n') + '\n');
    const merged = await runKg(['merge', out('broken.jsonl'), '--gexf', out('broken.gexf')]);
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stdout).toMatch(/^articles read: 1$/m);
    expect(merged.stdout).toMatch(/broken\.jsonl:1: not an extraction record \(record\.entities\[0\]: expected an object\), skipped/);
    expect(merged.stdout).toMatch(/broken\.jsonl:2: not an extraction record \(record\.claims\[0\]: expected an object\), skipped/);
    expect(merged.stdout).toMatch(/broken\.jsonl:3: not an extraction record \(record\.claims\[0\]\.evidence: expected an object\), skipped/);
    expect(merged.stdout).toMatch(/broken\.jsonl:4: not an extraction record \(record\.entities\[0\]\.key: expected a non-empty string\), skipped/);
  });

  it('keeps a type named "toString" and a relation named "constructor", in the fallback colour, through JSON and GEXF', async () => {
    const record = JSON.parse(records[0]!) as { entities: { type: string }[]; claims: { relation: string; status: string }[] };
    record.entities[0]!.type = 'toString';
    const claim = record.claims.find((c) => c.status === 'asserted')!;
    claim.relation = 'constructor';
    writeFileSync(out('odd.jsonl'), JSON.stringify(record) + '\n');
    const first = await runKg(['merge', out('odd.jsonl'), '--gexf', out('odd.gexf'), '--json', out('odd.json')]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^ {2}toString: 1$/m);
    expect(first.stdout).toMatch(/^ {2}constructor: 1$/m);
    const again = await runKg(['merge', out('odd.json'), '--gexf', out('odd2.gexf'), '--json', out('odd2.json')]);
    expect(again.status, again.stderr).toBe(0);
    const gexf = readFileSync(out('odd2.gexf'), 'utf8');
    expect(gexf).toMatch(/kind="constructor"[^>]*>[\s\S]*?<viz:color r="119" g="119" b="119"\/>/);
  });
});

describe('kg merge with a damaged GEXF', () => {
  it('refuses a truncated file, a file with broken XML and an edge to a missing node, one line each, nothing on stderr', async () => {
    const gexf = readFileSync(out('all.gexf'), 'utf8');
    writeFileSync(out('cut.gexf'), gexf.slice(0, Math.floor(gexf.length * 0.3)));
    const at = gexf.indexOf('<node id="anthropic"');
    writeFileSync(out('broken.gexf'), gexf.slice(0, at) + '<node id="x" <<>> ' + gexf.slice(at));
    writeFileSync(out('dangling.gexf'), gexf.replace(/(<edge [^>]*source=")alibaba"/, '$1nobody-here"'));
    const merged = await runKg(['merge', out('cut.gexf'), out('broken.gexf'), out('dangling.gexf'), out('first.json'), '--gexf', out('m4.gexf')]);
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stderr).toBe('');
    expect(merged.stdout).toMatch(/cut\.gexf: not a newsgraph graph \(not well-formed XML: the file ends before its last element is closed \(truncated\?\)\), skipped/);
    expect(merged.stdout).toMatch(/broken\.gexf: not a newsgraph graph \(not well-formed XML: line \d+, column \d+: .+\), skipped/);
    expect(merged.stdout).toMatch(/dangling\.gexf: not a newsgraph graph \(edge "[^"]+": source "nobody-here" is not a node\), skipped/);
    expect(merged.stdout).toMatch(/^articles read: 3$/m);
  });
});
