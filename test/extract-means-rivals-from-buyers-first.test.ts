import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 58, from its second round's readers: the means a state used to act, rivals after "among", and a blocked
// takeover that names its buyer first. Sentences written for the tests.

describe('the means before the act', () => {
  it.each([
    ['Canada used the Investment Canada Act to block the acquisition of Allstream by Accelero.', 'restricts', ['Canada -restricts-> Accelero']],
    ['Germany used its veto to block the takeover of Aixtron by Fujian Grand Chip.', 'restricts', ['Germany -restricts-> Fujian Grand Chip']],
    ['Ruritania used a decree to ban Zapp.', 'banned', ['Ruritania -banned-> Zapp']],
  ])('"%s"', (text, relation, claims) => {
    expect(only(relation)(scoredClaimsOf(text))).toEqual(claims);
  });
});

describe('a blocked takeover naming its buyer first', () => {
  it('"rejected the takeover by Zenco of Qorva" restricts the buyer', () => {
    expect(only('restricts')(scoredClaimsOf('Britain rejected the takeover by Nvidia of Arm.'))).toEqual(['United Kingdom -restricts-> Nvidia']);
  });
});

describe('rivals after a preposition', () => {
  it.each([
    ['Samsung counts Xiaomi among rivals.', ['Samsung -competes_with-> Xiaomi']],
    ['The deal gives Dish an edge over rivals such as DirecTV and Comcast.', ['Dish -competes_with-> Comcast', 'Dish -competes_with-> DirecTV']],
  ])('"%s"', (text, claims) => {
    expect(only('competes_with')(scoredClaimsOf(text))).toEqual(claims);
  });
});
