import { describe, expect, it } from 'vitest';
import { claimsOf, extract, entityLabelled, only } from './extract-helpers';

// Helper fxr89, from stop 89's re-read of its relation rules: the faults it found, each as a family, with the near misses that must
// still give the claim. Sentences written for the tests (real states only where the lexicon must know the state).

const develops = (text: string): string[] => only('develops')(claimsOf(text));
const restricts = (text: string): string[] => only('restricts')(claimsOf(text));
const banned = (text: string): string[] => only('banned')(claimsOf(text));
const rivals = (text: string): string[] => only('competes_with')(claimsOf(text));

describe('a joint venture that is a firm is owned, not made', () => {
  it('a venture that opens plants or hires names no maker, and is no product', () => {
    expect(develops('Zeta Cells, a joint venture between Zenco Inc and Qorva Ltd, will open a battery plant in Ohio.')).toEqual([]);
    expect(develops('Zeta, a joint venture between Zenco Inc and Qorva Ltd, opened a plant in Ohio.')).toEqual([]);
    expect(develops('Zeta, a joint venture of Zenco Inc and Qorva Ltd, hired 300 workers.')).toEqual([]);
    expect(entityLabelled(extract('Zeta Cells, a joint venture between Zenco Inc and Qorva Ltd, will open a battery plant in Ohio.'), 'Zeta Cells')?.type).not.toBe('product');
  });

  it('a venture with a goods kind, or one that flies or goes on sale, is still each parent\'s make', () => {
    const both = ['Qorva Ltd -develops-> Zeta 300', 'Zenco Inc -develops-> Zeta 300'];
    expect(develops('The Zeta 300 phone, a joint venture of Zenco Inc and Qorva Ltd, went on sale.')).toEqual(both);
    expect(develops('The Zeta 300, a joint venture between Zenco Inc and Qorva Ltd, flew on Monday.')).toEqual(both);
    expect(develops('The Zeta 300, a joint venture between Zenco Inc and Qorva Ltd, was unveiled in Paris.')).toEqual(both);
  });
});

describe('a state speaking of a measure, or denying it, takes none', () => {
  it('a measure only spoken of has no speaker for its source', () => {
    expect(restricts('Mexico said tariffs on Zenco Inc were unfair.')).toEqual([]);
    expect(restricts('Canada said tariffs on Zenco Inc were too high.')).toEqual([]);
    expect(restricts('Canada said sanctions on Zenco Inc were too harsh.')).toEqual([]);
    expect(restricts('Mexico criticised the new duties on Zenco Inc.')).toEqual([]);
    expect(banned('Canada complained that bans on Zenco Inc hurt trade.')).toEqual([]);
  });

  it('a denied act is negated, not asserted', () => {
    expect(restricts('Canada denied imposing tariffs on Zenco Inc.')).toEqual([]);
    expect(only('restricts')(claimsOf('Canada denied imposing tariffs on Zenco Inc.', 'negated'))).toEqual(['Canada -restricts-> Zenco Inc']);
    expect(banned('Canada denied banning Zenco Inc.')).toEqual([]);
    expect(only('banned')(claimsOf('Canada denies having blocked Zenco Inc.', 'negated'))).toEqual(['Canada -banned-> Zenco Inc']);
  });

  it('an imposing verb or a possessive after the speech keeps the act the speaker\'s; a denied licence still bans', () => {
    expect(restricts('Canada said it had imposed tariffs on Zenco Inc.')).toEqual(['Canada -restricts-> Zenco Inc']);
    expect(restricts('Canada said its tariffs on Zenco Inc would stay.')).toEqual(['Canada -restricts-> Zenco Inc']);
    expect(restricts('Canada imposed tariffs on Zenco Inc.')).toEqual(['Canada -restricts-> Zenco Inc']);
    expect(banned('Canada said it had banned Zenco Inc.')).toEqual(['Canada -banned-> Zenco Inc']);
    expect(banned('Canada denied Zenco Inc a licence.')).toEqual(['Canada -banned-> Zenco Inc']);
  });
});

describe('linking verbs and verbs of becoming before a firm\'s rivals name one of them', () => {
  it('"remained", "seemed", "emerged", "grew into", "turned into" name the subject a rival', () => {
    const pair = ['Zenco Inc -competes_with-> Qorva Ltd'];
    expect(rivals('Zenco Inc remained one of Qorva Ltd\'s rivals.')).toEqual(pair);
    expect(rivals('Zenco Inc has remained Qorva Ltd\'s fiercest rival.')).toEqual(pair);
    expect(rivals('Zenco Inc seemed Qorva Ltd\'s closest rival.')).toEqual(pair);
    expect(rivals('Zenco Inc, which has emerged one of Qorva Ltd\'s rivals, raised funds.')).toEqual(pair);
    expect(rivals('Zenco Inc has grown into one of Qorva Ltd\'s fiercest rivals.')).toEqual(pair);
    expect(rivals('Zenco Inc has turned into Qorva Ltd\'s main rival.')).toEqual(pair);
    expect(rivals('Zenco Inc, once a supplier, evolved into one of Qorva Ltd\'s rivals.')).toEqual(pair);
  });

  it('dealing with, or being measured against, a firm\'s rivals names none', () => {
    expect(rivals('Zenco Inc partnered with one of Qorva Ltd\'s rivals.')).toEqual([]);
    expect(rivals('Zenco Inc tapped into Qorva Ltd\'s rivals for staff.')).toEqual([]);
    expect(rivals('Zenco Inc lagged behind Qorva Ltd\'s rivals.')).toEqual([]);
    expect(rivals('Zenco Inc is ahead of Qorva Ltd\'s rivals.')).toEqual([]);
    expect(rivals('Zenco Inc, like two of Qorva Ltd\'s rivals, raised prices.')).toEqual([]);
    expect(rivals('Zenco Inc, unlike Qorva Ltd\'s rivals, raised prices.')).toEqual([]);
    expect(rivals('Zenco Inc, Qorva Ltd\'s main rival, raised prices.')).toEqual(['Zenco Inc -competes_with-> Qorva Ltd']);
  });
});

describe('goods handed over or delivered after being got from another', () => {
  it('goods the subject leased or bought, or another built, are not its make', () => {
    expect(develops('Zenco Inc handed over the last Zeta 300 jet it leased from Qorva Corp.')).toEqual([]);
    expect(develops('Zenco Inc handed over the Zeta 300 jets it had bought from Qorva Corp to Vexa Ltd.')).toEqual([]);
    expect(develops('Zenco Inc handed over the Zeta 300 frigate that Qorva Corp built to the navy.')).toEqual([]);
    expect(develops('Zenco Inc delivered the Zeta 300 jets it leased from Qorva Corp.')).toEqual([]);
  });

  it('a builder handing over or delivering its own goods makes them', () => {
    expect(develops('Zenco Inc handed over the first Zeta 300 jet to Vexa Airlines.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
    expect(develops('Zenco Inc delivered the Zeta 300 jets that it built to Vexa Ltd.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
    expect(develops('Zenco Inc delivered the final batch of Zeta 300 trains.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
  });
});

describe('a chain of hotels or restaurants owns its brands; a shop\'s shelves do not', () => {
  it('a hotel or restaurant chain offering or marketing brands makes them', () => {
    const both = ['Zenco Inc -develops-> Vela', 'Zenco Inc -develops-> Zeta'];
    expect(develops('Zenco Inc, a hotel chain, offers brands like Zeta and Vela.').sort()).toEqual(both);
    expect(develops('Zenco Inc, the restaurant chain, markets brands such as Zeta and Vela.').sort()).toEqual(both);
  });

  it('a supermarket, grocery or drugstore chain selling brands makes none', () => {
    expect(develops('Zenco Inc, a supermarket chain, sells brands like Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco Inc, a grocery chain, sells brands like Zeta and Vela.')).toEqual([]);
    expect(develops('Zenco Inc\'s stores carry brands like Zeta and Vela.')).toEqual([]);
  });
});

describe('"besides" adds a target unless it follows "all" or "no"', () => {
  it('"three other firms besides Zenco": Zenco is hit too', () => {
    expect(restricts('The US sanctioned three other firms besides Zenco Inc.')).toEqual(['United States -restricts-> Zenco Inc']);
  });

  it('"all nations besides Mexico" and "except" still set the name apart', () => {
    expect(restricts('Canada imposed tariffs on steel from all nations besides Mexico.')).not.toContain('Canada -restricts-> Mexico');
    expect(restricts('Canada imposed tariffs on steel from all nations except Mexico.')).not.toContain('Canada -restricts-> Mexico');
  });
});

describe('named goods after a rated measure\'s "on"', () => {
  it('a goods name before a goods noun is no firm; a demonym later in the goods\' list names its state', () => {
    expect(restricts('The US imposed tariffs on Parmesan cheese and French wine.')).toEqual(['United States -restricts-> France']);
    expect(restricts('The US imposed tariffs on Scotch whisky.')).toEqual([]);
    expect(restricts('Canada imposed duties on Bourbon whiskey.')).toEqual([]);
    expect(restricts('The US imposed tariffs on steel, aluminium and Mexican cars.')).toEqual(['United States -restricts-> Mexico']);
  });

  it('a firm before the goods list, and demonyms of people, keep their readings', () => {
    expect(restricts('The US imposed tariffs on Zenco Inc and French wine.').sort()).toEqual(['United States -restricts-> France', 'United States -restricts-> Zenco Inc']);
    expect(restricts('The US imposed tariffs on Mexican steel.')).toEqual(['United States -restricts-> Mexico']);
    expect(restricts('The US imposed tariffs on steel and Mexican officials said they would respond.')).toEqual([]);
  });
});

describe('a single levy restricts as levies do', () => {
  it('"a levy", "a 10% levy" on a firm restrict it', () => {
    expect(restricts('Canada imposed a 10% levy on Vexa Corp.')).toEqual(['Canada -restricts-> Vexa Corp']);
    expect(restricts('Canada imposed a levy on Vexa Corp.')).toEqual(['Canada -restricts-> Vexa Corp']);
    expect(restricts('Canada imposed a 25% duty on Mexican steel and a 10% levy on Vexa Corp.').sort()).toEqual(['Canada -restricts-> Mexico', 'Canada -restricts-> Vexa Corp']);
  });

  it('a levy lifted or only planned is not asserted', () => {
    expect(restricts('Canada lifted the levy on Vexa Corp.')).toEqual([]);
    expect(restricts('Canada plans a levy on Vexa Corp.')).toEqual([]);
  });
});

describe('a licence word that only qualifies what is lost', () => {
  it('a waiver, an application, an exemption or talks lost ban no holder', () => {
    expect(banned('Ofcom\'s cancellation of Zeta TV\'s licence fee waiver angered viewers.')).toEqual([]);
    expect(banned('Ofcom\'s withdrawal of Zeta TV\'s licence application surprised analysts.')).toEqual([]);
    expect(banned('Ofcom\'s revocation of Zeta TV\'s licence exemption surprised analysts.')).toEqual([]);
    expect(banned('Ofcom\'s suspension of Zeta TV\'s licence talks surprised analysts.')).toEqual([]);
  });

  it('the licence itself lost still bans its holder', () => {
    expect(banned('Ofcom\'s cancellation of Zeta TV\'s licence angered viewers.')).toEqual(['Ofcom -banned-> Zeta TV']);
    expect(banned('Ofcom\'s revocation of Zeta TV\'s broadcasting licence angered viewers.')).toEqual(['Ofcom -banned-> Zeta TV']);
    expect(banned('Ofcom revoked Zeta TV\'s licence.')).toEqual(['Ofcom -banned-> Zeta TV']);
  });
});

describe('stated variants of awards and of demonym firms kept from an activity', () => {
  it('"awarded a contract to Zenco for the supply of 50 Zeta locomotives": the winner supplies them', () => {
    expect(develops('Qorva Corp awarded a contract to Zenco Inc for the supply of 50 Zeta 300 locomotives.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
    expect(develops('Qorva Corp awarded a $2bn contract to Zenco Inc for 50 Zeta 300 locomotives.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
    expect(develops('Qorva Corp awarded Zenco Inc a $2bn contract for 50 Zeta 300 locomotives.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
  });

  it('work on goods awarded to a firm names no maker', () => {
    expect(develops('Qorva Corp awarded a contract to Zenco Inc for the maintenance of 50 Zeta 300 locomotives.')).toEqual([]);
    expect(develops('Qorva Corp awarded a contract to Zenco Inc to operate the Zeta 300 line.')).toEqual([]);
  });

  it('"banned Mexican firms from bidding": a ban on another state\'s firms\' activity restricts that state', () => {
    expect(restricts('Canada banned Mexican firms from bidding on contracts.')).toEqual(['Canada -restricts-> Mexico']);
    expect(restricts('Canada prohibited Mexican firms from buying farmland.')).toEqual(['Canada -restricts-> Mexico']);
  });

  it('a ban on what the firms sell bans the goods, not the state; a state\'s own firms are no target', () => {
    expect(restricts('Canada banned Mexican firms from selling Zeta chips.')).toEqual([]);
    expect(restricts('Canada banned Canadian firms from bidding on contracts.')).toEqual([]);
  });
});

describe('a plural licence vacated for several holders', () => {
  it('each holder of the list is banned', () => {
    expect(banned('The High Court vacated the registrations of the Zeta X9 weedkiller and the Vela X2 weedkiller.').sort()).toEqual([
      'High Court -banned-> Vela X2',
      'High Court -banned-> Zeta X9',
    ]);
  });

  it('a single registration, or a holder past the clause, is read alone', () => {
    expect(banned('The High Court vacated the registration of the Zeta X9 weedkiller and ordered Qorva Corp to pay costs.')).toEqual(['High Court -banned-> Zeta X9']);
  });
});
