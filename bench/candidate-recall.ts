/**
 * How many of the gold claims the candidate generator (src/pipeline/extract/candidates.ts)
 * proposes, beside how many today's rules find: the ceiling a learned scorer over the candidates
 * could reach, and the distance to it. Reads the annotated sets where they are (../shared,
 * test/fixtures/dev-corpus), in memory, and writes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { candidatesOf, newParagraph } from '../src/pipeline/extract/candidates';
import { extractArticle } from '../src/pipeline/extract/extract-article';
import { defaultLexicon } from '../src/pipeline/lexicon/lexicon';

interface GoldEntity {
  name: string;
  aliases?: string[];
}
interface GoldRelation {
  source: string;
  relation: string;
  target: string;
  required?: boolean;
  articles?: string[];
}
interface Gold {
  entities: GoldEntity[];
  relations: GoldRelation[];
}

/** One annotated text: its id, its text, and the gold claims it states. */
export interface Passage {
  id: string;
  text: string;
  gold: Gold;
  claims: GoldRelation[];
}

/** The normal form of ../shared/eval/score.py: case, a leading "the", a trailing 's, dots, commas and hyphens aside. */
export function normalName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/'s$/, '')
    .replace(/^the\s+/, '')
    .replace(/[.,]/g, '')
    .replace(/[-_/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The passages of a set: a folder of articles with one gold over the set, or NN.txt with NN.gold.json each. */
export function readSet(folder: string, layout: 'one-gold' | 'per-passage', goldPath?: string): Passage[] {
  if (layout === 'per-passage') {
    return readdirSync(folder)
      .filter((f) => /^\d+\.txt$/.test(f))
      .sort()
      .map((f) => {
        const id = basename(f, '.txt');
        const gold = JSON.parse(readFileSync(join(folder, `${id}.gold.json`), 'utf8')) as Gold;
        return { id, text: readFileSync(join(folder, f), 'utf8'), gold, claims: gold.relations.filter((r) => r.required) };
      });
  }
  // The seed corpus is a folder of articles whose gold lives in ../shared.
  const articles = goldPath ? folder : join(folder, 'articles');
  const gold = JSON.parse(readFileSync(goldPath ?? join(folder, 'gold.json'), 'utf8')) as Gold;
  return readdirSync(articles)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = basename(f, '.txt');
      return { id, text: readFileSync(join(articles, f), 'utf8'), gold, claims: gold.relations.filter((r) => r.required && r.articles?.includes(id)) };
    });
}

function goldIndex(gold: Gold): Map<string, string> {
  const index = new Map<string, string>();
  for (const entity of gold.entities) for (const name of [entity.name, ...(entity.aliases ?? [])]) index.set(normalName(name), entity.name);
  return index;
}

const claimId = (source: string, relation: string, target: string): string =>
  relation === 'competes_with' && target < source ? `${target}|${relation}|${source}` : `${source}|${relation}|${target}`;

export interface Coverage {
  gold: number;
  byRules: number;
  byCandidates: number;
  candidates: number;
  /** The gold claims no candidate proposed, with what the passage's mentions held of their ends. */
  missed: string[];
}

/** Gold claims of each passage proposed by a candidate, and found by today's rules. */
export function coverage(passages: readonly Passage[]): Coverage {
  const lexicon = defaultLexicon();
  const total: Coverage = { gold: 0, byRules: 0, byCandidates: 0, candidates: 0, missed: [] };
  for (const passage of passages) {
    const names = goldIndex(passage.gold);
    const entityOf = (m: { label: string; surface?: string }): string | undefined => names.get(normalName(m.label)) ?? (m.surface ? names.get(normalName(m.surface)) : undefined);
    const proposed = new Set<string>();
    const seen = new Set<string>();
    let paragraph = newParagraph();
    let lastEnd = 0;
    const record = extractArticle({ id: passage.id, text: passage.text }, lexicon, (sentence, mentions, text) => {
      // A blank line between two sentences starts a paragraph: only the article's earlier frames are carried across it.
      if (/\n\s*\n/.test(text.slice(lastEnd, sentence.start))) paragraph = newParagraph(paragraph);
      lastEnd = sentence.end;
      for (const m of mentions) {
        const e = entityOf(m);
        if (e) seen.add(e);
      }
      const { candidates, next } = candidatesOf(sentence.tokens, mentions, paragraph);
      paragraph = next;
      for (const c of candidates) {
        total.candidates++;
        const [s, t] = [entityOf(c.source), entityOf(c.target)];
        if (s && t) proposed.add(claimId(s, c.relation, t));
      }
    });
    const labels = new Map(record.entities.map((e) => [e.key, e]));
    const found = new Set<string>();
    for (const claim of record.claims) {
      if (claim.status !== 'asserted') continue;
      const [s, t] = [labels.get(claim.source), labels.get(claim.target)];
      const [gs, gt] = [s && (names.get(normalName(s.label)) ?? s.aliases.map((a) => names.get(normalName(a))).find(Boolean)), t && (names.get(normalName(t.label)) ?? t.aliases.map((a) => names.get(normalName(a))).find(Boolean))];
      if (gs && gt) found.add(claimId(gs, claim.relation, gt));
    }
    for (const claim of passage.claims) {
      const id = claimId(claim.source, claim.relation, claim.target);
      total.gold++;
      if (proposed.has(id) || found.has(id)) total.byCandidates++;
      if (found.has(id)) total.byRules++;
      else if (!proposed.has(id)) total.missed.push(`${passage.id}: ${claim.source} ${claim.relation} ${claim.target}${seen.has(claim.source) ? '' : ' [source never mentioned]'}${seen.has(claim.target) ? '' : ' [target never mentioned]'}`);
    }
  }
  return total;
}
