import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 53's families from its first round of readers, on sentences written for the tests: a clause
// whose subject is a noun naming no one ("the court"), an owner's names listed with their kinds,
// a firm's hardware and software named after "such as", and space hardware as kinds of product.

describe('a clause whose subject names no one has no named actor', () => {
  it.each([
    'Zenco is locked in a patent dispute with Kappa over the Zeta, and the court banned the Zeta.',
    'Zenco appealed after the court banned the Zeta.',
  ])('"%s"', (text) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual([]);
  });

  it('a name coordinated with the noun is still a subject', () => {
    expect(only('banned')(scoredClaimsOf('Zenco and the government banned the Zeta.'))).toEqual(['Zenco -banned-> Zeta']);
  });
});

describe("an owner's names listed with their kinds are all the owner's", () => {
  it('"Google\'s Zeta speakers, Vela phones, as well as Lumen devices"', () => {
    expect(only('develops')(scoredClaimsOf("The order covers Google's Zeta speakers, Vela phones, as well as Lumen devices.")).sort()).toEqual(['Google -develops-> Lumen', 'Google -develops-> Vela', 'Google -develops-> Zeta']);
  });

  it('"Microsoft hardware and software such as A and B"', () => {
    expect(only('develops')(scoredClaimsOf('The ban hit most Microsoft hardware and software such as Zbox Live and Zindows.'))).toEqual(['Microsoft -develops-> Zbox Live', 'Microsoft -develops-> Zindows']);
  });

  // Since stop 101 (helper col101) the maker's possessive before the title gives the whole title, "'s" and all.
  it('a game series named with an "\'s" of its own has no owner in it but its maker', () => {
    expect(scoredClaimsOf("Ubisoft's Assassin's Creed games are popular.")).toEqual(["Ubisoft -develops-> Assassin's Creed"]);
  });
});

describe('space hardware and gadgets are kinds of product', () => {
  it.each([
    ['Qorva said its Zenlink constellation passed review.', 'Qorva -develops-> Zenlink'],
    ['Zenco launched the Zeta spacecraft.', 'Zenco -develops-> Zeta'],
  ])('"%s"', (text, claim) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual([claim]);
  });
});

describe('divestment orders, holdings and deals', () => {
  it('an order to sell a named firm restricts the investor', () => {
    expect(only('restricts')(scoredClaimsOf('Britain ordered the oligarch-backed fund Zenco Capital to sell broadband firm Qwik.'))).toEqual(['United Kingdom -restricts-> Zenco Capital']);
  });

  it('stakes owned by firms make them no makers', () => {
    expect(only('develops')(scoredClaimsOf('Zenco set up a venture, Vela, with stakes owned by Qorva and Kappa.'))).toEqual([]);
  });

  it('a thing owned by a firm is still its own', () => {
    expect(only('develops')(scoredClaimsOf('Zeta, a chatbot owned by Qorva, is popular.'))).toEqual(['Qorva -develops-> Zeta']);
  });

  it('"its planned purchase of rival Qorva" states the rivalry, not a plan of it', () => {
    expect(only('competes_with')(scoredClaimsOf("Zenco's planned purchase of rival Qorva was blocked."))).toEqual(['Zenco -competes_with-> Qorva']);
  });
});
