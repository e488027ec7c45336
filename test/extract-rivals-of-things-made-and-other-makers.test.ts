import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 56, from stop 55's makers readers (a rivalry with a pronoun subject): after a sentence that
// says a firm made one thing, the firm's "it"/"its" set against another product is that thing.
// Sentences written for the tests.

const rivals = only('competes_with');

describe("a firm's \"it\" set against a product, after the firm made one", () => {
  it.each([
    ['Samsung unveiled the Galaxy Watch 7 on Monday. Its main rival is the Apple Watch.', ['Galaxy Watch 7 -competes_with-> Apple Watch']],
    ['Samsung unveiled the Galaxy Watch 7 on Monday. It competes with the Apple Watch.', ['Galaxy Watch 7 -competes_with-> Apple Watch']],
    ['Samsung unveiled the Galaxy Watch 7 on Monday. Its main rivals are the Apple Watch and the Pixel Watch.', ['Galaxy Watch 7 -competes_with-> Apple Watch', 'Galaxy Watch 7 -competes_with-> Pixel Watch']],
  ])('"%s"', (text, claims) => {
    expect(rivals(scoredClaimsOf(text))).toEqual(claims);
  });

  it('set against a firm, "its" stays the firm; "its main competition" is a rival noun too', () => {
    expect(rivals(scoredClaimsOf('Samsung unveiled the Galaxy Watch 7 on Monday. Its main rival is Apple.'))).toEqual(['Samsung -competes_with-> Apple']);
    expect(rivals(scoredClaimsOf('Samsung launched a phone on Monday. Its main competition is Apple.'))).toEqual(['Samsung -competes_with-> Apple']);
  });

  it('with no thing made just before, a firm set against a product is no pair', () => {
    expect(rivals(scoredClaimsOf('Samsung reported profits on Monday. Its main rival is the Apple Watch.'))).toEqual([]);
  });
});

// Stop 56's makers and bans readers (first round): a launch in a gerund after "by", a count of a maker's things of a
// kind it lists, "its" in an apposition after a name nothing typed, and the issuer of a thing.
describe('makers named in other frames', () => {
  it.each([
    ['Xiaomi surprised everyone by announcing the SU7.', ['Xiaomi -develops-> SU7']],
    ['Xiaomi now has three EVs, including the SU7 and the YU7.', ['Xiaomi -develops-> SU7', 'Xiaomi -develops-> YU7']],
    ['Zenco removed the game from Zapp, its gaming platform, on Monday.', ['Zenco -develops-> Zapp']],
    ['BUSD is issued and redeemed by Paxos.', ['Paxos -develops-> BUSD']],
  ])('"%s"', (text, claims) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('"by" another firm announcing, or a person before "its", make the subject nothing', () => {
    expect(only('develops')(scoredClaimsOf('Apple was hurt by Samsung announcing the Galaxy S25.'))).toEqual(['Samsung -develops-> Galaxy S25']);
    expect(only('develops')(scoredClaimsOf('Jane Smith said Zapp, its gaming platform, is down.'))).toEqual([]);
  });
});
