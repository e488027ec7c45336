import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Sanctions told without a plain "X sanctioned Y" (helper snm93, stop 93, from set 87's banks and timber readers): a state's
// sanctions named in a measure that someone breaks or dodges, a designation's "specially designated" complement, an action taken
// under a sanctions authority, sanctions over a state's war, a Lebanese firm's "SAL", and a name that only qualifies counted parties.
// Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();

describe('a state named before the sanctions someone breaks or dodges still imposes them', () => {
  it.each([
    ['Zenco Bank was charged with evading U.S. sanctions against Iran and Syria.', ['United States -restricts-> Iran', 'United States -restricts-> Syria']],
    ['The bank helped clients evade U.S. sanctions on Venezuela, prosecutors said.', ['United States -restricts-> Venezuela']],
    ['Zenco Bank was fined for breaching EU sanctions on Russia.', ['European Union -restricts-> Russia']],
    ['Zenco Ltd evaded American sanctions on Iran.', ['United States -restricts-> Iran']],
    // A state that dodges another's sanctions is no sanctioner; the state named with them is.
    ['Iran evaded U.S. sanctions on Qorva Ltd.', ['United States -restricts-> Qorva Ltd']],
    ['Zenco Bank admitted it violated U.S. sanctions against trade with Iran.', ['United States -restricts-> Iran']],
  ])('"%s"', (text, claims) => {
    expect(restricts(text)).toEqual([...claims].sort());
  });

  it.each([
    // No state before the measure: the breaker is no sanctioner and none is named.
    'Zenco Ltd evaded sanctions on Iran.',
    // A purpose or the breaker's own sales after the measure: no target of it.
    'Zenco Bank evaded U.S. sanctions to sell oil to Syria.',
    'Zenco Bank helped Iran evade U.S. sanctions on its oil sales to China.',
    // No target at all.
    'Zenco Bank violated U.S. sanctions by moving money for Qorva Ltd.',
    'Iran helped Zenco Ltd evade U.S. sanctions.',
    // A firm's goods named by their demonym stay the timber helpers' (no firm, no state named after "on").
    'Zenco Bank evaded U.S. sanctions on Iranian oil.',
    // Sanctions experts of a firm, and no target named.
    'Sanctions experts at Zenco Bank said evading U.S. sanctions is hard.',
    // The breaker's subject is never the sanctioner.
    'Zenco Ltd dodged sanctions against Qorva Bank.',
  ])('"%s" gives no new edge', (text) => {
    expect(restricts(text)).toEqual([]);
  });
});

describe('a designation as a "specially designated" party', () => {
  it.each([
    ['The Treasury designated Banco Zenco as a specially designated entity.', ['Treasury -restricts-> Banco Zenco']],
    ["The Treasury designated Venezuela's development bank, Banco Zenco (BZ), as a specially designated entity.", ['Treasury -restricts-> Banco Zenco']],
    ['OFAC designated Zenco Bank, Qorva Bank and Vexa Bank as specially designated nationals.', ['Office of Foreign Assets Control -restricts-> Zenco Bank', 'Office of Foreign Assets Control -restricts-> Qorva Bank', 'Office of Foreign Assets Control -restricts-> Vexa Bank']],
  ])('"%s"', (text, claims) => {
    expect(restricts(text)).toEqual([...claims].sort());
  });

  it.each([
    'Zenco Bank designated Qorva Ltd as its preferred supplier.',
    'The Treasury designated Banco Zenco as its fiscal agent.',
    'Zenco Bank named Qorva Ltd as its distributor.',
  ])('"%s" is no sanctions designation', (text) => {
    expect(restricts(text)).toEqual([]);
  });
});

describe('an action taken under a sanctions authority', () => {
  it.each([
    ['OFAC took action against Vexa Corp, Qorva Ltd and Zeta Inc under its counterterrorism authority.', ['Office of Foreign Assets Control -restricts-> Vexa Corp', 'Office of Foreign Assets Control -restricts-> Qorva Ltd', 'Office of Foreign Assets Control -restricts-> Zeta Inc']],
    ['OFAC today took action against Zenco Bank pursuant to Executive Order 13224.', ['Office of Foreign Assets Control -restricts-> Zenco Bank']],
  ])('"%s"', (text, claims) => {
    expect(restricts(text)).toEqual([...claims].sort());
  });

  it.each([
    // No authority named: a regulator's or a firm's action is no designation.
    'The FTC took action against Zenco Bank for misleading ads.',
    'Zenco Bank took action against Qorva Ltd under its contract.',
    'Zenco Bank took legal action against Qorva Ltd under the Lanham Act.',
    // Negated, or only possible.
    'OFAC has not taken action against Zenco Bank under its counterterrorism authority.',
    'OFAC could take action against Zenco Bank under its counterterrorism authority.',
    // A firm acting under its own program.
    'Zenco Bank took action against Qorva Ltd under its compliance program.',
    'Qorva Ltd took action against counterfeiters under its brand protection program.',
    'Zenco Bank said it took action against Vexa Corp under its own authority.',
  ])('"%s" gives no asserted edge', (text) => {
    expect(restricts(text)).toEqual([]);
  });
});

describe("sanctions over a state's war fall on that state", () => {
  it.each([
    ["The European Union adopted its fifth round of sanctions over Russia's invasion of Ukraine.", ['European Union -restricts-> Russia']],
    ["Japan imposed new sanctions over Russia's invasion of Ukraine.", ['Japan -restricts-> Russia']],
    ["Canada announced a package of sanctions over Russia's war in Ukraine.", ['Canada -restricts-> Russia']],
  ])('"%s"', (text, claims) => {
    expect(restricts(text)).toEqual([...claims].sort());
  });

  it.each([
    // Lifted, weighed or planned sanctions.
    "Japan lifted sanctions over Russia's invasion of Ukraine.",
    "Japan considered new sanctions over Russia's invasion of Ukraine.",
    "Japan announced plans for sanctions over Russia's invasion of Ukraine.",
    "Japan called for sanctions over Russia's invasion of Ukraine.",
    "Japan announced possible sanctions over Russia's invasion of Ukraine.",
    "Japan agreed to consider sanctions over Russia's invasion of Ukraine.",
    // A firm's penalties, or the state invaded.
    "Zenco Bank imposed penalties over Qorva Ltd's attack on its rates.",
    "Japan announced aid over Russia's invasion of Ukraine.",
  ])('"%s" gives no sanctions on the warring state', (text) => {
    expect(restricts(text)).toEqual([]);
  });

  it('sanctions laid on another state first fall on that one only', () => {
    expect(restricts("Japan imposed sanctions against Belarus over Russia's invasion of Ukraine.")).toEqual(['Japan -restricts-> Belarus']);
  });
});

describe('a Lebanese firm\'s "SAL" closes its name', () => {
  it('the whole name is the target', () => {
    expect(restricts('Today, OFAC sanctioned Zenco Bank SAL.')).toEqual(['Office of Foreign Assets Control -restricts-> Zenco Bank SAL']);
    expect(restricts("Washington – Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned Zenco Bank SAL (Zenco Trust).")).toEqual(['Office of Foreign Assets Control -restricts-> Zenco Bank SAL']);
  });
});

describe('a name that only qualifies counted parties is not their target', () => {
  it.each([
    'The United States also announced sanctions on four Zenfront financial providers.',
    'The United States imposed sanctions on two Zenco Group subsidiaries.',
    'The United States sanctioned three Zenco Group executives.',
    'The United States imposed sanctions on 12 Qorva vessels.',
    'The United States imposed sanctions on the four Zenco Bank executives.',
  ])('"%s" restricts no qualifier', (text) => {
    expect(restricts(text)).toEqual([]);
  });

  it.each([
    ['The United States sanctioned four banks, Zenco Bank and Qorva Bank.', ['United States -restricts-> Zenco Bank', 'United States -restricts-> Qorva Bank']],
    ['The United States sanctioned Zenco Group and two of its units.', ['United States -restricts-> Zenco Group']],
    ['The United States imposed sanctions on Zenco Group.', ['United States -restricts-> Zenco Group']],
  ])('"%s" keeps the named target', (text, claims) => {
    expect(restricts(text)).toEqual([...claims].sort());
  });
});
