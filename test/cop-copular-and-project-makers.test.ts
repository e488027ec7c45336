import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cop (stop 100), from readers of real news on makers stated through a copula, a project noun or a describing word: a
// possessed product noun before any tense of the copula, a passive agent with describing words after "by the", the nominal
// "development of Y began … by X", "Y, X's brand name for Z", and a "Project …" set off after a firm's possessed effort.
// Sentences written for the tests.

const makes = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe("a firm's product noun before a copula of any tense", () => {
  it('future, past and a kind after the name', () => {
    expect(makes("Zenco's first product will be Pilotline.")).toEqual(['Zenco -develops-> Pilotline']);
    expect(makes("Zenco's first product was the Pilotline kit.")).toEqual(['Zenco -develops-> Pilotline']);
    expect(makes("Zenco's newest product is the Pilotline kit.")).toEqual(['Zenco -develops-> Pilotline']);
    expect(makes("Zenco's next phone is going to be the Pilotline 2.")).toEqual(['Zenco -develops-> Pilotline 2']);
    expect(makes("Zenco's next chip will be Zeta 3, according to Qorva.")).toEqual(['Zenco -develops-> Zeta 3']);
    expect(makes("Zenco's first products will be Pilotline and Vela.")).toEqual(['Zenco -develops-> Pilotline', 'Zenco -develops-> Vela']);
  });

  it('a customer, a partner or a rival is no product', () => {
    expect(makes("Zenco's first customer will be Qorva.")).toEqual([]);
    expect(makes("Zenco's biggest rival was Qorva.")).toEqual([]);
    expect(makes("Zenco's first partner will be Qorva.")).toEqual([]);
    expect(makes("Zenco's first customer was the Pilotline kit.")).toEqual([]);
  });
});

describe('describing words between "by the" and the maker', () => {
  it('the passive reading holds', () => {
    expect(makes('Zeta is developed by the popular Vexo Project.')).toEqual(['Vexo Project -develops-> Zeta']);
    expect(makes('Zeta is developed by the open-source Vexo Project.')).toEqual(['Vexo Project -develops-> Zeta']);
    expect(makes('Zeta is developed by the community-supported Vexo community.')).toEqual(['Vexo -develops-> Zeta']);
    expect(makes('Zeta, a browser developed by the open-source Vexo Project, is free.')).toEqual(['Vexo Project -develops-> Zeta']);
    expect(makes('Zeta and Vela are developed by the popular Vexo Project.')).toEqual(['Vexo Project -develops-> Vela', 'Vexo Project -develops-> Zeta']);
    expect(makes('Zeta 2 was created by the tiny Vexo Labs team.')).toEqual(['Vexo Labs -develops-> Zeta 2']);
  });

  it('no maker, or another party, after the describing words', () => {
    expect(makes('Zeta will be released by the end of 2026.')).toEqual([]);
    expect(makes('Zeta won by the popular vote.')).toEqual([]);
    expect(makes('Zeta was beaten by the popular Qorva.')).toEqual([]);
    expect(makes('Zeta was made by the former Qorva team.')).toEqual([]);
    expect(makes('Zeta is developed by the partner Qorva team.')).toEqual([]);
  });
});

describe('the development of a thing begun by its maker', () => {
  it('the agent after a beginning verb and a time', () => {
    expect(makes('The development of Cinnamor began in 2011 by the Mintra team.')).toEqual(['Mintra -develops-> Cinnamor']);
    expect(makes('The development of Cinnamor started by Mintra.')).toEqual(['Mintra -develops-> Cinnamor']);
    expect(makes('Development of the Cinnamor browser began in early 2011 by the open-source Mintra project.')).toEqual(['Mintra -develops-> Cinnamor']);
    expect(makes('The creation of Zeta 2 began in 2019 by the Mintra team.')).toEqual(['Mintra -develops-> Zeta 2']);
    expect(makes('The work on Cinnamor began in 2011 by the Mintra team.')).toEqual(['Mintra -develops-> Cinnamor']);
  });

  it('no maker named, or no beginning', () => {
    expect(makes('The development of Cinnamor began in 2011 by the end of the year.')).toEqual([]);
    expect(makes('The development of Cinnamor began after its purchase by Qorva.')).toEqual([]);
  });
});

describe("a firm's brand name for a thing", () => {
  it('in apposition, after a copula, or before the name', () => {
    expect(makes("The era of Icefox, Zembian's brand name for Vexfox, ended.")).toEqual(['Zembian -develops-> Icefox']);
    expect(makes("Icefox, Zembian's brand name for Vexfox, ended.")).toEqual(['Zembian -develops-> Icefox']);
    expect(makes("Icefox is Zembian's trade name for Vexfox.")).toEqual(['Zembian -develops-> Icefox']);
    expect(makes("Zembian's brand name for Vexfox, Icefox 2, is gone.")).toEqual(['Zembian -develops-> Icefox 2']);
    expect(makes('Icefox, the Zembian brand name for Vexfox, ended.')).toEqual(['Zembian -develops-> Icefox']);
  });

  it("not a rival's brand name", () => {
    expect(makes("Icefox, Zembian's rival brand name for Vexfox, ended.")).toEqual([]);
  });
});

describe('a "Project …" set off after a firm\'s possessed effort', () => {
  it('the firm develops the named project', () => {
    expect(makes("Zenco's car effort, Project Falcon, was shut down.")).toEqual(['Zenco -develops-> Project Falcon']);
    expect(makes("Qorva's car project, Project Titanus, was shut down.")).toEqual(['Qorva -develops-> Project Titanus']);
    expect(makes("Zenco's car effort (Project Falcon) ended.")).toEqual(['Zenco -develops-> Project Falcon']);
    expect(makes("Zenco's car effort, Project 7, ended.")).toEqual(['Zenco -develops-> Project 7']);
    expect(makes("Zenco's drone and car efforts, Project Hawk and Project Falcon, ended.")).toEqual(['Zenco -develops-> Project Falcon', 'Zenco -develops-> Project Hawk']);
  });

  it('no possessor, or no "Project" name', () => {
    expect(makes('Project Veritas released a video.')).toEqual([]);
    expect(makes('The car effort, Project Falcon, was shut down.')).toEqual([]);
    expect(makes("Zenco's biggest rival, Qorva, was shut down.")).toEqual([]);
    expect(makes("Zenco's car effort, Falcon Labs, ended.")).toEqual([]);
  });
});
