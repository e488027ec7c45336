import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper bnc100 (stop 99, round 2): a platform owner pulling apps from its own store, told in a fronted gerund or perfect participle
// whose "its" points to the main clause's subject (relation-patterns.ts: fronted-pulled-from-its-store). Sentences written for the tests.

const bans = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();

describe('a fronted phrase pulling apps from "its" store', () => {
  it('the subject after the comma bans the apps pulled', () => {
    expect(bans('After pulling Zapp and Vexa from its store, Zenco apologised.')).toEqual(['Zenco -banned-> Vexa', 'Zenco -banned-> Zapp']);
    expect(bans('After pulling Zapp from its store last week, Zenco apologised.')).toEqual(['Zenco -banned-> Zapp']);
    expect(bans('After deleting the Zapp app from its store, Zenco apologised.')).toEqual(['Zenco -banned-> Zapp']);
    expect(bans('Having deleted Zapp and Vexa from its marketplace, Zenco faced criticism.')).toEqual(['Zenco -banned-> Vexa', 'Zenco -banned-> Zapp']);
  });
});

describe('near misses: not its own store, or no app pulled', () => {
  it('gives no ban', () => {
    expect(bans("After pulling Zapp from Qorva's store, Zenco apologised.")).toEqual([]);
    expect(bans('After pulling out of the deal, Zenco apologised.')).toEqual([]);
    expect(bans('After pulling Zapp from the shelves of a rival, Zenco apologised.')).toEqual([]);
  });
});
