import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper brf90, from stop 90's seventy-ninth fresh sample: a firm's brands told in descriptive frames — the owner as a brand noun's
// modifier, a relative clause without "that", "doing business as", "which includes brands such as", "via the brand name" — and two
// wrong owners: a product whose owner firm is bought, and "its" after a sentence-opening name that is no typed firm.
// Sentences written for the tests.

// Sorted: the order of claims is not what these tests are about.
const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('the owner as a brand noun\'s modifier', () => {
  it('"the Zenco Group cargo brand Zeta" is the modifier\'s brand', () => {
    expect(develops('The regulator told the Zenco Group cargo brand Zeta to stop sales.')).toEqual(['Zenco Group -develops-> Zeta']);
    expect(develops('The Zenco Inc. mattress brand Vela grew fast last year.')).toEqual(['Zenco Inc -develops-> Vela']);
    expect(develops('Shoppers liked the Zenco Inc. brand Vela.')).toEqual(['Zenco Inc -develops-> Vela']);
  });

  it('a rival, partner, sister or former brand is not the firm\'s own', () => {
    expect(develops('The Zenco Inc. rival brand Zeta grew fast last year.')).toEqual([]);
    expect(develops('Shoppers liked the Zenco Inc. partner brand Vela.')).toEqual([]);
    expect(develops('Shoppers liked the Zenco Inc. sister brand Vela.')).toEqual([]);
    expect(develops('Shoppers liked the Zenco Inc. former brand Vela.')).toEqual([]);
  });
});

describe('a maker in a relative clause without "that"', () => {
  it('"Zeta, a chip Zenco designed" and "the app Zenco launched" name the maker', () => {
    expect(develops('Qorva Inc. sued over Zeta, a chip Zenco Inc. designed in 2007.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Qorva Inc. copied Vela, the messaging app Zenco Inc. launched in 2019.')).toEqual(['Zenco Inc -develops-> Vela']);
  });

  it('no made kind, or the firm\'s customers: no maker', () => {
    expect(develops('Qorva Inc. sued over Zeta, the firm Zenco Inc. created in 2019.')).toEqual([]);
    expect(develops('Qorva Inc. copied Vela, the messaging app Zenco Inc. users loved.')).toEqual([]);
    expect(develops('Qorva Inc. copied Vela, the messaging app Zenco Inc. wanted to buy.')).toEqual([]);
  });
});

describe('doing business as', () => {
  it('the name a firm does business as is its own', () => {
    expect(develops('Zenco Inc., doing business as Vela, filed for bankruptcy.')).toEqual(['Zenco Inc -develops-> Vela']);
    expect(develops('Zenco Inc., also trading as Vela, filed for bankruptcy.')).toEqual(['Zenco Inc -develops-> Vela']);
  });

  it('a firm that does business with another, or as a kind of firm, owns no brand', () => {
    expect(develops('Zenco Inc., doing business with Vela Corp., filed for bankruptcy.')).toEqual([]);
    expect(develops('Zenco Inc., doing business as a retailer, filed for bankruptcy.')).toEqual([]);
  });
});

describe('a relative clause naming a group\'s brands', () => {
  it('"which includes brands such as A, B and C" and "which holds brands like …" give every member', () => {
    expect(develops('Zenco Inc., which includes brands such as Vela, Zeta and Lumo, filed.')).toEqual(['Zenco Inc -develops-> Lumo', 'Zenco Inc -develops-> Vela', 'Zenco Inc -develops-> Zeta']);
    expect(develops('Zenco Inc., which already holds brands like Vela and Zeta, filed.')).toEqual(['Zenco Inc -develops-> Vela', 'Zenco Inc -develops-> Zeta']);
  });

  it('stakes, rivals or clients held in the relative clause are no brands', () => {
    expect(develops('Zenco Inc., which holds stakes in Vela Corp., filed.')).toEqual([]);
    expect(develops('Zenco Inc., which includes clients such as Vela Corp. and Zeta Corp., filed.')).toEqual([]);
  });
});

describe('a brand name reached "via"', () => {
  it('"sells lenses via the Zeta brand name" reads as "under" does', () => {
    expect(develops('Zenco Inc. sells lenses via the Zeta brand name.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Zenco Inc. sells sofas through its Vela brand.')).toEqual(['Zenco Inc -develops-> Vela']);
  });

  it('a firm selling via another firm\'s store is a reseller', () => {
    expect(develops('Zenco Inc. sells lenses via the Zeta Corp. stores.')).toEqual([]);
    expect(develops('Zenco Inc. sells lenses through Vela Corp.')).toEqual([]);
  });
});

describe('a brand among a firm\'s units, or joined to "its other brands"', () => {
  it('"Zenco and 13 of its affiliates, including the mattress brand Vela" is the firm\'s brand', () => {
    expect(develops('Zenco Inc. and 13 of its affiliates, including bed-in-a-box brand Vela, filed for bankruptcy.')).toEqual(['Zenco Inc -develops-> Vela']);
    expect(develops('Zenco Inc.\'s subsidiaries, including the mattress brand Vela, filed for bankruptcy.')).toEqual(['Zenco Inc -develops-> Vela']);
  });

  it('rivals or customers including a brand are not the firm\'s units', () => {
    expect(develops('Zenco Inc. and its rivals, including the mattress brand Vela, filed for bankruptcy.')).toEqual([]);
    expect(develops('Zenco Inc.\'s customers, including the mattress brand Vela, sued.')).toEqual([]);
  });

  it('"sells Zeta and its other snack brands" is the subject\'s brand', () => {
    expect(develops('Zenco Inc. sells Zeta-3 and its other snack brands in Ohio.')).toEqual(['Zenco Inc -develops-> Zeta-3']);
    expect(develops('The Zeta brand is popular. Zenco Inc. is selling Zeta and its other bicycle brands to Qorva Inc.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });

  it('a rival\'s brands, a buyer\'s, or no "its": no claim from the brands noun', () => {
    expect(develops('The Zeta brand is popular. Zenco Inc. is buying Zeta and its other brands from Vexa Inc.')).toEqual([]);
    // Since stop 98 (the team's policy call): a named brand sold was the seller's, done or planned; a purchase done is the buyer's too.
    expect(develops('The Zeta brand is popular. Zenco Inc. is selling Zeta and other bicycle brands to Qorva Inc.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });
});

describe('the owner of brands described before its name', () => {
  it('"The owner of bike brands including A, B and C, Zenco Holdings, agreed …" gives every member', () => {
    expect(develops('The Dutch owner of bike brands including Zeta, Vela and Lumo, Zenco Holdings, agreed a deal.')).toEqual(['Zenco Holdings -develops-> Lumo', 'Zenco Holdings -develops-> Vela', 'Zenco Holdings -develops-> Zeta']);
    expect(develops('The owner of mattress brands such as Zeta and Vela, Zenco Inc., said sales rose.')).toEqual(['Zenco Inc -develops-> Vela', 'Zenco Inc -develops-> Zeta']);
  });

  it('a rival of brands, or an owner of firms, gives no brand', () => {
    expect(develops('A rival of bike brands including Zeta, Vela and Lumo, Zenco Holdings, agreed a deal.')).toEqual([]);
    expect(develops('The owner of firms including Zeta Corp. and Vela Corp., Zenco Holdings, agreed a deal.')).toEqual([]);
  });
});

describe('wrong owners', () => {
  it('a firm bought under its maker compound: the product stays its maker\'s', () => {
    expect(develops('Qorva Inc. has taken over Zeta-owner Zenco Inc.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Qorva Inc. bought Zeta-maker Zenco Inc.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });

  it('"its" after a sentence-opening name that is no typed firm is the subject\'s, not a firm named before', () => {
    expect(develops('Buying out Zenco, which makes the Zeta brand, will help Qorva. Qorva is popular for its Vela brand.')).toEqual(['Qorva -develops-> Vela', 'Zenco -develops-> Zeta']);
    // A progressive after the subject is no copula's description: the subject keeps its own things.
    expect(develops('Zenco is offering its new ZT-9 to fleets.')).toEqual(['Zenco -develops-> ZT-9']);
  });

  it('"its" still reaches the firm when the firm is the subject', () => {
    expect(develops('Buying out Zenco, which makes the Zeta brand, will help Qorva Inc. Qorva Inc. is popular for its Vela brand.')).toEqual(['Qorva Inc -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco Inc. said it would close stores. Under its Vela and Zeta brands, the company sold furniture.')).toEqual(['Zenco Inc -develops-> Vela', 'Zenco Inc -develops-> Zeta']);
  });
});
