import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper nmgen, from real gadget news: a device's model name built of a generic head ("Watch", "Buds", "Pad", "Home"), tier words
// ("Pro", "Ultra", "Mini", "Series") and codes was cut at the generic word, so the maker's develops claim was lost or landed on a
// fragment ("Qorva's Watch Ultra 2" read as "Ultra 2", "its One UI update" as "One"). Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a device head that opens a model name is kept', () => {
  it('after a possessive, before a tier word', () => {
    expect(develops("Qorva's Watch Ultra 2 goes on sale next week.")).toEqual(['Qorva -develops-> Watch Ultra 2']);
    expect(develops('Qorva launched the Watch Ultra 2 on Monday.')).toEqual(['Qorva -develops-> Watch Ultra 2']);
    expect(develops("Qorva's new Watch Fit 3 goes on sale in May.")).toEqual(['Qorva -develops-> Watch Fit 3']);
  });

  it('at a sentence\'s start after "The", with the maker after "by"', () => {
    expect(develops('The Watch Ultra 2 by Qorva has a brighter screen.')).toEqual(['Qorva -develops-> Watch Ultra 2']);
  });

  it('as the second model of a list', () => {
    expect(entitiesOf("Qorva's Watch Ultra 2 and Watch Series 9 sold well.")).toContain('Watch Series 9 (product)');
  });

  it('right after a known maker\'s name', () => {
    expect(develops('The Huawei Watch GT 3 Series is cheap.')).toEqual(['Huawei -develops-> Huawei Watch GT 3 Series']);
  });
});

describe('a head and tier words alone are a model, not a title', () => {
  it('after an unknown maker\'s possessive', () => {
    expect(develops("Qorva's Home Mini sold out within hours.")).toEqual(['Qorva -develops-> Home Mini']);
    expect(develops("Zenco's Buds Pro 2 compete with Qorva's Buds Plus.")).toEqual(['Qorva -develops-> Buds Plus', 'Zenco -develops-> Buds Pro 2']);
  });
});

describe('a model named with the name of a firm the article named, with no kind after it', () => {
  it('the maker\'s word, a head, tiers and codes', () => {
    expect(develops('Zenco, a Ruritanian phone maker, reported higher sales. The Zenco Watch GT 3 Series is thinner than before.')).toEqual(['Zenco -develops-> Zenco Watch GT 3 Series']);
    expect(develops('Zenco, a Ruritanian phone maker, reported higher sales. Zenco Buds Pro 2 arrive in stores on Friday.')).toEqual(['Zenco -develops-> Zenco Buds Pro 2']);
    expect(develops('Qorva, a Ruritanian phone maker, reported higher sales. The Qorva Home Mini sold out.')).toEqual(['Qorva -develops-> Qorva Home Mini']);
  });
});

describe('"UI" closes an interface\'s name', () => {
  it('after a possessive or "its"', () => {
    expect(develops("Zenco's One UI update brings new features to older phones.")).toEqual(['Zenco -develops-> One UI']);
    expect(develops('Zenco released its One UI update.')).toEqual(['Zenco -develops-> One UI']);
  });
});

describe('near misses stay unread', () => {
  it('"One" as a plain word, a funding round, a plan, a sentence\'s opening verb', () => {
    expect(develops('Zenco One of the largest firms in Asia said profits rose.')).toEqual([]);
    expect(develops('Zenco raised $20 million in Series A funding.')).toEqual([]);
    expect(develops('Zenco, a Ruritanian phone maker, reported higher sales. Zenco Series B funding closed.')).toEqual([]);
    expect(develops('Zenco, a Ruritanian phone maker, reported higher sales. The Zenco Pro plan costs more.')).toEqual([]);
    expect(develops('Qorva sells the Pro plan to businesses.')).toEqual([]);
    expect(develops("Watch: Qorva's new phone in action.")).toEqual([]);
  });

  it('a firm\'s service arm, a team, a side, a body', () => {
    expect(develops('Zenco, a Ruritanian phone maker, reported higher sales. Zenco Home Services grew.')).toEqual([]);
    expect(develops("Zenco's Home team won the match.")).toEqual([]);
    expect(develops("Qorva's Flip side is its high price.")).toEqual([]);
    expect(develops('Qorva said its UI team grew.')).toEqual([]);
  });
});
