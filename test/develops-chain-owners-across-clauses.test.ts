import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper bro92, from fresh samples on restaurant and grocery chains (s85a, s85b): a franchisor's or a grocer's chains, banners and
// concepts are its own, named after its possessive, an opening "Its" or "whose"; a franchisor of a chain owns it; a brand set off as
// the latest addition to a firm's own range is that firm's. A maker's noun that is a preposition's object names another, unnamed firm,
// and a name before a tie's noun and another name only qualifies that name. Sentences written for the tests.

// Sorted: the order of claims follows their scores, which retraining moves.
const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe("a franchisor's chains and banners listed after its possessive, an opening \"Its\" or \"whose\"", () => {
  it('"Zenco\'s restaurant chains include A and B", "Its banners include … staples such as A and B"', () => {
    expect(develops("Zenco Corp's restaurant chains include Vexa Wok and Lumo Grill.")).toEqual(['Zenco Corp -develops-> Lumo Grill', 'Zenco Corp -develops-> Vexa Wok']);
    expect(develops('Zenco Corp is a franchisor. Its banners include food-court staples such as Vexa Wok and Lumo Grill.')).toEqual(['Zenco Corp -develops-> Lumo Grill', 'Zenco Corp -develops-> Vexa Wok']);
    expect(develops('Zenco is a franchisor. Its chains include Vexa Wok and Lumo Grill.')).toEqual(['Zenco -develops-> Lumo Grill', 'Zenco -develops-> Vexa Wok']);
  });

  it('"Zenco, whose chains include A and B", also on the object of a deal', () => {
    expect(develops('Zenco Corp, whose chains include Vexa Wok and Lumo Grill, will keep Zeta Bowl separate.')).toEqual(['Zenco Corp -develops-> Lumo Grill', 'Zenco Corp -develops-> Vexa Wok']);
    expect(develops('Zenco Corp acquired Qorva Group, whose banners include Vexa Wok and Lumo Grill.')).toEqual(['Qorva Group -develops-> Lumo Grill', 'Qorva Group -develops-> Vexa Wok']);
  });

  it("chains another firm owns, a franchisee's or a partner's, are not the possessor's", () => {
    expect(develops("Zenco Corp's franchised chains include Vexa Wok and Lumo Grill.")).toEqual([]);
    expect(develops("Zenco Corp's rival chains include Vexa Wok and Lumo Grill.")).toEqual([]);
    expect(develops("Zenco Corp's former chains include Vexa Wok and Lumo Grill.")).toEqual([]);
    expect(develops('Zenco Corp, whose tenant chains include Vexa Wok and Lumo Grill, owns the mall.')).toEqual([]);
    expect(develops('Zenco Corp, whose client chains include Vexa Wok and Lumo Grill, grew.')).toEqual([]);
    expect(develops("Zenco Corp's partners include chains such as Vexa Wok and Lumo Grill.")).toEqual([]);
    expect(develops('Zenco Corp sells its cookies through chains such as Vexa Wok and Lumo Grill.')).toEqual([]);
    expect(develops('Zenco Corp operates 200 Vexa Wok restaurants as a franchisee.')).toEqual([]);
  });

  it('outlets run by others, places, a denial and a plan name no chain of the possessor', () => {
    expect(develops("Zenco Corp's chains include stores run by franchisees such as Qorva Foods.")).toEqual([]);
    expect(develops("Zenco Corp's banners include stores in countries such as Zembla.")).toEqual([]);
    expect(develops('Zenco Corp, whose chains do not include Vexa Wok, grew.')).toEqual([]);
    expect(develops("Zenco Corp's chains will soon include Vexa Wok and Lumo Grill.")).toEqual([]);
  });

  it('an opening "Its" after a sentence that named two firms may be either\'s: no owner', () => {
    expect(develops('Zenco Corp and Qorva Group merged. Its chains include Vexa Wok and Lumo Grill.')).toEqual([]);
  });
});

describe('a franchisor and an own-brand range', () => {
  it('"Zenco Corp., the franchisor of 35 Zeta Drive-Ins", "Zeta franchisor Zenco"', () => {
    expect(develops('Zenco Corp., the franchisor of 35 Zeta Drive-Ins, said sales rose.')).toEqual(['Zenco Corp -develops-> Zeta Drive-Ins']);
    expect(develops('Zeta Grill franchisor Zenco Corp said sales rose.')).toEqual(['Zenco Corp -develops-> Zeta Grill']);
  });

  it("a franchisee's franchisor is not the franchisee's maker", () => {
    expect(develops("Zenco Corp's franchisor Qorva Group raised fees.")).toEqual([]);
  });

  it('"Zeta, the latest addition to Zenco\'s own-brand lineup"', () => {
    expect(develops("Zeta, the latest addition to Zenco Corp's own-brand lineup, hit shelves.")).toEqual(['Zenco Corp -develops-> Zeta']);
  });

  it("another's brand added to a retailer's range of partner brands is not the retailer's", () => {
    expect(develops("Zeta, the latest addition to Qorva Group's lineup of partner brands, hit shelves.")).not.toContain('Qorva Group -develops-> Zeta');
    expect(develops("Zeta, a new addition to Zenco Corp's range of third-party brands, sold out.")).toEqual([]);
    expect(develops("Zeta, the latest addition to Zenco Corp's portfolio of investments, raised money.")).toEqual([]);
    expect(develops("Zeta, the latest addition to Zenco Corp's shelves, sold out.")).toEqual([]);
    expect(develops("Zeta, the latest addition to Zenco Capital's portfolio, raised money.")).toEqual([]);
    expect(develops("Vexa Cola, the latest addition to Zenco Corp's range, sold out.")).toEqual([]);
    expect(develops("Vexa Cola, a new entry in Zenco Corp's drinks lineup, sold out.")).toEqual([]);
  });
});

describe('a maker\'s noun after a preposition, and a name that qualifies the agent', () => {
  it('"acquired by the parent of A and B", "sold X to the owner of A" give the subject nothing', () => {
    expect(develops('Zenco Corp will be acquired by the parent of Vexa and Lumo.')).toEqual([]);
    expect(develops('Zenco Corp sold Lumo to the owner of Vexa.')).toEqual([]);
    expect(develops('Zenco Corp merged with the maker of Vexa.')).toEqual([]);
    expect(develops('Zenco Corp is bigger than the maker of Vexa.')).toEqual([]);
    expect(develops('Zenco Corp, which sold Lumo to the owner of Vexa, grew.')).toEqual([]);
    expect(develops('Zenco Inc was sold by the owner of Vexa in 2019.')).toEqual([]);
  });

  it('"as the owner of", "among the makers of" and an apposition still describe the subject', () => {
    expect(develops('Zenco Corp, as the owner of Vexa, will decide.')).toEqual(['Zenco Corp -develops-> Vexa']);
    expect(develops('Zenco Corp grew from a small shop into the maker of Vexa.')).toEqual(['Zenco Corp -develops-> Vexa']);
    expect(develops('Zenco Corp became the franchisor of Vexa Grill in 2019.')).toEqual(['Zenco Corp -develops-> Vexa Grill']);
    expect(develops('Zenco Corp, the parent of Vexa and Lumo, will be acquired.')).toEqual(['Zenco Corp -develops-> Lumo', 'Zenco Corp -develops-> Vexa']);
  });

  it('"owned by Zenco rival Qorva" names Qorva alone', () => {
    expect(develops('Investors cheered the Zeta brand, which is owned by Zenco Corp rival Qorva Group.')).toEqual(['Qorva Group -develops-> Zeta']);
    expect(develops('The Zeta app, developed by Zenco Corp partner Qorva Group, grew.')).not.toContain('Zenco Corp -develops-> Zeta');
  });
});

describe('an apposition of a deal\'s other party, and a fund that sells a chain', () => {
  it('"Zenco, the parent of A, agreed to buy Qorva, the parent of B": each apposition is its own firm\'s', () => {
    expect(develops('Zenco Inc, the parent company of Lumo Grill and Vexa Wok, agreed to buy Qorva Holdco LLC, the parent of Zeta Inn and Kappa Square.')).toEqual(['Qorva Holdco LLC -develops-> Kappa Square', 'Qorva Holdco LLC -develops-> Zeta Inn', 'Zenco Inc -develops-> Lumo Grill', 'Zenco Inc -develops-> Vexa Wok']);
  });

  it('"buy the Zeta chain from owner Vexa Group" names the owner; a fund that sells is no maker', () => {
    expect(develops('Qorva Corp is to buy the Zeta chain from owner Vexa Group.')).toEqual(['Vexa Group -develops-> Zeta']);
    expect(develops('Qorva Corp is to buy the Zeta chain from owner Roark Capital.')).toEqual([]);
    expect(develops('Qorva Corp bought the Zeta chain from its previous owner Lumo Partners.')).toEqual([]);
  });
});
