import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Fixer fx94b of the re-read rr94b (stop 91 round 4): faults of the hotel brand lists (brp94) and of the cut names (nmf94).
// Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a franchisee counting hotels under the franchisors\' flags', () => {
  it('does not make the franchisee the flags\' maker', () => {
    expect(develops('Zenco has 40 hotels under the Marriott and Hilton brands.')).toEqual([]);
    expect(develops('Zenco Hospitality has 25 hotels under the Hampton Inn and Courtyard brands.')).toEqual([]);
    expect(develops('Zenco operates 300 hotels across brands including Hilton and Hyatt.')).toEqual([]);
  });
  it('keeps a group\'s own brands', () => {
    expect(develops('Zenco Hotels has 900 hotels under the Alto, Brisa and Cumbre brands.')).toEqual(['Zenco Hotels -develops-> Alto', 'Zenco Hotels -develops-> Brisa', 'Zenco Hotels -develops-> Cumbre']);
  });
});

describe('a fronted list of added brands', () => {
  it('does not end the list at a comma inside it', () => {
    expect(develops('With the addition of three brands - Alto, Brisa and Cumbre - to its app, Zenco now offers 40 labels.').filter((c) => !c.startsWith('Zenco'))).toEqual([]);
    expect(develops('With the addition of three brands, Alto, Brisa and Cumbre, in Ruritania, Zenco now operates 40 hotels.').filter((c) => !c.startsWith('Zenco'))).toEqual([]);
    expect(develops('With the addition of three labels, Alto, Brisa and Cumbre, the store now stocks 40 brands.')).toEqual([]);
  });
  it('keeps the subject after the whole list', () => {
    expect(develops('With the addition of five brands - Alto, Brisa and Cumbre - Zenco, the Ruritanian group, has expanded its portfolio.')).toEqual(['Zenco -develops-> Alto', 'Zenco -develops-> Brisa', 'Zenco -develops-> Cumbre']);
  });
});

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text)).sort();

describe('an outlet telling of its own rival', () => {
  it('keeps the outlet\'s rivalry when "its" points back to it', () => {
    expect(rivals('Zembla Post reported that its rival Qorva Times had cut jobs.')).toEqual(['Zembla Post -competes_with-> Qorva Times']);
    expect(rivals('Zenco News reported that its competitor Qorva had lost customers.')).toEqual(['Zenco News -competes_with-> Qorva']);
    expect(rivals('Zenco Media has learned that rival Qorva plans a new app.')).toEqual(['Zenco Media -competes_with-> Qorva']);
  });
  it('still keeps the outlet out of the rivalry it reports', () => {
    expect(rivals('The Zembla Times has learned that Zenco and its competitor Qorva will merge.')).toEqual(['Zenco -competes_with-> Qorva']);
  });
});

describe('a car\'s GT trim after its model number', () => {
  it('keeps the model as a product made by its maker', () => {
    expect(develops('Zenco launched the 5 GT, a rival to Qorva\'s Zeta.').filter((c) => c.startsWith('Zenco'))).toHaveLength(1);
    expect(develops('Zenco built the 350 GT to compete with Qorva.')).toHaveLength(1);
  });
  it('still reads a tonnage as no name', () => {
    expect(develops('Qorva ordered a vessel of 58,000 GT from Zenco.')).toEqual([]);
    expect(develops('Qorva ordered two ships of 900 GT from Zenco.')).toEqual([]);
  });
});

describe('venues under brands a clause gives to another firm', () => {
  it('does not make the counting firm the brands\' maker', () => {
    expect(develops('Zenco has 40 hotels in Ruritania under the Alto and Brisa brands, which it licenses from Qorva.')).toEqual([]);
    expect(develops('Zenco boasts 40 hotels under the Alto and Brisa brands, all franchised from Qorva.')).toEqual([]);
    expect(develops('Zenco now has 40 hotels under the Alto and Brisa brands after signing franchise deals with Qorva.')).toEqual([]);
    expect(develops('Zenco has 40 hotels with Qorva under the Alto and Brisa brands.')).toEqual([]);
    expect(develops('Zenco has 30 hotels under the Alto and Brisa brands, which Qorva owns.').filter((c) => c.startsWith('Zenco'))).toEqual([]);
  });
  it('keeps brands the group owns itself', () => {
    expect(develops('Zenco has 30 hotels under the Alto and Brisa brands, which it owns outright.')).toEqual(['Zenco -develops-> Alto', 'Zenco -develops-> Brisa']);
  });
});

describe('a count of brands a seller stocks or a programme books', () => {
  it('is no brand list of the group', () => {
    expect(develops('With the addition of Alto and Brisa, Zenco now has 30 brands on its shelves.')).toEqual([]);
    expect(develops('With the addition of Alto and Brisa, Zenco now has 30 brands in its loyalty programme.')).toEqual([]);
    expect(develops('With the addition of Alto and Brisa, Zenco now has 30 brands available to book.')).toEqual([]);
  });
  it('keeps the group\'s portfolio', () => {
    expect(develops('With the addition of Alto and Brisa, Zenco now has 30 brands in its portfolio.')).toEqual(['Zenco -develops-> Alto', 'Zenco -develops-> Brisa']);
  });
});

describe('venues across brands a clause makes a stockist\'s or a manager\'s', () => {
  it('does not make the operator the brands\' maker', () => {
    expect(develops('Zenco runs 200 stores across brands such as Alto, Brisa and Vexa, which it stocks from Qorva.')).toEqual([]);
    expect(develops('Zenco manages 300 hotels across brands including Alto and Brisa for owners such as Qorva.')).toEqual([]);
  });
  it('keeps a group\'s brands', () => {
    expect(develops('Qorva operates 300 hotels across 12 brands, including Alto, Brisa and Cumbre.')).toEqual(['Qorva -develops-> Alto', 'Qorva -develops-> Brisa', 'Qorva -develops-> Cumbre']);
  });
});

describe('a subject set off as a franchisee or a manager', () => {
  it('counts others\' flags', () => {
    expect(develops('Zenco, which franchises from Qorva, has 40 hotels under the Alto and Brisa brands.')).toEqual([]);
    expect(develops('Zenco, a franchisee of Qorva, has 40 hotels under the Alto and Brisa brands.')).toEqual([]);
    expect(develops('Zenco, a management company, operates 120 hotels across brands including Alto and Brisa.')).toEqual([]);
  });
  it('keeps a group set off by another description', () => {
    expect(develops('Zenco, the Ruritanian group, has 40 hotels under the Alto and Brisa brands.')).toEqual(['Zenco -develops-> Alto', 'Zenco -develops-> Brisa']);
  });
});
