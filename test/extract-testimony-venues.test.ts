import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Fresh news samples (helper fp82): the body told or the place of testimony before "that" ("testified before the Senate that
// the company banned Zapp") is no subject of the clause after it; a "that" with a subject of its own after it is no relative
// pronoun. Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('the body a witness testifies before is not the banner', () => {
  it('"testified before the Senate that the company banned Y" names the company, not the Senate', () => {
    expect(banned("Zenco's chief executive testified before the Senate that the company banned Zapp in 2021.")).toEqual(['Zenco -banned-> Zapp']);
    expect(banned("Qorva Labs' founder told the Zembla Parliament that the firm blocked Vexa Chat.")).toEqual(['Qorva Labs -banned-> Vexa Chat']);
    expect(banned('A former employee testified before the Senate that the company banned Zapp.')).toEqual([]);
  });

  it('the venue of testimony is not the banner either', () => {
    expect(banned('A former employee testified at a Senate hearing that Zenco banned Zapp.')).toEqual(['Zenco -banned-> Zapp']);
    expect(banned("Zenco's founder said at a Senate hearing that the firm blocked Vexa Chat.")).toEqual(['Zenco -banned-> Vexa Chat']);
  });
});

describe('guards: a real relative clause keeps its antecedent', () => {
  it('"Zembla that banned Y", "It was Zembla that banned Y"', () => {
    expect(banned('It was Zembla that banned Vexa Chat first.')).toEqual(['Zembla -banned-> Vexa Chat']);
    expect(banned('Lawmakers praised Zembla that banned Vexa Chat last year.')).toEqual(['Zembla -banned-> Vexa Chat']);
  });
});
