import { describe, expect, it } from 'vitest';
import { claimsOf } from './extract-helpers';

// Trigger verbs added after reviewing the registry against WordNet's synonyms (issue 17 §3), on
// sentences written for this test.

describe('WordNet synonyms that state a relation in news', () => {
  it.each([
    ['Nepal proscribed TikTok in 2024.', 'Nepal -banned-> TikTok'],
    ['Japan debarred Huawei from its market.', 'Japan -banned-> Huawei'],
    // Kept from one activity, selling to the state, is restricted (stop 65's reach rule; procurement bars since stop 91).
    ['Japan debarred Huawei from federal contracts.', 'Japan -restricts-> Huawei'],
    ['Nepal banished Telegram last year.', 'Nepal -banned-> Telegram'],
    ['Apple delisted the Zenco app after the order.', 'Apple -banned-> Zenco'],
    ['Japan shut out Huawei from its networks.', 'Japan -banned-> Huawei'],
    ['Russia throttled Twitter in March.', 'Russia -restricts-> Twitter'],
    ['Japan curtailed exports of chips to China.', 'Japan -restricts-> China'],
  ])('"%s" → %s', (text, claim) => {
    expect(claimsOf(text)).toEqual([claim]);
  });

  it('inflects the added verbs ("is throttling", "was debarred by")', () => {
    expect(claimsOf('Russia is throttling Twitter again.')).toEqual(['Russia -restricts-> Twitter']);
    expect(claimsOf('Huawei was debarred by Japan last year.')).toEqual(['Japan -banned-> Huawei']);
  });
});

describe('stop 36: idioms and light verbs from fresh samples', () => {
  it.each([
    ['Zenco took the wraps off the Zeta 3.', 'Zenco -develops-> Zeta 3'],
    ['Zenco took wraps off the Zeta 3.', 'Zenco -develops-> Zeta 3'],
    ['Samsung showed off the Galaxy S24 on Monday.', 'Samsung -develops-> Galaxy S24'],
    ['The UAE had disallowed calls on WhatsApp.', 'United Arab Emirates -banned-> WhatsApp'],
    ['Walmart does battle with Costco.', 'Walmart -competes_with-> Costco'],
  ])('%s', (text, claim) => {
    expect(claimsOf(text)).toContain(claim);
  });
});
