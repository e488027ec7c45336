import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cmp98 (stop 98), from fresh samples of market news: rivals named by their standing in a market (after the leader, ranked
// below another) and firms put "in competition with" each other, with no word of rivalry. Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text)).sort();

describe('rivals named by their standing in a market', () => {
  it('the leader "ahead of" the firms it leads', () => {
    for (const text of ['Zenco Inc. leads the US smartphone market ahead of Qorva Inc. and Vexa Corp.', 'Zenco Inc. topped the sales charts with 31% of shipments, ahead of rivals Qorva Inc. and Vexa Corp.']) {
      expect(rivals(text)).toContain('Zenco Inc -competes_with-> Qorva Inc');
      expect(rivals(text)).toContain('Zenco Inc -competes_with-> Vexa Corp');
    }
  });

  it('the firms in lower places after the leader\'s share', () => {
    const tail = rivals('Zenco Inc. has about 60% of the ride-hailing market, with Qorva Inc. in a distant second and Vexa Corp. even further behind in third place.');
    expect(tail).toContain('Zenco Inc -competes_with-> Qorva Inc');
    expect(tail).toContain('Zenco Inc -competes_with-> Vexa Corp');
  });

  it('firms ranked second or third to another', () => {
    expect(rivals('Zenco Inc. and Qorva Inc. are the top two cloud providers, ranking second and third to Vexa Corp.')).toEqual(['Qorva Inc -competes_with-> Vexa Corp', 'Zenco Inc -competes_with-> Vexa Corp']);
    expect(rivals('Zenco Inc. came a distant second behind Qorva Inc. in airline passenger numbers.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Inc., the No. 2 behind Qorva Inc., said its sales rose.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
  });

  it('a firm put in competition with another', () => {
    expect(rivals('The launch puts Zenco Inc. in direct competition with Qorva Inc.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(rivals("This move puts Zenco Inc. in direct competition with Qorva Inc.'s Zeta app.")).toContain('Zenco Inc -competes_with-> Qorva Inc');
  });

  it('no rival: a time before an event, a customer ranked ahead, a consortium led, a hedged put', () => {
    expect(rivals("Zenco Inc. led the market higher ahead of Qorva Inc.'s results.")).toEqual([]);
    expect(rivals('Zenco Inc. leads the consortium ahead of Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Inc. ranked second to Qorva Inc., its biggest customer, in revenue.')).toEqual([]);
    expect(rivals("The deal could put Zenco Inc. in competition with Qorva Inc.'s Zeta app.")).not.toContain('Zenco Inc -competes_with-> Qorva Inc');
    expect(rivals('Zenco Inc. has 60% of the market, with shares of Qorva Inc. in a slump.')).toEqual([]);
  });
});
