import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 64, first round, from stop 63's last samples and stop 64's first: the goods a ban names past the firm, joint deals a
// state stops, state boards named for their field, reporting clauses after a ban, a person's firm in a sanctions list, rivals
// joined by "and rival", and a few verbs of rivalry and making. Sentences written for the tests.

describe('the goods a ban names past the firm it bans', () => {
  it('"barred Zenco from selling the X2 and X3 phones" bans the phones and keeps Zenco a firm', () => {
    const claims = scoredClaimsOf('A Brazilian court barred Zenco from selling the Vexa X2 and Vexa X3 phones in the country.');
    expect(only('banned')(claims).sort()).toEqual(['Brazil -banned-> Vexa X2', 'Brazil -banned-> Vexa X3', 'Brazil -banned-> Zenco']);
  });

  it('an owner before the goods is no good of its own', () => {
    expect(only('banned')(scoredClaimsOf("Germany barred Zenco from selling Qorva's Kesta drones.")).sort()).toEqual(['Germany -banned-> Kesta', 'Germany -banned-> Zenco']);
  });

  it('"banned Zenco devices including the Falcon and the Heron" bans both devices', () => {
    expect(only('banned')(scoredClaimsOf('Mexico banned Zenco devices including the Falcon and the Heron.')).sort()).toEqual(
      ['Mexico -banned-> Falcon', 'Mexico -banned-> Heron', 'Mexico -banned-> Zenco'],
    );
  });

  it('"from selling chips to Qorva" names a buyer, not goods', () => {
    expect(only('banned')(scoredClaimsOf('Washington barred Zenco from selling chips to Qorva.'))).toEqual(['United States -banned-> Zenco']);
  });
});

describe('a joint deal a state stops', () => {
  it('both buyers of "Zenco and partner Qorva\'s purchase" are restricted', () => {
    expect(only('restricts')(scoredClaimsOf("Britain halted Zenco and partner Qorva's purchase of Vexa.")).sort()).toEqual(
      ['United Kingdom -restricts-> Qorva', 'United Kingdom -restricts-> Zenco'],
    );
  });
});

describe("a state's board named for its field", () => {
  it('"Brazil\'s Culture Board bans A, B and C" is the board banning each', () => {
    expect(only('banned')(scoredClaimsOf("Brazil's Culture Board bans Zeta, Qwik and Borin.")).sort()).toEqual(
      ['Culture Board -banned-> Borin', 'Culture Board -banned-> Qwik', 'Culture Board -banned-> Zeta'],
    );
  });
});

describe('a reporting clause after a ban', () => {
  it('", reports Coinwire" names who tells of the ban, not what it falls on', () => {
    expect(only('banned')(scoredClaimsOf('Ecuador banned digital coins, reports Coinwire.'))).toEqual([]);
  });
});

describe("a person's firm named in a sanctions list", () => {
  it('"Ivan Petrov and his company, Zenco Data" sanctions the company', () => {
    expect(only('restricts')(scoredClaimsOf('The Commerce Department sanctioned Ivan Petrov and his firm, Zenco Data Ltd, on Monday.'))).toEqual(
      ['Commerce Department -restricts-> Zenco Data Ltd'],
    );
  });
});

describe('rivals and makers', () => {
  it('"Zenco and rival Qorva" are rivals', () => {
    expect(only('competes_with')(scoredClaimsOf('Zenco and rival Qorva launched phones.'))).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('"hopes to topple Qwik" and "is eating into Qwik\'s market share" set a rival against the leader', () => {
    expect(only('competes_with')(scoredClaimsOf('Zenfind hopes to topple Qwik in Ruritania.'))).toEqual(['Zenfind -competes_with-> Qwik']);
    expect(only('competes_with')(scoredClaimsOf("Lumo is eating into Kesta's market share."))).toEqual(['Lumo -competes_with-> Kesta']);
  });

  it('"Kappa Labs, which announced the Kappa One scooter" made the scooter; "announced the Zeta ban" made nothing', () => {
    expect(only('develops')(scoredClaimsOf('Kappa Labs, which announced the Kappa One scooter last year, is growing.'))).toEqual(['Kappa Labs -develops-> Kappa One']);
    expect(only('develops')(scoredClaimsOf('Kenya announced the Zapp ban on Monday.'))).toEqual([]);
  });
});
