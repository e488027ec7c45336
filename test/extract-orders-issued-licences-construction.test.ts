import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 62, from its first-round samples: an order a body issues banning in a relative clause, a firm required by a state's law to
// get a licence, a firm added "into" a list, things under construction by their maker, "constructed", and a currency's prefix
// against "$". Sentences written for the tests.

describe('an instrument a body issues, banning in a relative clause', () => {
  it('"issued Order 02/2012 which bans the use of A and B"', () => {
    expect(only('banned')(scoredClaimsOf('The Indian government issued Order 02/2012 which bans the use of Thuraya and Iridium phones.')).sort()).toEqual(
      ['India -banned-> Iridium', 'India -banned-> Thuraya'],
    );
  });

  it('a firm\'s statement bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('Zenco Technologies issued a statement which blocked nothing.'))).toEqual([]);
  });
});

describe('a licence a state requires of a firm', () => {
  it.each(["Japan's export law requires Zenco Technologies to obtain a licence.", 'Japan requires Zenco Technologies to obtain an export licence.'])('"%s"', (text) => {
    expect(only('restricts')(scoredClaimsOf(text))).toEqual(['Japan -restricts-> Zenco Technologies']);
  });

  it("a firm's requirement of another is no control", () => {
    expect(only('restricts')(scoredClaimsOf('Zenco Technologies requires Qorva Inc. to obtain a licence.'))).toEqual([]);
  });
});

describe('a firm added "into" a list', () => {
  it('"added Kappa Tools into its Entity List"', () => {
    expect(only('restricts')(scoredClaimsOf("Taiwan's trade ministry added Kappa Tools into its Entity List."))).toEqual(["Taiwan's trade ministry -restricts-> Kappa Tools"]);
  });
});

describe('makers', () => {
  it('"is under construction by"', () => {
    expect(only('develops')(scoredClaimsOf('Zeta-2 is under construction by Zenco Technologies.'))).toEqual(['Zenco Technologies -develops-> Zeta-2']);
  });

  it('"constructed"', () => {
    expect(only('develops')(scoredClaimsOf("In 1957 Zenco Technologies constructed Zeta, the nation's second computer."))).toEqual(['Zenco Technologies -develops-> Zeta']);
  });
});

describe("a currency's prefix", () => {
  it('"fined UMC NT$5 million" names no "UMC NT"', () => {
    expect(entitiesOf('Taiwan fined UMC NT$5 million for investing in China.')).not.toContain('UMC NT (product)');
    expect(scoredClaimsOf('Taiwan fined UMC NT$5 million for investing in China.').filter((c) => c.includes('UMC NT'))).toEqual([]);
  });
});

describe('classification refused, use made a crime, taken off stores', () => {
  it.each([
    ['The Australian Classification Board refused classification to Zeta Quest.', 'Australian Classification Board -banned-> Zeta Quest'],
    ['The Australian Classification Board refused to classify the game Mortal Kombat.', 'Australian Classification Board -banned-> Mortal Kombat'],
    ['Amazon took RapeLay off its websites.', 'Amazon -banned-> RapeLay'],
  ])('"%s"', (text, claim) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual([claim]);
  });

  it('"made it a criminal offence to use calling services such as A and B" bans both', () => {
    expect(only('banned')(scoredClaimsOf('Ethiopia has made it a criminal offence to use calling services such as Skype and Google Talk.')).sort()).toEqual(
      ['Ethiopia -banned-> Google Talk', 'Ethiopia -banned-> Skype'],
    );
  });

  it('"criminalised the use of Skype"', () => {
    expect(only('banned')(scoredClaimsOf('Ethiopia criminalised the use of Skype.'))).toEqual(['Ethiopia -banned-> Skype']);
  });
});

describe('joining others in a contest', () => {
  it('"Sony joins Jabra, Bose and others in the battle for the market": the joiner competes with each', () => {
    expect(only('competes_with')(scoredClaimsOf('Sony joins Jabra, Bose and others in the battle for the hearing aid market.'))).toEqual(
      expect.arrayContaining(['Sony -competes_with-> Bose', 'Sony -competes_with-> Jabra']),
    );
  });

  it('joining a firm in a meeting is no contest', () => {
    expect(only('competes_with')(scoredClaimsOf('Zenco Technologies joined Qorva Inc. in a meeting.'))).toEqual([]);
  });
});
