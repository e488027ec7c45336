import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper dvo95, from set 92's readers and real news on orders of trains, buses, fuel-cell modules and wind turbines: the firm that
// receives, wins or is awarded an order for counted goods supplies them; the buyer, who places or awards it, makes nothing; a model
// counted in an order is a product even with qualifiers after it ("25 ZX-HD fuel cell modules"). Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('an order received, won or awarded for counted goods', () => {
  it('the receiver of a purchase order or a contract supplies the counted goods', () => {
    expect(develops('Zenco Inc has received a purchase order from Qorva Bus for 25 of the new ZX-HD fuel cell modules.')).toEqual(['Zenco Inc -develops-> ZX-HD']);
    expect(develops('Zenco Inc won a contract from Lumo Rail for 30 Vela 12 electric locomotives.')).toEqual(['Zenco Inc -develops-> Vela 12']);
    expect(develops('Zenco Inc has been awarded a contract for 40 Vela NG electric buses.')).toEqual(['Zenco Inc -develops-> Vela NG']);
    expect(develops('Zenco Inc has received an order from Lumo Rail and Qorva Rail for the delivery of 50 Vela NG locomotives.')).toEqual(['Zenco Inc -develops-> Vela NG']);
  });

  it('"awarded Zenco a contract for 12 battery-electric, 60-foot Vela NG heavy-duty buses": qualifiers on both sides', () => {
    expect(develops('Lumo Transit awarded Zenco Inc a contract for 12 battery-electric, 60-foot articulated Vela NG heavy-duty transit buses.')).toEqual(['Zenco Inc -develops-> Vela NG']);
  });

  it('the buyer who places or awards the order, or is named after "by" in the passive, makes nothing', () => {
    expect(develops('Lumo Transit placed an order for 40 Vela NG buses.')).toEqual([]);
    expect(develops('Lumo Transit awarded a contract for 40 Vela NG buses.')).toEqual([]);
    expect(develops('Zenco Inc announced an order for 10 Vela NG jets.')).toEqual([]);
    expect(develops('Zenco Inc was awarded a contract for 30 Vela 12 buses by Lumo Transit.')).toEqual(['Zenco Inc -develops-> Vela 12']);
    expect(develops('Lumo Transit received 40 Vela NG buses from Zenco Inc.')).toEqual(['Zenco Inc -develops-> Vela NG']);
  });

  it('an order hoped for, not received, for a service on the goods, or for goods with no name states no maker', () => {
    expect(develops('Zenco Inc hopes to win an order for 40 Vela NG buses.')).toEqual([]);
    expect(develops('Zenco Inc did not receive an order for 40 Vela NG buses.')).toEqual([]);
    expect(develops('Zenco Inc received an order for the maintenance of 20 Vela NG trains.')).toEqual([]);
    expect(develops('Zenco Inc won a contract to run 40 Vela NG buses for Lumo Transit.')).toEqual([]);
    expect(develops('Zenco Inc received an order for 40 electric buses.')).toEqual([]);
    expect(develops('Zenco Inc received a loan from Lumo Bank for 40 Vela NG buses.')).toEqual([]);
  });
});

describe('a model counted in an order is a product', () => {
  it('qualifiers after the name, and kinds no cue noun names ("locomotives", "modules")', () => {
    expect(develops('Zenco Inc delivered 12 Vela NG heavy-duty buses to Lumo Transit.')).toEqual(['Zenco Inc -develops-> Vela NG']);
    expect(develops('Lumo Rail ordered 20 Vela 12 locomotives from Zenco Inc.')).toEqual(['Zenco Inc -develops-> Vela 12']);
  });

  it('a capitalised acronym, plain words or a double-barrelled name counted before the kind may be the maker, and is no product', () => {
    expect(develops('Zenco Inc received an order from Lumo Rail for 40 MAN buses.')).toEqual([]);
    expect(develops('Lumo Transit placed an order for 40 Qorva electric buses.')).toEqual([]);
    expect(develops('Zenco Inc received an order for 40 Lumo Dennis buses.')).toEqual([]);
    expect(develops('Zenco Inc received an order for 20 Lumo-Dennis locomotives.')).toEqual([]);
  });
});
