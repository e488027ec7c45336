/**
 * The benchmark corpus: news-like articles generated deterministically from the seed
 * articles in `data/articles/`. Each generated article is one seed article with its
 * company, product and model names swapped for others (from the lexicon, or invented
 * organisations) and the sentences of each paragraph shuffled by a seeded PRNG.
 *
 * All sizes come from one stream of articles, so the 1 MB corpus is a prefix of the 10 MB
 * one, which is a prefix of the 100 MB one: a sample "the first N MB" is the same text in
 * every size. Corpora are written as JSONL (`{id, text}` per line), the format the CLI reads.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { NamePool, PoolName, SwappableType } from './name-pool';
import { Prng } from './prng';
import { BYTES_PER_MB, countWords, utf8Bytes } from './words';

/** Bump when the generated text changes, so cached corpora are rebuilt. */
const GENERATOR_VERSION = 1;
/** Share of company names replaced by an invented organisation rather than a lexicon name. */
const INVENTED_COMPANY_SHARE = 0.3;

export interface SeedArticle {
  id: string;
  text: string;
}

export interface GeneratedArticle {
  id: string;
  text: string;
}

/** One seed article prepared for generation: paragraphs of sentences, and the names it holds. */
interface Template {
  paragraphs: string[][];
  /** The swappable entities the article mentions, each once. */
  entities: PoolName[];
}

export interface CorpusFile {
  path: string;
  sizeMb: number;
  articles: number;
  words: number;
  bytes: number;
}

export interface CorpusManifest {
  version: number;
  key: string;
  namesFrom: NamePool['source'];
  files: CorpusFile[];
}

/** Abbreviations after which a full stop does not end a sentence. */
const NON_FINAL = /(?:\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Inc|Corp|Ltd|Co|St|vs|No|Jr|Sr)\.)$/;

/** Splits a paragraph into sentences at ". " / "? " / "! " before a capital or quote. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  const boundary = /([.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/g;
  let start = 0;
  for (let m = boundary.exec(paragraph); m; m = boundary.exec(paragraph)) {
    const end = m.index + (m[1]?.length ?? 0);
    if (NON_FINAL.test(paragraph.slice(start, end))) continue;
    sentences.push(paragraph.slice(start, end));
    start = m.index + m[0].length;
  }
  if (start < paragraph.length) sentences.push(paragraph.slice(start));
  return sentences;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Surface forms worth swapping: proper-looking names, not lowercase words. */
function surfaceForms(entry: PoolName): string[] {
  return [entry.name, ...entry.aliases].filter((s) => s.length >= 2 && /[A-Z0-9]/.test(s));
}

/** One regex for all swappable names, longest first, so "Claude Code" wins over "Claude". */
function buildNameMatcher(pool: NamePool): { pattern: RegExp; entityOf: Map<string, PoolName> } {
  const entityOf = new Map<string, PoolName>();
  for (const entry of pool.names) {
    for (const form of surfaceForms(entry)) if (!entityOf.has(form)) entityOf.set(form, entry);
  }
  const forms = [...entityOf.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return { pattern, entityOf };
}

export class ArticleGenerator {
  private readonly prng: Prng;
  private readonly templates: Template[];
  private readonly byType: Map<SwappableType, string[]>;
  private readonly pattern: RegExp;
  private readonly entityOf: Map<string, PoolName>;
  private count = 0;

  constructor(seeds: readonly SeedArticle[], private readonly pool: NamePool, seed: number) {
    if (seeds.length === 0) throw new Error('no seed articles to generate a corpus from');
    this.prng = new Prng(seed);
    ({ pattern: this.pattern, entityOf: this.entityOf } = buildNameMatcher(pool));
    this.byType = new Map();
    for (const entry of pool.names) {
      const list = this.byType.get(entry.type) ?? [];
      list.push(entry.name);
      this.byType.set(entry.type, list);
    }
    this.templates = seeds.map((s) => this.prepare(s.text));
  }

  private prepare(text: string): Template {
    const paragraphs = text.split(/\n+/).filter((p) => p.trim() !== '').map(splitSentences);
    const entities = new Set<PoolName>();
    for (const m of text.matchAll(this.pattern)) {
      const entity = this.entityOf.get(m[0]);
      if (entity) entities.add(entity);
    }
    return { paragraphs, entities: [...entities] };
  }

  /** A replacement name for each entity of the template, distinct within the article. */
  private chooseNames(template: Template): Map<PoolName, string> {
    const chosen = new Map<PoolName, string>();
    const used = new Set<string>();
    for (const entity of template.entities) {
      const candidates = this.byType.get(entity.type) ?? [entity.name];
      let name = entity.name;
      for (let attempt = 0; attempt < 8; attempt++) {
        const invent = entity.type === 'company' && this.prng.next() < INVENTED_COMPANY_SHARE;
        name = invent ? this.prng.pick(this.pool.inventedCompanies) : this.prng.pick(candidates);
        if (!used.has(name)) break;
      }
      used.add(name);
      chosen.set(entity, name);
    }
    return chosen;
  }

  next(): GeneratedArticle {
    const template = this.prng.pick(this.templates);
    const names = this.chooseNames(template);
    const body = template.paragraphs.map((sentences) => this.prng.shuffled(sentences).join(' ')).join('\n\n');
    const text = body.replace(this.pattern, (form) => {
      const entity = this.entityOf.get(form);
      return (entity && names.get(entity)) ?? form;
    });
    this.count++;
    return { id: `bench-${String(this.count).padStart(6, '0')}`, text };
  }
}

export function readSeedArticles(folder: string): SeedArticle[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(folder, f), 'utf8') }));
}

/** Identifies the generated text: the same seed articles, names and seed give the same key. */
export function corpusKey(seeds: readonly SeedArticle[], pool: NamePool, seed: number): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ GENERATOR_VERSION, seed, seeds, names: pool.names, invented: pool.inventedCompanies }));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Writes `corpus-<N>mb.jsonl` for every size into `folder` in one pass over one article
 * stream, or reuses the files when `manifest.json` says they were made from the same inputs.
 */
export function writeCorpora(
  folder: string,
  seeds: readonly SeedArticle[],
  pool: NamePool,
  seed: number,
  sizesMb: readonly number[],
): CorpusManifest {
  const sizes = [...new Set(sizesMb)].sort((a, b) => a - b);
  const key = corpusKey(seeds, pool, seed);
  const manifestPath = join(folder, 'manifest.json');
  if (existsSync(manifestPath)) {
    // Every size is a prefix of one stream, so a cached file is valid whatever else was asked for.
    const cached = JSON.parse(readFileSync(manifestPath, 'utf8')) as CorpusManifest;
    const reused = sizes.map((size) => cached.files.find((f) => f.sizeMb === size && existsSync(f.path)));
    if (cached.key === key && reused.every((f) => f !== undefined)) {
      return { ...cached, files: reused as CorpusFile[] };
    }
  }
  mkdirSync(folder, { recursive: true });
  const files: CorpusFile[] = sizes.map((sizeMb) => ({
    path: join(folder, `corpus-${sizeMb}mb.jsonl`),
    sizeMb,
    articles: 0,
    words: 0,
    bytes: 0,
  }));
  const fds = files.map((f) => openSync(f.path, 'w'));
  const generator = new ArticleGenerator(seeds, pool, seed);
  let open = files.length;
  while (open > 0) {
    const article = generator.next();
    const line = JSON.stringify(article) + '\n';
    const words = countWords(article.text);
    const bytes = utf8Bytes(article.text);
    open = 0;
    files.forEach((file, i) => {
      if (file.bytes >= file.sizeMb * BYTES_PER_MB) return;
      writeSync(fds[i] as number, line);
      file.articles++;
      file.words += words;
      file.bytes += bytes;
      if (file.bytes < file.sizeMb * BYTES_PER_MB) open++;
    });
  }
  fds.forEach((fd) => closeSync(fd));
  const manifest: CorpusManifest = { version: GENERATOR_VERSION, key, namesFrom: pool.source, files };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return manifest;
}
