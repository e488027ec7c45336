import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cp85, from a fresh rival sample: rivals named as a shared subject ("A and B compete for customers", "the two rivals, A and
// B"), and a firm's rivals listed in the future ("Zenco's competitors will include A and B"). Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('firms competing for customers or clients', () => {
  it('"A and B compete for customers", "vie for the same clients": the shared subject compete with each other', () => {
    expect(rivals('Zenco Inc and Qorva Labs compete for customers.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc and Qorva Labs vie for the same clients.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc and Qorva Labs have long battled for customers.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc, Qorva Labs and Vexa Corp are competing for business customers.')).toEqual([
      'Qorva Labs -competes_with-> Vexa Corp',
      'Zenco Inc -competes_with-> Qorva Labs',
      'Zenco Inc -competes_with-> Vexa Corp',
    ]);
  });

  it('a firm named as the customer is still no rival', () => {
    expect(rivals('Zenco Inc squared up to its biggest customer, Qorva Labs.')).toEqual([]);
    expect(rivals('Zenco Inc stood up to its landlord Qorva Labs.')).toEqual([]);
  });

  it('negation and plans keep the pair out', () => {
    expect(rivals('Zenco Inc and Qorva Labs do not compete for customers.')).toEqual([]);
    expect(rivals('Zenco Inc and Qorva Labs may compete for customers one day.')).toEqual([]);
  });
});

describe('"the two rivals, A and B"', () => {
  it('a count of rivals set before a pair names them rivals of each other', () => {
    expect(rivals('The two rivals, Zenco Inc and Qorva Labs, reported results on Tuesday.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Both competitors, Zenco Inc and Qorva Labs, cut prices.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Shares of the two fierce rivals Zenco Inc and Qorva Labs rose.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
  });

  it('another noun, or a firm owning the rivals, does not pair them', () => {
    expect(rivals('The two partners, Zenco Inc and Qorva Labs, reported results on Tuesday.')).toEqual([]);
    expect(rivals('Lumo Systems beat the two rivals, Zenco Inc and Qorva Labs, on price.')).not.toContain('Zenco Inc -competes_with-> Qorva Labs');
  });
});

describe("a firm's rivals listed in the future", () => {
  it('"Zenco\'s competitors will include A, B and C", "its rivals will be A and B"', () => {
    expect(rivals("Zenco Inc's competitors will include Qorva Labs, Vexa Corp and Lumo Systems.")).toEqual([
      'Zenco Inc -competes_with-> Lumo Systems',
      'Zenco Inc -competes_with-> Qorva Labs',
      'Zenco Inc -competes_with-> Vexa Corp',
    ]);
    expect(rivals("Zenco Inc's rivals will be Qorva Labs and Vexa Corp.")).toEqual([
      'Zenco Inc -competes_with-> Qorva Labs',
      'Zenco Inc -competes_with-> Vexa Corp',
    ]);
    expect(rivals("Zenco Inc's main rivals would include Qorva Labs.")).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
  });

  it('a firm\'s customers or partners listed in the future are no rivals', () => {
    expect(rivals("Zenco Inc's customers will include Qorva Labs and Vexa Corp.")).toEqual([]);
    expect(rivals("Zenco Inc's partners will be Qorva Labs and Vexa Corp.")).toEqual([]);
  });
});

describe('what firms compete for is no rival of theirs', () => {
  it('customers named after the prize, or a place after it, are no rivals; a firm after "with" is', () => {
    expect(rivals('Zenco Inc and Qorva Labs compete for clients such as Vexa Corp.')).toEqual([]);
    expect(rivals('Zenco Inc and Qorva Labs vie for customers like Vexa Corp and Lumo Systems.')).toEqual([]);
    expect(rivals('Zenco Inc and Qorva Labs compete for customers in Zembla.').filter((c) => c.includes('Zembla'))).toEqual([]);
    expect(rivals('Zenco Inc and Qorva Labs compete for customers with Vexa Corp.')).toEqual([
      'Qorva Labs -competes_with-> Vexa Corp',
      'Zenco Inc -competes_with-> Vexa Corp',
    ]);
  });

  it('"the two former rivals, A and B" are rivals no longer', () => {
    expect(rivals('The two former rivals, Zenco Inc and Qorva Labs, merged.')).toEqual([]);
  });
});
