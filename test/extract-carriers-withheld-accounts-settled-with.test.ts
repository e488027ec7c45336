import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 76, first round, from stop 75's last two sets (drawn at f7ae3ea): satellite and cable operators dropping or no longer
// carrying a channel, platforms withholding an outlet's accounts, actors named after "included" who stopped airing a channel,
// settlements a firm "settled with" a body or "entered into between" them whose duties the next sentence states, and works
// "based on" others' titles. Sentences written for the tests.

describe('carriers dropping a channel', () => {
  it('"Velsat dropped Kappa 24 from its platform": a carrier dropping an outlet from what carries it bans it', () => {
    expect(only('banned')(scoredClaimsOf('The satellite operator Velsat dropped Kappa 24 from its platform on Friday.'))).toEqual(['Velsat -banned-> Kappa 24']);
    expect(only('banned')(scoredClaimsOf('Orbix Cable removed the channels Kappa 24 and Plix TV from its channel lineup.'))).toEqual([
      'Orbix Cable -banned-> Kappa 24',
      'Orbix Cable -banned-> Plix TV',
    ]);
  });

  it('a firm dropping its own line or a supplier\'s gear from its network bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('Zenco dropped the Zeta 5 from its lineup last year.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Vexatel dropped Qorva from its network after the review.'))).toEqual([]);
  });

  it('"was taken off the air by both A and B": every carrier the list names', () => {
    expect(only('banned')(scoredClaimsOf('Kappa 24 was taken off the air by both Velsat and Orbix Cable in May.'))).toEqual([
      'Orbix Cable -banned-> Kappa 24',
      'Velsat -banned-> Kappa 24',
    ]);
  });

  it('"stopped broadcasting the channel Kappa 24", "ceased airing the channel Plix TV": a carrier no longer carrying an outlet', () => {
    expect(only('banned')(scoredClaimsOf('The cable operator Orbix Cable stopped broadcasting the channel Kappa 24 in March.'))).toEqual(['Orbix Cable -banned-> Kappa 24']);
    expect(only('banned')(scoredClaimsOf('Velsat ceased airing the channel Plix TV last week.'))).toEqual(['Velsat -banned-> Plix TV']);
  });

  it('a broadcaster that stopped airing a show bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('Kappa Network stopped airing Zorb Tonight after the host left.'))).toEqual([]);
  });

  it('a carrier that stopped broadcasting with no object bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('Orbix Cable stopped broadcasting in March after a fire.'))).toEqual([]);
  });

  it('"The states which voted to stop airing Kappa 24 included A, B and C"', () => {
    expect(only('banned')(scoredClaimsOf('The countries which voted to stop airing Kappa 24 included Borduria, Syldavia and Ruritania.'))).toEqual([
      'Borduria -banned-> Kappa 24',
      'Ruritania -banned-> Kappa 24',
      'Syldavia -banned-> Kappa 24',
    ]);
  });
});

describe('platforms withholding accounts', () => {
  it('"Twitter withheld the accounts of A and B in Zembla"', () => {
    expect(only('banned')(scoredClaimsOf('Twitter withheld the accounts of Kappa 24 and Plix Radio in Borduria.'))).toEqual([
      'Twitter -banned-> Kappa 24',
      'Twitter -banned-> Plix Radio',
    ]);
  });

  it('"withheld the account of the broadcaster Kappa 24": a kind word before the outlet', () => {
    expect(only('banned')(scoredClaimsOf('Twitter withheld the account of the broadcaster Kappa 24 in Borduria.'))).toEqual(['Twitter -banned-> Kappa 24']);
  });

  it('a firm withholding payment from another bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('Zenco withheld payments from Qorva Ltd over the dispute.'))).toEqual([]);
  });
});

describe('settlements', () => {
  it('"Zenco Inc. agreed to settle charges with the Commission. Under the settlement, Zenco must …"', () => {
    expect(
      only('restricts')(scoredClaimsOf('Vellum Data Inc. agreed to settle charges with the Federal Trade Commission on Monday. Under the settlement, Vellum must delete the data it collected.')),
    ).toEqual(['Federal Trade Commission -restricts-> Vellum Data Inc']);
  });

  it('"Zenco settled with the Commission" followed by no terms restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf('Vellum Data Inc. settled with the Federal Trade Commission on Monday. The company denied any wrongdoing.'))).toEqual([]);
  });

  it('"a consent decree was entered into between the Bureau (the "Bureau") of the Commission and Zenco", terms after', () => {
    expect(
      only('restricts')(
        scoredClaimsOf(
          'The consent decree was entered into between the Enforcement Bureau (the "Bureau") of the Federal Communications Commission and Vellum Telecom Inc. ("Vellum"). Under the decree, Vellum must adopt a compliance plan.',
        ),
      ),
    ).toEqual(['Enforcement Bureau -restricts-> Vellum Telecom Inc']);
  });
});

describe('works based on others', () => {
  it('"publishes games based on franchises such as A and B" makes neither', () => {
    expect(only('develops')(scoredClaimsOf('Qorva Games publishes games based on franchises such as Zorgs and Blips.'))).toEqual([]);
  });

  it('the publisher of named games still makes them', () => {
    expect(only('develops')(scoredClaimsOf('Qorva Games publishes Zorgs and Blips.'))).toEqual(['Qorva Games -develops-> Blips', 'Qorva Games -develops-> Zorgs']);
  });
});
