import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper san93, stop 92's round 3 (from the eighty-sixth fresh sample): a state's import ban told as a noun with its possessor ("China's
// ban on imports from Australia"), in the passive ("imports … were banned by China"), before a bare "imports" ("has banned
// Australian imports"), as a permission withheld from a firm's plants ("does not allow chicken processed in Zenco's plants") or over a
// list of plants "including seven owned by Zenco"; and duties charged as a sum per unit ("duties of $2 per kg on fillets from
// Vietnam"). Bans lifted, proposed, called for or made by firms give nothing. Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();
const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();

describe("a state's import ban as a noun or in the passive", () => {
  it("the state's possessive ban on imports from a state, or on its goods", () => {
    expect(banned("China's ban on imports of coal from Australia angered miners.")).toEqual(['China -banned-> Australia']);
    expect(banned("Australia's temporary ban on imports from Chile ended talks.")).toEqual(['Australia -banned-> Chile']);
    expect(banned("Russia's ban on imports of food from Norway, Chile and Peru hurt exporters.")).toEqual(['Russia -banned-> Chile', 'Russia -banned-> Norway', 'Russia -banned-> Peru']);
    expect(banned("China's blanket ban on Australian coal hit miners.")).toEqual(['China -banned-> Australia']);
  });

  it('the passive with the state as agent', () => {
    expect(banned('Imports of coal from Australia were banned by China in 2020.')).toEqual(['China -banned-> Australia']);
    expect(banned('Imports of beef from Brazil have been suspended by Chile since May.')).toEqual(['Chile -banned-> Brazil']);
  });

  it('a demonym before a bare "imports" after a halt verb', () => {
    expect(banned('China has banned Australian imports.')).toEqual(['China -banned-> Australia']);
    expect(banned('Russia halted all Norwegian imports last year.')).toEqual(['Russia -banned-> Norway']);
  });

  it('near misses: lifted, proposed, called for, a firm, a rival or the ban undone later', () => {
    expect(banned("Officials lifted China's ban on imports of coal from Australia.")).toEqual([]);
    expect(banned("China's proposed ban on imports from Australia worried miners.")).toEqual([]);
    expect(banned("Farmers called for China's ban on imports from Australia.")).toEqual([]);
    expect(banned("China's ban on imports from Australia was lifted in 2023.")).toEqual([]);
    expect(banned("Zenco Inc's ban on imports from Australia was an internal policy.")).toEqual([]);
    expect(banned("China's ban on Australian coal miners.")).toEqual([]);
    expect(banned('Imports of coal from Australia were not banned by China.')).toEqual([]);
    expect(banned('Zenco Inc has banned Australian imports.')).toEqual([]);
    expect(banned('China may ban Australian imports.')).toEqual([]);
    expect(banned('Australian imports rose after China lifted its curbs.')).toEqual([]);
    expect(restricts("China's ban on imports of coal from Australia angered miners.")).toEqual([]);
  });
});

describe("a state's ban on a firm's plants", () => {
  it('a permission withheld from goods of the plants bans the firm', () => {
    expect(banned("China currently does not allow chicken processed in three of Zenco Inc's plants into the country.")).toEqual(['China -banned-> Zenco Inc']);
    expect(banned('China does not accept beef from Zenco Inc plants.')).toEqual(['China -banned-> Zenco Inc']);
  });

  it('a halt of imports from plants including some a firm owns', () => {
    expect(banned('China suspended imports from 11 plants in Brazil, including seven owned by Zenco Inc.')).toEqual(['China -banned-> Zenco Inc']);
    expect(banned('Chile halted imports of pork from five plants, including two run by Qorva Inc.')).toEqual(['Chile -banned-> Qorva Inc']);
    expect(banned('China suspended beef imports from four slaughterhouses, two operated by Zenco Inc and two by rival Qorva Inc.')).toEqual(['China -banned-> Qorva Inc', 'China -banned-> Zenco Inc']);
    expect(banned('China suspended imports from four plants, two owned by Zenco Inc.')).toEqual(['China -banned-> Zenco Inc']);
  });

  it('near misses: a firm, a permission given, a place, a firm told what not to do', () => {
    expect(banned('China does not allow Zenco Inc to export chicken.')).toEqual([]);
    expect(banned('China now allows chicken from Zenco Inc plants.')).toEqual([]);
    expect(banned('Qorva Inc does not allow chicken processed in Zenco Inc plants.')).toEqual([]);
    expect(banned('China does not allow chicken processed in Brazil.')).toEqual([]);
    expect(banned('China inspected 11 plants in Brazil, including seven owned by Zenco Inc.')).toEqual([]);
    expect(banned('Zenco Inc suspended imports from 11 plants, including seven owned by Qorva Inc.')).toEqual([]);
    expect(banned('China approved imports from 11 plants in Brazil, including seven owned by Zenco Inc.')).toEqual([]);
    expect(banned('Zenco Inc bought four plants, two owned by Qorva Inc.')).toEqual([]);
    expect(banned('China suspended imports from four plants, two inspected by Zenco Inc.')).toEqual([]);
    expect(banned('China suspended imports from four plants, two visited by officials of Zenco Inc.')).toEqual([]);
  });
});

describe('a duty charged as a sum per unit', () => {
  it('restricts the state whose goods it falls on', () => {
    expect(restricts('The United States imposed anti-dumping duties of $2 per kg on fillets from Vietnam.')).toEqual(['United States -restricts-> Vietnam']);
    expect(restricts('The United States imposed an anti-dumping duty of $2 per kg on fillets imported from Vietnam.')).toEqual(['United States -restricts-> Vietnam']);
    expect(restricts('The United States set anti-dumping duties of 25 cents a pound on shrimp from India.')).toEqual(['United States -restricts-> India']);
  });

  it('near misses: a price paid, a duty lifted or weighed', () => {
    expect(restricts('Zenco Inc paid $2 per kg for fillets from Vietnam.')).toEqual([]);
    expect(restricts('The United States lifted anti-dumping duties of $2 per kg on fillets from Vietnam.')).toEqual([]);
    expect(restricts('The United States may impose anti-dumping duties of $2 per kg on fillets from Vietnam.')).toEqual([]);
    expect(restricts('Vietnam sold fillets at $2 per kg to buyers in the United States.')).toEqual([]);
  });
});
