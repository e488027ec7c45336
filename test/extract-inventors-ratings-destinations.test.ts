import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 63, from stop 62's last readers and its own first samples: inventors, "the Zeta system", exports to a class of
// destinations named by example, ratings boards' refusals in a noun, a second object with its own reason, a state body pulling
// machines from its networks, rivals named together after "between", titles holding "vs.", institutions listed with "and",
// ordinals before a name, and a possessive after "access to". Sentences written for the tests.

describe('an inventor makes what it invented', () => {
  it('"was invented by" and "the inventor of"', () => {
    expect(only('develops')(scoredClaimsOf('The Zenco Pen was invented by Qorva Labs in 1998.'))).toEqual(['Qorva Labs -develops-> Zenco Pen']);
    expect(only('develops')(scoredClaimsOf('Qorva Labs is the inventor of the Zenco Pen.'))).toEqual(['Qorva Labs -develops-> Zenco Pen']);
  });
});

describe('"the Zeta system" names a product', () => {
  it('a launch of a system no lexicon knows', () => {
    expect(only('develops')(scoredClaimsOf('Qorva Surgical launched the Marla system in 2019.'))).toEqual(['Qorva Surgical -develops-> Marla']);
  });
});

describe('exports to a class of destinations named by example', () => {
  it('"to sanctioned countries, including A, B and C" restricts each', () => {
    expect(only('restricts')(scoredClaimsOf('The United States banned exports of chips to sanctioned countries, including Iran, Syria and North Korea.')).sort()).toEqual(
      ['United States -restricts-> Iran', 'United States -restricts-> North Korea', 'United States -restricts-> Syria'],
    );
  });

  it('"to countries of concern such as A and B"', () => {
    expect(only('restricts')(scoredClaimsOf('Washington restricts chip exports to countries of concern such as China and Russia.')).sort()).toEqual(
      ['United States -restricts-> China', 'United States -restricts-> Russia'],
    );
  });

  it('names after another clause are no destinations', () => {
    expect(only('restricts')(scoredClaimsOf('The United States banned exports of chips to sanctioned countries, and firms such as Zenco Labs objected.'))).toEqual([]);
  });
});

describe("a ratings board's refusal in a noun or a judgement", () => {
  it('"the board\'s refusal to classify Y"', () => {
    expect(only('banned')(scoredClaimsOf("The Zembla Classification Board's refusal to classify Zeta Raid angered gamers."))).toEqual(['Zembla Classification Board -banned-> Zeta Raid']);
  });

  it('"was deemed unfit for release by the board"', () => {
    expect(only('banned')(scoredClaimsOf('Zeta Raid was deemed unfit for release by the Zembla Classification Board.'))).toEqual(['Zembla Classification Board -banned-> Zeta Raid']);
  });
});

describe('a second object with its own reason', () => {
  it('"banned A for nudity and B for violence" bans both', () => {
    expect(only('banned')(scoredClaimsOf('The Media Authority banned Zeta One for nudity and Zeta Two for violence.')).sort()).toEqual(
      ['Media Authority -banned-> Zeta One', 'Media Authority -banned-> Zeta Two'],
    );
  });
});

describe("a state body pulling a maker's machines from its networks", () => {
  it('bans them', () => {
    expect(only('banned')(scoredClaimsOf('The State Department pulled Zenco computers from its classified networks.'))).toEqual(['State Department -banned-> Zenco']);
  });

  it('a firm doing so bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('Qorva pulled Zenco PCs from its networks.'))).toEqual([]);
  });
});

describe('rivals named together', () => {
  it('"a deal between rivals A and B", "the merger of former rivals A and B"', () => {
    expect(only('competes_with')(scoredClaimsOf('Analysts expect a deal between rivals Zenco and Qorva.'))).toEqual(['Zenco -competes_with-> Qorva']);
    expect(only('competes_with')(scoredClaimsOf('The merger of former rivals Zenco and Qorva closed in 2023.'))).toEqual(['Zenco -competes_with-> Qorva']);
  });
});

describe('a title holding "vs."', () => {
  it("after a maker's possessive it is one title, banned whole", () => {
    const claims = scoredClaimsOf("The Media Authority banned Qorva's Zorgs vs. Blips in 2009.");
    expect(only('banned')(claims)).toEqual(['Media Authority -banned-> Zorgs vs. Blips']);
    expect(only('competes_with')(claims)).toEqual([]);
  });

  it('two possessives set two things apart', () => {
    expect(only('competes_with')(scoredClaimsOf("Qorva's Zeta vs. Zenco's Vela: which is better?"))).toEqual(['Zeta -competes_with-> Vela']);
  });
});

describe('names that end where another begins', () => {
  it('"Institute of Technology and Zembla University" are two institutions', () => {
    const names = entitiesOf('The United States slapped sanctions on Harbin Institute of Technology and Zembla University.');
    expect(names.some((n) => n.startsWith('Harbin Institute of Technology ('))).toBe(true);
    expect(names.some((n) => n.includes('and Zembla'))).toBe(false);
  });

  it('"Institute of Aeronautics and Astronautics" stays one', () => {
    expect(only('restricts')(scoredClaimsOf('The United States slapped sanctions on Zembla Institute of Aeronautics and Astronautics.'))).toEqual(
      ['United States -restricts-> Zembla Institute of Aeronautics and Astronautics'],
    );
  });

  it('an ordinal counts a thing, it is no part of its name', () => {
    expect(only('develops')(scoredClaimsOf('Qorva builds the 12,500th Qorva Rover.'))).toEqual(['Qorva -develops-> Qorva Rover']);
  });
});

describe('a possessive after "access to" is a fact', () => {
  it('"demanded access to Zenco\'s Zeta chip" still says Zenco makes Zeta', () => {
    expect(only('develops')(scoredClaimsOf("Qorva demanded access to Zenco's Zeta chip."))).toEqual(['Zenco -develops-> Zeta']);
  });
});
