import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 57, from its first round's readers: a Title Case headline's object, trade stopped by an exchange or a
// distributor, a state's policy of exclusion and its withheld leave, buyers kept from a maker's wares, a name's
// participle with "from", a time or a decision between a subject and its verb, and makers by "its", by "introduced
// the world to" and by partnership. Sentences written for the tests.

describe("a Title Case headline's object", () => {
  it.each([
    ['Upbit Delists Wemix And Zorbix', ['Upbit -banned-> Wemix', 'Upbit -banned-> Zorbix']],
    ['Pakistan Blocks Zapp Over Blasphemous Content', ['Pakistan -banned-> Zapp']],
    ['Apple Removes Zapp From App Store', ['Apple -banned-> Zapp']],
    ["Upbit Delists Wemade's Wemix", ['Upbit -banned-> Wemix']],
  ])('"%s"', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('a kind of thing in Title Case is no name', () => {
    expect(only('banned')(scoredClaimsOf('Ruritania Bans Scooters, Including Zenride'))).toEqual([]);
  });
});

describe('an exchange or a distributor stopping the trade in a thing', () => {
  it.each([
    ['Upbit decided to end trading support for Wemix.', ['Upbit -banned-> Wemix']],
    ['Zenco halted its distribution of Zeta.', ['Zenco -banned-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(claims);
  });

  it("a maker ending its own phone's sales bans nothing", () => {
    expect(only('banned')(scoredClaimsOf('Zenco ended sales of the Zeta phone in 2019.'))).toEqual([]);
  });
});

describe("a state's policy of exclusion, its withheld leave, and buyers kept from a maker's wares", () => {
  it.each([
    ['Japan set a policy of excluding Huawei and ZTE from state contracts.', ['Japan -banned-> Huawei', 'Japan -banned-> ZTE']],
    ['Canada will not allow Huawei to supply its 5G networks.', ['Canada -banned-> Huawei']],
    ['The Indian government told carriers not to import gear made by foreign vendors, including Huawei and ZTE.', ['India -banned-> Huawei', 'India -banned-> ZTE']],
    ['India banned operators from importing gear made by foreign firms, including Huawei and ZTE.', ['India -banned-> Huawei', 'India -banned-> ZTE']],
  ])('"%s"', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(claims);
  });

  it("a firm's refusal is no state's", () => {
    expect(only('banned')(scoredClaimsOf('Zenco will not let Qorva sell its phones.'))).toEqual([]);
  });
});

describe('a name\'s participle with "from" is its passive', () => {
  it('a headline\'s "Zenco banned from" acts on nothing after it', () => {
    expect(only('banned')(scoredClaimsOf("Huawei banned from making bids on Australia's NBN"))).toEqual([]);
  });

  it('a reduced clause takes its agent', () => {
    expect(only('banned')(scoredClaimsOf('Huawei, banned from the NBN by Australia, said it would appeal.'))).toEqual(['Australia -banned-> Huawei']);
  });
});

describe('makers', () => {
  it.each([
    ['Samsung on Monday announced the Galaxy S24.', ['Samsung -develops-> Galaxy S24']],
    ['Zenco this morning formally announced the Zeta 800.', ['Zenco -develops-> Zeta 800']],
    ['Zenco sold its Zeta tablet in May.', ['Zenco -develops-> Zeta']],
    ['Zenco, with its Zeta tablet, beat Qorva.', ['Zenco -develops-> Zeta']],
    ['Zenco introduced the world to the Zeta, created in partnership with Qorva.', ['Qorva -develops-> Zeta', 'Zenco -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('"its" after a two-word name that may be a person\'s owns nothing', () => {
    expect(only('develops')(scoredClaimsOf('Jane Smith sold its Zeta tablet.'))).toEqual([]);
  });
});
