import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LexiconData, LexiconEntry } from '../src/pipeline/lexicon/lexicon-data';
import { tokenize } from '../src/pipeline/text/tokens';
import type { EntityType } from '../src/pipeline/types';

// The invariants a maintainer relies on when editing data/lexicon.json by hand: the matcher
// (src/pipeline/lexicon/lexicon.ts) assumes every surface form names exactly one entity and
// every agency's `partOf` names a state.

const RAW = readFileSync(new URL('../data/lexicon.json', import.meta.url), 'utf8');
const DATA = JSON.parse(RAW) as LexiconData;
const ENTRIES: LexiconEntry[] = DATA.entities;

// A Record over EntityType: adding a type to types.ts without listing it here fails to compile.
const KNOWN_TYPES: Record<EntityType, true> = {
  company: true,
  product: true,
  model: true,
  government: true,
  person: true,
  place: true,
  organization: true,
};
const ENTRY_KEYS = new Set(['id', 'name', 'type', 'alsoTypes', 'aliases', 'demonyms', 'leaders', 'partOf', 'note']);

const surfacesOf = (e: LexiconEntry): string[] => [e.name, ...(e.aliases ?? [])];
const allSurfaces = (): { surface: string; entry: LexiconEntry }[] =>
  ENTRIES.flatMap((entry) => surfacesOf(entry).map((surface) => ({ surface, entry })));
const byId = new Map(ENTRIES.map((e) => [e.id, e]));
/** The states the lexicon merges from data/states.json (every one a government of its own). */
const STATE_IDS: ReadonlySet<string> = new Set(
  (JSON.parse(readFileSync(new URL('../data/states.json', import.meta.url), 'utf8')) as { states: { id: string }[] }).states.map((s) => s.id),
);
/** The entry that a surface form resolves to, or undefined. */
const resolve = (surface: string): LexiconEntry | undefined =>
  ENTRIES.find((e) => surfacesOf(e).includes(surface));
/** Same key for strings the matcher cannot tell apart: it compares token texts. */
const tokenKey = (s: string): string => tokenize(s).map((t) => t.text).join('\u0001');

describe('data/lexicon.json', () => {
  it('keeps one entity object per line so diffs stay readable', () => {
    const lines = RAW.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(['{', '  "entities": [']);
    expect(lines.slice(-2)).toEqual(['  ]', '}']);
    const body = lines.slice(2, -2);
    expect(body).toHaveLength(ENTRIES.length);
    for (const line of body) expect(() => JSON.parse(line.trim().replace(/,$/, ''))).not.toThrow();
  });

  it('follows the LexiconEntry schema', () => {
    for (const e of ENTRIES) {
      const where = JSON.stringify(e).slice(0, 80);
      expect(Object.keys(e).filter((k) => !ENTRY_KEYS.has(k)), where).toEqual([]);
      expect(e.id, where).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(typeof e.name === 'string' && e.name.length > 0, where).toBe(true);
      expect(Object.hasOwn(KNOWN_TYPES, e.type), where).toBe(true);
      for (const list of [e.aliases, e.demonyms]) {
        if (list === undefined) continue;
        expect(Array.isArray(list) && list.length > 0, where).toBe(true);
        for (const s of list) expect(typeof s === 'string' && s.length > 0, where).toBe(true);
      }
      if (e.partOf !== undefined) expect(typeof e.partOf, where).toBe('string');
      // Other types a bare mention may have: known types, none the entry's own.
      for (const t of e.alsoTypes ?? []) expect(Object.hasOwn(KNOWN_TYPES, t) && t !== e.type, where).toBe(true);
      if (e.note !== undefined) expect(typeof e.note, where).toBe('string');
    }
  });

  it('gives every entry a unique id', () => {
    const seen = new Set<string>();
    const duplicates = ENTRIES.map((e) => e.id).filter((id) => seen.has(id) || !seen.add(id));
    expect(duplicates).toEqual([]);
  });

  it('lets no surface form name two entries, nor repeat within one', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const { surface, entry } of allSurfaces()) {
      const key = tokenKey(surface);
      const previous = owner.get(key);
      if (previous !== undefined) clashes.push(`"${surface}": ${previous} / ${entry.id}`);
      else owner.set(key, entry.id);
    }
    expect(clashes).toEqual([]);
  });

  it('writes names and aliases without stray whitespace, punctuation or typographic quotes', () => {
    // A trailing period is allowed only on dotted abbreviations ("U.S.", "U.A.E."), which the
    // tokenizer keeps whole. Typographic apostrophes are normalised by the extractor, not listed.
    const bad = allSurfaces()
      .map(({ surface }) => surface)
      .filter(
        (s) =>
          s !== s.trim() ||
          /\s{2}/.test(s) ||
          /[,;:!?"'“”‘’()[\]{}\-–—]$/.test(s) ||
          /^[,;:!?"'“”‘’()[\]{}\-–—.]/.test(s) ||
          (s.endsWith('.') && !/(?:\p{L}\.){2,}$/u.test(s)) ||
          /[’“”]/.test(s),
      );
    expect(bad).toEqual([]);
  });

  it('links every agency to an existing state through partOf', () => {
    const broken = ENTRIES.filter((e) => e.partOf !== undefined).filter((e) => {
      const state = byId.get(e.partOf!);
      // A state from data/states.json counts as one ("Nepal Rastra Bank" is part of Nepal, which lexicon.json does not repeat).
      if (state === undefined) return e.type !== 'government' || !STATE_IDS.has(e.partOf!);
      return e.type !== 'government' || state.type !== 'government' || state.partOf !== undefined;
    });
    expect(broken.map((e) => e.id)).toEqual([]);
  });

  it('gives demonyms only to states, as single tokens that no other entry claims', () => {
    const claimedBy = new Map<string, string>();
    for (const { surface, entry } of allSurfaces()) claimedBy.set(surface, entry.id);
    const problems: string[] = [];
    const seen = new Map<string, string>();
    for (const e of ENTRIES) {
      for (const d of e.demonyms ?? []) {
        if (e.type !== 'government' || e.partOf !== undefined) problems.push(`${e.id} is not a state`);
        if (tokenize(d).length !== 1) problems.push(`"${d}" is not one token`);
        const other = seen.get(d) ?? claimedBy.get(d);
        if (other !== undefined && other !== e.id) problems.push(`"${d}": ${e.id} / ${other}`);
        seen.set(d, e.id);
      }
    }
    expect(problems).toEqual([]);
  });

  it('holds several hundred entries with every scored type well represented', () => {
    expect(ENTRIES.length).toBeGreaterThanOrEqual(500);
    const count = (type: EntityType): number => ENTRIES.filter((e) => e.type === type).length;
    expect(count('company')).toBeGreaterThanOrEqual(200);
    expect(count('product')).toBeGreaterThanOrEqual(80);
    expect(count('model')).toBeGreaterThanOrEqual(50);
    expect(count('government')).toBeGreaterThanOrEqual(100);
    const states = ENTRIES.filter((e) => e.type === 'government' && e.partOf === undefined);
    expect(states.length).toBeGreaterThanOrEqual(40);
  });

  it('folds the stand-ins news uses into one entity each', () => {
    const folds: [string, string][] = [
      ['Tongyi Qianwen', 'Qwen'],
      ['Qwen family of models', 'Qwen'],
      ['Washington', 'United States'],
      ['Trump administration', 'United States'],
      ['U.S.', 'United States'],
      ['Beijing', 'China'],
      ['Kremlin', 'Russia'],
      ['Brussels', 'European Union'],
      ['JP Morgan', 'JPMorgan Chase'],
      ['Copilot', 'Microsoft Copilot'],
      ['Bard', 'Gemini'],
      ['Ernie', 'Ernie Bot'],
      ['Chinese Communist Party', 'China'],
      ['Claude models', 'Claude'],
      ['GPT 4', 'GPT-4'],
      ['DeepMind', 'Google DeepMind'],
    ];
    expect(folds.map(([surface]) => [surface, resolve(surface)?.name])).toEqual(folds);
  });

  it('types apps as products and model families as models, as analysts do', () => {
    const typed: [string, EntityType][] = [
      ['ChatGPT', 'product'],
      ['Claude Code', 'product'],
      ['Ernie Bot', 'product'],
      ['Claude', 'model'],
      ['Qwen', 'model'],
      ['Gemini', 'model'],
      ['Llama', 'model'],
      ['Alibaba', 'company'],
      ['DeepSeek', 'company'],
      ['Commerce Department', 'government'],
      ['Sam Altman', 'person'],
      ['Hangzhou', 'place'],
    ];
    expect(typed.map(([surface]) => [surface, resolve(surface)?.type])).toEqual(typed);
  });

  it('makes named agencies their own nodes, part of their state', () => {
    const agencies: [string, string][] = [
      ['Bureau of Industry and Security', 'united-states'],
      ['Cyberspace Administration of China', 'china'],
      ['European Commission', 'european-union'],
      ["Japan's trade ministry", 'japan'],
      ["People's Liberation Army", 'china'],
      ['California', 'united-states'],
    ];
    expect(agencies.map(([surface]) => [surface, resolve(surface)?.partOf])).toEqual(agencies);
  });

  it('keeps apart products whose names share words: a desktop and a laptop line, one chip generation and the next', () => {
    expect(resolve('MacBook Pro')?.id).toBe('macbook');
    expect(resolve('Mac')?.id).toBe('mac');
    expect(resolve('M3 chip')).toBeUndefined();
    expect(resolve('M4 chip')?.id).toBe('apple-m4');
  });

  it('lists no languages, generic words or ordinary-word aliases', () => {
    const never = ['AI', 'Cloud', 'Rust', 'Python', 'Chase', 'Treasury', 'House', 'Parliament', 'X', 'Apple Inc.', 'The'];
    expect(never.filter((s) => resolve(s) !== undefined)).toEqual([]);
  });
});
