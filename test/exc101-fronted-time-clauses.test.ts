import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper exc101 (stop 101), from real app bans told in a row ("days after blocking one app, the state banned another"):
// sentences made up for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe("a clause of time opening the sentence after a span of time, or with a bare pronoun, has the main clause's subject", () => {
  it.each([
    ['Just five days after blocking the Qorva app, Turkey has banned the Zembra game.', ['Turkey -banned-> Qorva', 'Turkey -banned-> Zembra']],
    ['Days after banning the Qorva app, Russia blocked the Zembra game.', ['Russia -banned-> Qorva', 'Russia -banned-> Zembra']],
    ['Two weeks after banning the Qorva app and the Vexa app, Iran blocked the Zembra game.', ['Iran -banned-> Qorva', 'Iran -banned-> Vexa', 'Iran -banned-> Zembra']],
    ['Weeks before blocking the Qorva app, Turkey had banned the Zembra game.', ['Turkey -banned-> Qorva', 'Turkey -banned-> Zembra']],
    ["Only days after blocking the Qorva app, Turkey's regulator blocked the Zembra game.", ["Turkey's regulator -banned-> Qorva", "Turkey's regulator -banned-> Zembra"]],
    ['A week after it blocked the Qorva app, Russia banned the Zembra game.', ['Russia -banned-> Qorva', 'Russia -banned-> Zembra']],
    ['After it banned the Qorva app, Russia blocked the Zembra game.', ['Russia -banned-> Qorva', 'Russia -banned-> Zembra']],
    ['A month after they blocked the Qorva app, Iranian authorities banned the Zembra game.', ['Iran -banned-> Qorva', 'Iran -banned-> Zembra']],
    ['Days after banning the Qorva app, Turkey said it would lift the ban.', ['Turkey -banned-> Qorva']],
  ])('"%s"', (text, claims) => {
    expect(banned(text)).toEqual(claims);
  });

  it.each([
    // The main clause's subject acts on nothing, or is no actor.
    ["Days after blocking the Qorva app, Turkey's shares fell.", []],
    ['Days after it banned the Qorva app, the Zembra game was blocked too.', []],
    // The fronted act is undone or only refused or threatened.
    ['Days after refusing to block the Qorva app, Turkey banned the Zembra game.', ['Turkey -banned-> Zembra']],
    ['A week after it lifted its ban on the Qorva app, Turkey banned the Zembra game.', ['Turkey -banned-> Zembra']],
    ['A week after it threatened to ban the Qorva app, Turkey banned the Zembra game.', ['Turkey -banned-> Zembra']],
    // The clause's own subject is named: it acts, not the main clause's.
    ['Days after Turkey banned the Qorva app, Zenco launched the Zembra game.', ['Turkey -banned-> Qorva']],
  ])('near miss "%s"', (text, claims) => {
    expect(banned(text)).toEqual(claims);
  });

  it('gives the main subject the fronted act of another relation too', () => {
    expect(only('develops')(scoredClaimsOf('A week after it launched the Qorva app, Zenco blocked the Zembra game.'))).toEqual(['Zenco -develops-> Qorva']);
  });
});
