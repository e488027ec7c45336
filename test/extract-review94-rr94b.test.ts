import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Re-read rr94b (stop 94, round 2's bans): orders a firm lost or only asked for, a state that won an order, and a firm's won order
// read as its own ban outside the sales reading. Sentences written for the tests.

const bans = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('an order a firm lost or only bid for bans nothing', () => {
  it('"lost its bid for an order banning sales … in Germany" names no banner', () => {
    expect(bans('Zenco Inc lost its bid for an order banning sales of Qorva Corp phones in Germany.')).toEqual([]);
    expect(bans('Zenco Inc filed a motion for an order banning sales of Qorva Corp phones in Germany.')).toEqual([]);
    expect(bans('Zenco Inc was denied an injunction blocking sales of Qorva Corp phones in Germany.')).toEqual([]);
  });

  it('near misses: an order won or faced still bans in the court\'s state', () => {
    expect(bans('Zenco Inc won an injunction blocking sales of Qorva Corp phones in Germany.')).toEqual(['Germany -banned-> Qorva Corp']);
    expect(bans('Zenco Inc lost an appeal against an order banning sales of Qorva Corp phones in Germany.')).toEqual(['Germany -banned-> Qorva Corp']);
  });
});

describe('a state that won an order keeps the ban', () => {
  it('"The FTC won an injunction blocking sales of Zenco\'s pills": the agency bans', () => {
    expect(bans("The FTC won an injunction blocking sales of Zenco Inc's pills.")).toEqual(['Federal Trade Commission -banned-> Zenco Inc']);
  });

  it('near miss: a firm that won the same order is no banner', () => {
    expect(bans("Qorva Corp won an injunction blocking sales of Zenco Inc's pills.")).toEqual([]);
  });
});

describe('a firm that won or asked for an order is no banner on any reading', () => {
  it('"won an injunction blocking Qorva from selling", "secured a court order barring", "sought an injunction blocking"', () => {
    expect(bans('Zenco Inc won an injunction blocking Qorva Corp from selling its phones.')).toEqual([]);
    expect(bans('Zenco Inc secured a court order barring Qorva Corp from selling its phones.')).toEqual([]);
    expect(bans('Zenco Inc sought an injunction blocking Qorva Corp from selling its phones.')).toEqual([]);
  });

  it('near misses: a firm\'s own ban and a state\'s won order stay', () => {
    expect(bans('Zenco Inc banned Qorva Corp from selling its phones on the Zenco marketplace.')).toEqual(['Zenco -banned-> Qorva Corp']);
    expect(bans('Ruritania issued an order banning Qorva Corp from selling its phones.')).toEqual(['Ruritania -banned-> Qorva Corp']);
  });
});
