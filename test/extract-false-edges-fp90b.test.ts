import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Helper fp90b, from the eightieth fresh sample's false edges: a relative clause on a list's last member, an apposition's
// participle given to the sentence's subject, a newspaper spoken to taken for "the group", a firm's reporting segment, the
// partners bracketed after bidders, and a league dropping a broadcaster. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(claimsOf(text));
const banned = (text: string): string[] => only('banned')(claimsOf(text));

describe("a relative clause in the singular after a list is the last member's", () => {
  // The owned thing was "Zeta Appliances" until stop 97: helper typ97a's trade endings ("Appliances", "Foods", "Brands") now read it as
  // a firm's name, and a firm's ownership of a firm is optional by the annotation rules, no develops the graph must give. The clause's
  // attachment, which these tests are about, is told with a brand instead (fix97).
  it('gives the thing to the last member only', () => {
    expect(develops('The company competes with rivals such as Zenco, Qorva, and Vexa, which owns the Zeta brand.')).toEqual(['Vexa -develops-> Zeta']);
    expect(develops('The group sells brands such as Lumo, Kira and Vexa, which owns the Zeta label.')).toEqual(['Vexa -develops-> Zeta']);
    expect(develops('Rivals such as Zenco, Qorva, and Vexa, which has launched the Zeta Max, face tariffs.')).toEqual(['Vexa -develops-> Zeta Max']);
    expect(develops('Buyers chose Zenco and Qorva, which quietly makes the Zeta drone.')).toEqual(['Qorva -develops-> Zeta']);
  });

  it('a verb in the plural or the past keeps the whole list, and a single antecedent keeps its claim', () => {
    expect(develops('Appliance makers Zenco and Qorva, which own the Zeta and Vela brands, asked for duties.')).toEqual(['Qorva -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco, Qorva and Vexa, which owned the Zeta brand until 2019, face tariffs.')).toEqual([
      'Qorva -develops-> Zeta',
      'Vexa -develops-> Zeta',
      'Zenco -develops-> Zeta',
    ]);
    expect(develops('Zenco, which owns the Zeta brand, competes with Qorva.')).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe("a participle in an apposition tells of the apposed name", () => {
  it('the owner of a firm set off after an object owns no subject of the sentence', () => {
    expect(develops('Zeta will source stones from Qorva, a firm owned by Zenco.')).toEqual([]);
    expect(develops('Zeta will buy Lumo from Qorva, a firm owned by Zenco.')).toEqual([]);
    expect(develops('Zenco will buy chips from Qorva, a unit owned by Vexa.')).toEqual([]);
  });

  it('a thing described in the apposition is still made by the agent', () => {
    expect(develops('Zenco launched Zeta, a phone made by Qorva.')).toContain('Qorva -develops-> Zeta');
    expect(develops('Zenco bought Zeta, a drone now made by Qorva.')).toEqual(['Qorva -develops-> Zeta']);
    expect(develops('Zenco sells Zeta, which is made by Qorva.')).toEqual(['Qorva -develops-> Zeta']);
    expect(develops('Zeta, a phone made by Qorva, sells well.')).toEqual(['Qorva -develops-> Zeta']);
  });
});

describe('a newspaper spoken to is no firm "the group" means', () => {
  it('the outlet of an interview makes nothing the next sentence names', () => {
    expect(develops('"We grow every year," the chief executive said in an interview with the newspaper Zembla Times. The group, known for making Vexa, Lumo and Qorva, employs 5,000 people.')).toEqual([]);
    expect(develops('"We grow," the chief executive told the newspaper Zembla Times. The group, known for making Vexa and Lumo, employs 5,000 people.')).toEqual([]);
    expect(develops('Zenco said in an interview with the newspaper Zembla Times that its Zeta phone would launch in May.')).not.toContain('Zembla Times -develops-> Zeta');
  });
});

describe("a firm's segment is a unit, no product", () => {
  it('gives no develops for a named segment', () => {
    expect(develops("The plant is part of Zenco's Engineered Products segment.")).toEqual([]);
    expect(develops("Zenco's Zeta Tools segment reported higher sales.")).toEqual([]);
  });

  it('a possessed product is still the owner\'s', () => {
    expect(develops("Zenco's Zeta phone sold well.")).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe('names bracketed after bidders and holders are partners', () => {
  it('gives no develops inside the brackets of bids, shareholders and consortia', () => {
    expect(develops('The tender drew bids from Zenco (Qorva) and Kappa (Vexa, Zeta).')).toEqual([]);
    expect(develops('Shareholders of Zenco (Qorva) and Kappa (Vexa, Zeta) approved the merger.')).toEqual([]);
    expect(develops('The consortium of Zenco (Qorva) and Kappa (Vexa, Zeta) won the tender.')).toEqual([]);
    expect(develops('The bids came from Zenco, Kappa (Vexa, Zeta) and Lumo.')).toEqual([]);
  });

  it('makers listed with their things in brackets still make them', () => {
    expect(develops('Makers including Zenco (Qorva, Vexa) and Kappa (Zeta, Lumo) raised prices.')).toEqual([
      'Kappa -develops-> Lumo',
      'Kappa -develops-> Zeta',
      'Zenco -develops-> Qorva',
      'Zenco -develops-> Vexa',
    ]);
  });
});

describe('a league dropping a broadcaster bans nothing', () => {
  it('an event body ends a deal', () => {
    expect(banned('The Zeta League dropped broadcaster Zenco Inc after the season.')).toEqual([]);
    expect(banned('The Zeta Games dropped broadcaster Zenco TV.')).toEqual([]);
  });

  it('a carrier dropping a channel still bans it', () => {
    expect(banned('Zenco dropped news channel Zeta at midnight.')).toEqual(['Zenco -banned-> Zeta']);
  });
});
