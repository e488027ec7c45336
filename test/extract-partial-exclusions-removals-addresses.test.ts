import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 65, third round, from its second-round samples (drawn on d15d41d) and government-device bans: keeping a firm from one
// activity or one part of a network limits it; an order that a thing be removed from devices bans it; a firm cut off or shut
// out; investors kept from a firm; a firm's address in brackets; a ticker after a possessive; generation names. Sentences
// written for the tests.

describe('a firm kept from one activity or one part of a network', () => {
  it.each([
    ['The Bundeskartellamt prohibited Zenco Social from combining user data from its other services.', 'Bundeskartellamt -restricts-> Zenco Social'],
    ['The Reserve Bank of India barred Zenco Finance from lending under its two digital products.', 'Reserve Bank of India -restricts-> Zenco Finance'],
    ['Germany will exclude Zenco Telecom components from core parts of its 5G network.', 'Germany -restricts-> Zenco Telecom'],
    ['KPN has ruled out Zenco Telecom as a supplier for its 5G core.', 'KPN -restricts-> Zenco Telecom'],
    ["India's competition regulator directed Zenco Chat not to share user data with its parent.", "India's competition regulator -restricts-> Zenco Chat"],
  ])('"%s" restricts the firm, bans nothing', (text, claim) => {
    const claims = scoredClaimsOf(text);
    expect(only('restricts')(claims)).toEqual([claim]);
    expect(only('banned')(claims)).toEqual([]);
  });

  it('a firm kept from selling, or out of the whole network, is still banned', () => {
    expect(only('banned')(scoredClaimsOf('Germany will exclude Zenco Telecom from its 5G network.'))).toEqual(['Germany -banned-> Zenco Telecom']);
  });
});

describe('removed from devices, cut off, shut out', () => {
  it.each([
    ['Australia ordered all Zenco Systems products removed from government systems.', 'Australia -banned-> Zenco Systems'],
    ['Britain ordered Zenco Telecom equipment stripped out of its 5G network by 2027.', 'United Kingdom -banned-> Zenco Telecom'],
    ['Britain shut Zenco Telecom out of its 5G network.', 'United Kingdom -banned-> Zenco Telecom'],
  ])('"%s" bans the maker', (text, claim) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual([claim]);
  });

  it('"cut Zenco off from Qorva\'s services" restricts Zenco', () => {
    expect(only('restricts')(scoredClaimsOf("The United States has cut Zenco Telecom off from Qorva's Android services."))).toEqual(['United States -restricts-> Zenco Telecom']);
  });

  it('"barred American investors from buying shares in Zenco" restricts Zenco, bans nothing', () => {
    const claims = scoredClaimsOf('The United States barred American investors from buying shares in Zenco Semiconductor.');
    expect(only('restricts')(claims)).toEqual(['United States -restricts-> Zenco Semiconductor']);
    expect(only('banned')(claims)).toEqual([]);
  });
});

describe('what stands around a maker and its product', () => {
  it('"Zenco Medical (Waukesha, Wisconsin)" is an address, no product', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Medical (Waukesha, Wisconsin) launched the Zeta scanner in 2009.'))).toEqual(['Zenco Medical -develops-> Zeta']);
  });

  it('"Zenco\'s ZNC.O Zeta phones": the ticker is no part of the name', () => {
    expect(only('develops')(scoredClaimsOf("Zenco Systems' ZNC.O Zeta phones were banned by the agency."))).toEqual(['Zenco Systems -develops-> Zeta']);
  });

  it('"the Gen 6 smartwatch" is one name, no general\'s', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Labs released the Gen 6 smartwatch.'))).toEqual(['Zenco Labs -develops-> Gen 6']);
  });
});

describe("a ban's agent named by its decision", () => {
  it('"has been blocked by the decision of the District Court" is the court\'s ban', () => {
    expect(only('banned')(scoredClaimsOf('Zenco Coin News has been blocked by the decision of the Central District Court of Volgograd.'))).toEqual(
      ['Central District Court of Volgograd -banned-> Zenco Coin News'],
    );
  });
});
