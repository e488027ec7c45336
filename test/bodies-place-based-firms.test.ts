import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper bodies, from real news naming a firm no lexicon knew right after where it is based ("<Place>-based Zenlabs"): the firm
// was left untyped, or typed a product, and the app it makes lost its maker. Sentences written for the tests, with invented names.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a name right after "<Place>-based" is a firm', () => {
  it('whatever verb follows', () => {
    expect(entitiesOf('Zembla-based Qorva said on Monday it would appeal.')).toEqual(['Qorva (company)']);
    expect(entitiesOf('Regulators fined Paris-based Zentrix on Friday.')).toContain('Zentrix (company)');
    expect(entitiesOf('Zembla-based Qorva will sell Plixo phones in Kenya.')).toContain('Qorva (company)');
  });

  it('and makes the app it calls its own', () => {
    expect(develops('Zembla-based Qorva said on Monday that Kenya had banned its Plixo app.')).toEqual(['Qorva -develops-> Plixo']);
    expect(develops('Ruritania-based Zenlabs said its app Plix would launch soon.')).toEqual(['Zenlabs -develops-> Plix']);
  });

  it('headquartered too', () => {
    expect(entitiesOf('Berlin-headquartered Vexora said it would appeal.')).toEqual(['Vexora (company)']);
  });
});

describe('near misses', () => {
  it('no name after the compound', () => {
    expect(entitiesOf('Ruritania-based investors bought shares in the firm.')).toEqual([]);
    expect(entitiesOf('A Zembla-based startup said it would appeal.')).toEqual([]);
  });

  it('a kind of product after the name keeps it a product', () => {
    expect(entitiesOf('The Zembla-based Qorva app was banned.')).toEqual(['Qorva (product)']);
  });

  it('an English word after the compound', () => {
    expect(entitiesOf('Zembla-based Energy rose.')).toEqual([]);
  });

  it('the possessive reading is unchanged', () => {
    expect(develops('Ruritania-based Zenlabs\' app Plix was banned.')).toEqual(['Zenlabs -develops-> Plix']);
  });
});
