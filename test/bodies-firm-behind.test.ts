import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper bodies, from real news reading "<firm>, a company behind the <name> app": the maker behind its product is read; what a
// firm is behind that it does not make (an event, a rival, a ranking) is not. Sentences written for the tests, with invented names.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a firm named just before "a company behind" or "the firm behind" makes what follows', () => {
  it('with or without the kind, after another noun phrase', () => {
    expect(develops('The acquisition of Zenlabs, a company behind the Plix app, was approved.')).toEqual(['Zenlabs -develops-> Plix']);
    expect(develops('Regulators fined Borin, the firm behind the Qorvix chatbot, on Friday.')).toEqual(['Borin -develops-> Qorvix']);
    expect(develops('Zenlabs, the company behind Plix and Zetamap, said it would appeal.')).toEqual(['Zenlabs -develops-> Plix', 'Zenlabs -develops-> Zetamap']);
  });
});

describe('near misses', () => {
  it('an event named with the name', () => {
    expect(develops('Regulators questioned Borin, the firm behind the Qorva ban, on Friday.')).toEqual([]);
    expect(develops('Regulators questioned Borin, the firm behind the Qorva deal, on Friday.')).toEqual([]);
    expect(develops('Regulators questioned Vexa, a company behind the Zeta lawsuit, on Friday.')).toEqual([]);
  });

  it('a rival of the name, a ranking, a schedule', () => {
    expect(develops('Regulators questioned Borin, the firm behind Qorva\'s rival, on Friday.')).toEqual([]);
    expect(develops('Zenco, the firm behind Vexa in sales, said it would appeal.')).toEqual([]);
    expect(develops('Zenco, a company behind schedule on its filings, was fined.')).toEqual([]);
  });

  it('a firm backed by another', () => {
    expect(develops('The acquisition of Zenlabs, a company backed by Qorva, was approved.')).toEqual([]);
  });
});
