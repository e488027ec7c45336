import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rld94, from start-up funding and launch news in robotics and biotech: ends of a claim lost in real trade prose. A product
// named before several describing words and its kind ("its Zeta robotic-assisted surgery system"); a lead asset named after a long
// description ("its lead antisense oligonucleotide candidate, ZX-12"); a regulator between the maker and "its" ("received FDA
// clearance for its Zeta system"); a funding round's letter read as a product ("its series C"). Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a product named before several describing words and its kind', () => {
  it('two or three describing words between the name and a made kind', () => {
    expect(develops('Zenco showed its Qorva robotic-assisted surgery system.')).toEqual(['Zenco -develops-> Qorva']);
    expect(develops('Zenco Inc raised money to advance its Qorva targeted protein degradation platform.')).toEqual(['Zenco Inc -develops-> Qorva']);
    expect(develops('Zenco Labs is testing its Vexa autonomous warehouse robot in Ohio.')).toEqual(['Zenco Labs -develops-> Vexa']);
  });

  it('not a place, a deal or a phrase the name does not open', () => {
    expect(develops('Zenco Robotics opened its Qorva robotic assembly factory.')).toEqual([]);
    expect(develops('Zenco Robotics sold its Qorva stake to Vexa robot makers.')).toEqual([]);
    expect(develops('Zenco Robotics met its Qorva investors and partners.')).toEqual([]);
    expect(develops('Zenco Robotics thanked its Qorva robotic supply partners.')).toEqual([]);
  });
});

describe('a lead asset set off after a long description', () => {
  it('"its lead … candidate, ZX-12", "its lead … conjugate (ADC), ZX-12", "its lead program, Zeta"', () => {
    expect(develops('Zenco Inc will support development of its lead antisense oligonucleotide candidate, ZX-12, for cystic fibrosis.')).toEqual(['Zenco Inc -develops-> ZX-12']);
    expect(develops('Zenco Inc plans a trial of its lead next-generation antibody-drug conjugate (ADC), ZX-14, next year.')).toEqual(['Zenco Inc -develops-> ZX-14']);
    expect(develops('Zenco Inc will expand the trial of its lead program, Vexamab, in kidney patients.')).toEqual(['Zenco Inc -develops-> Vexamab']);
  });

  it('not a party the firm deals with, nor another firm\'s thing', () => {
    expect(develops('Zenco Inc thanked its lead investor, Qorva Capital, for the round.')).toEqual([]);
    expect(develops('Zenco Inc named its lead partner, Qorva Pharma, on Monday.')).toEqual([]);
    expect(develops('Zenco Inc compared its lead candidate, Qorva Pharma\'s ZX-9, with a placebo.')).not.toContain('Zenco Inc -develops-> ZX-9');
    expect(develops('Zenco Inc listed its lead backers, Qorva Ventures and Vexa Capital.')).toEqual([]);
  });
});

describe('a regulator named between the maker and "its"', () => {
  it('"received FDA clearance for its Zeta system" is the receiver\'s', () => {
    expect(develops('Zenco received FDA clearance for its Qorva system.')).toEqual(['Zenco -develops-> Qorva']);
    expect(develops('Zenco Inc won FDA 510(k) clearance for its Qorva robotic-assisted surgery system.')).toEqual(['Zenco Inc -develops-> Qorva']);
  });

  it('not a regulator named otherwise, nor a thing named without "its"', () => {
    expect(develops('Zenco praised the FDA and its Qorva program.')).toEqual([]);
    expect(develops('Zenco received FDA clearance for the Qorva device.')).toEqual([]);
    expect(develops('Zenco Surgical said the FDA rejected its Qorva filing.')).not.toContain('Food and Drug Administration -develops-> Qorva');
  });
});

describe('a start-up named with an industry word, opening the sentence', () => {
  it('"Zenco Surgical", "Zenco Bio", "Zenco Payments" own the "its" after them', () => {
    expect(develops('Zenco Surgical received clearance for its Qorva system.')).toEqual(['Zenco Surgical -develops-> Qorva']);
    expect(develops('Zenco Bio will support its lead antisense oligonucleotide candidate, ZX-12, for cystic fibrosis.')).toEqual(['Zenco Bio -develops-> ZX-12']);
    expect(develops('Zenco Diagnostics showed its Qorva test kit in Berlin.')).toEqual(['Zenco Diagnostics -develops-> Qorva']);
  });

  it('not a person\'s name, nor an industry word that does not end the name', () => {
    expect(develops('John Smith said its Qorva app was popular.')).toEqual([]);
    expect(develops('Mary Jones received clearance for its Qorva system.')).toEqual([]);
    expect(develops('Surgical Zenco showed its Qorva test kit in Berlin.')).toEqual([]);
  });

  it('a clearance a name got for "its" goods types it a firm (stop 95), but not a person\'s name', () => {
    expect(develops('Surgical Zenco received clearance for its Qorva system.')).toEqual(['Surgical Zenco -develops-> Qorva']);
    expect(develops('Mary Jones received clearance for its Qorva system.')).toEqual([]);
  });
});

describe('a funding round\'s letter', () => {
  it('is no product', () => {
    expect(develops('Zenco Inc added money to its series C, enabling it to expand the trial.')).toEqual([]);
    expect(develops('Zenco Inc closed its Series B round last week.')).toEqual([]);
    expect(develops("Zenco Inc's Series A financing was led by Qorva Capital.")).toEqual([]);
  });

  it('a product name ending in a letter is kept', () => {
    expect(develops('Zenco Labs launched its Vexa B app.')).toEqual(['Zenco Labs -develops-> Vexa B']);
  });
});
