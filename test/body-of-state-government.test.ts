import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Round 84 (fp84): a body's name run on into "of the Zembla government" ("the Ministry of Trade of the Zembla government") ends before
// "of the": the state's name is the government's after it, no part of the body's. Sentences written for the tests.

describe('a body "of the <state> government"', () => {
  it('ends the body\'s name before "of the"', () => {
    expect(only('banned')(scoredClaimsOf('The Ministry of Trade of the Zembla government banned Zeta-2.'))).toEqual(['Ministry of Trade -banned-> Zeta-2']);
    expect(only('restricts')(scoredClaimsOf('The Agency for Digital Affairs of the Ruritania authorities restricted Zeta.'))).toEqual(['Agency for Digital Affairs -restricts-> Zeta']);
    expect(only('banned')(scoredClaimsOf('The Department of Health of the Republic of Zembla government banned Zeta-2.'))).toEqual(['Department of Health -banned-> Zeta-2']);
  });

  it('guards: "of <state>" without "the", a name that is no body, a bank before a government bond', () => {
    expect(only('banned')(scoredClaimsOf('The Ministry of Trade of Zembla banned Zeta-2.'))).toEqual(['Ministry of Trade of Zembla -banned-> Zeta-2']);
    expect(entitiesOf('The University of the Arts government programme funded Zenco.').some((e) => e.startsWith('University of the Arts'))).toBe(true);
    expect(entitiesOf('The Bank of England government bond auction was delayed.').some((e) => e.startsWith('Bank of England'))).toBe(true);
  });
});
