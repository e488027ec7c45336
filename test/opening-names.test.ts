import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Round 84 (fp84): a firm's name opening with a subject pronoun ("We Rise", "They Play Games") or, at a sentence's start, with a
// number ("34 Owls", "99 Apps") keeps that word; it was cut to "Rise", "Play Games", "Owls". Sentences written for the tests.

const develops = (text: string) => only('develops')(scoredClaimsOf(text));

describe('a firm whose name opens with a pronoun', () => {
  it('keeps the pronoun before a capitalised word and the verb or a description', () => {
    expect(develops('We Rise, a startup based in Zembla, released Zeta-2 last week.')).toEqual(['We Rise -develops-> Zeta-2']);
    expect(only('competes_with')(scoredClaimsOf('They Play Games competes with Qorva in mobile puzzles.'))).toEqual(['They Play Games -competes_with-> Qorva']);
    expect(develops('The deal was announced after We Build Labs launched Zeta Chat in March.')).toEqual(['We Build Labs -develops-> Zeta Chat']);
  });

  it('guards: a pronoun subject, a pronoun before a people, a possessive', () => {
    expect(develops('We released Zeta-2 last week, Zenco said.')).toEqual([]);
    expect(entitiesOf('We Ruritanians love the Zeta app, the minister said.').some((e) => e.startsWith('We '))).toBe(false);
    expect(develops('They launched Zeta Chat in March.')).toEqual([]);
    expect(develops('Zenco said they launched Zeta Chat in March.')).toEqual(['Zenco -develops-> Zeta Chat']);
  });
});

describe('a firm whose name opens with a number', () => {
  it('keeps the number opening the sentence before its description or its verb', () => {
    expect(develops('34 Owls, a studio in Zembla, released the Zeta game.')).toEqual(['34 Owls -develops-> Zeta']);
    expect(develops('99 Apps, a studio, launched Zeta Chat.')).toEqual(['99 Apps -develops-> Zeta Chat']);
    expect(entitiesOf('12 Seas, a startup in Ruritania, launched Zeta Chat.')).toContain('12 Seas (company)');
    expect(develops('7 Seas Studio develops Zeta Quest.')).toEqual(['7 Seas Studio -develops-> Zeta Quest']);
    expect(develops('34 Owls released the Zeta game on Tuesday.')).toEqual(['34 Owls -develops-> Zeta']);
  });

  it('guards: a year, a count of things, a number mid-sentence', () => {
    expect(develops('2024 Zenco launched Zeta Chat.').some((c) => c.startsWith('2024'))).toBe(false);
    expect(develops('12 Apps were banned by Zembla, including Zeta Chat.')).toEqual([]);
    expect(entitiesOf('Zembla banned 59 Apps on Monday.').some((e) => e.startsWith('59'))).toBe(false);
    expect(entitiesOf('In 2014 Zenco launched Zeta Chat.')).toContain('Zenco (company)');
  });
});
