import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 81, from a fresh sample of news: a later member of a list with its own kind noun before its name and no article
// ("banned messaging app A and antivirus program B") was lost, even as an entity, when that kind noun was no list member's head
// ("program", "tool", "software", "tracker"). Sentences written for the tests.

describe('a later list member named after its own kind noun', () => {
  it.each([
    ['Canada banned messaging app Zenchat and antivirus program Qorva Shield.', 'Canada', 'Zenchat', 'Qorva Shield'],
    ['Ruritania banned messaging app Zenchat and antivirus tool Qorva Shield.', 'Ruritania', 'Zenchat', 'Qorva Shield'],
    ['India blocked video app Zentube and antivirus software Qorva Guard.', 'India', 'Zentube', 'Qorva Guard'],
    ['Canada banned the Zenchat app and security programme Qorva Shield.', 'Canada', 'Zenchat', 'Qorva Shield'],
    ['India blocked messaging app Zenchat, antivirus program Qorva Shield and video app Vexatube.', 'India', 'Zenchat', 'Qorva Shield'],
  ])('%s', (text, banner, first, later) => {
    const banned = only('banned')(scoredClaimsOf(text));
    expect(banned).toContain(`${banner} -banned-> ${first}`);
    expect(banned).toContain(`${banner} -banned-> ${later}`);
    expect(entitiesOf(text)).toContain(`${later} (product)`);
  });

  it('a maker\'s launch reaches a later member after its own kind noun', () => {
    expect(only('develops')(scoredClaimsOf('Zenco launched fitness tracker Zeta Band and budgeting program Zeta Ledger.'))).toEqual([
      'Zenco -develops-> Zeta Band',
      'Zenco -develops-> Zeta Ledger',
    ]);
  });

  it.each([
    ['Canada banned messaging app Zenchat, social network Qorvabook and video app Vexatube.', ['Canada -banned-> Qorvabook', 'Canada -banned-> Vexatube', 'Canada -banned-> Zenchat']],
    ['The US sanctioned chipmaker Zenco Micro and drone maker Qorva Aero.', ['United States -restricts-> Qorva Aero', 'United States -restricts-> Zenco Micro']],
    ['Zenco launched fitness tracker Zeta Band and smartwatch Zeta Watch.', ['Zenco -develops-> Zeta Band', 'Zenco -develops-> Zeta Watch']],
    ['India blocked video app Zentube, payment app Qorvapay and game Vexa Quest.', ['India -banned-> Qorvapay', 'India -banned-> Vexa Quest', 'India -banned-> Zentube']],
  ])('already read: %s', (text, claims) => {
    expect(scoredClaimsOf(text).filter((c) => /-(banned|restricts|develops)->/.test(c))).toEqual(claims);
  });

  it.each([
    // A person after a plural noun of people is no member.
    'Canada banned messaging app Zenchat and security experts Jane Roe and John Doe welcomed it.',
    // A reporter set off after the list.
    'Canada banned messaging app Zenchat, analyst firm Qorva said.',
    // A plural kind with no name, and lower-case words after the kind.
    'Canada banned messaging app Zenchat and antivirus programs from abroad.',
    'Canada banned messaging app Zenchat and antivirus program updates.',
  ])('guard: %s', (text) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(['Canada -banned-> Zenchat']);
  });
});
