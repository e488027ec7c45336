import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cop94, from stop 93's fresh set 90 (readers s90a, s90c, s90d, s90f): makers stated in a copular frame ("the second product
// coming out of"), by the making's noun after an announcing verb, in a bracket after the name, with a client before "by", and by a
// naming phrase after a kind ("a robot which is called Vexa"); names given to things no one makes are no products. Sentences
// written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a kind coming out of its maker, after a copula', () => {
  it('"is the second product coming out of", "the newest headset out of", "the first chip to come out of"', () => {
    expect(develops('Zeta is the second product coming out of Zenco Labs.')).toEqual(['Zenco Labs -develops-> Zeta']);
    expect(develops('The Zeta is the newest headset out of Zenco Labs.')).toEqual(['Zenco Labs -develops-> Zeta']);
    expect(develops('Vela is the first chip to come out of Qorva Labs.')).toEqual(['Qorva Labs -develops-> Vela']);
  });

  it('not a possessed plant or lab, a partner, a distributor or an investor, nor a state, nor a thing of a kind', () => {
    expect(develops("Zeta is the second product coming out of Qorva Labs' plant.")).toEqual([]);
    expect(develops('Zeta is the first product to come out of its partner Qorva Labs.')).toEqual([]);
    expect(develops('Zeta is the latest product coming out of distributor Qorva Labs.')).toEqual([]);
    expect(develops('Zeta is the first product coming out of investors Qorva Labs.')).toEqual([]);
    expect(develops('The Zeta is the first car coming out of Japan.')).toEqual([]);
    expect(develops('Zeta is a copy of a product coming out of Qorva Labs.')).toEqual([]);
  });
});

describe('the creation or development of a product announced by its maker', () => {
  it('"announced the creation of the Z-200 model", "has completed the development of its Zeta chip"', () => {
    expect(develops('Zenco Labs announced the creation of the Z-200 model.')).toEqual(['Zenco Labs -develops-> Z-200']);
    expect(develops('Zenco Labs has completed the development of its Zeta chip.')).toEqual(['Zenco Labs -develops-> Zeta']);
  });

  it('not a firm created, another agent after the name, nor a plan or a denial', () => {
    expect(develops('Zenco Labs announced the creation of Zeta Labs, a new unit.')).toEqual([]);
    expect(develops('Zenco Labs announced the creation of the Zeta chip by Qorva Labs.')).toEqual(['Qorva Labs -develops-> Zeta']);
    expect(develops('Zenco Labs plans to announce the creation of the Z-200 model.')).toEqual([]);
    expect(develops('Zenco Labs did not announce the creation of the Z-200 model.')).toEqual([]);
    expect(develops("Zenco Labs announced the creation of Qorva Labs' Z-200 model.")).not.toContain('Zenco Labs -develops-> Z-200');
  });
});

describe('a bracket that calls the name a kind made by a firm', () => {
  it('"Boostr (a library developed by Zenco Labs)", both makers of a pair', () => {
    expect(develops('The app is based on Boostr (a library developed by Zenco Labs).')).toEqual(['Zenco Labs -develops-> Boostr']);
    expect(develops('The app is based on Boostr (an open-source library built by Zenco Labs and Qorva Labs).')).toEqual([
      'Qorva Labs -develops-> Boostr',
      'Zenco Labs -develops-> Boostr',
    ]);
  });

  it('not a licensor, a user, a funder or a banner, nor the thing a fork was made from', () => {
    expect(develops('The app is based on Boostr (a library licensed by Zenco Labs).')).toEqual([]);
    expect(develops('The app is based on Boostr (a library used by Zenco Labs).')).toEqual([]);
    expect(develops('The app is based on Boostr (a library funded by Zenco Labs).')).toEqual([]);
    expect(develops('The app is based on Boostr (a library banned by Zenco Labs).')).toEqual([]);
    expect(develops('The app is based on Boostr (a fork of a library developed by Zenco Labs).')).toEqual([]);
  });
});

describe('a client named before the maker\'s "by"', () => {
  it('"a model developed for Zenco Labs by Qorva Labs" is the second firm\'s make', () => {
    expect(develops('Z-200 is a model developed for Zenco Labs by Qorva Labs.')).toEqual(['Qorva Labs -develops-> Z-200']);
  });

  it('not a trade done for the client', () => {
    expect(develops('Z-200 is a model sold for Zenco Labs by Qorva Labs.')).toEqual([]);
    expect(develops('Z-200 is a model distributed for Zenco Labs by Qorva Labs.')).toEqual([]);
  });
});

describe('naming phrases after a kind', () => {
  it('"a robot which is called Vexa", "a robot named as Vexa", a firm-like name after the kind', () => {
    expect(develops('Zenco Labs launched a robot which is called Vexa.')).toEqual(['Zenco Labs -develops-> Vexa']);
    expect(develops('Zenco Labs unveiled a robot named as Vexa.')).toEqual(['Zenco Labs -develops-> Vexa']);
    expect(develops('Zenco unveiled a kiosk called Qorva.')).toEqual(['Zenco -develops-> Qorva']);
  });

  it('no product in a name given to an undertaking, an event, a person or a place', () => {
    expect(develops('Zenco Labs launched a campaign called Vexa.')).toEqual([]);
    expect(develops('Zenco Labs unveiled a strategy dubbed Vexa.')).toEqual([]);
    expect(develops('Zenco Labs launched an event called Vexa.')).toEqual([]);
    expect(develops('Zenco Labs launched a challenge called Vexa.')).toEqual([]);
    expect(develops('Zenco Labs hired a man named Vexa.')).toEqual([]);
    expect(develops('Zenco Labs launched its phone in a town called Vexa.')).toEqual([]);
  });

  it('not a firm named, nor a seller of another maker\'s thing', () => {
    expect(develops('Zenco Labs bought a startup called Qorva.')).toEqual([]);
    expect(develops('Zenco Labs invested in a startup called Qorva.')).toEqual([]);
    expect(develops('Zenco Labs sells a phone called Zeta made by Qorva Labs.')).toEqual(['Qorva Labs -develops-> Zeta']);
  });
});
