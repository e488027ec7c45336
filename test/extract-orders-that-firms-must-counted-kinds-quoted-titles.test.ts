import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 74, third round, from its thirty-first and thirty-second sets: orders told with "that" and the duties merger conditions set
// (prices kept, plans maintained, measures submitted), measures requiring named firms to act, orders against a counted kind whose
// members follow a dash, quoted titles after an owner's 's, services named after their kind, and makers behind a work set off
// after the name. Sentences written for the tests.

describe('orders and conditions that bind named firms', () => {
  it('"mandated that A and B must keep current prices" restricts both', () => {
    expect(only('restricts')(scoredClaimsOf('The Korea Fair Trade Commission mandated that Zeta Media and Vela Media must keep current prices until 2026.'))).toEqual([
      'Korea Fair Trade Commission -restricts-> Vela Media',
      'Korea Fair Trade Commission -restricts-> Zeta Media',
    ]);
  });

  it('"ordered that A and B each maintain their existing plans"', () => {
    expect(only('restricts')(scoredClaimsOf('The Korea Fair Trade Commission ordered that Zeta Media and Vela Media each maintain their existing plans.'))).toEqual([
      'Korea Fair Trade Commission -restricts-> Vela Media',
      'Korea Fair Trade Commission -restricts-> Zeta Media',
    ]);
  });

  it('a ruling that firms may merge binds no one', () => {
    expect(only('restricts')(scoredClaimsOf('The Korea Fair Trade Commission ruled that Zeta Media and Vela Media may merge.'))).toEqual([]);
  });

  it('"imposed corrective measures requiring A and B to freeze prices"', () => {
    expect(only('restricts')(scoredClaimsOf('The Korea Fair Trade Commission imposed corrective measures requiring Zeta Media and Vela Media to freeze prices.'))).toEqual([
      'Korea Fair Trade Commission -restricts-> Vela Media',
      'Korea Fair Trade Commission -restricts-> Zeta Media',
    ]);
  });

  it('"ordered Zenco Korea to submit revised measures"', () => {
    expect(only('restricts')(scoredClaimsOf('The Korea Fair Trade Commission ordered Zenco Korea to submit revised measures.'))).toEqual(['Korea Fair Trade Commission -restricts-> Zenco Korea']);
  });

  it('"issued corrective orders against three platforms — A, B and C"', () => {
    expect(only('restricts')(scoredClaimsOf('The Korea Fair Trade Commission issued corrective orders against three platforms — Zeta Mall, Vela Shop and Kappa Store.'))).toEqual([
      'Korea Fair Trade Commission -restricts-> Kappa Store',
      'Korea Fair Trade Commission -restricts-> Vela Shop',
      'Korea Fair Trade Commission -restricts-> Zeta Mall',
    ]);
  });
});

describe('quoted titles, named services and makers behind a work', () => {
  it('"Zenco\'s \'Vela M\', Qorva\'s \'Zeta Arc\'": each owner makes its quoted title', () => {
    expect(only('develops')(scoredClaimsOf("Sales of Zenco Corp's 'Vela M', Qorva Inc's 'Zeta Arc', and Borin Ltd's 'Night Owl' fell."))).toEqual([
      'Borin Ltd -develops-> Night Owl',
      'Qorva Inc -develops-> Zeta Arc',
      'Zenco Corp -develops-> Vela M',
    ]);
  });

  it('"Zenco\'s "Vela"" keeps the owner\'s name apart from its \'s', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Corp\'s "Vela" game was popular.'))).toEqual(['Zenco Corp -develops-> Vela']);
  });

  it('"A and B provide the OTT service Kappa"', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Media and Vela Media provide the OTT service Kappa.'))).toEqual([
      'Vela Media -develops-> Kappa',
      'Zenco Media -develops-> Kappa',
    ]);
  });

  it('a service provided to a named firm is not its work', () => {
    expect(only('develops')(scoredClaimsOf("Zenco Media provides the cloud service to Vela Media's staff."))).toEqual([]);
  });

  it('"Nexon, behind the online game Vela Quest, …"', () => {
    expect(only('develops')(scoredClaimsOf('Nexon, behind the online game Vela Quest, updated its terms.'))).toEqual(['Nexon -develops-> Vela Quest']);
  });
});
