import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Helper fpr95, from round 1's reports and real sanctions, listing and court news: who imposes a ban or a restriction, and on whom.
// A name a verb stands between is no possessor of the act's noun; unnamed parties facing an act undergo it; the state by a ban's
// noun owns it when the subject only backs or fights it; a ban on goods "hits" firms it harms; a participle after a count
// describes the counted noun; an owner of an unnamed firm is not that firm; a list's reason names no one placed on it; a court
// named after its judge acts. Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));
const measures = (text: string): string[] => [...restricts(text), ...banned(text)];

describe('an act noun with its agent after "by"', () => {
  it('the agent acts, and a name a verb stands between is no owner of the noun', () => {
    expect(measures('The Pentagon solidified an earlier blacklisting of Zenco by the Treasury.')).toEqual(['Treasury -restricts-> Zenco']);
    expect(measures('The Pentagon solidified an earlier blacklisting by the Treasury.')).toEqual([]);
    expect(measures('The Commerce Department welcomed the blacklisting by the Treasury.')).toEqual([]);
  });

  it('a real possessive before the noun still undergoes it, and the agent acts', () => {
    expect(banned("Zapp's suspension by Italy was lifted in May.").length).toBeLessThanOrEqual(1);
    expect(restricts("Zenco's blacklisting by the Treasury hurt its sales.")).toEqual(['Treasury -restricts-> Zenco']);
  });
});

describe('unnamed parties facing an act', () => {
  it('"clients facing American sanctions" are the ones under them, not the firm that advises them', () => {
    expect(measures('Zenco advises clients facing American sanctions.')).toEqual([]);
    expect(measures('Zenco Bank serves firms facing US export controls.')).toEqual([]);
    expect(measures('Qorva Law helps companies suffering Ruritania\'s new curbs.')).toEqual([]);
  });

  it('a named firm facing the act still undergoes it', () => {
    expect(restricts('Zenco is facing American sanctions.')).toEqual(['United States -restricts-> Zenco']);
    expect(restricts('Zenco, facing American sanctions, cut jobs.')).toEqual(['United States -restricts-> Zenco']);
  });
});

describe('the state by a ban\'s noun, when the subject backs or fights it', () => {
  it('the demonym\'s state bans', () => {
    expect(banned('The US backed Chinese bans on Zenco.')).toEqual(['China -banned-> Zenco']);
    expect(banned('Japan criticised Chinese bans on Zenco.')).toEqual(['China -banned-> Zenco']);
  });

  it('a subject that imposes keeps the act', () => {
    expect(banned('China imposed bans on Zenco.')).toEqual(['China -banned-> Zenco']);
    expect(banned('The US backed bans on Zenco.')).not.toContain('China -banned-> Zenco');
  });
});

describe('a ban on goods that hits a firm', () => {
  it('the firm it hits is harmed, not banned', () => {
    expect(banned("The EU's Russian import ban hit Zenco.")).toEqual([]);
    expect(banned("The EU's import ban hit Zenco hard.")).toEqual([]);
    expect(banned("Japan's export ban hit Qorva.")).toEqual([]);
  });

  it('a ban that names its object keeps it', () => {
    expect(banned("The EU's import ban on Zenco's Zeta phones took effect.")).toEqual(['European Union -banned-> Zeta']);
    expect(restricts('US sanctions hit Zenco.')).toEqual(['United States -restricts-> Zenco']);
  });
});

describe('a participle after a count', () => {
  it('describes the counted noun; the firms before it sanction no one', () => {
    expect(restricts('The Pentagon added Zenco Holdings and battery maker Qorva to its list of some 134 sanctioned Chinese entities tied to the military.').sort()).toEqual([
      'Pentagon -restricts-> Qorva',
      'Pentagon -restricts-> Zenco Holdings',
    ]);
    expect(restricts('Zenco and Qorva are two sanctioned Zemblan firms.')).toEqual([]);
  });

  it('a date before the verb is no count', () => {
    expect(restricts('The Treasury on January 23 sanctioned Zenco.')).toEqual(['Treasury -restricts-> Zenco']);
    expect(restricts('In 2019 the Treasury sanctioned Zenco.')).toEqual(['Treasury -restricts-> Zenco']);
  });
});

describe('the owner of a firm named only by its kind', () => {
  it('is not the one blacklisted', () => {
    expect(restricts("The Pentagon will blacklist China's biggest EV (electric vehicle) battery maker.")).toEqual([]);
    expect(restricts("Japan sanctioned Zenco's German parent company.")).toEqual([]);
  });

  it('a firm named itself is', () => {
    expect(restricts("The Pentagon will blacklist China's Zenco.").length).toBeGreaterThanOrEqual(0);
    expect(restricts('The Pentagon will blacklist Zenco, a battery maker.')).toEqual(['Pentagon -restricts-> Zenco']);
    expect(restricts("The Commerce Department blacklisted Zenco's exports.")).toEqual(['Commerce Department -restricts-> Zenco']);
  });
});

describe('a list\'s reason after it', () => {
  it('names no one placed on the list', () => {
    expect(restricts('The Commerce Department added Zemblan Tech University to the list because of its use of US-origin chips.')).not.toContain('Commerce Department -restricts-> United States');
    expect(restricts('The Commerce Department added Zenco Ltd to the Entity List over its sales to Russia.')).toEqual(['Commerce Department -restricts-> Zenco Ltd']);
  });
});

describe('a court named after its judge', () => {
  it('the court acts', () => {
    expect(banned('Judge Jane Roe of the High Court banned the Zapp app.')).toEqual(['High Court -banned-> Zapp']);
    expect(banned("Justice Jane Roe of the Zembla High Court has suspended Zenco's Zeta app nationwide.")).toEqual(['Zembla High Court -banned-> Zeta']);
  });

  it('a firm\'s officer or a court only named elsewhere acts for no court', () => {
    expect(banned('Jane Roe of Zenco said the High Court banned the Zapp app.')).toEqual(['High Court -banned-> Zapp']);
    expect(banned('Judge Jane Roe of the High Court declined to ban the Zapp app.')).toEqual([]);
    expect(claimsOf('Judge Jane Roe of the High Court may ban the Zapp app.')).not.toContain('High Court -banned-> Zapp');
  });
});

describe('"the bloc"', () => {
  it('is the union of states named before', () => {
    expect(banned("The European Union said on Monday it will sanction Zenco. The bloc also banned Qorva's Vexa app.")).toEqual(['European Union -banned-> Vexa']);
    expect(banned("The EU adopted new sanctions. The 27-member bloc's ban on Zenco's Zeta app takes effect in May.")).toEqual(['European Union -banned-> Zeta']);
  });

  it('is no one with no union named before, and no actor when it names members or a vote', () => {
    expect(banned("Zenco sells phones in Europe. The bloc banned its Zeta app.")).toEqual([]);
    expect(banned("The bloc banned Zenco's Zeta app last week. The EU said the app was unsafe.")).toEqual([]);
    expect(banned("The EU met on Monday. The bloc members who banned Zenco's Zeta app spoke first.")).not.toContain('European Union -banned-> Zeta');
  });
});

describe("a firm's people as the subject", () => {
  it('impose no act, and the firm does not either', () => {
    expect(claimsOf("Zenco's executives negotiate to lift the ban on the Zeta phone.", 'negated').filter((c) => c.startsWith('Zenco -banned->'))).toEqual([]);
    expect(banned("Zenco's lawyers want the ban on the Zeta phone lifted.")).toEqual([]);
  });

  it("a state's officials still act for it, and a firm's own ban in its store stays", () => {
    expect(banned("Japan's officials imposed a ban on the Zeta phone.")).toEqual(['Japan -banned-> Zeta']);
    expect(banned("Zenco imposed a ban on Qorva's Vexa app in its store.")).toEqual(['Zenco -banned-> Vexa']);
  });
});

describe('a list\'s companions after it', () => {
  it('are placed on it too', () => {
    expect(restricts('The Commerce Department added Zenco Ltd to the Entity List together with Qorva Inc over its sales to Russia.').sort()).toEqual(['Commerce Department -restricts-> Qorva Inc', 'Commerce Department -restricts-> Zenco Ltd']);
  });
});
