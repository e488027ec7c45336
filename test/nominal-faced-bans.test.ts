import { describe, expect, it } from 'vitest';
import { lexiconWith, MADE_UP_STATES, only, scoredClaimsOf } from './extract-helpers';
import { extractArticle } from '../src/pipeline/extract/extract-article';

// Helper nominal: a state's ban told from the side of the firm or the goods that face it ("Zenco faces a US import ban"). The
// trade word before the noun ("import", "sales") is no owner of the act; the subject that faces the act owns none either, so the
// state by its adjective bans what the "on" names. Made-up sentences; the made-up states are added to the states' list.

const madeUpStates = lexiconWith({ states: MADE_UP_STATES });
const labelled = (text: string, relation: string, status = 'asserted'): string[] => {
  const record = extractArticle({ id: 'faced', text }, madeUpStates);
  const label = new Map(record.entities.map((e) => [e.key, e.label]));
  return record.claims.filter((c) => c.relation === relation && c.status === status).map((c) => `${label.get(c.source)} -${c.relation}-> ${label.get(c.target)}`).sort();
};

describe('a ban the firm or its goods face', () => {
  it('an import ban named by the state or its adjective bans the firm that faces it', () => {
    expect(only('banned')(scoredClaimsOf('Zenco faces a US import ban.'))).toEqual(['United States -banned-> Zenco']);
    expect(labelled('Zenco faces a Ruritanian import ban.', 'banned')).toEqual(['Ruritania -banned-> Zenco']);
    expect(labelled('Zenco now faces a Ruritanian import ban after the ruling.', 'banned')).toEqual(['Ruritania -banned-> Zenco']);
    expect(labelled('Vexa faces an import ban in Zembla.', 'banned')).toEqual(['Zembla -banned-> Vexa']);
  });

  it('goods that face the ban are banned', () => {
    expect(labelled("Qorva's Zeta phones face a Ruritanian import ban.", 'banned')).toEqual(['Ruritania -banned-> Zeta']);
    expect(only('banned')(scoredClaimsOf("Zenco's Plix drones face a US import ban."))).toEqual(['United States -banned-> Plix']);
  });

  it('the firm that faces a ban on its goods does not ban them; the state does', () => {
    expect(labelled('Qorva faces a Zemblan ban on its Zeta phones.', 'banned')).toEqual(['Zembla -banned-> Zeta']);
    expect(labelled('Qorva faces a Zemblan import ban on its Zeta phones.', 'banned')).toEqual(['Zembla -banned-> Zeta']);
  });

  it('a ban the firm may face is a proposal', () => {
    expect(labelled('Zenco could face a Ruritanian import ban.', 'banned')).toEqual([]);
    expect(labelled('Zenco could face a Ruritanian import ban.', 'banned', 'proposed')).toEqual(['Ruritania -banned-> Zenco']);
  });
});

describe('near misses', () => {
  it('a ban on a doing of the firm bans no one', () => {
    expect(labelled('Zenco faces a Ruritanian ban on advertising.', 'banned')).toEqual([]);
    expect(labelled('Zenco faces a Ruritanian ban on its advertising.', 'banned')).toEqual([]);
    expect(labelled('Zenco faces a Ruritanian ban on new hiring.', 'banned')).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Zenco faces a ban on advertising.'))).toEqual([]);
  });

  it('a possible ban, criticism, an avoided or ended ban', () => {
    expect(only('banned')(scoredClaimsOf('Zenco faces a possible US import ban.'))).toEqual([]);
    expect(scoredClaimsOf('Zenco faces criticism over its Zeta phones.').filter((c) => !c.includes('-develops->'))).toEqual([]);
    expect(labelled('Zenco avoided a Ruritanian import ban.', 'banned')).toEqual([]);
    expect(labelled('Zenco faced a Ruritanian import ban until 2020.', 'banned')).toEqual([]);
  });
});
