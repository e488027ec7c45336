import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper ing98 (stop 98), from real news on food additives, feed drugs, kratom and forever chemicals: a state's ban of a substance
// told by where it holds ("banned in 160 countries, including A and B"), in the passive with the substance first, in a headline in
// title case, by "made it illegal to sell", or by ending the approval of the substance or of the goods that hold it. Sentences
// written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();

describe('a substance banned where it holds', () => {
  it('"banned in N countries, including A, B and C": each state named bans it', () => {
    expect(banned('The use of zenoxamine was banned in 160 countries, including the European Union, Norway and Peru.')).toEqual([
      'European Union -banned-> zenoxamine', 'Norway -banned-> zenoxamine', 'Peru -banned-> zenoxamine']);
    expect(banned('Zenoxate is already banned in 80 countries, including Norway and Peru.')).toEqual(['Norway -banned-> Zenoxate', 'Peru -banned-> Zenoxate']);
    expect(banned('Zenoxate, which is banned in 60 countries including Norway and Peru, is still sold by Zenco.')).toEqual(['Norway -banned-> Zenoxate', 'Peru -banned-> Zenoxate']);
  });

  it('"banned from food products in A, B and C": the states after the goods kept free of it', () => {
    expect(banned('Zenium bromate is banned from food products in the European Union, Norway and Peru.')).toEqual([
      'European Union -banned-> Zenium bromate', 'Norway -banned-> Zenium bromate', 'Peru -banned-> Zenium bromate']);
  });

  it('a count with no state named, or a substance sold where states are named, bans nothing', () => {
    expect(banned('Zenoxate is already banned in 80 countries.')).toEqual([]);
    expect(banned('Zenoxate is sold in 80 countries, including Norway and Peru.')).toEqual([]);
    expect(banned('Zenium bromate is widely used in Norway and Peru.')).toEqual([]);
  });
});

describe('a lower-case substance where a ban names it', () => {
  it('before an adverb closing the clause: "banned the use of zenoxamine domestically"', () => {
    expect(banned('Russia banned the use of zenoxamine domestically.')).toEqual(['Russia -banned-> zenoxamine']);
  });

  it('in a headline in title case', () => {
    expect(banned('Norway Bans Zenium Dioxide Food Additive')).toEqual(['Norway -banned-> Zenium Dioxide']);
    expect(banned('Zenco Sells Zenium Dioxide Food Additive')).toEqual([]);
  });

  it('"made it illegal to sell zenoxamine", a state\'s attorney general acting as its body', () => {
    expect(banned('Florida Attorney General Ann Lee on Wednesday made it illegal to sell 7-zenoxamine, a compound found in some kratom products.')).toEqual([
      'Florida Attorney General -banned-> 7-zenoxamine']);
  });
});

describe('an approval ended', () => {
  it('"declined to renew the approval of", "decided not to renew …": the state bans the substance', () => {
    expect(banned('Norway declined to renew the approval of Zenoxate.')).toEqual(['Norway -banned-> Zenoxate']);
    expect(banned('The European Commission decided not to renew the approval of the active substance zenoxamine.')).toEqual(['European Commission -banned-> zenoxamine']);
  });

  it('"withdrew the marketing authorisations for all veterinary products containing zenomycin"', () => {
    expect(banned('The European Commission withdrew the marketing authorisations for all veterinary products containing zenomycin.')).toEqual(['European Commission -banned-> zenomycin']);
  });

  it('a firm that does not renew an approval bans nothing; a removal order bans the goods, not the firm ordered', () => {
    expect(banned('Zenco declined to renew the approval of Zenoxate.')).toEqual([]);
    expect(banned('The Norwegian Food Agency ordered Zenco to remove Vexa Back from shelves.')).toEqual(['Norwegian Food Agency -banned-> Vexa Back']);
  });
});
