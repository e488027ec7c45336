import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 64, third round, from its second-round samples: the designated named after a dash, a firm as the place of a ban and
// as the issuer of a ban over its staff's apps, and peoples ("Americans") kept out of names. Sentences written for the tests.

describe('the designated named after a dash', () => {
  it('"designated two firms as blocked parties — A and B" restricts both, and bans neither', () => {
    const claims = scoredClaimsOf('The Treasury designated two firms as blocked parties — Zenco and Qorva.');
    expect(only('restricts')(claims).sort()).toEqual(['Treasury -restricts-> Qorva', 'Treasury -restricts-> Zenco']);
    expect(only('banned')(claims)).toEqual([]);
  });
});

describe('a firm as the place of a ban', () => {
  it('"Zencloud is also blocked at Zenco" is Zenco banning it', () => {
    expect(only('banned')(scoredClaimsOf('Zencloud is also blocked at Zenco, a spokesman said.'))).toEqual(['Zenco -banned-> Zencloud']);
  });

  it('"banned from Zenco\'s internal networks" is Zenco banning it', () => {
    expect(only('banned')(scoredClaimsOf("Zencloud is banned from Zenco's internal networks."))).toEqual(['Zenco -banned-> Zencloud']);
  });
});

describe("a firm's ban over its staff's apps, named after it", () => {
  it('"Samsung banned staff from using several apps. Among the outlawed apps are A and B"', () => {
    expect(only('banned')(scoredClaimsOf('Samsung banned staff from using several apps last week. Among the outlawed apps are Zapp and Qwik.')).sort()).toEqual(
      ['Samsung -banned-> Qwik', 'Samsung -banned-> Zapp'],
    );
  });
});

describe('peoples are no names', () => {
  it('"barred Americans from doing business with Zenco" bans no "Americans"', () => {
    const text = 'The Treasury barred Americans from doing business with Zenco and Qorva.';
    expect(only('banned')(scoredClaimsOf(text))).toEqual([]);
    expect(entitiesOf(text).some((e) => e.startsWith('Americans'))).toBe(false);
  });
});

describe('an owner\'s thing after a comparative', () => {
  it('"Zenco\'s earlier Zeta", "Zenco\'s cheaper Zeta" are Zenco\'s', () => {
    expect(only('develops')(scoredClaimsOf("Zenco's earlier Zeta sold well."))).toEqual(['Zenco -develops-> Zeta']);
    expect(only('develops')(scoredClaimsOf("Zenco's cheaper Zeta sold well."))).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe('deals a state stops', () => {
  it('"prohibited Qorva from selling its plant to Zenco" restricts the buyer and bans no seller', () => {
    const claims = scoredClaimsOf('Germany prohibited Qorva from selling its plant to Zenco.');
    expect(only('restricts')(claims)).toEqual(['Germany -restricts-> Zenco']);
    expect(only('banned')(claims)).toEqual([]);
  });

  it('"decided to cancel the sale of Qorva to Zenco", "vetoed the transfer of Qorva\'s unit to Zenco" restrict the buyer', () => {
    expect(only('restricts')(scoredClaimsOf('Germany decided to cancel the sale of Qorva to Zenco.'))).toEqual(['Germany -restricts-> Zenco']);
    expect(only('restricts')(scoredClaimsOf("Italy vetoed the transfer of Qorva's drone unit to Zenco."))).toEqual(['Italy -restricts-> Zenco']);
  });
});

describe('a made thing bought', () => {
  it('"bought the weather app Skycast" and "acquired Skycast, a popular weather app" make it the buyer\'s', () => {
    expect(only('develops')(scoredClaimsOf('Zenco has bought the weather app Skycast.'))).toEqual(['Zenco -develops-> Skycast']);
    expect(only('develops')(scoredClaimsOf('Zenco acquired Skycast, a popular weather app, in 2020.'))).toEqual(['Zenco -develops-> Skycast']);
  });

  it('a firm bought is not developed', () => {
    expect(only('develops')(scoredClaimsOf('Zenco acquired Qorva, a chip designer, in 2020.'))).toEqual([]);
  });
});

describe('regulators ordering a firm to stop, and commissioners as offices', () => {
  it('"ordered Zenco to stop collecting data" bans Zenco, a firm', () => {
    const text = "Germany's data regulator ordered Zenco to stop collecting data from its Zapp users.";
    expect(only('banned')(scoredClaimsOf(text))).toEqual(["Germany's data regulator -banned-> Zenco"]);
    expect(entitiesOf(text)).toContain('Zenco (company)');
  });

  it('"the Zembla Commissioner for Data Protection and Freedom of Information" is one state body; "Commissioner Jane Roe" a person', () => {
    expect(entitiesOf('The Zembla Commissioner for Data Protection and Freedom of Information ordered Zenco to stop collecting data.')).toContain(
      'Zembla Commissioner for Data Protection and Freedom of Information (government)',
    );
    expect(entitiesOf('The Data Protection Commissioner fined Zenco. Competition Commissioner Jane Roe spoke.').some((e) => e.includes('Jane Roe') && !e.endsWith('(person)'))).toBe(false);
  });
});

describe('titles listed after a maker\'s games', () => {
  it('"Zenco\'s games include Zapp, Qwik Quest and Boom Beach" are all Zenco\'s, a place\'s word in a title too', () => {
    expect(only('develops')(scoredClaimsOf("Zenco's games include Zapp, Qwik Quest and Boom Beach.")).sort()).toEqual(
      ['Zenco -develops-> Boom Beach', 'Zenco -develops-> Qwik Quest', 'Zenco -develops-> Zapp'],
    );
  });
});
