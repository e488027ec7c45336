import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Export controls and import curbs told as nouns, the state only a modifier of the measure (helper exc93, from set 89's chip
// reader): "Canadian export controls block Zenco's Z5", "the Z9 was blocked under Japanese export controls", "US rules that limit
// Zembla's access to chips", "Japan tightens customs checks on Zenco GPUs". Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('a measure as the subject of a blocking verb', () => {
  it('restricts what it blocks, and bans nothing', () => {
    expect(restricts('US export controls block Zenco Inc from selling chips in China.')).toContain('United States -restricts-> Zenco Inc');
    expect(restricts('Japanese export controls block Qorva Labs.')).toEqual(['Japan -restricts-> Qorva Labs']);
    expect(restricts('The US export controls now block Qorva Labs.')).toEqual(['United States -restricts-> Qorva Labs']);
    expect(restricts('Canadian sanctions bar Qorva Labs.')).toEqual(['Canada -restricts-> Qorva Labs']);
    expect(banned('US export controls block Zenco Inc from selling chips in China.')).toEqual([]);
    expect(banned('Japanese export controls block Qorva Labs.')).toEqual([]);
    expect(banned('US export curbs that blocked Qorva Labs hurt sales.')).toEqual([]);
    expect(restricts('US export curbs that blocked Qorva Labs hurt sales.')).toContain('United States -restricts-> Qorva Labs');
  });

  it('a modifier opening the sentence is no part of the state\'s name', () => {
    expect(restricts('Current US export controls block Qorva Labs.')).toEqual(['United States -restricts-> Qorva Labs']);
    expect(scoredClaimsOf('Current US export controls block Qorva Labs.').join(' ')).not.toContain('Current');
    expect(scoredClaimsOf('Existing US sanctions bar Qorva Labs.').join(' ')).not.toContain('Existing');
  });

  it('a privacy rule, a firm\'s own rules, a hedge or a negation restrict nothing', () => {
    expect(restricts('Zenco Inc said its export controls block sales to Qorva Labs.')).toEqual([]);
    expect(restricts('Japanese privacy rules block Qorva Labs.')).toEqual([]);
    expect(restricts('US export controls could block Qorva Labs.')).toEqual([]);
    expect(restricts('US export controls do not block Qorva Labs.')).toEqual([]);
    expect(restricts('Export controls experts at Qorva Labs said the rules were unclear.')).toEqual([]);
    expect(restricts('Zenco Inc urged Japan to lift the export controls that block Qorva Labs.').filter((c) => c.startsWith('Zenco'))).toEqual([]);
  });
});

describe('a thing held back under a state\'s measure', () => {
  it('"Y was blocked under X export controls" restricts Y', () => {
    expect(restricts('Qorva Labs was blocked under US export controls.')).toEqual(['United States -restricts-> Qorva Labs']);
    expect(restricts('Qorva Labs was restricted under Japan\'s export rules.')).toEqual(['Japan -restricts-> Qorva Labs']);
    expect(restricts('Zenco Inc is now barred under US trade rules.')).toEqual(['United States -restricts-> Zenco Inc']);
  });

  it('not a maker named with "from", a negation, a hedge, or another\'s measure', () => {
    expect(restricts('The Zeta 5 chip from Zenco Inc was blocked under US export controls.').filter((c) => c.endsWith('Zenco Inc'))).toEqual([]);
    expect(restricts('The Zeta 5 was not blocked under US export controls.')).toEqual([]);
    expect(restricts('The Zeta 5 could be blocked under US export controls.')).toEqual([]);
    expect(restricts('The Zeta 5 was never blocked under US export controls.')).toEqual([]);
    expect(restricts('The Zeta 5 was blocked under Zenco Inc\'s export rules.')).toEqual([]);
    expect(restricts('Qorva Labs was blocked under the terms of its contract.')).toEqual([]);
  });
});

describe('a measure limiting a state\'s access', () => {
  it('"X rules that limit Y\'s access to chips" restricts the state Y', () => {
    expect(restricts('US rules that limit China\'s access to chips took effect.')).toEqual(['United States -restricts-> China']);
    expect(restricts('Japan\'s export controls restrict China\'s access to chip tools.')).toContain('Japan -restricts-> China');
  });

  it('a firm limiting access, a firm\'s access, or a proposal restrict no state', () => {
    expect(restricts('Zenco Inc said its rules limit China\'s access to its chips.')).toEqual([]);
    expect(restricts('US rules that limit Qorva Labs\'s access to China\'s market took effect.')).toEqual([]);
    expect(restricts('US rules that would limit China\'s access to chips were proposed.')).toEqual([]);
    expect(restricts('US rules that once limited China\'s access to chips were lifted.').length).toBeLessThanOrEqual(1);
  });
});

describe('customs checks on a firm\'s goods', () => {
  it('"X tightens customs checks on Y GPUs" restricts Y', () => {
    expect(restricts('China tightens customs checks on Zenco GPUs.')).toEqual(['China -restricts-> Zenco']);
    expect(restricts('China has stepped up customs inspections of imports of Zenco chips.')).toEqual(['China -restricts-> Zenco']);
    expect(restricts('China has ramped up inspections on imports of Zenco\'s AI chips.')).toEqual(['China -restricts-> Zenco']);
    expect(restricts('China has stepped up border checks on shipments of Zenco chips.')).toEqual(['China -restricts-> Zenco']);
  });

  it('not a plan, an easing, a firm\'s checks, or checks on a state', () => {
    expect(restricts('China plans to tighten customs checks on Zenco GPUs.')).toEqual([]);
    expect(restricts('China eased customs checks on Zenco GPUs.')).toEqual([]);
    expect(restricts('Qorva Labs tightened customs checks on Zenco GPUs.')).toEqual([]);
    expect(restricts('China tightened customs checks on imports from Japan.')).toEqual([]);
    expect(restricts('China did not tighten customs checks on Zenco GPUs.')).toEqual([]);
    expect(restricts('The regulator stepped up inspections of Zenco\'s plants.')).toEqual([]);
    expect(restricts('China stepped up inspections of Zenco\'s factories.')).toEqual([]);
    expect(restricts('China may tighten customs checks on Zenco GPUs.')).toEqual([]);
  });
});
