import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, scoredClaimsOf } from './extract-helpers';

// Helper unt91, from stop 90's fresh samples: a name no lexicon knows, right before a person's role noun ("a Qorvex spokesperson",
// "Qorvex chairman Ana Borin"), was typed a person, and every claim on that name in the whole article was lost. The name is whom the
// role's holder works for: a firm's role types it a firm for that mention only; other roles leave it untyped. Sentences written for
// the tests.

describe('a name before a role noun is no person', () => {
  it('a spokesperson, a chairman or an executive after the name does not cost the firm its claims elsewhere', () => {
    expect(scoredClaimsOf('Zenco competes with Qorvex. A Qorvex spokesperson declined to comment.')).toEqual(['Zenco -competes_with-> Qorvex']);
    expect(scoredClaimsOf('Qorvex chairman Ana Borin spoke on Monday. Zenco competes with Qorvex.')).toEqual(['Zenco -competes_with-> Qorvex']);
    // A bar from public tenders restricts (a procurement bar, test/extract-import-halts-duty-lists-procurement-bars.test.ts).
    expect(scoredClaimsOf('A Qorvex executive spoke on Monday. Ruritania banned Qorvex from public tenders.')).toEqual(['Ruritania -restricts-> Qorvex']);
  });

  it('other offices after the name leave it to the claims that type it', () => {
    expect(scoredClaimsOf('Qorvex analyst Ana Borin praised the phone. Zenco competes with Qorvex.')).toEqual(['Zenco -competes_with-> Qorvex']);
    expect(scoredClaimsOf('Qorvex engineer Ana Borin spoke. Zenco competes with Qorvex.')).toEqual(['Zenco -competes_with-> Qorvex']);
    expect(scoredClaimsOf('Qorvex president Ana Borin spoke. Zenco competes with Qorvex.')).toEqual(['Zenco -competes_with-> Qorvex']);
    expect(scoredClaimsOf('Qorvex executive director Ana Borin spoke. Zenco competes with Qorvex.')).toEqual(['Zenco -competes_with-> Qorvex']);
  });

  it('the firm a spokesperson speaks for is the company the sentence goes on about', () => {
    expect(scoredClaimsOf('A Qorvex spokesperson said it launched the Zeta phone.')).toEqual(['Qorvex -develops-> Zeta']);
    expect(entitiesOf('A Qorvex spokesperson said Zenco launched the Zeta phone.')).toContain('Qorvex (company)');
  });
});

describe('near misses', () => {
  it('the person holding the role stays a person', () => {
    expect(entitiesOf('Qorvex chairman Ana Borin said Zenco competes with Halvorn.')).toContain('Ana Borin (person)');
    expect(entitiesOf('Ana Borin, a Qorvex spokesperson, said nothing.')).toContain('Ana Borin (person)');
  });

  it('another firm\'s claim in the spokesperson\'s sentence is not the spokesperson\'s firm\'s', () => {
    expect(scoredClaimsOf('A Qorvex spokesperson said Zenco launched the Zeta phone.')).toEqual(['Zenco -develops-> Zeta']);
    expect(scoredClaimsOf('A Qorvex spokesperson said Ruritania banned the Zeta app.')).not.toContain('Qorvex -banned-> Zeta');
  });

  it('a state\'s body or a party before the role is no firm', () => {
    expect(entitiesOf('A Zembla Highway Patrol spokeswoman said Zenco competes with Halvorn.').filter((e) => e.includes('Patrol'))).toEqual([]);
    expect(entitiesOf('A Zembla Front spokesman said Zenco competes with Halvorn.').filter((e) => e.includes('Front'))).toEqual([]);
    expect(entitiesOf('A Zembla official said Ruritania banned the Zeta app.').filter((e) => e.startsWith('Zembla'))).toEqual([]);
    expect(entitiesOf('Zenco competes with Halvorn, a Commerce spokesperson said.')).not.toContain('Commerce (company)');
  });

  it('an "executive order" names no role: its issuer gets no firm\'s type', () => {
    expect(claimsOf('The Qorvex executive order banned the Zeta app.')).toEqual([]);
    expect(entitiesOf('The Qorvex executive order banned the Zeta app.')).not.toContain('Qorvex (company)');
  });

  it('a possessive before the role, a comma or a word between keeps the old readings', () => {
    expect(entitiesOf('Qorvex\'s spokesperson declined to comment.')).not.toContain('Qorvex (person)');
    expect(entitiesOf('Ana Borin, spokesperson, declined to comment.')).not.toContain('Ana Borin (company)');
    expect(entitiesOf('A Zembla police spokesman spoke.').filter((e) => e.includes('(company)'))).toEqual([]);
  });
});

// Lists of places: a name no lexicon knows after firms' plural and "in" is where the firms are, not one of them.
describe('a name after "firms in" is a place', () => {
  it('gives no rival and no banned thing', () => {
    expect(scoredClaimsOf('Zenco competes with local firms in Qorvex.')).toEqual([]);
    expect(scoredClaimsOf('Zenco competes with smaller firms based in Qorvex and Morvane.')).toEqual([]);
    expect(scoredClaimsOf('Ruritania banned apps from firms in Qorvex.')).toEqual([]);
  });

  it('near misses: shares, stakes, investors and named rivals keep the firm', () => {
    expect(scoredClaimsOf('Zenco competes with firms such as Qorvex and Trelix.')).toEqual(['Zenco -competes_with-> Qorvex', 'Zenco -competes_with-> Trelix']);
    expect(scoredClaimsOf('Investors in Qorvex cheered. Qorvex competes with Zenco.')).toEqual(['Qorvex -competes_with-> Zenco']);
    expect(scoredClaimsOf('Zenco bought a stake in Qorvex, which competes with Trelix.')).toContain('Qorvex -competes_with-> Trelix');
    expect(scoredClaimsOf('Zenco competes with Trelix in Qorvex.')).toEqual(['Zenco -competes_with-> Trelix']);
  });
});
