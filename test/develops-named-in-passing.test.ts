import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper dv85, from a fresh sample of develops misses: a maker's things named in passing — a second "one called Y" after the
// first, a brand name in apposition, "whose video suite, Y,", "best known for making Y", an evaluative adjective after the
// possessive, and "jumped in with the Y". Sentences written for the tests.

const develops = (text: string) => only('develops')(scoredClaimsOf(text));

describe('a second thing "one called Y" after "has had a kind called Y"', () => {
  it('both names are the firm\'s', () => {
    expect(develops('Qorva has had an assistant called Lumo for years, but now it is going global with one called Nova.')).toEqual(['Qorva -develops-> Lumo', 'Qorva -develops-> Nova']);
    expect(develops('Zenco had a phone called Vexa for a decade, and last year it replaced it with one called Zeta.')).toEqual(['Zenco -develops-> Vexa', 'Zenco -develops-> Zeta']);
    expect(develops('Kappa has an app named Lumo, and this week it launched one named Nova.')).toEqual(['Kappa -develops-> Lumo', 'Kappa -develops-> Nova']);
  });

  it('a rival\'s one, or one only planned, is not', () => {
    expect(develops("Qorva's rival, one called Zeta, is growing fast.")).toEqual([]);
    expect(develops('Qorva has an assistant called Lumo, but it has no plans for one called Nova.')).toEqual(['Qorva -develops-> Lumo']);
  });
});

describe('a brand name in apposition to the firm', () => {
  it('"Qorva Power, under the brand name ZapCharge, has installed …"', () => {
    expect(develops('Qorva Power, under the brand name ZapCharge, has installed 400 points across Zembla.')).toEqual(['Qorva Power -develops-> ZapCharge']);
    expect(develops('Zenco Energy, under the brand Voltra, runs 90 stations.')).toEqual(['Zenco Energy -develops-> Voltra']);
    expect(develops('Kappa Foods, under the trade name Crunchy, sells snacks in Zembla.')).toEqual(['Kappa Foods -develops-> Crunchy']);
  });

  it('no brand word, or another firm named, is no brand', () => {
    expect(develops('Qorva Power, under the leadership of Zenco, has installed 400 points.')).toEqual([]);
    expect(develops('Qorva Power, under the deal with Zenco Energy, has installed 400 points.')).toEqual([]);
  });
});

describe('"X, whose <kind>, Y, …"', () => {
  it('the named thing after its kind is the firm\'s', () => {
    expect(develops('Zenco, whose video suite, FooView, is helping police in Zembla, declined to comment.')).toEqual(['Zenco -develops-> FooView']);
    expect(develops('Qorva, whose messaging app, Zapp, has 10 million users, said it would appeal.')).toEqual(['Qorva -develops-> Zapp']);
    expect(develops('Kappa, whose flagship chip, the Vexa X1, powers most phones, reported record sales.')).toEqual(['Kappa -develops-> Vexa X1']);
  });

  it('a rival or a customer after "whose" is not its thing', () => {
    expect(develops('Zenco, whose rival, Qorva, is growing fast, declined to comment.')).toEqual([]);
    expect(develops('Zenco, whose biggest customer, Qorva, pulled out, declined to comment.')).toEqual([]);
  });
});

describe('"best known for making Y"', () => {
  it('what a firm is best known for making is its own', () => {
    expect(develops('The city signed a partnership with Qorva, a police-tech company best known for making Zaps.')).toEqual(['Qorva -develops-> Zaps']);
    expect(develops('Zenco, best known for building the Vexa drone, raised new funds.')).toEqual(['Zenco -develops-> Vexa']);
    expect(develops('Kappa is best known for developing Lumo.')).toEqual(['Kappa -develops-> Lumo']);
  });

  it('known for buying or suing is not making', () => {
    expect(develops('Zenco, best known for suing Qorva, raised new funds.')).toEqual([]);
    expect(develops('Kappa is best known for buying Lumo.')).toEqual([]);
  });
});

describe('an evaluative adjective between the possessive and the thing', () => {
  it('"Zenco\'s tiny Qorva Mini", "Zenco\'s superb Qorva Classic"', () => {
    expect(develops("Zenco's tiny Qorva Mini sold out in a day.")).toEqual(['Zenco -develops-> Qorva Mini']);
    expect(develops("Zenco's superb Qorva Classic is back on sale.")).toEqual(['Zenco -develops-> Qorva Classic']);
    expect(develops("Reviewers loved Kappa's nifty Lumo Go.")).toEqual(['Kappa -develops-> Lumo Go']);
  });

  it('a rival after the adjective stays a rival', () => {
    expect(develops("Zenco's great rival Qorva sold out in a day.")).toEqual([]);
  });
});

describe('"jumped in with the Y"', () => {
  it('the thing a firm enters a market with is its own', () => {
    expect(develops('Qorva jumped in with the Vexa Classic last year.')).toEqual(['Qorva -develops-> Vexa Classic']);
    expect(develops('Zenco joined the party with its Zeta Mini.')).toEqual(['Zenco -develops-> Zeta Mini']);
    expect(develops('Kappa got in on the act with the Lumo Pro in 2020.')).toEqual(['Kappa -develops-> Lumo Pro']);
  });

  it('a partner it joined with, or a plan, is not', () => {
    expect(develops('Qorva jumped in with Zenco Group to bid for the licence.')).toEqual([]);
    expect(develops('Kappa did not jump in with the Lumo Pro.')).toEqual([]);
  });
});

describe('"the main products available from X are Y"', () => {
  it('a firm\'s main products', () => {
    expect(develops('The main products available from Zenco are Alpha Checks and Beta Calls.')).toEqual(['Zenco -develops-> Alpha Checks', 'Zenco -develops-> Beta Calls']);
    expect(develops('The key services available from Qorva include Lumo Pay.')).toEqual(['Qorva -develops-> Lumo Pay']);
    expect(develops('Its core apps available from Kappa Labs are Vexa Notes and Vexa Mail.')).toEqual(['Kappa Labs -develops-> Vexa Mail', 'Kappa Labs -develops-> Vexa Notes']);
  });

  it('a shop\'s stock, or a product on sale from a retailer, is not', () => {
    expect(develops('The products available from Zenco Store include Lumo Pay.')).toEqual([]);
    expect(develops('Qorva Phone is available from Zenco.')).toEqual([]);
  });
});

describe('"its new models, starting with the Y" after the firm as subject', () => {
  it('the listed things are the firm\'s', () => {
    expect(develops('Zenco will enable the feature in its new models, starting with the Alto and Alto EV.')).toEqual(['Zenco -develops-> Alto', 'Zenco -develops-> Alto EV']);
    expect(develops('Qorva is adding the chip to its phones, beginning with the Vexa 9.')).toEqual(['Qorva -develops-> Vexa 9']);
    expect(develops('Kappa brought the update to its latest cars, starting with the Lumo.')).toEqual(['Kappa -develops-> Lumo']);
  });

  it('another firm\'s, or a rival\'s, things are not', () => {
    expect(develops("Zenco will support Qorva's models, starting with the Alto.")).toEqual(['Qorva -develops-> Alto']);
    expect(develops('Zenco will sue its rivals, starting with Qorva.')).toEqual([]);
  });
});
