import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 57, from stop 56's fifth round's readers: the trades that dropped a thing listed after "include", a browser's
// maker distrusting a certificate issuer, a refused licence renewal, makers joined in a venture or introduced by their
// kind, and a kind banned by a state with its members after a colon. Sentences written for the tests.

describe('"the exchanges that delisted Y include A, B and C": a trade dropping Y bans it', () => {
  it.each([
    ['Exchanges that have delisted Plix include Binance, Kraken and Coinbase.', ['Binance -banned-> Plix', 'Coinbase -banned-> Plix', 'Kraken -banned-> Plix']],
    ['The app stores that removed Zapp include Zenco and Qorva.', ['Qorva -banned-> Zapp', 'Zenco -banned-> Zapp']],
  ])('"%s"', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('a plural noun opening the sentence before "that" is no name', () => {
    expect(scoredClaimsOf('Brokers that sold Plix include Zenco.')).toEqual([]);
  });
});

describe("a browser's maker no longer trusting a certificate issuer bans it", () => {
  it.each([
    ['Google will no longer trust new TLS certificates issued by Zentrust.', ['Google -banned-> Zentrust']],
    ['Mozilla stopped trusting certificates from Zentrust.', ['Mozilla -banned-> Zentrust']],
    ['Google will distrust Zentrust, citing compliance failures with its certificates.', ['Google -banned-> Zentrust']],
  ])('"%s"', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('distrust without certificates in the sentence is no ban', () => {
    expect(only('banned')(scoredClaimsOf('Google will distrust Zentrust, citing its record.'))).toEqual([]);
  });

  it('the certificates an issuer issued make it no maker of the browser', () => {
    expect(only('develops')(scoredClaimsOf('Mozilla will stop trusting certificates issued by Zentrust.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Zeta topped the chart in a report published by Zenco.'))).toEqual([]);
  });

  it('a coin issued by a firm is still its product', () => {
    expect(only('develops')(scoredClaimsOf('Zeta, a stablecoin issued by Zenco, fell.'))).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe('refusing to renew a licence bans its holder', () => {
  it.each([
    ["Ofcom refused to renew Uber's licence.", ['Ofcom -banned-> Uber']],
    ['Ofcom declined to renew the licence of Uber.', ['Ofcom -banned-> Uber']],
    ["Ofcom decided not to renew Uber's operating licence in 2017.", ['Ofcom -banned-> Uber']],
  ])('"%s"', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('renewing it is no ban', () => {
    expect(only('banned')(scoredClaimsOf("Ofcom agreed to renew Uber's licence."))).toEqual([]);
  });
});

describe('makers joined in a venture or introduced by their kind', () => {
  it.each([
    ['The Zeta satellite was developed by a joint venture of Airbus and Thales.', ['Airbus -develops-> Zeta', 'Thales -develops-> Zeta']],
    ['Zeta, made by a partnership between Zenco and Qorva, launched.', ['Qorva -develops-> Zeta', 'Zenco -develops-> Zeta']],
    ['The Vexa drone is built by Zenco and a firm called Qorva.', ['Qorva -develops-> Vexa', 'Zenco -develops-> Vexa']],
  ])('"%s"', (text, claims) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual(claims);
  });
});

describe('a kind banned by a state, its members after a colon', () => {
  it.each([
    ['The following apps have been banned by India: TikTok, WeChat and Likee.', 'banned', ['India -banned-> Likee', 'India -banned-> TikTok', 'India -banned-> WeChat']],
    ['These apps were blocked by Pakistan: TikTok and Telegram.', 'banned', ['Pakistan -banned-> Telegram', 'Pakistan -banned-> TikTok']],
    ['Three firms were sanctioned by the United States on Monday: Zenco, Qorva and Plix.', 'restricts', ['United States -restricts-> Plix', 'United States -restricts-> Qorva', 'United States -restricts-> Zenco']],
  ])('"%s"', (text, relation, claims) => {
    expect(only(relation)(scoredClaimsOf(text))).toEqual(claims);
  });

  it('a plural noun opening the sentence before a participle and "by" is no name', () => {
    expect(only('banned')(scoredClaimsOf('Games banned by China include TikTok and WeChat.'))).toEqual(['China -banned-> TikTok', 'China -banned-> WeChat']);
  });
});

describe("a kind's act with its members named after it", () => {
  it.each([
    ['Several countries have banned TikTok, including India, Nepal and Afghanistan.', 'banned', ['Afghanistan -banned-> TikTok', 'India -banned-> TikTok', 'Nepal -banned-> TikTok']],
    ['Several countries have banned TikTok, with India and Nepal among them.', 'banned', ['India -banned-> TikTok', 'Nepal -banned-> TikTok']],
    ['Many banks have restricted ChatGPT, including JPMorgan and Citigroup.', 'restricts', ['Citigroup -restricts-> ChatGPT', 'JPMorgan -restricts-> ChatGPT']],
  ])('"%s"', (text, relation, claims) => {
    expect(only(relation)(scoredClaimsOf(text))).toEqual(claims);
  });

  it('the things banned, listed after the kind banned, act on nothing', () => {
    expect(only('banned')(scoredClaimsOf('Countries have banned apps, including TikTok and WeChat.'))).toEqual([]);
  });
});

describe('stopping the trade in a token, outlawing a thing', () => {
  it.each([
    ['Binance halted trading in Plix on Monday.', ['Binance -banned-> Plix']],
    ['Pakistan made the sale and distribution of Zeta illegal.', ['Pakistan -banned-> Zeta']],
    ['Russia declared Zapp illegal.', ['Russia -banned-> Zapp']],
  ])('"%s"', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('a firm making a thing illegal is no state act', () => {
    expect(only('banned')(scoredClaimsOf('Zenco made Zeta illegal.'))).toEqual([]);
  });
});
