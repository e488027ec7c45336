import { describe, expect, it } from 'vitest';
import { claimsOf } from './extract-helpers';

// Helper cla102 (stop 101), from fresh real news on a platform's curbs on state media that were read as curbs on the platform:
// sentences made up for the tests.

const acts = (text: string): string[] => claimsOf(text).filter((c) => /-(banned|restricts)->/.test(c));

describe('a platform that only hosts the unnamed content acted on is no target', () => {
  it.each([
    ['Russia fined Zenco for restricting access to some media on Vidzo, but the Kremlin has not blocked access to its platforms.'],
    ['Russia fined Zenco for restricting access to state media on Vidzo.'],
    ['Zenco restricted access to some media on Vidzo.'],
    ['Zenco blocked Russian news outlets on the Vidzo platform.'],
    ['Zenco blocked state channels on Vidzo and Zetagram.'],
    ['Zenco has removed accounts on Vidzo.'],
  ])('"%s"', (text) => {
    expect(acts(text).filter((c) => c.endsWith('-> Vidzo') || c.endsWith('-> Zetagram'))).toEqual([]);
  });
});

describe('the platform itself, or a named outlet on it, stays the target', () => {
  it.each([
    ['Zenco blocked access to Vidzo.', ['Zenco -banned-> Vidzo']],
    ['Russia blocked Vidzo.', ['Russia -banned-> Vidzo']],
    ['Zenco restricted access to Zen24 on Vidzo.', ['Zenco -banned-> Zen24']],
    ['Zenco banned ads on Vidzo.', ['Zenco -restricts-> Vidzo']],
  ])('"%s"', (text, claims) => {
    expect(acts(text)).toEqual(claims);
  });
});
