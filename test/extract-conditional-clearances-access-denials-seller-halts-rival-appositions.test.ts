import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 67, third round, from its first samples (drawn on e2d3898): deals cleared on conditions told of the deal or of the party,
// a state's special powers, a regulator's order that a firm not sell; access taken away, permission denied, a seller halting a
// maker's goods; rivals named in an apposition or after a colon. Sentences written for the tests.

describe('deals cleared on conditions', () => {
  it('"approved the acquisition of Ziggo by Liberty Global, subject to conditions" restricts both parties', () => {
    expect(only('restricts')(scoredClaimsOf('The European Commission approved the acquisition of Ziggo by Liberty Global, subject to conditions.'))).toEqual(
      ['European Commission -restricts-> Liberty Global', 'European Commission -restricts-> Ziggo'],
    );
  });

  it('an acquisition approved with no condition restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf('The European Commission approved the acquisition of Ziggo by Liberty Global.'))).toEqual([]);
  });

  it('"approved the merger of A and B, based on the promise to sell C" restricts A and B', () => {
    expect(only('restricts')(scoredClaimsOf('The Justice Department approved the merger of Live Nation and Ticketmaster, based on the promise to sell Paciolan.'))).toEqual(
      ['Justice Department -restricts-> Live Nation', 'Justice Department -restricts-> Ticketmaster'],
    );
  });

  it('"cleared the merger of A and B but required the companies to …"', () => {
    expect(only('restricts')(scoredClaimsOf('The Justice Department cleared the merger of Live Nation and Ticketmaster but required the companies to make concessions.'))).toEqual(
      ['Justice Department -restricts-> Live Nation', 'Justice Department -restricts-> Ticketmaster'],
    );
  });

  it('"won the Justice Department\'s approval to buy ITA on the condition …" restricts the buyer; without the condition, not', () => {
    expect(only('restricts')(scoredClaimsOf("Google won the Justice Department's approval to buy ITA Software on the condition it keeps licensing QPX."))).toEqual(
      ['Justice Department -restricts-> Google'],
    );
    expect(only('restricts')(scoredClaimsOf("Google won the Justice Department's approval to buy ITA Software."))).toEqual([]);
  });

  it('"obtained clearance from SAMR … after agreeing to …", "received the green light from SAMR … provided …"', () => {
    expect(only('restricts')(scoredClaimsOf('Cisco has obtained clearance from SAMR for its acquisition of Acacia after agreeing to run a unit separately.'))).toEqual(
      ['State Administration for Market Regulation -restricts-> Cisco'],
    );
    expect(only('restricts')(scoredClaimsOf('Cisco received the green light from SAMR to acquire Acacia provided the two companies keep supplying customers.'))).toEqual(
      ['State Administration for Market Regulation -restricts-> Cisco'],
    );
  });

  it('"conditions imposed on Google by the Justice Department"', () => {
    expect(only('restricts')(scoredClaimsOf('Analysts expect Google to meet the conditions imposed on Google by the Justice Department.'))).toEqual(
      ['Justice Department -restricts-> Google'],
    );
  });
});

describe("a state's special powers and orders", () => {
  it('"exercised golden power over Telecom Italia" restricts it', () => {
    expect(only('restricts')(scoredClaimsOf('The Italian government exercised golden power over Telecom Italia.'))).toEqual(['Italy -restricts-> Telecom Italia']);
  });

  it('"ordered Vivendi to cut its stake in Mediaset" restricts Vivendi', () => {
    expect(only('restricts')(scoredClaimsOf('The European Commission ordered Vivendi to cut its stake in Mediaset.'))).toEqual(['European Commission -restricts-> Vivendi']);
  });

  it('"According to the FTC\'s order, InMarket is prohibited from selling location data" bans InMarket', () => {
    expect(only('banned')(scoredClaimsOf("According to the FTC's order, InMarket is prohibited from selling location data."))).toEqual(['Federal Trade Commission -banned-> InMarket']);
  });
});

describe('access taken away, permission denied, goods no longer sold', () => {
  it('"took away Dataminr\'s access to its API" bans Dataminr', () => {
    expect(only('banned')(scoredClaimsOf("Twitter took away Dataminr's access to its API."))).toEqual(['Twitter -banned-> Dataminr']);
  });

  it('"denied Swarm\'s request for permission to launch", "had been denied a license by the FCC"', () => {
    expect(only('banned')(scoredClaimsOf("The FCC had denied Swarm's request for permission to launch."))).toEqual(['Federal Communications Commission -banned-> Swarm']);
    expect(only('banned')(scoredClaimsOf('Swarm had been denied a license by the FCC.'))).toEqual(['Federal Communications Commission -banned-> Swarm']);
  });

  it('a firm denying claims bans nothing', () => {
    expect(scoredClaimsOf("Zenco denied Qorva's request for comment.")).toEqual([]);
  });

  it('"stopped sales of phones made by Huawei", "halt sales of Blu brand phones" ban the maker', () => {
    expect(only('banned')(scoredClaimsOf('Amazon stopped sales of phones made by Huawei.'))).toEqual(['Amazon -banned-> Huawei']);
    expect(only('banned')(scoredClaimsOf('Amazon decided to halt sales of Blu brand phones.'))).toEqual(['Amazon -banned-> Blu']);
  });

  it('a maker halting sales of its own phones bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('Samsung halted sales of its Galaxy Note 7 phones.'))).toEqual([]);
  });
});

describe('rivals in appositions and after a colon', () => {
  it('"The Galaxy S, Samsung\'s iPhone rival, …": Samsung makes it; "Qorva, Samsung\'s rival" is no product of Samsung', () => {
    expect(scoredClaimsOf("The Galaxy S, Samsung's iPhone rival, sold well.")).toEqual(['Galaxy S -competes_with-> iPhone', 'Samsung -develops-> Galaxy S']);
    expect(only('develops')(scoredClaimsOf("Qorva, Samsung's rival, grew."))).toEqual([]);
  });

  it('"stand out for their rivalry: A and B"', () => {
    expect(only('competes_with')(scoredClaimsOf('Two titles stand out for their rivalry: Tekken 8 and Street Fighter 6.'))).toEqual(['Tekken 8 -competes_with-> Street Fighter 6']);
  });

  it('"cites Voxer as a competing network", "had tussled with"', () => {
    expect(only('competes_with')(scoredClaimsOf('Facebook cites Voxer as a competing network.'))).toEqual(['Facebook -competes_with-> Voxer']);
    expect(only('competes_with')(scoredClaimsOf("Nintendo's Zelda series had tussled with Sony's Uncharted series."))).toEqual(['Zelda -competes_with-> Uncharted']);
  });

  it('"Behind Vexa, Zenco\'s new chip, …": a preposition opening the sentence is no part of the name', () => {
    expect(only('develops')(scoredClaimsOf("Behind Vexa, Zenco's new chip, is a small team."))).toEqual(['Zenco -develops-> Vexa']);
  });
});
