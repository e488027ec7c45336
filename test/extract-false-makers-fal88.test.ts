import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper fal88: false makers and wrong names from a fresh sample of news, as families (sentences written for the tests): a
// person's name read with the firm after "of"; a brand written in the plural; a sponsor's or a possessor's name inside a contest's
// name; a possessive spread over a longer list. Each with near misses that keep the right edges.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a person "of" a firm is a person, and the firm a name of its own', () => {
  it('after a title or a role, or with a middle initial, the name ends before "of"', () => {
    expect(entitiesOf('Zenco Inc makes chips. Analyst Kai Brandt of Qorva Capital said the Zeta-2 was late.')).toEqual(expect.arrayContaining(['Kai Brandt (person)', 'Qorva Capital (company)']));
    expect(entitiesOf('Zenco Inc makes chips. The chip was late, said analyst Kai Brandt of Qorva Capital.')).toEqual(expect.arrayContaining(['Qorva Capital (company)']));
    expect(entitiesOf('Zenco Inc makes chips. Kai R. Brandt of Qorva Capital said the Zeta-2 was late.')).toEqual(expect.arrayContaining(['Qorva Capital (company)']));
    expect(entitiesOf('Zenco Inc makes chips. Director Kai Brandt of Qorva Labs spoke on Monday.')).toEqual(expect.arrayContaining(['Kai Brandt (person)', 'Qorva Labs (company)']));
  });

  it('a person launching a thing is no maker', () => {
    for (const text of [
      "Zenco Inc makes chips. Ann Lee, Zenco's founder, launched the Zeta-2 chip in 2019.",
      'Zenco Inc makes chips. Peter J. Halloway launched the Zeta-2 chip in 2019.',
      'Zenco Inc makes chips. Mark Hale Jr. launched the Zeta-2 chip at a show.',
    ]) expect(develops(text).filter((c) => !c.startsWith('Zenco'))).toEqual([]);
  });
});

describe("a brand's plural is the brand", () => {
  it('"Zetas" is Zeta when the article names Zeta', () => {
    expect(only('competes_with')(scoredClaimsOf("Zenco Inc makes the Zeta car. Zetas are everywhere in the city, and Zetas compete with Qorva Inc's Lumo."))).toEqual(['Zeta -competes_with-> Lumo']);
    expect(entitiesOf('Zenco Inc makes the Zeta car. Rows of Zetas lined the lot outside the plant.')).not.toContain('Zetas (product)');
    expect(entitiesOf('Qorva Motors makes the Lumo van. The fleets of Lumos grew as Qorva Motors expanded.')).not.toContain('Lumos (product)');
  });

  it('a name ending in "s" whose singular the article never names stays as written', () => {
    expect(develops('Zenco Inc launched the Zetas app on Monday.')).toEqual(['Zenco Inc -develops-> Zetas']);
  });
});

describe("a contest's name is no product", () => {
  it("a sponsor's name inside it, or its possessive, makes nothing", () => {
    expect(develops("Zenco Inc makes chips. Zenco Inc's Zeta Cup was cancelled.")).toEqual([]);
    expect(develops('Zenco Inc sponsors the Zenco Qorva Cup, which Vexa launched last year.')).toEqual([]);
    expect(develops("Qorva Inc's Zeta Championship drew 40 teams.")).toEqual([]);
    expect(develops('The Qorva-sponsored Zeta Open drew large crowds.')).toEqual([]);
  });

  it('a product in the same sentence keeps its maker', () => {
    expect(develops("Qorva Inc launched the Zeta-2 chip at the Vexa Cup.")).toEqual(['Qorva Inc -develops-> Zeta-2']);
    expect(develops("Zenco Inc's Zeta Cloud service grew.")).toEqual(['Zenco Inc -develops-> Zeta Cloud']);
  });
});

describe('a possessive after a list', () => {
  it('is the last one\'s unless the list owns the thing jointly', () => {
    expect(develops("Zenco Inc, Qorva Inc and Vexa Inc's Zeta chip sold well.")).toEqual(['Vexa Inc -develops-> Zeta']);
    expect(develops("Zenco Inc, Qorva Inc, and Vexa Inc's Zeta app was popular.")).toEqual(['Vexa Inc -develops-> Zeta']);
  });

  it('"joint" makes it each one\'s', () => {
    expect(develops("Zenco Inc and Qorva Inc's joint Zeta chip sold well.")).toEqual(['Qorva Inc -develops-> Zeta', 'Zenco Inc -develops-> Zeta']);
    expect(develops("Zenco Inc, Qorva Inc and Vexa Inc's joint Zeta chip sold well.")).toEqual(['Qorva Inc -develops-> Zeta', 'Vexa Inc -develops-> Zeta', 'Zenco Inc -develops-> Zeta']);
  });

  it('two names before the possessive stay each one\'s (as before)', () => {
    expect(develops("Zenco Inc. and Qorva's Zeta flew.")).toEqual(['Qorva -develops-> Zeta', 'Zenco Inc -develops-> Zeta']);
  });
});
