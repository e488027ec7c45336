import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Fixes to re-read rr94a of stop 91's round 4 (the ship, operator and rival rules of ent94 and rvl94): false edges on ordinary
// phrasing and right claims the round lost. Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('"<name> and its rivals" with no name right after the noun keeps the ordinary reading', () => {
  it('"and its competitors, including A and B" pairs the name with each', () => {
    expect(rivals('Zenco and its competitors, including Qorva and Vexa, cut prices.').sort()).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
  });
  it('"and its rival in Europe, Qorva" and "such as Qorva" pair the name with the rival', () => {
    expect(rivals('Zenco and its competitor in Europe, Qorva, cut prices.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco and its rivals, such as Qorva, cut prices.')).toEqual(['Zenco -competes_with-> Qorva']);
  });
  it('a name right after the noun still pairs with the name before "and its"', () => {
    expect(rivals('The Zembla Times has learned that Zenco and its competitor Qorva plan a merger.')).toEqual(['Zenco -competes_with-> Qorva']);
  });
});

const bans = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('a name in a ship rule that is no ship', () => {
  it('the line\'s name before "cruise ship <name>" is not the ship banned', () => {
    expect(bans('Thailand refused entry to the Zenco cruise ship Qorva Star.')).not.toContain('Thailand -banned-> Zenco');
    expect(bans('Thailand turned away the Zenco cruise ship Qorva Star.')).not.toContain('Thailand -banned-> Zenco');
  });
  it('the ship after "the <line> cruise ship" is banned', () => {
    expect(bans('Thailand refused entry to the Zenco Cruises ship Qorva Star.')).toEqual(['Thailand -banned-> Qorva Star']);
    expect(bans('Thailand turned away the Zenco Cruises cruise ship Qorva Star.')).toEqual(['Thailand -banned-> Qorva Star']);
  });
  it('a supplier turned away for another is a lost order, no ban', () => {
    expect(bans('Thailand turned away Zenco Aero and picked Qorva Aero for its airliner order.')).toEqual([]);
    expect(bans('Zenco Aero was turned away by Thailand, which picked Qorva Aero for the order.')).toEqual([]);
  });
  it('the owner or operator before the passive is no ship', () => {
    expect(bans('A ship owned by Zenco Cruises was denied entry into Thailand on Monday.')).toEqual([]);
    expect(bans('A cruise ship operated by Zenco Cruises was denied entry into Thailand on Monday.')).toEqual([]);
  });
  it('shareholders and guests after the name are people kept out', () => {
    expect(bans('Thailand denied entry to Zenco Cruises shareholders last week.')).toEqual([]);
    expect(bans('Thailand turned away Zenco Cruises guests at the border.')).toEqual([]);
  });
  it('the ship itself is still banned', () => {
    expect(bans('Thailand turned away the Qorva Star on Tuesday.')).toEqual(['Thailand -banned-> Qorva Star']);
    expect(bans('The Qorva Star had been turned away by Thailand.')).toEqual(['Thailand -banned-> Qorva Star']);
  });
});

describe('a headline challenge, a regulator\'s suspension, a contest\'s expulsion', () => {
  it('"New challenge for X: Y opens a plant" names no rival; "More competition for X: Y arrives" still does', () => {
    expect(rivals('New challenge for Zenco Eats: Qorva Food opens a packaging plant in Europe')).toEqual([]);
    expect(rivals('More competition for Zenco Eats: Qorva Food arrives in Europe')).toEqual(['Zenco Eats -competes_with-> Qorva Food']);
  });
  it('a regulator suspending betting on in-house brands develops none of them', () => {
    const claims = scoredClaimsOf('The Zembla Gambling Commission has suspended betting on in-house brands Zenbet and Qorvabet pending a review.');
    expect(only('develops')(claims)).toEqual([]);
  });
  it('"kicked out of China in the first round" is a contest\'s; "in 2019" still dates a ban', () => {
    expect(bans('Zenco was kicked out of China in the first round of the contest.')).toEqual([]);
    expect(bans('Zenco was kicked out of China in 2019.')).toEqual(['China -banned-> Zenco']);
  });
});

describe('a rivalry verb with no rival after it makes its whole subject list rivals', () => {
  it('"Zenco and its supplier Qorva compete in …" pairs them', () => {
    expect(rivals('Zenco and its supplier Qorva compete in the smartphone market.')).toEqual(['Zenco -competes_with-> Qorva']);
  });
  it('"Zenco and its supplier Qorva lead, while rival Vexa trails" still leaves the supplier out', () => {
    expect(rivals('Zenco and its supplier Qorva lead the market, while rival Vexa trails.')).not.toContain('Qorva -competes_with-> Vexa');
  });
});

describe('a bare body acting under a state\'s own clause is the state\'s', () => {
  it('"Zembla tightened its grip when authorities banned A" bans A by Zembla', () => {
    expect(bans('China tightened its grip on crypto when authorities banned Zenco Coin.')).toEqual(['China -banned-> Zenco Coin']);
    expect(bans('China tightened its grip on crypto after regulators banned Zenco Coin.')).toEqual(['China -banned-> Zenco Coin']);
  });
  it('under a firm\'s clause the body is still no one\'s', () => {
    expect(bans('Qorva Bet won a victory when parliament banned Zenlotto.')).toEqual([]);
  });
});
