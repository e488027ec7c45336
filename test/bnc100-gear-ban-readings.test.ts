import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper bnc100 (stop 99, round 2): bans whose object is a maker's gear or its approvals, a family several readers met in fresh
// samples (relation-patterns.ts: halted-approvals-of-gear-from, stopped-approving-gear-from, rips-out-makers-gear,
// gear-from-firms-including, excluding-from-networks). Sentences written for the tests.

const bans = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();

describe('a state banning a maker through its gear', () => {
  it('approvals of gear from named makers halted', () => {
    expect(bans('Britain is banning approvals for new equipment from Zenco Ltd and Qorva Corp.')).toEqual(['United Kingdom -banned-> Qorva Corp', 'United Kingdom -banned-> Zenco Ltd']);
    expect(bans('Britain will ban approvals of devices from Zenco Ltd.')).toEqual(['United Kingdom -banned-> Zenco Ltd']);
    expect(bans('Britain stopped approving new gear from Zenco Ltd.')).toEqual(['United Kingdom -banned-> Zenco Ltd']);
  });

  it('a plan to strip out a maker\'s kit, told as a headline', () => {
    expect(bans('Britain to strip out all Zenco Ltd kit by 2030')).toEqual(['United Kingdom -banned-> Zenco Ltd']);
  });

  it('a ban on gear from a kind of firm names its examples', () => {
    expect(bans('Britain imposed a ban on the sale of gear from Chinese firms, including Zenco Ltd and Qorva Corp.')).toEqual(['United Kingdom -banned-> Qorva Corp', 'United Kingdom -banned-> Zenco Ltd']);
    // The origin a name of its own (here an invented one the extractor cannot type): the examples are still read.
    expect(bans('Britain banned equipment from Zembla companies such as Zenco Ltd and Qorva Corp.')).toEqual(expect.arrayContaining(['United Kingdom -banned-> Qorva Corp', 'United Kingdom -banned-> Zenco Ltd']));
  });

  it('a state excluding a maker from its networks, in a clause of concession', () => {
    expect(bans('Qorva Corp grew despite Germany effectively excluding Zenco Ltd from its networks.')).toEqual(['Germany -banned-> Zenco Ltd']);
    expect(bans('Despite Germany excluding Zenco Ltd from its 5G networks, Qorva Corp grew.')).toEqual(['Germany -banned-> Zenco Ltd']);
  });
});

describe('near misses: gear bought, approved or a firm left out', () => {
  it('gives no ban', () => {
    expect(bans('Britain bought equipment from Chinese firms, including Zenco Ltd.')).toEqual([]);
    expect(bans('Britain approved new equipment from Zenco Ltd.')).toEqual([]);
    expect(bans('Britain will replace Zenco Ltd as its main supplier.')).toEqual([]);
    expect(bans('Qorva Corp grew despite Germany courting Zenco Ltd for its networks.')).toEqual([]);
    expect(bans('Zenco Ltd grew despite Qorva Corp excluding Vexa Inc from its networks.')).toEqual([]);
  });
});
