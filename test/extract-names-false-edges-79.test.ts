import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only } from './extract-helpers';

// Helper fpn90, from stop 90's seventy-ninth fresh sample: names and false edges. A known alias after initials is a surname; an
// abstract noun opening a sentence is no firm; a process technology, a display technology and a fab's generation are no products; a
// customer "is using" goods from a firm, it is not the goods; a name after an owner's 's may hold an 's of its own. Sentences written
// for the tests.

const develops = (text: string): string[] => only('develops')(claimsOf(text));
const rivals = (text: string): string[] => only('competes_with')(claimsOf(text));

describe('a known alias after initials', () => {
  it('"C.R. Bard", "J. P. Bard": a surname after initials is not the chatbot the lexicon knows as "Bard"', () => {
    expect(entitiesOf('Both Zenco and Qorva are developing catheters to compete with C.R. Bard, Inc.').join(' ')).not.toContain('(model)');
    expect(entitiesOf('Zenco Inc competes with Q.R. Bard in catheters.').join(' ')).not.toContain('(model)');
    expect(entitiesOf('Zenco Inc competes with J. P. Bard in catheters.').join(' ')).not.toContain('(model)');
  });

  it('the alias alone, or after a possessive, is still the chatbot', () => {
    expect(entitiesOf('Zenco Inc said its Zeta chatbot competes with Bard.').join(' ')).toContain('Bard (model)');
    expect(entitiesOf("Zenco Inc's chatbot competes with Google's Bard.").join(' ')).toContain('Bard (model)');
  });
});

describe('an abstract noun opening a sentence', () => {
  it('"Attention now turns to …", "Scrutiny of rival Qorva …" give no rival', () => {
    expect(rivals('Attention now turns to how rival suitor Qorva will respond.')).toEqual([]);
    expect(rivals('Scrutiny of rival Qorva grew after the deal.')).toEqual([]);
    expect(rivals('Speculation now centres on whether rival Qorva will bid.')).toEqual([]);
  });

  it('a firm opening the sentence keeps its rival', () => {
    expect(rivals('Zenco Inc now faces rival Qorva Ltd in Europe.')).toContain('Zenco Inc -competes_with-> Qorva Ltd');
  });
});

describe('technologies that are no products', () => {
  it('"a provider of Atomic Layer Deposition equipment" names a technology', () => {
    expect(develops('Zenco Inc is a provider of Atomic Layer Deposition equipment.')).toEqual([]);
    expect(develops('Zenco Inc makes Chemical Vapor Deposition tools.')).toEqual([]);
    expect(develops('Zenco Inc sells Machine Learning software to banks.')).toEqual([]);
  });

  it('"its QD lines", "its Gen 8.6 lines": a display technology and a fab generation are no products', () => {
    expect(develops("Zenco Inc's QD lines are running at full speed.")).toEqual([]);
    expect(develops("Zenco Inc's Gen 8.6 lines started production.")).toEqual([]);
    expect(develops('Zenco Inc will add its Gen 8.5 OLED line next year.')).toEqual([]);
    expect(develops("Zenco Inc's Gen8.6 line started production.")).toEqual([]);
  });

  it('a named product of the same words keeps its maker', () => {
    expect(develops('Zenco Inc launched Zeta Deposition, a new etcher.')).toContain('Zenco Inc -develops-> Zeta Deposition');
    expect(develops("Zenco Inc's Zeta Gen 2 sold well.")).toContain('Zenco Inc -develops-> Zeta Gen 2');
    expect(develops("Zenco Inc's Zeta lines of phones sold well.")).toContain('Zenco Inc -develops-> Zeta');
  });
});

describe('a customer using goods from a firm', () => {
  it('"Zembla Display is using etchers from Qorva": the customer is not the goods', () => {
    expect(develops('Zembla Display is using etchers from Qorva Inc for its new lines.')).toEqual([]);
    expect(develops('Zenco Inc is buying etchers from Qorva Inc.')).toEqual([]);
    expect(develops('Zenco Inc was testing chips from Qorva Inc last year.')).toEqual([]);
  });

  it('"Zeta is the latest etcher from Qorva" still names the maker', () => {
    expect(develops('Zeta is the latest etcher from Qorva Inc.')).toEqual(['Qorva Inc -develops-> Zeta']);
    expect(develops('Zeta is a stunning phone from Zenco Inc.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });
});

describe("a name with an 's of its own after an owner's 's", () => {
  it('"Kappa Co.\'s Hill\'s Pet Nutrition unit" keeps the unit\'s name whole', () => {
    expect(entitiesOf("Kappa Co.'s Hill's Pet Nutrition unit competes with Zenco Inc.").join(' ')).toContain("Hill's Pet Nutrition");
    expect(entitiesOf("Kappa Co.'s Hill's Pet Nutrition unit competes with Zenco Inc.").join(' ')).not.toMatch(/(?<!Hill's )Pet Nutrition/);
  });

  it("one owner's 's still owns the name after it", () => {
    expect(develops("Kappa Co.'s Zeta Pet Food sold well.")).toContain('Kappa Co -develops-> Zeta Pet Food');
  });
});
