import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 72, first round, from stop 71's samples: consent decrees with the firms in an aside, makers
// of joint work, launches told in a fronted adjunct, rivals out to break another's hold, and two false edges (an act of a firm's
// read as a thing it owns; "Web" alone read as a name). Sentences written for the tests.

describe('consent decrees restrict the firms', () => {
  it('"In a consent decree adopted by the Commission, two carriers, A and B, agreed to …" restricts both', () => {
    expect(only('restricts')(scoredClaimsOf('In a consent decree adopted by the Federal Communications Commission, two carriers, Telvana and Ruricell, agreed to pay $2 million and adopt a compliance plan.'))).toEqual([
      'Federal Communications Commission -restricts-> Ruricell',
      'Federal Communications Commission -restricts-> Telvana',
    ]);
  });

  it('a consent decree whose firms only agree to pay restricts no one (a fine alone)', () => {
    expect(only('restricts')(claimsOf('In a consent decree adopted by the Federal Communications Commission, two carriers, Telvana and Ruricell, agreed to pay $2 million.'))).toEqual([]);
  });
});

describe('joint work names every maker', () => {
  it('"Developed through a collaboration between A and B, the Zeta …" makes both its makers', () => {
    expect(only('develops')(scoredClaimsOf('Developed through a collaboration between Korvantis and Helmstar, the Aurelo X2 ships next year.'))).toEqual([
      'Helmstar -develops-> Aurelo X2',
      'Korvantis -develops-> Aurelo X2',
    ]);
  });

  it('"Zeta was launched by A in collaboration with B" makes B a maker too', () => {
    expect(only('develops')(scoredClaimsOf('The Aurelo X2 was launched by Korvantis in collaboration with Helmstar last year.'))).toEqual([
      'Helmstar -develops-> Aurelo X2',
      'Korvantis -develops-> Aurelo X2',
    ]);
  });

  it('"Operated by A and B, the new search engine Zeta …": a kind of thing may stand before the fronted participle\'s name', () => {
    expect(only('develops')(scoredClaimsOf('Operated by Korvantis and Helmstar, the new search engine Findora launched on Monday.'))).toEqual([
      'Helmstar -develops-> Findora',
      'Korvantis -develops-> Findora',
    ]);
  });
});

describe('launches and names told before the maker', () => {
  it('"After launching Zeta, the first app for …, Zenco raised …" makes the main clause\'s subject its maker', () => {
    expect(only('develops')(scoredClaimsOf('After launching "Spotzen," the first parking app for the iPhone, Korvantis raised $4 million.'))).toContain('Korvantis -develops-> Spotzen');
  });

  it('"after launching probes into Zeta, Zenco …" makes nothing', () => {
    expect(only('develops')(claimsOf('After launching probes into Spotzen, Korvantis sued its founders.'))).toEqual([]);
  });

  it('"Named Zeta, the application by Zenco …" makes Zenco its maker', () => {
    expect(only('develops')(scoredClaimsOf('Named Parkly, the application by Korvantis lets drivers pay for parking.'))).toEqual(['Korvantis -develops-> Parkly']);
  });
});

describe('a rival out to break another\'s hold', () => {
  it('"is trying to break Qorva\'s monopoly" and "to end the dominance of Qorva" make rivals', () => {
    expect(only('competes_with')(scoredClaimsOf('Korvantis is trying to break Helmstar\'s monopoly in ride-hailing.'))).toEqual(['Korvantis -competes_with-> Helmstar']);
    expect(only('competes_with')(scoredClaimsOf('Korvantis hopes to end the dominance of Helmstar in search.'))).toEqual(['Korvantis -competes_with-> Helmstar']);
  });

  it('"reclaim market share from players like Qorva" makes rivals', () => {
    expect(only('competes_with')(scoredClaimsOf('Korvantis is reclaiming market share from players like Helmstar.'))).toEqual(['Korvantis -competes_with-> Helmstar']);
  });

  it('a regulator breaking up a monopoly is no rival', () => {
    expect(only('competes_with')(claimsOf('The European Commission moved to break Helmstar\'s monopoly in search.'))).toEqual([]);
  });
});

describe('false edges', () => {
  it('"Zenco\'s takedown of a botnet known as Zeta" bans the botnet; Zenco makes nothing', () => {
    const text = 'Microsoft\'s takedown of a botnet known as Rustock was praised by researchers.';
    expect(only('develops')(claimsOf(text))).toEqual([]);
    expect(only('banned')(scoredClaimsOf(text))).toEqual(['Microsoft -banned-> Rustock']);
  });

  it('"Zenco\'s new line of phones called Zeta" is still its own', () => {
    expect(only('develops')(scoredClaimsOf('Korvantis\'s new line of phones called Aurelo sold well.'))).toEqual(['Korvantis -develops-> Aurelo']);
  });

  it('"the Web site zenco.com": "Web" alone is no name, the address is what the firm operates', () => {
    const text = 'Korvantis, which operates the Web site korvantis.com, was fined.';
    expect(entitiesOf(text)).not.toContain('Web (product)');
    expect(only('develops')(scoredClaimsOf(text))).toEqual(['Korvantis -develops-> korvantis.com']);
  });
});
