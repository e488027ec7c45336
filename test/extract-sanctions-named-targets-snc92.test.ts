import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Sanctions whose actor or target sits in a noun phrase or in the next sentence: a possessive actor before a participle of
// bringing back, a forbidden trade's destination, a superlative's "ever" before the object, the UN Security Council by its whole
// name, and firms an act counted named in apposition right after it. Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));

describe('a sanctions noun with a possessive or shared actor and a describing word before it', () => {
  it('the possessor or each state before the noun restricts its object', () => {
    expect(restricts("Greece sought a waiver on the U.S.'s resumed sanctions on Iran.")).toEqual(['United States -restricts-> Iran']);
    expect(restricts('Refiners stopped buying crude following EU and U.S. banking sanctions on Iran.')).toEqual(['European Union -restricts-> Iran', 'United States -restricts-> Iran']);
    expect(restricts("Traders fled after the EU's reimposed sanctions on Syria.")).toEqual(['European Union -restricts-> Syria']);
  });

  it('a waiver seeker, talks or a firm before a describing word are no sanctioners', () => {
    expect(restricts("Greece sought a waiver on the U.S.'s resumed talks with Iran.")).toEqual([]);
    expect(restricts('Greece sought a waiver on resumed sanctions.')).toEqual([]);
    expect(restricts("Zenco Bank's banking sanctions compliance unit fined Qorva Ltd.")).toEqual([]);
  });
});

describe('sanctions forbidding trade with a state', () => {
  it('the state the forbidden sales go to is restricted', () => {
    expect(restricts('Refiners stopped buying after EU sanctions prohibiting oil sales to Syria.')).toEqual(['European Union -restricts-> Syria']);
    expect(restricts('Trade collapsed under U.S. sanctions banning all exports to Iran.')).toEqual(['United States -restricts-> Iran']);
    expect(restricts('Refiners stopped buying after EU sanctions barring dealings with Syria.')).toEqual(['European Union -restricts-> Syria']);
  });

  it('rules that are no sanctions, goods from a state, or a firm\'s words give no edge', () => {
    expect(restricts('Refiners stopped buying after EU rules prohibiting oil sales to Syria.')).toEqual([]);
    expect(restricts('Refiners stopped buying after EU sanctions prohibiting oil sales from Syria.')).toEqual([]);
    expect(restricts('Refiners stopped buying after EU sanctions prohibiting oil sales, Zenco said.')).toEqual([]);
  });
});

describe('a superlative\'s "ever" or "yet" between the sanctions and their object', () => {
  it('the object after "ever on" is restricted', () => {
    expect(restricts('The United States imposed the toughest sanctions ever on Iran.')).toEqual(['United States -restricts-> Iran']);
    expect(restricts('The United States imposed its harshest sanctions yet on Iran.')).toEqual(['United States -restricts-> Iran']);
  });

  it('"ever" with no object after it, or a lift, gives no asserted edge', () => {
    expect(restricts('The United States imposed the toughest sanctions ever, officials said.')).toEqual([]);
    expect(restricts('Iran has faced the toughest sanctions ever.')).toEqual([]);
  });
});

describe('the UN Security Council by its whole name', () => {
  it('the Council is one body that can impose sanctions', () => {
    expect(restricts('The UN Security Council imposed sanctions on Iran in 2010.')).toEqual(['UN Security Council -restricts-> Iran']);
    expect(restricts('The United Nations Security Council imposed new sanctions on Iran.')).toEqual(['UN Security Council -restricts-> Iran']);
  });

  it('a lift, a call or a vote to be held gives no asserted edge', () => {
    expect(restricts('The UN Security Council lifted sanctions on Iran in 2016.')).toEqual([]);
    expect(restricts('Ruritania called on the UN Security Council to impose sanctions on Iran.')).toEqual([]);
  });
});

describe('firms counted by the act, named in apposition in the next sentence', () => {
  it('the same noun or the count, with the names between dashes, names the targets', () => {
    expect(restricts('The US Treasury sanctioned two companies for shipping oil to Syria. The companies -- Zenco Inc. and Qorva Inc. -- are based in Greece.')).toEqual([
      'Treasury Department -restricts-> Qorva Inc',
      'Treasury Department -restricts-> Zenco Inc',
    ]);
    expect(restricts('The US Treasury sanctioned two companies for shipping oil to Syria. The two -- Zenco Inc. and Qorva Inc. -- are based in Greece.')).toEqual([
      'Treasury Department -restricts-> Qorva Inc',
      'Treasury Department -restricts-> Zenco Inc',
    ]);
  });

  it('another noun, no act before, an act lifted, a sentence between, commas or a speaker gives no edge', () => {
    expect(restricts('The US Treasury sanctioned two companies for shipping oil. The buyers -- Zenco Inc. and Qorva Inc. -- were spared.')).toEqual([]);
    expect(restricts('Zenco Inc signed deals with two companies. The companies -- Qorva Inc. and Vexa Ltd. -- are based in Greece.')).toEqual([]);
    expect(restricts('The US Treasury lifted sanctions on two companies on Monday. The companies -- Zenco Inc. and Qorva Inc. -- are based in Greece.')).toEqual([]);
    expect(restricts('The US Treasury sanctioned two companies. Shipping rates rose. The companies -- Zenco Inc. and Qorva Inc. -- are based in Greece.')).toEqual([]);
    expect(restricts('The US Treasury sanctioned two companies. The companies, Zenco Inc. said, would appeal.')).toEqual([]);
    expect(restricts('OFAC sanctioned four firms on Monday. The companies, Zenco Ltd and Qorva Ltd, said they would appeal.')).toEqual([]);
    expect(restricts('The US Treasury sanctioned two tankers for shipping oil. The companies -- Zenco Inc. and Qorva Inc. -- own them.')).toEqual([]);
    expect(restricts('The US Treasury sanctioned two companies for shipping oil. Their clients -- Zenco Inc. and Qorva Inc. -- were not named.')).toEqual([]);
  });
});
