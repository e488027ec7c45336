import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper sub98b (stop 98, round 2), from real news on bans of pesticides, food additives, dyes and supplements: the lower-case
// substances a ban names in a list, after a kind, in a chain of acts or before a passive ban, and food dyes named by colour and
// number. Sentences written for the tests (invented substances; real states, which the lexicon knows).

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();

describe('lower-case substances in a ban\'s lists', () => {
  it('a list after a colon or a dash where a ban is told', () => {
    expect(banned('France currently bans three neonicotinoids in crop fields: zenoxam, imidazetrid, and thiazenoxam.'))
      .toEqual(['France -banned-> imidazetrid', 'France -banned-> thiazenoxam', 'France -banned-> zenoxam']);
  });

  it('a list after a kind of substance a ban governs, its first item of no substance\'s shape', () => {
    expect(banned('France banned food containing the additives brominated zenoil (BZO), zenium bromate and zetaparaben.'))
      .toEqual(['France -banned-> zenium bromate', 'France -banned-> zetaparaben']);
    expect(banned('France banned food containing brominated zenoil, zenium bromate and zetaparaben.'))
      .toEqual(['France -banned-> zenium bromate', 'France -banned-> zetaparaben']);
  });

  it('the last of a chain of acts before "of", and later items of no substance\'s ending', () => {
    expect(banned('France banned the manufacture, sale and distribution of zenoxate, tarnil and vexamide.'))
      .toEqual(['France -banned-> tarnil', 'France -banned-> vexamide', 'France -banned-> zenoxate']);
  });
});

describe('lower-case substances in other ban frames', () => {
  it('a passive ban after an opening phrase, held "throughout" a state', () => {
    expect(banned('As of 2020, zenpyrifos and zenpyrifos-methyl were banned throughout France.'))
      .toEqual(['France -banned-> zenpyrifos', 'France -banned-> zenpyrifos-methyl']);
  });

  it('a word of no substance\'s ending after a kind', () => {
    expect(banned('France became the sixth state to ban the herbal supplement zenkra over concerns about addiction.')).toEqual(['France -banned-> zenkra']);
  });

  it('food dyes named by colour and number', () => {
    expect(banned('Japan prohibited red dye 3 in cosmetic products.')).toEqual(['Japan -banned-> red dye 3']);
    expect(banned('France banned the sale of candy containing zenium bromate and Red Dye No. 3.'))
      .toEqual(['France -banned-> Red Dye No. 3', 'France -banned-> zenium bromate']);
  });
});

describe('near misses', () => {
  it('a word of no substance\'s ending is no target outside a ban\'s frame or list', () => {
    expect(banned('France banned the import of a shipment of zenkra.')).toEqual([]);
    expect(banned('Zenco sells zenkra, tarnil and vexamide in France.')).toEqual([]);
  });

  it('a hyphenated kind of goods right after a ban\'s verb is no substance', () => {
    expect(banned('France has banned e-scooters.')).toEqual([]);
  });

  it('a colon list where no ban is told names nothing banned', () => {
    expect(banned('Zenco makes three neonicotinoids: zenoxam, imidazetrid and thiazenoxam.')).toEqual([]);
  });

  it('a state\'s own places after "across" are no state\'s ban', () => {
    expect(banned('Zenoxate was banned across France\'s schools by Qorva Corp.')).not.toContain('France -banned-> zenoxate');
  });

  it('a colour and number in no ban names no dye', () => {
    expect(banned('France banned Zapp as red dye 3 sales rose.')).not.toContain('France -banned-> red dye 3');
  });
});
