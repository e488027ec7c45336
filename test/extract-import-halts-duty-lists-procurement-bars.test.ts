import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper trd91, from stop 90's last fresh sample (set 81): trade measures told without a plain ban verb. A state halting or banning
// imports of goods from another state restricts that state; a duty order named with its case's kind, a bare "duty" laid on goods by
// a verb of levying, and rates listed by firm after a colon restrict what they fall on; a state barring a firm from its contracts
// keeps a procurement blacklist (restricts, no ban). Halts by firms, measures only weighed, lifted or threatened give nothing.
// Since stop 92 (helper imb92) a state's ban or halt of imports from a state bans that state (the fresh samples' readers).
// Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();

describe('a halt or ban on imports from a state', () => {
  it('"halted all imports of milk powder from Zembla" bans the state the goods come from', () => {
    expect(banned('China has halted all imports of milk powder from New Zealand.')).toEqual(['China -banned-> New Zealand']);
    expect(banned('Sri Lanka suspended imports of milk powder from New Zealand.')).toEqual(['Sri Lanka -banned-> New Zealand']);
    expect(banned('The EU banned imports of cement from Russia as part of a fifth sanctions package.')).toEqual(['European Union -banned-> Russia']);
    expect(banned('China stopped all milk powder imports from New Zealand.')).toEqual(['China -banned-> New Zealand']);
  });

  it('a ban imposed on imports from a list of states bans each', () => {
    expect(banned('China imposed a ban on the import of pet food from Thailand, Vietnam and Brazil.')).toEqual([
      'China -banned-> Brazil',
      'China -banned-> Thailand',
      'China -banned-> Vietnam',
    ]);
  });

  it('an import ban on goods from states, laid or extended, bans each state; lifted or weighed it bans none', () => {
    expect(banned('Russia extended its import ban on dairy products from Norway and Canada.')).toEqual(['Russia -banned-> Canada', 'Russia -banned-> Norway']);
    expect(banned('Russia imposed an import ban on dairy products from Norway.')).toEqual(['Russia -banned-> Norway']);
    expect(banned('Russia lifted its import ban on dairy products from Norway.')).toEqual([]);
    expect(banned('Russia is considering an import ban on dairy products from Norway.')).toEqual([]);
    expect(banned('Zenco Inc extended its import ban on dairy products from Norway.')).toEqual([]);
    expect(banned('Russia imposed an import ban on dairy products made in Norway by Zenco Inc.')).not.toContain('Russia -banned-> Norway');
  });

  it('"measures on imports of tiles originating from Zembla" restrict the state; measures on a firm or of another kind do not', () => {
    expect(restricts('The European Commission imposed measures on imports of tiles originating from China and India.')).toEqual([
      'European Commission -restricts-> China',
      'European Commission -restricts-> India',
    ]);
    expect(restricts('The European Commission imposed measures on Zenco Inc.')).toEqual([]);
    expect(restricts('The European Commission proposed measures on imports of tiles from China.')).toEqual([]);
    expect(restricts('The European Commission scrapped measures on imports of tiles from China.')).toEqual([]);
    expect(restricts('Zenco Inc imposed measures on imports of tiles from China.')).toEqual([]);
    expect(restricts('The European Commission took measures to speed up imports of tiles from China.')).toEqual([]);
  });

  it('the state named before its goods: "stopped importing Zembla milk powder", "bans Zembla milk powder imports"', () => {
    expect(banned('Russia stopped importing New Zealand milk powder.')).toEqual(['Russia -banned-> New Zealand']);
    expect(banned('Russia halted imports of New Zealand dairy products.')).toEqual(['Russia -banned-> New Zealand']);
    expect(banned('China has halted the import of all New Zealand milk powder.')).toEqual(['China -banned-> New Zealand']);
    expect(banned('Beijing bans New Zealand milk powder imports.')).toEqual(['China -banned-> New Zealand']);
    expect(banned('Russia has placed a wider ban on all New Zealand dairy products.')).toEqual(['Russia -banned-> New Zealand']);
  });

  it('a firm halting its imports, a halt weighed, threatened or lifted, and talks on imports ban no one', () => {
    expect(banned('Zenco Inc halted imports of glass from China.')).toEqual([]);
    expect(banned('China halted its own imports of glass from New Zealand.')).toEqual([]);
    expect(banned('China threatened to halt imports of milk powder from New Zealand.')).toEqual([]);
    expect(banned('China is considering a ban on imports of milk powder from New Zealand.')).toEqual([]);
    expect(banned('China lifted its ban on imports of milk powder from New Zealand.')).toEqual([]);
    expect(banned('China did not halt imports of milk powder from New Zealand.')).toEqual([]);
    expect(banned('China halted talks on imports from New Zealand.')).toEqual([]);
    expect(banned('China halted imports of New Zealand until May.')).toEqual([]);
    expect(banned('China halted imports of drugs made in India by Zenco Inc.')).toEqual([]);
    expect(banned('The US halted shipments of chips from Taiwan to Russia.')).not.toContain('United States -banned-> Taiwan');
    expect(banned('The EU blocked Hungary over imports of grain.')).toEqual([]);
  });

  it('goods from a named firm of a state are the firm\'s, not the state\'s', () => {
    // The state's possessive only places the firm: the halt of its goods bans the firm (helper imp96's reading), never New Zealand.
    expect(banned("China halted imports of milk powder from New Zealand's Zenco Inc.")).toEqual(['China -banned-> Zenco Inc']);
    expect(banned('China suspended imports of milk powder from Zenco Inc.')).toEqual(['China -banned-> Zenco Inc']);
  });
});

describe('duty orders, bare duties and rate lists', () => {
  it('"antidumping duty orders on resins from Zembla" restrict the state of origin', () => {
    expect(restricts('The US Commerce Department imposed antidumping duty orders on resins from Korea.')).toEqual(['Commerce Department -restricts-> South Korea']);
    expect(restricts('The US Commerce Department issued countervailing duty orders on resins from Taiwan.')).toEqual(['Commerce Department -restricts-> Taiwan']);
  });

  it('a bare "duty" laid on goods by a verb of levying is a levy', () => {
    expect(restricts('The European Commission imposed a duty on vexium from China.')).toEqual(['European Commission -restricts-> China']);
    expect(restricts('The European Commission adopted an implementing regulation imposing a duty on imports of vexium from China.')).toEqual(['European Commission -restricts-> China']);
    expect(restricts('India imposed a provisional duty on Zenco Inc.')).toEqual(['India -restricts-> Zenco Inc']);
    expect(restricts('India has imposed duty on imports of vexium from China.')).toEqual(['India -restricts-> China']);
  });

  it('a duty of care, a duty to act, a duty proposed or a duty removed is no levy', () => {
    expect(restricts('The EU imposed a duty of care on Zenco Inc.')).toEqual([]);
    expect(restricts("France said it had a duty to protect Zenco Inc's customers.")).toEqual([]);
    expect(restricts('The European Commission proposed a duty on vexium from China.')).toEqual([]);
    expect(restricts('Zenco Inc paid a duty on vexium from China.')).toEqual([]);
    expect(restricts('Zenco Inc imposed a duty on Qorva Ltd.')).toEqual([]);
    expect(restricts('A trade court struck down the duty on vexium from China.')).toEqual([]);
    expect(restricts('The European Commission removed a duty on vexium from China.')).toEqual([]);
  });

  it('duties passive with their agent past an adverb of time: "were first imposed by Ruritania"', () => {
    expect(restricts('Duties on cement from Vietnam were first imposed by the Philippines in 2019.')).toEqual(['Philippines -restricts-> Vietnam']);
    expect(restricts('Duties on Zenco Inc were initially imposed by the Philippines.')).toEqual(['Philippines -restricts-> Zenco Inc']);
  });

  it('a passive duty proposed, challenged or imposed and later lifted names no actor of a measure in force', () => {
    expect(restricts('Duties on cement from Vietnam were first proposed by the Philippines.')).toEqual([]);
    expect(restricts('Duties on cement from Vietnam were first challenged by Zenco Inc.')).toEqual([]);
    expect(restricts('Duties on cement from Vietnam were first imposed by the Philippines in 2019 and lifted in 2021.')).toEqual([]);
  });

  it('rates listed by firm after a colon restrict each firm listed', () => {
    expect(restricts('The Eurasian Economic Commission imposed the following duties: Zenco Group 14.27%, Qorva Dawn 16.25%.')).toEqual([
      'Eurasian Economic Commission -restricts-> Qorva Dawn',
      'Eurasian Economic Commission -restricts-> Zenco Group',
    ]);
    expect(restricts('China imposed duties: Zenco Inc 12%, Qorva Ltd 30% and all others 40%.')).toEqual([
      'China -restricts-> Qorva Ltd',
      'China -restricts-> Zenco Inc',
    ]);
  });

  it('a list after a colon that is no rate list, or rates only weighed, restricts no firm', () => {
    expect(restricts('China is considering duties: Zenco Inc 12%, Qorva Ltd 30%.')).toEqual([]);
    expect(restricts('Zenco Inc reported margins: Qorva Ltd 12%, Vexa Corp 30%.')).toEqual([]);
    expect(restricts('China imposed duties: the list names Zenco Inc and Qorva Ltd.')).toEqual([]);
  });
});

describe('a bar from a state\'s contracts', () => {
  it('"barred Zenco from government contracts" restricts the firm and bans nothing', () => {
    expect(restricts('Japan barred Zenco Inc from government contracts.')).toEqual(['Japan -restricts-> Zenco Inc']);
    expect(banned('Japan barred Zenco Inc from government contracts.')).toEqual([]);
    expect(restricts('Japan decided to include Zenco Inc on a list of entities barred from government contracts.')).toEqual(['Japan -restricts-> Zenco Inc']);
    expect(banned('Japan decided to include Zenco Inc on a list of entities barred from government contracts.')).toEqual([]);
  });

  it('a firm barring a supplier, or a bar only planned, restricts no one', () => {
    expect(restricts('Qorva Ltd barred Zenco Inc from its contracts.')).toEqual([]);
    expect(restricts('Japan may bar Zenco Inc from government contracts.')).toEqual([]);
    expect(restricts('Japan did not bar Zenco Inc from government contracts.')).toEqual([]);
    expect(restricts('Japan is considering barring Zenco Inc from government contracts.')).toEqual([]);
    expect(restricts('Qorva Ltd urged Japan to bar Zenco Inc from government contracts.')).toEqual([]);
    expect(restricts('Japan allowed Zenco Inc to bid for government contracts.')).toEqual([]);
  });

  it('a bar from selling a thing is still a ban', () => {
    expect(banned('Japan barred Zenco Inc from selling the Zeta X9 phone.')).toEqual(['Japan -banned-> Zenco Inc', 'Japan -banned-> Zeta X9']);
  });
});

describe('a sanction or a ban told in an apposition', () => {
  it('"talks with Qorva Bank, a bank sanctioned by A and B" restricts the bank, not the clause\'s subject', () => {
    expect(restricts('Zenco Inc is negotiating a sale with Qorva Bank, a bank sanctioned by the United States and the European Union.')).toEqual([
      'European Union -restricts-> Qorva Bank',
      'United States -restricts-> Qorva Bank',
    ]);
    expect(restricts('Zenco Inc signed a deal with Qorva Bank, a state-owned lender sanctioned by the United States.')).toEqual(['United States -restricts-> Qorva Bank']);
    expect(banned('Zenco Inc bought Zeta, an app banned by India.')).toEqual(['India -banned-> Zeta']);
  });

  it('an apposition on the subject itself still falls on the subject', () => {
    expect(restricts('Zenco Inc, a chipmaker sanctioned by the United States, sued Qorva Ltd.')).toEqual(['United States -restricts-> Zenco Inc']);
    expect(restricts('Zenco Inc, sanctioned by the United States in 2020, sued Qorva Ltd.')).toEqual(['United States -restricts-> Zenco Inc']);
  });
});
