import { describe, expect, it } from 'vitest';
import { scoredClaimsOf } from './extract-helpers';

// Helper fls100 (stop 99, round 2), from families of false names and false edges met across fresh samples: a describing word,
// a technical kind or a match's format taken as a name; platforms before a kind of work; an outlet reporting a story; a
// possessive inside a list. Sentences written for the tests.

const claims = (text: string): string[] => scoredClaimsOf(text).sort();
const mentionsAny = (text: string, ...names: string[]): boolean => claims(text).some((c) => names.some((n) => c.startsWith(`${n} -`) || c.endsWith(`-> ${n}`)));

describe('a capitalised describing word before a kind noun and a name', () => {
  it('is no name of its own', () => {
    expect(claims('Ruritania banned the Popular social media app Zapp made by Zenco.')).toEqual(['Ruritania -banned-> Zapp', 'Zenco -develops-> Zapp']);
    expect(mentionsAny('Zenco, maker of the Leading photo editing app Zpic, competes with Qorva.', 'Leading')).toBe(false);
  });
  it('near misses: a name of its own keeps its words', () => {
    expect(claims('Ruritania banned the Blue Origin rocket made by Zenco.')).toContain('Zenco -develops-> Blue Origin');
    expect(claims('Zembla banned the Instant app made by Zenco.')).toContain('Zenco -develops-> Instant');
  });
});

describe('a technical kind or a format taken as a product', () => {
  it('an architecture after a describer, a capitalised kind, a match format', () => {
    expect(claims('A 530B-parameter Transformer co-developed by Zenco and Qorva was released.')).toEqual([]);
    expect(claims('Zenco released a new Open Source model.')).toEqual([]);
    expect(claims('Zenco released a new Open Source model called Zmodel.')).toEqual(['Zenco -develops-> Zmodel']);
    expect(claims('Vexa unveiled a compact Chatbot built by Zenco.')).toEqual([]);
    expect(mentionsAny('Zenco launched a new 5v5 mode in Skyfall to compete with Qorva.', '5v5')).toBe(false);
  });
  it('near miss: after the maker a technical word may be a name', () => {
    expect(claims('Zenco launched the Transformer tablet.')).toEqual(['Zenco -develops-> Transformer']);
  });
});

describe('platforms listed before a kind of work and its name', () => {
  it('the possessor makes the named work, not the platforms', () => {
    expect(claims("Zenco's PS4 and PS5 game Skyfall sold well.")).toEqual(['Zenco -develops-> Skyfall']);
    expect(claims("Zenco's Android and iOS app Zapp was banned in Ruritania.")).toEqual(['Ruritania -banned-> Zapp', 'Zenco -develops-> Zapp']);
    expect(claims("Zenco's Switch version of Skyfall was delayed.")).toEqual(['Zenco -develops-> Skyfall']);
    expect(claims("Zenco's Xbox, PS5 and Switch title Skyfall competes with Qorva's Zfall.")).toEqual(['Qorva -develops-> Zfall', 'Skyfall -competes_with-> Zfall', 'Zenco -develops-> Skyfall']);
  });
  it('near misses: a list of works keeps each', () => {
    expect(claims("Zenco's Zapp and Zchat apps were banned in Ruritania.")).toEqual(['Ruritania -banned-> Zapp', 'Ruritania -banned-> Zchat', 'Zenco -develops-> Zapp', 'Zenco -develops-> Zchat']);
    expect(claims('Zenco is known for its Zview video editor and its companion app Zapp.')).toContain('Zenco -develops-> Zapp');
  });
});

describe('a news outlet reporting the story', () => {
  it('credited after a headline\'s dash, or interviewing someone, is no party', () => {
    expect(claims('Qorva News caught up with the chief of Plix.')).toEqual([]);
    expect(claims('Ruritania blocks Zeta – Qorva News')).toEqual(['Ruritania -banned-> Zeta']);
    expect(claims('Ruritania blocks Zeta | Zembla Times')).toEqual(['Ruritania -banned-> Zeta']);
  });
  it('near misses: an outlet acted on or acting stays a party', () => {
    expect(claims('Zenco acquired Qorva News.')).toEqual(['Zenco -acquired-> Qorva News']);
    expect(claims('Ruritania banned Qorva News.')).toEqual(['Ruritania -banned-> Qorva News']);
  });
});

describe('a possessive inside a list', () => {
  it('belongs to its own member only', () => {
    expect(claims("Rivals such as Zenco's Zapp and Qorvachat compete with Vexa.")).toEqual(['Qorvachat -competes_with-> Vexa', 'Zapp -competes_with-> Vexa', 'Zenco -develops-> Zapp']);
    expect(claims("Ruritania banned apps such as Zenco's Zapp and Qorvachat.")).not.toContain('Zenco -develops-> Qorvachat');
    expect(claims('Zapp competes with rivals like Qorva, Vexa and Zenco\'s Zchat.')).not.toContain('Zapp -competes_with-> Zenco');
  });
  it('near misses: a possessive opening a list owns each member', () => {
    expect(claims("Zenco's Zapp and Zchat compete with Qorva.")).toContain('Zenco -develops-> Zchat');
  });
});
