import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 84's re-read of its own change: four families the round's rules had reached too far or too short. Sentences written for the
// tests.

describe('a headline parted at a rival or maker noun keeps the names across its verb', () => {
  it('the buyer before the verb and the name after the rival are kept', () => {
    expect(entitiesOf('Qorva Buys Zapp Maker Vexa')).toEqual(expect.arrayContaining([expect.stringMatching(/^Qorva /), expect.stringMatching(/^Vexa /), expect.stringMatching(/^Zapp /)]));
    expect(entitiesOf('Zenco Rival Qorva Buys Lumora')).toEqual(expect.arrayContaining([expect.stringMatching(/^Lumora /)]));
    expect(only('develops')(scoredClaimsOf('Qorva Buys Zapp Maker Vexa'))).toEqual(['Vexa -develops-> Zapp']);
  });

  it('guards: a figure after the verb is no name', () => {
    expect(entitiesOf('Zenco Rival Qorva Raises $10 Million').length).toBe(2);
  });
});

describe('"no" after a preposition denies nothing', () => {
  it('"with no warning banned" stays a ban; "no rivalry" is still denied', () => {
    expect(claimsOf('Russia with no warning banned Zapp, a messaging app made by Zenco Inc.')).toContain('Russia -banned-> Zapp');
    expect(claimsOf('Russia in no time banned Zapp, a messaging app made by Zenco Inc.')).toContain('Russia -banned-> Zapp');
    expect(claimsOf('There is no rivalry between Zenco Inc and Qorva Labs, the analyst said.')).toEqual([]);
  });
});

describe("a platform's own maker still makes it", () => {
  it('"Apple released its iOS and macOS apps" keeps Apple develops iOS; another firm\'s apps do not', () => {
    expect(only('develops')(scoredClaimsOf('Apple released its iOS and macOS apps last year.'))).toContain('Apple -develops-> iOS');
    expect(only('develops')(scoredClaimsOf('Google released its Android and iOS apps for Zeta.'))).toContain('Google -develops-> Android');
    expect(only('develops')(scoredClaimsOf('Zenco released its iOS and Android games.'))).toEqual([]);
  });
});

describe('a city after an adverb opening the sentence acts', () => {
  it('"Then Toronto banned Zapp" gives the city; a person\'s name still does not', () => {
    expect(only('banned')(scoredClaimsOf('Then Toronto banned Zapp on city phones.'))).toEqual(['Toronto -banned-> Zapp']);
    expect(only('banned')(scoredClaimsOf('Now Toronto has banned Zapp.'))).toEqual(['Toronto -banned-> Zapp']);
    expect(only('banned')(scoredClaimsOf('Lloyd Austin banned Zapp.'))).toEqual([]);
  });
});

describe('what a ban reaches is no portfolio of the clause\'s subject', () => {
  it('"Besides Zapp, Ruritania banned Chinese apps, including A and B" gives Zapp no develops', () => {
    for (const opener of ['including', 'such as', ', which include']) {
      const text = `Besides TikTok, India has also banned Chinese apps${opener.startsWith(',') ? '' : ','} ${opener.replace(/^, /, ', ')} WeChat, Shein and UC Browser.`.replace(', ,', ',');
      expect(only('develops')(claimsOf(text)), text).toEqual([]);
    }
    expect(only('develops')(claimsOf("Zenco's apps, which include Qorva and Lumo, were hacked."))).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Qorva']);
  });
});
