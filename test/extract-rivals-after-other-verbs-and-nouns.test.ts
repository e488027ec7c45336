import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper riv91, from stop 90's last fresh sample (set 81): rivals named after a verb or a noun other than "competition from" — a
// pronoun set against rivals, a possessed rival set off after a kind of firm, a "with" clause calling a list the subject's rivals, a
// list pressing a named firm, and a gapped clause of rivals' amounts. Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text)).sort();

describe('"pitted it against rivals": the pronoun is the firm spoken of', () => {
  it('the firm of the sentence before, or of the clause', () => {
    expect(rivals('Zenco Corp was founded in 1990. The takeover has pitted it against larger rivals such as Qorva Inc and Vexa Ltd.')).toEqual(['Zenco Corp -competes_with-> Qorva Inc', 'Zenco Corp -competes_with-> Vexa Ltd']);
    expect(rivals('Zenco Corp makes printing presses. The new press pits it against rivals Qorva Inc and Vexa Ltd.')).toEqual(['Zenco Corp -competes_with-> Qorva Inc', 'Zenco Corp -competes_with-> Vexa Ltd']);
    expect(rivals('Zenco Corp makes printers, which has pitted it against larger rivals such as Qorva Inc and Vexa Ltd.')).toEqual(['Zenco Corp -competes_with-> Qorva Inc', 'Zenco Corp -competes_with-> Vexa Ltd']);
  });

  it('not a state, a person or a former partner set against it', () => {
    expect(rivals('Zenco Corp makes presses. The ruling has pitted it against the Ruritanian government.')).toEqual([]);
    expect(rivals('Zenco Corp makes presses. The suit pitted it against Jan Smith, its founder.')).toEqual([]);
    expect(rivals('Zenco Corp makes presses. The lawsuit pitted it against its former partner Qorva Inc.')).toEqual([]);
  });

  it("not a setting foreseen or denied, nor another firm's rivals", () => {
    expect(rivals('Zenco Corp makes presses. Analysts say a merger would pit it against rivals such as Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Corp makes presses. The plan could pit it against rivals such as Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Corp makes presses. The move never pitted it against rivals such as Qorva Inc.')).toEqual([]);
    expect(rivals("Zenco Corp makes presses. The deal pitted it against Qorva Inc's rivals such as Vexa Ltd.")).not.toContain('Zenco Corp -competes_with-> Qorva Inc');
  });
});

describe('"one of its competitors, the German firm Qorva"', () => {
  it('the rival set off after a kind of firm', () => {
    expect(rivals('Zenco Corp hired a new chief. One of its competitors, the German firm Qorva Inc, said it would cut jobs.')).toEqual(['Zenco Corp -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Corp hired a new chief. One of its rivals, a Zemblan chipmaker Qorva Inc, raised prices.')).toEqual(['Zenco Corp -competes_with-> Qorva Inc']);
  });

  it('not a supplier, a former rival, or a place', () => {
    expect(rivals('Zenco Corp hired a new chief. One of its suppliers, the German firm Qorva Inc, said it would cut jobs.')).toEqual([]);
    expect(rivals('Zenco Corp hired a new chief. One of its former competitors, the German firm Qorva Inc, said it would cut jobs.')).toEqual([]);
    expect(rivals('Zenco Corp hired a new chief. One of its customers, the German carmaker Qorva Inc, said it would cut jobs.')).toEqual([]);
    expect(rivals('Zenco Corp hired a new chief. One of its partners, the German firm Qorva Inc, said it would cut jobs.')).toEqual([]);
    expect(rivals('Zenco Corp hired a new chief. One of its competitors, the German firm Qorva Inc, and its supplier Vexa Ltd said prices would rise.')).not.toContain('Zenco Corp -competes_with-> Vexa Ltd');
  });

  it('a plural kind before a list of rivals', () => {
    expect(rivals('Zenco Corp hired a new chief. Its competitors, the German firms Qorva Inc and Vexa Ltd, said they would cut jobs.')).toEqual(['Zenco Corp -competes_with-> Qorva Inc', 'Zenco Corp -competes_with-> Vexa Ltd']);
  });

  it("another firm's competitor is that firm's rival", () => {
    expect(rivals("Zenco Corp hired a new chief. One of Qorva Inc's competitors, the German firm Vexa Ltd, said it would cut jobs.")).toEqual(['Qorva Inc -competes_with-> Vexa Ltd']);
  });
});

describe('"with A, B and C being key competitors"', () => {
  it("the sentence's subject against the list", () => {
    expect(rivals('Zenco Corp leads the market, with Qorva Inc, Vexa Ltd and Borin AG being key competitors.')).toEqual(['Zenco Corp -competes_with-> Borin AG', 'Zenco Corp -competes_with-> Qorva Inc', 'Zenco Corp -competes_with-> Vexa Ltd']);
    expect(rivals('Zenco Corp sells most of the region\'s printers, with Qorva Inc and Vexa Ltd as its main rivals.')).toEqual(['Zenco Corp -competes_with-> Qorva Inc', 'Zenco Corp -competes_with-> Vexa Ltd']);
  });

  it('not customers, suppliers, former rivals, a denial, or rivals of another firm', () => {
    expect(rivals('Zenco Corp leads the market, with Qorva Inc and Vexa Ltd being key customers.')).toEqual([]);
    expect(rivals('Zenco Corp leads the market, with Qorva Inc and Vexa Ltd as its suppliers.')).toEqual([]);
    expect(rivals('Zenco Corp leads the market, with Qorva Inc and Vexa Ltd being its former rivals.')).toEqual([]);
    expect(rivals('Zenco Corp leads the market, with Qorva Inc and Vexa Ltd not being competitors.')).toEqual([]);
    expect(rivals('Zenco Corp sold its printer arm in 2019, with Qorva Inc and Vexa Ltd being the buyers.')).toEqual([]);
    expect(rivals('Zenco Corp joined the consortium, with Qorva Inc and Vexa Ltd as its partners.')).toEqual([]);
    expect(rivals('Zenco Corp leads the market, with Qorva Inc and Vexa Ltd as potential rivals.')).toEqual([]);
    expect(rivals('Zenco Corp opened a plant in Ruritania, with Zembla and Kolvia as its main rivals.')).toEqual([]);
    expect(rivals('Zenco Corp leads the market, with Qorva Inc and Vexa Ltd being key competitors of Borin AG.')).not.toContain('Zenco Corp -competes_with-> Qorva Inc');
    expect(rivals('Zenco Corp said Qorva Inc leads the market, with Vexa Ltd and Borin AG being key competitors.')).not.toContain('Zenco Corp -competes_with-> Vexa Ltd');
  });
});

describe('a list of firms pressing a named firm', () => {
  it('"other players such as A, B and C exert competitive pressure on Zenco": each against Zenco, not against each other', () => {
    expect(rivals('Other players such as Qorva Inc, Vexa Ltd and Borin AG are operating and exert competitive pressure on Zenco Corp.')).toEqual(['Zenco Corp -competes_with-> Borin AG', 'Zenco Corp -competes_with-> Qorva Inc', 'Zenco Corp -competes_with-> Vexa Ltd']);
    expect(rivals('Qorva Inc and Vexa Ltd put pricing pressure on Zenco Corp.')).toEqual(['Zenco Corp -competes_with-> Qorva Inc', 'Zenco Corp -competes_with-> Vexa Ltd']);
  });

  it('not suppliers, states, a plan, a hedge, a denial, or pressure on prices', () => {
    expect(rivals('Suppliers such as Qorva Inc and Vexa Ltd put pricing pressure on Zenco Corp.')).toEqual([]);
    expect(rivals('Ruritania and Zembla exert competitive pressure on Zenco Corp.')).toEqual([]);
    expect(rivals('Qorva Inc and Vexa Ltd plan to exert competitive pressure on Zenco Corp.')).toEqual([]);
    expect(rivals('Qorva Inc and Vexa Ltd could exert competitive pressure on Zenco Corp.')).toEqual([]);
    expect(rivals('Qorva Inc and Vexa Ltd do not exert competitive pressure on Zenco Corp.')).toEqual([]);
    expect(rivals('Qorva Inc and Vexa Ltd exert competitive pressure on prices, Zenco Corp said.')).toEqual([]);
    expect(rivals('Lobby groups such as Qorva Inc and Vexa Ltd exert pressure on Ruritania.')).toEqual([]);
    expect(rivals('Qorva Inc, Vexa Ltd and Zenco Corp put pricing pressure on suppliers.')).toEqual([]);
    expect(rivals('Jan Smith and Ann Lee put competitive pressure on Zenco Corp.')).toEqual([]);
    expect(rivals("Qorva Inc and Vexa Ltd put pricing pressure on Zenco Corp's suppliers.")).toEqual([]);
  });
});

describe('a gapped clause of rivals', () => {
  it('"while competitors Qorva received $4m, Vexa $3m and Borin $1m"', () => {
    expect(rivals('Zenco Corp won $5m, while competitors Qorva Inc received $4m, Vexa Ltd $3m and Borin AG $1m.')).toEqual(['Zenco Corp -competes_with-> Borin AG', 'Zenco Corp -competes_with-> Qorva Inc', 'Zenco Corp -competes_with-> Vexa Ltd']);
  });

  it('not a person, a state, nor a name the verb governs', () => {
    expect(rivals('Zenco Corp won $5m, while competitors Qorva Inc received $4m, Jan Smith $3m.')).toEqual(['Zenco Corp -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Corp won $5m, while competitors Qorva Inc received $4m, Ruritania $3m.')).toEqual(['Zenco Corp -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Corp won $5m, while competitors Qorva Inc received $4m from Vexa Ltd.')).toEqual(['Zenco Corp -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Corp won $5m, while competitors Qorva Inc received $4m, Vexa Ltd 2 contracts.')).toEqual(['Zenco Corp -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Corp paid $5m, while partner Qorva Inc paid $4m, Vexa Ltd $3m.')).toEqual([]);
  });
});
