import { describe, expect, it } from 'vitest';
import { WordOpenings } from '../src/pipeline/text/word-openings';
import { defaultLexicon } from '../src/pipeline/lexicon/lexicon';
import { triggersAt } from '../src/pipeline/extract/trigger-words';

describe('WordOpenings: the cheap test before a lookup', () => {
  it('never turns away a word that opens as an added word does, whatever its script', () => {
    const openings = new WordOpenings();
    for (const word of ['Nvidia', 'X', 'Émirati', '中兴', 'ban']) openings.add(word);
    for (const word of ['Nvidia', 'Nvidia’s', 'Nvda', 'X', 'Émile', '中国', 'banned']) expect(openings.mayStart(word), word).toBe(true);
    for (const word of ['the', 'nvidia', 'Xi', 'bx']) expect(openings.mayStart(word), word).toBe(false);
    expect(openings.mayStart(undefined)).toBe(false);
  });

  it('asked whether a word may be an added word, also turns away those that end otherwise or are of another length', () => {
    const openings = new WordOpenings();
    for (const word of ['Nvidia', 'X', 'Émirati', '中兴', 'ban', '']) openings.add(word);
    for (const word of ['Nvidia', 'X', 'Émirati', '中兴', 'ban', '']) expect(openings.mayBe(word), word).toBe(true);
    for (const word of ['Nvidia’s', 'Nvda', 'banned', 'the', 'Xi']) expect(openings.mayBe(word), word).toBe(false);
    expect(openings.mayBe(undefined)).toBe(false);
  });

  it('leaves the lexicon and the trigger vocabulary finding what they found', () => {
    const lexicon = defaultLexicon();
    expect(lexicon.longestMatch(['Claude', 'Code', 'banned'], 0)?.length).toBe(2);
    expect(lexicon.longestMatch(['the', 'ban'], 0)).toBeUndefined();
    expect(lexicon.demonymAt(['South', 'Korean', 'regulators'], 0)?.length).toBe(2);
    expect(triggersAt(['has', 'banned', 'it'], 1).map((t) => t.relation)).toContain('banned');
    expect(triggersAt(['has', 'banned'], 5)).toEqual([]);
  });
});
