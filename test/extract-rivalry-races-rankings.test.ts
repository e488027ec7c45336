import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rvr93, from fresh set 88: competition told as a race, a contest or a ranking (a firm bested in a contest, firms trailed in
// a measure, a race's leader and those that follow, two top providers in a battle for share), a contest's prize that is no rival,
// and a participle set off after a name that makes the name no maker. Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));
const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a firm bested in a contest', () => {
  it('the beaten firm is the rival, the contest\'s prize is not', () => {
    expect(rivals('Zenco bested Qorva in the fight to win the Orion contract.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco bested Qorva in the fight to become the sole vendor supporting Orion.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco fended off Qorva in the race for the deal.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('near misses: a prize after a contest\'s infinitive, a beaten forecast, a fight against a cause, a negation', () => {
    expect(rivals('Qorva lost to Zenco in the battle to win the Orion deal.')).not.toContain('Zenco -competes_with-> Orion');
    expect(rivals('Zenco joined the race to build the Orion network.')).toEqual([]);
    expect(rivals('Zenco bested analysts\' estimates in the quarter.')).toEqual([]);
    expect(rivals('Zenco and Qorva joined the fight against fraud.')).toEqual([]);
    expect(rivals('Zenco did not best Qorva in the fight for the contract.')).toEqual([]);
  });

  it('a rival after "to" is still one: "a rival to larger Qorva"', () => {
    expect(rivals('Zenco is a rival to larger Qorva in the race.')).toEqual(['Zenco -competes_with-> Qorva']);
  });
});

describe('firms trailed in a measure', () => {
  it('each firm a firm trails in market share or sales is its rival', () => {
    expect(rivals('Vexa trails Qorva and Zenco in market share.')).toEqual(['Vexa -competes_with-> Qorva', 'Vexa -competes_with-> Zenco']);
    expect(rivals('Vexa, launched in 2008, trails Qorva and Zenco in market share.')).toEqual(['Vexa -competes_with-> Qorva', 'Vexa -competes_with-> Zenco']);
    expect(rivals('Vexa still lags behind Qorva and Zenco in cloud revenue.')).toEqual(['Vexa -competes_with-> Qorva', 'Vexa -competes_with-> Zenco']);
  });

  it('near misses: estimates or last year\'s figure trailed, a negation, a plan', () => {
    expect(rivals('Vexa trails analysts\' estimates in revenue.')).toEqual([]);
    expect(rivals('Vexa trails last year\'s figure in sales.')).toEqual([]);
    expect(rivals('Vexa no longer trails Qorva and Zenco in market share.')).toEqual([]);
    expect(rivals('Zenco is catching up with demand.')).toEqual([]);
  });
});

describe('a race\'s leader and those that follow it', () => {
  it('the leader against each follower, and the followers against each other', () => {
    expect(rivals('The market became a three-horse race, with Qorva leading, followed by Zenco and Vexa.')).toEqual(['Qorva -competes_with-> Vexa', 'Qorva -competes_with-> Zenco', 'Zenco -competes_with-> Vexa']);
  });

  it('near misses: a funding round\'s lead investor, a statement that followed, a partner, no race', () => {
    expect(rivals('Zenco raised $5m in the round, with Qorva leading the round, followed by Vexa.')).toEqual([]);
    expect(rivals('Zenco announced the deal, followed by a statement from Qorva.')).toEqual([]);
    expect(rivals('The tour began with Qorva leading, followed by Zenco and Vexa.')).toEqual([]);
    expect(rivals('Zenco is leading the market.')).toEqual([]);
  });
});

describe('two top providers in a battle for share', () => {
  it('the pair named as leaders of a contest for share are rivals', () => {
    expect(rivals('In the fierce battle for share, Zenco and Vexa are two of the top providers.')).toEqual(['Zenco -competes_with-> Vexa']);
  });

  it('near misses: a fight against a cause, partners, a battle for something other than share', () => {
    expect(rivals('In the fight against fraud, Zenco and Vexa are two of the top providers.')).toEqual([]);
    expect(rivals('In the battle for share, Zenco and Vexa are partners.')).toEqual([]);
    expect(rivals('In the battle for talent, Zenco and Vexa are two of the top employers.')).toEqual([]);
  });
});

describe('a participle set off after a name', () => {
  it('"Vexa, launched in 2008, trails Qorva" makes Vexa the maker of nothing', () => {
    expect(develops('Vexa Cloud, launched in 2008, trails Qorva and Zenco in market share.')).toEqual([]);
  });

  it('near misses keep their maker: a relative clause, a second verb of the subject, an agent', () => {
    expect(develops('Zenco, which launched Zeta in 2008, trails Qorva.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco acquired Vexa, launched Zeta in 2010 and trails Qorva.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zeta, launched in 2008 by Zenco, trails Qorva.')).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe('a firm ranked behind others in a market', () => {
  it('"ranked second behind", "slipped to third place, behind", "the third largest maker, behind"', () => {
    expect(rivals('Qorva ranked second behind Zenco in smartphone shipments.')).toEqual(['Qorva -competes_with-> Zenco']);
    expect(rivals('Qorva slipped to third place, behind Zenco and Vexa, in smartphone shipments.')).toEqual(['Qorva -competes_with-> Vexa', 'Qorva -competes_with-> Zenco']);
    expect(rivals('Qorva Inc is the third largest smartphone maker, behind Zenco Inc and Vexa Ltd.')).toEqual(['Qorva Inc -competes_with-> Vexa Ltd', 'Qorva Inc -competes_with-> Zenco Inc']);
  });

  it('near misses: no market word, a negation, a state ahead', () => {
    expect(rivals('Qorva ranked second behind Zenco in the poll.')).toEqual([]);
    expect(rivals('Qorva finished second behind Zenco.')).toEqual([]);
    expect(rivals('Qorva is not second behind Zenco in market share.')).toEqual([]);
    expect(rivals('Qorva ranks behind Ruritania in exports.')).toEqual([]);
    expect(rivals('Qorva Inc is the second largest shareholder, behind Zenco Inc, with a 5% share of Vexa Ltd.')).toEqual([]);
    expect(rivals('Qorva Inc is the third biggest customer, behind Zenco Inc, of the market leader Vexa Ltd.')).toEqual([]);
  });
});
