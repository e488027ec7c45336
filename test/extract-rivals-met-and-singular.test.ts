import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rvz94, from fresh sample s91's rivalry readers: a rival met in a market ("is coming up against Qorva"), and a singular
// rival's noun before a list, which names the list's first member only ("sued industry rival Qorva and the Ruritania Rovers").
// Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('"come up against" a rival', () => {
  it('a firm that comes, came or is coming up against another competes with it', () => {
    expect(rivals('Zenco Corp. will also be coming up against Qorva Inc. in Europe.')).toEqual(['Zenco Corp -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Corp. came up against Qorva Inc. in the bidding for the contract.')).toEqual(['Zenco Corp -competes_with-> Qorva Inc']);
    expect(rivals('In Zembla, Zenco Corp. comes up against Qorva Inc. and Vexa Ltd.')).toEqual(['Zenco Corp -competes_with-> Qorva Inc', 'Zenco Corp -competes_with-> Vexa Ltd']);
  });

  it('resistance, a regulator or a partner met is no rival', () => {
    expect(rivals('Zenco Corp. has come up against resistance from its partner Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Corp. came up against the Ruritania Commission over its pricing.')).toEqual([]);
    expect(rivals('Zenco Corp. came up against objections from its investor Qorva Capital.')).toEqual([]);
    expect(rivals('Zenco Corp. came up with a new plan for its client Qorva Inc.')).toEqual([]);
  });
});

describe('a singular rival before a list', () => {
  it('names the first member only', () => {
    expect(rivals("Zenco Corp.'s lawsuit against industry rival Qorva Inc. and the Ruritania Rovers dragged on.")).toEqual(['Zenco Corp -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Corp. bought rival Qorva Inc. and Vexa Ltd. last year.')).toEqual(['Zenco Corp -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Corp. sued its rival, Qorva Inc., and Vexa Ltd. on Tuesday.')).toEqual(['Zenco Corp -competes_with-> Qorva Inc']);
  });

  it('a plural noun or the verb still names every member', () => {
    expect(rivals('Zenco Corp. sued rivals Qorva Inc. and Vexa Ltd. on Tuesday.')).toEqual(['Zenco Corp -competes_with-> Qorva Inc', 'Zenco Corp -competes_with-> Vexa Ltd']);
    expect(rivals('Zenco Corp. faces competitors Qorva Inc. and Vexa Ltd.')).toEqual(['Zenco Corp -competes_with-> Qorva Inc', 'Zenco Corp -competes_with-> Vexa Ltd']);
    expect(rivals('Zenco Corp. and Zeta Labs already rival Qorva Inc. and Vexa Ltd.')).toEqual(['Zenco Corp -competes_with-> Qorva Inc', 'Zenco Corp -competes_with-> Vexa Ltd', 'Zeta Labs -competes_with-> Qorva Inc', 'Zeta Labs -competes_with-> Vexa Ltd']);
  });
});
