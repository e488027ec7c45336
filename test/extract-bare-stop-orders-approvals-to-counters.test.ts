import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 71, third round, from its third and fourth sets (drawn at 31bf12c). Sentences written for the tests.

describe('orders to stop told bare, and approvals granted to a firm', () => {
  it('"ordered the A service to stop" and "A has been ordered to stop by the ministry" ban A', () => {
    expect(only('banned')(scoredClaimsOf('The Transport Ministry has ordered the Dego Ride service to stop.'))).toEqual(['Transport Ministry -banned-> Dego Ride']);
    expect(only('banned')(scoredClaimsOf('Uber has been ordered to stop by the Transport Ministry.'))).toEqual(['Transport Ministry -banned-> Uber']);
  });

  it('an order to stop a practice named after "to stop" is no such ban', () => {
    expect(only('banned')(claimsOf('The Transport Ministry ordered Uber to stop misleading its drivers.'))).toEqual([]);
  });

  it('"granted conditional approval to A for its takeover of B" restricts A', () => {
    expect(only('restricts')(scoredClaimsOf('The Competition Commission granted conditional approval to Naspers for its takeover of Takealot.'))).toEqual([
      'Competition Commission -restricts-> Naspers',
    ]);
  });
});

describe('a launch aimed at a rival\'s standing', () => {
  it('"launched B to counter A\'s popularity" makes the maker A\'s rival; "to counter A\'s app" does not', () => {
    expect(only('competes_with')(scoredClaimsOf("Microsoft launched Bing to counter Google's popularity."))).toEqual(['Microsoft -competes_with-> Google']);
    expect(only('competes_with')(claimsOf("Microsoft launched Bing to counter Google's search app."))).not.toContain('Microsoft -competes_with-> Google');
  });
});

describe('titles with a subtitle, brands opened by digits, apps rejected by kind', () => {
  const labels = (text: string): string[] => entitiesOf(text).map((e) => e.replace(/ \(.*$/, ''));

  it('mid-sentence, a title of English words keeps its subtitle after the colon', () => {
    expect(only('develops')(scoredClaimsOf('Devplay released Cookie Quest: Kingdom in 2021.'))).toEqual(['Devplay -develops-> Cookie Quest: Kingdom']);
    expect(only('develops')(scoredClaimsOf("Ubisoft's upcoming Call of Juarez: The Cartel was criticised."))).toEqual(['Ubisoft -develops-> Call of Juarez: The Cartel']);
    expect(only('develops')(scoredClaimsOf("Devplay's flagship titles include Cookie Quest: Kingdom, Cookie Quest: OvenBreak and Cookie Quest: Puzzle World."))).toEqual([
      'Devplay -develops-> Cookie Quest: Kingdom',
      'Devplay -develops-> Cookie Quest: OvenBreak',
      'Devplay -develops-> Cookie Quest: Puzzle World',
    ]);
  });

  it('a colon that opens a sentence or a quotation takes no subtitle', () => {
    expect(labels('Ubisoft said in a statement: The game is delayed.')).toEqual(['Ubisoft']);
    expect(labels("The company's message to Google: Stop tracking users.")).toEqual(['Google']);
  });

  it('digits glued to a capitalised word are a brand ("1xBet", "22Bet")', () => {
    expect(only('banned')(scoredClaimsOf('Pakistan has banned 46 apps. The banned apps include 1xBet, Dafabet and 22Bet.'))).toEqual([
      'Pakistan -banned-> 1xBet',
      'Pakistan -banned-> 22Bet',
      'Pakistan -banned-> Dafabet',
    ]);
  });

  it('"rejected the dictionary app A" bans A', () => {
    expect(only('banned')(scoredClaimsOf('Apple rejected the dictionary app Ninjawords.'))).toEqual(['Apple -banned-> Ninjawords']);
  });
});

describe('deals stopped, not firms banned', () => {
  it('"suspended its approval for A\'s deal with B" restricts A and bans no one', () => {
    const text = "The Competition Commission of India suspended its approval for Amazon's deal with Future Coupons.";
    expect(only('banned')(claimsOf(text))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf(text))).toEqual(['Competition Commission of India -restricts-> Amazon']);
  });

  it('"prohibited the transaction between (or involving) A and B" restricts both and bans neither', () => {
    for (const text of ['The Competition Tribunal prohibited the transaction between Naspers and WeBuyCars.', 'The Competition Tribunal prohibited the transaction involving Naspers and WeBuyCars.']) {
      expect(only('banned')(claimsOf(text))).toEqual([]);
      expect(only('restricts')(scoredClaimsOf(text))).toEqual(['Competition Tribunal -restricts-> Naspers', 'Competition Tribunal -restricts-> WeBuyCars']);
    }
  });
});
