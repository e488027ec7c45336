import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper sup88, from fresh samples on supply deals and joint services: a firm that supplies, delivers or provides a named thing
// makes (provides) it; goods bought or ordered from a firm are the seller's, never the buyer's; an order a firm won names its buyer
// after "from"; a service two firms run together is each one's. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('supply verbs', () => {
  it('"supplies", "delivered", "will provide" make the subject the provider of the named thing', () => {
    expect(develops('Zenco Inc supplies Z20 engines to Qorva Airlines.')).toEqual(['Zenco Inc -develops-> Z20']);
    expect(develops('Zenco Inc delivered the first Zeta 300 jets to Qorva Airlines on Tuesday.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
    expect(develops('Zenco Inc has supplied the Zeta X9 radar to India since 2019.')).toEqual(['Zenco Inc -develops-> Zeta X9']);
  });

  it('"Zenco, the sole supplier of the Zeta X9 radar" names the provider', () => {
    expect(develops('Zenco Inc is the sole supplier of the Zeta X9 radar.')).toEqual(['Zenco Inc -develops-> Zeta X9']);
  });

  it('"a deal for Zenco to supply Zeta chips": the name after "for" supplies, not the clause\'s subject', () => {
    expect(develops('Qorva Inc signed a deal for Zenco Inc to supply Zeta chips.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Japan reached an agreement for Zenco Inc to deliver Zeta 300 jets.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
  });

  it('a negated or planned supply states no provider', () => {
    expect(develops('Zenco Inc did not supply Zeta chips to Qorva Inc.')).toEqual([]);
    expect(develops('Zenco Inc plans to supply Zeta chips to Qorva Inc.')).toEqual([]);
  });

  it('sales, subscriptions and access delivered or provided are not the named thing', () => {
    expect(develops('Zenco Inc delivered strong Zeta X9 sales last quarter.')).toEqual([]);
    expect(develops('Zenco Inc provides a free Zeta Chat subscription to its staff.')).toEqual([]);
    expect(develops('Zenco Inc provides Zeta Chat access to its staff.')).toEqual([]);
  });

  it('a person supplying a thing makes nothing', () => {
    expect(develops('John Smith supplied the Zeta X9 to the army.')).toEqual([]);
  });
});

describe('goods bought or ordered from a firm', () => {
  it('"buys Z20 engines from Zenco", "ordered 20 Zeta jets from Zenco": the seller makes them, the buyer does not', () => {
    expect(develops('Qorva Airlines buys Z20 engines from Zenco Inc.')).toEqual(['Zenco Inc -develops-> Z20']);
    expect(develops('Qorva Airlines ordered 20 Zeta 300 jets from Zenco Inc.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
    expect(develops('Qorva Inc purchased 40 Zeta modems from Zenco Inc.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });

  it('a business bought from a firm, or goods not bought, name no maker', () => {
    // Since stop 98 (the team's policy call): a named brand sold was the seller's, done or planned; a purchase done is the buyer's too.
    expect(develops('Qorva Inc bought the Zeta brand from Zenco Inc.')).toEqual(['Qorva Inc -develops-> Zeta', 'Zenco Inc -develops-> Zeta']);
    expect(develops('Qorva Inc bought Zeta Bank shares from Zenco Inc.')).toEqual([]);
    // Not buying the engines still names their seller; the would-be buyer makes nothing.
    expect(develops('Qorva Inc did not buy Z20 engines from Zenco Inc.')).toEqual(['Zenco Inc -develops-> Z20']);
    expect(develops('Zenco Inc received a large order for Z20 engines from Qorva Airlines.')).toEqual([]);
  });

  it('an order a firm won names its buyer after "from", who makes nothing', () => {
    expect(develops('Zenco Inc won an order for its Zeta 300 jets from Qorva Airlines.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
    // Helper dvo95: counted goods in an order the firm secured are its own (ordered-goods-patterns.ts); the buyer still makes nothing.
    expect(develops('Zenco Inc secured a contract for 20 Zeta 300 jets from Qorva Airlines.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
    expect(develops('Zenco Inc received a large order for Z20 engines from Qorva Airlines.')).toEqual([]);
  });
});

describe('joint services', () => {
  it('"their joint service Zemtune" after the pair is named: each makes it', () => {
    expect(develops('Zenco Inc and Qorva Inc said their joint service Zemtune had ten million users.')).toEqual([
      'Qorva Inc -develops-> Zemtune',
      'Zenco Inc -develops-> Zemtune',
    ]);
    expect(develops('Zenco Inc and Qorva Inc will close their joint app, Zemtune, next year.')).toEqual([
      'Qorva Inc -develops-> Zemtune',
      'Zenco Inc -develops-> Zemtune',
    ]);
  });

  it('"Zemtune, the result of a collaboration between Zenco and Qorva": each partner makes it', () => {
    expect(develops('Zemtune, the result of a collaboration between Zenco Inc and Qorva Inc, is popular.')).toEqual([
      'Qorva Inc -develops-> Zemtune',
      'Zenco Inc -develops-> Zemtune',
    ]);
    expect(develops('Zemtune, a product of a partnership between Zenco Inc and Qorva Inc, costs $5.')).toEqual([
      'Qorva Inc -develops-> Zemtune',
      'Zenco Inc -develops-> Zemtune',
    ]);
  });

  it('"Zenco and Qorva jointly run Zemtune": each makes it; run with no "jointly", or a study run jointly, does not', () => {
    expect(develops('Zenco Inc and Qorva Inc jointly run Zemtune.')).toEqual([
      'Qorva Inc -develops-> Zemtune',
      'Zenco Inc -develops-> Zemtune',
    ]);
    expect(develops('Zenco Inc and Qorva Inc jointly run a study of Zemtune.')).toEqual([]);
    expect(develops('Zemtune, the result of a collaboration between John Smith and Jane Doe, is popular.')).toEqual([]);
  });
});

describe('parts in another firm\'s product', () => {
  it('"Qorva\'s Z66 jets use engines from Zenco": Zenco makes the engines, not the Z66', () => {
    expect(develops("Qorva Aero's Z66 jets use engines from Zenco Motors.")).toEqual(['Qorva Aero -develops-> Z66']);
    expect(develops('The Z66, powered by Zenco Motors engines, flew on Monday.')).toEqual([]);
  });
});
