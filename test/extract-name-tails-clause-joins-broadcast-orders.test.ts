import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 78, first round, from stop 77's last two fresh sets: names cut before a closing "+", "mini" or "Now"; a made thing named
// after a colon; "vs." inside a published title; two clauses joined by "and" read as one list; and broadcasters a body's verb or
// its decision tells to stop broadcasting. Sentences written for the tests.

describe('a name closed by "+", "mini" or "Now"', () => {
  it('"Atari released the Atari 2600+": a plus after a maker\'s numbered product', () => {
    expect(only('develops')(scoredClaimsOf('Atari released the Atari 2600+ in 2023.'))).toEqual(['Atari -develops-> Atari 2600+']);
  });

  it('"launched Zeta 5+ and Zeta 5 Pro+": a plus keeps a name numbered', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Inc. launched Zeta 5+ and Zeta 5 Pro+.'))).toEqual(['Zenco Inc -develops-> Zeta 5 Pro+', 'Zenco Inc -develops-> Zeta 5+']);
  });

  it('"Apple released the iPad mini": a known family\'s lower-case "mini" is a version of it', () => {
    expect(only('develops')(scoredClaimsOf('Apple released the iPad mini in 2012.'))).toEqual(['Apple -develops-> iPad mini']);
  });

  it('"Konami launched the TurboGrafx-16 mini": an unknown name\'s "mini" is its last word', () => {
    expect(only('develops')(scoredClaimsOf('Konami launched the TurboGrafx-16 mini last year.'))).toEqual(['Konami -develops-> TurboGrafx-16 mini']);
  });

  it('"NBC launched Peacock Now", "HBO launched HBO Now": a service\'s "Now" is its name\'s', () => {
    expect(only('develops')(scoredClaimsOf('NBC launched Peacock Now in 2020.'))).toEqual(['NBC -develops-> Peacock Now']);
    expect(only('develops')(scoredClaimsOf('HBO launched HBO Now in 2015.'))).toEqual(['HBO -develops-> HBO Now']);
  });

  it('"Now" opening a sentence is still no name', () => {
    expect(entitiesOf('Now Zenco Inc. sells the Zeta 5 phone.').some((e) => e.startsWith('Now'))).toBe(false);
  });
});

describe('a made thing named after a colon', () => {
  it('"Nintendo showed its newest handheld: the Zeta Go"', () => {
    expect(only('develops')(scoredClaimsOf('Nintendo showed its newest handheld: the Zeta Go.'))).toEqual(['Nintendo -develops-> Zeta Go']);
  });

  it('"Zenco, a Japanese company, showed its newest handheld: the Zeta Go"', () => {
    expect(only('develops')(scoredClaimsOf('Zenco, a Japanese company, showed its newest handheld: the Zeta Go.'))).toEqual(['Zenco -develops-> Zeta Go']);
  });
});

describe('"vs." inside a published title', () => {
  it('"Zenco published Rooster Teeth vs. Zombies" is one game, no rivalry', () => {
    const claims = scoredClaimsOf('Zenco Inc. published Rooster Teeth vs. Zombies in 2012.');
    expect(only('develops')(claims)).toEqual(['Zenco Inc -develops-> Rooster Teeth vs. Zombies']);
    expect(only('competes_with')(claims)).toEqual([]);
  });

  it('"Apple vs. Samsung" after no publishing verb is still a contest', () => {
    expect(only('competes_with')(scoredClaimsOf('The Apple vs. Samsung battle in smartphones goes on.'))).toEqual(['Apple -competes_with-> Samsung']);
  });
});

describe('two clauses joined by "and" are no list', () => {
  it('"Zenco released Moonlit and Qorva released Zeta"', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Inc. released Moonlit and Qorva Ltd. released Zeta.'))).toEqual(['Qorva Ltd -develops-> Zeta', 'Zenco Inc -develops-> Moonlit']);
  });

  it('"…, and Qorva released Zeta", with titles holding "vs."', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Inc. released Cats vs. Dogs, and Qorva Ltd. released Mice vs. Men.'))).toEqual(['Qorva Ltd -develops-> Mice vs. Men', 'Zenco Inc -develops-> Cats vs. Dogs']);
  });

  it('"Zenco and Qorva released Zeta" keeps its two makers', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Inc. and Qorva Ltd. released Zeta.'))).toEqual(['Qorva Ltd -develops-> Zeta', 'Zenco Inc -develops-> Zeta']);
  });

  it('"Russia banned Zapp and Vexa, released by Zenco" keeps both banned', () => {
    expect(only('banned')(scoredClaimsOf('Russia banned the apps Zapp and Vexa, released by Zenco Inc.'))).toEqual(['Russia -banned-> Vexa', 'Russia -banned-> Zapp']);
  });
});

describe('broadcasters told to stop broadcasting', () => {
  it('"The council ordered Vexa FM to suspend broadcasting for a month"', () => {
    expect(only('banned')(scoredClaimsOf("Cameroon's National Communication Council ordered Vexa FM to suspend broadcasting for a month."))).toEqual(['National Communication Council -banned-> Vexa FM']);
  });

  it('"The decision by the council ordering Vexa FM to suspend its broadcasts …"', () => {
    expect(only('banned')(scoredClaimsOf("The decision by Cameroon's National Communication Council ordering Vexa FM to suspend its broadcasts was criticised."))).toEqual(['National Communication Council -banned-> Vexa FM']);
  });

  it('"issued a decision ordering Vexa FM to stop broadcasting"', () => {
    expect(only('banned')(scoredClaimsOf("Niger's Higher Council for Communication issued a decision ordering Vexa FM to stop broadcasting."))).toEqual(['Higher Council for Communication -banned-> Vexa FM']);
  });

  it('"An order from the regulator requiring Vexa TV to cease transmission …"', () => {
    expect(only('banned')(scoredClaimsOf("An order from Togo's media regulator requiring Vexa TV to cease transmission drew protests."))).toEqual(["Togo's media regulator -banned-> Vexa TV"]);
  });

  it('a firm telling its own station to stop broadcasting bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('Zenco Media ordered Vexa FM to suspend broadcasting for a month.'))).toEqual([]);
  });

  it('a decision that would order a stop asserts nothing', () => {
    expect(only('banned')(scoredClaimsOf("The council may issue a decision ordering Vexa FM to stop broadcasting, Niger's regulator said."))).toEqual([]);
  });
});
