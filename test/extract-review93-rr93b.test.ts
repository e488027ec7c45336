import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Re-read rr93b of stop 93's second round (bans and restrictions: customs holds, platforms taking a brand's goods down): the faults
// written sentences showed, each beside the phrasing the rule still reads. Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();
const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();

describe('a state "holding" a firm\'s goods to a standard judges them: no customs hold', () => {
  it('goods held to a standard, to rules, up as a model or steady restrict no one', () => {
    expect(restricts('China is holding Zenco\'s products to a higher standard, analysts said.')).toEqual([]);
    expect(restricts('The EU is holding Zenco\'s products to strict safety rules.')).toEqual([]);
    expect(restricts('Norway held Zenco\'s goods up as an example for the industry.')).toEqual([]);
    expect(restricts('China held Zenco\'s exports steady in the third quarter.')).toEqual([]);
  });

  it('goods held at the border still restrict their maker', () => {
    expect(restricts('China is holding Zenco\'s shipments at the border.')).toEqual(['China -restricts-> Zenco']);
  });
});

describe('a brand\'s goods taken off sale over a fault: no platform ban', () => {
  it('goods pulled "from sale" over a fault, or over any error, are a recall', () => {
    expect(banned('Qorvamart withdrew Zenco products from sale over contamination.')).toEqual([]);
    expect(banned('Qorvamart pulled Zenco products over a labelling error.')).toEqual([]);
  });

  it('platforms withdrawing a brand\'s goods still ban the brand', () => {
    expect(banned('Qorvamart and Vexabuy have withdrawn Zenco products, the company said.')).toEqual(['Qorvamart -banned-> Zenco', 'Vexabuy -banned-> Zenco']);
  });
});

describe('a quoted headline run after a pronoun of speech is no title', () => {
  it('"\'Zenco: We Are Done\' Banned in Zembla" bans no "Are Done"', () => {
    expect(banned("'Zenco: We Are Done' Banned in Egypt")).toEqual([]);
    expect(banned("'We Are Done' Banned in Egypt")).toEqual([]);
  });

  it('a quoted title, with its subtitle\'s article, is still banned', () => {
    expect(banned("'Zenco: The Return' Banned in Egypt")).toEqual(['Egypt -banned-> Zenco: The Return']);
    expect(banned("'Qorva Nights' Has Been Banned in Egypt")).toEqual(['Egypt -banned-> Qorva Nights']);
  });
});

describe('goods held back at a border are still a customs hold', () => {
  it('"held Zenco\'s products back from the market", "seized Zenco\'s products to test them" restrict Zenco', () => {
    expect(restricts('China held Zenco\'s products back from the market.')).toEqual(['China -restricts-> Zenco']);
    expect(restricts('China seized Zenco\'s products to test them for lead.')).toEqual(['China -restricts-> Zenco']);
  });
});
