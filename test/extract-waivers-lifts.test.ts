import { describe, expect, it } from 'vitest';
import { claimsOf, scoredClaimsOf } from './extract-helpers';

// Stop 51's third families, from its first round's controls reader, on sentences written for the
// tests: exemptions taken back from firms, banks cut off from a financial system, a firm's units
// named by their state, and acts lifted or parties taken off a list.

describe("a state taking back a firm's exemption restricts the firm", () => {
  it.each([
    ['The Commerce Department revoked the licence waivers for Samsung, SK Hynix and Intel.', ['Commerce Department -restricts-> Intel', 'Commerce Department -restricts-> SK Hynix', 'Commerce Department -restricts-> Samsung']],
    ['The Commerce Department terminated the validated end-user status of Samsung and SK Hynix.', ['Commerce Department -restricts-> SK Hynix', 'Commerce Department -restricts-> Samsung']],
    ["The Commerce Department ended Samsung and SK Hynix's trusted-buyer status.", ['Commerce Department -restricts-> SK Hynix', 'Commerce Department -restricts-> Samsung']],
    // The exemption's name is no target, and a firm's plants named by their state are the firm's.
    ["The US has revoked the VEU status of Samsung, SK Hynix and Intel's China fabs.", ['United States -restricts-> Intel', 'United States -restricts-> SK Hynix', 'United States -restricts-> Samsung']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it("a firm revoking another's status restricts nothing", () => {
    expect(scoredClaimsOf('Samsung revoked the preferred-supplier status of Qorva Electronics.')).toEqual([]);
  });

  it('revoking an authorisation still bans', () => {
    expect(scoredClaimsOf("The FCC revoked China Telecom's authorization.")).toEqual(['Federal Communications Commission -banned-> China Telecom']);
  });
});

describe('a bank cut off from a financial system is restricted', () => {
  it.each([
    ['FinCEN issued a final rule that severs Zenco Bank from the US financial system.', ['Financial Crimes Enforcement Network -restricts-> Zenco Bank']],
    ['The Commerce Department severed Zenco Bank from the US financial system.', ['Commerce Department -restricts-> Zenco Bank']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe('an act lifted, or a party taken off a list, no longer holds', () => {
  it.each([
    ['The US has lifted curbs against Zenco Bank.', ['United States -restricts-> Zenco Bank']],
    ['The US lifted sanctions on Zenco Bank.', ['United States -restricts-> Zenco Bank']],
    ['India lifted the ban on PUBG Mobile.', ['India -banned-> PUBG Mobile']],
  ])('"%s"', (text, claims) => {
    expect(claimsOf(text, 'negated')).toEqual(claims);
    expect(scoredClaimsOf(text)).toEqual([]);
  });

  it('a party taken off a list of restricted parties is not banned', () => {
    expect(scoredClaimsOf('The Commerce Department removed Huawei from the Entity List.')).toEqual([]);
  });

  it('an app taken off a store still is', () => {
    expect(scoredClaimsOf('Apple removed TikTok from the App Store.')).toEqual(['Apple -banned-> TikTok']);
  });

  it('"ended up banning" bans, and "eased restrictions" still restricts', () => {
    expect(scoredClaimsOf('The US ended up banning TikTok.')).toEqual(['United States -banned-> TikTok']);
    expect(scoredClaimsOf('The US eased restrictions on Huawei.')).toEqual(['United States -restricts-> Huawei']);
  });
});

describe('members of a list each with its place', () => {
  it.each([
    ['The Treasury sanctioned Zenco Bank in Kyrgyzstan and Qorva Bank in Iraq.', ['Treasury -restricts-> Qorva Bank', 'Treasury -restricts-> Zenco Bank']],
    ['The EU sanctioned Zenco Bank from Kyrgyzstan, Qorva Bank from Iraq and Vexa Bank from Iran.', ['European Union -restricts-> Qorva Bank', 'European Union -restricts-> Vexa Bank', 'European Union -restricts-> Zenco Bank']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});
