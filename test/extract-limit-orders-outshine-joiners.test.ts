import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 65, first round, from stop 64's readers: an order to limit what a firm does restricts the firm; a thing made to outshine
// another is its rival; a firm that joins giants in a race competes with each. Sentences written for the tests.

describe('an order to limit what a firm does', () => {
  it('"ordered Zenco Systems to suspend data transfers" restricts the firm', () => {
    expect(only('restricts')(scoredClaimsOf("Ireland's Data Protection Commission ordered Zenco Systems to suspend data transfers to the US."))).toEqual(
      ['Data Protection Commission -restricts-> Zenco Systems'],
    );
  });

  it('"issued a directive requiring Qorva Payments Bank to stop onboarding new customers" restricts the bank', () => {
    expect(only('restricts')(scoredClaimsOf('The Reserve Bank of India issued a directive requiring Qorva Payments Bank to stop onboarding new customers.'))).toEqual(
      ['Reserve Bank of India -restricts-> Qorva Payments Bank'],
    );
  });

  it('"ordered Qorva Payments Bank to limit withdrawals" restricts the bank', () => {
    expect(only('restricts')(scoredClaimsOf('The Reserve Bank of India ordered Qorva Payments Bank to limit withdrawals to $500 a day.'))).toEqual(
      ['Reserve Bank of India -restricts-> Qorva Payments Bank'],
    );
  });

  it('an order to limit the use of a thing restricts no firm told', () => {
    expect(only('restricts')(scoredClaimsOf('The Reserve Bank of India ordered Qorva Payments Bank to limit the use of Zeta cards.'))).toEqual([]);
  });
});

describe('a thing made to outshine another', () => {
  it('"built to outshine Qorva\'s Orb" sets the two things against each other', () => {
    expect(only('competes_with')(scoredClaimsOf("Zenco Systems' Zeta tablet was built to outshine Qorva's Orb tablet."))).toEqual(['Zeta -competes_with-> Orb']);
  });
});

describe('a firm that joins giants in a race', () => {
  // The giants joined are not each other's rivals by it (helper fp83b, from a fresh real-news sample).
  it('"Zenco joins giants Qorva and Borin in the race" sets Zenco against each', () => {
    expect(only('competes_with')(scoredClaimsOf('Zenco joins giants Qorva and Borin in the race to build humanoid robots.')).sort()).toEqual(
      ['Zenco -competes_with-> Borin', 'Zenco -competes_with-> Qorva'],
    );
  });
});

// Stop 65, first round, from its first samples (drawn on ed82ea2): orders to lenders, stores named after a product, a maker's goods
// named after "include", duopolies, share eroded in a place, a state's corporation and caps on a firm's share.
describe('orders against lenders named after their kind', () => {
  it('"cease and desist orders against the following lending apps: A, B and C" bans each', () => {
    expect(only('banned')(scoredClaimsOf('The Ruritanian Securities Commission issued cease and desist orders against the following lending apps: Cash Zorro, PesoZen and Qorva Lend.')).sort()).toEqual(
      ['Ruritanian Securities Commission -banned-> Cash Zorro', 'Ruritanian Securities Commission -banned-> PesoZen', 'Ruritanian Securities Commission -banned-> Qorva Lend'],
    );
  });

  it('"ordered A, B and C to immediately cease lending" bans each', () => {
    expect(only('banned')(scoredClaimsOf('The Ruritanian Securities Commission ordered Cash Zorro, PesoZen and Qorva Lend to immediately cease lending.')).sort()).toEqual(
      ['Ruritanian Securities Commission -banned-> Cash Zorro', 'Ruritanian Securities Commission -banned-> PesoZen', 'Ruritanian Securities Commission -banned-> Qorva Lend'],
    );
  });
});

describe("a store's name written after a product's", () => {
  it('"its Mac App Store" is one store, not the Mac', () => {
    const claims = scoredClaimsOf('Apple pulled Zenplan from its Mac App Store.');
    expect(only('develops')(claims)).toEqual(['Apple -develops-> Mac App Store']);
    expect(only('banned')(claims)).toEqual(['Apple -banned-> Zenplan']);
  });
});

describe("a maker's goods named after include", () => {
  it('"Specific Zenco Instruments calculators barred from the exam include A, B and C" are its goods, not its bans', () => {
    const claims = scoredClaimsOf('Specific Zenco Instruments calculators barred from the exam include the ZX-9, the ZX-9 Titanium and the Vexa 200.');
    expect(only('develops')(claims).sort()).toEqual(['Zenco Instruments -develops-> Vexa 200', 'Zenco Instruments -develops-> ZX-9', 'Zenco Instruments -develops-> ZX-9 Titanium']);
    expect(only('banned')(claims)).toEqual([]);
  });
});

describe('rivals in a market', () => {
  it('"A and B form a duopoly" sets them against each other', () => {
    expect(only('competes_with')(scoredClaimsOf('Zenco Systems and Qorva Labs form a duopoly in the pager market.'))).toEqual(['Zenco Systems -competes_with-> Qorva Labs']);
  });

  it('"eroded Zenco\'s market share in Ruritania" names Zenco the rival, the place aside', () => {
    expect(only('competes_with')(scoredClaimsOf("Qorva Labs has eroded Zenco Systems' market share in Ruritania."))).toEqual(['Qorva Labs -competes_with-> Zenco Systems']);
  });
});

describe("caps on a firm's share", () => {
  it('"X Corporation of India" is one firm, named whole', () => {
    expect(scoredClaimsOf("The Zembla Payments Corporation of India capped Zenpay's market share at 30%.")).toEqual(['Zembla Payments Corporation of India -restricts-> Zenpay']);
  });

  it('"capped the spectrum holdings of A and B" restricts each', () => {
    expect(only('restricts')(scoredClaimsOf('Ofcom capped the spectrum holdings of Zenco Telecom and Qorva Mobile.')).sort()).toEqual(['Ofcom -restricts-> Qorva Mobile', 'Ofcom -restricts-> Zenco Telecom']);
  });
});
