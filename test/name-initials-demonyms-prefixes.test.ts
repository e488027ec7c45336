import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper fpx96, from stop 96's ninety-third fresh sample: names cut or made of a description's words. A leading initial belongs to
// the name after it; an unlisted place's adjective before a description is no name; a brand written in lower case opens the firm's
// generic word after it, which names nothing alone; a coined word before a place opening a firm's legal name is its first word; a
// food trade opening a sentence before "maker" is a trade; a certification's mark is no product. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));
const labels = (text: string): string[] => entitiesOf(text).map((e) => e.replace(/ \(.*$/, ''));

describe('a one-letter initial opening a name', () => {
  it('joins the name after it', () => {
    expect(develops('Zenco makes brands such as S. Vexa and Plix.')).toEqual(['Zenco -develops-> Plix', 'Zenco -develops-> S. Vexa']);
    expect(develops('Zenco owns the J. Plix label.')).toEqual(['Zenco -develops-> J. Plix']);
  });

  it('never stands alone as a name', () => {
    for (const text of ['Zenco makes brands such as S. Vexa and Plix.', 'Zenco owns brands such as J. Plix and Vexa.']) {
      expect(labels(text)).not.toContain('S');
      expect(labels(text)).not.toContain('J');
    }
  });

  it('leaves a middle initial, an article and a class letter as they were', () => {
    expect(labels('Mary Q. Jones said Zenco launched Plix.')).not.toContain('Q. Jones');
    expect(develops('Zenco rated the Plix grade A. Qorva launched Vexa.')).not.toContain('Qorva -develops-> A. Qorva');
  });
});

describe('an unlisted place\'s adjective before a description', () => {
  it('is no name: the rivalry and the product go to the named firm', () => {
    expect(rivals('Zenco sued its Bavarian competitor Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco faces Zemblan rival Qorva in court.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(develops('Zenco, the company behind Scottish drink Vexa, cut sugar.')).toEqual(['Zenco -develops-> Vexa']);
  });

  it('never becomes an entity of its own', () => {
    expect(labels('Zenco has sued a Floridian competitor, drinks maker Qorva Inc.')).not.toContain('Floridian');
    expect(labels('Zenco, the company behind Ruritanian snack Vexa, cut prices.')).not.toContain('Ruritanian');
  });

  it('keeps firms named with the adjective and names ending alike', () => {
    expect(rivals('Turkish Airlines competes with Qorva Air on routes to Zembla.')).toEqual(['Turkish Airlines -competes_with-> Qorva Air']);
    expect(develops('Scottish Power launched a new tariff called Vexa Green.')).toEqual(['Scottish Power -develops-> Vexa Green']);
    expect(develops('Zenco makes the Obsidian headphones line.')).toEqual(['Zenco -develops-> Obsidian']);
    expect(develops('Zenco makes the Sheridan brand.')).toEqual(['Zenco -develops-> Sheridan']);
    expect(develops('Zenco launched the Bergan beer.')).toEqual(['Zenco -develops-> Bergan']);
    // Critic crit96a: a surname's "-man" is no people's adjective; the firm keeps its rivalry and its product.
    expect(rivals('Zenco bought Velman rival Qorva last year.')).toEqual(['Velman -competes_with-> Qorva']);
    expect(develops('Qorva competes with Dorman maker Zenco.')).toEqual(['Zenco -develops-> Dorman']);
  });
});

describe('a lower-case brand before a firm\'s generic word', () => {
  it('opens the firm\'s name', () => {
    expect(rivals('vela Group competes with Zenco.')).toEqual(['vela Group -competes_with-> Zenco']);
    expect(rivals('Zenco competes with qorva Hub in Zembla.')).toEqual(['Zenco -competes_with-> qorva Hub']);
    expect(rivals('Qorva Hub, the arm of vela Group and once a major rival of Zenco, now runs offices in Zembla.')).toEqual(['Qorva Hub -competes_with-> Zenco']);
  });

  it('the generic word alone names no firm', () => {
    expect(labels('The Group said its rival Qorva cut prices.')).not.toContain('Group');
    expect(labels('Zenco said its research Labs competes with Qorva.')).not.toContain('research Labs');
    expect(labels('Zenco said its pharma Group competes with Qorva.')).not.toContain('pharma Group');
  });

  it('leaves a capitalised firm\'s name as it was', () => {
    expect(rivals('Zenco Group competes with Qorva.')).toEqual(['Zenco Group -competes_with-> Qorva']);
  });
});

describe('a coined word before a place opening a firm\'s name', () => {
  it('is the name\'s first word', () => {
    expect(develops('Zenco Shanghai Asset Management launched Plix.')).toEqual(['Zenco Shanghai Asset Management -develops-> Plix']);
    expect(develops('Zenco Shanghai Holdings launched Plix.')).toEqual(['Zenco Shanghai Holdings -develops-> Plix']);
  });

  it('not after a verb or a possessive, nor when the place stands alone', () => {
    expect(develops('Zenco said Shanghai Asset Management launched Plix.')).toEqual(['Shanghai Asset Management -develops-> Plix']);
    expect(develops('In Zembla, Shanghai Asset Management launched Plix.')).toEqual(['Shanghai Asset Management -develops-> Plix']);
    expect(labels("Zenco's Shanghai Asset Management unit launched Plix.")).not.toContain("Zenco's Shanghai Asset Management");
  });
});

describe('a food trade opening a sentence before a maker\'s noun', () => {
  it('is the trade, not a product', () => {
    expect(develops('Candy manufacturer Zenco launched a new snack called Plix.')).toEqual(['Zenco -develops-> Plix']);
    expect(develops('Coffee maker Zenco launched Plix.')).toEqual(['Zenco -develops-> Plix']);
    expect(develops('Biscuit maker Zenco launched Plix.')).toEqual(['Zenco -develops-> Plix']);
  });

  it('a brand before the maker\'s noun keeps its edge', () => {
    expect(develops('Vexa maker Zenco launched Plix.')).toContain('Zenco -develops-> Vexa');
    expect(develops('Surface maker Zenco launched Plix.')).toContain('Zenco -develops-> Surface');
  });
});

describe('a certification\'s mark', () => {
  it('is no product', () => {
    expect(develops('Zenco launched a Fairtrade certified bar last year.')).toEqual([]);
    expect(develops('Zenco launched a Fairtrade certified snack called Plix.')).toEqual(['Zenco -develops-> Plix']);
  });

  it('a product certified by someone keeps its name', () => {
    expect(develops('Zenco launched the Plix certified by Zembla regulators.')).toEqual(['Zenco -develops-> Plix']);
    expect(develops('Zenco launched a Plix certified last year as safe.')).toEqual(['Zenco -develops-> Plix']);
  });
});

describe('a group-prefixed compound the sentence shows acting as a firm', () => {
  it('is a company of its own, no product of the group', () => {
    expect(develops('In 2016 Samsung Koki acquired the Zeta label.')).not.toContain('Samsung -develops-> Samsung Koki');
    expect(develops('Samsung Koki, the tools arm of the group, launched Plix.')).toEqual(['Samsung Koki -develops-> Plix']);
    expect(develops('Samsung Koki was the power tools subsidiary of a Zembla fund.')).toEqual([]);
    expect(develops('Drills made by Samsung Koki are popular in Zembla.')).toEqual([]);
  });

  it('a product named after its maker keeps its maker', () => {
    expect(develops('Samsung launched Samsung Gauss, a new model.')).toContain('Samsung -develops-> Samsung Gauss');
    expect(develops('Samsung Gauss, a model made by Samsung, is new.')).toContain('Samsung -develops-> Samsung Gauss');
    expect(develops('Samsung Gauss is popular with users.')).toEqual(['Samsung -develops-> Samsung Gauss']);
    expect(develops('Samsung Gauss sold a million copies.')).toEqual(['Samsung -develops-> Samsung Gauss']);
    expect(develops("Samsung Gauss, the company's new model, is popular.")).toContain('Samsung -develops-> Samsung Gauss');
    expect(develops('Samsung Gauss, a model its maker sells widely, is popular.')).toContain('Samsung -develops-> Samsung Gauss');
  });
});

describe('an English word opening a sentence before a plural kind of goods', () => {
  it('is no product', () => {
    expect(develops('Power tools made by Zenco are popular in Zembla.')).toEqual([]);
    expect(develops('Smart phones made by Zenco are popular.')).toEqual([]);
  });

  it('a listed brand or a name the article capitalises mid-sentence stays a name', () => {
    expect(develops('Surface tablets made by Zenco are popular.')).toEqual(['Zenco -develops-> Surface']);
  });
});
