import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Helper exb101 (stop 101), from export-control news whose entity-list additions or curbs were misread: sentences made up for the tests.

const restricts = (text: string): string[] => only('restricts')(claimsOf(text));

describe('a list titled as a register of suspects keeps that sense before "of firms …"', () => {
  it.each([
    ['The Commerce Department added Zenco to its Entity List of firms judged to act against US interests.', ['Commerce Department -restricts-> Zenco']],
    ['The Commerce Department on Monday added Zenco and Qorva to the entity list of companies that pose a risk to the United States.', ['Commerce Department -restricts-> Qorva', 'Commerce Department -restricts-> Zenco']],
    ["Vietnam's trade ministry has placed Zenco, Qorva and Vexa on its Entity List of firms linked to the army.", ["Vietnam's trade ministry -restricts-> Qorva", "Vietnam's trade ministry -restricts-> Vexa", "Vietnam's trade ministry -restricts-> Zenco"]],
    ['The Bureau of Industry and Security put Zenco Labs on the Unverified List of companies whose end uses it cannot check.', ['Bureau of Industry and Security -restricts-> Zenco Labs']],
    ['The Commerce Department added Zenco to its Entity List of firms, citing its ties to the army.', ['Commerce Department -restricts-> Zenco']],
    ['The United States added Qorva Networks to the Entity List of Chinese companies on Tuesday.', ['United States -restricts-> Qorva Networks']],
    ['The Commerce Department moved Zenco onto its entity list of companies of concern.', ['Commerce Department -restricts-> Zenco']],
    ['The Treasury Department added Zenco to its Denied Persons List of exporters.', ['Treasury Department -restricts-> Zenco']],
    ['In 2021 the Commerce Department added Zenco to its Entity List of firms.', ['Commerce Department -restricts-> Zenco']],
    ['The Bureau of Industry and Security added Zenco Optics and Qorva to its entity list of companies that supply the army.', ['Bureau of Industry and Security -restricts-> Qorva', 'Bureau of Industry and Security -restricts-> Zenco Optics']],
  ])('"%s"', (text, claims) => {
    expect(restricts(text)).toEqual(claims);
  });

  it.each([
    // A list of other things is no sanction.
    ['Zenco added Qorva to its list of preferred suppliers.', []],
    ['Zenco said Qorva was on its approved list of vendors.', []],
    ['Zenco added Vexa to its user list of partners.', []],
  ])('near miss "%s"', (text, claims) => {
    expect(restricts(text)).toEqual(claims);
  });

  it('keeps a denied or proposed listing out of the asserted claims', () => {
    expect(restricts('The Commerce Department did not add Zenco to its Entity List of firms of concern.')).toEqual([]);
    expect(restricts('The Commerce Department could add Zenco to its Entity List of firms of concern.')).toEqual([]);
  });
});

describe('a state named only as the origin of withheld technology is no target of the curb', () => {
  it.each([
    ['The Commerce Department added Zenco Labs to a trade blacklist, restricting access to US exports.', ['Commerce Department -restricts-> Zenco Labs']],
    ['The Commerce Department added the Qorva Institute to a trade blacklist, restricting its access to US technology.', ['Commerce Department -restricts-> Qorva Institute']],
    ['The Commerce Department restricted exports of US chips to China.', ['Commerce Department -restricts-> China']],
    ['Zenco restricts access to US exports.', []],
    ['The Commerce Department restricted access to US chips for China.', []],
    ['The Commerce Department restricted exports of US technology to Zenco and Qorva.', ['Commerce Department -restricts-> Qorva', 'Commerce Department -restricts-> Zenco']],
    ['The Commerce Department added Zenco to the Entity List, restricting its access to US-origin items.', ['Commerce Department -restricts-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(restricts(text)).toEqual(claims);
  });

  it.each([
    // A destination, a curb on imports of a state's goods and access to the state itself keep the state.
    ['The Commerce Department restricted exports of chips to China.', ['Commerce Department -restricts-> China']],
    ['Japan restricted exports of chipmaking tools to China and Russia.', ['Japan -restricts-> China', 'Japan -restricts-> Russia']],
    ['The United States restricted imports of Chinese drones.', ['United States -restricts-> China']],
    ['Vietnam restricted imports of US chips.', ['Vietnam -restricts-> United States']],
    ['Canada restricted access to China.', ['Canada -restricts-> China']],
    // A demonym before the goods was never read as a target.
    ['Japan blacklisted Zenco, cutting off its access to Japanese technology.', ['Japan -restricts-> Zenco']],
  ])('near miss "%s"', (text, claims) => {
    expect(restricts(text)).toEqual(claims);
  });
});

describe("a suspects' list with a long title of seven words still takes the placement", () => {
  it.each([
    ['The Office of Foreign Assets Control has added Zenco to its Chinese Military-Industrial Complex Companies List.', ['Office of Foreign Assets Control -restricts-> Zenco']],
    ['The Office of Foreign Assets Control has added Zenco to its non-SDN Chinese Military-Industrial Complex Companies List.', ['Office of Foreign Assets Control -restricts-> Zenco']],
    ['The Treasury Department added Zenco and Qorva to the Non-SDN Chinese Military-Industrial Complex Companies List on Thursday.', ['Treasury Department -restricts-> Qorva', 'Treasury Department -restricts-> Zenco']],
    ['The Treasury Department has added the Chinese company Zenco, a maker of drones, and seven other firms to its non-SDN Chinese Military-Industrial Complex Companies List.', ['Treasury Department -restricts-> Zenco']],
    ['On Friday the Treasury Department put Zenco, Qorva and Vexa on its Non-SDN Chinese Military-Industrial Complex Companies List.', ['Treasury Department -restricts-> Qorva', 'Treasury Department -restricts-> Vexa', 'Treasury Department -restricts-> Zenco']],
    ['The Treasury Department added Qorva to the Non-SDN Chinese Military-Industrial Complex Companies List, the agency said.', ['Treasury Department -restricts-> Qorva']],
    ['Japan added Zenco to its Russian military end-user entity list.', ['Japan -restricts-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(restricts(text)).toEqual(claims);
  });

  it.each([
    // A long title of a list that names no suspects is no sanction.
    ['Japan added Zenco to its trusted domestic cloud software vendors list.', []],
    ['Japan added Zenco to its approved cloud software vendors list.', []],
    ['The Pentagon added Zenco to its top ten most innovative Chinese startups list.', []],
    // Within five words, as before.
    ['The Pentagon added Zenco to its Chinese military-linked companies watch list.', ['Pentagon -restricts-> Zenco']],
  ])('near miss "%s"', (text, claims) => {
    expect(restricts(text)).toEqual(claims);
  });

  it('keeps a denied listing out of the asserted claims', () => {
    expect(restricts('The Treasury Department did not add Zenco to its Chinese Military-Industrial Complex Companies List.')).toEqual([]);
  });
});

describe('a former name set off by commas inside a list leaves the rest of the list to the act', () => {
  const claimsOfActs = (text: string): string[] => claimsOf(text).filter((c) => /-(restricts|banned)->/.test(c));

  it.each([
    ['The Commerce Department added Zenco, formerly Qorva Marine, Vexa Cable Systems and Kappa Optics to the list.', ['Commerce Department -restricts-> Kappa Optics', 'Commerce Department -restricts-> Vexa Cable Systems', 'Commerce Department -restricts-> Zenco']],
    ['The Commerce Department added Zenco, formerly Qorva Marine, Vexa Cable Systems and Kappa Optics to the Entity List.', ['Commerce Department -restricts-> Kappa Optics', 'Commerce Department -restricts-> Vexa Cable Systems', 'Commerce Department -restricts-> Zenco']],
    ['The Commerce Department also added Zenco, formerly Qorva Marine, and Vexa Cable Systems to the Entity List.', ['Commerce Department -restricts-> Vexa Cable Systems', 'Commerce Department -restricts-> Zenco']],
    ['The Commerce Department sanctioned Zenco, formerly Qorva Marine, Vexa Cable Systems and Kappa Optics.', ['Commerce Department -restricts-> Kappa Optics', 'Commerce Department -restricts-> Vexa Cable Systems', 'Commerce Department -restricts-> Zenco']],
    ['The Treasury Department blacklisted Zenco, formerly known as Qorva, Vexa and Kappa.', ['Treasury Department -restricts-> Kappa', 'Treasury Department -restricts-> Vexa', 'Treasury Department -restricts-> Zenco']],
    ['The Commerce Department on Tuesday added Zenco Optics, formerly Qorva Imaging, Vexa Systems, Kappa Optics and Lumo Labs to its Entity List.', ['Commerce Department -restricts-> Kappa Optics', 'Commerce Department -restricts-> Lumo Labs', 'Commerce Department -restricts-> Vexa Systems', 'Commerce Department -restricts-> Zenco Optics']],
    ['India banned Zenco, formerly Qorva Labs, Vexa Mail and Kappa Pay.', ['India -banned-> Kappa Pay', 'India -banned-> Vexa Mail', 'India -banned-> Zenco']],
    ['India banned Zenco, formerly known as Qorva Labs, Vexa Mail and Kappa Pay on Tuesday.', ['India -banned-> Kappa Pay', 'India -banned-> Vexa Mail', 'India -banned-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(claimsOfActs(text)).toEqual(claims);
  });

  it.each([
    // The former name alone, or names after the aside that open a clause of their own, are no members.
    ['The Commerce Department added Zenco, formerly Qorva Marine, to the Entity List.', ['Commerce Department -restricts-> Zenco']],
    ['The Commerce Department sanctioned Zenco, formerly Qorva Marine, Vexa said.', ['Commerce Department -restricts-> Zenco']],
    ['The Commerce Department sanctioned Zenco, formerly Qorva Marine, Vexa and Kappa said on Tuesday.', ['Commerce Department -restricts-> Zenco']],
  ])('near miss "%s"', (text, claims) => {
    expect(claimsOfActs(text)).toEqual(claims);
  });
});
