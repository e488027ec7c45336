import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Helper fx85: false edges on news (precision) as families — names cut short at a small word or a lower-case model code, units and
// service acronyms read as names, a maker's headline noun kept in the name, a purpose clause given to the bought firm, and the
// market rivals compete in read as a rival. Sentences written for the tests.

describe('names cut short', () => {
  it('"X at Home", "X on Call", "X on Demand" are one service name', () => {
    expect(only('develops')(claimsOf('Zenco launched Doc at Home, a telehealth app, in March.'))).toEqual(['Zenco -develops-> Doc at Home']);
    expect(only('develops')(claimsOf('Zenco launched Care on Call, its nurse hotline service, last year.'))).toEqual(['Zenco -develops-> Care on Call']);
    expect(only('develops')(claimsOf('Zenco unveiled Ride on Demand, a taxi app.'))).toEqual(['Zenco -develops-> Ride on Demand']);
  });

  it("the idiom's noun closes the name: two such services listed stay two", () => {
    expect(only('develops')(claimsOf('Zenco launched Doc at Home and Care on Call.'))).toEqual(['Zenco -develops-> Care on Call', 'Zenco -develops-> Doc at Home']);
  });

  it('a firm at a place or an event stays apart, and a longer name after "at" is its own', () => {
    expect(only('develops')(claimsOf('Zenco at Davos unveiled Zapp.'))).toEqual(['Zenco -develops-> Zapp']);
    expect(only('develops')(claimsOf('Zenco launched Zapp at Home Depot stores.'))).toEqual(['Zenco -develops-> Zapp']);
  });

  it('a model code in lower case goes on with the name', () => {
    expect(only('develops')(claimsOf('Qorva released the Nimbus x20 phone on Tuesday.'))).toEqual(['Qorva -develops-> Nimbus x20']);
    expect(only('develops')(claimsOf('Qorva released the Nimbus s23 and the Lumo x20 Pro.'))).toEqual(['Qorva -develops-> Lumo x20 Pro', 'Qorva -develops-> Nimbus s23']);
    expect(only('develops')(claimsOf('Vexa unveiled the Zeta 5X Pro smartphone in Berlin.'))).toEqual(['Vexa -develops-> Zeta 5X Pro']);
  });

  it('a version or a kind acronym in lower case does not', () => {
    expect(only('develops')(claimsOf("Zenco's Zapp v2 app was banned by Ruritania."))).toEqual(['Zenco -develops-> Zapp']);
    expect(claimsOf('Zenco sells x86 servers to Qorva.')).toEqual([]);
  });
});

describe('units and service acronyms are no names', () => {
  it('a unit of energy or power is no made thing', () => {
    expect(claimsOf('Zenco built a 300 MWh battery plant.')).toEqual([]);
    expect(claimsOf('Zenco developed a 5 GWh storage site.')).toEqual([]);
    expect(claimsOf('Qorva built a 200 MW solar farm.')).toEqual([]);
  });

  it('"IPTV" is a kind of service, not a banned product', () => {
    expect(claimsOf('Ruritania banned IPTV boxes.')).toEqual([]);
    expect(claimsOf('IPTV services were banned by Ruritania.')).toEqual([]);
    expect(claimsOf('Ruritania Bans IPTV Services')).toEqual([]);
  });

  it('a real product is still banned beside them', () => {
    expect(only('banned')(claimsOf('Ruritania banned IPTV boxes and Zapp.'))).toEqual(['Ruritania -banned-> Zapp']);
  });
});

describe("a headline's kind and maker's noun before a firm", () => {
  it('"Chip Maker Zenco Rivals Qorva" names Zenco, not "Maker Zenco"', () => {
    expect(claimsOf('Chip Maker Zenco Rivals Qorva')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(claimsOf('EV Maker Zenco Rivals Qorva')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(claimsOf('GPU Maker Zenco Takes On Qorva')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('a product before the maker\'s noun is still made by the firm', () => {
    expect(claimsOf('Zapp Maker Zenco Rivals Qorva')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -develops-> Zapp']);
  });
});

describe('a purpose clause after a purchase is the buyer\'s', () => {
  it('"in a bid to", "in an effort to", "helping it" give the buyer the rival', () => {
    expect(only('competes_with')(claimsOf('Zenco acquired Qorva in a bid to rival Vexa.'))).toEqual(['Zenco -competes_with-> Vexa']);
    expect(only('competes_with')(claimsOf('Zenco bought Qorva in an effort to compete with Vexa.'))).toEqual(['Zenco -competes_with-> Vexa']);
    expect(only('competes_with')(claimsOf('Zenco bought Qorva, helping it compete with Vexa.'))).toEqual(['Zenco -competes_with-> Vexa']);
    expect(only('competes_with')(claimsOf('Zenco purchased Qorva last year, allowing it to take on Vexa.'))).toEqual(['Zenco -competes_with-> Vexa']);
    expect(only('competes_with')(claimsOf('Zenco bought Qorva to compete against Vexa.'))).toEqual(['Zenco -competes_with-> Vexa']);
  });

  it('another clause\'s subject, or a firm that is not bought, keeps its own rivalry', () => {
    expect(only('competes_with')(claimsOf('Zenco bought Qorva, and Lumo hired staff in a bid to rival Vexa.'))).toContain('Lumo -competes_with-> Vexa');
    expect(only('competes_with')(claimsOf('Zenco bought Qorva, and Lumo hired staff in a bid to rival Vexa.'))).not.toContain('Zenco -competes_with-> Vexa');
    expect(only('competes_with')(claimsOf('Zenco praised Qorva, helping it compete with Vexa.'))).not.toContain('Zenco -competes_with-> Vexa');
    expect(only('competes_with')(claimsOf('Qorva cut prices in a bid to rival Vexa.'))).toEqual(['Qorva -competes_with-> Vexa']);
  });
});

describe('where rivals compete is no rival', () => {
  it('"compete in <market or place>" names no rival there', () => {
    expect(only('competes_with')(claimsOf('Zenco competes in Payments with Qorva.'))).toEqual(['Zenco -competes_with-> Qorva']);
    expect(only('competes_with')(claimsOf('Zenco and Qorva compete in Zembla.'))).toEqual(['Zenco -competes_with-> Qorva']);
    expect(only('competes_with')(claimsOf('Zenco will compete in Ruritania.'))).toEqual([]);
  });

  it('a rival named after "with" is still read', () => {
    expect(only('competes_with')(claimsOf('Zenco competes with Qorva in Zembla.'))).toEqual(['Zenco -competes_with-> Qorva']);
    expect(only('competes_with')(claimsOf("Zenco competes in Qorva's home market."))).toEqual(['Zenco -competes_with-> Qorva']);
  });
});
