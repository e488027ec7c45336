import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// False edges from a fresh sample of real news: a disease named after a person read as a drug's maker, a plural trade noun opening
// the sentence read as a maker's product, and "seized market share" read as a seizure. Sentences written for the tests.

describe("a disease's possessive before a medical word owns nothing", () => {
  it('"Alzheimer\'s drug", "Parkinson\'s treatment", "Crohn\'s drug" make no maker', () => {
    for (const text of [
      "Zenco's costly Alzheimer's drug, Zorva, was approved last year.",
      "Zenco's Parkinson's treatment Zorva failed a trial.",
      "Qorva's Crohn's drug Vexamab sold well.",
      "Vexa said its Huntington's disease therapy Zorvamab slowed decline.",
    ]) {
      const claims = scoredClaimsOf(text).join(' | ');
      expect(claims).not.toMatch(/alzheimer|parkinson|crohn|huntington/i);
    }
  });

  it('such a name before no medical word keeps its product', () => {
    expect(only('develops')(scoredClaimsOf("Huntington's new Zorva app sold well."))).toEqual(['Huntington -develops-> Zorva']);
  });
});

describe('a plural trade noun opening the sentence before "maker Zenco" is no product', () => {
  it('"Weapons maker", "Missiles maker", "Toys maker"', () => {
    for (const text of ['Weapons maker Zenco plans to expand production.', 'Missiles maker Qorva said profits rose.', 'Toys maker Vexa will cut jobs.']) {
      expect(only('develops')(scoredClaimsOf(text))).toEqual([]);
    }
  });

  it('a coined name before the maker noun is still its product', () => {
    expect(only('develops')(scoredClaimsOf('Zeta maker Zenco plans to expand production.'))).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe('"seized market share" is no seizure', () => {
  it('a state or a firm winning market share bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('Japan has seized market share with its Zeta drones.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('India seized market share from Zenco with its Zeta phones.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Qorva seized share in the market with its Zeta chips.'))).toEqual([]);
  });

  it('a seizure of goods still bans them', () => {
    expect(only('banned')(scoredClaimsOf('Japan seized Zeta drones at the border.'))).toEqual(['Japan -banned-> Zeta']);
  });
});

describe('a buyer of the firm set off before its goods is no maker of them', () => {
  it('"Zenco, the maker of Zap and Zop, was bought by Qorva" credits Qorva with neither', () => {
    for (const text of ['Zenco, the maker of Zap, Zip and Zop, was bought by Qorva.', 'Zenco, the owner of Zap, was acquired by Qorva.', 'Zenco, the maker of Zap and Zop, was bought by Qorva last year.']) {
      expect(only('develops')(scoredClaimsOf(text)).filter((c) => c.startsWith('Qorva'))).toEqual([]);
    }
  });
});
