import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper dic (stop 100), from real news whose firms and services are named by ordinary English words: after an owner's possessive,
// a service named by an English adverb ("Here") and a service's plural ("Maps") was cut to the plural, and a service named by
// English words and closed by such a plural was read as a title ("Grey's Anatomy"), so the service and its maker were lost.
// Sentences written for the tests.

const makes = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe("an owner's service named by English words and a service's plural", () => {
  it('a small adverb opens the name: "Qorva\'s Here Maps", "Zenco\'s Now Photos"', () => {
    expect(makes("The app competes with rivals such as Qorva's Here Maps.")).toEqual(['Qorva -develops-> Here Maps']);
    expect(makes("Zenco's Now Photos app is popular.")).toEqual(['Zenco -develops-> Now Photos']);
  });

  it('the plural in lower case after the one-word name: "Qorva\'s Here maps"', () => {
    expect(makes("The app competes with rivals such as Qorva's Here maps.")).toEqual(['Qorva -develops-> Here']);
    expect(makes("Qorva's Swift maps service is popular.")).toEqual(['Qorva -develops-> Swift']);
  });

  it('English words closed by a service\'s plural are a service, not a title: "Qorva\'s Swift Maps"', () => {
    expect(makes("The app competes with Qorva's Swift Maps.")).toEqual(['Qorva -develops-> Swift Maps']);
    expect(makes("Zenco's Harbor Docs gained users.")).toEqual(['Zenco -develops-> Harbor Docs']);
  });
});

describe('near misses', () => {
  it("a determiner's or a count's word before a service's plural opens no name", () => {
    expect(makes("Zenco's Other Apps are popular.")).toEqual([]);
    expect(makes("Zenco's All Apps page is popular.")).toEqual([]);
  });

  it("a title's English words after an English owner stay a title", () => {
    expect(makes("Grey's Anatomy returned.")).toEqual([]);
    expect(makes("Assassin's Creed sold well.")).toEqual([]);
  });

  it('the adverb without an owner before it, or opening the sentence, stays no name', () => {
    expect(makes('Here Maps is popular.')).toEqual([]);
    expect(makes('Users can find maps here in the app.')).toEqual([]);
    expect(makes("Zenco said it's here maps users go.")).toEqual([]);
  });
});
