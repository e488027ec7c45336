import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper odm90, from a fresh sample on contract makers (ODMs) and reactor makers: a brand owner that outsources, moves or grows the
// making of its thing makes it, and so does the contract maker the making goes to; the act of making may name the thing before its
// noun ("Zeta production") or count it ("four Zeta units"); a thing's class told after it ("which are Zenco's reactors", "making
// Zeta the second Zenco product") is the maker's. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('making outsourced, moved or grown', () => {
  it('"will outsource Zeta X9 production to Qorva": the brand owner and the contract maker both make it', () => {
    expect(develops('Zenco Inc will outsource Zeta X9 production to Qorva Corp.')).toEqual(['Qorva Corp -develops-> Zeta X9', 'Zenco Inc -develops-> Zeta X9']);
    expect(develops('Zenco Inc will outsource production of the Zeta X9 to Qorva Corp.')).toEqual(['Qorva Corp -develops-> Zeta X9', 'Zenco Inc -develops-> Zeta X9']);
    expect(develops('Zenco Inc will outsource its Zeta X9 series to Qorva Corp.')).toEqual(['Qorva Corp -develops-> Zeta X9', 'Zenco Inc -develops-> Zeta X9']);
  });

  it('production moved to makers "like", "such as" or "named" a firm, or to its plant', () => {
    expect(develops('Zenco Inc is moving production of its Zeta X9 models to ODMs like Qorva Corp.')).toEqual(['Qorva Corp -develops-> Zeta X9', 'Zenco Inc -develops-> Zeta X9']);
    expect(develops('Zenco Inc is moving out production of its Zeta X9 series to a maker named Qorva Corp.')).toEqual(['Qorva Corp -develops-> Zeta X9', 'Zenco Inc -develops-> Zeta X9']);
    expect(develops('Zenco Inc is shifting production of some of its Zeta X9 phones to contract makers such as Qorva Corp.')).toEqual(['Qorva Corp -develops-> Zeta X9', 'Zenco Inc -develops-> Zeta X9']);
    expect(develops("Zenco Inc will move production of the Zeta X9 to Qorva Corp's plant in Vietnam.")).toEqual(['Qorva Corp -develops-> Zeta X9', 'Zenco Inc -develops-> Zeta X9']);
  });

  it('production grown with a partner, or begun, names the thing before the noun', () => {
    expect(develops('Zenco Inc is expanding Zeta X9 production with Qorva Corp.')).toEqual(['Qorva Corp -develops-> Zeta X9', 'Zenco Inc -develops-> Zeta X9']);
    expect(develops('Zenco Inc started Zeta X9 series production in 2010.')).toEqual(['Zenco Inc -develops-> Zeta X9']);
    expect(develops('Zenco Inc began development of the Zeta X9 in 2010.')).toEqual(['Zenco Inc -develops-> Zeta X9']);
  });

  it('production moved from a place to a firm, or development shifted to it', () => {
    expect(develops('Zenco Inc moved Zeta X9 production from Vietnam to Qorva Corp.')).toEqual(['Qorva Corp -develops-> Zeta X9', 'Zenco Inc -develops-> Zeta X9']);
    expect(develops('Zenco Inc shifted Zeta X9 development to Qorva Corp.')).toEqual(['Qorva Corp -develops-> Zeta X9', 'Zenco Inc -develops-> Zeta X9']);
  });

  it('a thing moved or handed over, with no noun of making, gives the firm it goes to nothing', () => {
    expect(develops('Zenco Inc is moving its Zeta X9 servers to Qorva Corp.')).toEqual(['Zenco Inc -develops-> Zeta X9']);
    expect(develops('Zenco Inc transferred its Zeta X9 app to Qorva Corp last year.')).toEqual(['Zenco Inc -develops-> Zeta X9']);
    expect(develops('Zenco Inc expanded Zeta X9 production with help from Qorva Corp.')).toEqual(['Zenco Inc -develops-> Zeta X9']);
  });

  it('production moved to a place names no maker there', () => {
    expect(develops('Zenco Inc is moving Zeta X9 production to Vietnam.')).toEqual(['Zenco Inc -develops-> Zeta X9']);
  });

  it('a plan to outsource, other work outsourced, or production told without its maker names none', () => {
    expect(develops('Zenco Inc plans to outsource Zeta X9 production to Qorva Corp.')).toEqual([]);
    expect(develops('Zenco Inc will outsource customer support to Qorva Corp.')).toEqual([]);
    expect(develops('Production of the Zeta X9 fell 5% in May.')).toEqual([]);
    expect(develops('Production of the Zeta X9 was halted by the regulator.')).toEqual([]);
    expect(develops("Zenco Inc's plant in Ruritania was closed.")).toEqual([]);
  });
});

describe('building a count of things, told by its noun', () => {
  it('"the construction of four Zeta X9 units by Zenco" makes the builder their maker', () => {
    expect(develops('The deal covers the construction of four Zeta X9 units by Zenco Inc.')).toEqual(['Zenco Inc -develops-> Zeta X9']);
    expect(develops('The construction of two Zeta X9 reactors by Zenco Inc began in May.')).toEqual(['Zenco Inc -develops-> Zeta X9']);
  });

  it('a plant or a tower built by a firm is no product of it', () => {
    expect(develops('The construction of the Zeta X9 plant by Zenco Inc began in May.')).toEqual([]);
    expect(develops('The construction of the Zeta X9 tower by Zenco Inc began in May.')).toEqual([]);
  });
});

describe("a thing's class told after it", () => {
  it('"six Zeta reactors, which are Zenco\'s lead-cooled reactors" and "making Zeta the second Zenco product"', () => {
    expect(develops("Ruritania plans six Zeta X9 reactors, which are Zenco Inc's lead-cooled reactors.")).toEqual(['Zenco Inc -develops-> Zeta X9']);
    expect(develops('The move made Zeta X9 the first Zenco Inc phone sold in Ruritania.')).toEqual(['Zenco Inc -develops-> Zeta X9']);
  });

  it('a rival or a customer told after the thing is no class of it', () => {
    expect(develops("Vexa Corp flies two Zeta X9 jets, which are Qorva Corp's rivals.")).toEqual([]);
    expect(develops("Ruritania bought the Zeta X9 reactors, which are Zenco Inc's customers.")).toEqual([]);
    expect(develops('The deal made Zeta X9 the top Zenco Inc rival.')).toEqual([]);
  });
});
