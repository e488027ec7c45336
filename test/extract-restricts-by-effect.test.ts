import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rb87, from a fresh sample of real news: export controls told by their effect (sellers who now need a licence to sell
// to a buyer under a state's rules, a buyer cut off from a state's goods), export curbs told as a noun before who tightened
// them, and sanctions a firm only may face. Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));

describe('sellers who need a licence under a state\'s rules', () => {
  it('a fronted "under Japan\'s rules" or the rules\' owner as subject restricts the buyer', () => {
    expect(restricts("Under Japan's rules, suppliers now need a licence to sell to Zenco Inc.")).toEqual(['Japan -restricts-> Zenco Inc']);
    expect(restricts("Under the Netherlands' new export rules, chipmakers must obtain a licence before shipping tools to Zenco Inc.")).toEqual(['Netherlands -restricts-> Zenco Inc']);
    expect(restricts("Japan's controls mean that toolmakers must get approval before selling equipment to Qorva Labs.")).toEqual(['Japan -restricts-> Qorva Labs']);
    expect(restricts("Because of Japan's regulations, foreign firms need a permit to ship chips to Qorva Labs.")).toEqual(['Japan -restricts-> Qorva Labs']);
  });

  it('a need no longer there, only possible, a firm\'s own rules or a buyer\'s own approval restrict nothing', () => {
    expect(restricts("Under Japan's rules, suppliers no longer need a licence to sell to Zenco Inc.")).toEqual([]);
    expect(restricts("Under Japan's rules, suppliers may need a licence to sell to Zenco Inc.")).toEqual([]);
    expect(restricts("Under Qorva Inc's rules, suppliers need approval to sell to Zenco Inc.")).toEqual([]);
    expect(restricts("Japan's rules mean suppliers need a licence to sell in the country.")).toEqual([]);
  });
});

describe('a buyer cut off from a state\'s goods', () => {
  it('the state named by its adjective or its possessive restricts the buyer', () => {
    expect(restricts('Zenco Inc was cut off from Japanese chips in 2021.')).toEqual(['Japan -restricts-> Zenco Inc']);
    expect(restricts('Zenco Inc has been cut off from American technology since 2020.')).toEqual(['United States -restricts-> Zenco Inc']);
    expect(restricts("Qorva Labs was cut off from Japan's chip suppliers last year.")).toEqual(['Japan -restricts-> Qorva Labs']);
  });

  it('a grid or a road, a firm\'s goods, or a cut not made restrict nothing', () => {
    expect(restricts('Zenco Inc was cut off from the Japanese power grid by the storm.')).toEqual([]);
    expect(restricts("Zenco Inc was cut off from Qorva Inc's chips after a fire.")).toEqual([]);
    expect(restricts('Zenco Inc was never cut off from Japanese chips.')).toEqual([]);
    expect(restricts('Zenco Inc fears being cut off from Japanese suppliers.')).toEqual([]);
    expect(restricts('Zenco Inc cut itself off from Japanese suppliers to save costs.')).toEqual([]);
    expect(restricts("Zenco Inc was cut off from Japanese banks' loans after its default.")).toEqual([]);
  });
});

describe('export curbs told as a noun before who tightened them', () => {
  it('"the curbs on chip sales to China were tightened by Japan" restricts the destination', () => {
    expect(restricts('The curbs on chip sales to China were tightened by Japan last year.')).toEqual(['Japan -restricts-> China']);
    expect(restricts('Restrictions on tool exports to Zenco Inc have been expanded by the Netherlands.')).toEqual(['Netherlands -restricts-> Zenco Inc']);
    expect(restricts('The ban on equipment shipments to Zenco Inc was imposed by Japan in May.')).toEqual(['Japan -restricts-> Zenco Inc']);
  });

  it('curbs eased or lifted, or tightened by a firm, restrict nothing', () => {
    expect(restricts('The curbs on chip sales to China were eased by Japan last year.')).toEqual([]);
    expect(restricts('The curbs on chip sales to China were lifted by Japan last year.')).toEqual([]);
    expect(restricts('The limits on chip sales to Zenco Inc were tightened by Qorva Inc.')).toEqual([]);
    expect(restricts("The curbs on chip sales to China were tightened by Japan's rivals, Qorva Inc said.")).toEqual([]);
  });
});

describe('sanctions a firm only may face', () => {
  it('a hedge on facing, before the state named with the sanctions, makes them no fact', () => {
    expect(restricts('Zenco Inc may face United States sanctions.')).toEqual([]);
    expect(restricts("Zenco Inc could face the United States' sanctions.")).toEqual([]);
    expect(restricts('Zenco Inc may face Japanese sanctions.')).toEqual([]);
  });

  it('sanctions faced are still stated', () => {
    expect(restricts('Zenco Inc faces United States sanctions.')).toEqual(['United States -restricts-> Zenco Inc']);
    expect(restricts('Zenco Inc faces Japanese sanctions.')).toEqual(['Japan -restricts-> Zenco Inc']);
  });
});
