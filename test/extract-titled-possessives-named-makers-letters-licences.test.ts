import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 78, second round, from stop 77's four fresh sets: a title holding a possessive after its kind, a maker described first and
// named after a copula, letters that order their addressees to stop, a licence a body requires of sellers, and export controls
// called export rules. Sentences written for the tests.

describe('a title holding a possessive after its kind', () => {
  it('"Russia banned the film Ruri\'s Gate"', () => {
    expect(only('banned')(scoredClaimsOf("Russia banned the film Ruri's Gate in 2014."))).toEqual(["Russia -banned-> Ruri's Gate"]);
  });

  it('"the game Zembla\'s Son had been banned in Russia"', () => {
    expect(only('banned')(scoredClaimsOf("Zenco said the game Zembla's Son had been banned in Russia."))).toEqual(["Russia -banned-> Zembla's Son"]);
  });

  it('a possessor the article named before is the owner: "the game Zenco\'s Moonlit"', () => {
    const claims = scoredClaimsOf("Zenco Inc. makes games. Russia banned the game Zenco's Moonlit.");
    expect(only('banned')(claims)).toEqual(['Russia -banned-> Moonlit']);
    expect(only('develops')(claims)).toEqual(['Zenco -develops-> Moonlit']);
  });
});

describe('a maker described first and named after a copula', () => {
  it('"The maker of Moonlit is Zenco Inc."', () => {
    expect(only('develops')(scoredClaimsOf('The maker of Moonlit is Zenco Inc.'))).toEqual(['Zenco Inc -develops-> Moonlit']);
  });

  it('"The company behind Moonlit is Zenco Inc., a Tokyo firm"', () => {
    expect(only('develops')(scoredClaimsOf('The company behind Moonlit is Zenco Inc., a Tokyo firm.'))).toEqual(['Zenco Inc -develops-> Moonlit']);
  });

  it('"The company that makes Moonlit is Zenco Inc."', () => {
    expect(only('develops')(scoredClaimsOf('The company that makes Moonlit is Zenco Inc.'))).toEqual(['Zenco Inc -develops-> Moonlit']);
  });

  it('"The maker of Moonlit is not Zenco Inc." names no maker', () => {
    expect(only('develops')(scoredClaimsOf('The maker of Moonlit is not Zenco Inc.'))).toEqual([]);
  });
});

describe('letters that order their addressees to stop', () => {
  it('"The FCC sent letters to A, B and C ordering them to stop carrying robocalls"', () => {
    expect(only('banned')(scoredClaimsOf('The FCC sent letters to Zenco Telecom, Qorva Voice and Borin Networks ordering them to stop carrying robocalls.'))).toEqual([
      'Federal Communications Commission -banned-> Borin Networks',
      'Federal Communications Commission -banned-> Qorva Voice',
      'Federal Communications Commission -banned-> Zenco Telecom',
    ]);
  });

  it('a firm\'s letters to its partners ban no one', () => {
    expect(only('banned')(scoredClaimsOf('Zenco Inc. sent letters to Qorva Voice and Borin Networks telling them to stop using its logo.'))).toEqual([]);
  });
});

describe('a licence a body requires of sellers', () => {
  it('"The Commerce Department requires American companies to obtain licences to export to Zenco"', () => {
    expect(only('restricts')(scoredClaimsOf('The US Commerce Department requires American companies to obtain licences to export to Zenco Inc.'))).toEqual(['Commerce Department -restricts-> Zenco Inc']);
  });

  it('a firm requiring its suppliers to hold licences restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco Inc. requires its suppliers to obtain licences to export to Qorva Labs.'))).toEqual([]);
  });
});

describe('export controls called export rules', () => {
  it('"Japan tightened export rules on chipmaking tools to China"', () => {
    expect(only('restricts')(scoredClaimsOf('Japan tightened export rules on chipmaking tools to China.'))).toEqual(['Japan -restricts-> China']);
  });

  it('"Japan changed its tax rules on …" with no export named restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf('Japan changed its tax rules on chipmaking tools from China.'))).toEqual([]);
  });
});
