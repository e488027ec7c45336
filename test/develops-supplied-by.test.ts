import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Helper dv84, from a fresh sample of news on makers: a thing of a named kind "supplied by" a firm is the firm's, as "provided by"
// already was (real-dev's rules: X provides Y is develops). Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(claimsOf(text));

describe('a thing of a named kind supplied by a firm', () => {
  it('reads the reduced clause and the passive after the name and its kind', () => {
    expect(develops('The Zeta scanners were supplied by Zenco under a 2019 deal.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Hospitals rely on the Zeta platform, supplied by Zenco since 2020.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('The Zeta software, supplied by Zenco, runs in most hospitals.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Most Zeta drives are supplied by Zenco Systems.')).toEqual(['Zenco Systems -develops-> Zeta']);
  });

  it('a negated supply asserts no edge', () => {
    expect(develops('The Zeta scanners are not supplied by Zenco, the company said.')).toEqual([]);
  });

  it('a firm or a state supplied, a thing supplied to a firm, or a name with no kind gives no edge', () => {
    expect(develops('Zenco, supplied by Vexa, reported higher profits.')).toEqual([]);
    expect(develops('Zenco Logistics, supplied by Vexa Trucks, delivered the goods.')).toEqual([]);
    expect(develops("Zembla's army uses rifles supplied by Ruritania.")).toEqual([]);
    expect(develops('The Zeta chips supplied to Zenco came from Vexa.')).toEqual([]);
    expect(develops('The Zeta service is supplied by the Zembla government.')).toEqual([]);
    expect(develops("The Zeta contract, supplied by Zenco's lawyers, was leaked.")).toEqual([]);
  });
});
