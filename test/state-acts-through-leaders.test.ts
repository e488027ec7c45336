import { describe, expect, it } from 'vitest';
import { claimsOf } from './extract-helpers';

// Helper hos95: a state's act told through its head of state, head of government or a minister. A minister named by a demonym
// and a portfolio ("French trade minister Ann Lee") acts for the state; a leader the lexicon knows acts for it when issuing an
// instrument or measure ("Trump signed a law banning …", "Trump put Zenco on an export blacklist"); "Trudeau's government" is
// the state's. Former and shadow ministers, a firm's president, speech and plans give no asserted act. Sentences written for the tests.

const stateActs = (text: string): string[] => claimsOf(text).filter((c) => /-(?:banned|restricts)->/.test(c));

describe('a minister named by a demonym and a portfolio', () => {
  it('acts for the state, in lower or title case', () => {
    expect(stateActs('French trade minister Ann Lee announced tariffs on Zenco Inc.')).toEqual(['France -restricts-> Zenco Inc']);
    expect(stateActs('French Trade Minister Ann Lee announced tariffs on Zenco Inc.')).toEqual(['France -restricts-> Zenco Inc']);
    expect(stateActs('German Digital Minister Ann Lee banned the Zeta app.')).toEqual(['Germany -banned-> Zeta']);
    expect(stateActs('Australian Home Affairs Minister Ann Lee banned the Zeta app on government devices.')).toEqual(['Australia -banned-> Zeta']);
  });

  it('a former or shadow minister, a firm\'s president or a plan gives no asserted act', () => {
    expect(stateActs('Former French trade minister Ann Lee banned the Zeta app.')).toEqual([]);
    expect(stateActs('French shadow trade minister Ann Lee said tariffs on Zenco Inc were needed.')).toEqual([]);
    expect(stateActs('French carmaker president Ann Lee banned the Zeta app.')).toEqual([]);
    expect(stateActs('French telecom president Ann Lee banned the Zeta app.')).toEqual([]);
    expect(stateActs('French Telecom President Ann Lee banned the Zeta app.')).toEqual([]);
    expect(stateActs('Japanese trade minister Ann Lee proposed tariffs on Zenco Inc.')).toEqual([]);
    expect(stateActs('Japanese trade minister Ann Lee threatened to ban the Zeta app.')).toEqual([]);
    expect(stateActs('Japanese trade minister Ann Lee did not ban the Zeta app.')).toEqual([]);
  });
});

describe('a known leader issuing an instrument or measure', () => {
  it('signing, putting on a blacklist, adding to a list, announcing tariffs', () => {
    expect(stateActs('Trump signed a law banning Zeta software in federal agencies.')).toEqual(['United States -banned-> Zeta']);
    expect(stateActs('Donald Trump put Zenco Inc on an export blacklist in 2019.')).toEqual(['United States -restricts-> Zenco Inc']);
    expect(stateActs('Trump added Zenco Inc to the entity list.')).toEqual(['United States -restricts-> Zenco Inc']);
    expect(stateActs('Biden announced new tariffs on imports from China.')).toEqual(['United States -restricts-> China']);
  });

  it('speech, plans, orders that would act, a namesake and a former leader give no asserted act', () => {
    expect(stateActs('Trump added that the Zeta app would be banned.')).toEqual([]);
    expect(stateActs('Trump announced plans to ban the Zeta app.')).toEqual([]);
    expect(stateActs('Trump signed an order that would ban the Zeta app.')).toEqual([]);
    expect(stateActs('Ivanka Trump announced a ban on the Zeta app.')).toEqual([]);
    expect(stateActs('Zenco CEO Trump announced tariffs on Qorva Inc.')).toEqual([]);
    expect(stateActs('Trump announced a partnership with Zenco Inc to build chips.')).toEqual([]);
    expect(stateActs('Trump put pressure on Zenco Inc to sell the Zeta app.')).toEqual([]);
  });
});

describe('a leader\'s possessive government', () => {
  it('"Trudeau\'s government" is the state; its negated, hedged or urged acts are not asserted', () => {
    expect(stateActs("Trudeau's government imposed a surtax on Zenco Inc.")).toEqual(['Canada -restricts-> Zenco Inc']);
    expect(stateActs("Trudeau's government did not impose a surtax on Zenco Inc.")).toEqual([]);
    expect(stateActs("Trudeau's government may impose a surtax on Zenco Inc.")).toEqual([]);
    expect(stateActs("Trudeau's government was urged to impose a surtax on Zenco Inc.")).toEqual([]);
  });
});
