import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Fixes to re-read rr94a of stop 91's round 4 (the ship, operator and rival rules of ent94 and rvl94): false edges on ordinary
// phrasing and right claims the round lost. Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('"<name> and its rivals" with no name right after the noun keeps the ordinary reading', () => {
  it('"and its competitors, including A and B" pairs the name with each', () => {
    expect(rivals('Zenco and its competitors, including Qorva and Vexa, cut prices.').sort()).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
  });
  it('"and its rival in Europe, Qorva" and "such as Qorva" pair the name with the rival', () => {
    expect(rivals('Zenco and its competitor in Europe, Qorva, cut prices.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco and its rivals, such as Qorva, cut prices.')).toEqual(['Zenco -competes_with-> Qorva']);
  });
  it('a name right after the noun still pairs with the name before "and its"', () => {
    expect(rivals('The Zembla Times has learned that Zenco and its competitor Qorva plan a merger.')).toEqual(['Zenco -competes_with-> Qorva']);
  });
});
