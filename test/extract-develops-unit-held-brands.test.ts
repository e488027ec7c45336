import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper unt97 (stop 97), from real news on consumer-goods spin-offs and carve-outs: the brands a firm's own unit sells, makes or
// includes are the firm's; a unit bought by another, a trader's unit, or another firm's unit named after "its" is not. Sentences
// written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('its unit that sells, makes or includes brands', () => {
  it('"its <unit> that sells A and B" names the subject\'s brands', () => {
    expect(develops('Zenco Inc. will spin off its consumer health division that sells Lumo and Tarn.')).toEqual(['Zenco Inc -develops-> Lumo', 'Zenco Inc -develops-> Tarn']);
    expect(develops('Zenco Inc. will spin off its home care unit, which sells Lumo and Tarn.')).toEqual(['Zenco Inc -develops-> Lumo', 'Zenco Inc -develops-> Tarn']);
    expect(develops('Zenco Inc. will separate its Home business, which includes personal care brands Lumo and Tarn.')).toEqual(['Zenco Inc -develops-> Lumo', 'Zenco Inc -develops-> Tarn']);
    expect(develops('Zenco Inc. will divest its home unit - including brands such as Lumo and Tarn - by next year.')).toEqual(['Zenco Inc -develops-> Lumo', 'Zenco Inc -develops-> Tarn']);
  });

  it('"Zenco\'s unit, which sells A" is the possessor\'s, even when another buys it', () => {
    expect(develops("Qorva Corp. will buy a stake in Zenco Inc.'s home cleaning products business, which also includes brands such as Lumo and Tarn.")).toEqual(['Zenco Inc -develops-> Lumo', 'Zenco Inc -develops-> Tarn']);
  });

  it('"its A and B arm" names a unit by its brands', () => {
    expect(develops('Zenco Inc. agreed to sell its Lumo and Tarn arm to Qorva Corp.')).toEqual(['Zenco Inc -develops-> Lumo', 'Zenco Inc -develops-> Tarn']);
    expect(develops('Zenco Inc. agreed to sell its Lumo, Vexa and Tarn business to Qorva Corp.')).toEqual(['Zenco Inc -develops-> Lumo', 'Zenco Inc -develops-> Tarn', 'Zenco Inc -develops-> Vexa']);
  });

  it('a unit the subject buys is another\'s', () => {
    expect(develops('Qorva Corp. agreed to buy its unit that sells Lumo and Tarn.')).toEqual([]);
    expect(develops('Qorva Corp. will acquire its Lumo and Tarn arm.')).toEqual([]);
  });

  it('a unit that trades others\' goods, or a trader\'s unit, makes nothing', () => {
    expect(develops('Zenco Inc. will spin off its distribution unit that sells Lumo and Tarn.')).toEqual([]);
    expect(develops('Zenco Inc. will spin off its wholesale division, which sells Lumo and Tarn.')).toEqual([]);
    expect(develops('Zenco Inc. will spin off its retail unit that sells Lumo and Tarn.')).toEqual([]);
    expect(develops('Zenco Inc. will spin off its import business, which sells Lumo and Tarn.')).toEqual([]);
    expect(develops('Zenco Inc. will spin off its pharmacy unit, which sells Lumo and Tarn.')).toEqual([]);
    expect(develops('Zenco Distribution will spin off its unit that sells Lumo and Tarn.')).toEqual([]);
    expect(develops("Zenco Inc. will spin off its unit that sells Qorva Corp.'s Lumo and Tarn.")).not.toContain('Zenco Inc -develops-> Lumo');
  });

  it('another firm\'s unit after "its" is not the subject\'s', () => {
    expect(develops("Zenco Inc. will compete with its rival's unit that sells Lumo and Tarn.")).toEqual([]);
    expect(develops("Zenco Inc. will supply its partner's division, which sells Lumo and Tarn.")).toEqual([]);
    expect(develops('Zenco Inc. signed a deal with its customer unit that sells Lumo and Tarn.')).toEqual([]);
  });

  it('a unit that sells no named thing, or names places, gives nothing', () => {
    expect(develops('Zenco Inc. will spin off its consumer unit that sells shampoo and soap.')).toEqual([]);
    expect(develops('Zenco Inc. agreed to sell its Asia and Europe business to Qorva Corp.')).toEqual([]);
    expect(develops('Zenco Inc. agreed to sell its Consumer and Professional business to Qorva Corp.')).toEqual([]);
  });
});
