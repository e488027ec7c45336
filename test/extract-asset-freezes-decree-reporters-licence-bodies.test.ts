import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 76, second round, from the controls families of stop 75's last sets: assets frozen "in" a state named as an adjective,
// a decree's duties told with the body as the reporter, orders to adopt a compliance plan or appoint a monitor, and licence
// requirements whose body is named with the licence. Sentences written for the tests.

describe('asset freezes', () => {
  it('"froze the US assets of A and B": the firms are restricted, not the state the assets are in', () => {
    expect(only('restricts')(scoredClaimsOf('The Treasury Department froze the US assets of Qorva Trading and Vexa Shipping.'))).toEqual([
      'Treasury Department -restricts-> Qorva Trading',
      'Treasury Department -restricts-> Vexa Shipping',
    ]);
  });

  it('"froze Russian funds" with no owner restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf('The Treasury Department froze Russian funds held by American banks.'))).toEqual([]);
  });
});

describe('decrees and orders with duties', () => {
  it('"Under the consent decree, Vellum must …, the Commission said": the reporting body binds the firm', () => {
    expect(
      only('restricts')(scoredClaimsOf('Under the consent decree, Vellum Electronics will pay $200,000 and must implement a compliance plan, the Federal Communications Commission said.')),
    ).toEqual(['Federal Communications Commission -restricts-> Vellum Electronics']);
  });

  it('the same told by the firm restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf('Under the agreement, Vellum Electronics will expand its network, Orbix Cable said.'))).toEqual([]);
  });

  it('"ordered Vellum to adopt a compliance plan", "to appoint an independent monitor"', () => {
    expect(only('restricts')(scoredClaimsOf('The Federal Communications Commission ordered Vellum Electronics to adopt a compliance plan.'))).toEqual([
      'Federal Communications Commission -restricts-> Vellum Electronics',
    ]);
    expect(only('restricts')(scoredClaimsOf('The Federal Trade Commission ordered Orbix Data Inc. to appoint an independent monitor.'))).toEqual([
      'Federal Trade Commission -restricts-> Orbix Data Inc',
    ]);
  });
});

describe('licence requirements told by their effect', () => {
  it('"exporters need a Commerce Department licence to ship chips to Zenco", "a licence from the Department"', () => {
    expect(only('restricts')(scoredClaimsOf('Under the rule, exporters need a Commerce Department license to ship chips to Zenco Telecom.'))).toEqual([
      'Commerce Department -restricts-> Zenco Telecom',
    ]);
    expect(only('restricts')(scoredClaimsOf('Suppliers now need a licence from the Commerce Department to sell to Zenco Telecom.'))).toEqual([
      'Commerce Department -restricts-> Zenco Telecom',
    ]);
  });

  it("a firm's licence restricts no one", () => {
    expect(only('restricts')(scoredClaimsOf('Suppliers need a licence from Qorva Systems to sell to Zenco Telecom.'))).toEqual([]);
  });
});
