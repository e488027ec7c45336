import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/pipeline/text/tokens';
import { claimsOf, only } from './extract-helpers';

// A date written as news agencies write it ("on Feb. 2", "on Jan. 23") between an actor and its verb: the month's dot is no token,
// so the date reads as "on February 2" does. Sentences written for the tests.

describe('a month abbreviated with a dot before its day', () => {
  it('the dot is no token when a day follows', () => {
    expect(tokenize('on Feb. 2 banned').map((t) => t.text)).toEqual(['on', 'Feb', '2', 'banned']);
    expect(tokenize('since Sept.  30,').map((t) => t.text)).toEqual(['since', 'Sept', '30', ',']);
  });

  it('near miss: the dot stays after other words, with no day after it, or glued to the day', () => {
    expect(tokenize('in Sept. The firm').map((t) => t.text)).toEqual(['in', 'Sept', '.', 'The', 'firm']);
    expect(tokenize('Zenco Corp. 2 units').map((t) => t.text)).toEqual(['Zenco', 'Corp', '.', '2', 'units']);
    expect(tokenize('Feb.2').map((t) => t.text)).toEqual(['Feb.2']);
    expect(tokenize('the Mar. filing').map((t) => t.text)).toEqual(['the', 'Mar', '.', 'filing']);
  });

  it('an actor dated so still acts', () => {
    expect(only('banned')(claimsOf('India on Feb. 2 banned the Zeta app owned by Zenco Inc.'))).toEqual(['India -banned-> Zeta']);
    expect(only('restricts')(claimsOf('The U.S. Treasury on Jan. 23 sanctioned Zenco Inc.'))).toEqual(['Treasury Department -restricts-> Zenco Inc']);
  });

  it('near miss: a plan dated so stays a plan', () => {
    expect(only('banned')(claimsOf('India said on Feb. 2 it may ban the Zeta app owned by Zenco Inc.'))).toEqual([]);
  });
});
