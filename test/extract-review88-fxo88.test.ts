import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper fxo88 (review of stop 88's develops rules): owner ranges and bracketed lists whose describer names someone else's things,
// "makes everything from A to B" told as a cause or a range of places, and the making act at another firm's plant. Sentences
// written for the tests.
const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe("an owner's range or bracket described as someone else's things", () => {
  it('third-party, partner, competitor, compatible or supported things are no owner\'s', () => {
    expect(develops("Zenco's third-party apps range from Zeta to Vela.")).toEqual([]);
    expect(develops("Zenco's competitor apps range from Zeta to Vela.")).toEqual([]);
    expect(develops("Zenco's partner apps (Zeta, Vela, Lumo) grew.")).toEqual([]);
    expect(develops("Zenco's compatible devices (Zeta, Vela) sold well.")).toEqual([]);
    expect(develops("Zenco's supported phones - Zeta and Vela - sold well.")).toEqual([]);
    // However the list is set off (stop 91: spaced hyphens in pairs read as commas, as dashes were).
    expect(develops("Zenco's supported phones, Zeta and Vela, sold well.")).toEqual([]);
    expect(develops("Zenco's partner apps – Zeta and Vela – grew.")).toEqual([]);
    expect(develops("Zenco's new phones, Zeta and Vela, sold well.")).toEqual(['Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops("Zenco's approved drones (Zeta and Vela) flew.")).toEqual([]);
    expect(develops("Zenco's featured games range from Zeta to Vela.")).toEqual([]);
    expect(develops('Zenco, whose recommended apps range from Zeta to Vela, grew.')).toEqual([]);
  });

  it('planes or ships from A to B, set off by commas, make a trip', () => {
    expect(develops("Zenco's planes, from Zeta to Vela, carry goods.")).toEqual([]);
    expect(develops("Zenco's ships, from Zeta to Vela, carry oil.")).toEqual([]);
  });

  it('the family still gives its own things', () => {
    expect(develops("Zenco's apps, from Qorva to Blip, reached 3 billion people.")).toEqual(['Zenco -develops-> Blip', 'Zenco -develops-> Qorva']);
    expect(develops("Zenco's family of apps (Qorva, Blip, Vexa) reached 3 billion people.")).toEqual(['Zenco -develops-> Blip', 'Zenco -develops-> Qorva', 'Zenco -develops-> Vexa']);
    expect(develops("Zenco's popular apps range from Qorva to Blip.")).toEqual(['Zenco -develops-> Blip', 'Zenco -develops-> Qorva']);
    expect(develops("Zenco's planes, ranging from Qorva to Blip, sold well.")).toEqual(['Zenco -develops-> Blip', 'Zenco -develops-> Qorva']);
  });
});

describe('"makes everything from A to B" that ends in a result, and a range of places', () => {
  it('a result after the range is a cause, not a making', () => {
    expect(develops("Zenco makes everything from Zeta to Vela compatible with Qorva's chips.")).toEqual([]);
    expect(develops('Zenco makes everything from Zeta to Vela secure.')).toEqual([]);
    expect(develops('Zenco makes everything from Zeta to Vela free for students.')).toEqual([]);
  });

  it('places at the ends of the range are no things made or owned', () => {
    expect(develops('Zenco owns everything from Boston to Denver.')).toEqual([]);
    expect(develops('Zenco controls everything from Zeta to Vela.')).toEqual([]);
  });

  it('the family still gives its own things', () => {
    expect(develops('Zenco Inc makes everything from Qorva to Blip.')).toEqual(['Zenco Inc -develops-> Blip', 'Zenco Inc -develops-> Qorva']);
    expect(develops('Zenco makes everything from Qorva to Blip, and sells them online.')).toEqual(['Zenco -develops-> Blip', 'Zenco -develops-> Qorva']);
    expect(develops('Zenco, which owns everything from Qorva to Blip, reported higher profits.')).toEqual(['Zenco -develops-> Blip', 'Zenco -develops-> Qorva']);
  });
});

describe("making a thing at another firm's plant", () => {
  it('a named subject that starts the making is the maker, not the plant\'s owner', () => {
    expect(develops("Qorva began production of the Zeta at Zenco's plant in Ohio.")).toEqual(['Qorva -develops-> Zeta']);
    expect(develops("Qorva moved assembly of the Zeta at Zenco's factory to Texas.")).not.toContain('Zenco -develops-> Zeta');
  });

  it("a former plant is no maker's", () => {
    expect(develops("Qorva will start production of the Zeta at Zenco's former plant.")).not.toContain('Zenco -develops-> Zeta');
    expect(develops("Production of the Zeta at Zenco's old factory ended.")).toEqual([]);
  });

  it('the family still gives the plant owner', () => {
    expect(develops("Production of the Z66 at Zenco's plant resumed on Tuesday.")).toEqual(['Zenco -develops-> Z66']);
    expect(develops("Assembly of the Zeta 5 at Qorva's new factory in Ohio fell.")).toEqual(['Qorva -develops-> Zeta 5']);
    expect(develops('Zenco began production of the Zeta at its plant in Ohio.')).toEqual(['Zenco -develops-> Zeta']);
  });
});
