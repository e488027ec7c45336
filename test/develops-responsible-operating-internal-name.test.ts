import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper own87: a firm answerable for running or operating a named thing provides it ("Qorva is responsible for operating
// the ZenBike app"), and a name a firm gave its own product ("Zpay was Zenco's internal name for the app"). Sentences written
// for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('responsible for operating or running a thing', () => {
  it('"responsible for operating/running/maintaining" a named thing develops it', () => {
    expect(develops('Qorva is responsible for operating the ZenBike app in Zembla City.')).toEqual(['Qorva -develops-> ZenBike']);
    expect(develops('Qorva Inc, the firm responsible for running ZenBike, QBike and Lumo, is growing.')).toEqual(['Qorva Inc -develops-> Lumo', 'Qorva Inc -develops-> QBike', 'Qorva Inc -develops-> ZenBike']);
    expect(develops('Vexa Labs, which is responsible for running the Lumo service, said on Monday that sales rose.')).toEqual(['Vexa Labs -develops-> Lumo']);
    expect(develops('Zenco Corp is also responsible for maintaining the Zpay platform.')).toEqual(['Zenco Corp -develops-> Zpay']);
    expect(develops('Qorva Inc is responsible for operating app systems such as ZenBike and QBike.')).toEqual(['Qorva Inc -develops-> QBike', 'Qorva Inc -develops-> ZenBike']);
  });

  it('not a place, a firm, shops, a person, a negation or a plan', () => {
    expect(develops('Qorva Inc is responsible for operating in Japan.')).toEqual([]);
    expect(develops('Qorva Inc is responsible for running stores in Tokyo.')).toEqual([]);
    expect(develops("Qorva Inc is responsible for running Zenco Corp's stores.")).toEqual([]);
    expect(develops('Lina Park is responsible for running the Zpay app.')).toEqual([]);
    expect(develops('Qorva Inc is not responsible for operating the Zpay app.')).toEqual([]);
    expect(develops('Qorva Inc is responsible for managing the Zpay outage.')).toEqual([]);
  });
});

describe("a firm's own name for a thing", () => {
  it('"Y was X\'s internal name for the app" develops it', () => {
    expect(develops("Zpay was Zenco Corp's internal name for the payment app.")).toEqual(['Zenco Corp -develops-> Zpay']);
    expect(develops("Lumo is Qorva Inc's brand name for its scooters.")).toEqual(['Qorva Inc -develops-> Lumo']);
    expect(develops("Analysts said Vexa-9 was Zenco Corp's code name for the new chip.")).toEqual(['Zenco Corp -develops-> Vexa-9']);
  });

  it('not a name for a deal, a team, a plan or a rival thing', () => {
    expect(develops("Project Lumo was Zenco Corp's internal name for the takeover of Qorva Inc.")).toEqual([]);
    expect(develops("Lina Park said Zpay was Zenco Corp's name for the Qorva Inc deal.")).toEqual([]);
    expect(develops("Zpay is Zenco Corp's name for its payments team.")).toEqual([]);
  });
});

describe('a body named by its kind as the one responsible for making a thing', () => {
  it('"X is the agency responsible for developing Y", "X, the unit responsible for running Y," develop it', () => {
    expect(develops("Japan's Digital Agency is the agency responsible for developing the Zpay app.")).toEqual(['Digital Agency -develops-> Zpay']);
    expect(develops("Japan's Digital Agency, the agency responsible for developing Zpay, said on Monday that use rose.")).toEqual(['Digital Agency -develops-> Zpay']);
    expect(develops('Qorva Labs was the unit responsible for building the Lumo platform.')).toEqual(['Qorva Labs -develops-> Lumo']);
  });

  it('not a person, a negation or a plan', () => {
    expect(develops('Lina Park is the official responsible for developing the Zpay app.')).toEqual([]);
    expect(develops("Japan's Digital Agency is not the agency responsible for developing the Zpay app.")).toEqual([]);
    expect(develops("Japan's Digital Agency will be the agency responsible for developing the Zpay app.")).toEqual([]);
  });
});
