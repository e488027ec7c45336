import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 66, second round, from stop 65's readers and stop 66's first samples (drawn on 8f7786e): a rival opening a clause
// joined to the one before, an adverb in a Title Case headline, and a ban's members named by the order in the next sentence.
// Sentences written for the tests.

describe('a rival opening a joined clause is the rival of the clause before it', () => {
  it('", and rival Qorva will follow": the subject, not the thing it launched', () => {
    expect(only('competes_with')(scoredClaimsOf('Zenco Inc. launched the Zeta, and rival Qorva Ltd. will follow with the Q5.'))).toEqual(['Zenco Inc -competes_with-> Qorva Ltd']);
  });

  it('", while rival Qorva cut prices"', () => {
    expect(only('competes_with')(scoredClaimsOf('Samsung unveiled the Galaxy S24 last week, while rival Apple cut prices.'))).toEqual(['Samsung -competes_with-> Apple']);
  });

  it('", and rival Apple joined the case": the subject, not the object', () => {
    expect(only('competes_with')(scoredClaimsOf('Samsung sued Huawei last week, and rival Apple joined the case.'))).toEqual(['Samsung -competes_with-> Apple']);
  });

  it('"Zenco and rival Qorva were fined" still pairs the two', () => {
    expect(only('competes_with')(scoredClaimsOf('Samsung and rival Apple were fined.'))).toEqual(['Samsung -competes_with-> Apple']);
  });
});

describe('headlines and named members', () => {
  it('"Comcast Temporarily Blocks BitTorrent": the adverb is no part of the name', () => {
    expect(scoredClaimsOf('Comcast Temporarily Blocks BitTorrent')).toEqual(['Comcast -banned-> BitTorrent']);
  });

  it('"The order mentions A and B by name" after a ban names what it bans', () => {
    expect(only('banned')(scoredClaimsOf('The Pentagon banned social networks on its network. The order mentions Twitter and Facebook by name.'))).toEqual(
      ['Pentagon -banned-> Facebook', 'Pentagon -banned-> Twitter'],
    );
  });
});
