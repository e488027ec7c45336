import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper pl84: "develops" from product names listed around their maker. A possessive list of brands opened by
// "include:", a product in brackets after its maker (and the brackets that hold no product: a ticker, an acronym, a
// place, a former name), and a name whose "Now" the article spells as the name's. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a possessive list of brands after "include:"', () => {
  it('"Zenco\'s top brands include: A, B and C" makes each', () => {
    expect(develops("Zenco's top brands include: Zapp, Qwik and Zbook.")).toEqual(['Zenco -develops-> Qwik', 'Zenco -develops-> Zapp', 'Zenco -develops-> Zbook']);
    expect(develops('Zenco said its brands include: Zapp and Qwik.')).toEqual(['Zenco -develops-> Qwik', 'Zenco -develops-> Zapp']);
    expect(develops("Zenco's product line-up comprises: the Zeta 5, the Zeta 6 and the Zeta Pro.")).toEqual(['Zenco -develops-> Zeta 5', 'Zenco -develops-> Zeta 6', 'Zenco -develops-> Zeta Pro']);
  });

  it('the lists the code read before stay read', () => {
    expect(develops("Zenco's Zeta, Zapp and Zbook brands led the market.")).toEqual(['Zenco -develops-> Zapp', 'Zenco -develops-> Zbook', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco said its other brands, Zapp and Qwik, would be sold.')).toEqual(['Zenco -develops-> Qwik', 'Zenco -develops-> Zapp']);
    expect(develops("Zenco's lineup includes the Zeta 5, Zeta 6 and Zeta Pro.")).toEqual(['Zenco -develops-> Zeta 5', 'Zenco -develops-> Zeta 6', 'Zenco -develops-> Zeta Pro']);
  });

  it('companies, platforms or places after the possessive make nothing', () => {
    expect(develops("Zenco's rivals include: Qorva and Vexa.")).toEqual([]);
    expect(develops("Zenco's customers include: Qorva, Vexa and Lumo.")).toEqual([]);
    expect(develops('Zenco said its partners Qorva and Vexa would help.')).toEqual([]);
    expect(develops('Zenco updated its iOS and Android apps.')).toEqual([]);
    expect(develops("Zenco's markets include: Ruritania, Zembla and Borduria.")).toEqual([]);
    expect(develops("Zenco's portfolio includes: stakes in Qorva and Vexa.")).toEqual([]);
    expect(develops("Qorva's products include: chips made by Zenco.")).not.toContain('Qorva -develops-> Zenco');
  });

  it('a ban\'s participle before the noun makes the possessor the banner', () => {
    expect(develops("Ruritania's banned products include: Zapp, Qwik and Zbook.")).toEqual([]);
    expect(only('banned')(scoredClaimsOf("Ruritania's banned products include: Zapp, Qwik and Zbook."))).toEqual(['Ruritania -banned-> Qwik', 'Ruritania -banned-> Zapp', 'Ruritania -banned-> Zbook']);
  });

  it('an aside after the names and their noun ("the A and B brands, both owned by Zenco") does not make the first name a maker', () => {
    expect(develops('The Zapp and Qwik brands, both owned by Zenco, grew.')).toEqual(['Zenco -develops-> Qwik', 'Zenco -develops-> Zapp']);
    expect(develops('The Zapp and Qwik brands, all made in Ruritania, grew.')).toEqual([]);
  });
});

describe('a product in brackets after its maker', () => {
  it('a list of maker (product) pairs makes each', () => {
    expect(develops('Zenco (Zeta), Qorva (Mu) and Vexa (Lumo) all cut prices.')).toEqual(['Qorva -develops-> Mu', 'Vexa -develops-> Lumo', 'Zenco -develops-> Zeta']);
    expect(develops('Chip makers Zenco (Zeta X1) and Qorva (Mu Z2) cut output.')).toEqual(['Qorva -develops-> Mu Z2', 'Zenco -develops-> Zeta X1']);
    expect(develops('Zenco (maker of Zeta) said sales rose.')).toEqual(['Zenco -develops-> Zeta']);
  });

  it('a place in the brackets is the firm\'s home, not its product', () => {
    expect(develops('Chip makers Zenco (Shenzhen) and Qorva (Zembla) cut output.')).toEqual([]);
    expect(develops('Chip makers Zenco (Ruritania) and Qorva (Zembla) cut output. Qorva is based in Zembla.')).toEqual([]);
    expect(develops('Zenco (Japan), Qorva (Korea) and Vexa (Zembla) fell.')).toEqual([]);
  });

  it('tickers, acronyms, former names, people and figures make nothing', () => {
    expect(develops('Zenco (NASDAQ: ZNC), Qorva (NYSE: QRV) and Vexa (LSE: VXA) fell.')).toEqual([]);
    expect(develops('Chip makers Zenco (ZNC) and Qorva (QRV) cut output.')).toEqual([]);
    expect(develops('Regulators such as the Zembla Telecom Authority (ZTA) and the Ruritania Data Office (RDO) fined Zenco.')).toEqual([]);
    expect(develops('Zenco (formerly Qorva) said sales rose.')).toEqual([]);
    expect(develops('Zenco (CEO Mira Tal) and Vexa (CEO Ode Lin) fell.')).toEqual([]);
    expect(develops('Zenco (12%), Qorva (10%) and Vexa (9%) fell.')).toEqual([]);
  });
});

describe('a name that ends in "Now"', () => {
  it('keeps its "Now" where the article types the name with it', () => {
    expect(develops('Zeta Now, a streaming service, grew fast. Zeta Now was built by Zenco.')).toEqual(['Zenco -develops-> Zeta Now']);
    expect(develops('Zeta Now, an app for films, grew fast. Zeta Now was made by Zenco.')).toEqual(['Zenco -develops-> Zeta Now']);
    expect(develops("Zeta Now, Zenco's streaming service, grew. Zenco said Zeta Now had 5 million users.")).toEqual(['Zenco -develops-> Zeta Now']);
  });

  it('keeps its "Now" after a kind of thing', () => {
    expect(develops("Zenco's streaming service Zeta Now gained users.")).toEqual(['Zenco -develops-> Zeta Now']);
  });

  it('a model word after a brand stays the name\'s', () => {
    expect(develops('Zenco released the Zeta Go and the Zeta Lite last week.')).toEqual(['Zenco -develops-> Zeta Go', 'Zenco -develops-> Zeta Lite']);
    expect(develops("Zenco's Zeta Go, Zeta Lite and Zeta Plus models sold well.")).toEqual(['Zenco -develops-> Zeta Go', 'Zenco -develops-> Zeta Lite', 'Zenco -develops-> Zeta Plus']);
    expect(develops('The Zeta One, made by Zenco, sold well.')).toEqual(['Zenco -develops-> Zeta One']);
  });

  it('"Now" after a firm\'s name, before a verb, is an adverb', () => {
    expect(develops('Qorva Now has 5 million users.')).toEqual([]);
    expect(develops('The company Qorva Now has 5 million users.')).toEqual([]);
  });
});
