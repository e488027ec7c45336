import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper trd97, from stop 97's ninety-fifth fresh sample: a drug or food agency's import alert on a kind of goods from a whole state
// restricts that state; a duty whose actor is told in a passive clause between its noun and the goods ("the tariff imposed by the
// Zembla administration on Ruritanian goods") falls on the state the goods' demonym names. Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();

describe('an import alert on goods from a state', () => {
  it('"placed all gels from Mexico on import alert" restricts the state', () => {
    expect(restricts('The Food and Drug Administration placed all vexium gels from Mexico on a countrywide import alert.')).toEqual(['Food and Drug Administration -restricts-> Mexico']);
    expect(restricts('The Food and Drug Administration on Monday placed all zeta wipes made in Mexico on import alert.')).toEqual(['Food and Drug Administration -restricts-> Mexico']);
  });

  it('"issued an import alert for all gels made in Mexico" restricts the state', () => {
    expect(restricts('The Food and Drug Administration issued an import alert for all vexium gels made in Mexico.')).toEqual(['Food and Drug Administration -restricts-> Mexico']);
    expect(restricts('The Food and Drug Administration has issued an import alert against a number of zeta gel products that are coming from Mexico.')).toEqual(['Food and Drug Administration -restricts-> Mexico']);
  });

  it('goods placed on an agency\'s import alert, told in the passive, restrict their state', () => {
    expect(restricts('All vexium gels from Mexico have been placed on a Food and Drug Administration import alert.')).toEqual(['Food and Drug Administration -restricts-> Mexico']);
  });

  it('an alert lifted, weighed, feared or laid by a firm restricts no state', () => {
    expect(restricts('The Food and Drug Administration lifted the import alert for all vexium gels made in Mexico.')).toEqual([]);
    expect(restricts('The Food and Drug Administration is considering an import alert for all vexium gels made in Mexico.')).toEqual([]);
    expect(restricts('The Food and Drug Administration could place all vexium gels from Mexico on import alert.')).toEqual([]);
    expect(restricts('Zenco Inc placed all vexium gels from Mexico on its import alert list.')).toEqual([]);
    expect(restricts('Zenco Inc issued an import alert for all vexium gels made in Mexico.')).toEqual([]);
    expect(restricts('The Food and Drug Administration removed all vexium gels from Mexico from its import alert.')).toEqual([]);
  });

  it('an alert on one firm\'s goods keeps reading as a ban of that firm, not of its state', () => {
    expect(restricts('The Food and Drug Administration imposed an import alert on Zenco Inc.')).not.toContain('Food and Drug Administration -restricts-> Mexico');
    expect(banned('The Food and Drug Administration issued an import alert for all vexium gels made in Mexico.')).toEqual([]);
  });
});

describe('a duty\'s actor in a passive clause before the goods\' demonym', () => {
  it('"the tariff imposed by the Trump administration on Vietnamese exports" restricts the goods\' state', () => {
    expect(restricts('Exporters are hit by the tariff imposed by the Trump administration on Vietnamese exports.')).toEqual(['United States -restricts-> Vietnam']);
    expect(restricts('Tariffs imposed by the United States on Chinese vexium hit retailers.')).toEqual(['United States -restricts-> China']);
    expect(restricts('The 25% duty levied by India on Chinese zeta panels took effect.')).toEqual(['India -restricts-> China']);
  });

  it('a duty proposed, threatened or paid by the party named, or on people, restricts no state by the demonym', () => {
    expect(restricts('Exporters fear the tariff proposed by the Trump administration on Vietnamese exports.')).toEqual([]);
    expect(restricts('Exporters fear the tariff threatened by the United States on Vietnamese exports.')).toEqual([]);
    expect(restricts('The duties paid by Zenco Inc on Chinese vexium rose.')).toEqual([]);
    expect(restricts('The tariff imposed by the United States on Chinese students was criticised.')).toEqual([]);
    expect(restricts('The tariff imposed by Zenco Inc on Chinese vexium was a surcharge.')).toEqual([]);
  });
});
