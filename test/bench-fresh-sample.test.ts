import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityNames, norm, parseSample, scoreSample, type Excerpt, type FoundEdge } from '../bench/fresh-sample-score';

// The fresh-sample harness is how the lead measures recall on real news nobody annotated before:
// its matching must follow ../shared/eval/score.py. Names here are made up.
const edge = (source: string, relation: string, target: string, types: [string, string] = ['government', 'product']): FoundEdge => ({
  source,
  sourceType: types[0],
  relation,
  target,
  targetType: types[1],
});

const excerpt = (id: string, claims: Excerpt['claims']): Excerpt => ({ id, outlet: `${id}.example`, text: '(not read by the scorer)', claims });

describe('fresh-sample scoring', () => {
  it('normalises names as score.py does', () => {
    expect(norm('The Zembla Trade Bureau')).toBe('zembla trade bureau');
    expect(norm('Zenco\u2019s')).toBe('zenco');
    expect(norm('Z.E.N. Co., Ltd')).toBe('zen co ltd');
    expect(norm('Zeta-5_Pro/X')).toBe('zeta 5 pro x');
  });

  it('matches aliases, reads competes_with either way, and counts misses, false positives and constructions', () => {
    const sample = [
      excerpt('a', [
        { source: ['Ruritania', 'Ruritanian government'], relation: 'banned', target: 'Zenapp', construction: 'headline' },
        { source: 'Ruritania', relation: 'banned', target: 'Qwik', construction: 'later list member' },
      ]),
      excerpt('b', [
        { source: 'Zeta', relation: 'competes_with', target: 'Qwik', construction: 'competition stated indirectly' },
        { source: 'Zenco', relation: 'develops', target: 'Zeta', construction: 'possessive', required: false },
      ]),
    ];
    const found: Record<string, FoundEdge[]> = {
      a: [edge('the Ruritanian Government', 'banned', 'Zenapp'), edge('Ruritania', 'restricts', 'Zenapp'), edge('Ruritania', 'part_of', 'Zembla')],
      b: [edge('Qwik', 'competes_with', 'Zeta', ['product', 'product']), edge('Zenco', 'develops', 'Zeta', ['company', 'model']), edge('Zenco', 'develops', 'Zeta', ['person', 'model'])],
    };
    const score = scoreSample(sample, (x) => found[x.id]!);
    // Scored edges: a banned (correct), a restricts (false positive), b competes (correct); the
    // optional develops counts neither way; part_of and a person end are not scored.
    expect(score.relations).toMatchObject({ predicted: 3, correct: 2, required: 3, found: 2 });
    expect(score.relations.precision).toBeCloseTo(2 / 3);
    expect(score.falsePositives).toEqual(['a: restricts | Ruritania | Zenapp']);
    expect(score.missed).toEqual(['a: banned | Ruritania | Qwik [later list member]']);
    expect(score.byConstruction['later list member']).toEqual({ required: 1, found: 0 });
    expect(score.byConstruction['competition stated indirectly']).toEqual({ required: 1, found: 1 });
    expect(score.byKind.banned).toEqual({ required: 2, found: 1, predicted: 1, correct: 1 });
    expect(score.outlets).toBe(2);
  });

  it('takes one entity written with its aliases in another order, or with fewer, in another claim as that entity', () => {
    const sample = [
      excerpt('c', [
        { source: ['US Treasury', 'Treasury'], relation: 'restricts', target: ['Zenco Space Ltd', 'Zenco Space'], construction: 'active verb' },
        { source: ['Treasury', 'US Treasury', 'OFAC'], relation: 'restricts', target: 'Qorva', construction: 'later list member' },
        { source: 'Zenco Space', relation: 'develops', target: 'Zeta-1', construction: 'possessive' },
      ]),
    ];
    const score = scoreSample(sample, () => [
      edge('Treasury', 'restricts', 'Zenco Space'),
      edge('OFAC', 'restricts', 'Qorva'),
      edge('Zenco Space Ltd', 'develops', 'Zeta-1', ['company', 'product']),
    ]);
    expect(score.relations).toMatchObject({ predicted: 3, correct: 3, required: 3, found: 3 });
    expect(entityNames(sample[0]!.claims).get('ofac')).toBe('US Treasury');
  });

  it('tells a miss whose ends are both nodes (relation not read) from one whose end is no scored node', () => {
    const sample = [
      excerpt('d', [
        { source: 'Zenco', relation: 'develops', target: ['Zeta Pro', 'Zeta'], construction: 'possessive' },
        { source: 'Zenco', relation: 'competes_with', target: 'Qorva', construction: 'rivals like' },
        { source: 'Ruritania', relation: 'banned', target: 'Qorva', construction: 'active verb' },
      ]),
    ];
    // "Zeta" is an alias, so it names the product; Ruritania is found only as a person.
    const nodes = [
      { label: 'Zenco', type: 'company' },
      { label: 'Zeta', type: 'product' },
      { label: 'Qorva', type: 'company' },
      { label: 'Ruritania', type: 'person' },
    ];
    const score = scoreSample(sample, () => [], () => nodes);
    expect(score.missCauses).toEqual({ relation: 2, 'no node': 1 });
    expect(score.missed).toContain('d: banned | Ruritania | Qorva [active verb] (no node for Ruritania)');
    expect(score.missed).toContain('d: develops | Zenco | Zeta Pro [possessive] (relation)');
    expect(scoreSample(sample, () => []).missCauses).toBeUndefined();
  });

  it('rejects a malformed sample with the excerpt and the problem named', () => {
    expect(() => parseSample({})).toThrow('no "excerpts" array');
    expect(() => parseSample({ excerpts: [{ id: 'q', outlet: 'o', text: 't', claims: [{ source: 'A', relation: 'owns', target: 'B', construction: 'x' }] }] })).toThrow(
      'excerpt 0 (q): unknown relation "owns"',
    );
    expect(() => parseSample({ excerpts: [{ id: 'q', outlet: 'o', text: 't', claims: [{ source: 'A', relation: 'banned', target: 'B' }] }] })).toThrow('a claim without construction');
  });

  it('runs the real extractor from the command line and names a bad file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fresh-sample-'));
    try {
      const good = join(dir, 'sample.json');
      writeFileSync(good, JSON.stringify({ excerpts: [excerpt('c', [{ source: 'Canada', relation: 'banned', target: 'TikTok', construction: 'active clause' }])].map((x) => ({ ...x, text: 'Canada banned TikTok on government phones last year.' })) }));
      const out = execFileSync('npx', ['tsx', 'bench/fresh-sample.ts', good], { encoding: 'utf8' });
      expect(out).toContain('fresh sample: 1 excerpts from 1 outlets, 1 required claims');
      expect(out).toMatch(/active clause\s+1 \/ 1/);
      const bad = join(dir, 'bad.json');
      writeFileSync(bad, '{"excerpts": 3}');
      expect(() => execFileSync('npx', ['tsx', 'bench/fresh-sample.ts', bad], { encoding: 'utf8', stdio: 'pipe' })).toThrow(/bad\.json: no "excerpts" array/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--sweep scores the rules alone and the rules with the candidates above each threshold', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fresh-sample-'));
    try {
      const file = join(dir, 'sample.json');
      const claims: Excerpt['claims'] = [
        { source: 'Canada', relation: 'banned', target: 'TikTok', construction: 'active clause' },
        { source: 'Canada', relation: 'banned', target: 'WeChat', construction: 'agentless passive' },
      ];
      writeFileSync(file, JSON.stringify({ excerpts: [{ ...excerpt('c', claims), text: 'Canada banned TikTok on government phones last year, and WeChat was also pulled.' }] }));
      const out = JSON.parse(execFileSync('npx', ['tsx', 'bench/fresh-sample.ts', file, '--json', '--sweep'], { encoding: 'utf8' })) as {
        relations: { found: number; predicted: number };
        sweep: { threshold: number; relations: { found: number; predicted: number } }[];
      };
      expect(out.relations.found).toBe(1);
      const thresholds = out.sweep.map((s) => s.threshold);
      expect(thresholds).toEqual([...thresholds].sort((a, b) => a - b));
      // Candidates only add to the rules' claims, and a higher threshold lets fewer of them stand.
      for (const [k, s] of out.sweep.entries()) {
        expect(s.relations.found).toBeGreaterThanOrEqual(out.relations.found);
        expect(s.relations.predicted).toBeGreaterThanOrEqual(out.relations.predicted);
        if (k > 0) expect(s.relations.predicted).toBeLessThanOrEqual(out.sweep[k - 1]!.relations.predicted);
      }
      const plain = execFileSync('npx', ['tsx', 'bench/fresh-sample.ts', file, '--sweep'], { encoding: 'utf8' });
      expect(plain).toMatch(/rules alone\s+1\.00 \/ 0\.50/);
      expect(plain).toMatch(/\+ candidates >= 0\.3/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
