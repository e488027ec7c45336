import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper brd90, from stop 89's last fresh sample: a firm's brands and products told by descriptive frames — brands under its
// umbrella, the parent company "to" a list of brands, a writer's "our portfolio", a range "promoted by" the firm, a fronted "best
// known as the maker of", a "role as creator of" — and kinds of positioning gear that are no product. Sentences written for the tests.

// Sorted: the order of claims is not what these tests are about.
const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('brands under a firm\'s umbrella', () => {
  it('a list of brands so named before "under the umbrella of" is every member\'s', () => {
    expect(develops('Qorvanav and Seamark are brands under the umbrella of Zenco Inc.')).toEqual(['Zenco Inc -develops-> Qorvanav', 'Zenco Inc -develops-> Seamark']);
    expect(develops('Zeta, Vela and Kappa are all consumer brands under the umbrella of Zenco Inc.')).toEqual(['Zenco Inc -develops-> Kappa', 'Zenco Inc -develops-> Vela', 'Zenco Inc -develops-> Zeta']);
  });

  it('no brand noun, or a rival brand: no claim for the list', () => {
    expect(develops('Qorva Inc and Vexa Inc are under the umbrella of Zenco Inc.')).toEqual([]);
    expect(develops('Qorvanav and Seamark are rival brands under the umbrella of Zenco Inc.')).toEqual([]);
  });
});

describe('the parent company to a list of brands', () => {
  it('"the parent company to the A, B and C brands" gives every member, the last one too', () => {
    expect(develops('Zenco Inc is the parent company to the Qorvanav, Seamark and Tidelink brands.')).toEqual(['Zenco Inc -develops-> Qorvanav', 'Zenco Inc -develops-> Seamark', 'Zenco Inc -develops-> Tidelink']);
    expect(develops('Sales rose at Zenco Inc, the parent company to the Qorvanav, Seamark and Tidelink marine brands.')).toEqual(['Zenco Inc -develops-> Qorvanav', 'Zenco Inc -develops-> Seamark', 'Zenco Inc -develops-> Tidelink']);
  });

  it('a parent "to" a firm, with no brand noun, owns a firm, not a brand', () => {
    expect(develops('Zenco Inc is the parent company to Qorva Inc.')).toEqual([]);
    expect(develops('Zenco Inc is the parent company to Qorva Inc and Vexa Inc.')).toEqual([]);
  });
});

describe('a writer\'s "our" range', () => {
  it('"Our portfolio includes brands such as A and B" is the firm named in the sentence before or as the speaker', () => {
    expect(develops('Zenco Inc reported results on Monday. Our portfolio includes brands such as Qorvanav and Seamark.')).toEqual(['Zenco Inc -develops-> Qorvanav', 'Zenco Inc -develops-> Seamark']);
    expect(develops('"Our brands include Qorvanav and Seamark," Zenco Inc said.')).toEqual(['Zenco Inc -develops-> Qorvanav', 'Zenco Inc -develops-> Seamark']);
  });

  it('no firm named near, two firms, or rivals after "our": no claim', () => {
    expect(develops('Zenco Inc reported results on Monday. Prices rose in May. Our portfolio includes brands such as Qorvanav and Seamark.')).toEqual([]);
    expect(develops('Our portfolio includes brands such as Qorvanav and Seamark.')).toEqual([]);
    expect(develops('Zenco Inc and Vexa Inc met on Monday. "Our brands include Qorvanav and Seamark," Zenco Inc and Vexa Inc said.')).toEqual([]);
    expect(develops('Zenco Inc reported results on Monday. Our competitors include Qorvanav and Seamark.')).toEqual([]);
  });
});

describe('a range promoted by its maker', () => {
  it('"hardware promoted by Zenco includes A, B and C" names the firm\'s own range', () => {
    expect(develops('Hardware promoted by Zenco Inc includes the Z1, Z2 and Z3mini terminals.')).toEqual(['Zenco Inc -develops-> Z1', 'Zenco Inc -develops-> Z2', 'Zenco Inc -develops-> Z3mini']);
    expect(develops('Devices developed by Zenco Inc include Zeta and Vela.')).toEqual(['Zenco Inc -develops-> Vela', 'Zenco Inc -develops-> Zeta']);
  });

  it('a reseller or an agency described before its name promotes another\'s range', () => {
    expect(develops('Hardware promoted by the reseller Zenco Inc includes the Z1 terminal.')).toEqual([]);
    expect(develops('Products promoted by the ad agency Zenco Inc include Zeta and Vela.')).toEqual([]);
  });
});

describe('a fronted maker role', () => {
  it('"Best known as the maker of the Zeta, Qorva …" makes the clause\'s subject the maker', () => {
    expect(develops('Best known as the maker of the Zeta phone, Qorva Inc hired a new chief.')).toEqual(['Qorva Inc -develops-> Zeta']);
    expect(develops('Known as the creator of Zeta and Vela, Zenco Inc said on Monday it would cut jobs.')).toEqual(['Zenco Inc -develops-> Vela', 'Zenco Inc -develops-> Zeta']);
  });

  it('a fronted rival or customer makes nothing', () => {
    expect(develops('Best known as a rival of the Zeta app, Qorva Inc was sued by Vexa Inc.')).toEqual([]);
    expect(develops('Best known as a buyer of the Zeta phone, Qorva Inc hired a new chief.')).toEqual([]);
  });
});

describe('a role as a thing\'s maker', () => {
  it('"Zenco\'s role as creator and manager of ZenOS" names its maker', () => {
    expect(develops('The ruling turns on Zenco Inc\'s role as creator and manager of ZenOS.')).toEqual(['Zenco Inc -develops-> ZenOS']);
    expect(develops('The ruling turns on Zenco Inc\'s role as the developer of the Zeta app.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });

  it('a role as a distributor, an investor or a reseller is no maker\'s', () => {
    expect(develops('The ruling turns on Zenco Inc\'s role as a distributor of the Zeta app.')).toEqual([]);
    expect(develops('The ruling turns on Zenco Inc\'s role as an investor in the Zeta app.')).toEqual([]);
    expect(develops('The ruling turns on Zenco Inc\'s role as the reseller of the Zeta app.')).toEqual([]);
  });
});

describe('kinds of positioning gear', () => {
  it('"operates GNSS receiver platforms" names a kind of gear, no product', () => {
    expect(develops('Zenco Inc operates advanced GNSS receiver platforms.')).toEqual([]);
    expect(develops('Zenco Inc makes RTK rovers and IMU modules for surveyors.')).toEqual([]);
  });

  it('a named platform it operates is still its own', () => {
    expect(develops('Zenco Inc operates three platforms - Qorvanav, Seamark and Tidelink.')).toEqual(['Zenco Inc -develops-> Qorvanav', 'Zenco Inc -develops-> Seamark', 'Zenco Inc -develops-> Tidelink']);
  });
});

describe('others\' brands a firm sells, supplies or invests in', () => {
  it('a retailer or distributor "stocks", "carries" or "distributes" brands such as A: no claim', () => {
    expect(develops('The local store Zenco Inc stocks brands such as Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco Inc carries brands such as Zeta and Vela in its shops.')).toEqual([]);
    expect(develops('Zenco Inc distributes brands such as Zeta and Vela in Ruritania.')).toEqual([]);
  });

  it('a supplier "for brands including A", or "a portfolio of investments": no claim', () => {
    expect(develops('Zenco Inc will provide the factory electronics for a range of boat brands including Zeta, Vela and Kappa.')).toEqual([]);
    expect(develops('Zenco Inc holds a portfolio of investments, including Zeta and Vela.')).toEqual([]);
  });
});

describe('firmware for a device', () => {
  it('"released new firmware for the Kestrel receiver" names the device\'s maker', () => {
    expect(develops('Orbix Inc released new firmware for the Kestrel receiver.')).toEqual(['Orbix Inc -develops-> Kestrel']);
    expect(develops('Orbix Inc has rolled out firmware version 2.1 for the Kestrel receiver.')).toEqual(['Orbix Inc -develops-> Kestrel']);
  });

  it('an app for a device, custom firmware, a denial or a plan names no maker', () => {
    expect(develops('Orbix Inc released an app for the Kestrel receiver.')).toEqual([]);
    expect(develops('Orbix Inc released custom firmware for the Kestrel receiver.')).toEqual([]);
    expect(develops('Orbix Inc did not release new firmware for the Kestrel receiver.')).toEqual([]);
    expect(develops('Orbix Inc plans to release new firmware for the Kestrel receiver.')).toEqual([]);
  });
});
