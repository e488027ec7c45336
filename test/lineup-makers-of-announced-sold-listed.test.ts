import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Helper lineup: makers linked to the products they announce, sell or list in a lineup. Sentences made up for the tests.

const develops = (text: string): string[] => only('develops')(claimsOf(text));

describe('a later member of a maker\'s lineup the tagger reads as a place', () => {
  it.each([
    ["Qorva's lineup, including the Plix Urban and Plix Trail, sold well.", ['Qorva -develops-> Plix Trail', 'Qorva -develops-> Plix Urban']],
    ["Qorva's lineup includes the Plix Urban and Plix Trail.", ['Qorva -develops-> Plix Trail', 'Qorva -develops-> Plix Urban']],
    ["Qorva's range, such as the Plix Urban and Plix Trail, is cheap.", ['Qorva -develops-> Plix Trail', 'Qorva -develops-> Plix Urban']],
    ["Qorva's lineup, including the Plix Urban, Plix Trail and Plix Cargo, sold well.", ['Qorva -develops-> Plix Cargo', 'Qorva -develops-> Plix Trail', 'Qorva -develops-> Plix Urban']],
  ])('"%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });

  it('keeps people in a lineup people', () => {
    expect(develops("Qorva's lineup includes Ana Ruiz and Tom Vale.")).toEqual([]);
  });
});

describe('bikes as a maker\'s kind of goods named by example', () => {
  it.each([
    ["Qorva's e-bikes, including the Plix Urban, are popular.", ['Qorva -develops-> Plix Urban']],
    ["Qorva's bikes include the Plix Urban.", ['Qorva -develops-> Plix Urban']],
    ["Qorva's bicycles, including the Plix Urban and Plix Trail, sold well.", ['Qorva -develops-> Plix Trail', 'Qorva -develops-> Plix Urban']],
  ])('"%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });
});

describe('a firm announcing a thing by its bare kind, the name set off after it', () => {
  it.each([
    ['Zenco announced a tablet, the Vexa Tab, and a stylus.', ['Zenco -develops-> Vexa Tab']],
    ['Zenco on Tuesday announced an e-bike, the Plix Urban.', ['Zenco -develops-> Plix Urban']],
    ['Zenco has announced a cheaper tablet, the Vexa Tab Lite.', ['Zenco -develops-> Vexa Tab Lite']],
    ['Zenco revealed a phone, Vexa 9, at its event.', ['Zenco -develops-> Vexa 9']],
  ])('"%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });

  it.each([
    ['Zenco announced a ban on Vexa.'],
    ['Zenco announced results on Tuesday.'],
    ['Zenco announced plans for a tablet, the Vexa Tab.'],
    ['Zenco announced a rival tablet, the Vexa Tab.'],
    ['Zenco announced a deal, the Vexa Pact, with Qorva.'],
    ['Zenco announced a new chief, Ana Ruiz, on Monday.'],
  ])('"%s" gives no maker', (text) => {
    expect(develops(text)).toEqual([]);
  });

  it('leaves a thing announced with another maker named after it to that maker', () => {
    expect(develops('Zenco announced a tablet, the Vexa Tab, made by Qorva.')).toEqual(['Qorva -develops-> Vexa Tab']);
  });
});

describe('a firm selling "its" named goods', () => {
  it.each([
    ['Zenco sells its Vexa vacuum in Europe.', ['Zenco -develops-> Vexa']],
    ['Zenco now sells its Vexa Pro in Europe.', ['Zenco -develops-> Vexa Pro']],
    ['Zenco markets its Vexa drinks in Asia.', ['Zenco -develops-> Vexa']],
  ])('"%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });

  it.each([
    // A shop selling another's goods: the goods' owner makes them, the seller does not.
    ["The retailer sells Qorva's Plix.", ['Qorva -develops-> Plix']],
    ["Zenco sells Qorva's Plix scooters.", ['Qorva -develops-> Plix']],
    ['Zenco sells Plix scooters made by Qorva.', ['Qorva -develops-> Plix']],
    ['Zenco sells scooters made by Qorva.', []],
    // A firm sold is no product.
    ['Zenco sells Vexa, a firm it bought last year.', []],
    ['Zenco sells Vexa to Qorva.', []],
  ])('"%s" gives no seller as maker', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });
});

describe('a chain of names each set off before its kind', () => {
  it.each([
    ["The Vexa 9, Zenco's newest phone, and the Orra Fold, its first foldable, go on sale in May.", ['Zenco -develops-> Orra Fold', 'Zenco -develops-> Vexa 9']],
    ["The Vexa 9, Zenco's newest phone, and the Orra Fold, its cheapest phone, go on sale in May.", ['Zenco -develops-> Orra Fold', 'Zenco -develops-> Vexa 9']],
    ["The Vexa 9, Zenco's newest phone, and the Vexa 10, its successor, go on sale in May.", ['Zenco -develops-> Vexa 10', 'Zenco -develops-> Vexa 9']],
  ])('"%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });

  it.each([
    ["The Vexa 9, Zenco's newest phone, and the Orra Fold, Qorva's first foldable, go on sale in May."],
    ["The Vexa 9, Zenco's newest phone, and the Orra Fold, a rival phone, go on sale in May."],
    ["The Vexa 9, Zenco's newest phone, and Ana Ruiz, its chief executive, were on stage."],
  ])('"%s" gives the later name no maker', (text) => {
    expect(develops(text)).toEqual(['Zenco -develops-> Vexa 9']);
  });
});

describe('an opening "The company\'s" owned by the firm credited at the sentence\'s end', () => {
  it.each([
    ["The company's new console, the Vexa Box, goes on sale in May, Zenco said.", ['Zenco -develops-> Vexa Box']],
    ["The firm's first e-bike, the Plix Urban, costs $2,000, said Qorva.", ['Qorva -develops-> Plix Urban']],
    ["The company's new console, the Vexa Box, goes on sale in May, according to Zenco.", ['Zenco -develops-> Vexa Box']],
  ])('"%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });

  it.each([
    ["The company's rival, the Vexa Box, goes on sale in May, Zenco said."],
    ["The company's customers, Vexa and Plix, are happy, Zenco said."],
  ])('"%s" gives no maker', (text) => {
    expect(develops(text)).toEqual([]);
  });

  it('leaves "the company" resolved to a firm named before to that firm', () => {
    expect(develops("Zenco makes phones. The company's new tablet, the Vexa Tab, ships in June, Qorva said.")).not.toContain('Qorva -develops-> Vexa Tab');
  });
});
