import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper dvx94 (stop 94), from set 91's readers: "its" or "X's" with describing words, a kind noun or a first release's Roman "I"
// between the owner and the name. Sentences written for the tests, with made-up names.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a first release numbered "I"', () => {
  it('"Hapix I" keeps its numeral before a kind of made thing, or after one before a stop or a preposition', () => {
    expect(develops("Zenco's Hapix I rocket reached orbit in March.")).toEqual(['Zenco -develops-> Hapix I']);
    expect(develops('Zenco Inc. launched its two-stage rocket Hapix I on Tuesday.')).toEqual(['Zenco Inc -develops-> Hapix I']);
  });

  it('a phase, a tier or a pronoun "I" is no numeral of a name', () => {
    expect(develops('Zenco Inc. began its Phase I trial of the drug in May.')).toEqual([]);
    expect(develops('Zenco Inc. says its Tier I capital rose.')).toEqual([]);
    expect(develops('Zenco Inc. launched the rocket Hapix I think last year.')).toEqual(['Zenco Inc -develops-> Hapix']);
  });
});

describe('a web site after the possessive and the words that describe it', () => {
  it('"its ticket resale web site Zapp", "its resale site Zapp", "its online site Zapp" are the firm\'s', () => {
    expect(develops('Zenco Inc. runs the tickets through its ticket resale web site Zapp.')).toEqual(['Zenco Inc -develops-> Zapp']);
    expect(develops('Zenco Inc. sells tickets through its resale Web site Zapp.')).toEqual(['Zenco Inc -develops-> Zapp']);
    expect(develops('Zenco Inc. sells tickets through its resale site Zapp.')).toEqual(['Zenco Inc -develops-> Zapp']);
    expect(develops('Zenco Inc. said its online site Zapp grew.')).toEqual(['Zenco Inc -develops-> Zapp']);
  });

  it('another firm\'s site, a stake, an investment or a plain site (a plant) gives no claim to the possessor', () => {
    expect(develops("Zenco Inc. said its rival's resale site Zapp grew.")).toEqual([]);
    expect(develops("Zenco Inc. praised its partner Qorva's booking site Zapp.")).toEqual(['Qorva -develops-> Zapp']);
    expect(develops('Zenco Inc. sold its stake in the booking site Zapp.')).toEqual([]);
    expect(develops('Zenco Inc. said its investment in the resale site Zapp paid off.')).toEqual([]);
    expect(develops('Zenco Inc. said its planned booking site Zapp would open.')).toEqual([]);
    expect(develops('Zenco Inc. will close its Dresden site next year.')).toEqual([]);
    expect(develops('Zenco Inc. said its lawsuit against booking site Zapp would go ahead.')).toEqual([]);
    expect(develops('Zenco Inc. said its rules barring booking site Zapp would stay.')).toEqual([]);
  });
});

describe('"its" far from the name it owns', () => {
  it('"its reusable two-stage orbital rocket Hapix": lower-case describing words before the kind', () => {
    expect(develops('Zenco Inc. flew its reusable two-stage orbital rocket Hapix on Monday.')).toEqual(['Zenco Inc -develops-> Hapix']);
  });

  it('a stake, a partner\'s thing or customers between "its" and the name give no claim', () => {
    expect(develops('Zenco Inc. sold its stake in the reusable rocket Hapix on Monday.')).toEqual([]);
    expect(develops("Zenco Inc. said its partner startup's orbital rocket Hapix flew.")).toEqual([]);
    expect(develops('Zenco Inc. said its customers fly the orbital rocket Hapix.')).toEqual([]);
    expect(develops('Zenco Inc. defended its rules banning the messaging app Zapp.')).toEqual([]);
    expect(develops('Zenco Inc. said its lawsuit over the orbital rocket Hapix would go ahead.')).toEqual([]);
  });
});
