import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper and96: names that hold "and". A legal form right after the one word after "and" closes one firm's name ("Procter and
// Gamble Co."); two firms joined by "and" stay two. A family's word after a known firm's name ("<firm> Sons") names a firm, not the
// firm's product. Sentences written for the tests, with made-up names.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('one firm across "and" before a legal form', () => {
  it('"Zorbin and Klatt Inc." is one firm', () => {
    expect(develops('Zorbin and Klatt Inc. launched the Vexa drill.')).toEqual(['Zorbin and Klatt Inc -develops-> Vexa']);
    expect(develops('Morlan and Pettich Co. makes the Zeta detergent.')).toEqual(['Morlan and Pettich Co -develops-> Zeta']);
    expect(entitiesOf('Shares of Dravel and Hoskin Ltd fell on Monday.')).toContain('Dravel and Hoskin Ltd (company)');
  });

  it('a name with "&" stays one name', () => {
    expect(develops('Zorbin & Klatt launched the Vexa blender.')).toEqual(['Zorbin & Klatt -develops-> Vexa']);
  });
});

describe('two firms joined by "and" stay two', () => {
  it('a word that counts two, before or after, keeps the firms apart', () => {
    expect(entitiesOf('The deal between Zenco and Qorva Inc. was signed.')).not.toContain('Zenco and Qorva Inc (company)');
    expect(develops('Zenco and Qorva Inc. both make the Vexa drill.')).not.toContain('Zenco and Qorva Inc -develops-> Vexa');
    expect(entitiesOf('Rivals Zenco and Qorva Inc. cut prices.')).not.toContain('Zenco and Qorva Inc (company)');
    // A word the article named alone before is a firm of its own.
    expect(entitiesOf('Zenco launched the Vexa drill. On Monday Zenco and Qorva Inc. signed a deal.')).not.toContain('Zenco and Qorva Inc (company)');
  });

  it('a longer firm name after "and", or no legal form, keeps two names', () => {
    expect(entitiesOf('Fairlow and Zentra Semiconductor signed a deal.')).not.toContain('Fairlow and Zentra Semiconductor (company)');
    expect(entitiesOf('Zenco and Qorva Holdings Inc. signed a deal.')).not.toContain('Zenco and Qorva Holdings Inc (company)');
    expect(entitiesOf('Zenco and Qorva signed a deal on Monday.')).not.toContain('Zenco and Qorva (company)');
    // A legal form's word after a name before it is that name's end, not a pair's first word.
    expect(entitiesOf('Regulators fined Zenco Vexa Limited and Qorva Limited.')).not.toContain('Limited and Qorva Limited (company)');
  });
});

describe('a national arm named by two kinds of goods', () => {
  it('"Zenco Motorcycle and Scooter India" is one firm', () => {
    expect(develops('Zenco Motorcycle and Scooter India launched the Vexa scooter.')).toEqual(['Zenco Motorcycle and Scooter India -develops-> Vexa']);
    expect(develops('Zenco Phone and Tablet China launched the Vexa tablet.')).toEqual(['Zenco Phone and Tablet China -develops-> Vexa']);
  });

  it('a coined name after "and", or no name before the first kind, keeps the names apart', () => {
    expect(develops('Zenco Motorcycle and Qorva India launched the Vexa scooter.')).not.toContain('Zenco Motorcycle and Qorva India -develops-> Vexa');
    expect(entitiesOf('Zenco and Scooter India signed a deal.')).not.toContain('Zenco and Scooter India (company)');
    expect(entitiesOf('Zenco sells Motorcycle and Scooter India parts.')).not.toContain('Zenco sells Motorcycle and Scooter India (company)');
    expect(entitiesOf('Zenco Motors and Qorva India signed a deal.')).not.toContain('Zenco Motors and Qorva India (company)');
  });
});

describe('a family\'s word after a known firm', () => {
  it('"<firm> Brothers" is a firm, not the firm\'s product', () => {
    expect(develops('Analysts said Samsung Brothers would report results on Monday.')).toEqual([]);
    expect(entitiesOf('Analysts said Samsung Brothers would report results on Monday.')).toContain('Samsung Brothers (company)');
  });

  it('a product named after the firm keeps its maker', () => {
    expect(develops('Samsung Zorbix is the new phone.')).toEqual(['Samsung -develops-> Samsung Zorbix']);
  });
});
