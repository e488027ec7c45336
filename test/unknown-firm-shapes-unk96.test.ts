import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper unk96, from real consumer-goods and drinks news: owners the lexicon does not know were read as a government (a pet-food
// line ending in "Diet"), as a person (a wine group after its country's possessive), or not at all (a "Beverages" group), so their
// brands were lost or given to the wrong side. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const typeOf = (text: string, label: string): string | undefined => entitiesOf(text).find((e) => e.startsWith(`${label} (`))?.slice(label.length + 2, -1);

describe('a food line ending in "Diet" is no legislature', () => {
  it('"Hallo\'s Science Diet and Hallo\'s Prescription Diet" are two products of Hallo', () => {
    expect(develops("We gain share for both Hallo's Science Diet and Hallo's Prescription Diet.")).toEqual(['Hallo -develops-> Prescription Diet', 'Hallo -develops-> Science Diet']);
    expect(typeOf("Sales of Hallo's Science Diet rose.", 'Science Diet')).toBe('product');
    expect(develops('Zenco makes Diet Vexa and Vexa Zero.')).toEqual(['Zenco -develops-> Diet Vexa', 'Zenco -develops-> Vexa Zero']);
  });

  it('a state\'s Diet, the National Diet and a bare "the Diet" stay the legislature', () => {
    expect(only('banned')(scoredClaimsOf("The Japanese Diet banned Zenco's Vexa app."))).toEqual(['Japanese Diet -banned-> Vexa']);
    expect(only('restricts')(scoredClaimsOf('The National Diet voted to restrict Zenco.'))).toEqual(['National Diet -restricts-> Zenco']);
    expect(typeOf("Japan's Diet has banned the Vexa app.", 'National Diet')).toBe('government');
    expect(typeOf('The Japanese Diet and the Cabinet banned the Vexa app.', 'Japanese Diet')).toBe('government');
    expect(only('banned')(scoredClaimsOf('Japan has banned the Vexa app. The Diet voted for the ban on Monday.'))).toContain('Japan -banned-> Vexa');
  });
});

describe('a firm\'s last word after a state\'s possessive is no person\'s name', () => {
  it('"Australia\'s Treval Wine Estates said …" is not a person', () => {
    expect(typeOf("Australia's Treval Wine Estates said profit rose.", 'Treval Wine Estates')).not.toBe('person');
    expect(typeOf("France's Treval Wines said profit rose.", 'Treval Wines')).not.toBe('person');
    // Critic crit96a: after a firm's possessive it is the firm's arm speaking, no product of the firm.
    expect(develops("Qorva's Treval Wine Estates said profit rose.")).toEqual([]);
    expect(typeOf("Qorva's Treval Wine Estates said profit rose.", 'Treval Wine Estates')).toBe('company');
  });

  it('a person after a state\'s or a firm\'s possessive stays a person', () => {
    expect(typeOf("Australia's Jane Estes said profit rose.", 'Jane Estes')).toBe('person');
    expect(typeOf("Zenco's Jane Roe said sales rose.", 'Jane Roe')).toBe('person');
    expect(typeOf("France's Tom Wines said prices rose.", 'Tom Wines')).not.toBe('company');
  });
});

describe('"Beverages" closes a drinks group\'s name', () => {
  it('"Quorra Beverages said … Its brands include …" owns the brands', () => {
    expect(develops('Quorra Beverages said revenue rose. Its brands include Plixo, Borin and Tavvy.')).toEqual(['Quorra Beverages -develops-> Borin', 'Quorra Beverages -develops-> Plixo', 'Quorra Beverages -develops-> Tavvy']);
  });

  it('other roles, negation and plans of a "Beverages" group give no brand', () => {
    expect(develops('Quorra Beverages distributes Plixo and Borin in Zembla.')).toEqual([]);
    expect(develops('Quorra Beverages does not make Plixo.')).toEqual([]);
    expect(develops('Quorra Beverages plans to launch Plixo next year.')).toEqual([]);
    expect(develops('Quorra Beverages is a retailer. Its customers include Plixo and Borin.')).toEqual([]);
  });
});

describe('drinks trades: a person\'s job title and a describing opener', () => {
  it('a rank before a drinks trade makes the name after it a person, who owns nothing', () => {
    expect(typeOf('Head brewer Charles Quellmore said its Plixo brand grew.', 'Charles Quellmore')).toBe('person');
    expect(develops('Head brewer Charles Quellmore said its Plixo brand grew.')).toEqual([]);
    expect(typeOf('Master distiller Jane Roe said its Plixo gin sold out.', 'Jane Roe')).toBe('person');
    expect(typeOf('Qorva chief winemaker Tom Reed said the vintage was good.', 'Tom Reed')).toBe('person');
  });

  it('a drinks trade without a rank still names the firm', () => {
    expect(develops('Craft brewer Charles Quellmore said its Plixo brand grew.')).toEqual(['Charles Quellmore -develops-> Plixo']);
    expect(develops('Zenco, a master brewer of lagers, said its Plixo brand grew.')).toEqual(['Zenco -develops-> Plixo']);
    expect(develops('Drinks giant Charles Quellmore said its Plixo brand grew.')).toEqual(['Charles Quellmore -develops-> Plixo']);
  });

  it('a describing word opening the sentence before a trade is no brand; a coined name there still is', () => {
    expect(develops('Craft brewer Zenco said sales rose.')).toEqual([]);
    expect(develops('Independent winemaker Zenco said sales rose.')).toEqual([]);
    expect(develops('Vexa brewer Zenco said sales rose.')).toEqual(['Zenco -develops-> Vexa']);
  });
});
