import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 65, fourth round, from its second- and third-round samples (drawn on d15d41d and 6ec58c2): corrective orders, services
// listed to be blocked, a court's order to internet providers, a lender told to halt loans under its products, what belongs to
// an operator, and coined names in camel case. Sentences written for the tests.

describe("a regulator's corrective orders", () => {
  it('"issued business improvement orders to A, B and C" restricts each', () => {
    expect(only('restricts')(scoredClaimsOf("Japan's Financial Services Agency issued business improvement orders to Zencoin, Qorva Exchange and Kappa Trade.")).sort()).toEqual(
      ['Financial Services Agency -restricts-> Kappa Trade', 'Financial Services Agency -restricts-> Qorva Exchange', 'Financial Services Agency -restricts-> Zencoin'],
    );
  });

  it('"received a business improvement order from the agency" restricts the firm', () => {
    expect(only('restricts')(scoredClaimsOf("Zencoin received a business improvement order from Japan's Financial Services Agency."))).toEqual(
      ['Financial Services Agency -restricts-> Zencoin'],
    );
  });

  it('a cease-and-desist order is still a ban', () => {
    expect(scoredClaimsOf('The Financial Services Agency issued a cease-and-desist order against Zencoin.')).toEqual(['Financial Services Agency -banned-> Zencoin']);
  });

  it('"directed Zenco Finance to halt loans under its two digital products" restricts the lender', () => {
    expect(only('restricts')(scoredClaimsOf('The Reserve Bank of India directed Zenco Finance to halt loans under its two digital products.'))).toEqual(
      ['Reserve Bank of India -restricts-> Zenco Finance'],
    );
  });
});

describe('bans ordered through others', () => {
  it('"listed A, B and C as services to be blocked" bans each', () => {
    expect(scoredClaimsOf("Congo's regulator ARPTC listed Zapp, Qchat and Zorbix as services to be blocked.").sort()).toEqual(
      ['ARPTC -banned-> Qchat', 'ARPTC -banned-> Zapp', 'ARPTC -banned-> Zorbix'],
    );
  });

  it('"ordered internet providers A and B to block Zapp": the court bans it, not the providers', () => {
    expect(only('banned')(scoredClaimsOf('The Nairobi High Court ordered internet providers Zenco Telecom and Qorva Mobile to block Zapp.'))).toEqual(
      ['Nairobi High Court -banned-> Zapp'],
    );
  });
});

describe('owners and coined names', () => {
  it('"Zolotaya Korona, belonging to the operator Zenco Bank" is the bank\'s', () => {
    expect(only('develops')(scoredClaimsOf('Zolotaya Korona, belonging to the operator Zenco Bank, was banned.'))).toEqual(['Zenco Bank -develops-> Zolotaya Korona']);
  });

  it.each([['zenFly developed the eBee mapping drone.', 'zenFly -develops-> eBee'], ['The Zeta is a mapping drone developed by zenFly.', 'zenFly -develops-> Zeta']])(
    '"%s": a camel-case coined name is a name',
    (text, claim) => {
      expect(only('develops')(scoredClaimsOf(text))).toEqual([claim]);
    },
  );
});
