import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper own88: an owner's things told as a range ("owns everything from A to B", "whose portfolio ranges from A to B") or listed
// in brackets or between dashes after their kind ("Zenco's family of apps (A, B, C)"). Sentences written for the tests.

describe('an owner of everything from one thing to another', () => {
  it('"which owns everything from A to B" and "makes everything from A to B" give both ends', () => {
    expect(only('develops')(scoredClaimsOf('Zenco, which owns everything from Qorva to Blip, reported higher profits.'))).toEqual(['Zenco -develops-> Blip', 'Zenco -develops-> Qorva']);
    expect(only('develops')(scoredClaimsOf('Zenco Inc makes everything from Qorva to Blip.'))).toEqual(['Zenco Inc -develops-> Blip', 'Zenco Inc -develops-> Qorva']);
    expect(only('develops')(scoredClaimsOf('Zenco Labs, which publishes everything from Qorva to Blip, hired 200 people.'))).toEqual(['Zenco Labs -develops-> Blip', 'Zenco Labs -develops-> Qorva']);
  });

  it('a possessive or "whose" kind that ranges from A to B', () => {
    expect(only('develops')(scoredClaimsOf('Zenco, whose portfolio ranges from Qorva to Blip, grew.'))).toEqual(['Zenco -develops-> Blip', 'Zenco -develops-> Qorva']);
    expect(only('develops')(scoredClaimsOf("Zenco's apps, from Qorva to Blip, reached 3 billion people."))).toEqual(['Zenco -develops-> Blip', 'Zenco -develops-> Qorva']);
    expect(only('develops')(scoredClaimsOf("Zenco Inc's brands range from Qorva to Blip."))).toEqual(['Zenco Inc -develops-> Blip', 'Zenco Inc -develops-> Qorva']);
  });

  it('a shop that sells everything, a denial or a plan gives no edge', () => {
    expect(only('develops')(scoredClaimsOf('Zenco sells everything from Qorva phones to Blip tablets.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Zenco does not own everything from Qorva to Blip.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Zenco plans to buy everything from Qorva to Blip.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Zenco makes everything from Qorva to Blip obsolete.'))).toEqual([]);
  });

  it("customers, users or trucks that range or run from A to B are no owner's things", () => {
    expect(only('develops')(scoredClaimsOf("Zenco's customers range from Qorva to Blip."))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Zenco, whose users range from Qorva to Blip, grew.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf("Zenco's trucks run from Qorva to Blip."))).toEqual([]);
  });
});

describe("an owner's things in brackets or between dashes", () => {
  it('"family of apps (A, B, C)", "apps – A, B and C –", "suite of tools (A and B)"', () => {
    expect(only('develops')(scoredClaimsOf("Zenco's family of apps (Qorva, Blip, Vexa) reached 3 billion people."))).toEqual(['Zenco -develops-> Blip', 'Zenco -develops-> Qorva', 'Zenco -develops-> Vexa']);
    expect(only('develops')(scoredClaimsOf("Zenco's apps - Qorva, Blip and Vexa - reached 3 billion people."))).toEqual(['Zenco -develops-> Blip', 'Zenco -develops-> Qorva', 'Zenco -develops-> Vexa']);
    expect(only('develops')(scoredClaimsOf("Zenco Inc's suite of tools (Qorva and Blip) is popular."))).toEqual(['Zenco Inc -develops-> Blip', 'Zenco Inc -develops-> Qorva']);
  });

  it("rivals, customers or investors in brackets are no owner's things", () => {
    expect(only('develops')(scoredClaimsOf("Zenco's rivals (Qorva, Blip, Vexa) gained users."))).toEqual([]);
    expect(only('develops')(scoredClaimsOf("Zenco's customers (Qorva Bank, Blip Bank) signed up."))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Apps such as Qorva and Blip were banned in India.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf("Zenco's stores (Qorva, Blip, Vexa) closed."))).toEqual([]);
  });
});
