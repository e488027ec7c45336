import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Review rr94a (stop 94): faults of round 1's rules on ordinary phrasing, read with made-up names. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('an opening "Their" after a sentence that named a plural party', () => {
  it('is no firm\'s when the sentence before named customers, carmakers or people in the plural', () => {
    expect(develops('Zenco makes chips for carmakers. Their new Zeta sedan goes on sale in May.')).toEqual([]);
    expect(develops('Zenco sells software to retailers. Their new Zeta app launched on Monday.')).toEqual([]);
    expect(develops('Zenco hired two engineers last year. Their first robot, Z1, walks.')).toEqual([]);
    expect(develops('Zenco serves hospitals across Ruritania. Their new Zeta robot cleans wards.')).toEqual([]);
  });

  it('is still the one firm named before when no plural party stands there', () => {
    expect(develops('Zenco designs its robots in-house. Their first robot, Z1, walks.')).toEqual(['Zenco -develops-> Z1']);
    expect(develops('Zenco makes robots. Their first robot, Z1, walks.')).toEqual(['Zenco -develops-> Z1']);
  });
});

describe('a firm joined by "and" after "based in" or "headquartered in" a place', () => {
  it('is a firm, not one more place of the list', () => {
    expect(develops('Zenco, based in Austin, and Qorva launched the Zeta robot.')).toContain('Qorva -develops-> Zeta');
    expect(develops('Zenco is headquartered in Ruritania and Qorva makes the Zeta phone.')).toContain('Qorva -develops-> Zeta');
    expect(develops('Vexa, located in Zembla, and Qorva unveiled the Tarn drone.')).toContain('Qorva -develops-> Tarn');
  });

  it('while a list of places after the participle stays places', () => {
    expect(develops('The depots, located in Aston, Brill and Cole, will get chargers made by Zenco.')).toEqual([]);
    expect(develops('The depots, located in Aston, Brill, and Cole, will get chargers made by Zenco.')).toEqual([]);
    expect(develops('The depots located in Aston and Brill will get chargers made by Zenco.')).toEqual([]);
  });
});

describe('"GM" before a crop word used as a verb', () => {
  it('"GM seeds its …", "GM feeds the …" keep the carmaker', () => {
    expect(entitiesOf('GM seeds its new battery unit with $1 billion.')).toContain('GM (company)');
    expect(entitiesOf('GM feeds the Ruritanian market with cheap trucks.')).toContain('GM (company)');
  });

  it('while "GM" before a crop or a food stays no firm', () => {
    expect(entitiesOf('Zembla banned GM seeds in 2012.')).not.toContain('GM (company)');
    expect(entitiesOf('Ruritania suspended imports of GM corn from Zembla.')).not.toContain('GM (company)');
    expect(entitiesOf('The shop sells GM-free foods.')).not.toContain('GM (company)');
  });
});

describe('a trait crop written in title case', () => {
  it('"BT Cotton" is the crop, no telecom group\'s product', () => {
    expect(develops('Activists want BT Cotton banned in Ruritania.')).toEqual([]);
    expect(entitiesOf('Activists want BT Cotton banned in Ruritania.')).toContain('BT Cotton (product)');
  });

  it('while the group\'s own names keep their maker', () => {
    expect(develops('BT launched BT Halo in May.')).toContain('BT -develops-> BT Halo');
  });
});

describe('a surname opening a sentence before "believes its"', () => {
  it('is the person named before, no firm', () => {
    expect(develops('Tom Jones runs a blog. Jones believes its Zeta app will win users.')).toEqual([]);
    expect(develops('Ann Vexa writes about phones. Vexa hopes its Zeta phone sells well.')).toEqual([]);
  });

  it('while a firm that believes in its own thing keeps it', () => {
    expect(develops('Zenco makes apps. Zenco believes its Zeta app will win users.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Tom Jones runs Zenco. Zenco hopes its Zeta app will win users.')).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe('peers of a stock', () => {
  const competes = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));
  it('a share price trailing its peers, or peers in the stock market, make no rivals', () => {
    expect(competes("Zenco's shares trail peers such as Qorva this year.")).toEqual([]);
    expect(competes("Zenco's stock trails peers such as Qorva this year.")).toEqual([]);
    expect(competes("Zenco's peers in the stock market, such as Qorva, fell.")).toEqual([]);
  });

  it('while peers in a market of goods stay rivals', () => {
    expect(competes("Zenco's peers in the chip market, such as Qorva, cut prices.")).toEqual(['Zenco -competes_with-> Qorva']);
    expect(competes("Zenco's peers such as Qorva cut prices on robots.")).toEqual(['Zenco -competes_with-> Qorva']);
  });
});

describe('a thing "out of" a firm\'s stores', () => {
  it('is the retailer\'s sale, not its making', () => {
    expect(develops('Zeta is the top-selling product out of Zenco stores.')).toEqual([]);
    expect(develops('Zeta is the best-selling phone coming out of Zenco factories.')).toEqual([]);
  });

  it('while the thing out of a firm alone is its own', () => {
    expect(develops('Zeta is the newest headset out of Zenco.')).toEqual(['Zenco -develops-> Zeta']);
  });
});
