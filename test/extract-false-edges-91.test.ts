import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper fp91, from the false edges round 1's helpers of stop 91 met and left alone (brl91, dvo91, riv91, unt91, trd91): a seller
// of brands, a distributor, a partner's or licensed brand, a hired firm's "its", an event owned, an investor's portfolio, rivals'
// fields, a place's adjective, a role word or a comparative glued to a name, a state set against a firm, and a halt of a firm's
// imports. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('brands bought from a seller', () => {
  it('a list of brands bought or acquired "from Zenco" names the seller, not the maker of the last brand', () => {
    // Since stop 98 (helper sal98, the team's call): every brand bought is its seller's and, the purchase done, its buyer's.
    const both = (names: string[]): string[] => names.flatMap((n) => [`Qorva Inc -develops-> ${n}`, `Zenco Inc -develops-> ${n}`]).sort();
    expect(develops('Qorva Inc bought the brands Vexa and Plix from Zenco Inc.')).toEqual(both(['Vexa', 'Plix']));
    expect(develops('Qorva Inc acquired the labels Vexa, Plix and Lumo from Zenco Inc last year.')).toEqual(both(['Vexa', 'Plix', 'Lumo']));
    expect(develops('Qorva Inc bought Vexa and Plix from Zenco Inc in 2020.')).toEqual([]);
  });

  it('near miss: a thing "from Zenco" with no buying verb before it is still Zenco\'s', () => {
    expect(develops('Shoppers love the Vexa and the Plix from Zenco Inc.')).toEqual(['Zenco Inc -develops-> Plix']);
    expect(develops('The new Plix from Zenco Inc goes on sale in May.')).toEqual(['Zenco Inc -develops-> Plix']);
  });
});

describe('goods distributed under brands', () => {
  it('a distributor\'s "under the brands A and B" names brands it carries, not its own', () => {
    expect(develops('Zenco Inc distributes goods under the brands Vexa and Plix.')).toEqual([]);
    expect(develops('Zenco Inc distributed sportswear under the labels Vexa and Plix.')).toEqual([]);
  });

  it('near miss: selling or marketing goods under brands still names the seller\'s own', () => {
    expect(develops('Zenco Inc sells goods under the brands Vexa and Plix.')).toEqual(['Zenco Inc -develops-> Plix', 'Zenco Inc -develops-> Vexa']);
    expect(develops('Zenco Inc markets shoes under the brands Vexa and Plix.')).toEqual(['Zenco Inc -develops-> Plix', 'Zenco Inc -develops-> Vexa']);
  });
});

describe('another owner\'s brand set off after "its"', () => {
  it('"its partner brand", "its licensed brand", "its sister brand" are no brands of the firm', () => {
    expect(develops('Zenco Inc said its partner brand, Vexa, would open stores in May.')).toEqual([]);
    expect(develops('Zenco Inc said its licensed brand, Vexa, would open stores in May.')).toEqual([]);
    expect(develops('Zenco Inc said its sister brand, Vexa, would open stores in May.')).toEqual([]);
  });

  it('near miss: "its new brand", "its premium brand" are the firm\'s', () => {
    expect(develops('Zenco Inc said its new brand, Vexa, would open stores in May.')).toEqual(['Zenco Inc -develops-> Vexa']);
    expect(develops('Zenco Inc said its premium brand, Vexa, would open stores in May.')).toEqual(['Zenco Inc -develops-> Vexa']);
  });
});

describe('a firm hired to act on "its" brand', () => {
  it('"hired Qorva to relaunch its brand": "its" is the hirer\'s', () => {
    expect(develops('Zenco Inc makes printers. Zenco hired Qorva Inc to relaunch its brand, Vexa.')).toEqual(['Zenco -develops-> Vexa']);
    expect(develops('Zenco Inc makes printers. Zenco commissioned Qorva Inc to redesign its brand, Vexa.')).toEqual(['Zenco -develops-> Vexa']);
    expect(develops('Zenco Inc makes printers. Zenco hired Qorva Inc to help relaunch its brand, Vexa.')).toEqual(['Zenco -develops-> Vexa']);
  });

  it('near miss: a relative clause of the hired firm, or a firm bought, keeps the nearest firm', () => {
    expect(develops('Zenco Inc makes printers. Zenco hired Qorva Inc, which relaunched its brand, Vexa.')).toEqual(['Qorva Inc -develops-> Vexa']);
    expect(develops('Zenco Inc makes printers. Zenco bought Qorva Inc to relaunch its brand, Vexa.')).toEqual(['Qorva Inc -develops-> Vexa']);
  });
});

describe('events owned', () => {
  it('the owners of a festival or a cup make nothing', () => {
    expect(develops('Qorva Inc and Zenco Inc are the owners of the Lipo Festival.')).toEqual([]);
    expect(develops('Zenco Inc is the organiser and owner of the Vexa Cup.')).toEqual([]);
    expect(entitiesOf('Qorva Inc and Zenco Inc are the owners of the Lipo Festival.')).not.toContain('Lipo Festival (product)');
  });

  it('near miss: the owners of an app or a brand make it', () => {
    expect(develops('Qorva Inc and Zenco Inc are the owners of the Lipo app.')).toEqual(['Qorva Inc -develops-> Lipo', 'Zenco Inc -develops-> Lipo']);
    expect(develops('Zenco Inc is the owner of the Vexa brand.')).toEqual(['Zenco Inc -develops-> Vexa']);
  });
});

describe('an investor\'s portfolio', () => {
  it('an investor\'s portfolio "which includes" or "includes" holds stakes, no brands it makes', () => {
    expect(develops("Zenco Capital's luggage portfolio, which includes Vexa and Plix, grew last year.")).toEqual([]);
    expect(develops("Zenco Ventures's brand portfolio includes Vexa and Plix.")).toEqual([]);
  });

  it('near miss: a firm\'s own portfolio holds its brands', () => {
    expect(develops("Zenco Inc's luggage portfolio, which includes Vexa and Plix, grew last year.")).toEqual(['Zenco Inc -develops-> Plix', 'Zenco Inc -develops-> Vexa']);
    expect(develops("Zenco Inc's brand portfolio includes Vexa and Plix.")).toEqual(['Zenco Inc -develops-> Plix', 'Zenco Inc -develops-> Vexa']);
  });
});

describe('rivals\' or partners\' field before a kind', () => {
  it('"Zenco\'s rivals in printers include A and B": the rivals, no printers of Zenco\'s', () => {
    expect(develops("Zenco Inc's rivals in printers include Qorvex and Trelix.")).toEqual([]);
    expect(rivals("Zenco Inc's rivals in printers include Qorvex and Trelix.")).toEqual(['Zenco Inc -competes_with-> Qorvex', 'Zenco Inc -competes_with-> Trelix']);
    expect(develops("Zenco Inc's partners in phones include Qorvex and Trelix.")).toEqual([]);
  });

  it('near miss: "Zenco\'s printers include A and B" lists its own', () => {
    expect(develops("Zenco Inc's printers include Qorvex and Trelix.")).toEqual(['Zenco Inc -develops-> Qorvex', 'Zenco Inc -develops-> Trelix']);
    expect(develops("Zenco Inc's printers include the Qorvex and the Trelix.")).toEqual(['Zenco Inc -develops-> Qorvex', 'Zenco Inc -develops-> Trelix']);
  });
});

describe('a place\'s adjective before brands', () => {
  it('an unknown word with a people\'s ending before "brands such as" is no maker', () => {
    expect(develops('Zenco controls Ruritanian brands such as Vexa and Plix.')).toEqual([]);
    expect(develops('Zenco controls Zemblese brands such as Vexa and Plix.')).toEqual([]);
  });

  it('near miss: a firm\'s name before "brands such as" owns them', () => {
    expect(develops('Zenco Inc controls Qorva brands such as Vexa and Plix.')).toEqual(['Qorva -develops-> Plix', 'Qorva -develops-> Vexa']);
  });
});

describe('words glued to a firm\'s name at a sentence\'s start', () => {
  it('"Owner Zenco Corp." is Zenco Corp; "Worse for Zenco Inc is …" names Zenco Inc', () => {
    expect(entitiesOf('Owner Zenco Corp. said sales of the Vexa jacket rose.')).toEqual(['Zenco Corp (company)']);
    expect(develops('Owner Zenco Corp. makes the Vexa jacket.')).toEqual(['Zenco Corp -develops-> Vexa']);
    expect(rivals('Zenco Inc makes cameras. Worse for Zenco Inc is increased competition from brands like Qorva and Vexa.')).toEqual(['Zenco Inc -competes_with-> Qorva', 'Zenco Inc -competes_with-> Vexa']);
  });

  it('near miss: a plain name opening the sentence is kept whole', () => {
    expect(develops('Zenco Corp. makes the Vexa jacket.')).toEqual(['Zenco Corp -develops-> Vexa']);
  });
});

describe('rivals named after "with … being"', () => {
  it('"with A and B being Borin\'s key competitors": A and B are Borin\'s rivals, the clause\'s subject is none', () => {
    const text = "Zenco Inc makes printers. Zenco Inc sells printers in Europe, with Zeta Corp and Plom Corp being Borin Inc's key competitors.";
    expect(rivals(text)).toEqual(['Plom Corp -competes_with-> Borin Inc', 'Zeta Corp -competes_with-> Borin Inc']);
  });

  it('near miss: "Borin is Zeta\'s key competitor" still pairs the two', () => {
    expect(rivals("Zenco Inc makes printers. Borin Inc is Zeta Corp's key competitor.")).toEqual(['Borin Inc -competes_with-> Zeta Corp']);
  });
});

describe('a firm pitted against a state', () => {
  it('"pitted Zenco against the Ruritanian government", "against Qorva\'s rivals" set no rivalry with the state or Qorva', () => {
    expect(rivals('Zenco Inc makes printers. The dispute pitted Zenco Inc against the Ruritanian government.')).toEqual([]);
    expect(rivals('Zenco Inc makes printers. The dispute pitted Zenco Inc against the Ruritanian authorities.')).toEqual([]);
    expect(rivals("Zenco Inc makes printers. The deal pitted Zenco Inc against Qorva Inc's rivals such as Vexa Corp.")).not.toContain('Zenco Inc -competes_with-> Qorva Inc');
  });

  it('near miss: pitted against another firm is a rivalry', () => {
    expect(rivals('Zenco Inc makes printers. The deal pitted Zenco Inc against Qorva Inc.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Inc makes printers. The deal pitted Zenco Inc against Qorva Inc in Europe.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
  });
});

describe('a state halting the imports from a firm', () => {
  it('"halted" or "stopped" imports of goods from a firm bans the firm, as "suspended" does', () => {
    expect(banned('China halted imports of milk powder from Zenco Inc after the scare.')).toEqual(['China -banned-> Zenco Inc']);
    expect(banned('Japan has stopped all imports of pork from Zenco Inc.')).toEqual(['Japan -banned-> Zenco Inc']);
    expect(banned('China suspended imports of milk powder from Zenco Inc after the scare.')).toEqual(['China -banned-> Zenco Inc']);
  });

  it('near miss: a firm halting its imports, or a halt denied, bans no one', () => {
    expect(banned('Zenco Inc halted imports of milk powder from Qorva Inc.')).toEqual([]);
    expect(banned('China did not halt imports of milk powder from Zenco Inc.')).toEqual([]);
  });
});
