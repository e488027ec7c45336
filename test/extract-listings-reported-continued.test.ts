import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper lsr95, from real trade-blacklist and sanctions reports: listings told without a plain active clause, with firms the
// lexicon does not know. A body that reports the placement ("The ministry said A and B were placed on the list"), a pronoun or an
// unnamed body that goes on with the act before ("It added A based on …", "The committee also added A and B"), and a passive
// placement on "its" restriction list, its owner named the sentence before. Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();

const ACT = 'The Ruritanian Trade Ministry on Monday added a dozen firms to its Entity List. ';

describe('a placement reported by the body that made it', () => {
  it('reads the members of "X said A, B and C were placed on the list"', () => {
    expect(restricts('The Ruritanian Trade Ministry said Zenco Microelectronics, Qorva Photonics and Vexa Huaxun Technology were placed on the list.')).toEqual([
      'Ruritanian Trade Ministry -restricts-> Qorva Photonics',
      'Ruritanian Trade Ministry -restricts-> Vexa Huaxun Technology',
      'Ruritanian Trade Ministry -restricts-> Zenco Microelectronics',
    ]);
    expect(restricts('The Ruritanian Trade Ministry said Zenco Microelectronics and Qorva Photonics were added to the list on Tuesday.')).toEqual([
      'Ruritanian Trade Ministry -restricts-> Qorva Photonics',
      'Ruritanian Trade Ministry -restricts-> Zenco Microelectronics',
    ]);
  });

  it('keeps an act told before as the actor', () => {
    expect(restricts(`${ACT}The Trade Ministry said Zenco Microelectronics and Qorva Photonics were placed on the list.`)).toEqual([
      'Ruritanian Trade Ministry -restricts-> Qorva Photonics',
      'Ruritanian Trade Ministry -restricts-> Zenco Microelectronics',
    ]);
  });

  it('reads no placement only supposed, denied or undone', () => {
    expect(restricts('The Ruritanian Trade Ministry said Zenco Microelectronics and Qorva Photonics could be added to the list.')).toEqual([]);
    expect(restricts('The Ruritanian Trade Ministry said Zenco Microelectronics and Qorva Photonics will be placed on the list.')).toEqual([]);
    expect(restricts('The Ruritanian Trade Ministry said Zenco Microelectronics and Qorva Photonics were not placed on the list.')).toEqual([]);
    expect(restricts('The Ruritanian Trade Ministry said Zenco Microelectronics and Qorva Photonics were removed from the list.')).toEqual([]);
  });

  it('reads no stock-market listing', () => {
    expect(restricts('The Ruritanian Trade Ministry said Zenco Microelectronics and Qorva Photonics were listed on the Zembla Stock Exchange.')).toEqual([]);
  });
});

describe('"added" told by a pronoun or an unnamed body right after the act', () => {
  it('goes on with the act before', () => {
    expect(restricts(`${ACT}It added Zenco Electromechanical Technology Co., Ltd. based on its work for a weapons programme.`)).toEqual([
      'Ruritanian Trade Ministry -restricts-> Zenco Electromechanical Technology Co., Ltd',
    ]);
    expect(restricts(`${ACT}The ministry's review committee also added Zenco Photonics, Qorva Quantum and Vexa Micro, all located in Zembla.`)).toEqual([
      'Ruritanian Trade Ministry -restricts-> Qorva Quantum',
      'Ruritanian Trade Ministry -restricts-> Vexa Micro',
      'Ruritanian Trade Ministry -restricts-> Zenco Photonics',
    ]);
    expect(restricts('OFAC on Monday expanded its sanctions list. OFAC added Zenco Shipping, Qorva Trading, Vexa Logistics and Plim Marine.')).toEqual([
      'Office of Foreign Assets Control -restricts-> Plim Marine',
      'Office of Foreign Assets Control -restricts-> Qorva Trading',
      'Office of Foreign Assets Control -restricts-> Vexa Logistics',
      'Office of Foreign Assets Control -restricts-> Zenco Shipping',
    ]);
  });

  it('reads no report, no approving list and no firm\'s own adding', () => {
    const only1 = ['Treasury -restricts-> Qorva Trading'];
    expect(restricts('The Treasury sanctioned Qorva Trading on Monday. It added Zenco Shipping would appeal the decision.')).toEqual(only1);
    expect(restricts('The Treasury sanctioned Qorva Trading on Monday. It added Zenco Shipping to its list of preferred suppliers.')).toEqual(only1);
    expect(restricts('The Treasury sanctioned Qorva Trading on Monday. Zenco added Vexa Logistics and Plim Marine to its portfolio.')).toEqual(only1);
    expect(restricts('The Treasury sanctioned Qorva Trading on Monday. The Zenco team added Vexa Logistics and Plim Marine.')).toEqual(only1);
    expect(restricts('The Treasury sanctioned Qorva Trading on Monday. It added Zenco Shipping\'s chief executive Jane Roe.')).toEqual(only1);
  });

  it('needs a listing act just before', () => {
    expect(restricts('The Trade Ministry would add twelve firms to its Entity List. It added Zenco Photonics based on its exports.')).toEqual([]);
    expect(restricts('Zenco posted record sales on Monday. It added Qorva Quantum and Vexa Micro as customers.')).toEqual([]);
    expect(restricts('The Treasury sanctioned Qorva Trading on Monday. The Treasury added Zenco Shipping as a partner in its payments pilot.')).toEqual(['Treasury -restricts-> Qorva Trading']);
  });
});

describe('a passive placement on "its" restriction list', () => {
  it('takes the list\'s owner from the act before', () => {
    expect(restricts('The Ruritanian Trade Ministry has added more foreign firms to its export control list. Several Zemblan defence companies, including Zenco Defense, Qorva Dynamics and Vexa Aero, have been placed on its Unreliable Entity List.')).toEqual([
      'Ruritanian Trade Ministry -restricts-> Qorva Dynamics',
      'Ruritanian Trade Ministry -restricts-> Vexa Aero',
      'Ruritanian Trade Ministry -restricts-> Zenco Defense',
    ]);
  });

  it('reads no list of its that approves', () => {
    expect(restricts('The Ruritanian Trade Ministry has added more foreign firms to its export control list. Zenco Defense and Qorva Dynamics have been added to its list of approved suppliers.')).not.toContain('Ruritanian Trade Ministry -restricts-> Zenco Defense');
    expect(restricts('The Ruritanian Trade Ministry has added more foreign firms to its export control list. Zenco Defense and Qorva Dynamics have been added to its list of top exporters.')).not.toContain('Ruritanian Trade Ministry -restricts-> Qorva Dynamics');
  });
});

describe('"a new addition to the list is X"', () => {
  it('names the list\'s new member, the act before or the owner in the phrase acting', () => {
    expect(restricts(`${ACT}A new addition to the list is Zenco Shipping Corp.`)).toEqual(['Ruritanian Trade Ministry -restricts-> Zenco Shipping Corp']);
    expect(restricts('The Pentagon added more firms to its list on Friday. A third new addition to the Pentagon list is Zenco Shipping Corp.')).toEqual(['Pentagon -restricts-> Zenco Shipping Corp']);
    expect(restricts('A new addition to the Ruritanian Trade Ministry\'s entity list is Zenco Shipping Corp.')).toEqual(['Ruritanian Trade Ministry -restricts-> Zenco Shipping Corp']);
  });

  it('reads no list that approves or ranks, no proposal, and no bare owner\'s list with no act', () => {
    expect(restricts('Zenco posted record sales. A new addition to the list of top exporters is Qorva Trading.')).toEqual([]);
    expect(restricts('The Treasury sanctioned Qorva Trading on Monday. A new addition to its list of approved suppliers is Zenco Shipping.')).toEqual(['Treasury -restricts-> Qorva Trading']);
    expect(restricts('A proposed addition to the Entity List is Zenco Shipping.')).toEqual([]);
    expect(restricts('A third new addition to the Pentagon list is Zenco Shipping Corp.')).toEqual([]);
  });
});
