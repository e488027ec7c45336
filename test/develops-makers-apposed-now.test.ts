import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper dva89, from a fresh sample of news on trucks, tyres, cameras and messaging apps: an owner's brand or product named in an
// apposition with an adverb of the present ("now", "still", "also") or in a relative clause's copula ("which is now a Zenco
// brand"). A former owner ("once a Zenco brand") and other roles (a rival, a customer, a supplier) stay no maker.
// Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('an owner named in an apposition with an adverb or a relative clause', () => {
  it('"now", "still" or "also" before the apposition', () => {
    expect(develops('Tredline, now a Zenco brand, reported higher sales in the third quarter.')).toEqual(['Zenco -develops-> Tredline']);
    expect(develops('Roadhawk, still a Qorva brand, sells tyres across Ruritania.')).toEqual(['Qorva -develops-> Roadhawk']);
    expect(develops('Zapp, also a Vexa app, was downloaded ten million times.')).toEqual(['Vexa -develops-> Zapp']);
  });

  it('a relative clause: "which is now a Zenco brand"', () => {
    expect(develops('Tredline, which is now a Zenco brand, reported higher sales in the third quarter.')).toEqual(['Zenco -develops-> Tredline']);
    expect(develops('Roadhawk, which is still a Qorva brand, sells tyres across Ruritania.')).toEqual(['Qorva -develops-> Roadhawk']);
    expect(develops('Zapp, which was a Vexa app, was downloaded ten million times.')).toEqual(['Vexa -develops-> Zapp']);
  });

  it('the plain apposition still reads as before, and the copula with "now" types the brand', () => {
    expect(develops('Tredline, a Zenco brand, reported higher sales in the third quarter.')).toEqual(['Zenco -develops-> Tredline']);
    expect(develops('Tredline is now a Zenco brand.')).toEqual(['Zenco -develops-> Tredline']);
  });

  it('a copula\'s brand whose time with the owner ended: "was a Zenco brand until …"', () => {
    expect(develops('Tredline was a Zenco brand until it was dropped last year.')).toEqual(['Zenco -develops-> Tredline']);
    expect(develops('Roadhawk was a Qorva label until 2019, when the line was sold.')).toEqual(['Qorva -develops-> Roadhawk']);
  });
});

describe('a picture\'s definition before a kind of camera is no product', () => {
  it('"HD cameras from Qorva", "UHD cameras made by Zenco"', () => {
    expect(develops('HD cameras from Qorva designed to withstand heat will be installed at the border.')).toEqual([]);
    expect(develops('UHD cameras made by Zenco were installed at the station.')).toEqual([]);
    expect(develops('The Zeta HD camera from Qorva was installed at the border.')).toEqual(['Qorva -develops-> Zeta HD']);
  });
});

describe('near misses: a former owner or another role in the same frame', () => {
  it('"once" or "formerly" a brand of another firm', () => {
    expect(develops('Tredline, once a Zenco brand, reported higher sales in the third quarter.')).toEqual([]);
    expect(develops('Tredline, formerly a Zenco brand, reported higher sales in the third quarter.')).toEqual([]);
  });

  it('a rival, a customer, a supplier or a partner', () => {
    expect(develops('Tredline, now a Zenco rival, reported higher sales in the third quarter.')).toEqual([]);
    expect(develops('Tredline, which is now a Zenco customer, reported higher sales in the third quarter.')).toEqual([]);
    expect(develops('Roadhawk, still a Qorva supplier, sells tyres across Ruritania.')).toEqual([]);
    expect(develops('Roadhawk, which is also a Qorva partner, sells tyres across Ruritania.')).toEqual([]);
  });
});
