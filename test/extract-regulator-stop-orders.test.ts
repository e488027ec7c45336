import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper ord89, from a fresh sample on surveillance, trucks, machinery and car parts: a regulator's order that stops a firm or its
// goods, told without "ban". An order to stop using a tool keeps the firm from one activity (restricts); a cancelled certification,
// a halted or withheld sale of a maker's goods and a named system rejected stop the firm or the thing (banned). Sentences written
// for the tests.

const bans = (text: string): string[] => only('banned')(scoredClaimsOf(text));
const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));

describe('an order to stop using a tool', () => {
  it('"ordered Zenco to stop using facial recognition" restricts each firm ordered', () => {
    expect(restricts('The Zembla Data Office has ordered Qorva Leisure Ltd and Qorva Isles Ltd to stop using face scanners to clock in staff.')).toEqual(expect.arrayContaining([
      'Zembla Data Office -restricts-> Qorva Leisure Ltd',
      'Zembla Data Office -restricts-> Qorva Isles Ltd',
    ]));
    expect(restricts('The Zembla Data Office told Zenco Inc to cease the use of fingerprint scanners at its depots.')).toEqual(['Zembla Data Office -restricts-> Zenco Inc']);
  });

  it('enforcement notices ordering a firm to stop using a tool restrict it', () => {
    expect(restricts('The Zembla Data Office issued enforcement notices ordering Qorva Leisure Ltd to stop using facial recognition to monitor staff.')).toEqual(['Zembla Data Office -restricts-> Qorva Leisure Ltd']);
  });

  it('an order told in the passive restricts the firm', () => {
    expect(restricts('Qorva Leisure Ltd was ordered by the Zembla Data Office to stop using facial recognition.')).toEqual(['Zembla Data Office -restricts-> Qorva Leisure Ltd']);
  });

  it('a firm ordering its staff or another firm, and orders proposed or denied, restrict nobody', () => {
    expect(restricts('Qorva Leisure Ltd ordered its staff to stop using face scanners.')).toEqual([]);
    expect(restricts('Zenco Inc ordered Qorva Ltd to stop using its cameras.')).toEqual([]);
    expect(restricts('The Zembla Data Office proposed ordering Qorva Leisure Ltd to stop using face scanners.')).toEqual([]);
    expect(restricts('The Zembla Data Office did not order Qorva Leisure Ltd to stop using face scanners.')).toEqual([]);
    expect(restricts('The Zembla Data Office may order Qorva Leisure Ltd to stop using face scanners.')).toEqual([]);
  });

  it('an order to pay or to explain a tool stops nothing', () => {
    expect(restricts('The Zembla Data Office ordered Zenco Inc to pay a fine over its face scanners.')).toEqual([]);
    expect(restricts('The Zembla Data Office ordered Zenco Inc to explain its use of face scanners.')).toEqual([]);
  });
});

describe('a certification cancelled', () => {
  it('"cancelled the certification of Zenco Trucks" bans the maker', () => {
    expect(bans('The Ruritanian Transport Ministry cancelled the certification of Zenco Trucks Inc.')).toEqual(['Ruritanian Transport Ministry -banned-> Zenco Trucks Inc']);
    expect(bans('The Ruritanian Transport Ministry withdrew the safety certification of the Zeta X9 truck.')).toEqual(['Ruritanian Transport Ministry -banned-> Zeta X9']);
  });

  it('a certification kept, or only threatened, bans nothing', () => {
    expect(bans('The Ruritanian Transport Ministry did not cancel the certification of Zenco Trucks Inc.')).toEqual([]);
    expect(bans('The Ruritanian Transport Ministry may revoke the certification of Zenco Trucks Inc.')).toEqual([]);
    expect(bans('Zenco Trucks Inc said the Ruritanian Transport Ministry had suspended the certification process for its new trucks.')).toEqual([]);
  });
});

describe('a sale of a maker\'s goods halted or not allowed', () => {
  it('"halted the sale of diesel models of Zenco" bans the maker', () => {
    expect(bans('The Ruritanian Transport Ministry has halted the sale of diesel models of Zenco Inc.')).toEqual(['Ruritanian Transport Ministry -banned-> Zenco Inc']);
  });

  it('"was not allowing the sale of Zenco machines", "stopped allowing imports of Zenco trucks" ban the maker', () => {
    expect(bans('The Ruritanian Trade Ministry was not allowing the sale of Zenco Inc machines to Borduria.')).toEqual(['Ruritanian Trade Ministry -banned-> Zenco Inc']);
    expect(bans('The Ruritanian Trade Ministry stopped allowing the sale of Zenco Inc excavators.')).toEqual(['Ruritanian Trade Ministry -banned-> Zenco Inc']);
    expect(bans('Germany will no longer allow imports of Zenco Inc trucks.')).toEqual(['Germany -banned-> Zenco Inc']);
  });

  it('a firm not stocking goods, or a firm itself not sold, is no state ban', () => {
    expect(bans('Zenco Inc was not allowing the sale of Qorva Ltd tyres at its stores.')).toEqual([]);
    expect(bans('Germany is not allowing the sale of Zenco Inc to Qorva Ltd.')).toEqual([]);
  });
});

describe('a named system rejected', () => {
  it('"rejected the Zeta X9 face-matching system" bans the system', () => {
    expect(bans('The Ruritanian Data Office rejected the Zeta X9 face-matching system.')).toEqual(['Ruritanian Data Office -banned-> Zeta X9']);
    expect(bans("The Ruritanian Data Office rejected Zenco Inc's Zeta X9 cameras.")).toEqual(['Ruritanian Data Office -banned-> Zeta X9']);
  });

  it('claims, appeals and applications rejected, or a firm rejecting a system, ban nothing', () => {
    expect(bans('The Ruritanian Data Office rejected claims that the Zeta X9 system was unsafe.')).toEqual([]);
    expect(bans("The Ruritanian Data Office rejected the Zeta X9 system's appeal.")).toEqual([]);
    expect(bans('The Ruritanian Data Office rejected the Zeta X9 system application.')).toEqual([]);
    expect(bans('The Ruritanian Data Office did not reject the Zeta X9 face-matching system.')).toEqual([]);
    expect(bans('Zenco Inc rejected the Qorva Z2 system.')).toEqual([]);
  });
});

describe('orders that stop no firm', () => {
  it('a court ordering a firm to pay, and an order overturned, ban nothing', () => {
    expect(bans('A Ruritanian court ordered Zenco Inc to pay damages to Qorva Ltd.')).toEqual([]);
    expect(restricts('A Ruritanian court ordered Zenco Inc to pay damages to Qorva Ltd.')).toEqual([]);
    expect(restricts('An appeals court overturned the Zembla Data Office order for Qorva Leisure Ltd to stop using face scanners.')).toEqual([]);
  });
});
