import { describe, expect, it } from 'vitest';
import { claimsOf } from './extract-helpers';

// Helper cla102 (stop 101), from fresh real news where ", and" after a closed list opened a clause whose subject was read as one
// more thing acted on: sentences made up for the tests.

const acts = (text: string): string[] => claimsOf(text).filter((c) => /-(banned|restricts)->/.test(c));

describe("after a whole group, ', and' with a name and a past verb opens the next clause", () => {
  it.each([
    ['In March, Vidzo blocked channels of state media such as Zen24 and Qorva, and Zenco paused ads on Vidzo.', ['Vidzo -banned-> Qorva', 'Vidzo -banned-> Zen24']],
    ['Vidzo blocked Zen24 and Qorva, and Zenco paused ads.', ['Vidzo -banned-> Qorva', 'Vidzo -banned-> Zen24']],
    ['Vidzo blocked channels such as Zen24 and Qorva, and Zenco paused ads.', ['Vidzo -banned-> Qorva', 'Vidzo -banned-> Zen24']],
    ['Vidzo blocked channels of Zen24 and Qorva, and Zenco paused ads.', ['Vidzo -banned-> Qorva', 'Vidzo -banned-> Zen24']],
    ['Vidzo has blocked channels of state broadcasters Zen24 and Qorva, and Zenco stopped selling ads on Vidzo.', ['Vidzo -banned-> Qorva', 'Vidzo -banned-> Zen24']],
    ['Vidzo blocked Zen24, and Zenco paused ads.', ['Vidzo -banned-> Zen24']],
    ['Vidzo blocks Zen24 and Qorva, and Zenco later paused its payouts.', ['Vidzo -banned-> Qorva', 'Vidzo -banned-> Zen24']],
    ['Vidzo blocked accounts of outlets like Zen24 and Qorva, and Zenco cut ties with both.', ['Vidzo -restricts-> Qorva', 'Vidzo -restricts-> Zen24']],
    ['Vidzo had blocked Zen24 and Qorva, and Zenco warned users.', ['Vidzo -banned-> Qorva', 'Vidzo -banned-> Zen24']],
  ])('"%s"', (text, claims) => {
    expect(acts(text)).toEqual(claims);
  });
});

describe('a list going on after its comma and two acts joined by ", and" keep their readings', () => {
  it.each([
    // A determiner or a pronoun after the verb already opened the clause.
    ['Vidzo banned Zen24 (a state channel) and Qorva, and Zenco moved its ads elsewhere.', ['Vidzo -banned-> Qorva', 'Vidzo -banned-> Zen24']],
    ['Zenco blocked Zen24 and Qorva, and Vexa ordered an inquiry.', ['Zenco -banned-> Qorva', 'Zenco -banned-> Zen24']],
    ['France banned Zen24 and Qorva, and Zenco closed its office in Paris.', ['France -banned-> Qorva', 'France -banned-> Zen24']],
    ['Vidzo banned the Zen24 and Qorva apps, and Zenco quietly dropped its own app.', ['Vidzo -banned-> Qorva', 'Vidzo -banned-> Zen24']],
    ['Vidzo banned Zen24, Qorva, and Vexa.', ['Vidzo -banned-> Qorva', 'Vidzo -banned-> Vexa', 'Vidzo -banned-> Zen24']],
    ['Vidzo banned Zen24, Qorva, and Vexa last week.', ['Vidzo -banned-> Qorva', 'Vidzo -banned-> Vexa', 'Vidzo -banned-> Zen24']],
    ['Vidzo banned Zen24 and Qorva, and Vexa.', ['Vidzo -banned-> Qorva', 'Vidzo -banned-> Vexa', 'Vidzo -banned-> Zen24']],
    ['Vidzo banned Zen24 and Qorva, and Vexa based in Paris.', ['Vidzo -banned-> Qorva', 'Vidzo -banned-> Vexa', 'Vidzo -banned-> Zen24']],
    ['Vidzo banned Zen24 and Qorva, and Zenco banned Vexa.', ['Vidzo -banned-> Qorva', 'Vidzo -banned-> Zen24', 'Zenco -banned-> Vexa']],
    ['Japan sanctioned Zenco and Qorva, and France later followed.', ['Japan -restricts-> Qorva', 'Japan -restricts-> Zenco', 'France -restricts-> Qorva', 'France -restricts-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(acts(text).sort()).toEqual([...claims].sort());
  });
});

describe("a platform's paused earnings and an outlet credited at the end are no target", () => {
  it.each([
    ['Zenco suspended monetisation for Vidzo users.', []],
    ['Zenco suspended payments for Vidzo users.', []],
    ['Vidzo blocked Zen24 and Qorva, and Zenco suspended monetisation for Vidzo users.', ['Vidzo -banned-> Qorva', 'Vidzo -banned-> Zen24']],
    ['Vidzo blocked the Zen24 channel, Newswire news agency reports.', []],
    ['Vidzo blocked several state channels, Newswire news agency reports.', []],
    ['Vidzo blocked some accounts, the Newswire agency said.', []],
    ['Vidzo blocked Zen24 and Qorva, Newswire newspaper reported.', ['Vidzo -banned-> Qorva', 'Vidzo -banned-> Zen24']],
    // A suspension of the platform itself stays a ban.
    ['Zenco suspended Vidzo.', ['Zenco -banned-> Vidzo']],
  ])('"%s"', (text, claims) => {
    expect(acts(text)).toEqual(claims);
  });
});
