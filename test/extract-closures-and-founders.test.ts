import { describe, expect, it } from 'vitest';
import { entitiesOf, scoredClaimsOf } from './extract-helpers';

// Families from stop 40's fresh samples, on sentences written for the tests: outlets closed or taken
// down in the passive right after a government's ban, members "among the blocked platforms", a body
// whose name starts with a firm's ("The Information Ministry"), and a made thing's founder named in
// its apposition ("Zeta, an app founded by Zenco").

const bans = (text: string): string[] => scoredClaimsOf(text).filter((c) => c.includes('-banned->'));

describe('a closure in the passive goes on with the ban of the sentence before', () => {
  it.each([
    ['Nepal banned several outlets on Monday. Zeta News, Qorva Times and Vexo Daily were shut down.', ['Nepal -banned-> Qorva Times', 'Nepal -banned-> Vexo Daily', 'Nepal -banned-> Zeta News']],
    ['Nepal banned TikTok on Monday. Zeta News and Qorva Times were closed.', ['Nepal -banned-> Qorva Times', 'Nepal -banned-> TikTok', 'Nepal -banned-> Zeta News']],
    ['Nepal banned TikTok on Monday. Zeta News and Qorva Times were also suspended.', ['Nepal -banned-> Qorva Times', 'Nepal -banned-> TikTok', 'Nepal -banned-> Zeta News']],
    ['Nepal banned TikTok on Monday. Zeta News and Qorva Times were taken off the air.', ['Nepal -banned-> Qorva Times', 'Nepal -banned-> TikTok', 'Nepal -banned-> Zeta News']],
    ['Nepal banned TikTok on Monday. Zeta News was taken down hours later.', ['Nepal -banned-> TikTok', 'Nepal -banned-> Zeta News']],
  ])('"%s"', (text, claims) => {
    expect(bans(text)).toEqual(claims);
  });

  it('an order to close outlets it only counts is the act the named list goes on with', () => {
    expect(bans("Nepal's information ministry ordered the closure of several media outlets on Monday. Zeta News and Qorva Times were shut down.")).toEqual([
      "Nepal's information ministry -banned-> Qorva Times",
      "Nepal's information ministry -banned-> Zeta News",
    ]);
  });

  it('with no ban before, a closure bans no one', () => {
    expect(bans('Zeta News and Qorva Times were shut down on Monday.')).toEqual([]);
    expect(bans('Nepal held elections on Monday. Zeta News was closed for the holiday.')).toEqual([]);
  });

  it("the owner before an 's is not what was closed", () => {
    expect(bans("Nepal banned TikTok on Monday. Facebook's Messenger was also suspended.")).toEqual(['Nepal -banned-> Messenger', 'Nepal -banned-> TikTok']);
    expect(bans("Nepal banned TikTok on Monday. Zenco's offices were closed.")).toEqual(['Nepal -banned-> TikTok']);
  });

  it('a closure with its own agent is read by the trigger rules, not as the act before', () => {
    expect(bans('Nepal banned TikTok on Monday. Zeta News was shut down by Bhutan.')).toEqual(['Bhutan -banned-> Zeta News', 'Nepal -banned-> TikTok']);
  });
});

describe('members among the banned or sanctioned things named before their noun', () => {
  it('"are among the blocked platforms" goes on with the ban before', () => {
    expect(bans('Nepal blocked 26 social media platforms on Thursday. Facebook, YouTube, Zenchat and Qorvagram are among the blocked platforms.')).toEqual([
      'Nepal -banned-> Facebook',
      'Nepal -banned-> Qorvagram',
      'Nepal -banned-> YouTube',
      'Nepal -banned-> Zenchat',
    ]);
  });

  it('"are among the sanctioned firms" goes on with the listing before', () => {
    expect(scoredClaimsOf('The U.S. Treasury sanctioned 12 firms on Thursday. Zenco and Qorva are among the sanctioned firms.')).toEqual([
      'Treasury Department -restricts-> Qorva',
      'Treasury Department -restricts-> Zenco',
    ]);
  });

  it('a place "among the" things is no membership', () => {
    expect(bans('Nepal blocked TikTok on Thursday. Zenchat is among the most popular apps.')).toEqual(['Nepal -banned-> TikTok']);
  });
});

describe("a body whose name starts with a firm's is the body", () => {
  it('"The Information Ministry" is a ministry, not the outlet The Information', () => {
    expect(entitiesOf('The Information Ministry banned TikTok.')).toEqual(['Information Ministry (government)', 'TikTok (product)']);
    expect(bans('The Information Ministry banned TikTok.')).toEqual(['Information Ministry -banned-> TikTok']);
  });

  it('the outlet alone is still the outlet', () => {
    expect(entitiesOf('The Information reported the ban on Monday.')).toContain('The Information (company)');
  });
});

describe("a made thing's founder in its apposition makes it", () => {
  it.each([
    ['Zeta, a learning platform founded by Zenco, has two million users.', ['Zenco -develops-> Zeta']],
    ['Zeta, an app set up by Zenco in 2019, has two million users.', ['Zenco -develops-> Zeta']],
    ['Zeta, a messaging app co-founded by Zenco, is popular in Nepal.', ['Zenco -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a firm founded by another, or by its people, is no made thing', () => {
    expect(scoredClaimsOf('Zeta, a startup founded by Zenco, raised money.')).toEqual([]);
    expect(scoredClaimsOf('Zeta, an app founded by Google engineers, is popular.')).toEqual([]);
  });
});
