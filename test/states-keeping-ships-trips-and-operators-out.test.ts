import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Helper ent94, from the eighty-third fresh sample (cruise lines, scooter sharing, betting): a state keeps a named ship out of its
// ports, a city keeps operators out, a state bans trips to another state, and a bare legislature acts in its own clause. A firm
// refusing a ship, a hedge, a leave granted, people kept out, a firm halting its own trips and a ban's beneficiary are no bans.
// Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));
const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));

describe('a state keeping a named ship out of its ports', () => {
  it('a leave withheld: "will not permit the A to call in its ports", "refusal to allow the A to dock"', () => {
    expect(banned('Japan will not permit the Qorva Star to call in its ports.')).toEqual(['Japan -banned-> Qorva Star']);
    expect(banned("Japan's refusal to allow the Qorva Star to dock drew protests.")).toEqual(['Japan -banned-> Qorva Star']);
    expect(banned('Taiwan has refused to let the cruise ship Qorva Sun berth.')).toEqual(['Taiwan -banned-> Qorva Sun']);
  });

  it('entry denied: "became the fifth country to deny entry to the A", "refused the A entry"', () => {
    expect(banned('Thailand became the fifth country to deny entry to the Qorva Star.')).toEqual(['Thailand -banned-> Qorva Star']);
    expect(banned('Japan, Taiwan and Thailand refused entry to the Qorva Star.')).toEqual([
      'Japan -banned-> Qorva Star',
      'Taiwan -banned-> Qorva Star',
      'Thailand -banned-> Qorva Star',
    ]);
    expect(banned('Thailand refused the Qorva Star entry on Tuesday.')).toEqual(['Thailand -banned-> Qorva Star']);
    expect(banned('Japan denied docking to the Qorva Star.')).toEqual(['Japan -banned-> Qorva Star']);
  });

  it('turned away, and the passive with the states after it: "turned away the A", "A was denied entry into B, C and D"', () => {
    expect(banned('Thailand turned away the Qorva Star on Tuesday.')).toEqual(['Thailand -banned-> Qorva Star']);
    expect(banned('Thailand has turned the Qorva Star away.')).toEqual(['Thailand -banned-> Qorva Star']);
    expect(banned('The Qorva Star was denied entry into Japan, Taiwan and the Philippines.')).toEqual([
      'Japan -banned-> Qorva Star',
      'Philippines -banned-> Qorva Star',
      'Taiwan -banned-> Qorva Star',
    ]);
    expect(banned('The Qorva Star had been turned away by Japan.')).toEqual(['Japan -banned-> Qorva Star']);
  });

  it('no ban: people on board, a firm turning the ship away, another actor after "by", a negation, a hedge', () => {
    expect(banned('Passengers on the Qorva Star were denied entry into Japan.')).toEqual([]);
    expect(banned('Zenco Cruises turned away the Qorva Star.')).toEqual([]);
    expect(banned('Thailand turned away Zenco executives.')).toEqual([]);
    expect(banned("Japan turned away from Zenco's proposal.")).toEqual([]);
    expect(banned('The Qorva Star was denied entry into Japan by Zenco, its port agent.')).toEqual([]);
    expect(banned('The Qorva Star was not denied entry into Japan.')).toEqual([]);
    expect(banned('Japan may turn away the Qorva Star.')).toEqual([]);
  });

  it('no ban: a firm refusing the ship, a hedge, a leave granted, a refusal lifted, a negation, people kept out', () => {
    expect(banned('Zenco Cruises will not permit the Qorva Star to call in its ports.')).toEqual([]);
    expect(banned('Japan may not allow the Qorva Star to dock.')).toEqual([]);
    expect(banned('Japan allowed the Qorva Star to dock on Tuesday.')).toEqual([]);
    expect(banned('Japan lifted its refusal to allow the Qorva Star to dock.')).toEqual([]);
    expect(banned('Japan did not deny entry to the Qorva Star.')).toEqual([]);
    expect(banned('Japan could deny entry to the Qorva Star.')).toEqual([]);
    expect(banned('Thailand denied entry to Zenco executives.')).toEqual([]);
    expect(banned("Japan refused entry to the Qorva Star's passengers.")).toEqual([]);
    expect(banned('Japan refused entry to passengers from the Qorva Star.')).toEqual([]);
    expect(banned('The Japanese port operator Zenco refused the Qorva Star entry.')).toEqual([]);
    expect(banned('The port of Yokohama closed because of a typhoon, and the Qorva Star could not dock.')).toEqual([]);
    expect(banned('Zenco, a Japanese firm, refused the Qorva Star entry into its shipyard.')).toEqual([]);
  });
});

describe('a city keeping operators out', () => {
  it('"had been careful not to allow firms like A or B to operate in the city"', () => {
    expect(banned('The city of Austin had been careful not to allow firms like Zenco or Qorva to operate in the city.')).toEqual([
      'Austin -banned-> Qorva',
      'Austin -banned-> Zenco',
    ]);
  });

  it('"handed permits to A and B, shutting C out", "… shutting out C"', () => {
    expect(banned('The city of Austin handed permits to Zeta and Kappa, shutting Vexa out.')).toEqual(['Austin -banned-> Vexa']);
    expect(banned('The city of Austin granted permits to Zeta and Kappa, shutting out Vexa.')).toEqual(['Austin -banned-> Vexa']);
    expect(banned('The Austin city council handed permits to Zeta and Kappa, shutting Vexa out.')).toEqual(['Austin -banned-> Vexa']);
  });

  it('in the passive: "A was kicked out of the city of B", "A was kicked out of China"', () => {
    expect(banned('Zenco was kicked out of the city of Austin.')).toEqual(['Austin -banned-> Zenco']);
    expect(banned('Zenco was kicked out of China in 2019.')).toEqual(['China -banned-> Zenco']);
  });

  it('no ban: leave given, permits granted, a firm handing permits, an index or a firm\'s network, a negation', () => {
    expect(banned('The city of Austin has been careful to allow firms like Zenco or Qorva to operate in the city.')).toEqual([]);
    expect(banned('The city of Austin granted permits to Zenco and Qorva.')).toEqual([]);
    expect(banned('Zenco handed permits to Zeta and Kappa, shutting Vexa out.')).toEqual([]);
    expect(banned('Zenco was kicked out of the Nasdaq index.')).toEqual([]);
    expect(banned("Zenco was kicked out of Qorva's network.")).toEqual([]);
    expect(banned('Zenco was not kicked out of China.')).toEqual([]);
  });
});

describe('trips to a state banned restrict that state', () => {
  it('"a new ban on travel to A", "banned group tours to A"', () => {
    expect(restricts('Japan announced a new ban on travel to Thailand.')).toEqual(['Japan -restricts-> Thailand']);
    expect(restricts('China banned group tours to South Korea in 2017.')).toEqual(['China -restricts-> South Korea']);
    expect(only('banned')(scoredClaimsOf('China banned group tours to South Korea in 2017.'))).toEqual([]);
  });

  it('no restriction: a firm halting its own trips, trips to a firm\'s plants, a ban lifted or only weighed', () => {
    expect(scoredClaimsOf('Zenco banned travel to Cuba for its staff.')).toEqual([]);
    expect(scoredClaimsOf('Zenco suspended its cruises to Cuba.')).toEqual([]);
    expect(scoredClaimsOf('Japan banned visits to Zenco factories.')).toEqual([]);
    expect(restricts('Japan lifted its ban on travel to Thailand.')).toEqual([]);
    expect(restricts('Japan may ban travel to Thailand.')).toEqual([]);
  });
});

describe('a bare legislature acts in its own clause', () => {
  it('"A won a victory when parliament banned B" gives A no ban', () => {
    expect(banned('Qorva won a victory when parliament banned Zenlotto.')).toEqual([]);
    expect(banned('Qorva cheered after lawmakers blocked Zenlotto.')).toEqual([]);
    expect(banned('Qorva said that regulators would ban Zenlotto.')).toEqual([]);
  });
});

describe('a firm halting play on its in-house brands', () => {
  it('"has suspended betting on in-house brands A and B": it makes them, and bans neither', () => {
    const claims = claimsOf('Zenco has suspended betting on in-house brands Alpha and Beta in Brazil.');
    expect(only('develops')(claims)).toEqual(['Zenco -develops-> Alpha', 'Zenco -develops-> Beta']);
    expect(only('banned')(claims)).toEqual([]);
  });

  it('no maker: another firm\'s brands, brands of another firm', () => {
    expect(only('develops')(claimsOf("Zenco has suspended betting on Qorva's brands Alpha and Beta."))).not.toContain('Zenco -develops-> Alpha');
    expect(only('develops')(claimsOf('Zenco has suspended betting on in-house brands of Qorva.'))).toEqual([]);
  });
});
