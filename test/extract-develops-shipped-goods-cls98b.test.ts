import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cls98b (stop 98, round 2), from real EV, chip and phone news: a maker's deliveries or shipments of its own thing credit
// the thing to it; a buyer's, a state's or a carrier's deliveries do not, nor does another's thing. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('deliveries and shipments of a thing are its maker\'s', () => {
  it('"began deliveries of Y", "kicked off mass shipments of Y"', () => {
    expect(develops('Zenco Inc. began deliveries of the Vela 9.')).toEqual(['Zenco Inc -develops-> Vela 9']);
    expect(develops('Zenco Inc. has formally started local deliveries of the new Vela Y.')).toEqual(['Zenco Inc -develops-> Vela Y']);
    expect(develops('Zenco Inc. began mass shipments of the Vela X chip to customers.')).toEqual(['Zenco Inc -develops-> Vela X']);
    expect(develops('Zenco Inc. has officially kicked off deliveries of the highly anticipated Vela 7 in 40 cities.')).toEqual(['Zenco Inc -develops-> Vela 7']);
  });

  it('"is shipping the Y chip", "shipped 20,000 Y units": a shipped name of a made kind', () => {
    expect(develops('Zenco Inc. is shipping the Vela chip next quarter.')).toEqual(['Zenco Inc -develops-> Vela']);
    expect(develops('Zenco Inc. shipped 20,000 Vela 9 units in April.')).toEqual(['Zenco Inc -develops-> Vela 9']);
  });

  it('"has started delivering the Y", "began shipping the Y"', () => {
    expect(develops('Zenco Inc. has started delivering the Vela 9 to buyers.')).toEqual(['Zenco Inc -develops-> Vela 9']);
    expect(develops('Zenco Inc. began shipping the Vela 9 last week.')).toEqual(['Zenco Inc -develops-> Vela 9']);
  });
});

describe('deliveries that are not a maker\'s', () => {
  it('a buyer taking delivery makes nothing', () => {
    expect(develops('Qorva Airlines took delivery of its first Vela 9 jet.')).toEqual([]);
    expect(develops('Qorva Airlines began taking deliveries of the Vela 9 jet.')).toEqual([]);
  });

  it('a state\'s shipments make nothing', () => {
    expect(develops('The Ruritanian government began deliveries of the Vela 9 jet to Zembla.')).toEqual([]);
  });

  it('another\'s thing stays its maker\'s', () => {
    expect(develops("Zenco Inc. began deliveries of Qorva Corp.'s Vela 9 to dealers.")).toEqual(['Qorva Corp -develops-> Vela 9']);
    expect(develops('Zenco Logistics began deliveries of the Vela 9 made by Qorva Corp.')).toEqual(['Qorva Corp -develops-> Vela 9']);
  });

  it('a customer or an order shipped is no thing made', () => {
    expect(develops('Zenco Inc. began deliveries to Qorva Corp. last week.')).toEqual([]);
    expect(develops('Zenco Inc. is shipping Qorva Corp. more chips.')).toEqual([]);
    expect(develops('Zenco Inc. began shipping the Qorva order last week.')).toEqual([]);
  });

  it('halted deliveries name no maker', () => {
    expect(develops('Zenco Inc. halted deliveries of the Vela 9 after a fire.')).toEqual([]);
  });
});
