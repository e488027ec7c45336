import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper typ98 (stop 98), from real consumer-goods news: brands the extractor never typed. A brand opening with a person's
// honorific ("Mr. Tarn"), where goods or a maker's verb say it is one, and a brand noun's name ending in a firm's word
// ("a brand called Tarn Lab"). Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a brand opening with an honorific', () => {
  it('after a maker\'s verb, closing a list item, it is the maker\'s brand and keeps the list', () => {
    expect(develops('Zenco, which makes Mr. Tarn and Vexa soap, reported higher sales.')).toEqual(['Zenco -develops-> Mr. Tarn', 'Zenco -develops-> Vexa']);
    expect(develops('Zenco makes Mr. Tarn.')).toEqual(['Zenco -develops-> Mr. Tarn']);
  });

  it('before a kind of goods, or plural goods after its possessive, it is a brand', () => {
    expect(develops('Zenco makes Mr. Tarn cleaner.')).toEqual(['Zenco -develops-> Mr. Tarn']);
    expect(develops("Zenco's Mr. Tarn cleaner is popular.")).toEqual(['Zenco -develops-> Mr. Tarn']);
    expect(entitiesOf("Mrs. Vexa's pies are popular in Ruritania.")).toContain('Mrs. Vexa (product)');
  });

  it('a person with an honorific stays a person', () => {
    expect(entitiesOf('Mr. Tarn said Zenco would raise prices.')).not.toContain('Mr. Tarn (product)');
    expect(develops('Zenco hired Mrs. Vexa last year.')).toEqual([]);
    expect(develops("Zenco sold Mr. Tarn's car.")).toEqual([]);
    expect(entitiesOf("Mr. Tarn's car was stolen.")).not.toContain('Mr. Tarn (product)');
    expect(develops('Zenco made Mr. Tarn its chief executive.')).toEqual([]);
    expect(develops('Zenco bought Mr. Tarn a new office.')).toEqual([]);
  });
});

describe('a brand called by a name ending in a firm\'s word', () => {
  it('is the brand its maker unveiled', () => {
    expect(develops('Zenco unveiled a new skin care brand called Tarn Skin Lab.')).toEqual(['Zenco -develops-> Tarn Skin Lab']);
  });

  it('a firm called so stays a firm', () => {
    expect(develops('Zenco bought a startup called Tarn Labs.')).toEqual([]);
    expect(entitiesOf('Zenco bought a startup called Tarn Labs.')).not.toContain('Tarn Labs (product)');
  });
});
