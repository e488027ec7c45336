import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper ttl93 (stop 93), from the fresh sample on film bans (set 88): a Title Case headline opening with a quoted title before
// "Has Been Banned in …" lost the title and read "Has Been" as the banned thing; a subtitled quoted title was cut to its last
// word; a creed named by its "-ism" was read as a state's actor. Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('a quoted title opening a headline before auxiliaries and a participle', () => {
  it('"\'Qorva Epic\' Has Been Banned in Egypt" bans the title, not "Has Been"', () => {
    expect(banned("'Qorva Epic' Has Been Banned in Egypt")).toEqual(['Egypt -banned-> Qorva Epic']);
    expect(banned("'Qorva Epic' Is Banned in Egypt")).toEqual(['Egypt -banned-> Qorva Epic']);
    expect(banned("Zenco's 'Qorva Epic' Has Been Banned in Egypt")).toEqual(['Egypt -banned-> Qorva Epic']);
  });

  it('a subtitled title after a colon stays whole, in each state named', () => {
    expect(banned("'Qorva Epic: Gods and Kings' Has Been Banned in Egypt and Morocco").sort()).toEqual([
      'Egypt -banned-> Qorva Epic: Gods and Kings',
      'Morocco -banned-> Qorva Epic: Gods and Kings',
    ]);
  });

  it('an unquoted title before "Has Been Banned" ends before the auxiliaries', () => {
    expect(banned('Qorva Epic Has Been Banned in Egypt')).toEqual(['Egypt -banned-> Qorva Epic']);
  });

  it('near misses: no auxiliary is ever the banned thing, and hedges, negations and other verbs give no ban', () => {
    expect(banned("'Qorva Epic' Has Been Praised in Egypt")).toEqual([]);
    expect(banned("'Qorva Epic' Has Been Released in Egypt and Morocco")).toEqual([]);
    expect(banned("'Qorva Epic: Gods and Kings' Could Be Banned in Egypt")).toEqual([]);
    expect(banned("'Qorva Epic' Has Not Been Banned in Egypt")).toEqual([]);
    expect(banned("Ban On 'Qorva Epic' Has Been Lifted in Egypt")).toEqual([]);
    expect(banned("'We Are Done' Has Been Said By Zenco")).toEqual([]);
    expect(banned('Zenco Has Been Sold to Qorva')).toEqual([]);
    for (const text of ["'Qorva Epic' Has Been Banned in Egypt", "'Qorva Epic' Could Be Banned in Egypt", "'Qorva Epic' Has Not Been Banned in Egypt"]) {
      expect(entitiesOf(text).some((e) => /^(?:Has|Been|Could|Be|Not|Is)\b/.test(e))).toBe(false);
    }
  });

  it('near misses: a quote of speech with a colon is no subtitled title', () => {
    expect(entitiesOf("Qorva's founder said 'Vexa: We Are Done' on Monday.")).not.toContain('Vexa: We Are Done');
  });
});

describe('a creed named by its "-ism" bans nothing', () => {
  it('"is banned by Zenism" gives no ban', () => {
    expect(banned('Representing God in any form is banned by Zenism, the lawyer said.')).toEqual([]);
    expect(banned('Representing God is banned by Qorvaism and by Zenism.')).toEqual([]);
  });

  it('near misses: a state still bans, and a short "-ism" brand is no creed', () => {
    expect(banned('Qorva Nights was banned by Egypt.')).toEqual(['Egypt -banned-> Qorva Nights']);
    expect(banned("Zenco's Prism was banned by Egypt.")).toEqual(['Egypt -banned-> Prism']);
    expect(banned('Qorva Nights was banned by Egypt, a Zenism council said.')).toEqual(['Egypt -banned-> Qorva Nights']);
    expect(banned("'Qorva Epic' Has Been Hailed by Zenco in Egypt")).toEqual([]);
  });
});

describe('a ban verb written in capitals', () => {
  it('"the latest state to BAN \'Qorva\'!" bans the title', () => {
    expect(banned("Kuwait is the latest state to BAN 'Qorva'! The film opened last week.")).toEqual(['Kuwait -banned-> Qorva']);
    expect(banned('Kuwait is the latest state to BAN Qorva Nights. The film opened last week.')).toEqual(['Kuwait -banned-> Qorva Nights']);
  });

  it('near misses: another verb in capitals, a negation, a wish, and "BAN" as a body\'s acronym', () => {
    expect(banned("Kuwait is the latest state to PRAISE 'Qorva'! The film opened last week.")).toEqual([]);
    expect(banned("Kuwait will not BAN 'Qorva'! The film opened last week.")).toEqual([]);
    expect(banned("Kuwait wants to BAN 'Qorva'. The film opened last week.")).toEqual([]);
    expect(banned('The BAN said Zenco shipped waste to Kuwait.')).toEqual([]);
    expect(banned('Zenco was sued by BAN over waste shipments.')).toEqual([]);
    expect(banned('IBM said Egypt would BAN Qorva Nights next year.')).toEqual([]);
    expect(banned("Kuwait's BAN 'Qorva' campaign was praised.")).not.toContain('Kuwait -banned-> BAN');
  });
});

describe('a list member after "as well as" named by its maker and its title', () => {
  it('"as well as the Zenco movie, \'Qorva Nights\'" bans the title, not its maker', () => {
    expect(banned("Egypt last year banned the film 'Vexa', as well as the Zenco movie, 'Qorva Nights'.").sort()).toEqual(['Egypt -banned-> Qorva Nights', 'Egypt -banned-> Vexa']);
    expect(banned('Egypt banned the film Vexa as well as the Zenco movie Qorva Nights.').sort()).toEqual(['Egypt -banned-> Qorva Nights', 'Egypt -banned-> Vexa']);
    expect(banned('Egypt banned Vexa and the Zenco movie Qorva Nights.').sort()).toEqual(['Egypt -banned-> Qorva Nights', 'Egypt -banned-> Vexa']);
  });

  it('near misses: a person of the maker, another verb, a clause after the member', () => {
    expect(banned("Egypt banned Vexa as well as the Zenco CEO's new book.")).toEqual(['Egypt -banned-> Vexa']);
    expect(banned("Egypt praised Vexa as well as the Zenco movie, 'Qorva Nights'.")).toEqual([]);
    expect(banned("Egypt may ban Vexa as well as the Zenco movie, 'Qorva Nights'.")).toEqual([]);
    expect(banned('Egypt banned Vexa as well as the Zenco game, and Morocco banned Qorva.')).not.toContain('Morocco -banned-> Zenco');
    expect(banned("Egypt banned Vexa as well as the Zenco movie's director.")).toEqual(['Egypt -banned-> Vexa']);
    expect(banned("Egypt banned Vexa as well as the Zenco movie's trailer.")).toEqual(['Egypt -banned-> Vexa']);
    expect(banned("The ban on Qorva Nights was lifted by Egypt as well as the Zenco movie, 'Vexa Days'.")).toEqual([]);
    expect(banned("Zenco distributes Vexa as well as the Qorva movie 'Zeta Days'.")).toEqual([]);
  });
});

describe("a title's screenings halted in a state, a censor refusing to let it be released", () => {
  it('"the screenings of Qorva Nights were halted in film theatres in Egypt"', () => {
    expect(banned('The screenings of Qorva Nights were halted in film theaters in Egypt.')).toEqual(['Egypt -banned-> Qorva Nights']);
    expect(banned('The screenings of the film Qorva Nights were halted in Egypt, Zenco said.')).toEqual(['Egypt -banned-> Qorva Nights']);
  });

  it('"refused to let the film Qorva Nights release there"', () => {
    expect(banned("Egypt's Censor Board has refused to let the film Qorva Nights release there.")).toEqual(['Censor Board -banned-> Qorva Nights']);
  });

  it("near misses: a maker's own halt, negation, a hedge, praise, a maker refusing, the maker let", () => {
    expect(banned('The screenings of Qorva Nights were halted by Zenco in Egypt.')).toEqual([]);
    expect(banned('The screenings of Qorva Nights were not halted in Egypt.')).toEqual([]);
    expect(banned('The screenings of Qorva Nights could be halted in Egypt.')).toEqual([]);
    expect(banned('The screenings of Qorva Nights were praised in Egypt.')).toEqual([]);
    expect(banned('Zenco halted the screenings of Qorva Nights in Egypt.')).toEqual([]);
    expect(banned("Egypt's Censor Board may refuse to let the film Qorva Nights release there.")).toEqual([]);
    expect(banned('Zenco Pictures refused to let the film Qorva Nights release in Egypt.')).toEqual([]);
    expect(banned("Egypt's Censor Board refused to let Zenco release Qorva Nights.")).toEqual([]);
  });
});
