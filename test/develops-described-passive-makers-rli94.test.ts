import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rli94, from real hardware news (chips, phones, engines): the agent of a making participle set apart from its name by a
// describing phrase and a comma ("manufactured by Ruritania's leading chipmaker, Qorva Corp"). Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a described maker named after a comma', () => {
  it('"made by its longtime supplier, Qorva" credits the named maker with the thing right before the participle', () => {
    expect(develops('The Vexa phone runs on the Zeta 9000 processor, which has been produced by its longtime supplier, Qorva Corp.')).toContain('Qorva Corp -develops-> Zeta 9000');
    expect(develops('The phone uses a Zeta 9000 chip manufactured by the leading contract chipmaker, Qorva Corp.')).toContain('Qorva Corp -develops-> Zeta 9000');
    expect(develops('Vexa Inc said the Zeta 9000 chip was designed by its chip design unit, Qorva Labs.')).toContain('Qorva Labs -develops-> Zeta 9000');
  });

  it('a state\'s "\'s" before the describing words', () => {
    expect(develops('The Vexa phone is powered by a Zeta 9000 chip manufactured by France\'s largest chipmaker, Qorva Corp.')).toContain('Qorva Corp -develops-> Zeta 9000');
  });

  it('the maker\'s name may close the clause or go on to a new one', () => {
    expect(develops('The Zeta 7 engine, built by the state-owned manufacturer, Qorva Corp, flew in May.')).toContain('Qorva Corp -develops-> Zeta 7');
  });
});

describe('near misses', () => {
  it('not a negated making', () => {
    expect(develops('The Zeta 9000 chip was not made by its supplier, Qorva Corp.')).not.toContain('Qorva Corp -develops-> Zeta 9000');
  });

  it('not what is bought, tested or sold by a described firm', () => {
    expect(develops('The Zeta 9000 jets were bought by France\'s largest carrier, Qorva Corp.')).toEqual([]);
    expect(develops('The Zeta 9000 chip was tested by an independent lab, Qorva Corp.')).toEqual([]);
    expect(develops('The Zeta 9000 phone was sold by the largest retailer, Qorva Corp.')).not.toContain('Qorva Corp -develops-> Zeta 9000');
  });

  it('not a name that owns what follows it', () => {
    expect(develops('The Zeta 9000 chip was built by the company\'s partner, Qorva Corp\'s rival Vexa Inc.')).not.toContain('Qorva Corp -develops-> Zeta 9000');
  });

  it('not a maker named the same way earlier in the sentence', () => {
    expect(develops('The Zeta chip was designed by a startup, Qorva Corp, and made by a foundry, Vexa Inc.')).not.toContain('Vexa Inc -develops-> Qorva Corp');
  });

  it('not a participle of another act', () => {
    expect(develops('The Zeta 9000 chip was reviewed by a leading magazine, Qorva Weekly.')).toEqual([]);
  });
});
