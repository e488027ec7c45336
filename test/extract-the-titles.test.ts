import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

/** The entities' labels, without their types. */
const labelsOf = (text: string): string[] => entitiesOf(text).map((e) => e.replace(/ \([a-z]+\)$/, ''));

// Stop 70, second round, from stop 69's samples: titles that open with a capitalised "The" mid-sentence were cut at their first
// or last word ("The Evil Within" read as "Evil", "The Last of Us" as "Us", "The Real Singapore" as "Real"). Sentences written for the tests.

describe('titles opened by a capitalised "The" mid-sentence', () => {
  it('keep their small and function words', () => {
    expect(only('develops')(scoredClaimsOf('Bethesda released The Evil Within in 2014.'))).toEqual(['Bethesda -develops-> Evil Within']);
    expect(only('develops')(scoredClaimsOf('Naughty Dog developed The Last of Us for Sony.'))).toEqual(['Naughty Dog -develops-> Last of Us']);
  });

  it('a state\'s name closing such a title is no state, and its first word no name of its own', () => {
    const labels = labelsOf('The Media Development Authority suspended the licence of The Real Singapore.');
    expect(labels).not.toContain('Singapore');
    expect(labels).not.toContain('Real');
  });

  it('a "The" opening the sentence, a quotation or a Title Case headline opens no title', () => {
    expect(only('develops')(scoredClaimsOf('The Zeta Within phone was made by Samsung.'))).toEqual(['Samsung -develops-> Zeta']);
    expect(labelsOf('Samsung said: The Galaxy Within Reach campaign starts today.')).not.toContain('Galaxy Within Reach');
  });
});

describe('titles "X of Y" closed by a state\'s or a region\'s name', () => {
  it('"sanctioned Voice of Europe" restricts the whole title, not "Voice"', () => {
    expect(only('restricts')(scoredClaimsOf('The Czech government sanctioned Voice of Europe and its backers.'))).toEqual(['Czechia -restricts-> Voice of Europe']);
  });

  it('the state\'s own embassy, gulf or coast keeps the state', () => {
    expect(labelsOf('The Embassy of China said it would respond.')).toContain('China');
    expect(labelsOf('Intel opened an office in the South of France.')).toContain('France');
  });
});
