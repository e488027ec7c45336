import { describe, expect, it } from 'vitest';
import { entitiesOf, scoredClaimsOf } from './extract-helpers';

// Helper quo (stop 100), from the name readers of real news: names joined to a neighbour across "of", holding a diacritic, ending
// in a short common word, or holding a known asset's name. Sentences written for the tests.

const claims = (text: string): string[] => scoredClaimsOf(text).sort();

describe('a coined camel-case name, "of" and its maker', () => {
  it('splits the product from its maker, who makes it', () => {
    expect(claims('YaSurf of Yandzo will support the new certificates.')).toEqual(['Yandzo -develops-> YaSurf']);
    expect(entitiesOf('YaSurf of Yandzo will support the new certificates.')).toEqual(['YaSurf (product)', 'Yandzo (company)']);
    expect(claims('Browsers such as Chrome and YaSurf of Yandzo will support the new certificates.')).toEqual(['Yandzo -develops-> YaSurf']);
    expect(claims('Mozilla banned YaSurf of Yandzo.')).toEqual(['Mozilla -banned-> YaSurf', 'Yandzo -develops-> YaSurf']);
    expect(claims('Chrome of Google will support the new certificates.')).toEqual(['Google -develops-> Chrome']);
  });
  it('near misses: a body\'s own name, a likeness, a firm bought, a person', () => {
    expect(entitiesOf('Bank of Zembla fined Qorva Labs.')).not.toContain('Zembla (company)');
    expect(entitiesOf('The University of Zembla sued Qorva Labs.')).toContain('University of Zembla (organization)');
    expect(entitiesOf('The Office of the Zembla Federation banned Qorva Labs.')).toContain('Office of the Zembla Federation (government)');
    expect(claims('The Ministry of Defence banned the Zeta drone made by Qorva.')).toEqual(['Ministry of Defence -banned-> Zeta', 'Qorva -develops-> Zeta']);
    expect(claims('Zenco said the YouTube of Zembla would list it.')).toEqual([]);
    expect(claims('The iPhone of Qorva sold well.')).toEqual([]);
    expect(claims('Zenco acquired YaSurf of Yandzo.')).toEqual(['Zenco -acquired-> YaSurf']);
    expect(claims('Analyst Kai Brandt of Qorva said the deal was done.')).toEqual([]);
  });
});

describe('a lower-case coined name with a diacritic', () => {
  it('opens the name after an owner or an article', () => {
    expect(claims("Qorva's zetā System is the only implantable device of its kind.")).toEqual(['Qorva -develops-> zetā System']);
    expect(claims('Patients received the zetā System made by Qorva.')).toEqual(['Qorva -develops-> zetā System']);
  });
  it('near misses: a borrowed English word, a capitalised name', () => {
    expect(entitiesOf('Zenco opened the café Zeta in Paris.').some((e) => e.startsWith('café'))).toBe(false);
    expect(claims("Qorva's Zetā System is implanted in the brain.")).toEqual(['Qorva -develops-> Zetā System']);
    expect(claims('Qorva acquired Société Générale.')).toEqual(['Qorva -acquired-> Société Générale']);
  });
});

describe('a product name ending in a short common word before its kind', () => {
  it('keeps the word', () => {
    expect(claims('Zenco recalled its Zenco Check It test kit.')).toEqual(['Zenco -develops-> Zenco Check It']);
    expect(claims('Zenco recalled its Zenco Check It test kits after complaints.')).toEqual(['Zenco -develops-> Zenco Check It']);
  });
  it('near misses: no kind after it', () => {
    expect(entitiesOf('Zenco Bank In talks with Qorva.').some((e) => e.includes(' In'))).toBe(false);
    expect(entitiesOf('Zenco said It would recall the kit.').some((e) => e.includes('It'))).toBe(false);
  });
});

describe("a fund's name around a known asset or closed by an exchange-traded product's acronym", () => {
  it('is one product, quoted or not', () => {
    expect(entitiesOf("The SEC rejected the 'Zenco Bitcoin Trust' on Friday.")).toContain('Zenco Bitcoin Trust (product)');
    expect(entitiesOf('The SEC rejected the “Zenco Bitcoin Trust” on Friday.')).toContain('Zenco Bitcoin Trust (product)');
    expect(claims('The SEC banned the Zenco Ethereum ETF.')).toEqual(['Securities and Exchange Commission -banned-> Zenco Ethereum ETF']);
    expect(entitiesOf('The SEC rejected the Zeta ETF on Friday.')).toContain('Zeta ETF (product)');
  });
  it('near misses: a known firm before the asset, a lower-case kind, no name', () => {
    expect(claims('The SEC banned the Fidelity Bitcoin Trust.')).toEqual(['Securities and Exchange Commission -banned-> Bitcoin Trust']);
    expect(claims('The SEC banned the Zenco Bitcoin fund.')).toEqual(['Securities and Exchange Commission -banned-> Bitcoin']);
    expect(entitiesOf('The SEC rejected the ETF.').some((e) => e.includes('ETF'))).toBe(false);
  });
});
