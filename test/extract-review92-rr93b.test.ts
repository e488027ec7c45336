import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Re-read rr93b of stop 92's second round (state goods bans and a body stopping a firm, rivalry idioms and aims, names that are no
// products): the faults a critic's near misses showed, each with the phrasing the rule still reads. Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();
const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text)).sort();
const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a body stopping a firm from operating: only the firm kept out, not one thing it runs', () => {
  it('"from operating" a named thing or "its app" bans no firm', () => {
    expect(banned('The FAA stopped Zenco Inc from operating the Z5 jet.')).toEqual([]);
    expect(banned('Norway stopped Zenco Inc from operating its app.')).toEqual([]);
    expect(banned('Norway prevented Zenco Inc from operating flights to Chile.')).toEqual([]);
  });

  it('"from operating" with no object, or in a place, still bans the firm', () => {
    expect(banned('The Ruritown City Council stopped Zenco Inc from operating in the district.')).toEqual(['Ruritown City Council -banned-> Zenco Inc']);
    expect(banned('Norway stopped Zenco Inc from operating.')).toEqual(['Norway -banned-> Zenco Inc']);
    expect(banned('The Ruritown City Council blocked Zenco Inc from opening a store downtown.')).toEqual(['Ruritown City Council -banned-> Zenco Inc']);
  });
});

describe('a war declared over a patent or in court is a dispute, no rivalry', () => {
  it('"declared war on Qorva over patents", "… in court" give no rivals', () => {
    expect(rivals('Zenco Inc declared war on Qorva Ltd over patents.')).toEqual([]);
    expect(rivals('Zenco Inc has declared war on Qorva Ltd in court.')).toEqual([]);
    expect(rivals('Zenco Inc declared war on Qorva Ltd over the trademark.')).toEqual([]);
  });

  it('a war on a rival with no dispute after it still gives them', () => {
    expect(rivals('Zenco Inc declared war on Qorva Ltd.')).toEqual(['Zenco Inc -competes_with-> Qorva Ltd']);
    expect(rivals('Zenco Inc declared a price war on Qorva Ltd over the holidays.')).toEqual(['Zenco Inc -competes_with-> Qorva Ltd']);
  });
});

describe('a thing aimed at a firm\'s users or staff aims at no rival', () => {
  it('"targeted at Qorva shareholders", "aimed at Qorva developers"', () => {
    expect(rivals('Zenco Inc is targeted at Qorva Ltd shareholders.')).toEqual([]);
    expect(rivals('The Zapp X is aimed at Qorva Ltd employees.')).toEqual([]);
    expect(rivals('The Zapp X is aimed squarely at Qorva Ltd subscribers.')).toEqual([]);
  });

  it('aimed at the rival itself still gives it', () => {
    expect(rivals('The Zapp X is aimed squarely at the Qorva Q7.')).toEqual(['Zapp X -competes_with-> Qorva Q7']);
  });
});

describe('a show car named with a year is a model, no trade show\'s edition', () => {
  it('"unveiled the Vexa 2024 show car" keeps the model', () => {
    expect(develops('Zenco Inc unveiled the Vexa 2024 show car in Geneva.')).toEqual(['Zenco Inc -develops-> Vexa 2024']);
  });

  it('an edition before a show\'s or a keynote\'s noun still names no product', () => {
    expect(develops('Zenco Inc showed the Zapp at the MWC 2019 show.')).toEqual([]);
    expect(develops('During its CES 2015 keynote, Zenco Inc unveiled the Zapp.')).toEqual(['Zenco Inc -develops-> Zapp']);
  });
});

describe('a boycott in a state is its shoppers\', no act of the state', () => {
  const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();

  it('"hit by a boycott in China", "faces a boycott in Norway" restrict nothing', () => {
    expect(restricts('Zenco Inc was hit by a boycott in China after the advert.')).toEqual([]);
    expect(restricts('Zenco Inc faces a boycott in Norway.')).toEqual([]);
  });

  it('a state imposing a boycott, and sanctions in a state, still restrict', () => {
    expect(restricts('Norway imposed a boycott on Zenco Inc.')).toEqual(['Norway -restricts-> Zenco Inc']);
    expect(restricts('Zenco Inc was hit by sanctions in Norway.')).toEqual(['Norway -restricts-> Zenco Inc']);
  });
});
