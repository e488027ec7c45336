import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cnt96, from stop 96's ninety-fourth fresh sample and real market-share news: the owner of what rivals compete for is no
// rival; brands one holds strong against are not one's own; a leader knocked off the top spot in a participle clause after the main
// clause is the main subject's rival. Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));
const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('the prize of a contest and its owner', () => {
  it('"competing for the shares of Pinto": Pinto owns the prize and is no rival', () => {
    expect(rivals('Zenco Inc is competing for the shares of Pinto Corp.')).toEqual([]);
    expect(rivals('Zenco Inc and Qorva Ltd are vying for control of Pinto Corp.')).toEqual(['Zenco Inc -competes_with-> Qorva Ltd']);
    expect(rivals('Zenco Inc is vying for a majority stake of Pinto Corp.')).toEqual([]);
  });

  it('a rival named after "for … of" or after "with" still competes', () => {
    expect(rivals('Zenco Inc is competing for customers with Qorva Ltd.')).toEqual(['Zenco Inc -competes_with-> Qorva Ltd']);
    expect(rivals('Zenco Inc competes with Qorva Ltd for the shares of Pinto Corp.')).toEqual(['Zenco Inc -competes_with-> Qorva Ltd']);
  });
});

describe('brands set against the subject', () => {
  it('"holding strong against brands like Qorva and Mira" names no maker', () => {
    expect(develops('Vela Inc is holding strong against brands like Qorva and Mira.')).toEqual([]);
    expect(develops('Vela Inc has held up well among brands like Qorva and Mira.')).toEqual([]);
    expect(develops('Vela Inc sells more than brands like Qorva and Mira.')).toEqual([]);
  });

  it('a parent\'s own brands like A and B are still its own', () => {
    expect(develops('Vela Inc owns brands like Qorva and Mira.').sort()).toEqual(['Vela Inc -develops-> Mira', 'Vela Inc -develops-> Qorva']);
  });
});

describe('a leader knocked off the top spot in a participle clause', () => {
  it('the main clause\'s subject knocks the leader off', () => {
    expect(rivals('Qorva Ltd grew 5% in the quarter, knocking Zenco Inc off the top spot.')).toEqual(['Qorva Ltd -competes_with-> Zenco Inc']);
    expect(rivals('Qorva Ltd now leads the market, bumping Zenco Inc off its perch.')).toEqual(['Qorva Ltd -competes_with-> Zenco Inc']);
  });

  it('no rivalry when another name stands in the main clause, or the thing knocked off is no leader\'s place', () => {
    expect(rivals('Zenco Inc bought Qorva Ltd, knocking Borin AG off the top spot.')).not.toContain('Qorva Ltd -competes_with-> Borin AG');
    expect(rivals('Zenco Inc bought Qorva Ltd last year, knocking Borin AG off the top spot.')).not.toContain('Qorva Ltd -competes_with-> Borin AG');
    expect(rivals('In 2024, Qorva Ltd grew 5%, knocking Zenco Inc off the top spot.')).toEqual(['Qorva Ltd -competes_with-> Zenco Inc']);
    expect(rivals('The storm hit the coast, knocking Zenco Inc off the grid.')).toEqual([]);
    expect(rivals('Qorva Ltd grew 5% in the quarter, knocking Zenco Inc shares off their highs.')).toEqual([]);
    expect(rivals('Qorva Ltd grew 5% in the quarter, knocking Zenco Inc off the air.')).toEqual([]);
  });
});
