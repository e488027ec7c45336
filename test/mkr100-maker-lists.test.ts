import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper mkr100 (stop 99, round 2), from families several readers met in fresh samples of maker news: lists after "known for"
// whose members carry a kind or a describing word, a possessed kind noun whose members follow "include", joint making told without
// a maker verb on each, and a possessed product after a describing word. Sentences written for the tests.

const makes = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('what a maker is known for, as a list', () => {
  it('members with their kind or a describing word', () => {
    expect(makes('Qorva is well known for its Orb franchise as well as the hit game Nightjar.')).toEqual(['Qorva -develops-> Nightjar', 'Qorva -develops-> Orb']);
    expect(makes('Zenco, known for its websites like Plixo and Vexamart, raised funds.')).toEqual(['Zenco -develops-> Plixo', 'Zenco -develops-> Vexamart']);
  });
});

describe('a possessed kind of made thing whose members follow "include"', () => {
  it('a kind of two words, or a catalogue', () => {
    expect(makes("Qorva's lighting systems include Lumo, Lumo Pro and HaloMax.")).toEqual(['Qorva -develops-> HaloMax', 'Qorva -develops-> Lumo', 'Qorva -develops-> Lumo Pro']);
    expect(makes("Zenco's catalogue also includes Gloomfall and Nightjar.")).toEqual(['Zenco -develops-> Gloomfall', 'Zenco -develops-> Nightjar']);
  });
});

describe('joint making without a maker verb on each partner', () => {
  it('partners named together who collaborated on a thing', () => {
    expect(makes('Zenco Studios and Qorva Games have collaborated on Skyfall.')).toEqual(['Qorva Games -develops-> Skyfall', 'Zenco Studios -develops-> Skyfall']);
  });

  it('partners after "with" in the production of a thing', () => {
    expect(makes('Zenco partnered with Qorva and Vexa in the production of Skyfall.')).toEqual(['Qorva -develops-> Skyfall', 'Vexa -develops-> Skyfall', 'Zenco -develops-> Skyfall']);
  });

  it('a fronted maker described as part of an owner: the owner makes nothing', () => {
    expect(makes('Developed by Zenco Studio, a subsidiary of Qorva Group, Skyfall is a heist game.')).toEqual(['Zenco Studio -develops-> Skyfall']);
  });
});

describe('a possessed product after a describing word', () => {
  it('a list after "legacy", a cable named in apposition', () => {
    expect(makes('Zenco is moving beyond its legacy Plix and Vexa products.')).toEqual(['Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
    expect(makes("Zenco's private subsea cable, Tethys, links two continents.")).toEqual(['Zenco -develops-> Tethys']);
  });
});

describe('near misses', () => {
  it('what a firm is known for doing, or a feud, names no product', () => {
    expect(makes('Zenco, which is known for suing Qorva and Vexa, lost.')).toEqual([]);
    expect(makes('Zenco, known for its feud with Qorva and Vexa, lost.')).toEqual([]);
  });

  it('customers, a study or a sale are no joint making', () => {
    expect(makes("Zenco's customers include Qorva and Vexa.")).toEqual([]);
    expect(makes('Zenco and Qorva have collaborated on a study of Skyfall.')).toEqual([]);
    expect(makes('Zenco partnered with Qorva in the sale of Skyfall.')).toEqual([]);
    expect(makes('Developed by Zenco Studio, a partner of Qorva Group, Skyfall is a heist game.')).toEqual([]);
  });
});
