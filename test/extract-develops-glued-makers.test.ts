import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper ord95, from real news on orders of wind turbines, trains, locomotives, aircraft and ship engines: a maker's word glued
// before a model counted in an order, a delivery or a fleet is the model's maker ("an order for 92 Zenco V236 wind turbines"); the
// dealer, lessor, operator or buyer beside it makes nothing. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a maker glued before a counted model', () => {
  it('the first word of a counted model is its maker', () => {
    expect(develops('Lumo Energy placed an order for 92 Zenco V236 wind turbines.')).toEqual(['Zenco -develops-> V236']);
    expect(develops('The order covers four Zenco 34DF main engines and two Zenco 20DF auxiliary engines.').sort()).toEqual(['Zenco -develops-> 20DF', 'Zenco -develops-> 34DF']);
    expect(develops('Lumo Air has ordered 30 Zenco E175 regional jets.')).toEqual(['Zenco -develops-> E175']);
  });

  it('a model in a fleet, with no count', () => {
    expect(develops('Services will be operated by a fleet of Zenco Vela 3XL trains.')).toEqual(['Zenco -develops-> Vela 3XL']);
  });

  it('the dealer, the lessor or the operator of another maker\'s model makes nothing', () => {
    expect(develops('Lumo Rail operates a fleet of Zenco Vela 3XL trains.')).toEqual(['Zenco -develops-> Vela 3XL']);
    expect(develops('Qorva Leasing delivered 12 Zenco V236 turbines to Lumo Energy.')).toEqual(['Zenco -develops-> V236']);
  });
});

describe('near misses: no maker glued before the model', () => {
  it('a model\'s family and its number or variant name no maker', () => {
    expect(develops('Lumo Cargo ordered 20 Vela 12 locomotives.')).toEqual([]);
    expect(develops('Lumo Rail placed an order for 20 Vela 3XL trains.')).toEqual([]);
    expect(develops('Lumo Transit ordered 40 Vela CHARGE NG buses.')).toEqual([]);
  });

  it('a maker named after the goods, with "from", is the maker, not the first word', () => {
    expect(develops('Lumo Cargo ordered 20 Vela XC40 locomotives from Zenco Inc.')).not.toContain('Vela -develops-> XC40');
  });

  it('a describing word, a demonym or a place before the model is no maker', () => {
    expect(develops('Lumo Rail ordered 20 German ICE4 trains.')).toEqual([]);
    expect(develops('Lumo Rail ordered 20 New V236 trains.')).toEqual([]);
    expect(develops('Lumo Rail ordered 20 Electric V236 trains.')).toEqual([]);
  });

  it('a name with no model after the first word, or no order, delivery or fleet, names no maker', () => {
    expect(develops('Lumo Rail ordered 40 Zenco Vela buses.')).toEqual([]);
    expect(develops('Lumo Rail ordered 40 New Flyer buses.')).toEqual([]);
    expect(develops('Lumo Energy said 92 Zenco V236 wind turbines stood idle in the storm.')).toEqual([]);
  });
});

describe('goods ordered from a firm, with qualifiers between the model and its kind', () => {
  it('the firm the counted goods are ordered from makes them', () => {
    expect(develops('Lumo Cargo ordered 20 Vela 12 electric locomotives from Zenco.')).toEqual(['Zenco -develops-> Vela 12']);
    expect(develops('Lumo Cargo has ordered 12 Vela 12 six-car electric trains from Zenco Rail.')).toEqual(['Zenco Rail -develops-> Vela 12']);
  });

  it('near misses: a lessor, a described seller, a firm\'s plant, goods leased or bought', () => {
    expect(develops('Lumo Cargo ordered 20 Vela 12 electric locomotives from leasing firm Zenco.')).toEqual([]);
    expect(develops('Lumo Cargo leased 20 Vela 12 electric locomotives from Zenco.')).toEqual([]);
    expect(develops('Lumo Cargo bought 20 used Vela 12 electric locomotives from Zenco.')).toEqual([]);
    expect(develops('Lumo Cargo ordered 20 Vela 12 electric locomotives from Zenco\'s plant in Qorvia.')).toEqual([]);
    expect(develops('Lumo Cargo ordered 20 Vela 12 electric locomotives for its Zenco routes.')).toEqual([]);
  });
});

describe('orders from the firm\'s own customer', () => {
  it('the firm that announces or receives an order from its customer supplies the goods', () => {
    expect(develops('Zenco announced purchase orders for 70 Vela-HD engines from its customer Qorva.')).toEqual(['Zenco -develops-> Vela-HD']);
    expect(develops('Zenco Inc has received orders totalling 40 Vela-HD engines from its long-time customer Qorva.')).toEqual(['Zenco Inc -develops-> Vela-HD']);
  });

  it('near misses: an order from its supplier, a buyer\'s own order, goods with no name', () => {
    expect(develops('Zenco announced purchase orders for 70 Vela-HD engines from its supplier Qorva.')).not.toContain('Zenco -develops-> Vela-HD');
    expect(develops('Zenco announced an order for 70 Vela-HD engines.')).toEqual([]);
    expect(develops('Zenco announced orders for 70 diesel engines from its customer Qorva.')).toEqual([]);
    expect(develops('Zenco hopes to win orders for 70 Vela-HD engines from its customer Qorva.')).not.toContain('Zenco -develops-> Vela-HD');
  });
});
