import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 52's families from its third round's readers (bans, controls, makers), on sentences written
// for the tests: a platform's removals named after "including" or by what they are of, a decision
// to stop selling, operations shut down, makers after "from developers" and in a plural apposition,
// a rival noun's "for", a designation's agent before its target, and firm names joined by "and".

describe("a platform's removals", () => {
  it.each([
    ['Apple removed 20 apps from its store, including Zapp and Qwik.', ['Apple -banned-> Qwik', 'Apple -banned-> Zapp']],
    ['Spotify removed all episodes of Night Desk.', ['Spotify -banned-> Night Desk']],
  ])('"%s"', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(claims);
  });
});

describe('stopping the sale or the business of others', () => {
  it('"made the decision to stop selling A as well as B" bans both', () => {
    expect(only('banned')(scoredClaimsOf("Amazon made the decision to stop selling Google's Chromecast as well as the Google Home."))).toEqual(['Amazon -banned-> Chromecast', 'Amazon -banned-> Google Home']);
  });

  it('an order to stop selling is the orderer\'s, not the seller\'s', () => {
    expect(only('banned')(scoredClaimsOf('France told Apple to stop selling the iPhone 12.'))).toEqual(['France -banned-> iPhone 12']);
  });

  it('"announced it has shut down the operations of A, B and C" bans each', () => {
    expect(only('banned')(scoredClaimsOf('The FDA announced it has shut down the operations of Emzor Pharma, Bioraj Pharma and Peace Standard Ltd.'))).toEqual([
      'Food and Drug Administration -banned-> Bioraj Pharma', 'Food and Drug Administration -banned-> Emzor Pharma', 'Food and Drug Administration -banned-> Peace Standard Ltd',
    ]);
  });
});

describe('makers and rivals', () => {
  it.each([
    ['Zeta Quest comes from developers Round8 Studio and Neowiz.', ['Neowiz -develops-> Zeta Quest', 'Round8 Studio -develops-> Zeta Quest']],
    ['The makers of Four Loko, Phusion Projects, said it was safe.', ['Phusion Projects -develops-> Four Loko']],
  ])('"%s"', (text, claims) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('"a direct competitor for Y" names a rival; "compete for buyers" names none', () => {
    expect(only('competes_with')(scoredClaimsOf('The BYD Seal is a direct competitor for the Tesla Model 3.'))).toEqual(['BYD Seal -competes_with-> Tesla Model 3']);
    expect(scoredClaimsOf('Samsung and Apple compete for buyers.')).toEqual(['Samsung -competes_with-> Apple']);
  });
});

describe('designations', () => {
  it('"the designation by X of Y" restricts Y', () => {
    expect(only('restricts')(scoredClaimsOf('The court blocked the designation by the Defense Department of Luokung Technology as a military company.'))).toEqual(['Pentagon -restricts-> Luokung Technology']);
  });

  it('a firm\'s name joined by "and" stays whole', () => {
    expect(only('restricts')(scoredClaimsOf('OFAC designated Zenco Rubber and Plastics Co and Qorva Trading.'))).toEqual(['Office of Foreign Assets Control -restricts-> Qorva Trading', 'Office of Foreign Assets Control -restricts-> Zenco Rubber and Plastics Co']);
  });
});
