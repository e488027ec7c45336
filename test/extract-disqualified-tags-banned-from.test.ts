import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 60, from its second round's readers: firms disqualified from bids, outlets' tags in square brackets, and a thing
// banned "from" a state. Sentences written for the tests.

describe('a firm disqualified from bids', () => {
  it('"The Commission on Elections disqualified Smartmatic from all bidding" bans it', () => {
    expect(only('banned')(scoredClaimsOf('The Commission on Elections disqualified Smartmatic from all bidding.'))).toEqual(['Commission on Elections -banned-> Smartmatic']);
  });

  it('a person disqualified is no entity', () => {
    expect(scoredClaimsOf('The referee disqualified the runner.')).toEqual([]);
  });
});

describe("an outlet's tag in square brackets", () => {
  it('"[ZNEWS] Indonesian providers blocked YouTube" names no actor', () => {
    expect(only('banned')(scoredClaimsOf('[ZNEWS] Indonesian providers blocked YouTube and MySpace.'))).toEqual([]);
  });

  it('a state after the tag still acts', () => {
    expect(only('banned')(scoredClaimsOf('[ZNEWS] Indonesia blocked YouTube.'))).toEqual(['Indonesia -banned-> YouTube']);
  });
});

describe('a thing banned "from" a state', () => {
  it.each([
    ['The iPad is banned from Israel.', 'Israel -banned-> iPad'],
    ["Huawei was banned from the UK's 5G network.", 'United Kingdom -banned-> Huawei'],
    ['Google was blocked from China.', 'China -banned-> Google'],
  ])('"%s"', (text, claim) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual([claim]);
  });

  it('a state named later in the clause is no place the thing is kept from', () => {
    expect(only('banned')(scoredClaimsOf("Zentrix's chips are banned from export to China."))).toEqual([]);
  });
});

describe('a suspension "of" exports to a state', () => {
  it('"announced the suspension of chip exports to Russia and Belarus" restricts both', () => {
    expect(only('restricts')(scoredClaimsOf('Taiwan announced the suspension of chip exports to Russia and Belarus.')).sort()).toEqual(['Taiwan -restricts-> Belarus', 'Taiwan -restricts-> Russia']);
  });

  it('a suspension of a named thing still bans it', () => {
    expect(only('banned')(scoredClaimsOf('Russia ordered the suspension of Zapster in May.'))).toEqual(['Russia -banned-> Zapster']);
  });
});
