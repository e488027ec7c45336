import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper ban90b, from fresh samples on sanctions of firms and states and on regulators and censors of news outlets: the targets a
// state's act names in the next sentence by its possessive or an "among" head with a demonym, a state's sanctions list named after
// its target, a regulator ordering an outlet to carry a statement, and a state censoring a site. Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();
const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();

describe('targets named after the act by its actor\'s possessive', () => {
  it('"The Treasury\'s targets included A and B", "Its targets were A and B" right after the act', () => {
    expect(restricts("The Treasury Department imposed sanctions on Tuesday. The Treasury's targets included Zenco Inc and Qorva Inc.")).toEqual(['Treasury Department -restricts-> Qorva Inc', 'Treasury Department -restricts-> Zenco Inc']);
    expect(restricts('Japan imposed sanctions on 16 firms on Tuesday. Its targets included Zenco Inc and Qorva Inc.')).toEqual(['Japan -restricts-> Qorva Inc', 'Japan -restricts-> Zenco Inc']);
    expect(restricts("Japan imposed new sanctions on Monday. Japan's sanctions targets include Zenco Inc.")).toEqual(['Japan -restricts-> Zenco Inc']);
  });

  it('a possessor that acted on nothing before, or is another party, or owns no targets, lists nobody', () => {
    expect(restricts("Japan's targets include Zenco Inc.")).toEqual([]);
    expect(restricts("Japan imposed new sanctions on Monday. Qorva Inc's targets include Zenco Inc.")).toEqual([]);
    expect(restricts("Japan imposed new sanctions on Monday. Japan's biggest firms include Zenco Inc.")).toEqual([]);
    expect(restricts('Zenco Inc raised its prices on Monday. Its targets include Qorva Inc.')).toEqual([]);
  });
});

describe('"among the" a listing participle and a demonym', () => {
  it('"Among the sanctioned Chinese firms are A and B" goes on with the act before', () => {
    expect(restricts('Japan imposed new sanctions on Tuesday. Among the sanctioned Chinese firms are Zenco Inc and Qorva Inc.')).toEqual(['Japan -restricts-> Qorva Inc', 'Japan -restricts-> Zenco Inc']);
    expect(restricts('Japan imposed new sanctions on Tuesday. Among the designated Russian entities are Zenco Inc and Qorva Inc.')).toEqual(['Japan -restricts-> Qorva Inc', 'Japan -restricts-> Zenco Inc']);
    expect(restricts('Japan imposed new sanctions on Tuesday. Among the sanctioned US firms are Zenco Inc and Qorva Inc.')).toEqual(['Japan -restricts-> Qorva Inc', 'Japan -restricts-> Zenco Inc']);
  });

  it('without the participle the head names no targets', () => {
    expect(restricts('Japan imposed new sanctions on Tuesday. Among the biggest Chinese firms are Zenco Inc and Qorva Inc.')).toEqual([]);
    expect(restricts('Japan imposed new sanctions on Tuesday. Among the largest Russian companies are Zenco Inc and Qorva Inc.')).toEqual([]);
    expect(restricts('Japan imposed new sanctions on Tuesday. Among the largest US companies are Zenco Inc and Qorva Inc.')).toEqual([]);
  });

  it('a state named as the agent after "by" is still the actor, not the act before', () => {
    expect(restricts('Japan imposed new sanctions on Tuesday. Among the firms sanctioned by China are Zenco Inc and Qorva Inc.')).toEqual(['China -restricts-> Qorva Inc', 'China -restricts-> Zenco Inc']);
  });
});

describe('a state\'s sanctions list named after its target', () => {
  it('"Japan\'s sanctions lists on Russia" restricts Russia', () => {
    expect(restricts("The firm is named in Japan's sanctions lists on Russia.")).toEqual(['Japan -restricts-> Russia']);
    expect(restricts("Japan's sanctions list on Russia now covers Zenco Inc.")).toEqual(['Japan -restricts-> Russia', 'Japan -restricts-> Zenco Inc']);
  });

  it('a firm\'s list, or a list a firm checks against, restricts nobody', () => {
    expect(restricts("Zenco Inc's sanctions list on Qorva Inc was leaked.")).toEqual([]);
    expect(restricts('Zenco Inc checks its customers against the US sanctions list.')).toEqual([]);
    expect(restricts('Zenco Inc screens Qorva Inc against sanctions lists.')).toEqual([]);
  });
});

describe('a regulator ordering an outlet to carry a statement', () => {
  it('"directed A to broadcast a statement", "ordered A to air a correction", "to apologise"', () => {
    expect(restricts('Ofcom directed Zenco Inc to broadcast a statement of its findings.')).toEqual(['Ofcom -restricts-> Zenco Inc']);
    expect(restricts('Ofcom has ordered Zenco Inc to air a correction.')).toEqual(['Ofcom -restricts-> Zenco Inc']);
    expect(restricts('Ofcom ordered Zenco Inc to apologise to viewers.')).toEqual(['Ofcom -restricts-> Zenco Inc']);
  });

  it('a firm\'s instruction, a film\'s director, goods ordered or another order curb nothing', () => {
    expect(restricts('Zenco Inc directed Qorva Inc to issue a statement.')).toEqual([]);
    expect(restricts('The film was directed by Zenco Inc.')).toEqual([]);
    expect(restricts('Zenco Inc ordered 20 jets from Qorva Inc.')).toEqual([]);
    expect(restricts('Ofcom ordered Zenco Inc to hire more staff.')).toEqual([]);
    expect(restricts('Ofcom has not directed Zenco Inc to air a correction.')).toEqual([]);
    expect(restricts('Ofcom could order Zenco Inc to air a correction.')).toEqual([]);
  });
});

describe('a state censoring a site', () => {
  it('"Chinese authorities censor A\'s website", "China censored A and B" ban them', () => {
    expect(banned("Chinese authorities censor Zenco Inc's website.")).toEqual(['China -banned-> Zenco Inc']);
    expect(banned('China censored Zenco Inc and Qorva Inc.')).toEqual(['China -banned-> Qorva Inc', 'China -banned-> Zenco Inc']);
  });

  it('a firm censoring posts, or a state censoring a word, bans no firm', () => {
    expect(banned('Zenco Inc censored posts on its platform.')).toEqual([]);
    expect(banned('Qorva Inc censors comments about Zenco Inc.')).toEqual([]);
    expect(banned('China censored a word in a song by Zenco Inc.')).toEqual([]);
    expect(banned('China has not censored Zenco Inc.')).toEqual([]);
  });
});
