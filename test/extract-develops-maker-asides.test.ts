import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper mkr96, from set 93's readers (drinks groups, supermarkets' and DIY chains' own labels): a maker told by an apposition, a
// relation noun or a retailer's own brand. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a people\'s adjective before the thing\'s kind', () => {
  it('"the company behind Scottish drink Vexa": the thing is the name after the kind, not the adjective', () => {
    expect(develops('Qorva, the company behind Scottish drink Vexa, said sales rose.')).toEqual(['Qorva -develops-> Vexa']);
    expect(develops('Qorva, the company behind the Flemish beer Vexa, said sales rose.')).toEqual(['Qorva -develops-> Vexa']);
    expect(develops('Zenco launched Scottish soft drink Vexa in May.')).toEqual(['Zenco -develops-> Vexa']);
  });

  it('a known people\'s adjective and a kind of two words', () => {
    expect(develops('Qorva, the company behind German soft drink Vexa, said sales rose.')).toEqual(['Qorva -develops-> Vexa']);
  });

  it('no thing named after the kind, or the kind is a deal, a bid or a rival\'s: no maker', () => {
    expect(develops('Qorva, the company behind the Scottish drinks deal, said sales rose.')).toEqual([]);
    expect(develops('Qorva, the company behind the proposed energy drink deal, said sales rose.')).toEqual([]);
    expect(develops('Qorva, the investor behind German soft drink Vexa, said sales rose.')).toEqual([]);
    expect(develops('Qorva, the company behind the bid for German soft drink maker Vexa, said sales rose.')).toEqual([]);
  });
});

describe('a trade\'s maker noun before "behind"', () => {
  it('"the U.S. brewer behind Vexa", "the distiller behind Vexa"', () => {
    expect(develops('Zenco bought Qorva, the U.S. brewer behind Vexa and a host of other brands.')).toEqual(['Qorva -develops-> Vexa']);
    expect(develops('Qorva, the distiller behind Vexa gin, said sales rose.')).toEqual(['Qorva -develops-> Vexa']);
  });

  it('a brewer behind a deal, a campaign or a bid makes nothing', () => {
    expect(develops('Qorva, the brewer behind the deal, said sales rose.')).toEqual([]);
    expect(develops('Qorva, the brewer behind the campaign against the tax, said sales rose.')).toEqual([]);
    expect(develops('Qorva, the brewer behind the bid for Zenco, said sales rose.')).toEqual([]);
  });
});

describe('a firm named with "Works"', () => {
  it('"Qorva Works, parent company of Zemtrench" and "Zenco Works, Zemtrench\'s parent company"', () => {
    expect(develops('Qorva Works, parent company of the Zemtrench brand, said sales rose.')).toEqual(['Qorva Works -develops-> Zemtrench']);
    expect(develops('Zenco Works, Zemtrench\'s parent company, signed a deal.')).toEqual(['Zenco Works -develops-> Zemtrench']);
  });

  it('a rival or a customer of the brand is no parent', () => {
    expect(develops('Qorva Works, a rival of the Zemtrench brand, said sales rose.')).toEqual([]);
    expect(develops('Qorva Works, a customer of Zemtrench, said sales rose.')).toEqual([]);
  });
});

describe('a retailer\'s own brand', () => {
  it('"carries a proprietary brand of tools, called Zemline": whatever verb has it, an own brand is the firm\'s', () => {
    expect(develops('Zenco Mart carries a proprietary brand of tools, called Zemline.')).toEqual(['Zenco Mart -develops-> Zemline']);
    expect(develops('The chain Zenco carries a house brand of power tools called Zemline.')).toEqual(['Zenco -develops-> Zemline']);
  });

  it('a brand with no own-brand word, or one named as another\'s, is not the retailer\'s', () => {
    expect(develops('Zenco Mart carries a brand of tools called Zemline.')).toEqual([]);
    expect(develops('Zenco Mart carries a popular brand of tools called Zemline.')).toEqual([]);
    expect(develops('Zenco Mart carries Zemline, a brand of tools made by Qorva.')).toEqual(['Qorva -develops-> Zemline']);
  });

  it('a planned own brand is not asserted', () => {
    expect(develops('Zenco Mart plans to launch a proprietary brand of tools called Zemline.')).toEqual([]);
  });
});

describe('goods under a group', () => {
  it('"four Vexa products under Zenco Group": the brand\'s goods are the group\'s', () => {
    expect(develops('The store stocks four Vexa products under Zenco Group.')).toEqual(['Zenco Group -develops-> Vexa']);
  });

  it('under a licence, a management or another brand: no maker', () => {
    expect(develops('Qorva sells Vexa products under licence from Zenco Group.')).toEqual([]);
    expect(develops('Qorva sells Vexa products under Zenco Group\'s licence.')).toEqual([]);
    expect(develops('Qorva sells Vexa products under Zenco Group management.')).toEqual([]);
    expect(develops('Vexa products under France\'s new rules were banned.')).toEqual([]);
  });
});

describe('a model code of a number word in capitals', () => {
  it('"Zeta-ONE and Zeta Cloud offered by Zenco": both members are made things', () => {
    expect(develops('Zeta-ONE and Zeta Cloud offered by Zenco are popular.').sort()).toEqual(['Zenco -develops-> Zeta Cloud', 'Zenco -develops-> Zeta-ONE']);
    expect(develops('Zenco launched Zeta-ONE in May.')).toEqual(['Zenco -develops-> Zeta-ONE']);
  });

  it('a number word not glued to a name, or a firm\'s stake, is no made thing', () => {
    expect(develops('The ONE-year deal was signed by Zenco and Qorva.')).toEqual([]);
    expect(develops('Zenco bought ONE of the Zeta plants.')).toEqual([]);
    expect(develops('Qorva said Zenco was number ONE in Zembla.')).toEqual([]);
  });
});

describe('guards of the new phrasings', () => {
  it('a campaign against a thing states no maker', () => {
    expect(develops('Qorva, the group behind lobbying against sugary drink Vexa, said sales rose.')).toEqual([]);
    expect(develops('Qorva, the firm behind new research into energy drink Vexa, said sales rose.')).toEqual([]);
  });

  it('a brand ending like a people\'s adjective keeps its maker', () => {
    expect(develops('Zenco launched Nourish bars in May.')).toEqual(['Zenco -develops-> Nourish']);
  });
});
