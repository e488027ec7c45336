import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper ctl100 (stop 99), from real export-control and sanctions news: a state body adding firms for their deeds with no list named
// (relation-patterns.ts, added-for-their-deeds), a semicolon series whose descriptions hold an abbreviation's full stop (clause.ts),
// goods added to a destination's export-ban list after a long description (added-goods-barred-for-destination), and the kits cars
// are shipped as read as no names (cue-words.ts). Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();

describe('a state body adding firms for their deeds', () => {
  it('"added A, B and C, all based in Zembla, for their support of" lists each firm', () => {
    expect(restricts('The Commerce Department also added Zenco Microelectronics, Qorva Semiconductor and Vexa Technology, all based in Zembla, for their support of the army.')).toEqual([
      'Commerce Department -restricts-> Qorva Semiconductor',
      'Commerce Department -restricts-> Vexa Technology',
      'Commerce Department -restricts-> Zenco Microelectronics',
    ]);
  });

  it('"listed X for its role in", "added X for acquiring"', () => {
    expect(restricts('Japan listed Zenco Corp for its role in shipping drone parts to the army.')).toEqual(['Japan -restricts-> Zenco Corp']);
    expect(restricts('The Commerce Department added Qorva Optics for its efforts to buy American lasers.')).toEqual(['Commerce Department -restricts-> Qorva Optics']);
  });
});

describe('a semicolon series with an abbreviation in a description', () => {
  it('"a St. Petersburg-based firm" keeps the items after it', () => {
    expect(restricts('The Treasury Department sanctioned Zenco Inc, a computing equipment company; Qorva Ltd, a St. Petersburg-based software company; and Vexa Ltd, a research institute.')).toEqual([
      'Treasury Department -restricts-> Qorva Ltd',
      'Treasury Department -restricts-> Vexa Ltd',
      'Treasury Department -restricts-> Zenco Inc',
    ]);
    expect(restricts('Britain sanctioned Zenco Inc, a maker of drones; Qorva Ltd, a trader based in St. Louis; and Vexa Ltd, a shipper.')).toEqual([
      'United Kingdom -restricts-> Qorva Ltd',
      'United Kingdom -restricts-> Vexa Ltd',
      'United Kingdom -restricts-> Zenco Inc',
    ]);
  });
});

describe('goods added to the list of those banned for export to a state', () => {
  it('a long description of the goods before "to the list"', () => {
    expect(restricts('The Japanese trade ministry has added another 243 items that could potentially be used for military and civil purposes to the list of goods banned for export to Russia.')).toEqual(['METI -restricts-> Russia']);
  });
});

describe('near misses', () => {
  it('a firm adding a firm, or adding to a board, is no listing', () => {
    expect(restricts('Zenco added Qorva Ltd for its support of the project.')).toEqual([]);
    expect(restricts('The ministry added Zenco Ltd to the board for its support of the project.')).toEqual([]);
  });

  it('kits named by their acronyms are no firms a tariff is on', () => {
    expect(restricts('Brazil imposes the same import tariffs on SKD and CKD units as it does on fully built vehicles.')).toEqual([]);
  });

  it('a full stop that ends a sentence still ends the series', () => {
    expect(restricts('The Treasury Department sanctioned Zenco Inc, a computing equipment company. Qorva Ltd, a software company; and Vexa Ltd, a shipper, said nothing.')).toEqual(['Treasury Department -restricts-> Zenco Inc']);
  });
});
