import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Sanctions and designations whose target is named indirectly: as "the main target" of an act named in the sentence before, or
// as the target "of the Treasury's sanctions" in a copula. Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));

describe('"The main target is A" right after the act', () => {
  it('a singular target of the act just told is restricted by its actor', () => {
    expect(restricts('The US Treasury imposed sanctions on Tuesday. The main target is Zenco Ltd.')).toEqual(['Treasury Department -restricts-> Zenco Ltd']);
    expect(restricts('The Commerce Department added new firms to the Entity List. The biggest target was Zenco Ltd, a Zembla chipmaker.')).toEqual(['Commerce Department -restricts-> Zenco Ltd']);
    expect(restricts('OFAC sanctioned several shipping firms on Monday. The most prominent target is Qorva Inc.')).toEqual(['Office of Foreign Assets Control -restricts-> Qorva Inc']);
  });

  it('no act before, a negated copula, or a target of something else gives no edge', () => {
    expect(restricts('Zenco Ltd reported higher sales. The main target is Qorva Inc.')).toEqual([]);
    expect(restricts('The US Treasury imposed sanctions on Tuesday. The main target is not Zenco Ltd.')).toEqual([]);
    expect(restricts('The US Treasury lifted sanctions on Tuesday. The main target was Zenco Ltd.')).toEqual([]);
  });
});

describe('"The primary target of X\'s sanctions is A"', () => {
  it('the state owning the act restricts the target named after the copula', () => {
    expect(restricts("The primary target of the US Treasury's new sanctions is Zenco Ltd.")).toEqual(['Treasury Department -restricts-> Zenco Ltd']);
    expect(restricts("The main targets of OFAC's latest designations are Zenco Ltd and Qorva Inc.")).toEqual([
      'Office of Foreign Assets Control -restricts-> Qorva Inc',
      'Office of Foreign Assets Control -restricts-> Zenco Ltd',
    ]);
    expect(restricts("The biggest target of the Commerce Department's export controls announced on Friday was Zenco Ltd.")).toEqual(['Commerce Department -restricts-> Zenco Ltd']);
  });

  it('sanctions lifted or proposed, a negated copula, or a firm\'s own target give no edge', () => {
    expect(restricts("The main target of the US Treasury's lifted sanctions was Zenco Ltd.")).toEqual([]);
    expect(restricts("The main target of the US Treasury's proposed sanctions is Zenco Ltd.")).toEqual([]);
    expect(restricts("The primary target of the US Treasury's new sanctions is not Zenco Ltd.")).toEqual([]);
    expect(restricts("The main target of Qorva Inc's lawsuit is Zenco Ltd.")).toEqual([]);
    expect(restricts("The possible target of OFAC's designations is Zenco Ltd.")).toEqual([]);
  });
});

describe('guards around the apposed and relative-clause readers', () => {
  it('sanctions lifted, removal sought, a firm complying, or a proposal give no edge', () => {
    expect(restricts('Zenco Ltd, which was removed from the Entity List by the Commerce Department in 2019, reported higher sales.')).toEqual([]);
    expect(restricts('Zenco Ltd, which is seeking removal from the US Entity List, reported higher sales.')).toEqual([]);
    expect(restricts('Zenco Ltd said it complied with US Treasury sanctions.')).toEqual([]);
    expect(restricts('The Commerce Department may add Zenco Ltd, a Zembla chipmaker, to the Entity List.')).toEqual([]);
  });
});

describe('a relative clause whose state sanctioned or listed the firm before it', () => {
  it('"Zenco, which the Commerce Department added to the Entity List", "a firm the Treasury sanctioned" restrict the firm', () => {
    expect(restricts('Zenco Ltd, which the Commerce Department added to the Entity List in 2019, reported higher sales.')).toEqual(['Commerce Department -restricts-> Zenco Ltd']);
    expect(restricts('Zenco Ltd, which the US placed on the Entity List in 2020, unveiled a new chip.')).toEqual(['United States -restricts-> Zenco Ltd']);
    expect(restricts('Zenco Ltd, a firm the US Treasury sanctioned in 2021, reported higher sales.')).toEqual(['Treasury Department -restricts-> Zenco Ltd']);
    expect(restricts('Qorva Inc, a Zembla trader that OFAC blacklisted last year, reported higher sales.')).toEqual(['Office of Foreign Assets Control -restricts-> Qorva Inc']);
  });

  it('a removal, a proposal, a negation or a firm as the actor restricts no one', () => {
    expect(restricts('Zenco Ltd, which the Commerce Department removed from the Entity List in 2019, reported higher sales.')).toEqual([]);
    expect(restricts('Zenco Ltd, which the Commerce Department may add to the Entity List, reported higher sales.')).toEqual([]);
    expect(restricts('Zenco Ltd, a firm the US Treasury has not sanctioned, reported higher sales.')).toEqual([]);
    expect(restricts('Zenco Ltd, which Qorva Inc added to its supplier list in 2019, reported higher sales.')).toEqual([]);
    expect(restricts('Zenco Ltd, a firm the US Treasury sanctioned officials of, reported higher sales.')).toEqual([]);
    expect(restricts('Zenco Ltd, which the Commerce Department added to its list of approved vendors, reported higher sales.')).toEqual([]);
    expect(restricts('Zenco Ltd, which the Commerce Department added to the Entity List and later removed, reported higher sales.')).toEqual([]);
  });
});
