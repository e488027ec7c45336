import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper fq85, from fresh samples of false makers: who the maker is misread from an opening connective, a reporting outlet,
// an acronym in brackets, a technology's acronym before a kind, and a capitalised description before an apposed name.
// Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a connective opening the sentence is no maker', () => {
  it('"Thus,", "Hence,", "Meanwhile," before a list of makers credit only the makers', () => {
    expect(develops('Hence, Zenco, which makes the Lumo drone, was blacklisted.')).toEqual(['Zenco -develops-> Lumo']);
    expect(develops('Thus, the firm develops Lumo drones.')).toEqual([]);
    expect(develops('Meanwhile, Zenco, which builds the Lumo drone, was fined.')).toEqual(['Zenco -develops-> Lumo']);
    expect(develops('Likewise, Vexa develops the Nova chatbot.')).toEqual(['Vexa -develops-> Nova']);
  });

  it('a one-word firm opening the sentence before its comma stays a maker', () => {
    expect(develops('Zenco, which makes the Lumo drone, was blacklisted.')).toEqual(['Zenco -develops-> Lumo']);
    expect(develops('Qorvax, the maker of the Nova phone, grew.')).toEqual(['Qorvax -develops-> Nova']);
  });
});

describe('an outlet reporting a story is not what "its" means in the story', () => {
  it('"X reported that <another subject> … its Y" gives the outlet nothing', () => {
    expect(develops('The New York Times reported that a judge approved a settlement against the social media giant over data taken from its Foo tool.')).toEqual([]);
    expect(develops('Reuters reported that the company would close its Lumo app.')).toEqual([]);
    expect(develops('Bloomberg reported that the regulator had fined the firm over its Nova chatbot.')).toEqual([]);
  });

  it('a firm reporting of its own things, or a firm named in the report, keeps them', () => {
    expect(develops('Zenco reported that its Lumo app had ten million users.')).toEqual(['Zenco -develops-> Lumo']);
    expect(develops('The Wall Street Journal reported that Meta had shut down its Lumo tool.')).toEqual(['Meta -develops-> Lumo']);
    expect(develops('Zenco said a judge had cleared its Lumo app.')).toEqual(['Zenco -develops-> Lumo']);
  });
});

describe('an acronym in brackets after a name is that name\'s abbreviation', () => {
  it('"its Request for Aid (RFA) tool" is no known body of that acronym', () => {
    expect(develops('Zenco launched its Request for Aid (RFA) tool last year.')).toEqual(['Zenco -develops-> Request for Aid']);
    expect(develops('Qorva unveiled the Zeta Platform for Analysis (ZPA) and its Reports for Communities (RFC) service.')).not.toContain('Radio Free Asia -develops-> Reports for Communities');
    expect(develops('Vexa released its Remote Field Assistant (RFA) app.')).toEqual(['Vexa -develops-> Remote Field Assistant']);
  });

  it('a known body\'s own name and acronym still name it', () => {
    expect(scoredClaimsOf('Radio Free Asia (RFA) said Ruritania banned the Zapp app.').some((c) => c.includes('Ruritania -banned-> Zapp'))).toBe(true);
    expect(only('restricts')(scoredClaimsOf('The Bureau of Industry and Security (BIS) added Zenco to the Entity List.'))).toEqual(['Bureau of Industry and Security -restricts-> Zenco']);
  });
});

describe('a technology\'s acronym before a kind is no maker', () => {
  it('"The CCTV system, called Zenco FR" credits no broadcaster', () => {
    expect(develops('The CCTV system, called Zenco FR, was installed in Zembla.')).toEqual([]);
    expect(develops('The CCTV network, named Lumo Watch, covers the city.')).toEqual([]);
    expect(develops('CCTV cameras made by Zenco watch the square.')).not.toContain('CCTV -develops-> Zenco');
  });

  it('a real maker before a kind is still its maker', () => {
    expect(develops('The Huawei phone, called Lumo X, sold well.')).toEqual(['Huawei -develops-> Lumo X']);
    expect(develops('The ZTE phone, called Blade Z, sold well.')).toEqual(['ZTE -develops-> Blade Z']);
  });
});

describe('a capitalised description before an apposed name is no product', () => {
  it('"whose Video Suite, FooView, is …" gives no "Video Suite"', () => {
    expect(develops('Zenco, whose Video Suite, Lumo, is helping police, grew.')).not.toContain('Zenco -develops-> Video Suite');
    expect(develops('Zenco, whose Analytics Platform, Nova Insight, is used by police, grew.')).not.toContain('Zenco -develops-> Analytics Platform');
    expect(develops("Zenco's Video Suite, Lumo, is helping police.")).not.toContain('Zenco -develops-> Video Suite');
  });

  it('a product named with its kind, or a list after it, stays', () => {
    expect(develops('Zenco, whose Zeta Suite is used by police, grew.')).toEqual(['Zenco -develops-> Zeta Suite']);
    expect(develops("Zenco's Zeta Suite, Lumo and Nova are popular.")).toContain('Zenco -develops-> Zeta Suite');
  });
});

describe('a connective without its comma opens no name', () => {
  it('"Thus Zenco, which makes Lumo, grew" credits Zenco, not "Thus Zenco"', () => {
    expect(develops('Thus Zenco, which makes Lumo, grew.')).toEqual(['Zenco -develops-> Lumo']);
    expect(develops('Meanwhile Qorva released the Nova chatbot.')).toEqual(['Qorva -develops-> Nova']);
  });
});
