import { describe, expect, it } from 'vitest';
import { claimStrings, lexiconWith, scoredClaimsOf } from './extract-helpers';
import { extractArticle } from '../src/pipeline/extract/extract-article';

// Helper marks: a plus glued after a name makes another name, a product ("Zenco+", "Plix+"), with a tier word after it ("Plix+
// Pro"). Made-up names; Zenco, Qorva and Plix are added to a test lexicon, as a known name is where the plus was lost.

const knownNames = lexiconWith({ entities: [{ id: 'zenco', name: 'Zenco', type: 'company' }, { id: 'qorva', name: 'Qorva', type: 'company' }, { id: 'plix', name: 'Plix', type: 'product' }] });

function read(text: string): { entities: string[]; claims: string[] } {
  const record = extractArticle({ id: 'plus', text }, knownNames);
  return { entities: record.entities.map((e) => `${e.label} (${e.type})`).sort(), claims: claimStrings(record).filter((c) => !/-(version_of|part_of|reported|partners_with)->/.test(c)) };
}

describe('a plus glued after a known name makes a product of its own', () => {
  it("after a known firm: the firm's plus-named product", () => {
    expect(read('Zenco launched Zenco+ in Ruritania.').claims).toEqual(['Zenco -develops-> Zenco+']);
    expect(read('Zenco launched Zenco+, Qorva said.').claims).toEqual(['Zenco -develops-> Zenco+']);
  });

  it('after a known product, with its tier word', () => {
    expect(read('Qorva is launching Plix+ in Zembla.').claims).toEqual(['Qorva -develops-> Plix+']);
    expect(read("Qorva's Plix+ service was launched in Ruritania.").claims).toEqual(['Qorva -develops-> Plix+']);
    expect(read('Qorva unveiled Plix+ Pro in Zembla.').claims).toEqual(['Qorva -develops-> Plix+ Pro']);
    expect(read('The Plix+ subscription from Qorva rose 5%.').entities).toContain('Plix+ (product)');
  });

  it('an unknown name keeps its plus and a tier after it', () => {
    expect(scoredClaimsOf('Zenco launched Zenpay+ Gold in Ruritania.')).toEqual(['Zenco -develops-> Zenpay+ Gold']);
    expect(scoredClaimsOf('Borin released Vexa+ Max last week.')).toEqual(['Borin -develops-> Vexa+ Max']);
    expect(scoredClaimsOf('Zenco is launching Zeta+ and Plix+ in Zembla.')).toEqual(['Zenco -develops-> Plix+', 'Zenco -develops-> Zeta+']);
  });

  it('no plus-named product from a language, a sum or a count', () => {
    expect(read('The app is written in C++ by Zenco.').entities).toEqual(['Zenco (company)']);
    expect(read('Plix gained +1 more point.').entities).toEqual(['Plix (product)']);
    expect(read("Zenco's shares rose 5+ points.").entities).toEqual(['Zenco (company)']);
    expect(read('Qorva launched Plix + Vexa in Zembla.').entities).not.toContain('Plix+ (product)');
  });
});
