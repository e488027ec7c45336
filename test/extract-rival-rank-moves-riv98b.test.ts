import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper riv98b (stop 98, round 2), from real market news: one firm moving past, behind or toward another in a market or a
// ranking, with no rivalry word (rival-rank-moves.ts). Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text)).sort();

describe('a firm moving past, behind or toward another in a ranking', () => {
  it('"passed A and B to claim" a place names the firms passed', () => {
    expect(rivals('Zenco Inc has passed Qorva Corp and Vexa Ltd to claim the third spot among burger chains.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp', 'Zenco Inc -competes_with-> Vexa Ltd']);
    expect(rivals('Zenco Inc edged past Qorva Corp in US beer sales last month.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
  });

  it('a ranking\'s prize taken from, or lost to, a firm', () => {
    expect(rivals('Zenco Inc wrests the crown of biggest phone vendor from Qorva Corp on strong sales.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
    expect(rivals('Zenco Inc took the top spot from Qorva Corp, which shipped 70 million phones.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
    expect(rivals('Zenco Inc is no longer the largest airline, losing its title to both Qorva Corp and Vexa Ltd.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp', 'Zenco Inc -competes_with-> Vexa Ltd']);
    expect(rivals('Zenco Inc ousted Qorva Corp from the top three phone makers by shipments.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
  });

  it('a firm behind others, or closing the gap with one', () => {
    expect(rivals('Zenco Inc has fallen behind Qorva Corp in the server chip market.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
    expect(rivals('Zenco Inc has struggled to narrow the market share gap with Qorva Corp, the largest foundry.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
    expect(rivals('Zenco Inc is now the third largest chain in the country behind Qorva Corp, which holds the top spot, and Vexa Ltd.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp', 'Zenco Inc -competes_with-> Vexa Ltd']);
    expect(rivals('Zenco Inc sold 400 million cases in 2020, well ahead of Qorva Corp at 250 million.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
  });

  it('a list\'s "they" losing share to firms: each listed firm is their rival', () => {
    expect(rivals('Analysts expect worse news from Zenco Inc, Qorva Corp and Vexa Ltd as they continue to lose market share to Lumo Ltd.')).toEqual(['Qorva Corp -competes_with-> Lumo Ltd', 'Vexa Ltd -competes_with-> Lumo Ltd', 'Zenco Inc -competes_with-> Lumo Ltd']);
  });
});

describe('near misses: no ranking between firms', () => {
  it('a test, a schedule or a possessed thing is no firm passed or trailed', () => {
    expect(rivals("Zenco Inc passed Qorva Corp's safety audit to become a supplier to the market.")).toEqual([]);
    expect(rivals('Zenco Inc has fallen behind schedule in the chip market.')).toEqual([]);
    expect(rivals("Zenco Inc took the lead from Qorva Corp's study of the market.")).toEqual([]);
  });

  it('a partner a prize comes from is not named as the one it is taken from', () => {
    expect(rivals('Zenco Inc took the lead role from its partner Qorva Corp in the market.')).toEqual([]);
  });

  it('a hedge or a negation keeps the move unstated', () => {
    expect(rivals('Zenco Inc could lose its title to Qorva Corp next year.')).toEqual([]);
    expect(rivals('Zenco Inc does not expect to close the gap with Qorva Corp in market share.')).toEqual([]);
  });

  it('a time "ahead of" with no figure is no lead', () => {
    expect(rivals('Zenco Inc released its quarterly report on Monday, ahead of Qorva Corp.')).toEqual([]);
  });
});
