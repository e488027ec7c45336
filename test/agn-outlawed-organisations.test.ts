import { describe, expect, it } from 'vitest';
import { scoredClaimsOf } from './extract-helpers';

// Helper agn, from readers of real news (state acts on firms): sentences made up for the tests.

describe('a designation that outlaws a firm in the state bans it', () => {
  it.each([
    ["Russia declared the exchange Zenco an 'undesirable' organization, effectively prohibiting its operations.", ['Russia -banned-> Zenco']],
    ["The Prosecutor General's Office labeled Zenco and its parent, Qorva Group, as undesirable.", ["Prosecutor General's Office -banned-> Qorva Group", "Prosecutor General's Office -banned-> Zenco"]],
    ['Russia designated Zenco as an undesirable organisation.', ['Russia -banned-> Zenco']],
    ['Russia has declared Zenco undesirable.', ['Russia -banned-> Zenco']],
    ['Russia recognised Zenco and Qorva as extremist organisations.', ['Russia -banned-> Qorva', 'Russia -banned-> Zenco']],
    ['Russia designated Zenco, Qorva and Vexa as extremist organizations.', ['Russia -banned-> Qorva', 'Russia -banned-> Vexa', 'Russia -banned-> Zenco']],
    ['Zenco was declared an undesirable organization by Russia.', ['Russia -banned-> Zenco']],
    ['Zenco was designated undesirable by Russia.', ['Russia -banned-> Zenco']],
    ['Zenco, which Russia declared undesirable in 2023, moved its staff abroad.', ['Russia -banned-> Zenco']],
    ['Belarus labelled Zenco and Qorva as extremist.', ['Belarus -banned-> Qorva', 'Belarus -banned-> Zenco']],
    ['Russia declared Zenco a banned organization.', ['Russia -banned-> Zenco']],
    ["Russia's designation of Zenco as an undesirable organization took effect on Monday.", ['Russia -banned-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe('a list of undesirable or extremist organisations is a ban list', () => {
  it.each([
    ['Russia added Zenco to the list of undesirable organisations.', ['Russia -banned-> Zenco']],
    ['Russia added Zenco, Qorva and Vexa to its list of undesirable organizations.', ['Russia -banned-> Qorva', 'Russia -banned-> Vexa', 'Russia -banned-> Zenco']],
    ['Russia placed Zenco on its register of extremist organisations.', ['Russia -banned-> Zenco']],
    ["Zenco was added to Russia's list of undesirable organisations.", ['Russia -banned-> Zenco']],
    ["Zenco is on Russia's list of undesirable organisations.", ['Russia -banned-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe('near misses: trade lists, other designations, acts only weighed', () => {
  it.each([
    ['The United States added Zenco to the Entity List.', ['United States -restricts-> Zenco']],
    ['The United States designated Zenco as a Chinese military company.', ['United States -restricts-> Zenco']],
    ['Russia declared Zenco a foreign agent.', ['Russia -restricts-> Zenco']],
    ['Russia designated Zenco as a terrorist organization.', ['Russia -restricts-> Zenco']],
    ['Russia considered declaring Zenco an undesirable organization.', []],
    ['Russia considered banning Zenco.', []],
    ['Zenco may be labelled undesirable by Russia.', []],
    ['Russia threatened to declare Zenco an undesirable organisation.', []],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe("a firm withdrawing its own goods from the market bans nothing", () => {
  it.each([
    ['Qorva Inc. is voluntarily removing all lots of Zeta Marker and Zeta LP Marker from the market.', []],
    ['Qorva voluntarily removed Zeta Marker from the market.', []],
    ['Qorva Inc. is removing all lots of Zeta Marker from the market.', []],
    ['Zeta Marker is being voluntarily removed from the market by Qorva.', []],
    ['Qorva voluntarily withdrew Zeta Marker and Zeta Pen from sale.', []],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it.each([
    ['India removed Zeta Marker from the market.', ['India -banned-> Zeta Marker']],
    ['Zenmart removed Zetanol from its shelves.', ['Zenmart -banned-> Zetanol']],
    ['Zenmart voluntarily removed Zetanol from its shelves.', ['Zenmart -banned-> Zetanol']],
  ])('a state or a seller still bans: "%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});
