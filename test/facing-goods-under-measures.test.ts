import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Helper facing: goods, firms or a state's products as the subject of a trade measure in force, the measure's state named as a
// possessive, an adjective, or after "in" or "by" (faced-goods-origins.ts). Sentences made up for the tests.

const restricts = (text: string): string[] => only('restricts')(claimsOf(text));

describe("a state's goods that face or are subject to a trade measure make that state its party", () => {
  it.each([
    ['E-bikes imported from China face EU duties.', ['European Union -restricts-> China']],
    ['Solar panels from Vietnam and Thailand are subject to US tariffs.', ['United States -restricts-> Thailand', 'United States -restricts-> Vietnam']],
    ['Chinese-made drones will face a 30% levy in India.', ['India -restricts-> China']],
    ['Steel from Brazil faces American tariffs of 25%.', ['United States -restricts-> Brazil']],
    ['Chinese electric vehicles face tariffs of up to 38% in the European Union.', ['European Union -restricts-> China']],
    ['Goods made in Vietnam face new tariffs in the United States.', ['United States -restricts-> Vietnam']],
    ['Japanese cars face a 15% tariff in the United States.', ['United States -restricts-> Japan']],
    ['Canadian lumber is subject to US duties.', ['United States -restricts-> Canada']],
    ['Mexican tomatoes now face a 17% US tariff.', ['United States -restricts-> Mexico']],
    ['Russian oil is subject to EU sanctions.', ['European Union -restricts-> Russia']],
    ['Chinese steel is subject to tariffs imposed by the United States.', ['United States -restricts-> China']],
    ["Chinese steel faces Japan's new tariffs.", ['Japan -restricts-> China']],
    ["Chinese steel is subject to the EU's anti-dumping duties.", ['European Union -restricts-> China']],
    ['Solar cells made in Malaysia and Cambodia are now subject to US duties.', ['United States -restricts-> Cambodia', 'United States -restricts-> Malaysia']],
    ['Japanese cars, which face a 15% US tariff, are selling well.', ['United States -restricts-> Japan']],
    ['Canadian aluminium and steel face US tariffs.', ['United States -restricts-> Canada']],
    ['Vietnamese and Thai shrimp face US duties.', ['United States -restricts-> Thailand', 'United States -restricts-> Vietnam']],
    ['Steel from China, Vietnam and Brazil now faces tariffs of 25% in Mexico.', ['Mexico -restricts-> Brazil', 'Mexico -restricts-> China', 'Mexico -restricts-> Vietnam']],
    ['Chinese drones were hit by US tariffs last year.', ['United States -restricts-> China']],
    ['Zenco said steel from Brazil faces US tariffs of 25%.', ['United States -restricts-> Brazil']],
    // Two states named only by their demonyms are read too.
    ['Brazilian beef now faces Chinese tariffs.', ['China -restricts-> Brazil']],
  ])('"%s"', (text, claims) => {
    expect(restricts(text).sort()).toEqual(claims);
  });
});

describe('near misses stay unread', () => {
  it.each([
    // Hedged, denied or no longer in force.
    'Chinese e-bikes could soon face EU tariffs.',
    'Chinese steel may face EU duties.',
    'Chinese steel could be subject to US tariffs.',
    'Chinese electric cars would face EU duties under the proposal.',
    'Chinese steel is not subject to US tariffs.',
    'Goods from Mexico face no US tariffs.',
    'Chinese steel no longer faces US tariffs after the duties expired.',
    'Chinese steel faced US tariffs until 2019.',
    "Qorva's chips were subject to US tariffs until they were lifted last year.",
    'Zenco faced US sanctions until they were lifted in 2020.',
    'Qorva may be subject to US export controls.',
    'Qorva would be subject to US duties if the bill passes.',
    // People and firms named by their state, and sanctions on a state's banks, are no state's goods.
    'Chinese officials face US sanctions.',
    'Russian banks face EU sanctions.',
    'Chinese firms face new US tariffs.',
    'Firms from China face US sanctions.',
    // Other things faced.
    'Zenco faces a lawsuit from Qorva.',
    'Zenco faces pressure from the EU.',
    'Chinese steel faces the threat of US tariffs.',
    'Chinese steel faces calls for US tariffs.',
    'Chinese steel faces pressure from US tariffs.',
    'Zenco executives face charges in France.',
    'Vexa faces fines in Germany.',
  ])('"%s"', (text) => {
    expect(restricts(text)).toEqual([]);
  });

  it('keeps a measure in force for a stated time or until a firm acts', () => {
    expect(restricts('Chinese steel faces US tariffs until 2027.')).toEqual(['United States -restricts-> China']);
    expect(restricts('Zenco faces US sanctions until it ends its dealings with Iran.')).toEqual(['United States -restricts-> Zenco']);
  });

  it('reads rivalry faced as rivalry, not a measure', () => {
    expect(restricts('Zenco faces competition from Qorva.')).toEqual([]);
    expect(only('competes_with')(claimsOf('Zenco faces competition from Qorva.'))).toEqual(['Zenco -competes_with-> Qorva']);
  });
});
