import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper loc96 (stop 96), from city-ban news (scooters, ride-hailing, short-term rentals): a city the lexicon knows, named right
// after a ban keeping a firm from working there ("banned from operating in Toronto", "barred from doing business in Toronto"),
// bans; so far it stayed a place, which takes no part (towns no rule knows were read so by helper imp96). A bare "banned in
// Toronto" (any body's ban there, stop 84), a place of anything else, a place before a noun, a region with no government, a
// capital standing for its state, and bans weighed or denied give no asserted ban. A city's "town council" acts for it.
// Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();

describe('a known city where a ban on a firm holds', () => {
  it('kept from working in the city', () => {
    expect(banned('Zenco Cars was banned from operating in Toronto after a court ruling.')).toEqual(['Toronto -banned-> Zenco Cars']);
    expect(banned('Zenco Cars has been barred from doing business in Toronto.')).toEqual(['Toronto -banned-> Zenco Cars']);
    expect(banned('Zenco Cars was suspended from operating in Toronto after a crash.')).toEqual(['Toronto -banned-> Zenco Cars']);
    expect(banned('Zenco Cars was barred from Toronto last year.')).toEqual(['Toronto -banned-> Zenco Cars']);
  });

  it('not a place before a noun, nor a place of anything else', () => {
    expect(banned('Zenco Cars was banned from operating in Toronto stores.')).toEqual([]);
    // Critic crit96a: a bourse's halt of a firm's shares is no city's ban.
    expect(banned('Zenco shares were suspended from trading in Toronto on Monday.')).toEqual([]);
    expect(banned('Zenco Cars was suspended from trading in Toronto after it missed a filing.')).toEqual([]);
    expect(banned('Zeta was banned in Toronto.')).toEqual([]);
    expect(banned('Zenco Cars was launched in Toronto.')).toEqual([]);
    expect(banned('Zenco Cars, based in Toronto, hired Qorva.')).toEqual([]);
    expect(banned('Zenco Cars operates in Toronto after a long delay.')).toEqual([]);
    expect(banned('Zenco Cars banned smoking in Toronto offices.')).toEqual([]);
  });

  it('not a region without government, nor a capital standing for its state', () => {
    expect(banned('Zenco Cars is banned from operating in Silicon Valley.')).toEqual([]);
    expect(banned('Zenco Cars is banned from operating in Cupertino.')).toEqual([]);
  });

  it('no ban weighed or denied', () => {
    expect(banned('Zenco Cars could be banned from operating in Toronto.')).toEqual([]);
    expect(banned('Zenco Cars was not banned from operating in Toronto.')).toEqual([]);
  });

  it("a city's town council or town hall acts for the city", () => {
    expect(banned('The Toronto town council banned Zenco Cars.')).toEqual(['Toronto -banned-> Zenco Cars']);
  });

  it('no town hall that is only a place, nor a council that welcomes', () => {
    expect(banned('Zenco Cars opened a town hall in Toronto.')).toEqual([]);
    expect(banned('The Toronto town council welcomed Zenco Cars.')).toEqual([]);
  });
});

describe('a firm forced or ordered to stop its own work in a state', () => {
  it('forced to suspend its service, ordered to cease its operations', () => {
    expect(banned('Zenco Cars has been forced to temporarily suspend its service in Nevada because of a court ruling.')).toEqual(['Nevada -banned-> Zenco Cars']);
    expect(banned('Zenco Cars was required to halt its ride-hailing operations in Nevada.')).toEqual(['Nevada -banned-> Zenco Cars']);
  });

  it('not a firm that chose to stop, nor one forced by no law, nor a stop weighed or denied, nor a state before a noun', () => {
    expect(banned('Zenco Cars decided to suspend its service in Nevada.')).toEqual([]);
    expect(banned('Zenco Cars could be forced to suspend its service in Nevada.')).toEqual([]);
    expect(banned('Zenco Cars was not forced to suspend its service in Nevada.')).toEqual([]);
    expect(banned('Zenco Cars was forced to suspend its service in Nevada stores.')).toEqual([]);
    expect(banned('Zenco Cars was forced to expand its service in Nevada.')).toEqual([]);
    expect(banned('Zenco Cars was forced to suspend its service in Nevada after a cyberattack.')).toEqual([]);
    // A body named only as the report's source is no law that forced it (crit96c).
    expect(banned('Zenco Cars was forced to suspend its service in Nevada after a cyberattack, state officials said.')).toEqual([]);
    expect(banned('Zenco Cars was forced to suspend its service in Nevada because of flooding, the regulator said.')).toEqual([]);
    expect(banned('Zenco Cars was forced to suspend its service in Nevada after a storm, according to officials.')).toEqual([]);
  });
});
