import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Helper rst97, from the fresh sample s95 (chemical rules, export controls on metals): a restriction on the use of a substance was
// read as a ban, as limits on using an app are, and lower-case substances a restriction or an export control names were never
// typed. The trigger word decides: "restrict", "limit", "curb" restrict; a ban, or a block of a service its users may not use, bans.
// Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(claimsOf(text)).sort();
const banned = (text: string): string[] => only('banned')(claimsOf(text)).sort();

describe('a limit on the use of a substance restricts it', () => {
  it('"restrictions on the use of Y in goods" and "restricted the use of Y" are restricts, not banned', () => {
    expect(restricts('France adopted new restrictions on the use of Zetaflon in firefighting foams.')).toEqual(['France -restricts-> Zetaflon']);
    expect(banned('France adopted new restrictions on the use of Zetaflon in firefighting foams.')).toEqual([]);
    expect(restricts('Japan restricted the use of Zetaflon in consumer products.')).toEqual(['Japan -restricts-> Zetaflon']);
    expect(banned('Japan restricted the use of Zetaflon in consumer products.')).toEqual([]);
    expect(restricts('Japan restricted the use of Qorvex.')).toEqual(['Japan -restricts-> Qorvex']);
  });

  it('keeps a ban a ban, and a block of an app\'s use by its users a ban', () => {
    expect(banned('France banned the use of Zetaflon in cosmetics.')).toEqual(['France -banned-> Zetaflon']);
    expect(banned('Japan restricted the use of Zetachat on government devices.')).toEqual(['Japan -banned-> Zetachat']);
    expect(banned('Japan restricted the use of Zetachat by officials.')).toEqual(['Japan -banned-> Zetachat']);
    expect(banned('Japan restricted access to Zetachat.')).toEqual(['Japan -banned-> Zetachat']);
    expect(banned('Russia imposed curbs on use of WhatsApp.')).toEqual(['Russia -banned-> WhatsApp']);
  });

  it('reads no asserted restriction when it is denied or only proposed', () => {
    expect(restricts('Japan did not restrict the use of Zetaflon.')).toEqual([]);
    expect(restricts('Japan proposed restrictions on the use of Zetaflon.')).toEqual([]);
    expect(banned('Japan proposed restrictions on the use of Zetaflon.')).toEqual([]);
  });
});

describe('lower-case substances a restriction or an export control names are its targets', () => {
  it('after a restricting verb, "restrictions on the export of" and "export controls on"', () => {
    expect(restricts('France restricted exports of zenium and qorvium in July.')).toEqual(['France -restricts-> qorvium', 'France -restricts-> zenium']);
    expect(restricts('Japan announced restrictions on the export of zenium.')).toEqual(['Japan -restricts-> zenium']);
    expect(restricts('Japan imposed export controls on zenium.')).toEqual(['Japan -restricts-> zenium']);
  });

  it('near misses: production limited, the use of a substance restricted, emissions capped, controls lifted or planned', () => {
    expect(claimsOf('Zenco limited production of zenoxate at its plant.')).toEqual([]);
    expect(claimsOf('Officials restricted the use of zenoxate in pools operated by Zenco.').filter((c) => c.includes('zenoxate'))).toEqual([]);
    expect(claimsOf('France has capped methane from oil wells.')).toEqual([]);
    expect(restricts('Japan lifted export controls on zenium.')).toEqual([]);
    expect(restricts('Japan may restrict exports of zenium.')).toEqual([]);
    // Exports to a named destination restrict the destination (critic crit97b; extract-name-edges' export ban).
    expect(restricts('Japan restricted exports of zenium and qorvium to Zembla.')).not.toContain('Japan -restricts-> zenium');
    expect(claimsOf('Zenco restricted access to its Zeta model.').filter((c) => /-(?:banned|restricts)->/.test(c))).toEqual([]);
  });
});
