import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only } from './extract-helpers';

// Fixes of review rr93b (stop 91, round 3): ordinary phrasings the round's rules read wrongly, each beside the reading the rule
// was written for. Sentences and names written for the tests.
const develops = (text: string): string[] => only('develops')(claimsOf(text));

describe("a spokesperson's reported clause may name whom, when or where first", () => {
  it('a group or a movement as the reported subject after an object, a time or a medium is no firm', () => {
    expect(claimsOf('A Korvath spokesman told reporters the group would ban the Zeta app.', 'proposed')).toEqual([]);
    expect(claimsOf('A Korvath spokesman said on Monday the group would ban the Zeta app.', 'proposed')).toEqual([]);
    expect(claimsOf('A Korvath spokesman said in a statement that the movement would ban the Zeta app.', 'proposed')).toEqual([]);
  });
  it('near miss: "the party" as another verb\'s object keeps the firm', () => {
    expect(entitiesOf('A Zenco spokesman said the company would sue the party that leaked the Vexa phone.')).toContain('Zenco (company)');
  });
});

describe('others\' things or partners after a launching verb and a plural', () => {
  it('integrations or merchants like A are no goods of the launcher', () => {
    expect(develops('Zenco Inc. has rolled out integrations like Vexa and Plix.')).toEqual([]);
    expect(develops('Zenco Inc. has introduced merchants like Qorva and Vexa to its app.')).toEqual([]);
  });
});

describe('a manager, an agency or a stake-holder oversees or controls others\' brands', () => {
  it('an agency described, stakes in, or advertising from brands', () => {
    expect(develops('Zenco Inc., an advertising agency, oversees brands like Vexa and Plix.')).toEqual([]);
    expect(develops('Zenco Inc. controls stakes in brands like Vexa and Plix.')).toEqual([]);
    expect(develops('Zenco Inc. oversees advertising from brands like Vexa and Plix.')).toEqual([]);
  });
});

describe('a created line or product that is no goods, or a client\'s brand', () => {
  it('an assembly or production line, a product award, a brand made for a client', () => {
    expect(develops('Zenco Inc. announced the creation of Zeta, a new assembly line at its plant.')).toEqual([]);
    expect(develops('Zenco Inc. and Qorva Corp. are collaborating on a new production line called Zeta.')).toEqual([]);
    expect(develops('Zenco Inc. announced the creation of the Zeta Prize, a new product award.')).toEqual([]);
    expect(develops('Zenco Inc., a branding agency, announced the creation of a new brand called Zeta for its client Qorva Corp.')).toEqual([]);
  });
});

describe('a rocket maker hosting the launch of its own rocket', () => {
  it('"its" or "which it developed" after the name keeps the maker', () => {
    expect(develops('Zenco Space staged the maiden launch of the Zeta 1, its first orbital rocket, from Zemport.')).toEqual(['Zenco Space -develops-> Zeta 1']);
    expect(develops('Zenco Space hosted the first launch of the Zeta rocket, which it developed in-house.')).toEqual(['Zenco Space -develops-> Zeta']);
  });
});

describe('a superlative\'s possessive after "with" owns nothing', () => {
  it('"with the world\'s thinnest screen, the Zeta Slim"', () => {
    expect(develops("Zenco Inc. launched a tablet with the world's thinnest screen, the Zeta Slim.")).toEqual(['Zenco Inc -develops-> Zeta Slim']);
  });
});

describe('"brand" before a role is a job title, not the subject brand', () => {
  it('a brand chief or director launching the firm\'s product', () => {
    expect(develops("Zenco Inc.'s brand chief Jane Roe unveiled the Zeta phone on Monday.")).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops("Zenco Inc.'s brand director Jane Roe will launch the Zeta Max in May.")).toEqual(['Zenco Inc -develops-> Zeta Max']);
  });
});

describe('own brands after an ordinary description or an engaging verb', () => {
  it('"which employs 900 people", "has engaged shoppers with brands like"', () => {
    expect(develops('Zenco Inc., a snack maker which employs 900 people, with brands such as Vexa and Plix, cut prices.')).toEqual(['Zenco Inc -develops-> Plix', 'Zenco Inc -develops-> Vexa']);
    expect(develops('Zenco Inc. has engaged shoppers with brands like Vexa and Plix.')).toEqual(['Zenco Inc -develops-> Plix', 'Zenco Inc -develops-> Vexa']);
  });
  it('near miss: a firm that works with brands still owns none', () => {
    expect(develops('Zenco, a startup that works with brands like Vexa and Plix, raised $10 million.')).toEqual([]);
  });
});

describe('an opening "They" after a passive\'s agent', () => {
  it('the buyers may be "They"', () => {
    expect(develops('Zenco Inc. was bought by a group of hedge funds in May. They own several brands, including Vexa and Plix.')).toEqual([]);
  });
});

describe('a work "from" a studio after a launching verb', () => {
  it('a documentary or a podcast from a studio is the studio\'s', () => {
    expect(develops('Qorvix launched a new documentary, Zeta Rising, from Vexa Films.')).toContain('Vexa Films -develops-> Zeta Rising');
    expect(develops('Qorvix launched a new podcast, Zeta Talk, from Vexa Media.')).toContain('Vexa Media -develops-> Zeta Talk');
  });
});

describe('a route noun in an earlier phrase of the list', () => {
  it('"launched new routes and a loyalty app, Zeta Miles"', () => {
    expect(develops('Zenco Air launched new routes and a loyalty app, Zeta Miles.')).toEqual(['Zenco Air -develops-> Zeta Miles']);
  });
  it('near miss: routes such as A-B stay no goods', () => {
    expect(develops('Zenco Air operates routes such as Alpha-Beta and Gamma-Delta.')).toEqual([]);
  });
});

describe("a firm's singular partner tool is its own", () => {
  it('"partner app, Zeta Connect" but not "partner apps"', () => {
    expect(develops("Zenco Inc.'s partner app, Zeta Connect, lets resellers track orders.")).toEqual(['Zenco Inc -develops-> Zeta Connect']);
    expect(develops("Zenco's partner apps (Zeta, Vela, Lumo) grew.")).toEqual([]);
  });
});

describe('the readings the round-3 rules were written for stay', () => {
  it('own kinds launched, created and partnered on', () => {
    expect(develops('Zenco Inc. has introduced pods like Zeta Mint and Zeta Neo.')).toEqual(['Zenco Inc -develops-> Zeta Mint', 'Zenco Inc -develops-> Zeta Neo']);
    expect(develops('Zenco Inc. announced the creation of Zeta, a new snack brand.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Zenco Inc. and Qorva Corp. are collaborating on a new product line called Zeta.')).toEqual(['Qorva Corp -develops-> Zeta', 'Zenco Inc -develops-> Zeta']);
    expect(develops('Zenco Inc. oversees brands like Vexa and Plix.')).toEqual(['Zenco Inc -develops-> Plix', 'Zenco Inc -develops-> Vexa']);
  });
  it('near misses: a site hosting another\'s rocket, a partner\'s part after "with"', () => {
    expect(develops('Zemport Ltd. hosted the first launch of the Zeta rocket.')).toEqual([]);
    expect(develops("Zenco Inc. launched a phone with Qorva Corp.'s Zeta chip.")).not.toContain('Zenco Inc -develops-> Zeta');
  });
});
