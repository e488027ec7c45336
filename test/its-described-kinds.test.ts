import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper its95, from set 92's readers and news on car, phone and device launches: after "its", a name followed by two or three
// describing words and its kind ("its Vela Q electric sports utility vehicle"), and a possessed list whose members carry such kinds
// ("its Zorbo smartwatch and Zeta smart rowing machine"). Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a name after "its" with two or three describing words before its kind', () => {
  it('names the made thing, after "its" or a describing word between', () => {
    expect(develops('Zenco Inc. on Thursday unveiled its Vela Q electric sports utility vehicle.')).toEqual(['Zenco Inc -develops-> Vela Q']);
    expect(develops('Zenco Inc. on Thursday unveiled its much-anticipated Vela Q electric sports utility vehicle in Ruritania.')).toEqual(['Zenco Inc -develops-> Vela Q']);
    expect(develops('Zenco Inc. unveiled its new Vela Q electric sports utility vehicle.')).toEqual(['Zenco Inc -develops-> Vela Q']);
  });

  it('a model\'s kind types the name a model', () => {
    const text = 'Zenco Inc. released its Zeta open-weight reasoning model on Monday.';
    expect(develops(text)).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(entitiesOf(text)).toContain('Zeta (model)');
  });

  it('a verb, a preposition or a plural after the words makes them no description of a name', () => {
    expect(develops('Zenco Inc. said its Lima plant builds electric sports utility vehicles.')).toEqual([]);
    expect(develops('Zenco Inc. said its Lima unit launched electric sports utility vehicles.')).toEqual([]);
    expect(develops('Zenco Inc. said its Lima plant for electric sports utility vehicles is closed.')).toEqual([]);
    expect(develops('Zenco Inc. said its Zembla new electric vehicle sales rose.')).toEqual([]);
    expect(develops('Zenco Inc. said its Zorbo unit sells electric sports cars.')).toEqual([]);
  });

  it('another firm named after "its" is no made thing', () => {
    expect(develops('Zenco Inc. said its rival Qorva\'s compact electric sedan sold well.')).toEqual([]);
    expect(develops('Zenco Inc. said its rival Vela compact electric sedan sold well.')).toEqual([]);
    expect(develops('Zenco Inc. said its partner Vela compact electric sedan maker will grow.')).toEqual([]);
    expect(develops('Zenco Inc. said its customer Vela bought two electric sports cars.')).toEqual([]);
  });
});

describe('a possessed list whose members carry described kinds', () => {
  it('reads the later member when a member has two or three describing words', () => {
    expect(develops('Zenco Inc. showed its Zorbo sedan and Zeta smart rowing machine.')).toEqual(['Zenco Inc -develops-> Zeta', 'Zenco Inc -develops-> Zorbo']);
    expect(develops('Zenco Inc. showed its Zorbo compact electric sedan and Zeta smart rowing machine.')).toEqual(['Zenco Inc -develops-> Zeta', 'Zenco Inc -develops-> Zorbo']);
    expect(develops('Zenco Inc. unveiled its Vela Q electric sports utility vehicle and Vela R compact sedan.')).toEqual(['Zenco Inc -develops-> Vela Q', 'Zenco Inc -develops-> Vela R']);
  });

  it('a member after another owner\'s possessive, or a firm in the list, is not the possessor\'s', () => {
    expect(develops('Zenco Inc. sells its Zorbo smartwatch and Qorva Ltd\'s Zeta smart rowing machine.')).toEqual(['Qorva Ltd -develops-> Zeta', 'Zenco Inc -develops-> Zorbo']);
    expect(develops('Zenco Inc. said its Zorbo smartwatch and Qorva Ltd. electric sports cars compete.')).toEqual(['Zenco Inc -develops-> Zorbo']);
  });

  it('a list after "its" that names a customer\'s or a partner\'s purchase is no list of the possessor\'s', () => {
    expect(develops('Retailer Zenco Inc. said its customers bought the Zorbo smartwatch and Zeta smart rowing machine.')).toEqual([]);
    expect(develops('Zenco Inc. said its partner Qorva Ltd. makes the Zorbo smartwatch and Zeta smart rowing machine.')).toEqual(['Qorva Ltd -develops-> Zeta', 'Qorva Ltd -develops-> Zorbo']);
  });

  it('a place named in the list makes no made thing', () => {
    expect(develops('Zenco Inc. said its Lima plant and Zeta electric sports car are new.')).toEqual([]);
  });
});
