import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cmq97: competes_with behind a service trade opening the sentence ("Supermarket giant Zenco …" read "Supermarket" as the
// firm) and a market contest waged with a name nothing typed ("Zenco Corp. is in a price war with Qorva" lost Qorva once the
// subject was typed), and "its" before a rival noun three describing words away ("its three main domestic rivals – A, B and C").
// Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('a service trade opening the sentence before a firm noun', () => {
  it('is the trade of the firm named after it, which is the rival', () => {
    expect(rivals('Supermarket giant Zenco is waging a price war with Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Retail giant Zenco competes with Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Streaming giant Zenco competes with Qorva in Zembla.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('a coined word before the firm noun is still a product, and no other firm is made a rival', () => {
    expect(rivals('Zeta maker Zenco competes with Qorva.')).not.toContain('Zeta -competes_with-> Qorva');
    expect(rivals('Supermarket giant Zenco bought Qorva.')).toEqual([]);
    expect(rivals('Retail giant Zenco signed a supply deal with Qorva.')).toEqual([]);
  });
});

describe('a market contest waged with or against a name nothing typed', () => {
  it('sets the typed subject against that name', () => {
    expect(rivals('Zenco Corp. is in a price war with Qorva.')).toEqual(['Zenco Corp -competes_with-> Qorva']);
    expect(rivals("Zenco Corp.'s rivalry with Qorva has deepened.")).toEqual(['Zenco Corp -competes_with-> Qorva']);
    expect(rivals('Zenco Inc. launched a price war with Qorva last year.')).toEqual(['Zenco Inc -competes_with-> Qorva']);
  });

  it('a bare war, a legal rivalry, a denied or a planned one tells no asserted rivalry', () => {
    expect(rivals('Zenco Corp. warned of a war with Ruritania.')).toEqual([]);
    expect(rivals('Zenco Corp. is in a legal battle with Qorva.')).toEqual([]);
    expect(rivals('Zenco Corp. is not in a price war with Qorva.')).toEqual([]);
    expect(rivals('Zenco Corp. could start a price war with Qorva.')).toEqual([]);
    expect(rivals('Zenco Corp. has a partnership with Qorva.')).toEqual([]);
  });
});

describe('"its" before a rival noun three describing words away', () => {
  it('is the firm the rivals are set against', () => {
    expect(rivals('Zenco Inc. watches its three main domestic rivals – Qorva, Vexa and Lumo.').sort()).toEqual(['Zenco Inc -competes_with-> Lumo', 'Zenco Inc -competes_with-> Qorva', 'Zenco Inc -competes_with-> Vexa']);
    expect(rivals('Zenco Inc. watches its three main domestic rivals, Qorva and Vexa.').sort()).toEqual(['Zenco Inc -competes_with-> Qorva', 'Zenco Inc -competes_with-> Vexa']);
  });

  it('not across a preposition, a partner noun or a past rivalry', () => {
    expect(rivals('Zenco Inc. sells to partners of three main domestic rivals, Qorva and Vexa.')).toEqual([]);
    expect(rivals('Zenco Inc. watches its three main domestic partners, Qorva and Vexa.')).toEqual([]);
    expect(rivals('Zenco Inc. bought its three former domestic rivals, Qorva and Vexa.')).toEqual([]);
    expect(rivals('Zenco Inc. supplies its three main domestic customers, Qorva and Vexa.')).toEqual([]);
    expect(rivals('Zenco Inc. named its three new regional distributors, Qorva and Vexa.')).toEqual([]);
  });
});
