import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Re-read rr93c of stop 93's second round (develops, rivalry told as a race): the faults written sentences showed, each with the
// phrasing the rule still reads. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();
const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text)).sort();

describe('a thing a firm tests or builds, "called Zeta", with its own maker named after it', () => {
  it('"testing a new app called Zeta, built by Qorva" makes Qorva its maker, not the tester', () => {
    expect(develops('Zenco is testing a new delivery app called Zeta, built by Qorva.')).toEqual(['Qorva -develops-> Zeta']);
    expect(develops('Zenco is testing a new app, called Zeta, made by Qorva.')).toEqual(['Qorva -develops-> Zeta']);
    expect(develops('Zenco is testing a new chatbot called Zeta, which was developed by Qorva.')).toEqual(['Qorva -develops-> Zeta']);
  });

  it('with no other maker named, the firm working on it still makes it', () => {
    expect(develops('Zenco is testing a new app called Zeta.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco is developing a new chip, codenamed Zeta, for its phones.')).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe('a thing "created at" an event or a venue: the gathering makes nothing', () => {
  it('"created at the Vexa Hackathon", "developed at the Qorva Summit" name no maker', () => {
    expect(develops('Zeta, created at the Vexa Hackathon, is free.')).toEqual([]);
    expect(develops('Zeta, developed at the Qorva Summit, is free.')).toEqual([]);
  });

  it('a research body it was developed at is still its maker', () => {
    expect(develops('Zeta, developed at the Qorva Institute, is now in trials.')).toEqual(['Qorva Institute -develops-> Zeta']);
  });
});

describe('ranked behind a firm the sentence calls the ranked firm\'s customer, owner or partner', () => {
  it('"second behind Qorva, its biggest customer, in revenue" states no rivalry', () => {
    expect(rivals('Zenco remains second behind Qorva, its biggest customer, in revenue.')).toEqual([]);
    expect(rivals('Zenco ranks second behind Qorva, its parent company, in sales.')).toEqual([]);
  });

  it('a plain ranking behind a firm, or behind one described as a leader, is still a rivalry', () => {
    expect(rivals('Qorva ranked second behind Zenco in smartphone shipments last quarter.')).toEqual(['Qorva -competes_with-> Zenco']);
    expect(rivals('Qorva ranked second behind Zenco, the market leader, in smartphone shipments.')).toEqual(['Qorva -competes_with-> Zenco']);
  });
});
