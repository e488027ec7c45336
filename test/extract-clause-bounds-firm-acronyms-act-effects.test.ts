import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper prc89: false edges from clauses and nouns read across their bounds. A clause joined by ", and", ", but" or "while" has
// its own subject, and the first clause's objects are no subject of its verb; an acronym the lexicon knows for an official body
// is a firm when the sentence makes it an owner or maker of brands; what an act noun with its own object "hit" or "cost" suffered
// it and is not under it; a participle of issuing after the object of a ruling describes the ruling, not the thing.
// Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));
const FCA_BODY = 'Financial Conduct Authority (government)';

describe('a joined clause has its own subject', () => {
  it('the first clause\'s objects are no subject of the second verb, whatever the second subject is', () => {
    const claims = develops('Zenco owns Zeta Cola and Vexa Soda, and the FCA owns Zorbo Juice and Qorva Tonic.');
    expect(claims).not.toContain('Zeta Cola -develops-> Zorbo Juice');
    expect(claims).not.toContain('Vexa Soda -develops-> Qorva Tonic');
    expect(claims.filter((c) => c.startsWith('Zeta Cola') || c.startsWith('Vexa Soda'))).toEqual([]);
  });

  it('"…, but Y makes", "…, while Y makes" and "…, and Y also makes" end the first clause too', () => {
    for (const text of [
      'Zenco makes Zeta Cola and Vexa Soda, but the FCA makes Zorbo Juice.',
      'Zenco makes Zeta Cola and Vexa Soda, while the FCA makes Zorbo Juice.',
      'Zenco makes Zeta Cola and Vexa Soda, and the FCA also makes Zorbo Juice.',
    ]) {
      const claims = develops(text);
      expect(claims).toContain('Zenco -develops-> Zeta Cola');
      expect(claims.filter((c) => c.endsWith('Zorbo Juice') && !c.startsWith('FCA'))).toEqual([]);
    }
  });

  it('each firm of two joined clauses owns its own brands', () => {
    const claims = develops('Zenco owns Zeta Cola and Vexa Soda, while Qorva owns Zorbo Juice.');
    expect(claims).toEqual(expect.arrayContaining(['Zenco -develops-> Zeta Cola', 'Zenco -develops-> Vexa Soda', 'Qorva -develops-> Zorbo Juice']));
    expect(claims).not.toContain('Zenco -develops-> Zorbo Juice');
  });

  it('a clause joined with a pronoun object keeps the first maker only', () => {
    expect(develops('Zenco makes Zeta Cola, and Qorva sells it.')).toEqual(['Zenco -develops-> Zeta Cola']);
  });
});

describe('a body\'s acronym that the sentence makes a firm', () => {
  it('an owner or maker of named brands is a firm of those initials, not the UK regulator', () => {
    expect(entitiesOf('FCA owns Zorbo Juice and Qorva Tonic.')).not.toContain(FCA_BODY);
    expect(entitiesOf('FCA makes the Zeta Roadster.')).not.toContain(FCA_BODY);
    expect(develops('FCA makes the Zeta Roadster.')).toEqual(['FCA -develops-> Zeta Roadster']);
  });

  it('"the carmaker FCA", "FCA\'s brands" and "FCA\'s portfolio" name a firm', () => {
    expect(entitiesOf('The carmaker FCA said sales fell.')).not.toContain(FCA_BODY);
    expect(entitiesOf("FCA's brands include Zeta and Vexa.")).not.toContain(FCA_BODY);
    expect(entitiesOf("FCA's portfolio includes Zeta and Vexa.")).not.toContain(FCA_BODY);
  });

  it('the regulator stays the regulator when it fines, rules or makes rules', () => {
    expect(entitiesOf('The FCA fined Zenco Bank.')).toContain(FCA_BODY);
    expect(entitiesOf('The FCA makes rules for Zenco Bank.')).toContain(FCA_BODY);
    expect(entitiesOf("The FCA's rules require Zenco Bank to report.")).toContain(FCA_BODY);
    expect(entitiesOf("The FCA's chief executive spoke on Monday.")).toContain(FCA_BODY);
  });
});

describe('what an act did to others is not under it', () => {
  it('a firm an act with its own object hit, cost or forced is not banned', () => {
    for (const text of [
      "India's ban on Zeta Cola hit Zenco Inc.",
      'Ruritania banned Zeta Cola. The ban on Zeta Cola hit Zenco Inc.',
      'Ruritania banned Zeta Cola. The ban on Zeta Cola affected Zenco Inc and Qorva.',
      'Ruritania banned Zeta Cola. The ban cost Zenco Inc $2 billion.',
      'Ruritania banned Zeta Cola. The ban forced Zenco Inc to close two plants.',
      'Ruritania banned Zeta Cola. The ban hurt Zenco Inc and Qorva.',
    ]) expect(banned(text).filter((c) => c.includes('Zenco') || c.includes('Qorva'))).toEqual([]);
  });

  it('the banned thing keeps its ban', () => {
    expect(banned("India's ban on Zeta Cola hit Zenco Inc.")).toEqual(['India -banned-> Zeta Cola']);
  });

  it('an act noun with no object of its own still reaches what it covers or hits', () => {
    expect(banned("India's ban also covers Zenco Inc and Qorva.")).toEqual(expect.arrayContaining(['India -banned-> Zenco Inc', 'India -banned-> Qorva']));
    expect(banned('India banned Zapp on Monday. The ban also covers Zenco Inc.')).toContain('India -banned-> Zenco Inc');
  });
});

describe('a ruling issued by a court', () => {
  it('"issued by" after the object of a ruling is no making of that object', () => {
    for (const text of [
      'The ruling to block Zapp, issued by the High Court, angered users.',
      'The order to shut down Zapp, issued by the High Court, angered users.',
      'The ban on Zapp, issued by the High Court, angered users.',
      'The ban on Zapp, announced by the High Court, angered users.',
    ]) expect(develops(text)).toEqual([]);
  });

  it('the court that issued the ruling to block bans the thing', () => {
    expect(banned('The ruling to block Zapp, issued by the High Court, angered users.')).toEqual(['High Court -banned-> Zapp']);
    expect(banned('An order to ban Zapp was handed down by the High Court on Monday.')).toEqual(['High Court -banned-> Zapp']);
    expect(banned('The ban on Zapp, issued by the High Court, angered users.')).toEqual(['High Court -banned-> Zapp']);
  });

  it('a proposed, overturned or merely requested ruling bans nothing', () => {
    expect(banned('The proposed ruling to block Zapp, issued by the High Court, angered users.')).toEqual([]);
    expect(banned('The order to block Zapp, issued by the High Court, was later overturned.')).toEqual([]);
    expect(banned('The request to block Zapp, filed by Qorva, angered users.')).toEqual([]);
  });

  it('a participle of making after a banned thing still names its maker', () => {
    expect(develops('Ruritania banned Zapp, developed by Zenco.')).toContain('Zenco -develops-> Zapp');
    expect(develops('The Zeta stablecoin, issued by Zenco, fell.')).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe('an agent list ends where a joined clause begins', () => {
  it('"owned by Zenco, and Vexa was built by Qorva": Vexa is no owner of Zeta, nor Qorva its maker', () => {
    expect(develops('Zeta is owned by Zenco, and Vexa was built by Qorva.').sort()).toEqual(['Zenco -develops-> Zeta', 'Qorva -develops-> Vexa'].sort());
    expect(develops('Zeta Cola is a brand owned by Zenco, and Vexa Soda is made by Qorva.').sort()).toEqual(['Zenco -develops-> Zeta Cola', 'Qorva -develops-> Vexa Soda'].sort());
    expect(develops('Zeta is owned by Zenco and Qorva, and Vexa is made by Hexo.')).not.toContain('Hexo -develops-> Qorva');
  });

  it('a list of agents with no clause after it keeps every member', () => {
    expect(develops('Zeta is owned by Zenco, Qorva and Vexa.').sort()).toEqual(['Zenco -develops-> Zeta', 'Qorva -develops-> Zeta', 'Vexa -develops-> Zeta'].sort());
    expect(develops('Zeta is owned by Zenco and Qorva.').sort()).toEqual(['Zenco -develops-> Zeta', 'Qorva -develops-> Zeta'].sort());
  });
});

describe('an act noun opening a joined clause', () => {
  it('is no act of the first clause\'s object', () => {
    expect(scoredClaimsOf('The ban on Zeta hit Zenco hard, and the curbs on Qorva cost the company billions.').filter((c) => c.startsWith('Zenco'))).toEqual([]);
    expect(banned('Ruritania banned Zapp, and the ban on Qorva followed.').filter((c) => c.startsWith('Zapp'))).toEqual([]);
  });

  it('the state opening the sentence still acts in it', () => {
    expect(banned('India banned Zapp, and the ban on Qorva Chat followed.').sort()).toEqual(['India -banned-> Zapp', 'India -banned-> Qorva Chat'].sort());
  });
});

describe('a making gerund that qualifies a noun', () => {
  it('"manufacturing problems that halted deliveries of Zeta" makes nothing', () => {
    expect(develops('Zenco faces manufacturing problems that have halted deliveries of the Zeta 9.')).toEqual([]);
    expect(develops('Zenco cited building costs that delayed the Zeta 9.')).toEqual([]);
    expect(develops('The Zeta 9 was hit by the grounding of the Vexa jet and manufacturing defects that halted deliveries of the Qorva X.')).toEqual([]);
  });

  it('a gerund with its own object still makes it', () => {
    expect(develops('Zenco is developing the Zeta 9.')).toEqual(['Zenco -develops-> Zeta 9']);
    expect(develops('Zenco started manufacturing the Zeta 9 in May.')).toEqual(['Zenco -develops-> Zeta 9']);
    expect(develops('Zenco is building the Zeta 9 at its new plant.')).toEqual(['Zenco -develops-> Zeta 9']);
  });
});
