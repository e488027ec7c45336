import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper xlaunch, from real launch news on tablets, earbuds, handhelds and cars: a known maker's longer model name written bare
// ("Samsung Galaxy Buds 3", "Huawei MatePad Pro 13.2") was lost; a maker's launch day ("Kia EV Day") was read as its product; and
// a kind with three describing words before its name in an apposition lost its maker. Sentences written for the tests, with
// invented product names.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a known maker\'s model name of three or four words, by its shape', () => {
  it('ending on a generation number or code', () => {
    expect(develops('Samsung Vexa Buds 3 will ship in May.')).toEqual(['Samsung -develops-> Samsung Vexa Buds 3']);
    expect(develops('Huawei Qorva Pad Pro 13.2 boasts slim bezels.')).toEqual(['Huawei -develops-> Huawei Qorva Pad Pro 13.2']);
    expect(develops('Xiaomi Vexa Z Fold6 is thinner than its rivals.')).toEqual(['Xiaomi -develops-> Xiaomi Vexa Z Fold6']);
  });

  it('ending on a tier word', () => {
    expect(develops('Samsung Vexa Ring Ultra looks like a rival ring.')).toEqual(['Samsung -develops-> Samsung Vexa Ring Ultra']);
  });

  it('before a possessive', () => {
    expect(develops('Samsung Vexa Buds 3\'s retail box was recently leaked.')).toEqual(['Samsung -develops-> Samsung Vexa Buds 3']);
  });

  it('no year, title, event or figure read as a model', () => {
    expect(develops('Samsung Vexa Unpacked 2024 takes place in Paris.')).toEqual([]);
    expect(develops('Samsung Electronics Vice Chairman Lee spoke.')).toEqual([]);
    expect(develops('Samsung Q3 Operating Profit 10 rose.')).toEqual([]);
    expect(entitiesOf('Samsung Vexa Unpacked 2024 takes place in Paris.')).toEqual(['Samsung (company)']);
  });
});

describe('a maker\'s gathering named with its name', () => {
  it('is no product of the maker', () => {
    expect(develops('Kia used its inaugural Kia Vexa Day held on Thursday to present three vehicles.')).toEqual([]);
    expect(develops('Samsung showed the robot at its Samsung Vexa Summit in Seoul.')).toEqual([]);
    expect(entitiesOf('Kia used its inaugural Kia Vexa Day held on Thursday to present three vehicles.')).toEqual(['Kia (company)']);
  });

  it('a product\'s kind after the run keeps it a product', () => {
    expect(develops('Xiaomi launched the Xiaomi Week app.')).toContain('Xiaomi -develops-> Xiaomi Week');
  });
});

describe('a kind named in an apposition, three describing words before it', () => {
  it('the owner of the kind makes the name', () => {
    expect(develops('Phone maker Zenco has announced that its dedicated remote play handheld, now named the Vexa Portal, is set to release this year.')).toEqual(['Zenco -develops-> Vexa Portal']);
  });

  it('no maker for a kind that is no product, nor past four words', () => {
    expect(develops('Phone maker Zenco has announced that its dedicated remote play team, now named the Vexa Crew, is set to grow this year.')).toEqual([]);
    expect(develops('Phone maker Zenco has announced that its very new dedicated remote play handheld, now named the Vexa Portal, is set to release this year.')).toEqual([]);
  });
});
