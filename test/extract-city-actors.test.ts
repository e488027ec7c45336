import { describe, expect, it } from 'vitest';
import { entityLabelled, extract, only, scoredClaimsOf } from './extract-helpers';

// Stop 84: cities, counties and provinces acting in bans. A fresh sample of news lost the city when the lexicon knows it as
// a place (only where things are) or reads a capital as its state. Sentences written for the tests; the cities are the
// lexicon's, the products and firms invented.

const bans = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('a known city acting right after its name', () => {
  it.each([
    ['Toronto banned Zapp on city-owned devices.', ['Toronto -banned-> Zapp']],
    ['Toronto has also banned Zapp.', ['Toronto -banned-> Zapp']],
    ['New York City barred Zapp from city phones.', ['New York City -banned-> Zapp']],
    ['Orange County barred Zapp from county phones.', ['Orange County -banned-> Zapp']],
    ['Toronto became the first city to ban Zapp.', ['Toronto -banned-> Zapp']],
    ['Officials in Mumbai banned Zapp on Monday.', ['Mumbai -banned-> Zapp']],
  ])('"%s"', (text, claims) => {
    expect(bans(text)).toEqual(claims);
  });

  it('a list of known cities acts together', () => {
    expect(bans('Chicago and Boston banned Zapp.')).toEqual(['Boston -banned-> Zapp', 'Chicago -banned-> Zapp']);
    expect(bans('Chicago, Boston and Seattle banned Zapp.')).toEqual(['Boston -banned-> Zapp', 'Chicago -banned-> Zapp', 'Seattle -banned-> Zapp']);
    expect(bans('Schools in Chicago and Boston banned Zapp.')).toEqual([]);
    expect(bans('Firms in Chicago, Boston and Seattle blocked Zapp.')).toEqual([]);
  });

  it('a known city restricting: "Seattle restricts Zapp on public networks"', () => {
    expect(only('restricts')(scoredClaimsOf('Seattle restricts Zapp on public networks.'))).toEqual(['Seattle -restricts-> Zapp']);
  });
});

describe("a city's government named by its body or by \"the city of\"", () => {
  it.each([
    ['The city of Jakarta has banned Zapp.', ['Jakarta -banned-> Zapp']],
    ["Mumbai's city council voted to ban Zapp.", ['Mumbai -banned-> Zapp']],
    ["Toronto's city council banned Zapp last year.", ['Toronto -banned-> Zapp']],
    ['The city of Toronto has banned Zapp.', ['Toronto -banned-> Zapp']],
  ])('"%s"', (text, claims) => {
    expect(bans(text)).toEqual(claims);
  });
});

describe('invented cities, counties, provinces and states keep acting', () => {
  it.each([
    ['Zembla City banned Zapp on city-owned devices.', ['Zembla City -banned-> Zapp']],
    ['Lumo County barred Zapp from county phones.', ['Lumo County -banned-> Zapp']],
    ['Lumo Province ordered Zapp removed from government phones.', ['Lumo Province -banned-> Zapp']],
    ['The state of Vela banned Zapp on state devices.', ['Vela -banned-> Zapp']],
  ])('"%s"', (text, claims) => {
    expect(bans(text)).toEqual(claims);
  });
});

describe('a city that does not act', () => {
  it('a city only as where the actor is', () => {
    expect(bans('Zenco, based in Toronto, banned staff from using Zapp.')).toEqual(['Zenco -banned-> Zapp']);
    expect(bans('Schools in Toronto banned Zapp.')).toEqual([]);
    expect(bans('Zapp was banned in Toronto.')).toEqual([]);
    expect(bans('In Toronto, Zenco banned Zapp.')).toEqual(['Zenco -banned-> Zapp']);
  });

  it('a court in the city, or the city as its seat', () => {
    expect(bans('A court in Toronto banned Zapp.').some((c) => c.startsWith('Toronto'))).toBe(false);
    expect(bans('A court in New York City banned Zapp.').some((c) => c.startsWith('New York'))).toBe(false);
  });

  it('a capital alone stands for its state; a region has no government to act', () => {
    expect(bans('Beijing banned Zapp.')).toEqual(['China -banned-> Zapp']);
    expect(bans('Jakarta banned Zapp.')).toEqual(['Indonesia -banned-> Zapp']);
    expect(bans('Silicon Valley banned Zapp.')).toEqual([]);
  });

  it("a capital or a firm's home town alone stands for another", () => {
    expect(bans('London banned Zapp.').some((c) => c.startsWith('London'))).toBe(false);
    expect(bans('Cupertino blocked Zapp.').some((c) => c.startsWith('Cupertino'))).toBe(false);
    expect(bans("London's city council banned Zapp.")).toEqual(['London -banned-> Zapp']);
  });

  it('a plan, a refusal, or a firm named after the city', () => {
    expect(bans('Toronto will consider a ban on Zapp.')).toEqual([]);
    expect(bans('Toronto did not ban Zapp.')).toEqual([]);
    expect(bans('Toronto plans to ban Zapp.')).toEqual([]);
    expect(bans('Lumo City Bank banned Zapp.')).toEqual(['Lumo City Bank -banned-> Zapp']);
  });

  it("a person whose name is a city's", () => {
    expect(bans('Lloyd Austin banned Zapp on military phones.').some((c) => c.startsWith('Austin'))).toBe(false);
    expect(bans('Mr Austin banned Zapp.').some((c) => c.startsWith('Austin'))).toBe(false);
  });

  it('a sports team or an event named after the city', () => {
    expect(bans('Toronto FC banned Zapp from its stadium.').some((c) => c.startsWith('Toronto -'))).toBe(false);
    expect(bans('The Toronto Marathon banned Zapp.').some((c) => c.startsWith('Toronto -'))).toBe(false);
  });
});

describe('an invented city named by its body or as "the first city to ban" is a government, not a firm', () => {
  it.each([
    ["Lumo's city council voted to ban Zapp.", 'Lumo'],
    ["Lumo's city government blocked Zapp.", 'Lumo'],
    ['Lumo became the first city to ban Zapp.', 'Lumo'],
    ['Vela became the first state to ban Zapp.', 'Vela'],
  ])('"%s"', (text, actor) => {
    expect(bans(text)).toEqual([`${actor} -banned-> Zapp`]);
    expect(entityLabelled(extract(text), actor)?.type).toContain('government');
  });

  it('a firm "the first company to ban" stays a firm', () => {
    expect(entityLabelled(extract('Zenco became the first company to ban Zapp.'), 'Zenco')?.type).toContain('company');
  });
});

describe('a team or an event named after an invented city is no government', () => {
  it.each([
    ['The Lumo City Lions banned Zapp from the stadium.', 'Lumo City Lions'],
    ['The Lumo County Fair banned Zapp.', 'Lumo County Fair'],
  ])('"%s"', (text, name) => {
    expect(entityLabelled(extract(text), name)?.type ?? []).not.toContain('government');
  });

  it("the city's own bodies stay governments", () => {
    expect(entityLabelled(extract('Lumo City Hall banned Zapp.'), 'Lumo City Hall')?.type).toContain('government');
    expect(entityLabelled(extract('The Lumo City Council banned Zapp.'), 'Lumo City Council')?.type).toContain('government');
  });
});
