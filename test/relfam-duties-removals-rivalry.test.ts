import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Helper relfam: three families of relation readings whose ends are already nodes. Duties on goods named by where they were made
// ("tariffs on solar cells made in Vietnam") restrict that state, as "imported from" and "originating in" already did; a platform's
// own removal of a firm or its app ("has taken Zenco off its app store", "pulled Zenco's app from its platform") bans it, but a
// firm pulling its own app from another's store is no ban by the store; "has yet to" an act is no act; a load taken over from a
// firm ("took on Qorva's debt") is no rivalry. Sentences written for the tests; the firms are named once as listed firms first.

const FIRMS = 'Zenco Inc, Qorva Inc, Vexa Inc and Plix Inc reported results on Monday. ';
const restricts = (text: string): string[] => only('restricts')(claimsOf(text)).sort();
const banned = (text: string): string[] => only('banned')(claimsOf(FIRMS + text)).sort();
const rivals = (text: string): string[] => only('competes_with')(claimsOf(FIRMS + text)).sort();

describe('duties on goods named by where they were made', () => {
  it('"made in", "produced in", "manufactured in", "built in", "assembled in" a state: that state is restricted', () => {
    expect(restricts('The US raised tariffs on solar cells made in Cambodia, Malaysia and Thailand.')).toEqual([
      'United States -restricts-> Cambodia',
      'United States -restricts-> Malaysia',
      'United States -restricts-> Thailand',
    ]);
    expect(restricts('The US set duties on solar panels produced in Vietnam and Thailand.')).toEqual(['United States -restricts-> Thailand', 'United States -restricts-> Vietnam']);
    expect(restricts('The EU imposed duties on e-bikes manufactured in China.')).toEqual(['European Union -restricts-> China']);
    expect(restricts('Canada imposed tariffs on electric vehicles built in China.')).toEqual(['Canada -restricts-> China']);
    expect(restricts('Mexico introduced tariffs of up to 50% on cars made in China.')).toEqual(['Mexico -restricts-> China']);
    expect(restricts('India imposed levies on drones assembled in Vietnam.')).toEqual(['India -restricts-> Vietnam']);
  });

  it('near misses stay unread: threats, lifts, payers, goods sold there, job duties', () => {
    expect(restricts('The US threatened tariffs on solar panels made in Vietnam.')).toEqual([]);
    expect(restricts('The US lifted tariffs on solar panels made in Vietnam.')).toEqual([]);
    expect(restricts('The US did not impose tariffs on solar panels made in Vietnam.')).toEqual([]);
    expect(restricts('Zenco pays tariffs on solar panels made in Vietnam.')).toEqual([]);
    expect(restricts('The EU imposed duties on bikes sold in China.')).toEqual([]);
    expect(restricts('Customs officers carried out their duties on cargo made in China.')).toEqual([]);
    expect(restricts('The EU has yet to impose duties on e-bikes imported from China.')).toEqual([]);
  });
});

describe("a platform's own removal of a firm or its app", () => {
  it('taken off its store, or its app pulled from a platform: the platform bans the firm', () => {
    expect(banned('Qorva has taken Zenco off its app store.')).toEqual(['Qorva -banned-> Zenco']);
    expect(banned('Qorva has pulled Zenco\'s app from its platform.')).toEqual(['Qorva -banned-> Zenco']);
    expect(banned('Zenco was removed from Qorva\'s platform.')).toEqual(['Qorva -banned-> Zenco']);
  });

  it('a firm pulling its own goods from another\'s store is no ban by the store; plans and "yet to" are no act', () => {
    expect(banned('Zenco pulled its app from Qorva\'s store.')).toEqual([]);
    expect(banned('Zenco removed its products from Qorva\'s marketplace.')).toEqual([]);
    expect(banned('Qorva has yet to remove Zenco from its platform.')).toEqual([]);
    expect(banned('Qorva plans to remove Zenco from its platform.')).toEqual([]);
    expect(banned('Qorva has not removed Zenco from its platform.')).toEqual([]);
    expect(banned('Zenco has been removed from its platform.')).toEqual([]);
  });

  it('passives keep reading, adverbs between', () => {
    expect(banned('Zenco was pulled from Qorva\'s app store on Tuesday.')).toEqual(['Qorva -banned-> Zenco']);
    expect(banned('Zenco and Vexa were quietly removed from Qorva\'s marketplace.')).toEqual(['Qorva -banned-> Vexa', 'Qorva -banned-> Zenco']);
  });
});

describe('rivalry after a purpose or a light verb', () => {
  it('a load taken over from a firm is no rivalry', () => {
    expect(rivals('Zenco took on Qorva\'s debt.')).toEqual([]);
    expect(rivals('Zenco will take on Qorva\'s role as supplier.')).toEqual([]);
    expect(rivals('Zenco took on Qorva\'s staff and customers.')).toEqual([]);
  });

  it('rivalry sharpened, stepped up or sought still reads', () => {
    expect(rivals('Zenco cut prices to sharpen competition with Qorva, Vexa and Plix.')).toEqual([
      'Zenco -competes_with-> Plix',
      'Zenco -competes_with-> Qorva',
      'Zenco -competes_with-> Vexa',
    ]);
    expect(rivals('Zenco is stepping up its rivalry with Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco hired 200 engineers in a bid to challenge Qorva and Vexa.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(rivals('Zenco is challenging Qorva\'s position as market leader.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco is yet to take on Qorva.')).toEqual([]);
    expect(rivals('Zenco cut prices to sharpen competition in the sector.')).toEqual([]);
  });
});
