import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// fp90, from stop 89's fresh samples: plants, mines and power stations were read as products of the groups that build them,
// a plant named before a making verb as the maker, a chain's restaurants rolling out another firm's devices as their maker,
// building upon a prototype as making it, and a numbered lab of a firm as its product. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a site a group builds is no product of it', () => {
  it('plants, power stations and mines named before their kind are places', () => {
    expect(develops('Zenco builds the Zeta-2 nuclear power plant in Ruritania.')).toEqual([]);
    expect(develops('Zenco launched the Zeta-2 power station.')).toEqual([]);
    expect(develops('Zenco, which designs reactors, built the Zeta-2 nuclear power plant and the Qorva coal mine.')).toEqual([]);
    expect(develops('Zenco completed the Zeta refinery last year.')).toEqual([]);
    expect(develops('Zenco builds the Zeta atomic plant.')).toEqual([]);
  });

  it('a device, a reactor or a phone named so is still made', () => {
    expect(develops('Zenco launched the Zeta base station.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops("Zenco's Zeta-2 reactor powers the Qorva plant.")).toEqual(['Zenco -develops-> Zeta-2']);
    expect(develops('Zenco launched the Zeta phone in Ruritania.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco builds the Zeta solar panel.')).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe('a plant or a chain\'s venues before a making verb make nothing', () => {
  it('the site named before the verb is not the maker', () => {
    expect(develops('The Zeta plant will produce the Qeta batteries from next year.')).not.toContain('Zeta -develops-> Qeta');
    expect(develops('The Vexa factory began building the Qeta trucks in May.')).not.toContain('Vexa -develops-> Qeta');
  });

  it('a chain whose restaurants or stores roll out a device is not its maker', () => {
    expect(develops("Zembla's 800 restaurants began the launch of the Qorva devices last week.")).toEqual([]);
    expect(develops("Zembla's 200 outlets launched the Qorva kiosks.")).toEqual([]);
    expect(develops('Zembla stores launched the Qorva tablets in May.')).toEqual([]);
  });

  it('a firm, its engineers or its own factory still make what they build', () => {
    expect(develops("Zenco's engineers built the Qeta robot.")).toEqual(['Zenco -develops-> Qeta']);
    expect(develops("Zenco's factory builds the Qeta phone.")).toEqual(['Zenco -develops-> Qeta']);
    expect(develops('Zenco builds kiosks for restaurants, including the Qeta.')).not.toEqual([]);
    expect(develops('Zenco launched the Qorva tablets in May.')).toEqual(['Zenco -develops-> Qorva']);
  });
});

describe('building upon a thing is not making it', () => {
  it('the builder upon a prototype is not its maker', () => {
    expect(develops("Zenco unveiled its Qeta reactor prototype. The Zeta plant will build upon Zenco's prototype, Qeta.")).toEqual(['Zenco -develops-> Qeta']);
    expect(develops("Vexa built on the Qeta, Qorva's engine.")).not.toContain('Vexa -develops-> Qeta');
    expect(develops("Vexa will build upon the Qeta, Qorva's engine.")).not.toContain('Vexa -develops-> Qeta');
  });

  it('building a thing is still making it', () => {
    expect(develops('Vexa built the Qeta engine.')).toEqual(['Vexa -develops-> Qeta']);
    expect(develops('Vexa will build the Qeta on its own.')).toEqual(['Vexa -develops-> Qeta']);
  });
});

describe("a firm's numbered lab is a unit, not a product", () => {
  it('"Lab9" ends a firm\'s name', () => {
    expect(develops("Zenco's Vexa Lab9 built the chip.")).toEqual([]);
    expect(develops("Zenco's Vexa Lab9 designed the Qeta chip.")).toEqual(['Vexa Lab9 -develops-> Qeta']);
  });

  it('a named product with a number stays a product', () => {
    expect(develops("Zenco's Vexa 9 phone sold well.")).toEqual(['Zenco -develops-> Vexa 9']);
  });
});

describe("acronyms of a firm's seat, meetings and papers are no products", () => {
  it('"its HQ", "its AGM", "its ESG report" name nothing made', () => {
    expect(develops("Zenco makes the Zeta phone. Zenco's HQ is in Lumo City.")).toEqual(['Zenco -develops-> Zeta']);
    expect(develops("Zenco makes the Zeta phone. Zenco's AGM approved the plan, and its ESG report was praised.")).toEqual(['Zenco -develops-> Zeta']);
    expect(develops("Zenco makes the Zeta phone. Zenco's CV team built the Qeta app.")).toEqual(['Zenco -develops-> Qeta', 'Zenco -develops-> Zeta']);
  });

  it('a coined acronym after a possessive is still a product', () => {
    expect(develops("Zenco makes the Zeta phone. Zenco's QX9 is its newest tablet.")).toContain('Zenco -develops-> QX9');
  });
});

describe("a group's fund manager or lift arm is a firm, not its product", () => {
  it('"… Asset Management", "… Wealth Management", "… Lifts" name no product of the group', () => {
    expect(develops('Zenco bought the shares from Tata Asset Management in May.')).toEqual([]);
    expect(develops('Tata Capital Asset Management and Tata Wealth Management bought the bonds.')).toEqual([]);
    expect(develops('Ana Qorva died after the footplate of an escalator built by Tata Lifts collapsed.')).toEqual([]);
  });

  it("a group's named product is still its own", () => {
    expect(develops('Tata Zeta Max cars are selling well.')).toEqual(['Tata Group -develops-> Tata Zeta Max']);
  });
});

describe('firms a preposition names after a maker\'s verb are no things made', () => {
  it('"from Zenco\'s rivals Vexa and Zorp", "for its clients Vexa and Zorp" make neither', () => {
    expect(develops("Qorva assembles the Zeta phone for Zenco. Qorva also produces phones from Zenco's rivals Vexa and Zorp.")).toEqual(['Qorva -develops-> Zeta']);
    expect(develops('Qorva builds devices for its clients Vexa and Zorp.')).toEqual([]);
    expect(develops('Qorva builds devices for its big clients, Vexa and Zorp.')).toEqual([]);
  });

  it('things a maker makes, listed after its kind, are still made', () => {
    expect(develops('Qorva makes phones, including the Zeta and the Vexa.')).toEqual(['Qorva -develops-> Vexa', 'Qorva -develops-> Zeta']);
    expect(develops('Qorva builds the Zeta phone for its clients.')).toEqual(['Qorva -develops-> Zeta']);
  });
});
