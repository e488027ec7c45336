import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper dvb89, from fresh samples on machinery, truck and car-part makers: a list of a maker's models whose items end with their
// kind ("the Q7 and Q2G loaders, the M20 truck and the K2 rig") names every item; machinery kinds type the name before them; a
// model's "Electric" version after its code is no firm; an engine's size glued to its number ("700cc") is no part of a name.
// Sentences written for the tests.

// The claims in a stable order: the scorer ranks them.
const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();
const sorted = (claims: string[]): string[] => [...claims].sort();

describe('a maker\'s list whose items end with their kinds', () => {
  it('a pair sharing a plural kind, then more items with their own kinds, all belong to the maker', () => {
    expect(develops('Zenco Inc unveiled new machines, including the Q7 and Q2G loaders, the M20 truck and the K2 rig.')).toEqual(sorted(['Zenco Inc -develops-> Q7', 'Zenco Inc -develops-> Q2G', 'Zenco Inc -develops-> M20', 'Zenco Inc -develops-> K2']));
    expect(develops('Zenco Inc launched the Z7 and Z9 excavators, the Z12 truck and the Z14 rig.')).toEqual(sorted(['Zenco Inc -develops-> Z7', 'Zenco Inc -develops-> Z9', 'Zenco Inc -develops-> Z12', 'Zenco Inc -develops-> Z14']));
  });

  it('machinery kinds after a name make it the maker\'s product in a list', () => {
    expect(develops('Zenco Inc unveiled the Z20 loader, the M20 truck and the K2 rig.')).toEqual(sorted(['Zenco Inc -develops-> Z20', 'Zenco Inc -develops-> M20', 'Zenco Inc -develops-> K2']));
    expect(develops('Zenco Inc unveiled the Z20 bulldozer and the M20 forklift.')).toEqual(sorted(['Zenco Inc -develops-> Z20', 'Zenco Inc -develops-> M20']));
  });

  it('near misses: the pair\'s kind followed by no further item, or by a rival\'s named apart, adds nothing', () => {
    expect(develops('Zenco Inc unveiled the Q7 and Q2G loaders, while Qorva Inc showed the M20 truck.')).not.toContain('Zenco Inc -develops-> M20');
    expect(develops('Zenco Inc sold the Q7 and Q2G loaders, the best sellers of the year.').some((c) => c.includes('best'))).toBe(false);
    expect(develops('Qorva Inc bought the Q7 and Q2G loaders, the M20 truck and the K2 rig from Zenco Inc.')).not.toContain('Qorva Inc -develops-> M20');
  });

  it('near misses: a loader or digger in a list makes no maker of the name before it', () => {
    expect(develops('Zenco Inc unveiled the Z20 loader, the M20 truck and the K2 rig.')).not.toContain('Z20 -develops-> M20');
  });
});

describe('tyres as kinds of made things', () => {
  it('"the Z384 tyre and the Z456 tyre" are the maker\'s', () => {
    expect(develops('Zenco Inc unveiled the Z384 tyre and the Z456 tyre.')).toEqual(sorted(['Zenco Inc -develops-> Z384', 'Zenco Inc -develops-> Z456']));
    expect(develops('Zenco Inc launched the Z20 tire, the Z30 tire and the Z40 tire.')).toEqual(sorted(['Zenco Inc -develops-> Z20', 'Zenco Inc -develops-> Z30', 'Zenco Inc -develops-> Z40']));
  });

  it('near misses: a tyre plant or tyre sales name no product', () => {
    expect(develops('Zenco Inc opened the Zeta tyre plant in 2020.')).toEqual([]);
    expect(develops('Zenco Inc said Zeta tire sales rose.')).toEqual([]);
    expect(scoredClaimsOf('Investors in Zenco Inc tire of the delays at Qorva Inc.')).toEqual([]);
  });
});

describe('heavy modifiers on a maker\'s model', () => {
  it('"its Zeta 9 Electric excavator" is the maker\'s model, not a firm', () => {
    expect(develops('Zenco Inc unveiled its mid-size Zeta 9 Electric excavator on Monday.')).toEqual(sorted(['Zenco Inc -develops-> Zeta 9 Electric']));
    expect(develops('Zenco Inc unveiled the Zeta 9 Electric on Monday.')).toEqual(sorted(['Zenco Inc -develops-> Zeta 9 Electric']));
  });

  it('near misses: a firm named "… Electric" stays a firm', () => {
    expect(develops('Qorva Electric unveiled the Zeta truck on Monday.')).toEqual(sorted(['Qorva Electric -develops-> Zeta']));
    expect(develops('Zenco Inc bought a stake in Qorva Electric.')).toEqual([]);
  });

  it('a measure glued to its number after "its" ("its 22t ZX230 excavator") describes the maker\'s model', () => {
    expect(develops('Zenco Inc showed its 22t ZX230 excavator at the fair.')).toEqual(['Zenco Inc -develops-> ZX230']);
    expect(develops('Zenco Inc sells its 700cc Z7 motorcycle in Europe.')).toEqual(['Zenco Inc -develops-> Z7']);
  });

  it('near misses: a buyer\'s "its" before a measured model makes no maker of the buyer', () => {
    expect(develops('Qorva Inc bought its 22t ZX230 excavator from Zenco Inc.')).not.toContain('Qorva Inc -develops-> ZX230');
    expect(develops('Qorva Inc leases its fleet of 40 Zeta jets from Zenco Inc.')).not.toContain('Qorva Inc -develops-> Zeta');
  });

  it('near misses: an engine\'s size before a model\'s name is no part of it', () => {
    expect(develops("Zenco Inc's range of 700cc Z7 models sold well.").some((c) => c.includes('700cc'))).toBe(false);
    expect(develops('Zenco Inc sold 800cc Zeta bikes.').some((c) => c.includes('800cc'))).toBe(false);
    expect(develops('Zenco Inc launched the 150hp Z3 tractor.').some((c) => c.includes('150hp'))).toBe(false);
  });
});
