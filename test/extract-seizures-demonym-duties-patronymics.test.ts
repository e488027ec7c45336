import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper rsx96 (stop 96), from set 93's readers and news of police raids, trade remedies and sanctions designations: a state's police
// or authorities seizing a firm's servers, equipment or other property restrict the firm (never a ban, and no seizure without an owner
// names anyone); a trade duty's kind makes a bare "duty on" a levy; a count or a kind before a demonym's goods, or a state's name
// joined to the demonym, still names the states hit, while goods that only describe a named firm name no state; a name with a
// patronymic is a person's. Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();

describe('a state seizing a firm\'s property', () => {
  it('"seized the servers of Zenco", "seized equipment from Zenco" restrict the firm', () => {
    expect(restricts('Police in Ukraine have seized the servers of Zenco Ltd.')).toEqual(['Ukraine -restricts-> Zenco Ltd']);
    expect(restricts('The Ukrainian cyber police on Tuesday seized the servers of software company Zenco Ltd.')).toEqual(['Ukraine -restricts-> Zenco Ltd']);
    expect(restricts('Authorities in Ukraine have seized equipment from Zenco Ltd.')).toEqual(['Ukraine -restricts-> Zenco Ltd']);
    expect(restricts("Zenco Ltd's servers were seized by the police in Ukraine.")).toEqual(['Ukraine -restricts-> Zenco Ltd']);
  });

  it('a seizure is no ban', () => {
    // Critic crit96a: "local officials" act for a town or a province, not for the state of their demonym.
    expect(banned('Chinese local officials banned Zenco Ltd from operating in the park.')).toEqual([]);
    expect(banned('Authorities in Ukraine have seized equipment from Zenco Ltd.')).toEqual([]);
    expect(banned('The Ukrainian cyber police seized the servers of Zenco Ltd.')).toEqual([]);
  });

  it('no claim for a firm seizing, thieves, a customer\'s servers, a seizure with no owner, or a plan', () => {
    expect(restricts('Zenco Ltd seized the opportunity to expand in Ukraine.')).toEqual([]);
    expect(restricts('Thieves seized the servers of Zenco Ltd last week.')).toEqual([]);
    expect(restricts('Zenco Ltd seized the servers of Qorva Inc after the contract ended.')).toEqual([]);
    expect(restricts('Police in Ukraine seized servers used by Zenco Ltd customers.')).toEqual([]);
    expect(scoredClaimsOf('The FBI seized a number of web servers during a raid in Vexton, Virginia.').filter((c) => /-(banned|restricts)->/.test(c))).toEqual([]);
    expect(restricts('Dutch police have seized about 800 servers and arrested two men.')).toEqual([]);
    expect(restricts('Police in Ukraine did not seize the servers of Zenco Ltd.')).toEqual([]);
    expect(restricts('Police in Ukraine seized the servers of customers of Zenco Ltd.')).toEqual([]);
    // The firm's customers own them (crit96c).
    expect(restricts("Police in Ukraine seized the servers of Zenco Ltd's clients.")).toEqual([]);
    expect(restricts('Police in Ukraine seized servers belonging to Zenco Ltd customers.')).toEqual([]);
    expect(restricts('Police in Ukraine seized drugs from a warehouse of Zenco Ltd.')).toEqual([]);
    expect(restricts('A court in Ukraine froze the case against Zenco Ltd.')).toEqual([]);
  });
});

describe('duties on a state\'s goods named by its demonym', () => {
  it('a trade duty\'s kind, a count, a kind of goods, or a state joined names the state hit', () => {
    expect(restricts("Canada's retaliatory duty on Ukrainian lawn mowers took effect on Monday.")).toEqual(['Canada -restricts-> Ukraine']);
    expect(restricts('India has imposed anti-dumping duty on four Chinese chemicals.')).toEqual(['India -restricts-> China']);
    expect(restricts('The European Commission has settled on anti-dumping duties ranging from 17 percent to 28 percent on certain types of Chinese steel imports.')).toEqual(['European Commission -restricts-> China']);
    expect(restricts('China has imposed anti-dumping duties against Russian and U.S. steel.')).toEqual(['China -restricts-> Russia', 'China -restricts-> United States']);
  });

  it('no state for goods that describe a named firm, a moral duty, a duty waived, or people', () => {
    expect(restricts('Canada imposed tariffs on Ukrainian steel maker Zenco Ltd.')).toEqual(['Canada -restricts-> Zenco Ltd']);
    expect(restricts('Canada has a moral duty on Ukrainian refugees, the minister said.')).toEqual([]);
    expect(restricts('Canada waived the retaliatory duty on Ukrainian lawn mowers.')).toEqual([]);
    expect(restricts('India has imposed anti-dumping duty on four Chinese students.')).toEqual([]);
    expect(restricts("Canada praised Ukrainian maker Zenco Ltd's lawn mowers.")).toEqual([]);
    expect(restricts('India may impose anti-dumping duty on four Chinese chemicals, the panel recommended.')).toEqual([]);
  });
});

describe('a name with a patronymic', () => {
  it('is a person, never a measure\'s target', () => {
    expect(entitiesOf('OFAC added Zenkov Petrovich and Zenco Ltd to the sanctions list.')).toContain('Zenkov Petrovich (person)');
    expect(restricts('OFAC added Zenkov Petrovich and Zenco Ltd to the sanctions list.')).toEqual(['Office of Foreign Assets Control -restricts-> Zenco Ltd']);
    expect(restricts('The EU sanctioned Ivan Sergeyevich Zenkov and Qorva Group.')).toEqual(['European Union -restricts-> Qorva Group']);
  });
});
