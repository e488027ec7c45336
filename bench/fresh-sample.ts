/**
 * `npx tsx bench/fresh-sample.ts FILE [--json] [--missed]`: the extractor's recall and precision
 * on a fresh sample of real news excerpts, by relation kind and by construction.
 *
 * FILE lives OUTSIDE the repo (real text is never stored here): a JSON object
 *   { "excerpts": [ { "id", "outlet", "url", "text",
 *       "claims": [ { "source": "Name" | ["Name", "alias", ...], "relation": "banned",
 *                     "target": "Name" | ["Name", ...], "construction": "agentless passive",
 *                     "required": true } ] } ] }
 * (`required` defaults to true; an optional claim is neither needed nor an error, as in
 * ../shared/eval/score.py). Every excerpt is extracted IN MEMORY and built into its own graph
 * with the pipeline API, exactly as `kg build` folds records; scoring (fresh-sample-score.ts)
 * matches each scored edge to the excerpt's gold with score.py's normalisation. An edge whose ends
 * are not both gold names of that excerpt is a false positive, so annotate every scored relation
 * an excerpt states. Nothing is written to disk.
 */
import { readFileSync } from 'node:fs';
import { buildGraph, defaultLexicon, extractArticle } from '../src/pipeline';
import { KINDS, parseSample, scoreSample, type Excerpt, type FoundEdge } from './fresh-sample-score';

function fail(file: string, problem: string): never {
  console.error(`fresh-sample: ${file}: ${problem}`);
  process.exit(2);
}

function readSample(file: string): Excerpt[] {
  try {
    return parseSample(JSON.parse(readFileSync(file, 'utf8')));
  } catch (e) {
    return fail(file, (e as Error).message);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) fail('(none)', 'usage: npx tsx bench/fresh-sample.ts SAMPLE.json [--json] [--missed]');
  const excerpts = readSample(file);
  const lexicon = defaultLexicon();
  const edgesOf = (x: Excerpt): FoundEdge[] => {
    const graph = buildGraph([extractArticle({ id: x.id, text: x.text }, lexicon)], { keepText: false });
    const edges: FoundEdge[] = [];
    graph.forEachEdge((_e, attrs, _s, _t, s, t) => {
      edges.push({ source: s.label, sourceType: s.type, relation: attrs.relation, target: t.label, targetType: t.type });
    });
    return edges;
  };
  const score = scoreSample(excerpts, edgesOf);
  if (args.includes('--json')) {
    console.log(JSON.stringify(score, null, 2));
    return;
  }
  const r = score.relations;
  const pct = (a: number, b: number): string => (b ? (a / b).toFixed(2) : '-');
  console.log(`fresh sample: ${score.excerpts} excerpts from ${score.outlets} outlets, ${r.required} required claims`);
  console.log(`relations: P ${r.precision.toFixed(2)}  R ${r.recall.toFixed(2)}  F1 ${r.f1.toFixed(2)}  (${r.correct} of ${r.predicted} predicted correct, ${r.found} of ${r.required} required found)`);
  console.log('\nby kind (found of required; correct of predicted):');
  for (const k of KINDS) {
    const s = score.byKind[k];
    console.log(`  ${k.padEnd(14)} ${String(s.found).padStart(4)} / ${String(s.required).padEnd(4)} recall ${pct(s.found, s.required)}   ${s.correct} / ${s.predicted} precision ${pct(s.correct, s.predicted)}`);
  }
  console.log('\nby construction (found / required, share of required claims):');
  const constructions = Object.entries(score.byConstruction);
  const width = Math.max(12, ...constructions.map(([name]) => name.length));
  for (const [name, t] of constructions) {
    console.log(`  ${name.padEnd(width)} ${String(t.found).padStart(4)} / ${String(t.required).padEnd(4)} recall ${pct(t.found, t.required)}  share ${pct(t.required, r.required)}`);
  }
  if (args.includes('--missed')) {
    console.log('\nmissed:');
    for (const m of score.missed) console.log(`  ${m}`);
    console.log('\nfalse positives:');
    for (const m of score.falsePositives) console.log(`  ${m}`);
  }
}

main();
