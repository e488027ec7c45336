import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper dm87: a state's measures named by its adjective as the subject of "bar", "restrict" (the state acts), and a
// destination after "to" kept when the sentence goes on with a verb whose object is "the company". Sentences written for the tests.

describe('a state named by its adjective, its measures the subject of the act', () => {
  it('"Indian export rules bar sales to Qorva Ltd" restricts the destination', () => {
    expect(only('restricts')(scoredClaimsOf('Indian export rules bar sales to Qorva Ltd.'))).toEqual(['India -restricts-> Qorva Ltd']);
    expect(only('restricts')(scoredClaimsOf('American rules now bar shipments to Zenco Inc.'))).toEqual(['United States -restricts-> Zenco Inc']);
    expect(only('restricts')(scoredClaimsOf('New Japanese controls restrict exports of chips to Vexa Corp.'))).toEqual(['Japan -restricts-> Vexa Corp']);
    expect(only('restricts')(scoredClaimsOf('On Monday, the new German trade rules blocked sales to Qorva Ltd.'))).toEqual(['Germany -restricts-> Qorva Ltd']);
  });

  it('a modal, a firm breaking the rules, or rules that are not the subject give nothing', () => {
    const none = [
      'Indian export rules would bar sales to Qorva Ltd.',
      'A firm that broke Indian rules bars sales to Zenco Inc.',
      'Indian rules may soon bar sales to Qorva Ltd.',
      'Indian export rules do not bar sales to Qorva Ltd.',
    ];
    for (const text of none) expect(only('restricts')(scoredClaimsOf(text)), text).toEqual([]);
  });
});

describe('a destination after "to" with the sentence going on', () => {
  it('keeps the firm when a verb and "the company" follow', () => {
    expect(only('restricts')(scoredClaimsOf("Japan's restrictions on exports of Zeta chips to Zenco Inc hurt the company."))).toContain('Japan -restricts-> Zenco Inc');
    expect(only('restricts')(scoredClaimsOf("Japan's curbs on sales of Zeta modems to Qorva Ltd hit the company hard."))).toContain('Japan -restricts-> Qorva Ltd');
    expect(only('restricts')(scoredClaimsOf('India restricted shipments of Zeta drones to Vexa Corp, which hurt the company.'))).toContain('India -restricts-> Vexa Corp');
  });

  it('a firm sold to another is still a deal, not a destination', () => {
    expect(only('restricts')(scoredClaimsOf('Japan blocked the sale of chipmaker Qorva Ltd to Zenco Inc.'))).not.toContain('Japan -restricts-> Qorva Ltd');
  });
});
