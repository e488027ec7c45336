import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 95, helper hdl95: a headline in Title Case capitalises every word, so a name the article teaches ran on over the ordinary
// words after it ("Vela 9 Phone To Take On Qorva" was one product) and a kind word kept a name from being read ("Zeta App").
// As with a headline in capitals, the words the article writes only in lower case are read in lower case; names, small words,
// words the article writes capitalised and words it never writes keep their capital. Sentences written for the tests.

describe('a Title Case headline read with the casing of its article', () => {
  it('a taught name ends before the headline\'s ordinary words', () => {
    const text = "Zenco Unveils Vela 9 Phone To Take On Qorva\n\nZenco on Tuesday unveiled the Vela 9, a phone aimed at rival Qorva's handsets.";
    expect(entitiesOf(text)).not.toContain('Vela 9 Phone To Take On Qorva (product)');
    expect(only('develops')(scoredClaimsOf(text))).toEqual(['Zenco -develops-> Vela 9']);
  });

  it('a kind word the article writes in lower case no longer hides the name before it', () => {
    const text = "Kenya Bans Zeta App Over Security Fears\n\nKenya's communications authority said the app, which Zenco makes, had broken data laws.";
    expect(only('banned')(scoredClaimsOf(text))).toEqual(['Kenya -banned-> Zeta']);
  });

  it('a word before a number stays a name\'s part even when the article writes it in lower case', () => {
    const text = 'Qorva Launches Series 7 Watch In Kenya\n\nThe watch, the seventh in the series, ships in May, Qorva said.';
    expect(entitiesOf(text)).not.toContain('Qorva Launches Series (product)');
    expect(only('develops')(scoredClaimsOf(text))).not.toContain('Qorva -develops-> Watch');
  });
});

describe('near misses: words that keep their capital', () => {
  it('a word the article writes capitalised as well keeps its capital ("Zenco Pay")', () => {
    const text = 'Kenya Halts Zenco Pay Services\n\nThe central bank said Zenco Pay, a mobile wallet, must stop taking deposits, while other pay services may go on.';
    expect(entitiesOf(text)).not.toContain('Zenco (product)');
    expect(only('develops')(scoredClaimsOf(text))).toEqual([]);
  });

  it('a headline whose words the article never writes names nothing it did not name before', () => {
    expect(scoredClaimsOf('Zenco Launches Zenco Smart Display In Europe\n\nThe company said the device would go on sale next month.')).toEqual([]);
  });

  it('a generic kind the article writes in lower case is no product', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Launches Smart Display In Europe\n\nZenco said its new smart display ships in May.'))).toEqual([]);
  });

  it('a buyer of another firm\'s unit makes nothing', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Buys Qorva Phone Unit\n\nZenco agreed to buy the phone unit of Qorva for $2 billion, the companies said.'))).toEqual([]);
  });

  it('a part supplier named in the headline is no maker of the phone', () => {
    const text = 'Zenco Unveils Vela Phone Made With Qorva Parts\n\nZenco unveiled the Vela phone on Monday. Qorva supplies the parts.';
    expect(only('develops')(scoredClaimsOf(text))).toEqual(['Zenco -develops-> Vela']);
  });

  it('a headline in sentence case is read as before', () => {
    const text = 'Zenco unveils Vela 9 phone to take on Qorva\n\nZenco on Tuesday unveiled the Vela 9, a phone aimed at rival Qorva\'s handsets.';
    expect(only('develops')(scoredClaimsOf(text))).toEqual(['Zenco -develops-> Vela 9']);
  });

  it('a trade word after a cause\'s preposition is no firm, in either casing; a firm before it stays one', () => {
    expect(only('restricts')(scoredClaimsOf('US Sanctions Chinese Firms over Drone Manufacturing'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('Kenya Sanctions Zenco Trading Over Drone Shipping'))).toEqual(['Kenya -restricts-> Zenco Trading']);
  });

  it('what a possessive owns keeps its capitals: no state\'s body made of a firm\'s last word', () => {
    const text = "FCC Revokes Qorva America's Telecom Services Authority\n\nThe Federal Communications Commission voted on Thursday to end the telecom services authority that Qorva America's unit held, citing security.";
    expect(entitiesOf(text)).not.toContain("America's telecom services authority (government)");
  });
});
