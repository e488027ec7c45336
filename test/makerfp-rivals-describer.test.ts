import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper makerfp: a common word opening a sentence before "rivals" and their names describes the rivals; it is no firm.
// Sentences made up for the tests.

const rivalPairs = (text: string): string[] =>
  only('competes_with')(scoredClaimsOf(text))
    .map((c) => c.split(' -competes_with-> ').sort().join(' ~ '))
    .sort();

describe('a common word before "rivals" is no firm; the named pair that acts are rivals', () => {
  it.each([
    ['Lamp rivals Zenco and Qorva raised prices.', ['Qorva ~ Zenco']],
    ['Retail rivals Zenco and Qorva merged.', ['Qorva ~ Zenco']],
    ['Chip rivals Zenco and Vexa both reported results.', ['Vexa ~ Zenco']],
    ['Lamp rivals Zenco Inc and Qorva Ltd cut prices.', ['Qorva Ltd ~ Zenco Inc']],
    ['Lamp rivals Zenco and Qorva.', []],
  ])('"%s"', (text, pairs) => {
    expect(rivalPairs(text)).toEqual(pairs);
    expect(entitiesOf(text).filter((e) => /^(?:Lamp|Retail|Chip) /.test(e))).toEqual([]);
  });
});

describe('near misses: a firm opening the sentence before the verb "rivals" keeps its rivalry', () => {
  it.each([
    ['Zenco rivals Qorva in lamps.', ['Qorva ~ Zenco']],
    ['Zenco rivals Qorva and Vexa in lamps.', ['Qorva ~ Zenco', 'Vexa ~ Zenco']],
    ['Vexa rivals Borin.', ['Borin ~ Vexa']],
    ['Former rivals Zenco and Qorva merged.', ['Qorva ~ Zenco']],
  ])('"%s"', (text, pairs) => {
    expect(rivalPairs(text)).toEqual(pairs);
  });
});
