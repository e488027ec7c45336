import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper dc86, from a fresh sample's develops misses: a maker's collective whose members follow "led by" or "ranging from … to",
// a firm's people "from" it who made a thing, and the thing one firm accuses another of copying ("its" is the accuser's).
// Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a maker\'s collective whose members follow "led by" or "ranging from … to"', () => {
  it('"Zenco\'s range of cameras, led by the Q16," makes Zenco the Q16\'s maker', () => {
    expect(develops("Zenco Inc's range of cameras, led by the Q16, won praise from reviewers.")).toContain('Zenco Inc -develops-> Q16');
    expect(develops("Qorva Labs' phones, led by the Vexa 9 and the Vexa 9 Pro, sold well last year.")).toEqual(expect.arrayContaining(['Qorva Labs -develops-> Vexa 9', 'Qorva Labs -develops-> Vexa 9 Pro']));
    expect(develops("Zenco Inc's drones, led by the Zorb X, dominate the market.")).toContain('Zenco Inc -develops-> Zorb X');
  });

  it('"Zenco\'s portfolio ranges from A to B" makes Zenco the maker of both ends', () => {
    expect(develops("Zenco Inc's portfolio ranges from the Zeta phone to the Yota tablet.")).toEqual(['Zenco Inc -develops-> Yota', 'Zenco Inc -develops-> Zeta']);
    expect(develops("Qorva Group's lineup ranges from the Vexa 3 to the Vexa 7.")).toEqual(['Qorva Group -develops-> Vexa 3', 'Qorva Group -develops-> Vexa 7']);
    expect(develops("Zenco Inc's cameras, ranging from the Zeta 1 to the Zeta 5, are sold online.")).toEqual(['Zenco Inc -develops-> Zeta 1', 'Zenco Inc -develops-> Zeta 5']);
  });

  it('a team, a person or customers "led by" someone, or prices ranging, make nothing', () => {
    expect(develops("Zenco Inc's team, led by Jo Marlow, won praise.")).toEqual([]);
    expect(develops("Zenco Inc's customers, led by Qorva Bank, complained about delays.")).toEqual([]);
    expect(develops("Zenco Inc's prices range from 10 euros to 40 euros.")).toEqual([]);
    expect(develops("Zenco Inc's shares, led by strong demand for its cloud unit, rose on Monday.")).toEqual([]);
  });
});

describe('a firm\'s people "from" it who made a thing', () => {
  it('"Engineers from Zenco developed Zorb" makes Zenco the maker', () => {
    expect(develops('Engineers from Zenco Labs developed Zorb, a chip for phones.')).toEqual(['Zenco Labs -develops-> Zorb']);
    expect(develops('A group of researchers from Qorva Robotics unveiled Vexa, a new language model.')).toEqual(['Qorva Robotics -develops-> Vexa']);
    expect(develops('A team from Zenco Inc built Zeta, a model for coding.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });

  it('former staff, or money from a firm, make the firm no maker', () => {
    expect(develops('Former engineers from Zenco Labs developed Zorb, a chip for phones.')).toEqual([]);
    expect(develops('The startup raised $12 million from Qorva Ventures to develop Vexa, a model for coding.')).toEqual([]);
    expect(develops('Engineers from Zenco Labs praised Zorb, a chip for phones.')).toEqual([]);
  });
});

describe('what one firm accuses another of copying is the accuser\'s', () => {
  it('"Qorva accused Zenco of copying its Zeta camera": Qorva makes Zeta, Zenco does not', () => {
    expect(develops('Qorva Inc accused Zenco Inc of copying its Zeta camera.')).toEqual(['Qorva Inc -develops-> Zeta']);
    expect(develops('Qorva Inc has accused Zenco Inc of stealing its Vexa chip.')).toEqual(['Qorva Inc -develops-> Vexa']);
    expect(develops('Qorva Inc sued Zenco Inc for cloning its Zapp app.')).toEqual(['Qorva Inc -develops-> Zapp']);
  });

  it('"alleging it copied the design of its Zeta", "stealing trade secrets for its Zeta": the suer or accuser makes Zeta', () => {
    expect(develops('Qorva Inc sued Zenco Inc, alleging it copied the design of its Zeta phone.')).toEqual(['Qorva Inc -develops-> Zeta']);
    expect(develops('Qorva Inc accused Zenco Inc of stealing trade secrets for its Zeta camera.')).toEqual(['Qorva Inc -develops-> Zeta']);
    expect(develops('Zenco Inc copied the design of the Zeta phone.')).toEqual([]);
    expect(develops('Zenco Inc led the design of the Zeta phone.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });

  it('the accused\'s own thing, named without a copying verb, stays the accused\'s', () => {
    expect(develops('Qorva Inc accused Zenco Inc of overpricing its Zeta camera.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });
});

describe('a made thing that came out of a firm\'s lab or was born at the firm', () => {
  it('"Vexa came out of Zenco\'s research unit", "was born at Zenco Labs" make the firm the maker', () => {
    expect(develops("Vexa came out of Zenco Inc's research unit.")).toEqual(['Zenco Inc -develops-> Vexa']);
    expect(develops("Zorb grew out of Qorva Robotics' drone lab, the company said.")).toEqual(['Qorva Robotics -develops-> Zorb']);
    expect(develops('The Zeta chatbot was born at Zenco Labs.')).toEqual(['Zenco Labs -develops-> Zeta']);
    expect(develops("Zeta emerged from Zenco Inc's skunkworks team in 2021.")).toEqual(['Zenco Inc -develops-> Zeta']);
  });

  it('a store, a bankruptcy, an idea, a birthplace or money make nothing', () => {
    expect(develops("Zeta came out of Zenco Inc's store in March.")).toEqual([]);
    expect(develops("Qorva Inc came out of Zenco Inc's bankruptcy.")).toEqual([]);
    expect(develops("The idea came out of Zenco Inc's research unit.")).toEqual([]);
    expect(develops('Vexa was born in Ruritania.')).toEqual([]);
    expect(develops('The money for Zeta came from Zenco Inc.')).toEqual([]);
  });
});
