import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 85, helper ks85, from fresh samples on medical-device and mining-rig makers: a firm's own product named before a kind
// the readers did not know ("its Zeta heart pump", "its Zeta stents", "its Vexa mining rigs"). Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a medical device or rig named before its kind, under "its"', () => {
  it('a singular kind, alone or after a qualifying noun, types the name a product of the owner', () => {
    expect(develops('Zenco Inc is halting sales of its Zeta heart pump.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Qorva Inc said its Zeta stent had won approval in Ruritania.')).toEqual(['Qorva Inc -develops-> Zeta']);
    expect(develops('Zenco Inc is recalling its Zeta catheter after reports of leaks.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Qorva Inc began selling its Zeta pacemaker in Zembla.')).toEqual(['Qorva Inc -develops-> Zeta']);
    expect(develops('Zenco Inc warned doctors about its Zeta cardiac catheter.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });

  it('a plural kind after "its" or the maker\'s possessive names the owner\'s product too', () => {
    expect(develops('Qorva Inc is recalling its Zeta pumps.')).toEqual(['Qorva Inc -develops-> Zeta']);
    expect(develops('Zenco Inc stopped shipping its Zeta stents in May.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Zenco Inc sells its Vexa mining rigs to data centres.')).toEqual(['Zenco Inc -develops-> Vexa']);
  });

  it('the first of two named devices in a list belongs to the owner (the second is a gap of every goods kind, "sneaker" too)', () => {
    expect(develops('Zenco Inc sought to withdraw its Zeta stent and Yota stent.')).toContain('Zenco Inc -develops-> Zeta');
  });
});

describe('near misses', () => {
  it('a business unit, a bare organ or a workforce names no device', () => {
    expect(develops('Zenco Inc is selling its Zeta unit to Qorva Inc.')).toEqual([]);
    expect(develops('Zenco Inc said its Zeta heart was in the right place.')).toEqual([]);
    expect(develops('Zenco Inc laid off its Vexa miners last year.')).toEqual([]);
  });

  it('a kind that qualifies a place names no device: "pump station", "stent plant"', () => {
    expect(develops("Zenco Inc's Lima pump station was flooded.")).toEqual([]);
    expect(develops('Zenco Inc said its Lima stent plant would close.')).toEqual([]);
  });

  it('a verb after the name is no kind: "Zenco pumps money into"', () => {
    expect(develops('Zenco pumps $5 million into Qorva Inc.')).toEqual([]);
    expect(develops('Qorva Inc said Zenco rigs its auctions.')).toEqual([]);
  });

  it('a device denied or only planned is no product of the firm', () => {
    expect(develops('Zenco Inc said it does not make the Zeta pump.')).toEqual([]);
  });
});
