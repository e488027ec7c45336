import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 56, from its first round's controls reader: a state that targets firms, a union's "package" that
// a later list goes on with, and sanctions described by degree after "under". Sentences written for the tests.

const restricts = only('restricts');

describe('a state targeting firms', () => {
  it.each([
    ['The Treasury targeted Iran Electronics Industries, a producer of military electronics.', ['Treasury -restricts-> Iran Electronics Industries']],
    ['Washington is targeting Chinese chipmakers such as SMIC and YMTC.', ['United States -restricts-> SMIC', 'United States -restricts-> YMTC']],
  ])('"%s"', (text, claims) => {
    expect(restricts(scoredClaimsOf(text))).toEqual(claims);
  });

  it.each([
    ['The FTC targeted Amazon with an antitrust lawsuit.'],
    ['The EU targeted Apple over its App Store rules.'],
    ['Samsung targeted Apple with a new ad campaign.'],
    ["The US targeted Huawei's suppliers."],
  ])('"%s": a suit, a dispute, a firm\'s campaign or a firm\'s suppliers put no measure on it', (text) => {
    expect(restricts(scoredClaimsOf(text))).toEqual([]);
  });

  it('targeted with a ban is the ban alone', () => {
    expect(scoredClaimsOf('China targeted Micron with a ban.')).toEqual(['China -banned-> Micron']);
  });
});

describe("a union's package that a later sentence lists", () => {
  it.each([
    ['The EU adopted a new package on Friday. The sanctions were expanded to include Peleng.', ['European Union -restricts-> Peleng']],
    ['The EU approved its 9th package. The sanctions list also includes Peleng, BelOMO and LEMT.', ['European Union -restricts-> BelOMO', 'European Union -restricts-> LEMT', 'European Union -restricts-> Peleng']],
  ])('"%s"', (text, claims) => {
    expect(restricts(scoredClaimsOf(text))).toEqual(claims);
  });
});

describe('sanctions described by degree', () => {
  it('"under heavy sanctions by" the state: the state restricts the one under them', () => {
    expect(restricts(scoredClaimsOf('Iran is under heavy sanctions by the US government.'))).toEqual(['United States -restricts-> Iran']);
    expect(restricts(scoredClaimsOf('Russia has been under heavy sanctions imposed by the European Union since 2022.'))).toEqual(['European Union -restricts-> Russia']);
  });
});
