/**
 * The names the corpus generator swaps in and out: companies, products and models from
 * `data/lexicon.json` (or a fixed list while the lexicon is missing), plus a bounded pool of
 * invented company names, so a large corpus has a long tail of unknown organisations the way
 * real news does, while the graph still stays far smaller than the corpus.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { LexiconData } from '../src/pipeline/lexicon/lexicon-data';
import { Prng } from './prng';

/** Entity types whose names are varied; governments stay as written (their stand-ins do not swap cleanly). */
export type SwappableType = 'company' | 'product' | 'model';
export const SWAPPABLE_TYPES: readonly SwappableType[] = ['company', 'product', 'model'];

export interface PoolName {
  name: string;
  type: SwappableType;
  /** Other surface forms; in the seed text each is replaced by the swapped-in name. */
  aliases: string[];
}

export interface NamePool {
  /** Where the names came from, for the report. */
  source: 'lexicon' | 'fallback';
  names: PoolName[];
  inventedCompanies: string[];
}

/** Used when data/lexicon.json is missing or unreadable: the seed's names and well-known others. */
const FALLBACK_NAMES: PoolName[] = [
  ...[
    'Alibaba', 'Anthropic', 'OpenAI', 'Tencent', 'Baidu', 'Goldman Sachs', 'JPMorgan Chase', 'Samsung',
    'GitHub', 'TechCrunch', 'Google', 'Microsoft', 'Meta', 'Amazon', 'Nvidia', 'Huawei', 'ByteDance',
    'Xiaomi', 'Mistral AI', 'Cohere', 'xAI', 'Zhipu AI', 'Moonshot AI', 'Bloomberg', 'Reuters', 'IBM',
    'Oracle', 'Intel', 'SenseTime', 'iFlytek',
  ].map((name): PoolName => ({ name, type: 'company', aliases: [] })),
  ...['Claude Code', 'ChatGPT', 'GitHub Copilot', 'Cursor', 'Le Chat', 'Ernie Bot', 'Doubao', 'Kimi', 'Gemini CLI', 'Codex']
    .map((name): PoolName => ({ name, type: 'product', aliases: [] })),
  ...['Claude', 'Qwen', 'GPT-4', 'DeepSeek', 'Gemini', 'Llama', 'Mistral Large', 'Ernie', 'Grok', 'Hunyuan']
    .map((name): PoolName => ({ name, type: 'model', aliases: [] })),
];

const SYLLABLES = ['ka', 'lo', 'ven', 'tri', 'mar', 'sol', 'qui', 'dex', 'ora', 'nel', 'vi', 'zan', 'tor', 'pel', 'ru', 'sen'];
const COMPANY_SUFFIXES = [' Labs', ' Technologies', ' Robotics', ' Systems', ' Group'];

function isSwappable(type: string): type is SwappableType {
  return (SWAPPABLE_TYPES as readonly string[]).includes(type);
}

function readLexiconNames(lexiconPath: string): PoolName[] | undefined {
  if (!existsSync(lexiconPath)) return undefined;
  try {
    const data = JSON.parse(readFileSync(lexiconPath, 'utf8')) as LexiconData;
    const names: PoolName[] = [];
    for (const entry of data.entities ?? []) {
      if (!entry || typeof entry.name !== 'string' || !isSwappable(entry.type)) continue;
      names.push({ name: entry.name, type: entry.type, aliases: (entry.aliases ?? []).filter((a) => typeof a === 'string') });
    }
    return names.length > 0 ? names : undefined;
  } catch {
    return undefined;
  }
}

/** Capitalised made-up words with an organisation suffix: "Velkator Labs". Deterministic for a seed. */
function inventCompanies(count: number, seed: number): string[] {
  const prng = new Prng(seed);
  const seen = new Set<string>();
  // Bounded attempts: the syllable space is large enough that this always fills up.
  for (let attempt = 0; seen.size < count && attempt < count * 20; attempt++) {
    const syllableCount = 2 + prng.int(2);
    let stem = '';
    for (let i = 0; i < syllableCount; i++) stem += prng.pick(SYLLABLES);
    seen.add(stem.charAt(0).toUpperCase() + stem.slice(1) + prng.pick(COMPANY_SUFFIXES));
  }
  return [...seen];
}

export function loadNamePool(lexiconPath: string, inventedCount: number, seed: number): NamePool {
  const fromLexicon = readLexiconNames(lexiconPath);
  return {
    source: fromLexicon ? 'lexicon' : 'fallback',
    names: fromLexicon ?? FALLBACK_NAMES,
    inventedCompanies: inventCompanies(inventedCount, seed),
  };
}
