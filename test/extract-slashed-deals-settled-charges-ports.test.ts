import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 68, third round, from its first two controls samples and its first bans sample (drawn after bf70e9e). Sentences written
// for the tests.

describe('deals named by their parties with a slash', () => {
  it('"cleared the A/B transaction with conditions" restricts both parties', () => {
    expect(only('restricts')(scoredClaimsOf('The European Commission cleared the MediaTek/Qualcomm transaction with conditions.'))).toEqual([
      'European Commission -restricts-> MediaTek',
      'European Commission -restricts-> Qualcomm',
    ]);
  });

  it('"blocked the A/B merger" restricts, and bans no one', () => {
    const claims = scoredClaimsOf('The European Commission blocked the Siemens/Nokia merger.');
    expect(only('banned')(claims)).toEqual([]);
    expect(only('restricts')(claims)).toEqual(['European Commission -restricts-> Nokia', 'European Commission -restricts-> Siemens']);
  });
});

describe('clearances and orders in other words', () => {
  it('a tender offer cleared subject to divestitures, and a clearance "subject to the sale of" units, restrict the buyer', () => {
    expect(only('restricts')(scoredClaimsOf("The European Commission approved Panasonic's tender offer for Sanyo, subject to divestitures."))).toEqual([
      'European Commission -restricts-> Panasonic',
    ]);
    expect(only('restricts')(scoredClaimsOf('Panasonic received clearance from the European Commission to acquire Sanyo, subject to the sale of four units.'))).toEqual([
      'European Commission -restricts-> Panasonic',
    ]);
  });

  it('"is requiring A and B to divest B\'s tax business" restricts both', () => {
    expect(only('restricts')(scoredClaimsOf("The Justice Department is requiring Intuit and PayPal to divest PayPal's tax business in order for Intuit to proceed."))).toEqual([
      'Justice Department -restricts-> Intuit',
      'Justice Department -restricts-> PayPal',
    ]);
  });

  it('orders to release interface data or to license patents on fair terms restrict the firm', () => {
    expect(only('restricts')(scoredClaimsOf("China's commerce ministry ordered Qualcomm to release interface data."))).toEqual(['Ministry of Commerce -restricts-> Qualcomm']);
    expect(only('restricts')(scoredClaimsOf('The European Commission ordered Samsung to license its standard-essential patents on fair terms.'))).toEqual([
      'European Commission -restricts-> Samsung',
    ]);
  });

  it('"agreed to settle FTC charges" restricts the firm; a settlement named without its terms does not', () => {
    expect(only('restricts')(scoredClaimsOf('Intuit agreed to settle Federal Trade Commission charges that it misled consumers.'))).toEqual([
      'Federal Trade Commission -restricts-> Intuit',
    ]);
    expect(only('restricts')(scoredClaimsOf('Intuit has agreed to a settlement with the FTC.'))).toEqual([]);
  });
});

describe("a thing's port named after its platform", () => {
  it('"Twitter for iPhone … built by Twitter" makes Twitter no maker of the iPhone', () => {
    expect(only('develops')(scoredClaimsOf('Both Twitter for iPhone and TweetDeck are built by Twitter.'))).toEqual(['Twitter -develops-> TweetDeck']);
  });
});
