import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Re-read rr93a of stop 92's second round (helpers bro92, brm92, dvm92, cor92): near misses the new develops rules read as the
// subject's things, each with the positives it must keep. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('chains after a possessive or "whose"', () => {
  it('keeps a franchisor\'s own chains', () => {
    expect(develops('Zenco\'s restaurant chains include Vexa and Lumo.')).toContain('Zenco -develops-> Lumo');
    expect(develops('Zenco, whose chains include Vexa and Lumo, grew.')).toContain('Zenco -develops-> Vexa');
  });

  it('a supply or value chain\'s members are suppliers, no chains of its own', () => {
    expect(develops('Zenco\'s supply chains include Vexa and Lumo, which make its batteries.')).toEqual([]);
    expect(develops('Zenco, whose supply chains include Vexa and Lumo, warned of delays.')).toEqual([]);
    expect(develops('Zenco\'s global value chains include Vexa and Lumo.')).toEqual([]);
  });
});

describe('a portfolio of described members', () => {
  it('keeps a group\'s portfolio', () => {
    expect(develops('Zenco Group, whose portfolio includes French luxury brand Zeta, grew.')).toContain('Zenco Group -develops-> Zeta');
  });

  it('an investor\'s portfolio holds stakes', () => {
    expect(develops('Qorva Capital, whose portfolio includes fashion brand Zeta, raised a new fund.')).toEqual([]);
    expect(develops('Vexa Ventures, whose portfolio includes shoemaker Zeta, closed a fund.')).toEqual([]);
  });
});

describe('brands managed or held', () => {
  it('keeps a group\'s own brands', () => {
    expect(develops('Zenco holds the labels Vexa and Lumo.')).toContain('Zenco -develops-> Lumo');
    expect(develops('Zenco manages brands such as Vexa and Lumo.')).toContain('Zenco -develops-> Vexa');
  });

  it('brands managed for a named firm are that firm\'s', () => {
    expect(develops('Qorva manages brands such as Vexa and Lumo for the Zenco group.')).not.toContain('Qorva -develops-> Vexa');
    expect(develops('Qorva manages the labels Vexa and Lumo for the Zenco group in Ruritania.')).not.toContain('Qorva -develops-> Vexa');
  });

  it('brands held to account are no holder\'s', () => {
    expect(develops('Zenco held brands such as Vexa and Lumo to account in its report.')).toEqual([]);
    expect(develops('Zenco holds the labels Vexa and Lumo accountable.')).toEqual([]);
    expect(develops('Zenco is holding brands like Vexa responsible for the waste.')).toEqual([]);
  });
});

describe('a market entered with a named thing', () => {
  it('keeps the entrant\'s own thing', () => {
    expect(develops('Zenco moved into drones with the Zeta Flight platform.')).toContain('Zenco -develops-> Zeta Flight');
  });

  it('a thing licensed or bought from another, set off after it, is not the entrant\'s make', () => {
    expect(develops('Zenco moved into drones with the Zeta Flight platform, licensed from Qorva.')).not.toContain('Zenco -develops-> Zeta Flight');
    expect(develops('Zenco pushed into e-bikes with the Zeta Glide scooter, which it bought from Qorva.')).not.toContain('Zenco -develops-> Zeta Glide');
  });
});
