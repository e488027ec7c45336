import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 67, first round, from stop 66's fourth-round samples (drawn on a6db161): a platform dropped by the services it runs on,
// commitments made binding, a licence halted, conduct orders, and a firm's product in brackets after its name. Sentences
// written for the tests.

describe('a site or an app dropped by the services it runs on is banned by them', () => {
  it('"dropped by web host A as well as payment processors B and C" bans it by all three', () => {
    expect(only('banned')(scoredClaimsOf('Zapp was dropped by web host Cloudflare as well as payment processors Stripe and PayPal.'))).toEqual(
      ['Cloudflare -banned-> Zapp', 'PayPal -banned-> Zapp', 'Stripe -banned-> Zapp'],
    );
  });

  it('"payment processor A dropped Zapp": the provider named before it', () => {
    expect(only('banned')(scoredClaimsOf('After the attack, payment processor Stripe dropped Zapp.'))).toEqual(['Stripe -banned-> Zapp']);
  });

  it('"was kicked off by its host A"', () => {
    expect(only('banned')(scoredClaimsOf('Parler was kicked off by its host Cloudflare.'))).toEqual(['Cloudflare -banned-> Parler']);
  });

  it('"registrar A has given Parler the boot"', () => {
    expect(only('banned')(scoredClaimsOf('Domain registrar Cloudflare has given Parler the boot.'))).toEqual(['Cloudflare -banned-> Parler']);
  });

  it('"has been banned from A, B and C": the platforms it is banned from ban it', () => {
    expect(only('banned')(scoredClaimsOf('Parler has been banned from Stripe, PayPal and Cloudflare.'))).toEqual(
      ['Cloudflare -banned-> Parler', 'PayPal -banned-> Parler', 'Stripe -banned-> Parler'],
    );
  });

  it('"banned from selling in …" names no banner', () => {
    expect(only('banned')(scoredClaimsOf("Zenco was banned from selling Stripe's terminals."))).toEqual([]);
  });

  it('a firm dropping its own fees bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('Shares of Zenco Corp rose after payment processor Stripe dropped its fees.'))).toEqual([]);
  });
});

describe('commitments made binding restrict the firm that gave them', () => {
  it('"made Zenco\'s commitments legally binding"', () => {
    expect(only('restricts')(scoredClaimsOf("The European Commission made Zenco's commitments legally binding."))).toEqual(['European Commission -restricts-> Zenco']);
  });

  it('"made legally binding the commitments offered by Zenco"', () => {
    expect(only('restricts')(scoredClaimsOf('The European Commission made legally binding the commitments offered by Zenco.'))).toEqual(['European Commission -restricts-> Zenco']);
  });

  it('"made the commitments offered by Zenco binding"', () => {
    expect(only('restricts')(scoredClaimsOf('The European Commission made the commitments offered by Zenco binding on Monday.'))).toEqual(['European Commission -restricts-> Zenco']);
  });

  it('a firm making its own commitments binding on suppliers restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco made its commitments binding on all suppliers.'))).toEqual([]);
  });
});

describe('licences halted and conduct ordered changed', () => {
  it('"halted Zenpay\'s registration" bans Zenpay, as revoking it does', () => {
    expect(only('banned')(scoredClaimsOf("The Monetary Authority of Zembla halted Zenpay's registration."))).toEqual(['Monetary Authority of Zembla -banned-> Zenpay']);
  });

  it('"ordered Zenco to eliminate the fees" restricts Zenco', () => {
    expect(only('restricts')(scoredClaimsOf('The European Commission ordered Zenco to eliminate the fees.'))).toEqual(['European Commission -restricts-> Zenco']);
  });

  it('"adopted a prohibition decision against Qualcomm" restricts Qualcomm', () => {
    expect(only('restricts')(scoredClaimsOf('The European Commission adopted a prohibition decision against Qualcomm.'))).toEqual(['European Commission -restricts-> Qualcomm']);
  });

  it('"demanded that Zenco change its terms" restricts Zenco', () => {
    expect(only('restricts')(scoredClaimsOf('The FTC demanded that Zenco change its terms.'))).toEqual(['Federal Trade Commission -restricts-> Zenco']);
  });
});

describe("a firm's product in brackets, and a maker of banned goods", () => {
  it('"chatbots from OpenAI (ChatGPT), Anthropic (Claude) and Google (Gemini)": each firm develops its bracketed product', () => {
    expect(only('develops')(scoredClaimsOf('Chatbots from OpenAI (ChatGPT), Anthropic (Claude) and Google (Gemini) lead the market.'))).toEqual(
      ['Anthropic -develops-> Claude', 'Google -develops-> Gemini', 'OpenAI -develops-> ChatGPT'],
    );
  });

  it('one firm with a known product in brackets develops it; with an untyped name alone, not', () => {
    expect(only('develops')(scoredClaimsOf('OpenAI (ChatGPT) grew.'))).toEqual(['OpenAI -develops-> ChatGPT']);
    expect(only('develops')(scoredClaimsOf('Alibaba (Zeta) grew.'))).toEqual([]);
  });

  it('a ticker in brackets is no product', () => {
    expect(only('develops')(scoredClaimsOf('Shares of Zenco (ZNC) fell after Apple (AAPL) said so.'))).toEqual([]);
  });

  it('"banned an extension made by Zenco": the maker is a firm, banned with its goods', () => {
    const text = 'Google banned an extension made by Zenco.';
    expect(entitiesOf(text)).toContain('Zenco (company)');
    expect(only('banned')(scoredClaimsOf(text))).toEqual(['Google -banned-> Zenco']);
  });
});
