import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 66, second round, from its first-round samples (drawn on d09eb75): apps a store pulls with no store named, deals cleared on
// conditions said of the parties, orders that make a firm change or undo its conduct, and players faced in a contest.
// Sentences written for the tests.

describe('a store pulling an app named with its kind', () => {
  it('"pulled the controversial Zapp app", "axed the Zapp app" ban the app', () => {
    expect(scoredClaimsOf('Apple pulled the controversial Zapp app.')).toEqual(['Apple -banned-> Zapp']);
    expect(scoredClaimsOf('Apple axed the Zapp app.')).toEqual(['Apple -banned-> Zapp']);
  });

  it('a headline: "Apple pulls Zapp app", "Zapp app pulled by Apple"', () => {
    expect(scoredClaimsOf('Apple pulls Zapp app')).toEqual(['Apple -banned-> Zapp']);
    expect(scoredClaimsOf('Zapp app pulled by Apple')).toEqual(['Apple -banned-> Zapp']);
  });

  it('"banned an iPhone app called Zapp" bans Zapp, not the iPhone', () => {
    expect(scoredClaimsOf('Apple banned an iPhone app called Zapp.')).toEqual(['Apple -banned-> Zapp']);
  });

  it('"rejected his iPhone app, Zapp" bans no iPhone', () => {
    expect(only('banned')(scoredClaimsOf('Apple rejected his iPhone app, Zapptoons.'))).not.toContain('Apple -banned-> iPhone');
  });

  it('"removed ad-blocking apps for Android from the Play Store" bans no platform', () => {
    expect(only('banned')(scoredClaimsOf('Google removed ad-blocking apps for Android from the Play Store.'))).toEqual([]);
  });

  it('"its GenAI assistant" names no product', () => {
    expect(scoredClaimsOf('Zenco Inc. launched its GenAI assistant in English.')).toEqual([]);
  });

  it('"pulled ads from Zapp" is no ban on an app', () => {
    expect(only('banned')(scoredClaimsOf('Unilever pulled its ads from the Zapp app.'))).toEqual([]);
  });
});

describe('deals cleared on conditions, said of the parties', () => {
  const restricted = (sentence: string): string[] => only('restricts')(scoredClaimsOf(sentence));

  it('"A and B received a green light from the Commission subject to conditions" restricts both', () => {
    expect(restricted('Orange and MasMovil received a green light from the European Commission subject to conditions.')).toEqual(
      ['European Commission -restricts-> MasMovil', 'European Commission -restricts-> Orange'],
    );
  });

  it('"received conditional approval from X" restricts the firm', () => {
    expect(restricted('Orange has received conditional approval from the European Commission.')).toEqual(['European Commission -restricts-> Orange']);
  });

  it('"approved the merger of A and B under the condition that …" restricts both', () => {
    expect(restricted('The Justice Department approved the merger of T-Mobile and Sprint under the condition that Sprint sells Boost Mobile to Dish.')).toEqual(
      ['Justice Department -restricts-> Sprint', 'Justice Department -restricts-> T-Mobile'],
    );
  });

  it('"only allowed the deal after Charter agreed to sell its stake", "set conditions, including requiring Charter to …"', () => {
    expect(restricted('The FCC only allowed the deal after Charter agreed to sell its stake.')).toEqual(['Federal Communications Commission -restricts-> Charter']);
    expect(restricted('The FCC set conditions, including requiring Charter to avoid data caps.')).toEqual(['Federal Communications Commission -restricts-> Charter']);
  });

  it('a deal approved with no condition, and a green light with none, restrict nothing', () => {
    expect(restricted('The Justice Department approved the merger of T-Mobile and Sprint.')).toEqual([]);
    expect(restricted('Orange received a green light from the European Commission.')).toEqual([]);
  });
});

describe('orders that make a firm change or undo its conduct restrict it', () => {
  it('"directed Zenco to change its market behaviour", "ordered A and B to take corrective steps"', () => {
    expect(only('restricts')(scoredClaimsOf("India's CCI directed MakeMyTrip to change its market behaviour."))).toEqual(['Competition Commission of India -restricts-> MakeMyTrip']);
    expect(only('restricts')(scoredClaimsOf('The KFTC ordered Google and Samsung to take corrective steps.'))).toEqual(
      ['Korea Fair Trade Commission -restricts-> Google', 'Korea Fair Trade Commission -restricts-> Samsung'],
    );
  });

  it('"ordered Zenco to drop its mandatory billing requirements", "to allow other payment methods"', () => {
    expect(only('restricts')(scoredClaimsOf('The European Commission ordered Google to drop its mandatory billing requirements.'))).toEqual(['European Commission -restricts-> Google']);
    expect(only('restricts')(scoredClaimsOf('The European Commission ordered Apple to allow other payment methods.'))).toEqual(['European Commission -restricts-> Apple']);
  });

  it('"imposed an order subject to penalty payments on Apple" restricts Apple', () => {
    expect(only('restricts')(scoredClaimsOf('The European Commission imposed an order subject to penalty payments on Apple.'))).toEqual(['European Commission -restricts-> Apple']);
  });
});

describe('players faced in a contest', () => {
  it('"in close competition with players like A, B and C": the subject competes with each, they not with each other', () => {
    expect(scoredClaimsOf('Charter will be in close competition with the biggest players like Verizon, AT&T and Comcast.')).toEqual(
      ['Charter -competes_with-> AT&T', 'Charter -competes_with-> Comcast', 'Charter -competes_with-> Verizon'],
    );
  });

  it('"Competition has stiffened, with big players like A, B and C": the players compete with each other', () => {
    expect(scoredClaimsOf('Competition has stiffened, with big players like Verizon, AT&T and Comcast in the market.')).toEqual(
      ['AT&T -competes_with-> Comcast', 'Verizon -competes_with-> AT&T', 'Verizon -competes_with-> Comcast'],
    );
  });
});
