import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 79, first round, from stop 78's fresh samples (the largest family of misses): an act over things counted, not named,
// whose targets the next sentence lists behind a description ("The affected platforms include A, B and C"). The act may be an
// order to stop, a takedown order or a blacklist, not only a ban's own verb. Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('an order to stop, over things counted, named in the next sentence', () => {
  it('"ordered five video platforms to stop operating. The affected platforms include …"', () => {
    expect(banned("Turkey's telecom regulator ordered five video platforms to stop operating on Monday. The affected platforms include Qorva Labs and Lumo Bet.")).toEqual([
      "Turkey's telecom regulator -banned-> Lumo Bet",
      "Turkey's telecom regulator -banned-> Qorva Labs",
    ]);
  });

  it('"has ordered five exchanges to cease operations. The exchanges are …"', () => {
    expect(banned("Turkey's regulator has ordered five exchanges to cease operations. The exchanges are Vexa Media, Qorva Labs and Lumo Pay.")).toEqual([
      "Turkey's regulator -banned-> Lumo Pay",
      "Turkey's regulator -banned-> Qorva Labs",
      "Turkey's regulator -banned-> Vexa Media",
    ]);
  });

  it('"issued takedown orders to four apps. The named operators include …"', () => {
    expect(banned("Indonesia's media authority issued takedown orders to four apps. The named operators include Vexa Media and Lumo Bet.")).toEqual([
      "Indonesia's media authority -banned-> Lumo Bet",
      "Indonesia's media authority -banned-> Vexa Media",
    ]);
  });

  it('an order to stop one practice, and rivals listed after the order, ban nothing', () => {
    expect(banned("Turkey's regulator told three video platforms to stop showing adverts. The affected platforms include Vexa Media and Qorva Labs.")).toEqual([]);
    expect(banned("Turkey's regulator ordered five platforms to stop operating. Rival platforms include Vexa Media and Qorva Labs.")).toEqual([]);
  });
});

describe('a blacklist of things counted, whose members the next sentence names', () => {
  it('"published a blacklist of 30 gambling websites. The blacklist features websites operated by brands such as A and B"', () => {
    expect(banned("Russia's finance ministry published a blacklist of 30 gambling websites. The blacklist features websites operated by brands such as Vexa Media and Qorva Labs.")).toEqual([
      "Russia's finance ministry -banned-> Qorva Labs",
      "Russia's finance ministry -banned-> Vexa Media",
    ]);
  });

  it('a list of the banned does not follow a blacklist of something else', () => {
    expect(banned("Russia's finance ministry published a blacklist of 30 officials. The blacklist features Vexa Media and Qorva Labs.")).toEqual([]);
  });
});

describe('a ban proposed or denied names no banned list', () => {
  it('"Turkey plans to ban three apps. The apps include A and B" bans nothing (yet)', () => {
    expect(banned('Turkey plans to ban three apps. The apps include Vexa Media and Qorva Labs.')).toEqual([]);
  });

  it('"Turkey\'s regulator may order five platforms to stop operating" bans nothing', () => {
    expect(banned("Turkey's regulator may order five platforms to stop operating. The platforms include Vexa Media and Qorva Labs.")).toEqual([]);
  });

  it('the ban stated as fact still names its list', () => {
    expect(banned('Turkey banned three apps last week. The apps include Vexa Media and Qorva Labs.')).toEqual(['Turkey -banned-> Qorva Labs', 'Turkey -banned-> Vexa Media']);
  });
});
