import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper imp96 (stop 96), from the ninety-third fresh sample and food-safety, drug-import and city-ban news: a border ban's noun laid
// on a firm's plant ("an import alert on the Vela plant operated by Zenco"), the later member of plants set off after their count,
// a border refusal of a firm's goods ("rejected snack imports made by Zenco"), the owner's word before a firm whose imports halt,
// a demonym that only describes the banned firm, a firm "banned from operating in" a state, an adverb of time between a city and
// its ban, and a name after "the town of". Lifted, weighed, urged or negated bans, firms acting and bids rejected give nothing.
// Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();

describe("a border ban's noun laid on a firm's plant", () => {
  it('an import alert or a ban on the plant operated by the firm, its description between', () => {
    expect(banned('Japan has imposed an import alert, effectively a ban, on the Vela plant operated by generic drugmaker Zenco Pharma.')).toEqual(['Japan -banned-> Zenco Pharma']);
    expect(banned('Japan placed a ban on imported drugs from a factory operated by Zenco Pharma.')).toEqual(['Japan -banned-> Zenco Pharma']);
    expect(banned('Japan imposed an import alert on the Vela plant of Zenco Pharma.')).toEqual(['Japan -banned-> Zenco Pharma']);
  });

  it('an import alert on the firm or its plant', () => {
    expect(banned("Japan imposed an import alert on Zenco Pharma's Vela plant.")).toEqual(['Japan -banned-> Zenco Pharma']);
    expect(banned('Japan imposed an import alert on Zenco Pharma over quality lapses.')).toEqual(['Japan -banned-> Zenco Pharma']);
  });

  it('no alert lifted or weighed, none by a firm, none on a state', () => {
    expect(banned('Japan lifted the import alert on the Vela plant operated by Zenco Pharma.')).toEqual([]);
    expect(banned('Japan is considering an import alert on Zenco Pharma.')).toEqual([]);
    expect(banned('Zenco Pharma imposed a ban on imports from a factory operated by Qorva Labs.')).toEqual([]);
    expect(banned('Japan imposed an import alert on the Vela plant operated by Canada.')).toEqual([]);
    expect(banned('Japan praised the Vela plant operated by Zenco Pharma.')).toEqual([]);
  });
});

describe('the later member of plants set off after their count', () => {
  it('each plant\'s firm is banned', () => {
    expect(banned('Japan suspended imports from two meat plants, a beef unit of Zenco Foods in Vela and a pork plant of Qorva Foods in Lumo.')).toEqual(['Japan -banned-> Qorva Foods', 'Japan -banned-> Zenco Foods']);
  });

  it('no firm of plants whose imports resumed', () => {
    expect(banned('Japan resumed imports from two meat plants, a beef unit of Zenco Foods in Vela and a pork plant of Qorva Foods in Lumo.')).toEqual([]);
  });
});

describe("a border refusal of a firm's goods", () => {
  it('rejected, refused or detained imports, shipments or batches made by or from the firm', () => {
    expect(banned('India rejected snack imports made by Zenco Foods.')).toEqual(['India -banned-> Zenco Foods']);
    expect(banned('India refused shipments of spices from firms such as Zenco Foods and Qorva Foods.')).toEqual(['India -banned-> Qorva Foods', 'India -banned-> Zenco Foods']);
    expect(banned('India detained shipments from Zenco Foods.')).toEqual(['India -banned-> Zenco Foods']);
  });

  it('no refusal by a firm, of a bid, of a state, negated or refused talk', () => {
    expect(banned('Zenco Foods rejected shipments from Qorva Foods over quality concerns.')).toEqual([]);
    expect(banned('India rejected a takeover bid from Zenco Foods.')).toEqual([]);
    expect(banned('India rejected claims made by Zenco Foods.')).toEqual([]);
    expect(banned('India did not reject shipments from Zenco Foods.')).toEqual([]);
    expect(banned('India refused to comment on shipments from Zenco Foods.')).toEqual([]);
  });
});

describe("the owner's word before a firm whose imports halt", () => {
  it('"halted imports from the state-owned Zenco"', () => {
    expect(banned('India halted imports from the state-owned Zenco Foods.')).toEqual(['India -banned-> Zenco Foods']);
  });

  it('no halt urged, resumed or of a firm', () => {
    expect(banned('India urged Japan to halt imports from the state-owned Zenco Foods.')).toEqual([]);
    expect(banned('India resumed imports from the state-owned Zenco Foods.')).toEqual([]);
    expect(banned('Qorva Foods halted imports from the state-owned Zenco Foods.')).toEqual([]);
  });
});

describe('a demonym that only describes the banned firm', () => {
  it('the firm is banned, not its state', () => {
    expect(banned("Japan banned imports of Indian candy giant Zenco Foods's products.")).toEqual(['Japan -banned-> Zenco Foods']);
  });

  it("goods from a state's firm ban the firm", () => {
    expect(banned("Russia bans chocolate from Ukraine's Zenco Sweets.")).toEqual(['Russia -banned-> Zenco Sweets']);
    expect(banned("Russia halted imports of sweets from Ukraine's Zenco Sweets.")).toEqual(['Russia -banned-> Zenco Sweets']);
  });

  it("no ban of a state's firm's goods resumed, urged or praised", () => {
    expect(banned("Russia resumed imports of sweets from Ukraine's Zenco Sweets.")).toEqual([]);
    expect(banned("Lawmakers urged Russia to ban chocolate from Ukraine's Zenco Sweets.")).toEqual([]);
    expect(banned("Russia praised chocolate from Ukraine's Zenco Sweets.")).toEqual([]);
  });

  it("a state's goods still ban the state", () => {
    expect(banned('Japan banned imports of Indian candy.')).toEqual(['Japan -banned-> India']);
    expect(banned('Japan halted imports of Indian dairy products.')).toEqual(['Japan -banned-> India']);
  });
});

describe('a firm banned from operating in a state; a city banning for a while; the town of a name', () => {
  it('"was banned from operating in" names the state that bans', () => {
    expect(banned('Zenco Cars was banned from operating in Germany after a court ruling.')).toEqual(['Germany -banned-> Zenco Cars']);
    expect(banned('Zenco Cars has been barred from doing business in Germany.')).toEqual(['Germany -banned-> Zenco Cars']);
  });

  it('a town no rule knows, named where the ban holds, bans', () => {
    expect(banned('Zenco Cars was banned from operating in Vela after a court ruling.')).toEqual(['Vela -banned-> Zenco Cars']);
    expect(banned('Zenco Cars was banned in Vela after protests.')).toEqual(['Vela -banned-> Zenco Cars']);
  });

  it('no town before a possessive, a kind or a legal form', () => {
    expect(banned('Zeta was banned in Vela stores.')).toEqual([]);
    expect(banned("Zeta was banned in Qorva's stores.")).toEqual([]);
    expect(banned('Zenco Cars was banned in Vela Inc.')).toEqual([]);
    // A market or a venue no rule knows is no town (crit96c).
    expect(banned('Zenco Cars shares were barred from trading in Vela for a year.')).toEqual([]);
    expect(banned('Zenco Cars was banned from selling in Vela after the dispute.')).toEqual([]);
    expect(banned('The Zeta game was banned in Vela Arena after protests.')).toEqual([]);
  });

  it('not an app kept from use, nor a ban that may come', () => {
    expect(banned('Zenco Cars was banned from operating its Zeta app in Germany.')).toEqual([]);
    expect(banned('Zenco Cars could be banned from operating in Germany.')).toEqual([]);
    expect(banned('Zenco Cars was not banned from operating in Germany.')).toEqual([]);
  });

  it('"Toronto has temporarily banned" is the city\'s act', () => {
    expect(banned('Toronto has temporarily banned Zenco Cars.')).toEqual(['Toronto -banned-> Zenco Cars']);
    expect(banned('Toronto will temporarily ban Zenco Cars.')).toEqual([]);
  });

  it('the town of a name bans', () => {
    expect(banned('The town of Vela banned Zenco Homes rentals.')).toEqual(['Vela -banned-> Zenco Homes']);
    expect(banned('Zenco Homes opened an office in the town of Vela.')).toEqual([]);
    expect(banned('Zenco Homes sued the town of Vela over its rules.')).toEqual([]);
  });
});
