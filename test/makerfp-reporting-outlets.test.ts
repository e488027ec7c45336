import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper makerfp: an outlet that reports a story, or is told it, is no maker, no made thing and no rival. Sentences made up for the tests.

const scored = (text: string): string[] => scoredClaimsOf(text);

describe('an outlet in a reporting role takes no scored role', () => {
  it.each([
    'Zeta, first reported by The Borin Times, is a new chatbot from Zenco.',
    'Zeta, which The Borin Times first reported, is made by Zenco.',
    'Zenco told The Borin Times it built Zeta.',
    'Plix, as revealed by Qorva Daily, is a phone from Zenco.',
  ])('"%s"', (text) => {
    expect(scored(text).filter((c) => /Borin Times|Qorva Daily/.test(c))).toEqual([]);
  });
});

describe('near misses: the maker the story names still reads, and an outlet acting as a firm keeps its deed', () => {
  it.each([
    ['According to Qorva Daily, Zenco built Zeta.', ['Zenco -develops-> Zeta']],
    ['Zenco is developing Zeta, The Borin Times reported.', ['Zenco -develops-> Zeta']],
    ['Zeta was launched by Zenco, Qorva Daily reported.', ['Zenco -develops-> Zeta']],
    ['Zeta, which The Borin Times first reported, is made by Zenco.', ['Zenco -develops-> Zeta']],
    ['The Borin Times launched a podcast app called Zeta.', ['Borin Times -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(only('develops')(scored(text))).toEqual(claims);
  });
});
