import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper trx93 (stop 91, round 3), from the families rounds 1-2 left: a party named among firms listed or barred "by" a state, a state's
// list of war sponsors or of firms barred from its contracts, a list's long title ("… Nationals and Blocked Persons List"), halts of
// imports of a state's goods named by its demonym, later duty rates that leave the goods out ("20 % on that from Vietnam"), and a
// duty's goods described in an aside before their origin. Lists of partners or suppliers, people named by a demonym, duties lifted
// or weighed and firms' own halts give nothing. Sentences written for the tests (made-up firms, real states: the lexicon knows them).

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();

describe('a party among those listed or barred by a state', () => {
  it('"was among firms barred from government contracts by Japan" restricts the firm (a procurement bar)', () => {
    expect(restricts('Zenco Inc was among firms barred from government contracts by Japan.')).toEqual(['Japan -restricts-> Zenco Inc']);
    expect(restricts('Qorva Ltd is among the companies debarred from public tenders by India for two years.')).toEqual(['India -restricts-> Qorva Ltd']);
    expect(banned('Zenco Inc was among firms barred from government contracts by Japan.')).toEqual([]);
  });

  it('"was among the entities sanctioned on Monday by the Treasury" restricts the party; the time is no object', () => {
    expect(restricts('Zenco Inc was among the 12 entities sanctioned on Monday by the Treasury.')).toEqual(['Treasury -restricts-> Zenco Inc']);
    expect(restricts('Qorva Ltd was among the firms designated last week by the United States.')).toEqual(['United States -restricts-> Qorva Ltd']);
  });

  it('a ban told the same way bans the party', () => {
    expect(banned('Zenco Inc was among the apps blocked by India in 2020.')).toEqual(['India -banned-> Zenco Inc']);
  });

  it('praise, a negation, a firm as agent and a ban from selling reported by a firm give no restriction', () => {
    expect(restricts('Zenco Inc was among firms praised by Japan.')).toEqual([]);
    expect(restricts('Zenco Inc was among the firms that were not sanctioned by the Treasury.')).toEqual([]);
    expect(restricts('Zenco Inc was among suppliers picked for government contracts by Japan.')).toEqual([]);
    expect(restricts('Zenco Inc was among firms barred from government contracts, according to Qorva Ltd.')).toEqual([]);
    expect(restricts('Zenco Inc was among the firms praised on Monday by the Treasury.')).toEqual([]);
    expect(restricts('Zenco Inc was among the firms hired by Japan for government contracts.')).toEqual([]);
  });
});

describe("a state's list of war sponsors or of firms barred from contracts", () => {
  it('placing a firm on such a list restricts it', () => {
    expect(restricts('Ukraine added Zenco Inc to its list of war sponsors.')).toEqual(['Ukraine -restricts-> Zenco Inc']);
    expect(restricts('Ukraine added Qorva Ltd to its list of international sponsors of war.')).toEqual(['Ukraine -restricts-> Qorva Ltd']);
    expect(restricts('Japan included Zenco Inc on a list of firms barred from government contracts.')).toEqual(['Japan -restricts-> Zenco Inc']);
  });

  it('lists of sponsors, approved suppliers or partners, a firm\'s own list and a list only weighed give none', () => {
    expect(restricts('Ukraine added Zenco Inc to its list of sponsors for the trade fair.')).toEqual([]);
    expect(restricts('Japan added Zenco Inc to its list of approved suppliers.')).toEqual([]);
    expect(restricts('Japan added Zenco Inc to its list of trusted partners.')).toEqual([]);
    expect(restricts('Zenco Inc added Qorva Ltd to its list of sponsors of war films.')).toEqual([]);
    expect(restricts('Japan may add Zenco Inc to its list of firms barred from government contracts.')).toEqual([]);
    expect(restricts('Ukraine removed Zenco Inc from its list of war sponsors.')).toEqual([]);
  });
});

describe("a list's long title", () => {
  it('"the Specially Designated Nationals and Blocked Persons List" is one list: the firm put on it is restricted', () => {
    expect(restricts('OFAC added Zenco Air to the Specially Designated Nationals and Blocked Persons List.')).toEqual(['Office of Foreign Assets Control -restricts-> Zenco Air']);
    expect(restricts('The Treasury added Zenco Inc to the Specially Designated Nationals and Blocked Persons List on Monday.')).toEqual(['Treasury -restricts-> Zenco Inc']);
  });

  it('two firms joined by "and" before a list\'s word are still two firms, and a removal restricts none', () => {
    expect(restricts('The Treasury removed Zenco Inc from the Specially Designated Nationals and Blocked Persons List.')).toEqual([]);
    expect(restricts('Japan added Zenco Inc to Qorva Ltd and Vexa Corp supplier lists.')).toEqual([]);
    expect(restricts('The Treasury added Zenco Inc to the Approved Vendors and Trusted Suppliers List.')).toEqual([]);
    expect(restricts('Zenco Inc added Qorva Ltd to the Preferred Vendors and Trusted Partners List.')).toEqual([]);
    expect(restricts('The Treasury may add Zenco Inc to the Specially Designated Nationals and Blocked Persons List.')).toEqual([]);
    expect(restricts('The Treasury said Zenco Inc ran the Specially Designated Nationals and Blocked Persons List office.')).toEqual([]);
  });
});

describe("a halt of imports of a state's goods named by its demonym", () => {
  it('"halted imports of Japanese seafood" bans Japan (restricts since stop 91, bans since stop 92)', () => {
    expect(banned('China halted imports of Japanese seafood.')).toEqual(['China -banned-> Japan']);
    expect(banned('China has suspended all imports of Japanese milk powder after the scare.')).toEqual(['China -banned-> Japan']);
    expect(banned('Russia banned imports of Norwegian salmon.')).toEqual(['Russia -banned-> Norway']);
    expect(banned('China imposed a ban on imports of Japanese seafood.')).toEqual(['China -banned-> Japan']);
    expect(restricts('China restricted imports of Japanese seafood.')).toEqual(['China -restricts-> Japan']);
  });

  it('resumed imports, rising imports, a halt weighed, a firm\'s halt and imports of people give none', () => {
    expect(restricts('China resumed imports of Japanese seafood.')).toEqual([]);
    expect(restricts('Imports of Japanese cars rose 4% last year.')).toEqual([]);
    expect(restricts('China may halt imports of Japanese seafood.')).toEqual([]);
    expect(restricts('Zenco Inc halted imports of Japanese parts.')).toEqual([]);
    expect(restricts('Russia stopped imports of Chinese workers.')).toEqual([]);
    expect(restricts('China lifted its ban on imports of Japanese seafood.')).toEqual([]);
    expect(restricts('China restricted imports of Chinese seafood.')).toEqual([]);
  });
});

describe('later duty rates that leave the goods out', () => {
  it('"40 % on clinker from China, 20 % on that from Vietnam" restricts each state', () => {
    expect(restricts('India imposed anti-dumping duties of 40% on clinker from China, 20% on that from Vietnam.')).toEqual(['India -restricts-> China', 'India -restricts-> Vietnam']);
    expect(restricts('India imposed anti-dumping duties of 40% on clinker from China and 30% on those from Indonesia.')).toEqual(['India -restricts-> China', 'India -restricts-> Indonesia']);
    expect(restricts('India imposed anti-dumping duties of 40% on clinker from China, 20% on glass from Vietnam and 30% on those from Indonesia.')).toEqual([
      'India -restricts-> China',
      'India -restricts-> Indonesia',
      'India -restricts-> Vietnam',
    ]);
  });

  it('a share, a comparison, a new clause or another sentence part names no later target', () => {
    expect(restricts('India imposed anti-dumping duties of 40% on clinker from China, 20% of which is sold to Vietnam.')).toEqual(['India -restricts-> China']);
    expect(restricts('India imposed anti-dumping duties of 40% on clinker from China, 20% more than Vietnam pays.')).toEqual(['India -restricts-> China']);
    expect(restricts('India imposed anti-dumping duties of 40% on clinker from China, and 20% on that from Vietnam was proposed by Indonesia.')).toEqual(['India -restricts-> China']);
    expect(restricts('India imposed duties of 40% on clinker from China; Vietnam faces 20% on that from next year.')).toEqual(['India -restricts-> China']);
    expect(restricts('India imposed anti-dumping duties of 40% on clinker from China, while Vietnam imposed 20% on that from Indonesia.')).toEqual(['India -restricts-> China']);
    expect(restricts('India lifted anti-dumping duties of 40% on clinker from China, 20% on that from Vietnam.')).toEqual([]);
    expect(restricts('India may impose anti-dumping duties of 40% on clinker from China and 20% on that from Vietnam.')).toEqual([]);
  });
});

describe("a duty's goods described in an aside before their origin", () => {
  it('"duties on imports of vexium, a chemical used in paper and ink, from China" restricts China', () => {
    expect(restricts('India has imposed anti-dumping duties on imports of vexium, a chemical used in paper and ink, from China.')).toEqual(['India -restricts-> China']);
    expect(restricts('India has imposed anti-dumping duties on vexium, a chemical used in paper, paints and ink, from China and Vietnam.')).toEqual(['India -restricts-> China', 'India -restricts-> Vietnam']);
  });

  it('a cause after the aside, a relative clause, a lifted or weighed duty give none', () => {
    expect(restricts('India has imposed anti-dumping duties on vexium, a chemical, after complaints from China.')).toEqual([]);
    expect(restricts('India has imposed anti-dumping duties on vexium, which Zenco Inc makes, from China.')).toEqual([]);
    expect(restricts('India has lifted anti-dumping duties on imports of vexium, a chemical used in paper and ink, from China.')).toEqual([]);
    expect(restricts('India may impose anti-dumping duties on imports of vexium, a chemical used in paper and ink, from China.')).toEqual([]);
    expect(restricts('India has imposed anti-dumping duties on vexium, a chemical used in ink, from next month.')).toEqual([]);
    expect(restricts('India has imposed anti-dumping duties on vexium, a chemical used in ink, and China protested.')).toEqual([]);
  });
});

describe("a halt whose object is a state's farm goods", () => {
  it('"suspends New Zealand milk powder", "banned all Japanese beef" ban the state whose goods they are', () => {
    expect(banned('China temporarily suspends New Zealand milk powder.')).toEqual(['China -banned-> New Zealand']);
    expect(banned('China halts all New Zealand dairy products.')).toEqual(['China -banned-> New Zealand']);
    expect(banned('China temporarily suspends Japanese seafood.')).toEqual(['China -banned-> Japan']);
    expect(banned('China banned all Japanese beef after the outbreak.')).toEqual(['China -banned-> Japan']);
  });

  it('people, talks, a firm\'s own ban, a ban weighed or lifted give none', () => {
    expect(banned('China bans New Zealand officials from entering.')).toEqual([]);
    expect(banned('China suspends New Zealand talks.')).toEqual([]);
    expect(banned('China banned Japanese officials.')).toEqual([]);
    expect(banned('China may ban Japanese seafood.')).toEqual([]);
    expect(banned('Zenco Inc bans Japanese beef from its restaurants.')).toEqual([]);
    expect(banned('China lifts ban on Japanese beef.')).toEqual([]);
    expect(restricts('China temporarily suspends Japanese seafood.')).toEqual([]);
  });
});

describe('a suspension that applies to one carrier and to another', () => {
  it('"will apply to Zenco Inc at one airport and to Qorva Ltd at another" bans both', () => {
    expect(banned('The US suspension will apply to Zenco Inc at one airport and to Qorva Ltd at another.')).toEqual(['United States -banned-> Qorva Ltd', 'United States -banned-> Zenco Inc']);
    expect(banned('The US suspension applies to Zenco Inc at two airports and to Qorva Ltd at one, officials said.')).toEqual(['United States -banned-> Qorva Ltd', 'United States -banned-> Zenco Inc']);
  });

  it('"and not to", a second target that is no firm, and a suspension only weighed name no second carrier', () => {
    expect(banned('The US suspension will apply to Zenco Inc at one airport and not to Qorva Ltd.')).toEqual(['United States -banned-> Zenco Inc']);
    expect(banned('The US suspension will apply to Zenco Inc flights at one airport and to cargo services.')).toEqual(['United States -banned-> Zenco Inc']);
    expect(banned('A possible US suspension could apply to Zenco Inc at one airport and to Qorva Ltd at another.')).toEqual([]);
    expect(banned('The US suspension will apply to Zenco Inc at one airport and to Japan at another.')).toEqual(['United States -banned-> Zenco Inc']);
    expect(banned('The US suspension will apply to Zenco Inc at one airport and to its partner at another.')).toEqual(['United States -banned-> Zenco Inc']);
    expect(banned('The US suspension will apply to Zenco Inc at one airport, and Qorva Ltd said it would appeal.')).toEqual(['United States -banned-> Zenco Inc']);
  });
});
