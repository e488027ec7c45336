import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper imp93 (stop 93): a state's import ban on another state or on its regions told without "imports from" right after the
// verb (goods from a place, the regions after their federation, a suspension announced, a dated standfirst list, a headline's
// "more"); an export ban's reach through a state's list; a card network that stops handling named banks' transactions. Plans,
// bans lifted, firms' own halts, people and firms' plants give nothing. Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();
const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();

describe("a state's halt of goods from a state or its regions", () => {
  it('goods from a place, the import of goods, an export of goods from a state', () => {
    expect(banned('- China halted log timber from Tasmania and Queensland.')).toEqual(['China -banned-> Queensland', 'China -banned-> Tasmania']);
    expect(banned('China had already banned timber from Queensland, Tasmania and New South Wales since October.')).toEqual(['China -banned-> New South Wales', 'China -banned-> Queensland', 'China -banned-> Tasmania']);
    expect(banned('The European Union banned the export of wood from Belarus.')).toEqual(['European Union -banned-> Belarus']);
  });

  it('the regions after their federation, a quarter or a possessive', () => {
    expect(banned('China has suspended imports of timber logs from the Australian states of Tasmania and Queensland.')).toEqual(['China -banned-> Queensland', 'China -banned-> Tasmania']);
    expect(banned('China has stopped the import of all timber from the Australian state of Queensland.')).toEqual(['China -banned-> Queensland']);
    expect(banned('China suspended timber shipments from some Australian states including Tasmania and Queensland.')).toEqual(['China -banned-> Queensland', 'China -banned-> Tasmania']);
    expect(banned('China halted timber imports from northeast Queensland state.')).toEqual(['China -banned-> Queensland']);
  });

  it('a suspension announced, a dated list of regions, a headline with "more"', () => {
    expect(banned('China announced a suspension of log imports from Tasmania and Western Australia.')).toEqual(['China -banned-> Tasmania', 'China -banned-> Western Australia']);
    expect(banned('- China banned Queensland, Tasmania, South Australia and New South Wales between October and December.')).toEqual(['China -banned-> New South Wales', 'China -banned-> Queensland', 'China -banned-> South Australia', 'China -banned-> Tasmania']);
    expect(banned('China bans more Australian timber')).toEqual(['China -banned-> Australia']);
    expect(banned('China suspends more Australia timber imports')).toEqual(['China -banned-> Australia']);
    expect(banned('China suspends more Australian log imports')).toEqual(['China -banned-> Australia']);
  });

  it('plans, proposals, bans lifted or undone, and denials give nothing', () => {
    expect(banned('China lifted its ban on timber from Queensland and Tasmania.')).toEqual([]);
    expect(banned('China is considering a ban on timber from Queensland and Tasmania.')).toEqual([]);
    expect(banned('China threatened to halt log timber from Tasmania and Queensland.')).toEqual([]);
    expect(banned('China plans to ban timber from Queensland and Tasmania.')).toEqual([]);
    expect(banned('China banned timber from Queensland, but the ban was lifted in May.')).toEqual([]);
    expect(banned('China recommended a suspension of log imports from Tasmania and Queensland.')).toEqual([]);
    expect(banned('China proposed a suspension of log imports from Tasmania.')).toEqual([]);
    expect(banned('China lifted the suspension of log imports from Tasmania.')).toEqual([]);
    expect(banned('China has resumed timber imports from Queensland.')).toEqual([]);
    expect(banned('China denied it banned timber from Tasmania.')).toEqual([]);
    expect(banned('China has not banned timber from Queensland.')).toEqual([]);
  });

  it('firms, their plants, people, trade told only, shipments delayed give no state ban', () => {
    expect(banned('Zenco halted timber from its plants in Tasmania and Queensland.')).toEqual([]);
    expect(banned("China halted timber from Zenco's plants in Tasmania and Queensland.")).toEqual([]);
    expect(banned('Zenco Logistics, a distributor, suspended timber shipments from Tasmania and Queensland.')).toEqual([]);
    expect(banned('Australian exporter Zenco halted timber shipments from Tasmania.')).toEqual([]);
    expect(banned('China banned Queensland officials between October and December.')).toEqual([]);
    expect(banned('China banned Queensland, Tasmania and Victoria from selling logs between October and December.')).toEqual([]);
    expect(banned('China imported timber from Queensland and Tasmania between October and December.')).toEqual([]);
    expect(banned('The port of Dalian delayed timber shipments from Queensland.')).toEqual([]);
    expect(banned('China bans more Australian timber exporters')).toEqual([]);
    expect(banned('China banned the export of timber from China.')).toEqual([]);
    expect(banned('The African Union suspended Mali in 2012.')).toEqual([]);
    expect(banned('The United States banned the export of chips from Taiwan to China.')).toEqual([]);
  });
});

describe("an export ban's reach through a state's list", () => {
  it('restricts each listed state, not when the ban is proposed', () => {
    expect(restricts("The ban will apply to countries on Russia's list, which includes Norway and Japan.")).toEqual(['Russia -restricts-> Japan', 'Russia -restricts-> Norway']);
    expect(restricts("The proposed ban will apply to countries on Russia's list, which includes Norway and Japan.")).toEqual([]);
    expect(banned("The ban will apply to countries on Russia's list, which includes Norway and Japan.")).toEqual([]);
    expect(restricts("The ban will apply to countries on Russia's exemption list, which includes Norway and Japan.")).toEqual([]);
    expect(restricts("The ban will apply to countries on Russia's friendly list, which includes Norway and Japan.")).toEqual([]);
    expect(restricts("The ban would apply to countries on Russia's list, which includes Norway and Japan.")).toEqual([]);
    expect(restricts("The ban will not apply to countries on Russia's list, which includes Norway and Japan.")).toEqual([]);
    expect(restricts("The ban will apply to countries on Zenco's list, which includes Norway and Japan.")).toEqual([]);
    expect(restricts("The ban will apply to countries on Russia's list of friendly states, which includes Norway and Japan.")).toEqual([]);
  });
});

describe("a card network that stops handling named banks' transactions", () => {
  it('bans each bank after a count or cards issued by it', () => {
    expect(banned('The card firms Zenpay and Qorvapay have stopped handling transactions with two banks, Zenco Bank and Vexa Capital Bank.')).toEqual([
      'Qorvapay -banned-> Vexa Capital Bank', 'Qorvapay -banned-> Zenco Bank', 'Zenpay -banned-> Vexa Capital Bank', 'Zenpay -banned-> Zenco Bank',
    ]);
    expect(banned('Qorvapay stopped servicing cards issued by Zenco Bank and Vexa Bank.')).toEqual(['Qorvapay -banned-> Vexa Bank', 'Qorvapay -banned-> Zenco Bank']);
  });

  it('not a plan, not a halt undone, not its own cards', () => {
    expect(banned('Qorvapay will stop handling transactions with two banks, Zenco Bank and Vexa Bank.')).toEqual([]);
    expect(banned('Qorvapay stopped handling transactions with two banks, Zenco Bank and Vexa Bank, then resumed them.')).toEqual([]);
    expect(banned('Qorvapay stopped handling its own Zeta cards.')).toEqual([]);
    expect(banned('Qorvapay said it would stop handling transactions with two banks, Zenco Bank and Vexa Bank.')).toEqual([]);
    expect(banned('Qorvapay stopped processing payments for two clients, Zenco and Vexa.')).toEqual([]);
    expect(banned('Qorvapay is considering whether it stopped handling transactions with two banks, Zenco Bank and Vexa Bank.')).toEqual([]);
    expect(banned('The regulator asked Qorvapay to stop handling transactions with two banks, Zenco Bank and Vexa Bank.')).toEqual([]);
    expect(banned('Qorvapay has not stopped handling transactions with two banks, Zenco Bank and Vexa Bank.')).toEqual([]);
  });
});
