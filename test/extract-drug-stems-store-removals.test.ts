import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 53's families from stop 52's fourth round of readers, on sentences written for the tests:
// generic drug names built on more of the INN stems (oestrogen receptor antagonists, amylin
// analogues, KRAS inhibitors …), a thing removed from a store, which is not the store's make, a
// party's role in a lawsuit before its name, and certificates revoked like licences.

describe('generic drug names of more INN classes are products', () => {
  it.each([
    ["Zenpharma's zorbestrant and Qorva's velestrant are oral pills.", ['Qorva -develops-> velestrant', 'Zenpharma -develops-> zorbestrant']],
    ["Kappa Bio's petamlintide is a long-acting injection.", ['Kappa Bio -develops-> petamlintide']],
    ["Borin Therapeutics' zelarasib shrank tumours in a trial.", ['Borin Therapeutics -develops-> zelarasib']],
    ['Zenpharma said its drug velixaban cut strokes by a third.', ['Zenpharma -develops-> velixaban']],
  ])('"%s"', (text, claims) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('an English word with such an ending stays a word', () => {
    expect(scoredClaimsOf("Zenco's restaurant opened in May.")).toEqual([]);
  });
});

describe('a thing removed from a store is not the store\'s make', () => {
  it.each([
    ['ZenStore told the studio that it was removing Zetaquest from ZenStore.', ['ZenStore -banned-> Zetaquest']],
    ['Zenco pulled Qwik from ZenPlay on Friday.', ['Zenco -banned-> Qwik']],
    ['Zetaquest was delisted from ZenStore last week.', []],
  ])('"%s"', (text, claims) => {
    const found = scoredClaimsOf(text);
    expect(only('develops')(found)).toEqual([]);
    expect(only('banned')(found)).toEqual(claims);
  });

  it('a product from its maker is still the maker\'s', () => {
    expect(only('develops')(scoredClaimsOf('The Zeta 5 from Zenco goes on sale on Friday.'))).toEqual(['Zenco -develops-> Zeta 5']);
  });
});

describe("a party's role in a lawsuit is no part of its name", () => {
  it.each([
    ['Plaintiff Zenco Corp. sued Qorva.', 'Zenco Corp (company)'],
    ['Defendant Qorva Inc. denied the claims.', 'Qorva Inc (company)'],
  ])('"%s"', (text, entity) => {
    expect(entitiesOf(text)).toContain(entity);
  });
});

describe('a certificate revoked or pulled is a licence revoked', () => {
  it.each([
    ["Zenco pulled Qorva's enterprise certificate.", ['Zenco -banned-> Qorva']],
    ['Zenco pulls Qorva enterprise certificate', ['Zenco -banned-> Qorva']],
    ['Zenco revoked the Qorva enterprise certificates on Friday.', ['Zenco -banned-> Qorva']],
  ])('"%s"', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('a certificate granted is none', () => {
    expect(only('banned')(scoredClaimsOf("Zenco renewed Qorva's enterprise certificate."))).toEqual([]);
  });
});
