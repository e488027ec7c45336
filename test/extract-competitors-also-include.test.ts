import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// "Its competitors also include A, B and C": "also" between a party noun and the verb that lists its members. Sentences written
// for the tests.

const rivals = only('competes_with');

describe('"competitors also include"', () => {
  it('each listed firm is the holder\'s rival', () => {
    expect(rivals(scoredClaimsOf('Zenco Inc sells phones in Zembla. Its competitors also include Qwik Labs, Borin Corp and Kappa Inc.'))).toEqual([
      'Zenco Inc -competes_with-> Borin Corp',
      'Zenco Inc -competes_with-> Kappa Inc',
      'Zenco Inc -competes_with-> Qwik Labs',
    ]);
    expect(rivals(scoredClaimsOf("Zenco Inc's rivals also include Qwik Labs and Borin Corp."))).toEqual([
      'Zenco Inc -competes_with-> Borin Corp',
      'Zenco Inc -competes_with-> Qwik Labs',
    ]);
    expect(rivals(scoredClaimsOf("Zenco Inc's main competitors are also Qwik Labs and Borin Corp."))).toEqual([
      'Zenco Inc -competes_with-> Borin Corp',
      'Zenco Inc -competes_with-> Qwik Labs',
    ]);
  });

  it('partners, customers or investors listed so are no rivals', () => {
    expect(rivals(scoredClaimsOf('Zenco Inc sells phones in Zembla. Its partners also include Qwik Labs and Borin Corp.'))).toEqual([]);
    expect(rivals(scoredClaimsOf("Zenco Inc's investors also include Qwik Labs and Borin Corp."))).toEqual([]);
    expect(rivals(scoredClaimsOf("Zenco Inc's customers also include Qwik Labs and Borin Corp."))).toEqual([]);
  });
});
