import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper own82b, from fresh makers samples: "library" typed no name before it, and the tagger reads it as a place ("the Zembla
// library") and takes the unknown name before it for a place too, so "Zenco's Qorva library" named nothing. An owner's possessive
// (or "its", "their") before the name makes it the owner's code in a sentence about code, where the noun ends its phrase.
// Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('an owned name before "library"', () => {
  it('after a firm\'s possessive', () => {
    expect(develops("Developers love Zenco's Qorva library.")).toEqual(['Zenco -develops-> Qorva']);
    expect(develops('Web developers adopted Zenco’s Qorva library in 2024.')).toEqual(['Zenco -develops-> Qorva']);
    expect(develops("Zenco Labs' Zeta library ships with the new release.")).toEqual(['Zenco Labs -develops-> Zeta']);
  });

  it('after "its" or "their"', () => {
    expect(develops('Zenco is known among developers for its Qorva library.')).toEqual(['Zenco -develops-> Qorva']);
    expect(develops('The software company Zenco updated its Qorva library on Monday.')).toEqual(['Zenco -develops-> Qorva']);
    expect(develops('Zenco Labs said their Qorva library would stay free for developers.')).toEqual(['Zenco Labs -develops-> Qorva']);
    expect(develops('Zenco Labs’ Zeta library ships today.')).toEqual(['Zenco Labs -develops-> Zeta']);
  });
});

describe('guards', () => {
  it('a library with no owner is still no made thing', () => {
    expect(develops('He visited the Zembla library with Zenco staff.')).toEqual([]);
    expect(develops('Zenco staff met at the Qorva library in Zembla.')).toEqual([]);
    expect(develops('Zenco donated books to the Vexa libraries.')).toEqual([]);
  });

  it('a library that qualifies a noun, or an owned library in a sentence not about code, is left alone', () => {
    expect(develops("Zenco's Qorva library shelves were empty.")).toEqual([]);
    expect(develops("Zembla's Vexa library is the largest public library in Ruritania.")).toEqual([]);
    expect(develops('Zenco moved its Qorva library from Zembla to Vexa.')).toEqual([]);
  });

  it('a known place before the noun stays a place', () => {
    expect(develops("Zenco funded Boston's Manchester library.")).toEqual([]);
  });

  it('a person\'s possessive makes no maker', () => {
    expect(develops("John Smith's Qorva library grew to 400 books.")).toEqual([]);
  });

  it('a kind word between the name and "library" is left to the other rules', () => {
    expect(develops('Zenco visited the city library of Qorva.')).toEqual([]);
  });
});
