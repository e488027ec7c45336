import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper lp87, from a fresh sample of real news: a possessive's list whose members each carry their own kind ("its Zeta phones,
// Plix tablets and Orba watches") gave the owner only its first member. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('later members of a possessed list of names with their kinds', () => {
  it('"its A platform, B suite and C hardware" after "including" gives each member', () => {
    expect(develops('Zenco Inc expanded its reach last year, including its Qorva platform, Lumo suite and Vex hardware.')).toEqual([
      'Zenco Inc -develops-> Lumo',
      'Zenco Inc -develops-> Qorva',
      'Zenco Inc -develops-> Vex',
    ]);
  });

  it('"its A phones, B tablets and C watches" gives each member', () => {
    expect(develops('Zenco Inc sells its Zeta phones, Plix tablets and Orba watches in 40 countries.')).toEqual([
      'Zenco Inc -develops-> Orba',
      'Zenco Inc -develops-> Plix',
      'Zenco Inc -develops-> Zeta',
    ]);
  });

  it('two-word kinds and "Zenco\'s" as the owner', () => {
    expect(develops("Zenco Inc's revenue comes from Zenco's Zeta search engine, Plix browser and Orba cloud service.")).toEqual(expect.arrayContaining([
      'Zenco -develops-> Orba',
      'Zenco -develops-> Plix',
    ]));
  });

  it('a member with a describing word of its own, and "or"', () => {
    expect(develops('Zenco Inc said shoppers may pick its Zeta laptops or new Plix tablets.')).toEqual(expect.arrayContaining(['Zenco Inc -develops-> Plix']));
  });
});

describe('lists that are no owner\'s things', () => {
  it('a list of places, rivals, customers or investors gives nothing', () => {
    expect(develops('Zenco Inc said its Ruritania plant, Zembla office and Lumo campus would close.')).toEqual([]);
    expect(develops('Zenco Inc said its rivals Qorva Labs and Vexa Corp had cut prices.')).toEqual([]);
    expect(develops('Zenco Inc said its customers Qorva Labs and Vexa Corp buy its chips.')).toEqual([]);
    expect(develops('Zenco Inc said its investors, including Qorva Capital, Lumo Ventures and Vexa Partners, backed the deal.')).toEqual([]);
  });

  it('a later member that is another owner\'s, or a clause after the list, is not the owner\'s', () => {
    expect(develops("Zenco Inc said Zenco's Zeta app and Qorva Labs's Plix app had merged.")).not.toContain('Zenco Inc -develops-> Plix');
    expect(develops('Zenco Inc said its Zeta phones grew and Plix tablets from Qorva Labs fell.')).not.toContain('Zenco Inc -develops-> Plix');
  });

  it('a person\'s possessive gives no firm a thing', () => {
    expect(develops("Ana Lee's Zeta phones, Plix tablets and Orba watches were stolen.")).toEqual([]);
  });
});

describe('possessives before a product with describing words', () => {
  it('two hyphenated modifiers apart by a comma', () => {
    expect(develops("Zenco Inc's much-hyped, long-delayed Zeta 2 finally arrived.")).toEqual(['Zenco Inc -develops-> Zeta 2']);
    expect(develops("Zenco Inc said its well-reviewed, AI-powered Plix assistant sold out.")).toEqual(['Zenco Inc -develops-> Plix']);
  });

  it('a place before "-made" says where the thing is made, not whose it is', () => {
    expect(develops("Zenco Inc's China-made Orba e-bikes were recalled.")).toEqual(['Zenco Inc -develops-> Orba']);
    expect(develops('Zenco Inc said its China-built Zeta drones were grounded.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });

  it('participles, adjectives and descriptive nouns (read before this change too)', () => {
    expect(develops("Zenco Inc said Zenco's camera-equipped Vista glasses sold out.")).toEqual(['Zenco -develops-> Vista']);
    expect(develops("Zenco Inc's flagship cloud-based Orba suite costs more.")).toEqual(['Zenco Inc -develops-> Orba']);
    expect(develops("Zenco Inc's hugely popular Plix messaging app drew 10 million users.")).toEqual(['Zenco Inc -develops-> Plix']);
  });

  it('a comma before a rival or a firm is no modifier', () => {
    expect(develops("Zenco Inc's long-time, arch-rival Qorva Labs cut prices.")).toEqual([]);
    expect(develops("Zenco Inc's spin-off, Qorva Labs, cut prices.")).toEqual([]);
  });
});

describe('a possessed kind named after "called", "dubbed" or "named" (read before this change too)', () => {
  it('gives the owner the thing named', () => {
    expect(develops("Zenco Inc's new service, called Plix, would launch in May.")).toEqual(['Zenco Inc -develops-> Plix']);
    expect(develops('Zenco Inc said its glasses, dubbed Vista, will ship in June.')).toEqual(['Zenco Inc -develops-> Vista']);
    expect(develops("Zenco Inc's latest chatbot, named Orba, answers in Zemblan.")).toEqual(['Zenco Inc -develops-> Orba']);
  });

  it('not a partner, a person or a unit so named', () => {
    expect(develops("Zenco Inc's new partner, called Qorva Labs, will help.")).toEqual([]);
    expect(develops("Zenco Inc's new chief, named Ana Lee, starts in May.")).toEqual([]);
    expect(develops("Zenco Inc's new unit, called Plix, will make chips.")).toEqual([]);
  });
});
