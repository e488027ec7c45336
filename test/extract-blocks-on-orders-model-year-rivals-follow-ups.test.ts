import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 66, third round, from its first- and second-round samples (drawn on d09eb75 and b7d4535): an agentless block whose order
// is named after it, a model year after "vs.", a maker's next release after "followed (up) with", a regulator accepting a firm's
// commitments, and caps on a firm's vehicles. Sentences written for the tests.

describe('an agentless block and the order named after it', () => {
  it('"Zapp was blocked on the orders of Roskomnadzor" bans it', () => {
    expect(scoredClaimsOf('Zapp was blocked on the orders of Roskomnadzor.')).toEqual(['Roskomnadzor -banned-> Zapp']);
  });

  it('"A and B were blocked as per instructions from the Delhi High Court" bans both', () => {
    expect(only('banned')(scoredClaimsOf('Zapp and Google Docs were blocked as per instructions from the Delhi High Court.'))).toEqual(
      ['Delhi High Court -banned-> Google Docs', 'Delhi High Court -banned-> Zapp'],
    );
  });

  it('"TikTok was banned following an order from the ministry" bans it', () => {
    expect(scoredClaimsOf('TikTok was banned following an order from the Ministry of Electronics and Information Technology.')).toEqual(['MeitY -banned-> TikTok']);
  });

  it("a person's order is no state's ban", () => {
    expect(scoredClaimsOf('Telegram was blocked on the orders of Pavel Durov.')).toEqual([]);
  });
});

describe('"vs." before a model year', () => {
  it('"The 2019 Toyota Mirai vs. the 2019 Honda Clarity" sets them against each other', () => {
    expect(only('competes_with')(scoredClaimsOf('The 2019 Toyota Mirai vs. the 2019 Honda Clarity.'))).toEqual(['Toyota Mirai -competes_with-> Honda Clarity']);
  });
});

describe('a maker\'s next release after "followed (up) with"', () => {
  it('"Trezor followed with a redesigned Trezor Safe 3", "Apple followed up with the iPhone 4S and the iPad 2"', () => {
    expect(scoredClaimsOf('Trezor followed with a redesigned Trezor Safe 3.')).toEqual(['Trezor -develops-> Trezor Safe 3']);
    expect(scoredClaimsOf('Apple followed up with the iPhone 4S and the iPad 2.')).toEqual(['Apple -develops-> iPad 2', 'Apple -develops-> iPhone 4S']);
  });

  it('"followed with a price cut on the Galaxy S24" makes nothing', () => {
    expect(only('develops')(scoredClaimsOf('Samsung followed with a price cut on the Galaxy S24.'))).toEqual([]);
  });
});

describe("a firm's commitments accepted, and caps on its fleet", () => {
  it('"accepted the commitments made by Google", "accepted Apple\'s commitment to open …", "legally bound Apple to its commitments"', () => {
    expect(scoredClaimsOf('The CMA accepted the commitments made by Google.')).toEqual(['Competition and Markets Authority -restricts-> Google']);
    expect(scoredClaimsOf("The European Commission accepted Apple's commitment to open its NFC chip to rival wallets.")).toEqual(['European Commission -restricts-> Apple']);
    expect(scoredClaimsOf('The European Commission legally bound Apple to its commitments.')).toEqual(['European Commission -restricts-> Apple']);
  });

  it('commitments rejected restrict nothing', () => {
    expect(scoredClaimsOf('The CMA rejected the commitments made by Google.')).toEqual([]);
  });

  it('"voted to cap Uber and Lyft vehicles" restricts both', () => {
    expect(scoredClaimsOf('The Taxi and Limousine Commission voted to cap Uber and Lyft vehicles.')).toEqual(
      ['Taxi and Limousine Commission -restricts-> Lyft', 'Taxi and Limousine Commission -restricts-> Uber'],
    );
  });
});
