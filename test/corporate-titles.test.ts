import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper ttl95: a firm's officer's title read as a name ("Senior Vice President" as a company, "Board of Directors" as a firm's
// product, "Technology Officer Anna Berg" as a person), a name before such a title left a firm, and a known leader's surname after
// another given name taken for the leader. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const labels = (text: string): string[] => entitiesOf(text);

describe('a run made only of a firm\'s office names nobody', () => {
  it('"Senior Vice President", "Chief Executive Officer", "Board of Directors" are no entities and make nothing', () => {
    expect(develops('John Marsh, Senior Vice President at Zenco, said the company developed Vela.')).toEqual([]);
    expect(labels('John Marsh, Senior Vice President at Zenco, said the company developed Vela.')).not.toContain('Senior Vice President (company)');
    expect(labels('Jane Roe, Chief Executive Officer of Zenco, has unveiled Vela.').join(' ')).not.toMatch(/Officer|of Zenco/);
    expect(develops("Qorva's Board of Directors has approved the plan.")).toEqual([]);
    expect(develops("Amid the grounding, Qorva's Board of Directors decided to split the roles.")).toEqual([]);
    expect(develops('The Board of Directors of Zenco approved the launch of the Vela tablet.')).toEqual([]);
  });

  it('the titles before a person\'s name are cut, the person kept', () => {
    expect(labels('Zenco Chief Technology Officer Anna Berg unveiled the Vela robot.')).toContain('Anna Berg (person)');
    expect(labels('Qorva Chief Financial Officer Greg Lane will serve as interim chief.')).toContain('Greg Lane (person)');
    expect(labels('Chief Operating Officer Mark Lane said Zenco developed the Vela chip.')).toContain('Mark Lane (person)');
  });

  it('a name before a firm\'s office set off by a comma is a person, no firm', () => {
    expect(labels('John Marsh, Senior Vice President at Zenco, said the firm is growing.')).toContain('John Marsh (person)');
    expect(labels('Tom Hale, chief executive officer of Qorva, said sales rose.')).toContain('Tom Hale (person)');
  });

  it('near misses: firms, products and public offices stay as they were', () => {
    // A firm before a comma and a holder named after the office is no person.
    expect(labels('Zenco Labs, Chief Executive Officer Jane Roe said, will open Vela.')).not.toContain('Zenco Labs (person)');
    // Products after a firm's possessive stay products.
    expect(develops("Zenco's Vela 9 phone went on sale Tuesday.")).toEqual(['Zenco -develops-> Vela 9']);
    expect(develops('Zenco developed the Vela chip, its Senior Vice President said.')).toEqual(['Zenco -develops-> Vela']);
    // One title word in a firm's name keeps the name.
    expect(develops('Board Forge, a game studio, released Vela Quest.')).toEqual(['Board Forge -develops-> Vela Quest']);
  });
});

describe('a known leader\'s surname after another given name', () => {
  it('names someone else', () => {
    expect(labels("Qorva's Peter Vance told reporters the firm competes with Zenco.")).not.toContain('JD Vance (person)');
    expect(labels('Melania Trump visited the Zenco plant.')).not.toContain('Donald Trump (person)');
  });

  it('near misses: the leader after a title, an auxiliary or a modifier is still the leader', () => {
    expect(labels('Vice President Vance visited the Zenco plant.')).toContain('JD Vance (person)');
    expect(labels('Will Trump ban the Vela app?')).toContain('Donald Trump (person)');
    expect(labels('Former Trump aide Jane Roe joined Zenco.')).toContain('Donald Trump (person)');
    expect(labels('Donald Trump visited the Zenco plant.')).toContain('Donald Trump (person)');
  });
});

describe('more near misses', () => {
  it('a state body or a firm named with one office word stays a name', () => {
    expect(develops('Qorva Board, a game studio, released Vela Quest.')).toEqual(['Qorva Board -develops-> Vela Quest']);
  });

  it('an adverb or a preposition before a leader\'s surname is no given name', () => {
    expect(labels('Today Trump said the Vela app was a threat.')).toContain('Donald Trump (person)');
    expect(labels('Recently Trump said the Vela app was a threat.')).toContain('Donald Trump (person)');
    expect(labels('Under Trump, Zenco grew.')).toContain('Donald Trump (person)');
  });
});
