import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper riv93, from a fresh sample on rivalries: a rivalry told without a core rival verb (a counter or challenger to a named
// thing, "going after" a named product, "other Qorva rivals", a showdown of two named firms, a bought firm set as "a smaller
// competitor", a market entry "taking on" incumbents of a trade). Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('a counter or challenger to a named thing', () => {
  it('"is seen as a direct counter to", "is a counter to" set the two as rivals', () => {
    expect(rivals('The Zenco Zeta is seen as a direct counter to the Qorva Vexa.')).toEqual(['Zenco Zeta -competes_with-> Qorva Vexa']);
    expect(rivals('Zenco Inc is a counter to Qorva Inc.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
  });

  it('a negated counter, a counter to a firm\'s thing, a counter to a state give no rivalry', () => {
    expect(rivals('The Zenco Zeta is not seen as a counter to the Qorva Vexa.')).toEqual([]);
    expect(rivals('The Zenco Zeta is seen as a counter to Qorva Inc\'s dominance.')).toEqual([]);
    expect(rivals('The Zenco plan is a counter to inflation.')).toEqual([]);
    expect(rivals('Zenco Inc could be a counter to Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Inc, the agency for Qorva Inc, is seen as a counter to Lumo Corp.')).not.toContain('Zenco Inc -competes_with-> Lumo Corp');
  });
});

describe('"and other Qorva rivals"', () => {
  it('each listed firm is a rival of the firm named before "rivals"', () => {
    expect(rivals('The alliance was formed by Zenco Inc and other Qorva Inc rivals.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(rivals('The alliance was formed by Zenco Inc, Lumo Corp and other Qorva Inc rivals.')).toEqual(['Lumo Corp -competes_with-> Qorva Inc', 'Zenco Inc -competes_with-> Qorva Inc']);
  });

  it('other partners, suppliers or clients are no rivals', () => {
    expect(rivals('Zenco Inc and other Qorva Inc partners signed the deal.')).toEqual([]);
    expect(rivals('Zenco Inc and other Qorva Inc suppliers signed the deal.')).toEqual([]);
    expect(rivals('Zenco Inc and other Qorva Inc clients signed the deal.')).toEqual([]);
    expect(rivals('Zenco Inc and other Qorva Inc investors backed the deal.')).toEqual([]);
    expect(rivals('John Smith and other Qorva Inc rivals spoke.')).toEqual([]);
  });
});

describe('a showdown of two named firms', () => {
  it('"a showdown from the top two makers – Zenco and Qorva" sets the two as rivals', () => {
    expect(rivals('It is a showdown from the top two makers – Zenco Inc and Qorva Inc.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(rivals('Fans expect a face-off between Zenco Inc and Qorva Inc this week.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
  });

  it('a legal or boardroom showdown is no rivalry', () => {
    expect(rivals('The case sets up a legal showdown between Zenco Inc and Qorva Inc.')).toEqual([]);
    expect(rivals('Investors expect a boardroom showdown between Zenco Inc and Qorva Inc.')).toEqual([]);
    expect(rivals('A proxy showdown between Zenco Inc and Qorva Inc looms.')).toEqual([]);
  });
});

describe('a bought firm set as a competitor in apposition', () => {
  it('"announced the acquisition of Qorva, a smaller competitor" sets the buyer and the bought firm as rivals', () => {
    expect(rivals('Zenco Inc announced the acquisition of Qorva Inc, a smaller competitor, on Tuesday.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Inc completed the purchase of Qorva Inc, a regional rival.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
  });

  it('a former rival, a third firm\'s competitor, or an adviser announcing the deal give no rivalry of the announcer', () => {
    expect(rivals('Zenco Inc announced the acquisition of Qorva Inc, a former competitor, on Tuesday.')).toEqual([]);
    expect(rivals('Zenco Inc announced the acquisition of Qorva Inc, a competitor of Lumo Corp.')).not.toContain('Zenco Inc -competes_with-> Qorva Inc');
    expect(rivals('Lumo Capital, an adviser to Zenco Inc, announced the acquisition of Qorva Inc, a smaller competitor.')).toEqual([]);
    expect(rivals('Zenco Inc announced the acquisition of Qorva Inc, a software maker.')).toEqual([]);
    expect(rivals('Zenco Inc announced the acquisition of Qorva Inc, a client.')).toEqual([]);
    expect(rivals('Zenco Inc announced the acquisition of Qorva Inc, a would-be competitor.')).toEqual([]);
  });
});

describe('a market entry taking on the incumbents of a trade', () => {
  it('"entered the market taking on broadcasters such as A and B" sets the entrant against each', () => {
    expect(rivals('Zenvision Ltd entered the market taking on broadcasters such as Qorva TV and Lumo TV.')).toEqual(['Zenvision Ltd -competes_with-> Lumo TV', 'Zenvision Ltd -competes_with-> Qorva TV']);
  });

  it('clients or a partner\'s aside are no rivals of the entrant', () => {
    expect(rivals('Zenco Inc entered the market taking on clients such as Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Inc, a partner of Lumo Corp, entered the market taking on carriers such as Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Inc entered the market taking on partners such as Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Inc entered the market, taking on staff from carriers such as Qorva Inc.')).toEqual([]);
  });

  it('a planned entry states no rivalry yet', () => {
    expect(rivals('Zenco Inc will enter the market taking on carriers such as Qorva Inc.')).toEqual([]);
  });
});
