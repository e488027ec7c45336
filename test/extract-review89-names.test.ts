import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper fxn89, from a re-read of stop 89's name rules (rr89b): firms taken for a state's bodies, a leader's relatives and private
// acts taken for the state's, other states' departments taken for the US ones, counts glued to names, a firm's 's kept in its
// name, and the body's own amines taken for products. Each family with near misses that must still give the claim. Sentences
// written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));
const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));
const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const competes = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));
const partOf = (text: string): string[] => only('part_of')(claimsOf(text));
const typed = (text: string, label: string): string[] => entitiesOf(text).filter((e) => e.startsWith(`${label} (`));

describe('a firm that orders a recall of its own goods is no state body', () => {
  it('a maker\'s own or voluntary recall bans nothing', () => {
    expect(banned("Japan's Zenco ordered the recall of 2 million Zeta cars over faulty airbags.")).toEqual([]);
    expect(partOf("Japan's Zenco ordered the recall of 2 million Zeta cars over faulty airbags.")).toEqual([]);
    expect(banned("South Korea's Qorva has ordered a voluntary recall of its Zeta phones.")).toEqual([]);
    expect(banned("Germany's Zenco ordered a recall of its Zeta cars.")).toEqual([]);
    expect(partOf("Ruritania's Vexa ordered the withdrawal of its Zeta scooters.")).toEqual([]);
  });

  it('near misses: an acronym, or goods made by another, still make the state\'s body', () => {
    expect(banned("Brazil's VGX ordered a recall of Zeta strollers.")).toEqual(['VGX -banned-> Zeta']);
    expect(partOf("Brazil's VGX ordered a recall of Zeta strollers.")).toEqual(['VGX -part_of-> Brazil']);
    expect(banned("Brazil's Vigilex ordered a recall of Zeta strollers made by Qorva.")).toEqual(['Vigilex -banned-> Zeta']);
    expect(partOf("Brazil's Vigilex ordered a recall of Zeta strollers made by Qorva.")).toEqual(['Vigilex -part_of-> Brazil']);
  });
});

describe('a firm\'s name after a state\'s possessive, or a firm acting on its own partners, is no state body', () => {
  it('a name a firm\'s word ends stays a company', () => {
    expect(typed("Brazil's Zenco Holdings imposed fines on Qorva.", 'Zenco Holdings')).toEqual(['Zenco Holdings (company)']);
    expect(partOf("Nigeria's Zenco Oil revoked the permits of its contractors.")).toEqual([]);
    expect(partOf("China's Zenco Telecom cancelled the permits of its resellers.")).toEqual([]);
    expect(partOf("Germany's Vexa Automotive suspended the licences of two dealers.")).toEqual([]);
    expect(partOf("Japan's Vexa Pharma revoked the licences of three distributors.")).toEqual([]);
    expect(partOf("Korea's Qorva Motors slapped a penalty on its dealer Vexa.")).toEqual([]);
    expect(typed("Brazil's Zenco Bank fined Qorva.", 'Zenco Bank')).toEqual(['Zenco Bank (company)']);
  });

  it('a one-word firm penalising its own suppliers, customers or franchisees stays a firm', () => {
    expect(partOf("India's Zenco imposed a penalty on its supplier Qorva.")).toEqual([]);
    expect(partOf("Japan's Qorva fined its former supplier Zenco for late deliveries.")).toEqual([]);
    expect(partOf("Britain's Zenco slapped fines on customers who broke its rules.")).toEqual([]);
    expect(partOf("India's Zenco revoked the licence of its franchisee Vexa after a dispute.")).toEqual([]);
    expect(banned("India's Zenco revoked the licence of its franchisee Vexa after a dispute.")).not.toContain('Zenco -banned-> Vexa');
  });

  it('near misses: a coined name fining or revoking another\'s licence is still the state\'s body', () => {
    expect(partOf("Brazil's Vigilex fined Zenco $2 million for selling unsafe chargers.")).toEqual(['Vigilex -part_of-> Brazil']);
    expect(banned("India's DRX revoked the licence of Zetamab.")).toEqual(['DRX -banned-> Zetamab']);
    expect(partOf("Japan's Tarvex imposed fines on Zenco.")).toEqual(['Tarvex -part_of-> Japan']);
    expect(partOf("India's Medrax suspended the registration of Zetacide, made by Qorva.")).toEqual(['Medrax -part_of-> India']);
  });
});

describe('a leader\'s relative, a namesake or the leader in a private role does not act for the state', () => {
  it('a given name or a firm\'s title before the surname names someone else', () => {
    expect(banned('Ivanka Trump banned Zenco from her stores.')).toEqual([]);
    expect(banned('Melania Trump banned Zenco.')).toEqual([]);
    expect(banned("Eric Trump banned Zenco's Zeta app from Trump hotels.")).not.toContainEqual(expect.stringContaining('United States'));
    expect(banned('Zenco CEO Trump banned staff from using Zeta.')).not.toContainEqual(expect.stringContaining('United States'));
  });

  it('a ban on his own property or channel, or by a former leader, is private', () => {
    expect(banned('Trump banned Zenco from his golf clubs.')).toEqual([]);
    expect(banned('Trump bars Zenco reporters from his rallies.')).toEqual([]);
    expect(banned("Trump blocked Zenco's chief executive on social media.")).toEqual([]);
    expect(banned('Former president Trump banned Zenco from his golf clubs.')).toEqual([]);
    expect(banned('Former president Trump banned Zeta apps.')).toEqual([]);
  });

  it('near misses: the leader named alone, after an opening word too, acts for the state', () => {
    expect(banned('Trump banned Zeta apps.')).toEqual(['United States -banned-> Zeta']);
    expect(banned('Then Trump banned Zeta apps.')).toEqual(['United States -banned-> Zeta']);
    expect(banned('In 2020, Trump banned Zeta apps.')).toEqual(['United States -banned-> Zeta']);
    expect(banned('Trump banned Zenco from selling Zeta phones in the US.')).toContain('United States -banned-> Zeta');
    expect(restricts('Trump imposed tariffs on Zeta phones.')).toEqual(['United States -restricts-> Zeta']);
    expect(banned('Modi has banned Zeta apps.')).toEqual(['India -banned-> Zeta']);
    expect(banned('Mr Modi banned Zeta apps.')).toEqual(['India -banned-> Zeta']);
    expect(banned('Trump banned Zeta apps, saying his government would not wait.')).toEqual(['United States -banned-> Zeta']);
  });
});

describe('another state\'s transport or agriculture department is not the US one', () => {
  it('a bare department name is no US body', () => {
    expect(partOf('The Philippine Transportation Department banned Zenco buses.')).not.toContainEqual(expect.stringContaining('U.S.'));
    expect(banned('The Philippine Transportation Department banned Zenco buses.')).not.toContainEqual(expect.stringContaining('U.S.'));
    expect(partOf('In New Delhi, the Agriculture Department banned Zeta seeds made by Zenco.')).not.toContainEqual(expect.stringContaining('United States'));
  });

  it('near misses: the department named with the US is still the US one', () => {
    expect(partOf('The U.S. Agriculture Department banned Zeta seeds made by Zenco.')).toEqual(['Department of Agriculture -part_of-> United States']);
    expect(partOf('The USDA banned Zeta seeds.')).toEqual(['Department of Agriculture -part_of-> United States']);
    expect(partOf('The US Department of Transportation banned Zeta buses.')).toEqual(['U.S. Department of Transportation -part_of-> United States']);
  });
});

describe('a number opening a rival\'s name, and counts of things', () => {
  it('a rival whose name opens with a number leaves both sides firms', () => {
    expect(typed('Qorva competes with 808 Atelier.', 'Qorva')).toEqual(['Qorva (company)']);
    expect(typed('Qorva competes with 808 Atelier.', '808 Atelier')).toEqual(['808 Atelier (company)']);
    expect(typed('Qorva competes with 808 Atelier and Vexa in Europe.', '808 Atelier')).toEqual(['808 Atelier (company)']);
  });

  it('a count after "including", "bought" or a comma stays a count', () => {
    expect(entitiesOf("Zenco's fleet of 120 jets, including 40 Zeta, will grow.").some((e) => e.startsWith('40'))).toBe(false);
    expect(entitiesOf('Zenco sold 300 Zetas last year and bought 500 Qorva.').some((e) => e.startsWith('500'))).toBe(false);
    expect(entitiesOf('Zenco flies 90 jets, 40 Zeta and 50 Vela.').some((e) => e.startsWith('40'))).toBe(false);
  });

  it('near misses: digits still open a rival\'s name, and numbered models stay products', () => {
    expect(competes('Qorva competes with 808 Atelier.')).toEqual(['Qorva -competes_with-> 808 Atelier']);
    expect(competes('Qorva competes with 808 Atelier in Zembla.')).toEqual(['Qorva -competes_with-> 808 Atelier']);
    expect(typed('The Zeta 6 competes with the Qband 5.', 'Zeta 6')).toEqual(['Zeta 6 (product)']);
  });
});

describe('a firm\'s name before a maker noun keeps its plain possessive', () => {
  it('a name a firm\'s word ends is the owner\'s firm, its \'s not its own', () => {
    expect(develops("Zenco Auto's owner Qorva Group said sales rose.")).not.toContain("Qorva Group -develops-> Zenco Auto's");
    expect(entitiesOf("Zenco Auto's owner Qorva Group said sales rose.").some((e) => e.includes("Auto's"))).toBe(false);
    expect(entitiesOf("Vexa Pharma's parent Zenco Holdings said sales rose.").some((e) => e.includes("Pharma's"))).toBe(false);
  });

  it('near misses: a brand named after a person keeps its possessive', () => {
    expect(develops("Jack Zeniel's maker Qorva-Forman said sales rose.")).toEqual(["Qorva-Forman -develops-> Jack Zeniel's"]);
    expect(develops("Sales fell, said Papa Zorvo's owner Vexa Brands.")).toEqual(["Vexa Brands -develops-> Papa Zorvo's"]);
  });
});

describe('the body\'s own amines are no products', () => {
  it('a neurotransmitter or vitamin after "drug" or "compound" is no product', () => {
    expect(entitiesOf('The drug dopamine is made in the brain.')).toEqual([]);
    expect(entitiesOf('The compound histamine is released by cells.')).toEqual([]);
    expect(develops('The chemical thiamine, sold by Zenco, is made in yeast.')).toEqual([]);
  });

  it('near misses: a coined substance after a kind is still a product and its maker\'s', () => {
    expect(develops('The drug zetamine is made by Zenco.')).toEqual(['Zenco -develops-> zetamine']);
    expect(develops('The lawsuits say glyzetate maker Zenco hid the risks.')).toEqual(['Zenco -develops-> glyzetate']);
    expect(develops('Zenco makes the herbicide zetaquat.')).toEqual(['Zenco -develops-> zetaquat']);
  });
});
