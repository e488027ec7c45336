import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 73, fourth round, from its twenty-third to twenty-fifth sets: a work's kind with its maker after a bare "by", an order
// named before and sent to the firms it binds, the designees of a listing act, a blacklist owned by a state's adjective, and banks
// named for "the" state or a region. Sentences written for the tests.

describe("a work's kind, then its maker after \"by\"", () => {
  it('"Zeta is a visual novel by indie studio Zenco"', () => {
    expect(only('develops')(scoredClaimsOf('Coffee Talk 2 is a visual novel by indie studio Toge Productions.'))).toEqual(['Toge Productions -develops-> Coffee Talk 2']);
  });

  it('"Zeta, a game by Ruritanian studio Zenco, was released"', () => {
    expect(only('develops')(scoredClaimsOf('Zeta Quest, a game by Nigerian studio Maliyo Games, was released in 2013.'))).toEqual(['Maliyo Games -develops-> Zeta Quest']);
  });

  it('a thing that is not a work, or a maker no name names, makes nothing', () => {
    expect(only('develops')(scoredClaimsOf('Zeta Quest is a hit by any measure.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Zeta Quest is a game by a Nigerian studio.'))).toEqual([]);
  });
});

describe('an order sent to the firms it binds', () => {
  it('"The Board issued the order to A and B on Monday" restricts both', () => {
    expect(only('restricts')(scoredClaimsOf('The Serbian Gaming Board issued the order to Mybet Ltd and Titan Bet Ltd on Monday.'))).toEqual([
      'Serbian Gaming Board -restricts-> Mybet Ltd',
      'Serbian Gaming Board -restricts-> Titan Bet Ltd',
    ]);
  });

  it('carriers told to block a site are not what the order restricts', () => {
    expect(only('restricts')(scoredClaimsOf('The Ministry of Communications sent these instructions to Zentel Ltd and Qorva Telecom to block Zetanews.com.'))).toEqual([]);
  });
});

describe('the designees of a listing act', () => {
  it('"The designees include A, B and C" after "added eight entities to the Entity List"', () => {
    const text = 'The Commerce Department added eight entities to the Entity List on Tuesday. The designees include Hosoda Taiwan Ltd, Golsad Istanbul Trading Ltd and Faratel Corp.';
    expect(only('restricts')(scoredClaimsOf(text))).toEqual([
      'Commerce Department -restricts-> Faratel Corp',
      'Commerce Department -restricts-> Golsad Istanbul Trading Ltd',
      'Commerce Department -restricts-> Hosoda Taiwan Ltd',
    ]);
  });
});

describe("a blacklist owned by a state's adjective", () => {
  it('"A, B and C are all on the Ruritanian blacklist"', () => {
    expect(only('restricts')(scoredClaimsOf('Mybet Ltd, Titan Bet Ltd and Zeta Bet Ltd are all on the Serbian blacklist.'))).toEqual([
      'Serbia -restricts-> Mybet Ltd',
      'Serbia -restricts-> Titan Bet Ltd',
      'Serbia -restricts-> Zeta Bet Ltd',
    ]);
  });

  it("a state's list of top brands restricts no one", () => {
    expect(only('restricts')(scoredClaimsOf('Zeta Bet Ltd is on the Serbian list of top brands.'))).toEqual([]);
  });
});

describe('a bank named for "the" state or a region', () => {
  it('"the Central Bank of the UAE" is one body, not "Central Bank" and the state', () => {
    const text = 'The Central Bank of the UAE (CBUAE) has revoked the licence of Muthoot Exchange Ltd.';
    expect(only('banned')(scoredClaimsOf(text))).toEqual(['Central Bank of the UAE -banned-> Muthoot Exchange Ltd']);
  });

  it('"the Central Bank of the Philippines" too', () => {
    expect(only('banned')(scoredClaimsOf('The Central Bank of the Philippines revoked the licence of Zeta Bank Ltd.'))).toEqual(['Central Bank of the Philippines -banned-> Zeta Bank Ltd']);
  });

  it('"the Commercial Bank of Africa" is one firm', () => {
    expect(only('develops')(scoredClaimsOf('M-Shwari was launched by Safaricom and the Commercial Bank of Africa in 2012.'))).toEqual([
      'Commercial Bank of Africa -develops-> M-Shwari',
      'Safaricom -develops-> M-Shwari',
    ]);
  });
});
