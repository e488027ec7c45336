import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rli94, from real hardware news (chips, phones, engines, devices): parts that real sentences set apart. The agent of a
// making participle set apart from its name by a describing phrase and a comma ("manufactured by Ruritania's leading chipmaker,
// Qorva Corp"); an owner's kind and its apposed name set apart by what the kind is fit for; a relative clause's "it" whose firm
// opens the sentence; a device maker's name shaped like an adjective before when it acted; "its" after a parts maker's name. Sentences written for the tests.

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

describe('an owner\'s kind, what it is fit for, then its name', () => {
  it('"Zenco\'s last chip capable of …, the Zeta 9000" is Zenco\'s', () => {
    expect(develops('Qorvatec\'s last chip capable of supporting fast phones, the Zeta 9000, was produced by Vexa Inc.')).toContain('Qorvatec -develops-> Zeta 9000');
    expect(develops('Qorvatec\'s first jet designed for short routes, the Z-90, flew in May.')).toContain('Qorvatec -develops-> Z-90');
    expect(develops('Qorvatec\'s new drone aimed at farmers, the Zetafly 2, goes on sale in June.')).toContain('Qorvatec -develops-> Zetafly 2');
  });

  it('not a kind made by another, nor a name that does not close the apposition', () => {
    expect(develops('Qorvatec\'s last chip made by Vexa Inc, the Zeta 9000, was slow.')).not.toContain('Qorvatec -develops-> Zeta 9000');
    expect(develops('Qorvatec\'s first jet designed for short routes, the Z-90 rival of Vexa Inc, flew in May.')).not.toContain('Qorvatec -develops-> Z-90');
    expect(develops('Qorvatec\'s chip designed for phones, the Zeta 9000 of Vexa Inc, is fast.')).not.toContain('Qorvatec -develops-> Zeta 9000');
  });
});

describe('"which it made" after the opening firm\'s thing', () => {
  it('the relative clause\'s "it" is the firm that opens the sentence', () => {
    expect(develops('Qorvatec followed suit with Zetafly, which it marketed in Japan.')).toContain('Qorvatec -develops-> Zetafly');
    expect(develops('Qorvatec answered with the Zetafly, which it launched in 2019.')).toContain('Qorvatec -develops-> Zetafly');
    expect(develops('Qorvatec bet its future on the Zetafly, which it built in Texas.')).toContain('Qorvatec -develops-> Zetafly');
  });

  it('not a deal that makes the thing another\'s, nor a clause of speech', () => {
    expect(develops('Qorvatec signed a deal to distribute Zetafly, which it marketed in Japan.')).toEqual([]);
    expect(develops('Qorvatec followed suit with Zetafly, which it said was popular.')).toEqual([]);
    expect(develops('Qorvatec took on Zetafly, which it called outdated.')).toEqual([]);
    expect(develops('Qorvatec tested Zetafly, which it liked.')).toEqual([]);
  });
});

describe('a device maker\'s name shaped like an adjective, then when it acted', () => {
  it('"Medvatronic today announced …" names the firm', () => {
    expect(develops('Medvatronic today unveiled the Zeta pump.')).toEqual(['Medvatronic -develops-> Zeta']);
    expect(develops('Qorvatronic on Monday unveiled the Zeta 3 pump.')).toEqual(['Qorvatronic -develops-> Zeta 3']);
    expect(develops('Medvatronic this week launched the Zeta X drone.')).toEqual(['Medvatronic -develops-> Zeta X']);
  });

  it('not English words, plurals, nor a deed no firm\'s', () => {
    expect(develops('Officials today announced the Zeta pump.')).toEqual([]);
    expect(develops('Researchers today unveiled the Zeta pump.')).toEqual([]);
    expect(develops('Police today announced the Zeta app.')).toEqual([]);
    expect(develops('Medvatronic today said the Zeta pump was safe.')).toEqual([]);
  });
});

describe('"its" after the name of a maker of parts', () => {
  it('what the parts go into is the buyer\'s, not the parts maker\'s', () => {
    expect(develops('Vexa Inc has selected Zenco Inc engines to power its new Z7 jet.')).toEqual(['Vexa Inc -develops-> Z7']);
    expect(develops('Vexa Inc chose Zenco Inc and Qorva Inc engines to power its new Z7 jet.')).toEqual(['Vexa Inc -develops-> Z7']);
    expect(develops('Vexa Inc uses Zenco Inc chips in its Z7 phone.')).toEqual(['Vexa Inc -develops-> Z7']);
  });

  it('not when the firm is no parts maker before the "its"', () => {
    expect(develops('Vexa Inc praised Zenco Inc for its Z7 phone.')).toEqual(['Zenco Inc -develops-> Z7']);
    expect(develops('Vexa Inc said Zenco Inc would use chips in its Z7 phone.')).toEqual(['Zenco Inc -develops-> Z7']);
    expect(develops('Vexa Inc thanked Zenco Inc and its engineers for its Z7 jet.')).not.toContain('Vexa Inc -develops-> Z7');
  });
});
