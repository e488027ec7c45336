import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CANDIDATE_FEATURES } from '../src/pipeline/extract/candidate-features';
import { CANDIDATE_RULE, ClaimScorer, SHIPPED_SCORER } from '../src/pipeline/extract/claim-scorer';
import { extractArticle } from '../src/pipeline/extract/extract-article';
import type { ScoredCandidate } from '../src/pipeline/extract/scored-claims';
import { fromGexf, toGexf } from '../src/pipeline/export/gexf';
import { fromJSON, toJSON } from '../src/pipeline/export/json';
import { buildGraph } from '../src/pipeline/graph/build-graph';
import { defaultLexicon } from '../src/pipeline/lexicon/lexicon';
import { articleRecord } from '../src/pipeline/schema/records';
import type { ArticleRecord } from '../src/pipeline/types';
import { REPO_ROOT, runKg } from './cli-run-kg';

// The learned claim scorer: the features it reads off each candidate (families of phrasing, on
// sentences written for these tests), the confidence every claim and edge carries, the default
// policy (a rule's claim stands, a candidate no rule found needs the threshold) and
// `kg build --min-confidence`.

const lexicon = defaultLexicon();

/** Every candidate extraction scores, by "Source relation Target". */
function scored(text: string): Map<string, ScoredCandidate> {
  const out = new Map<string, ScoredCandidate>();
  extractArticle({ id: 't', text }, lexicon, { onCandidate: (c) => out.set(`${c.view.source.label} ${c.view.relation} ${c.view.target.label}`, c) });
  return out;
}

function featuresOf(text: string, claim: string): string[] {
  const c = scored(text).get(claim);
  expect(c, `no candidate "${claim}" in "${text}"`).toBeDefined();
  return c!.features;
}

const edgesOf = (record: ArticleRecord, options: Parameters<typeof buildGraph>[1] = {}): string[] => {
  const graph = buildGraph([record], options);
  return graph.mapEdges((_e, a, s, t) => `${s} ${a.relation} ${t}`).sort();
};

describe('candidate features', () => {
  it('are data: each family has a unique id and a reason, and every feature names its family', () => {
    const ids = CANDIDATE_FEATURES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of CANDIDATE_FEATURES) expect(f.reason.length).toBeGreaterThan(20);
    for (const c of scored('Zenco, which Zeta rivals, was banned by Ruritania.').values()) for (const feature of c.features) expect(ids).toContain(feature.split('=')[0]);
  });

  it('see whether the trigger stands between the ends, and the passive', () => {
    expect(featuresOf('Ruritania banned Zenapp last week.', 'Ruritania banned Zenapp')).toEqual(expect.arrayContaining(['placement=banned:between-S', 'voice=banned:active']));
    const passive = featuresOf('Zenapp was banned by Ruritania last week.', 'Ruritania banned Zenapp');
    expect(passive).toEqual(expect.arrayContaining(['placement=banned:between-T', 'voice=banned:passive', 'between=banned:by']));
  });

  it('see a possessor and a nearer mention on the actor\'s side ("Ruritania\'s Ministry of Trade banned Zenapp")', () => {
    const text = "Ruritania's Ministry of Trade banned Zenapp on Monday.";
    expect(featuresOf(text, 'Ruritania banned Zenapp')).toEqual(expect.arrayContaining(['possessor=banned:source', 'nearer=banned:source', 'nearer=any:source']));
    const ministry = featuresOf(text, 'Ministry of Trade banned Zenapp');
    expect(ministry.filter((f) => f.startsWith('possessor=') || f.startsWith('nearer='))).toEqual([]);
  });

  it('see a clause break or a relative pronoun between the trigger and an end', () => {
    const text = 'Ruritania banned Zenapp; Zenco develops Zeta.';
    expect(featuresOf(text, 'Ruritania banned Zeta')).toContain('path-target=banned:break');
    expect(featuresOf(text, 'Ruritania banned Zenapp').filter((f) => f.startsWith('path-'))).toEqual([]);
    expect(featuresOf('Zenco, which Zeta rivals, was banned by Ruritania.', 'Zenco competes_with Zeta')).toContain('path-source=competes_with:relative');
  });

  it('see an end that speaks in a reporting clause ("Zenco said …")', () => {
    const text = 'Zenco said Ruritania banned Zenapp.';
    expect(featuresOf(text, 'Zenco banned Zenapp')).toContain('reporting=banned:source');
    expect(featuresOf(text, 'Ruritania banned Zenapp').filter((f) => f.startsWith('reporting=') && f.includes('source'))).toEqual([]);
  });

  it('see the reach of the actor, and whether a rule found the claim and which family', () => {
    expect(featuresOf('Italy acted on Friday.\nTikTok was blocked after a breach.', 'Italy banned TikTok')).toContain('reach=banned:before');
    expect(featuresOf('Italy banned TikTok.', 'Italy banned TikTok')).toEqual(expect.arrayContaining(['reach=banned:sentence', 'rule=trigger:verb', 'rule=banned:trigger']));
    expect(featuresOf('Zenco said Ruritania banned Zenapp.', 'Zenco banned Zenapp')).toContain('rule=banned:none');
  });

  it('a target the rules gave another actor in the sentence is never the candidate\'s edge', () => {
    const text = "Japan's Ministry of Economy banned TikTok.";
    const japan = scored(text).get('Japan banned TikTok')!;
    expect(japan.features).toContain('rule-nearby=banned:same-target');
    expect(japan.recordable).toBe(false);
    const edges = edgesOf(extractArticle({ id: 't', text }, lexicon), { minConfidence: 0 });
    expect(edges.some((e) => e.includes('banned tiktok'))).toBe(true);
    expect(edges.filter((e) => e.startsWith('japan banned'))).toEqual([]);
  });

  it("a target that stands nearer another relation's trigger is that trigger's, never the candidate's edge", () => {
    const found = scored('Tencent develops its own chatbots, making the ChatGPT ban look like competition.');
    expect(found.get('Tencent develops ChatGPT')?.recordable).toBe(false);
    // Its own trigger nearer: the same reading stands.
    expect(found.get('Tencent banned ChatGPT')?.recordable).toBe(true);
  });
});

describe('confidence', () => {
  it('is a logistic function of the summed weights, and says which features weighed most', () => {
    const scorer = new ClaimScorer({ threshold: 0.5, bias: 0, weights: { a: 2, b: -1, c: 0.1 } });
    const s = scorer.score(['a', 'b', 'c', 'unknown']);
    expect(s.confidence).toBeCloseTo(1 / (1 + Math.exp(-1.1)), 3);
    expect(s.why).toEqual(['a (+2.00)', 'b (-1.00)', 'c (+0.10)']);
  });

  it('every claim carries one between 0 and 1 and the features behind it; an edge the highest of its claims', () => {
    const record = extractArticle({ id: 't', text: 'Italy banned TikTok in March.\nItaly banned TikTok again in May, officials said.' }, lexicon);
    const banned = record.claims.filter((c) => c.relation === 'banned');
    expect(banned).toHaveLength(2);
    for (const c of record.claims) {
      expect(c.confidence).toBeGreaterThanOrEqual(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
      expect(c.evidence.why!.length).toBeGreaterThan(0);
    }
    banned[0]!.confidence = 0.61;
    banned[1]!.confidence = 0.93;
    const graph = buildGraph([record]);
    const edge = graph.findEdge('italy', 'tiktok', (_e, a) => a.relation === 'banned');
    expect(graph.getEdgeAttribute(edge!, 'confidence')).toBe(0.93);
  });

  it('a rule\'s claim stands whatever its confidence; a candidate no rule found needs the threshold; --min-confidence holds every claim to it', () => {
    const record = extractArticle({ id: 't', text: 'Italy banned TikTok in March.' }, lexicon);
    const rule = record.claims.find((c) => c.relation === 'banned')!;
    const candidate = { ...rule, target: 'italy', source: 'tiktok', evidence: { ...rule.evidence, rule: CANDIDATE_RULE } };
    record.claims.push(candidate);
    rule.confidence = 0.2;
    candidate.confidence = SHIPPED_SCORER.threshold - 0.01;
    expect(edgesOf(record)).toEqual(['italy banned tiktok']);
    candidate.confidence = SHIPPED_SCORER.threshold;
    expect(edgesOf(record)).toEqual(['italy banned tiktok', 'tiktok banned italy']);
    expect(edgesOf(record, { minConfidence: 0.5 })).toEqual(['tiktok banned italy']);
  });

  it('a candidate stands only in a relation the weights learned', () => {
    for (const relation of ['banned', 'develops', 'competes_with', 'restricts']) expect(SHIPPED_SCORER.knows(relation)).toBe(true);
    const text = 'Italy acted on Friday.\nTikTok was blocked after a breach.';
    const candidates = (relations: string[]) =>
      extractArticle({ id: 't', text }, lexicon, { scorer: new ClaimScorer({ threshold: 0.5, bias: 5, weights: {}, relations }) })
        .claims.filter((c) => c.evidence.rule === CANDIDATE_RULE)
        .map((c) => `${c.source} ${c.relation} ${c.target}`);
    expect(candidates(['banned'])).toEqual(['italy banned tiktok']);
    expect(candidates(['develops'])).toEqual([]);
  });

  it('negated and proposed claims stay out of the edges whatever their confidence', () => {
    for (const text of ['Italy did not ban TikTok.', 'Italy would ban TikTok if asked.']) {
      const record = extractArticle({ id: 't', text }, lexicon);
      for (const c of record.claims) c.confidence = 1;
      expect(edgesOf(record, { minConfidence: 0 }).filter((e) => e.includes('banned'))).toEqual([]);
    }
  });

  it('travels through JSON, GEXF 1.3 and GEXF 1.2 (two claims on one pair too) and reads back, with the "why" of each sentence', () => {
    const text = 'Italy banned TikTok. Google develops Gemini. Microsoft invested in OpenAI. Microsoft competes with OpenAI.';
    const graph = buildGraph([extractArticle({ id: 't', text }, lexicon)]);
    expect(graph.edges().filter((e) => e.startsWith('microsoft') && e.endsWith('openai'))).toHaveLength(2);
    const expected = graph.mapEdges((e, a) => [e, a.confidence, a.evidence.map((x) => x.why)]);
    expect(expected.length).toBeGreaterThan(1);
    for (const [, confidence, why] of expected) {
      expect(typeof confidence).toBe('number');
      expect((why as string[][])[0]!.length).toBeGreaterThan(0);
    }
    for (const back of [fromJSON(toJSON(graph)), fromGexf(toGexf(graph, { version: '1.3' })), fromGexf(toGexf(graph, { version: '1.2' }))]) {
      expect(back.mapEdges((e, a) => [e, a.confidence, a.evidence.map((x) => x.why)])).toEqual(expected);
    }
  });

  it('a record whose confidence is not a probability is refused, naming the field', () => {
    const record = JSON.parse(JSON.stringify(extractArticle({ id: 't', text: 'Italy banned TikTok.' }, lexicon))) as ArticleRecord;
    record.claims[0]!.confidence = 1.5;
    expect(() => articleRecord(record, 'line 3')).toThrow(/line 3\.claims\[0\]\.confidence: expected a confidence between 0 and 1, got 1\.5/);
  });
});

describe('kg build --min-confidence', () => {
  const out = mkdtempSync(join(tmpdir(), 'newsgraph-confidence-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const relations = (gexf: string): number => (readFileSync(gexf, 'utf8').match(/<edge /g) ?? []).length;

  it('a figure outside 0..1 is a usage error naming the option, and nothing is written', async () => {
    for (const bad of ['1.5', '-0.1', 'high']) {
      const run = await runKg(['build', join(REPO_ROOT, 'data', 'articles'), '--gexf', join(out, 'never.gexf'), '--min-confidence', bad]);
      expect(run.status).toBe(2);
      // "-0.1" reads as an option to the argument parser, which says so, naming the option too.
      expect(run.stderr).toContain(bad.startsWith('-') ? "'--min-confidence'" : `--min-confidence must be a number from 0 to 1, got '${bad}'`);
      expect(existsSync(join(out, 'never.gexf'))).toBe(false);
    }
  });

  it('a higher figure keeps fewer relations than the default, 0 keeps the recorded candidates too', async () => {
    const counts: number[] = [];
    for (const args of [[], ['--min-confidence', '0'], ['--min-confidence', '0.99']]) {
      const gexf = join(out, `seeds${counts.length}.gexf`);
      const run = await runKg(['build', join(REPO_ROOT, 'data', 'articles'), '--gexf', gexf, '--quiet', ...args]);
      expect(run.status, run.stderr).toBe(0);
      counts.push(relations(gexf));
    }
    const [byDefault, all, strict] = counts as [number, number, number];
    expect(all).toBeGreaterThanOrEqual(byDefault);
    expect(strict).toBeLessThan(byDefault);
    // Three `kg build` processes: on a 2-core machine at load 8 to 12 each took about 40 s (stop 81's first fresh-clone run timed out at 60 s).
  }, 180_000);
});
