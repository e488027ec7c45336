import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 56, from its second round's readers: a fronted "besides" naming one more target, a state's list of
// goods barred for other states, verbs of taking off whose "from" names the store, an addressee's "that it",
// a second verb of saying after "and", and a maker in brackets after its kind. Sentences written for the tests.

describe('a fronted "besides" names one more target of the act', () => {
  it.each([
    ['Besides TikTok, India has also banned four other apps, which include WeChat and Helo.', 'banned', ['India -banned-> Helo', 'India -banned-> TikTok', 'India -banned-> WeChat']],
    ['Besides Huawei, the US has sanctioned ZTE.', 'restricts', ['United States -restricts-> Huawei', 'United States -restricts-> ZTE']],
  ])('"%s"', (text, relation, claims) => {
    expect(only(relation)(scoredClaimsOf(text))).toEqual(claims);
  });

  it('"besides" before a firm that owns something is no act', () => {
    expect(scoredClaimsOf('Besides WeChat, Tencent owns QQ.')).toEqual(['Tencent -develops-> QQ']);
  });
});

describe("a state's list of goods barred for other states", () => {
  it.each([
    ['Taiwan expanded the list of sanctioned goods for Russia and Belarus.', ['Taiwan -restricts-> Belarus', 'Taiwan -restricts-> Russia']],
    ["Taiwan's economy ministry announced an expansion of its list of sanctioned goods for Russia and Belarus.", ['Ministry of Economic Affairs -restricts-> Belarus', 'Ministry of Economic Affairs -restricts-> Russia']],
  ])('"%s"', (text, claims) => {
    expect(only('restricts')(scoredClaimsOf(text))).toEqual(claims);
  });
});

describe('taking a thing off a store', () => {
  it('the store after "from" is where it was taken from, whatever the verb and a state adjective before the store', () => {
    expect(only('banned')(scoredClaimsOf('Sony Yanks Cyberpunk 2077 From PlayStation Store, Offers Refunds'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Apple removed the apps from its Chinese App Store.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Apple removed WeChat from its Chinese App Store.'))).toEqual(['Apple -banned-> WeChat']);
  });

  it('"notified developer X that it is removing Y": the store owner that tells removes it', () => {
    expect(only('banned')(scoredClaimsOf('Apple notified developer Epic Games that it is removing Fortnite from the App Store.'))).toEqual(['Apple -banned-> Fortnite']);
  });
});

describe('a second verb of saying after "and" starts a clause of its own', () => {
  it('what the worry names is not what the firm develops', () => {
    expect(only('develops')(scoredClaimsOf('Apple is developing its own AI and worries that staff using ChatGPT could leak data.'))).toEqual([]);
  });

  it('the first clause still acts', () => {
    expect(only('banned')(scoredClaimsOf('Apple banned ChatGPT and said staff could use its own tools.'))).toEqual(['Apple -banned-> ChatGPT']);
  });
});

describe('a maker in brackets after its kind', () => {
  it('"(from startup X)"', () => {
    expect(only('develops')(scoredClaimsOf('The Drone X (from startup Anthropic) is small.'))).toEqual(['Anthropic -develops-> Drone X']);
  });
});

// Stop 56, from its third round's readers: people barred from apps named in a headline, a numbered launch list
// with prices, a maker letting a thing out, and firms dropped from the list a state buys from, told in the passive.
describe('more bans and launches', () => {
  it('"bans ministers from A, B": the apps are banned', () => {
    expect(only('banned')(scoredClaimsOf('France bans ministers from WhatsApp, Telegram; demands local alternatives'))).toEqual(['France -banned-> Telegram', 'France -banned-> WhatsApp']);
  });

  it('"unveiled 2 new models, the $399 A and $499 B": both', () => {
    expect(only('develops')(scoredClaimsOf('GoPro unveiled 2 new models, the $399 Hero8 Black and $499 Hero8 Max, on Tuesday.'))).toEqual(['GoPro -develops-> Hero8 Black', 'GoPro -develops-> Hero8 Max']);
  });

  it('"has unleashed the Galaxy S25"', () => {
    expect(only('develops')(scoredClaimsOf('Samsung has unleashed the Galaxy S25 upon the public.'))).toEqual(['Samsung -develops-> Galaxy S25']);
  });

  it("dropped from a state's approved purchasing list, in the passive: the list's owner bans them", () => {
    expect(only('banned')(scoredClaimsOf("Cisco and Apple have been dropped from China's approved purchasing list."))).toEqual(['China -banned-> Apple', 'China -banned-> Cisco']);
    expect(only('banned')(scoredClaimsOf("Cisco and Apple have been dropped from China's football team."))).toEqual([]);
  });
});

// Stop 56, from its fourth round's controls reader ("Last Friday, Ruritania blocked Zeta" was missed): a state after a
// date or a sentence's opening word and a comma acts; after a place's name it is where the place is.
describe('a state after a comma', () => {
  it.each([
    ['On Thursday, Russia blocked Twitter.', ['Russia -banned-> Twitter']],
    ['Meanwhile, Russia blocked Twitter.', ['Russia -banned-> Twitter']],
    ['In March, India banned TikTok.', ['India -banned-> TikTok']],
  ])('"%s": the state acts', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('after a city, or in a dateline, the state is a location', () => {
    expect(only('banned')(scoredClaimsOf('In Tbilisi, Georgia banned TikTok.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('BEIJING, China - Alibaba has banned Claude Code.'))).toEqual(['Alibaba -banned-> Claude Code']);
  });
});
