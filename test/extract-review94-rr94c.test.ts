import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Review rr94c (stop 94): faults of round 2's rivalry rules on ordinary phrasing, read with made-up names. Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('an opening "As" clause that reports an analyst\'s finding', () => {
  it('names no rival of the analyst in the rivals listed after it', () => {
    expect(rivals('As Zenco Research pointed out, rivals such as Qorva and Vexa are gaining.')).toEqual([]);
    expect(rivals('As Zenco Research observed in its report, rivals such as Qorva and Vexa are gaining.')).toEqual([]);
    expect(rivals('As Zenco Research data shows, rivals such as Qorva and Vexa are gaining.')).toEqual([]);
    expect(rivals('As Zenco Research explained, rivals like Qorva are cutting prices.')).toEqual([]);
  });

  it('while a firm\'s own standing in the clause keeps its rivals', () => {
    expect(rivals('As Zenco continues to dominate, rivals such as Qorva and Vexa are speeding up.').sort()).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
  });
});

describe('"pulled away from" a firm named as a partner', () => {
  it('ends a tie, no lead in a market, even with a market word in the sentence', () => {
    expect(rivals('Zenco pulled away from Qorva, its display supplier, amid weak phone sales.')).toEqual([]);
    expect(rivals('Zenco pulled away from Qorva as a supplier after sales slumped.')).toEqual([]);
    expect(rivals('Zenco pulled away from Qorva as its partner when market share fell.')).toEqual([]);
  });

  it('while a lead in a market is still read', () => {
    expect(rivals('Zenco pulled away from Qorva in market share.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco and Vexa are continuing to pull away from Qorva in the market.').sort()).toEqual(['Vexa -competes_with-> Qorva', 'Zenco -competes_with-> Qorva']);
  });
});

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a studio set off as the in-house studio "of" a firm', () => {
  it('does not make its owner', () => {
    expect(develops('Zenco Games, the in-house studio of Qorva, released Vexa Quest.')).not.toContain('Zenco Games -develops-> Qorva');
    expect(develops('Zenco Games, an internal studio of Qorva, shipped Vexa Quest.')).not.toContain('Zenco Games -develops-> Qorva');
  });

  it('while a maker "of" its work still makes it', () => {
    expect(develops('Zenco Games, the developer of Vexa Quest, released a patch.')).toEqual(['Zenco Games -develops-> Vexa Quest']);
    expect(develops('Zenco Games, the in-house studio of Qorva, released Vexa Quest.')).toEqual(['Zenco Games -develops-> Vexa Quest']);
  });
});
