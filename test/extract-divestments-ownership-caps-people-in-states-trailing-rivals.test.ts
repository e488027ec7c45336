import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 67, second round: families of issue 17's list probed on sentences written for the tests (controls shown by their
// effect, agentless national blocks with the state as a location, competition stated indirectly), and what the probes found
// missing beside them.

describe('controls on a firm told by what it must do or may not own', () => {
  it('"ordered Microsoft to sell its cloud streaming rights" restricts Microsoft', () => {
    expect(only('restricts')(scoredClaimsOf('The CMA ordered Microsoft to sell its cloud streaming rights to Ubisoft.'))).toEqual(
      ['Competition and Markets Authority -restricts-> Microsoft'],
    );
  });

  it('"capped foreign investment in Zenco", "limited foreign ownership of Zenco" restrict Zenco', () => {
    expect(only('restricts')(scoredClaimsOf('India capped foreign investment in Zenco at 26%.'))).toEqual(['India -restricts-> Zenco']);
    expect(only('restricts')(scoredClaimsOf('China limited foreign ownership of Zenco to 49%.'))).toEqual(['China -restricts-> Zenco']);
  });

  it('"restricted ASML\'s exports to China" restricts ASML as well as China', () => {
    expect(only('restricts')(scoredClaimsOf("The Netherlands restricted ASML's exports to China."))).toEqual(
      ['Netherlands -restricts-> ASML', 'Netherlands -restricts-> China'],
    );
  });

  it('"ordered Apple to open its App Store to rival app stores" restricts Apple', () => {
    expect(only('restricts')(scoredClaimsOf('The European Commission ordered Apple to open its App Store to rival app stores.'))).toEqual(
      ['European Commission -restricts-> Apple'],
    );
  });

  it('"said suppliers will need licences to ship to Zenco": the body that says so restricts Zenco', () => {
    expect(only('restricts')(scoredClaimsOf('The Commerce Department said suppliers will need licences to ship to Zenco.'))).toEqual(
      ['Commerce Department -restricts-> Zenco'],
    );
    expect(only('restricts')(scoredClaimsOf('The Commerce Department said U.S. companies must obtain a license before selling to SMIC.'))).toEqual(
      ['Commerce Department -restricts-> SMIC'],
    );
  });

  it('a firm saying its suppliers need its approval restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf('Apple said suppliers will need approval to ship to Zenco.'))).toEqual([]);
  });
});

describe('bans told as what people in a state may no longer do, and stores throwing things out', () => {
  it('"Government employees in Canada can no longer use TikTok" bans TikTok by Canada', () => {
    expect(only('banned')(scoredClaimsOf('Government employees in Canada can no longer use TikTok on work phones.'))).toEqual(['Canada -banned-> TikTok']);
  });

  it('"can now download" bans nothing; "can no longer download X from Apple\'s store" is the store\'s, and Apple makes nothing there', () => {
    expect(scoredClaimsOf('Users in China can now download Zapp.')).toEqual([]);
    expect(scoredClaimsOf("Users in China can no longer download Zapp from Apple's store.")).toEqual([]);
  });

  it('"kicked Zapp out of the Play Store", "threw Telegram off its platform" ban', () => {
    expect(only('banned')(scoredClaimsOf('Google kicked Zapp out of the Play Store.'))).toEqual(['Google -banned-> Zapp']);
    expect(only('banned')(scoredClaimsOf('Apple threw Telegram off its platform in 2021.'))).toEqual(['Apple -banned-> Telegram']);
  });

  it('"kicked off its conference" bans nothing', () => {
    expect(scoredClaimsOf('Zenco kicked off its conference with Qorva.')).toEqual([]);
  });
});

describe('rivals stated indirectly', () => {
  it('"Samsung\'s answer to the iPhone, the Galaxy S, …": Samsung makes the Galaxy S, which competes with the iPhone', () => {
    expect(scoredClaimsOf("Samsung's answer to the iPhone, the Galaxy S, arrived in 2010.")).toEqual(
      ['Samsung -develops-> Galaxy S', 'iPhone -competes_with-> Galaxy S'],
    );
  });

  it('"trails Amazon in cloud computing", "is gaining ground on Qorva in …" compete', () => {
    expect(only('competes_with')(scoredClaimsOf('Microsoft trails Amazon in cloud computing.'))).toEqual(['Microsoft -competes_with-> Amazon']);
    expect(only('competes_with')(scoredClaimsOf('Zenco is gaining ground on Qorva in the smartphone market.'))).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it("a firm's shares trailing an index compete with nothing", () => {
    expect(only('competes_with')(scoredClaimsOf("Microsoft's shares trailed the Nasdaq in June."))).toEqual([]);
  });
});
