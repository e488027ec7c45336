import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 53's families from its first and second rounds of readers, on sentences written for the tests:
// a ruling that a firm may no longer sell or import a thing, and every maker of a list after "from".

describe('a ruling that a firm may not sell or import a thing bans the thing', () => {
  it.each([
    ['The ITC ruled that Qorva cannot import the Zeta phones into the US.', ['International Trade Commission -banned-> Zeta']],
    ['The ITC ruled that Qorva can import the Zeta.', []],
  ])('"%s"', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(claims);
  });

  it("a firm's finding is no ruling", () => {
    expect(only('banned')(scoredClaimsOf('Zenco found that Qorva cannot sell the Zeta.'))).toEqual([]);
  });
});

describe('every maker listed after "the <kind> from"', () => {
  it('"Zetaquest, the RPG from Zenco Studio and Qorva Games"', () => {
    expect(only('develops')(scoredClaimsOf('Zetaquest, the RPG from Zenco Studio and Qorva Games, launches in May.'))).toEqual(['Qorva Games -develops-> Zetaquest', 'Zenco Studio -develops-> Zetaquest']);
  });
});

describe('a state ordering a firm to halt the sale of a thing bans the thing', () => {
  it.each([
    ["Brazil's Justice Ministry ordered Zenco to cancel the sale of the Zenphone 9.", ['Justice Ministry -banned-> Zenphone 9']],
    ["Brazil's government required Zenco to halt Zenphone sales.", ['Brazil -banned-> Zenphone']],
    ['Brazil ordered the cancellation of the sale of the Zenphone 9.', ['Brazil -banned-> Zenphone 9']],
    ['France ordered Zenco to suspend sales of the Zenphone 9.', ['France -banned-> Zenphone 9']],
  ])('"%s"', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('the firm told is no actor', () => {
    expect(only('banned')(scoredClaimsOf('The ministry ordered Zenco to suspend sales of the Zenphone 9.'))).toEqual([]);
  });

  it('a firm halting its own sales is still its act', () => {
    expect(only('banned')(scoredClaimsOf('Zenco suspended sales of the Zenphone 9 in Ruritania.'))).toEqual(['Zenco -banned-> Zenphone 9']);
  });
});

describe('"its" before a name that only describing words separate', () => {
  it.each([
    ['Qorva said its Zeta is fast.', ['Qorva -develops-> Zeta']],
    ['Google said its new Zeta is fast.', ['Google -develops-> Zeta']],
    ['Zenco Inc. sued its Qorva and Vela partners.', []],
  ])('"%s"', (text, claims) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual(claims);
  });
});

describe("a rival noun after an owner and a compound describing word", () => {
  it.each([
    ["Lyft, Uber's ride-hailing rival, has grown.", ['Lyft -competes_with-> Uber']],
    ["Lyft, Uber's top ride-hailing rival, has grown.", ['Lyft -competes_with-> Uber']],
  ])('"%s"', (text, claims) => {
    expect(only('competes_with')(scoredClaimsOf(text))).toEqual(claims);
  });
});

describe('bids and deals a state rejects or blocks restrict the bidder', () => {
  it.each([
    ['The German government rejected a bid by Zenco to buy Qorva.', ['Germany -restricts-> Zenco']],
    ['Germany has blocked a handful of deals, including a takeover of Qorva by Zenco.', ['Germany -restricts-> Zenco']],
  ])('"%s"', (text, claims) => {
    const found = scoredClaimsOf(text);
    expect(only('restricts')(found)).toEqual(claims);
    expect(only('banned')(found)).toEqual([]);
  });

  it('a bid to buy is no purchase', () => {
    expect(claimsOf('Zenco offered to buy Qorva for $2 billion.', 'proposed')).toEqual(['Zenco -acquired-> Qorva']);
  });
});

describe("a two-word place's compound before a name", () => {
  it.each([
    ['The US Treasury blacklisted the Hong Kong-based Zenco Model Limited.', 'restricts', ['Treasury Department -restricts-> Zenco Model Limited']],
    ['The Treasury sanctioned Hong Kong-based Zenco Ltd.', 'restricts', ['Treasury -restricts-> Zenco Ltd']],
    ['The Silicon Valley-based startup Zenco launched Zeta.', 'develops', ['Zenco -develops-> Zeta']],
  ])('"%s"', (text, relation, claims) => {
    expect(only(relation)(scoredClaimsOf(text))).toEqual(claims);
  });
});

describe('makers named through a description', () => {
  it.each([
    ['The Zeta rocket from the German start-up Zenco Space crashed.', ['Zenco Space -develops-> Zeta']],
    ["Zenco's spacecraft, a lunar lander named Zeta, landed.", ['Zenco -develops-> Zeta']],
    ['Zeta R is a reusable launcher under development by Zenco Space.', ['Zenco Space -develops-> Zeta R']],
    ["Zenco's phone, a model named after its founder, sold well.", []],
  ])('"%s"', (text, claims) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual(claims);
  });
});
