import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fromJSON } from '../src/pipeline/export/json';
import { runKg } from './cli-run-kg';

const scratch = mkdtempSync(join(tmpdir(), 'kg-corrections-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const write = (name: string, value: unknown): string => {
  const path = join(scratch, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

describe('kg build and kg merge --corrections', () => {
  it('apply the file: a merge, a retype and a rejected claim, with what matched nothing listed', async () => {
    const corrections = write('ok.json', {
      version: 1,
      corrections: [
        { action: 'merge', entities: [{ names: ['Claude'] }, { names: ['Claude Code'] }], label: 'Claude Code' },
        { action: 'reject', source: { names: ['OpenAI'] }, relation: 'develops', target: { names: ['Claude Code'] } },
        { action: 'retype', entity: { names: ['Qwen'] }, type: 'product' },
        { action: 'delete', entity: { names: ['Nobody Corp'] } },
      ],
    });
    const json = join(scratch, 'g.json');
    const result = await runKg(['build', 'data/articles', '--gexf', join(scratch, 'g.gexf'), '--json', json, '--corrections', corrections, '--quiet']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${corrections}: corrections[3] (delete) matched nothing`);
    const graph = fromJSON(readFileSync(json, 'utf8'));
    expect(graph.filterNodes((_k, a) => a.label === 'Claude')).toEqual([]);
    expect(graph.filterNodes((_k, a) => a.label === 'Claude Code')).toHaveLength(1);
    expect(graph.getNodeAttribute(graph.findNode((_k, a) => a.label === 'Qwen')!, 'type')).toBe('product');
    // The OpenAI claim is gone, so the conflict over Claude Code's maker is gone with it.
    expect(graph.someEdge((_e, a) => a.conflict)).toBe(false);

    // Merging the corrected graph with the same file changes nothing.
    const again = join(scratch, 'again.json');
    const merged = await runKg(['merge', json, '--gexf', join(scratch, 'again.gexf'), '--json', again, '--corrections', corrections, '--quiet']);
    expect(merged.status).toBe(0);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(json, 'utf8'));
  });

  it('refuse a bad file before reading any article, naming the file and the field', async () => {
    const bad = write('bad.json', { version: 1, corrections: [{ action: 'rename', entity: { key: 'openai' } }] });
    const gexf = join(scratch, 'never.gexf');
    const result = await runKg(['build', 'data/articles', '--gexf', gexf, '--corrections', bad, '--quiet']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`corrections file ${bad}: corrections[0].label: expected a non-empty string`);
    expect(() => readFileSync(gexf)).toThrow();
    const notJson = await runKg(['merge', 'data/articles', '--gexf', gexf, '--corrections', write('broken.json', '{"version": 1,')]);
    expect(notJson.stderr).toMatch(/corrections file .*broken\.json: not JSON/);
  });
});
