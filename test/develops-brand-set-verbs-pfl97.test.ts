import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper pfl97, from set 95's readers and real news on fashion, spirits, toy and sporting-goods groups: a group's brands stated with
// a verb and a list, where the list was lost whole or cut. Sentences written for the tests, with made-up names.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();
const competes = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('a relative clause after an apposition to an object', () => {
  it('"bought by Zenco, a firm that owns …" has the apposed name for the owner', () => {
    expect(develops('The maker was bought by Zenco, a firm that owns many audio brands, including Vexa, Plix and Morda.')).toEqual(['Zenco -develops-> Morda', 'Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
    expect(develops('The maker was bought by Zenco, a firm that makes the Vexa phone.')).toEqual(['Zenco -develops-> Vexa']);
  });

  it('the sentence\'s subject is no owner of what the apposed name\'s clause lists', () => {
    expect(develops('Qorva sold the unit to Zenco, a firm that owns many audio brands, including Vexa, Plix and Morda.')).toEqual(['Zenco -develops-> Morda', 'Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
  });

  it('"…, a startup that competes with Qorva" tells of the apposed name', () => {
    expect(competes('The app runs on chips from Zenco Systems, a Zembla startup that competes with Qorva.')).toEqual(['Zenco Systems -competes_with-> Qorva']);
  });

  it('a relative after a noun that names no one has no name further left for subject', () => {
    expect(develops('Since its debut on the Zorbo Exchange in May, the Helsinki-based group, which also owns brand Vexa, has grown.')).toEqual([]);
    expect(develops('Zenco bought the audio group, which owns the Vexa brand.')).toEqual([]);
  });

  it('a name before the apposition or inside the noun still owns', () => {
    expect(develops('Zenco, the Helsinki-based group, which also owns brand Vexa, has grown.')).toEqual(['Zenco -develops-> Vexa']);
    expect(develops('Qorva sold the Zenco group, which owns the Vexa brand, in May.')).not.toContain('Qorva -develops-> Vexa');
  });

  it('"a firm that Qorva owns" keeps the clause\'s own subject', () => {
    expect(develops('The deal went to Zenco, a firm that Qorva owns.')).not.toContain('Zenco -develops-> Qorva');
  });
});

describe('a brand list and what follows it', () => {
  it('"…, all of which compete with Qorva": the rival is no member', () => {
    expect(develops('Zenco owns several well-known brands such as Vexa, Plix and Morda, all of which compete with Qorva.')).not.toContain('Zenco -develops-> Qorva');
    expect(develops('Zenco sells brands like Vexa and Plix, both of which rival Qorva.')).not.toContain('Zenco -develops-> Qorva');
  });
});

describe('houses and glued colons', () => {
  it('"its premium houses: A, B and C" lists the group\'s houses, founders\' names included', () => {
    expect(develops('Zenco narrowed its focus to five of its premium houses: Vexa, Plix and Morda.')).toEqual(['Zenco -develops-> Morda', 'Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
    expect(develops('Zenco narrowed its focus to its premium houses: Mara Lind, Tom Vale and Vexa.')).toEqual(['Zenco -develops-> Mara Lind', 'Zenco -develops-> Tom Vale', 'Zenco -develops-> Vexa']);
    expect(develops('Zenco narrowed its focus to its premium brands: Mara Lind, Tom Vale and Vexa.')).toEqual(['Zenco -develops-> Mara Lind', 'Zenco -develops-> Tom Vale', 'Zenco -develops-> Vexa']);
  });

  it('houses no one owns, or a rival\'s, give no owner', () => {
    expect(develops('Many fashion houses such as Vexa and Plix are cutting prices.')).toEqual([]);
    expect(develops('Zenco competes with fashion houses such as Vexa and Plix.')).toEqual([]);
    expect(develops('Zenco bought fashion houses such as Vexa and Plix.')).toEqual([]);
    // A trade opening the sentence names the houses' kind, no maker (critic crit97a).
    expect(develops('Fashion houses such as Vexa and Plix are cutting prices.')).toEqual([]);
    expect(develops('Luxury houses such as Vexa and Plix are cutting prices.')).toEqual([]);
    expect(develops('Beauty brands like Vexa and Plix are cutting prices.')).toEqual([]);
    expect(develops("France's fashion houses, such as Vexa and Plix, are cutting prices.")).toEqual([]);
    expect(develops('Zenco, which owns auction houses such as Vexa, grew.')).not.toContain('Zenco -develops-> Ruritania');
  });
});

describe('running and selling named brands', () => {
  it('"runs brands such as A and B" is the group\'s', () => {
    expect(develops('Zenco runs brands such as Vexa and Plix.')).toEqual(['Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
  });

  it('running ads or stores for others\' brands, or for clients, owns none', () => {
    expect(develops('Zenco runs ads for brands such as Vexa and Plix.')).toEqual([]);
    expect(develops('Zenco runs brands such as Vexa and Plix on behalf of its clients.')).toEqual([]);
    expect(develops('Jan Smith, who runs brands such as Vexa and Plix, left Zenco.')).toEqual([]);
  });

  it('"which sells the A, B and C brands", "oversees the brands A, B and C"', () => {
    expect(develops('Zenco, which sells the Lumo, Tarn, and Pell brands, reported higher profit.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Pell', 'Zenco -develops-> Tarn']);
    expect(develops('Zenco markets the Lumo and Tarn brands in Ruritania.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Tarn']);
    expect(develops('Qorva, which also oversees the brands Vexa, Plix and Morda, decided to close the plant.')).toEqual(['Qorva -develops-> Morda', 'Qorva -develops-> Plix', 'Qorva -develops-> Vexa']);
  });

  it('a shop, a disposal, another\'s brands or a plan sells no brand of its own', () => {
    expect(develops('Zenco Stores sells the Lumo and Tarn brands.')).toEqual([]);
    expect(develops('Zenco, a supermarket chain, sells the Lumo and Tarn brands.')).toEqual([]);
    expect(develops('Zenco, a distributor, markets the brands Lumo and Tarn in Ruritania.')).toEqual([]);
    // Since stop 98 (the team's policy call): a named brand sold was the seller's, done or planned; a purchase done is the buyer's too.
    expect(develops('Zenco sells the Lumo and Tarn brands to Qorva.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Tarn']);
    expect(develops('Zenco sold the Lumo and Tarn brands last year.')).toEqual([]);
    expect(develops('Zenco runs the brands Vexa and Plix on behalf of Qorva.')).toEqual([]);
    expect(develops('Zenco markets the brands Vexa and Plix on behalf of its clients.')).toEqual([]);
  });
});

describe('a consumer group consisting of its brands', () => {
  it('"the luxury fashion group consisting of A, B and C", set off or after the copula', () => {
    expect(develops('Qorva will acquire Zenco Holdings Limited, the global luxury fashion group consisting of Vexa, Jimmy Choo and Michael Kors.')).toEqual(['Zenco Holdings Limited -develops-> Jimmy Choo', 'Zenco Holdings Limited -develops-> Michael Kors', 'Zenco Holdings Limited -develops-> Vexa']);
    expect(develops('Zenco is a spirits group comprising Lumo and Tarn.')).toEqual(['Zenco -develops-> Lumo', 'Zenco -develops-> Tarn']);
  });

  it('a consortium, an investor or a retailer consisting of others is no brand owner', () => {
    expect(develops('Zenco, a group consisting of Qorva and Vexa, bid for the airport.')).toEqual([]);
    expect(develops('Zenco, an investment group consisting of Qorva and Vexa, bid for the plant.')).toEqual([]);
    expect(develops('Zenco, a retail group consisting of Qorva and Vexa stores, grew.')).toEqual([]);
    expect(develops('Zenco, a fashion group consisting of Qorva Inc and Vexa Ltd, grew.')).toEqual([]);
  });
});
