import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper riv83b, from fresh rival samples: a pair "pitted against each other", and a rivalry verb in the purpose clause after a
// bought firm ("Zenco bought Vell to take on Qorva": the buyer is the rival, not the bought firm). Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('a pair pitted against each other', () => {
  it('"A and B were pitted against each other" sets them against each other', () => {
    expect(rivals('Zenco Inc and Qorva Labs were pitted against each other in the phone market.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Two apps - Zenco Inc and Qorva Labs - are pitted against one another.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Two apps, Zenco Inc and Qorva Labs, are pitted against one another.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc and Qorva Labs have increasingly been pitted against each other for buyers.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
  });

  it('no rivalry with a regulator, a person, partners, or a negation', () => {
    expect(rivals('Zenco Inc and the FTC were pitted against each other in court.')).toEqual([]);
    expect(rivals('Zenco Inc and John Smith were pitted against each other.')).toEqual([]);
    expect(rivals('Zenco Inc and Qorva Labs teamed up with one another.')).toEqual([]);
    expect(rivals('Zenco Inc and Qorva Labs were never pitted against each other.')).toEqual([]);
    expect(rivals('Zenco Inc and Qorva Labs were pitted against each other in court over patents.')).toEqual([]);
    expect(rivals('Fans of Zenco Inc and Qorva Labs were pitted against each other.')).toEqual([]);
  });
});

describe('a rivalry verb in the purpose clause after a bought firm', () => {
  it('the buyer takes the rival on', () => {
    expect(rivals('Zenco Inc bought Vell Corp to take on larger rival Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc acquired Vell Corp last year to compete with Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc bought Vell Corp for $2 billion to take on Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
  });

  it('a firm helped or asked to compete is the rival itself', () => {
    expect(rivals('Zenco Inc helped Vell Corp to compete with Qorva Labs.')).toEqual(['Vell Corp -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc said Qorva Labs bought Vell Corp to compete with Borin Ltd.')).toEqual(['Qorva Labs -competes_with-> Borin Ltd']);
    expect(rivals('Zenco Inc bought Vell Corp, and Qorva Labs hired staff to compete with Borin Ltd.')).not.toContain('Zenco Inc -competes_with-> Borin Ltd');
  });
});
