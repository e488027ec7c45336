import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper ins97, from real news on states banning or limiting ingredients through laws and orders (sunscreen filters, food dyes):
// lower-case substances held by a good ("sunscreens that contain zenoxate") or named after their kind ("the chemicals zenoxate")
// were never typed, so the ban lost its target; a numbered colour ("Zeta Red No. 3") was cut at "No." and the ban's target read as
// "Zeta Red"; a bill's code between the state and the ban's participle ("signed SB 2571 into law, banning …") was read as the banning
// firm or lost the ban; and a passed law or a decree did not stand for the state that passed it ("The law bans …"). Sentences written
// for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();
const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('lower-case substances a good contains or its kind names, in a ban\'s sentence', () => {
  it('after "contain" and "contains", as after "containing"', () => {
    expect(banned('Thailand prohibits the sale of sunscreens that contain zenoxate and qorvalide.')).toEqual(['Thailand -banned-> qorvalide', 'Thailand -banned-> zenoxate']);
    expect(banned('Effective January 1, France banned any lotion that contains zenoxate or qorvalide.')).toEqual(['France -banned-> qorvalide', 'France -banned-> zenoxate']);
  });

  it('after a kind noun in apposition, with or without a comma', () => {
    expect(banned('Thailand banned sunscreens containing the chemicals zenoxate and qorvalide.')).toEqual(['Thailand -banned-> qorvalide', 'Thailand -banned-> zenoxate']);
    expect(banned('Japan prohibited creams containing two common chemicals, zenoxate and qorvalide.')).toEqual(['Japan -banned-> qorvalide', 'Japan -banned-> zenoxate']);
  });
});

describe('near misses: no ban, another actor, ordinary words', () => {
  it('a good that contains a substance, with no ban told, names no product', () => {
    expect(entitiesOf('Zenco said its creams contain zenoxate and the chemicals qorvalide.').filter((e) => /zenoxate|qorvalide/.test(e))).toEqual([]);
    expect(entitiesOf('The lotions contained zenoxate, the study found.').filter((e) => e.startsWith('zenoxate'))).toEqual([]);
  });

  it('a maker whose goods contain a substance does not make it', () => {
    expect(develops('After France banned the rally, Zenco said its creams contain zenoxate.').filter((c) => c.endsWith('zenoxate'))).toEqual([]);
  });

  it('a call for a ban, a firm\'s own choice and a plan are no state\'s ban', () => {
    expect(banned('Greenpeace called for a ban on sunscreens that contain zenoxate.')).toEqual([]);
    // A proposal keeps its target but is no asserted ban.
    expect(banned('France proposed a ban on sunscreens that contain zenoxate.')).toEqual([]);
    expect(only('banned')(claimsOf('France proposed a ban on sunscreens that contain zenoxate.', 'proposed'))).toEqual(['France -banned-> zenoxate']);
    // A firm taking its own ingredients out names no ban's target, though a state's ban is told after.
    expect(banned('Zenco removed the chemicals zenoxate and qorvalide from its creams after France banned them.')).toEqual([]);
  });

  it('ordinary nouns after a kind noun or "contain" are no substance', () => {
    expect(banned('France banned drinks that contain sugar.')).toEqual([]);
    expect(banned('France banned the chemicals online.')).toEqual([]);
    expect(banned('France banned creams that contain alcohol.')).toEqual([]);
  });
});

describe('a numbered colour or scent keeps its "No. N"', () => {
  it('the ban\'s target is the whole name', () => {
    expect(banned('The FDA banned Zeta Red No. 3 from food.')).toEqual(['Food and Drug Administration -banned-> Zeta Red No. 3']);
    expect(banned('Japan banned Vexa Yellow No. 5 in 2020.')).toEqual(['Japan -banned-> Vexa Yellow No. 5']);
  });

  it('near misses: a numbered site or instrument, a rank, a decimal', () => {
    expect(entitiesOf('Japan shut Zenco Plant No. 2 after the leak.').filter((e) => e.includes('No.'))).toEqual([]);
    expect(entitiesOf('Japan enforced Zenco Order No. 5 last year.').filter((e) => e.includes('No.'))).toEqual([]);
    expect(entitiesOf('Zenco is the No. 2 maker of paints.').filter((e) => e.includes('No.'))).toEqual([]);
    expect(entitiesOf('Japan banned Zeta Red No. 3.5 dyes.').filter((e) => e.includes('No.'))).toEqual([]);
  });
});

describe('a numbered bill or act between the state and its ban', () => {
  it('the state that signed or passed it bans', () => {
    expect(banned('France signed SB 2571 into law, banning Zetaflon in cookware.')).toEqual(['France -banned-> Zetaflon']);
    expect(banned('Japan signed Act 104 into law, banning Zetaflon.')).toEqual(['Japan -banned-> Zetaflon']);
    expect(banned('France issued Decree 2571, prohibiting Zetaflon in toys.')).toEqual(['France -banned-> Zetaflon']);
  });

  it('near misses: a code that is part of a product\'s name, a bill not passed, a firm', () => {
    expect(entitiesOf('Zenco unveiled the SB 2571 Pro drill.').filter((e) => e.startsWith('SB 2571'))).not.toEqual([]);
    expect(banned('France introduced SB 2571, which would ban Zetaflon.')).toEqual([]);
    expect(banned('Zenco lobbied against SB 2571, which bans Zetaflon.').filter((c) => c.startsWith('Zenco'))).toEqual([]);
    expect(banned('Critics said HB 1203 was too weak.')).toEqual([]);
    expect(entitiesOf('Zenco\'s SB 2571 drill went on sale.').filter((e) => e.startsWith('SB 2571'))).not.toEqual([]);
  });
});

describe('a law or a decree a state passed stands for the state in the next sentence', () => {
  it('"The law bans …" after "passed a law"', () => {
    expect(banned('France passed a law last year. The law bans Zetaflon in cookware.')).toEqual(['France -banned-> Zetaflon']);
    expect(banned('Japan gazetted a decree on Monday. The decree bans Zetaflon in toys.')).toEqual(['Japan -banned-> Zetaflon']);
  });

  it('near misses: a law nobody named passed, a proposed or hedged ban, a bill', () => {
    expect(banned('Zenco said the law was unfair. The law bans Zetaflon in cookware.')).toEqual([]);
    expect(banned('France passed a law last year. The law would ban Zetaflon in cookware.')).toEqual([]);
    expect(banned('France passed a bill last year. The bill bans Zetaflon in cookware.')).toEqual([]);
    expect(banned('France proposed a law last year. The law bans Zetaflon in cookware.')).toEqual([]);
  });
});

describe('a substance named by two words', () => {
  it('a salt or an oxide named by its parts is one target', () => {
    expect(banned('France banned titanium dioxide in 2020.')).toEqual(['France -banned-> titanium dioxide']);
    expect(banned('Japan prohibited foods containing potassium bromate or zenoxate.')).toEqual(['Japan -banned-> potassium bromate', 'Japan -banned-> zenoxate']);
  });

  it('near misses: a substance before a noun, no ban', () => {
    expect(banned('France banned titanium dioxide paints.').filter((c) => c.includes('dioxide'))).toEqual([]);
    expect(entitiesOf('Zenco makes titanium dioxide in Ohio.').filter((e) => e.includes('dioxide'))).toEqual([]);
  });
});

describe('a purpose\'s participle after a dateline\'s colon is no name', () => {
  it('"Aiming to …" opening the text after the dateline', () => {
    expect(entitiesOf('New Delhi: Aiming to curb poisoning, the ministry banned Zetaflon.').filter((e) => e.startsWith('Aiming'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('WASHINGTON: Hoping to curb imports, the United States imposed tariffs on Zenco.'))).toEqual(['United States -restricts-> Zenco']);
  });

  it('near misses: a firm\'s two-word name in -ing, a participle without a colon before it', () => {
    expect(develops('Zenco said Vexing Games launched the Zeta console.')).toEqual(['Vexing Games -develops-> Zeta']);
    expect(banned('PARIS: Hoping to win votes, the minister said France banned Zetaflon.')).toEqual(['France -banned-> Zetaflon']);
    expect(only('restricts')(scoredClaimsOf('PARIS: Hoping to curb imports, lawmakers urged France to impose tariffs on Zenco.'))).toEqual([]);
  });
});

describe('a treaty is an instrument, no party to a ban', () => {
  it('the body that amends the treaty bans, not the treaty', () => {
    expect(banned('France adopted amendments to the Qorva Convention, which ban Zetaflon.')).toEqual(['France -banned-> Zetaflon']);
    expect(entitiesOf('Japan ratified the Vexa Treaty in May.').filter((e) => e.startsWith('Vexa Treaty'))).toEqual([]);
  });

  it('near misses: a treaty is no firm in other roles; other names ending in other words stay', () => {
    expect(develops('The Qorva Convention launched Zetaflon.')).toEqual([]);
    expect(entitiesOf('Zenco Protocol launched the Zeta wallet.').filter((e) => e.startsWith('Zenco Protocol'))).not.toEqual([]);
    expect(entitiesOf('Qorva Conventions Ltd launched the Zeta app.').filter((e) => e.startsWith('Qorva Conventions Ltd'))).not.toEqual([]);
  });
});
