import { describe, expect, it } from 'vitest';
import { entitiesOf, scoredClaimsOf } from './extract-helpers';

// Families from stop 46's third round of fresh samples, on sentences written for the tests: a state
// named beside an act of war is neither the actor nor a target of the sanctions that answer it, an
// order to stop selling or to withdraw a named thing bans the thing, kinds of chip written as
// acronyms are no products, the state's adjective before an act noun owns it, and bodies or events
// that end with "Congress" are not the US Congress.

describe('a war named beside sanctions', () => {
  it.each([
    ["Russia's invasion of Ukraine prompted sanctions on Zenco and Qorva.", []],
    ["In response to Russia's full-scale invasion, Japan sanctioned Zenco.", ['Japan -restricts-> Zenco']],
    ['Japan announced sanctions targeting firms supporting the war in Ukraine, including Zenco.', ['Japan -restricts-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('the state that waged the war may still be the target', () => {
    expect(scoredClaimsOf('The EU imposed sanctions on Russia after its invasion of Ukraine.')).toEqual(['European Union -restricts-> Russia']);
  });

  it('a trade war is no war: its possessor still acts', () => {
    expect(scoredClaimsOf("China's trade war escalated as Beijing sanctioned Zenco Defense.")).toContain('China -restricts-> Zenco Defense');
  });
});

describe('orders to stop selling or to withdraw a named thing', () => {
  it.each([
    'France told Apple to stop selling the iPhone 12.',
    'France forced Apple to stop sales of the iPhone 12.',
    'France ordered Apple to withdraw the iPhone 12.',
    'France demanded that Apple withdraw the iPhone 12 from the market.',
  ])('"%s"', (text) => {
    expect(scoredClaimsOf(text)).toEqual(['France -banned-> iPhone 12']);
  });

  it('an order to stop selling with nothing named still bans the firm', () => {
    expect(scoredClaimsOf('Italy told Zenco to stop selling in the country.')).toEqual(['Italy -banned-> Zenco']);
  });
});

describe('kinds of chip written as acronyms', () => {
  it.each([
    ['Washington sanctioned Chinese DRAM producer Fujian Jinhua.', ['United States -restricts-> Fujian Jinhua']],
    ['The US added NAND maker Zenco Memory to the Entity List.', ['United States -restricts-> Zenco Memory']],
    ['The US restricted GPU exports to China.', ['United States -restricts-> China']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a name that starts with one is still a name', () => {
    expect(scoredClaimsOf('Micron unveiled HBM4 memory.')).toEqual(['Micron -develops-> HBM4']);
  });
});

describe("a state's adjective before an act noun", () => {
  it.each([
    ['The Australian sanctions target Zenco and Qorva.', ['Australia -restricts-> Qorva', 'Australia -restricts-> Zenco']],
    ['The Japanese measures cover Zenco.', ['Japan -restricts-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe('names that end with "Congress"', () => {
  it('a trade fair is no legislature', () => {
    expect(entitiesOf('Samsung unveiled the Galaxy S25 at Mobile World Congress.')).toEqual(['Galaxy S25 (product)', 'Samsung (company)']);
  });

  it("another state's congress is not the US Congress", () => {
    expect(entitiesOf("Brazil's National Congress approved the bill.")).not.toContain('Congress (government)');
  });

  it.each(['Congress banned Zapp in April.', 'Lawmakers in the American Congress banned Zapp.'])('"%s" is still the US Congress', (text) => {
    expect(scoredClaimsOf(text)).toEqual(['Congress -banned-> Zapp']);
  });
});
