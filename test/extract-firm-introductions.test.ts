import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 55: a firm no lexicon knows, introduced by what only a firm does ("was founded in 2019",
// "raised $50 million", "headquartered in", "employs", "went public") or by a firm's noun set off
// before it ("The startup, Zenco,"), is a company; "it" and "the company" in the next sentence
// then find it. Sentences written for the tests.

describe('a firm introduced by what only a firm does', () => {
  it.each([
    'Zenco was founded in 2019.',
    'Zenco raised $50 million last year.',
    'Zenco, headquartered in Austin, makes drones.',
    'Zenco employs 300 people.',
    'Zenco went public in 2021.',
    'Zenco has filed for an IPO.',
    'Founded in 2019, Zenco makes drones.',
    'The startup, Zenco, makes drones.',
  ])('"%s" types Zenco a company', (text) => {
    expect(entitiesOf(text).filter((e) => e.startsWith('Zenco'))).toEqual(['Zenco (company)']);
  });

  it.each([
    // People are based somewhere and raise concerns; products are launched.
    ['Jane Roe, based in London, said the rule was unfair.', 'Jane Roe'],
    ['Smith raised concerns about the deal.', 'Smith'],
    ['Vexa was launched in 2020.', 'Vexa'],
  ])('"%s" makes no company of %s', (text, name) => {
    expect(entitiesOf(text).filter((e) => e.startsWith(name) && e.endsWith('(company)'))).toEqual([]);
  });
});

describe('the firm so introduced, named again by a pronoun or "the company"', () => {
  it.each([
    ['Zenco was founded in 2019. It launched the Vexa app last year.', 'Zenco -develops-> Vexa'],
    ['Zenco raised $50 million in May. The company later released the Vexa app.', 'Zenco -develops-> Vexa'],
    ['Founded in 2019, Zenco makes the Vexa drone.', 'Zenco -develops-> Vexa'],
  ])('"%s"', (text, claim) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual([claim]);
  });

  it('"The startup, Zenco, makes drones. Its Vexa drone …" makes Vexa its', () => {
    expect(only('develops')(scoredClaimsOf("The startup, Zenco, makes drones. Its Vexa drone competes with DJI's Mavic."))).toContain('Zenco -develops-> Vexa');
  });
});
