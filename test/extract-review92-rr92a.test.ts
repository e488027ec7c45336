import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Re-read rr92a of stop 92's first round (helpers brl92, brp92, app92): near misses the new develops rules read as the subject's
// things, each with the positives it must keep. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a second clause of trade under brands with a subject or a buyer of its own', () => {
  it('keeps the same seller\'s second clause', () => {
    expect(develops('Zenco sells lamps under the Lumo brand, and heaters under brands such as Vexa.')).toContain('Zenco -develops-> Vexa');
    expect(develops('Zenco sold lamps under the Lumo brand, and later heaters under the Vexa and Brisk brands.')).toContain('Zenco -develops-> Brisk');
  });

  it('rivals, stores, retailers or others selling, or the subject buying, name others\' brands', () => {
    expect(develops('Zenco sells lamps under the Lumo brand, while rivals sell heaters under brands such as Vexa.')).not.toContain('Zenco -develops-> Vexa');
    expect(develops('Zenco sells lamps under the Lumo brand, and others sell heaters under brands such as Vexa.')).not.toContain('Zenco -develops-> Vexa');
    expect(develops('Zenco sells lamps under the Lumo brand, and stores carry heaters under brands such as Vexa.')).not.toContain('Zenco -develops-> Vexa');
    expect(develops('Zenco makes lamps under the Lumo brand, but retailers sell them under brands such as Vexa.')).not.toContain('Zenco -develops-> Vexa');
    expect(develops('Zenco makes lamps under the Lumo brand, and buys heaters under brands such as Vexa.')).not.toContain('Zenco -develops-> Vexa');
    expect(develops('Zenco sells lamps under the Lumo brand, and buyers find heaters under brands such as Vexa.')).not.toContain('Zenco -develops-> Vexa');
  });
});

describe('a name fronted by "besides" or "in addition to"', () => {
  it('keeps an unknown name fronted before the subject\'s verb of making', () => {
    expect(develops('Besides Qorva, Zenco Inc also makes Brisk.')).toContain('Zenco Inc -develops-> Qorva');
  });

  it('a well-known thing of another maker fronted is set apart, not counted', () => {
    expect(develops('Besides the iPhone, Samsung makes the Galaxy.')).not.toContain('Samsung -develops-> iPhone');
    expect(develops('In addition to the iPhone, Zenco Inc makes the Zorb phone.')).not.toContain('Zenco Inc -develops-> iPhone');
  });
});

describe('a credit list followed by another maker or a seller\'s clause', () => {
  it('keeps a plain list', () => {
    expect(develops('Qorva owes its success to games such as Zorb Quest and Blip Jam.')).toContain('Qorva -develops-> Blip Jam');
    expect(develops('Qorva owes its success to brands such as Zorb Quest and Blip Jam, which it sells worldwide.')).toContain('Qorva -develops-> Blip Jam');
  });

  it('the list\'s things made by another, or sold by the subject, are not its own', () => {
    expect(develops('Qorva owes its success to games such as Zorb Quest and Blip Jam, which were made by Zenco.')).not.toContain('Qorva -develops-> Blip Jam');
    expect(develops('Qorva owes its success to products like Zorb Quest and Blip Jam, made by Zenco.')).not.toContain('Qorva -develops-> Zorb Quest');
    expect(develops('Qorva owes its success to brands such as Zorb Quest and Blip Jam, which it distributes.')).not.toContain('Qorva -develops-> Zorb Quest');
    expect(develops('Qorva is responsible for Zorb Quest and the upcoming Vimbo, which are made by Zenco.')).not.toContain('Qorva -develops-> Vimbo');
  });
});

describe('"home to" said of a place', () => {
  it('keeps a studio', () => {
    expect(develops('Qorva is the home of Zorb Quest and the Blip Jam series.')).toContain('Qorva -develops-> Blip Jam');
  });

  it('a campus, a valley or a bay is home to others\' things', () => {
    expect(develops('Qorva Campus is home to Zorb Quest and the Blip Jam series.')).toEqual([]);
    expect(develops('Zembla Valley is home to Zorb Quest and the Blip Jam series.')).toEqual([]);
  });
});

describe('entering a market with a thing called Y', () => {
  it('keeps the entrant\'s own thing', () => {
    expect(develops('Zenco first ventured into insurance with a program called Zapp.')).toContain('Zenco -develops-> Zapp');
  });

  it('a firm bought on the way, or a thing another issues, is not the entrant\'s', () => {
    expect(develops('Zenco entered lending by buying a bank with an app called Zeta.')).not.toContain('Zenco -develops-> Zeta');
    expect(develops('Zenco entered the market with a card called Zeta issued by Qorva.')).not.toContain('Zenco -develops-> Zeta');
  });
});

describe('businesses counted "namely" and a segment\'s members', () => {
  it('keeps the firm\'s own', () => {
    expect(develops('Zenco currently has two main businesses, namely Zapp and Zapp Cover.')).toContain('Zenco -develops-> Zapp Cover');
    expect(develops("Zenco's outdoor segment includes Qorva, Brisk and Tallon.")).toContain('Zenco -develops-> Brisk');
    expect(develops('Zenco runs two platforms, namely Zapp and Vela, for its customers.')).toContain('Zenco -develops-> Vela');
  });

  it('platforms run for another, and places in a regional segment, are not the firm\'s', () => {
    expect(develops('Zenco runs two platforms, namely Zapp and Vela, for Qorva.')).toEqual([]);
    expect(develops('Zenco has two main platforms, namely Zapp and Vela, which it runs for Qorva.')).toEqual([]);
    expect(develops("Zenco's international segment includes Ruritania and Zembla.")).toEqual([]);
  });
});
