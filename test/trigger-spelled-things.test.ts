import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Helper pvb96, from real confectionery, launch, app-store and share-sale news: a thing's noun spelled like a measure ("a candy
// bar", "a block of shares") bans nothing, and a making verb's object ends where a second verb of its subject begins ("released a
// new app and then removed Zeta"). Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));
const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a snack\'s or a venue\'s bar is no ban', () => {
  it('"a candy bar produced by Zenco" names a snack and its maker', () => {
    expect(banned('Zeta is a candy bar produced by Zenco Foods.')).toEqual([]);
    expect(develops('Zeta is a candy bar produced by Zenco Foods.')).toEqual(['Zenco Foods -develops-> Zeta']);
  });

  it('a bar described after a kind or a determiner bans nothing', () => {
    expect(banned('The Zeta Bar is a peanut butter bar that is similar to a Plix.')).toEqual([]);
    expect(banned('Ruritania warned about a bar called Plix, sold by Zenco Foods.')).toEqual([]);
    expect(banned('Qorva handed out a lunch box with a Zenco sandwich, an energy bar and a Vexa pen.')).toEqual([]);
  });

  it('keeps a ban\'s bar: "a ban on Zapp", "the bar on Zenco", "banned the chocolate bar Zeta"', () => {
    expect(banned('Ruritania imposed a ban on Zapp.')).toEqual(['Ruritania -banned-> Zapp']);
    expect(only('banned')(claimsOf('Ruritania lifted the bar on Zenco.', 'negated'))).toEqual(['Ruritania -banned-> Zenco']);
    expect(banned('Ruritania\'s bar against Zenco took effect in May.')).toEqual(['Ruritania -banned-> Zenco']);
    expect(banned('Ruritania banned the chocolate bar Zeta, made by Zenco Foods.')).toEqual(['Ruritania -banned-> Zeta']);
  });
});

describe('a block of shares is no block', () => {
  it('"bought a block of shares in Qorva" bans nothing', () => {
    expect(banned('Zenco bought a block of shares in Qorva.')).toEqual([]);
    expect(banned('Zenco sold a block of Qorva shares.')).toEqual([]);
    expect(banned('Zenco sold a large block of 5 million Qorva shares.')).toEqual([]);
  });

  it('keeps a blocking act: "blocked Zapp", "will block sales of Zeta"', () => {
    expect(banned('Ruritania blocked Zapp.')).toEqual(['Ruritania -banned-> Zapp']);
    expect(banned('Ruritania will block sales of Zeta.')).toEqual(['Ruritania -banned-> Zeta']);
    expect(banned('Ruritania moved to block the sale of Zeta.')).toEqual(['Ruritania -banned-> Zeta']);
  });
});

describe('a making verb\'s object ends at a second verb', () => {
  it('"released a new app and then removed Zeta" makes no Zeta', () => {
    expect(develops('Zenco released a similar email app and then promptly removed Zeta from its store.')).toEqual([]);
    expect(develops('Zenco launched a new phone and quickly dropped Zeta.')).toEqual([]);
    expect(develops('Zenco launched a new phone and then cut the price of Zeta.')).toEqual([]);
  });

  it('keeps a made thing named in the first object or after a making second verb', () => {
    expect(develops('Zenco designed and launched Zeta.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco launched a new phone and the Zeta tablet.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco unveiled a new phone and then launched Zeta.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco launched a new phone and updated Zeta app.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco released the Zeta phone and dropped its Lumo app.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco launched a new phone, the Zeta.')).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe('a last name with its own verb opens a new clause', () => {
  it('"owns Zeta and Qorva sued it" keeps Qorva out of the objects', () => {
    expect(develops('Zenco owns Zeta and Qorva sued it.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco owns Zeta and Qorva said it would appeal.')).toEqual(['Zenco -develops-> Zeta']);
    expect(banned('Ruritania banned Zapp and Zenco said it would appeal.')).toEqual(['Ruritania -banned-> Zapp']);
  });

  it('keeps a list whose last name is described or counted on', () => {
    expect(develops('Zenco owns Zeta, Plix and Lumo.').sort()).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Plix', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco makes Zeta and Plix phones.').sort()).toEqual(['Zenco -develops-> Plix', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco makes Zeta and Qorva makes Lumo.').sort()).toEqual(['Qorva -develops-> Lumo', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco launched Zeta and Plix last year.').sort()).toEqual(['Zenco -develops-> Plix', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco owns Zeta and Plix acquired in 2019.').sort()).toEqual(['Zenco -develops-> Plix', 'Zenco -develops-> Zeta']);
  });
});
