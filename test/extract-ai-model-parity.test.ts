import { describe, expect, it } from 'vitest';
import { agentAfter, type MentionList } from '../src/pipeline/extract/clause';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rll94, from real AI-model coverage: models told to surpass, match or stand level with another on benchmarks, often in an
// absolute "with …" clause or a relative clause after the model's apposition; and a backer's hyphened compound before a passive's
// maker. Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));
const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('surpassing another model', () => {
  it('"surpass" is a rivalry verb like "outperform"', () => {
    expect(rivals('The Zeta 3 Max model surpassed Vexa-4 in several benchmark tests.')).toEqual(['Zeta 3 Max -competes_with-> Vexa-4']);
    expect(rivals('Zeta-R1 surpasses Qorva\'s Vexa-4 on coding benchmarks.')).toEqual(['Zeta-R1 -competes_with-> Vexa-4']);
  });

  it('a figure or a record surpassed names no rival', () => {
    expect(rivals('Zeta-R1 surpassed 10 million downloads in its first week.')).toEqual([]);
    expect(rivals('Zenco Inc surpassed analyst expectations for the quarter.')).toEqual([]);
    expect(rivals('Zeta-R1 did not surpass Vexa-4 on any benchmark.')).toEqual([]);
  });
});

describe('an absolute "with <model> <participle>" clause', () => {
  it('the name after "with" is the participle\'s subject, not the family or its maker', () => {
    expect(rivals('Zenco Inc has released the Zeta 3 family, with the Zeta 3 Max model surpassing Vexa-4 in several tests.')).toEqual(['Zeta 3 Max -competes_with-> Vexa-4']);
    expect(rivals('Zenco Inc launched the Zeta 3 family, with its flagship Zeta 3 Max beating Vexa-4 on key benchmarks.')).toEqual(['Zeta 3 Max -competes_with-> Vexa-4']);
  });

  it('a plain "with" after a verb of working keeps no rivalry', () => {
    expect(rivals('Zenco Inc released the Zeta 3 family, with Zeta 3 Max running on Qorva chips.')).toEqual([]);
    expect(rivals('Zenco Inc worked with Zeta Labs on the Zeta 3 family.')).toEqual([]);
  });
});

describe('matching or exceeding another model\'s performance', () => {
  it('"matches or exceeds the capabilities of", "matches X\'s performance", "on par with", "comparable performance to"', () => {
    expect(rivals('Zenco Inc released Zeta-R1, an open reasoning model that matches or exceeds the capabilities of Qorva\'s Vexa-4 model.')).toContain('Zeta-R1 -competes_with-> Vexa-4');
    expect(rivals('Zeta-R1 matches Vexa-4\'s performance at a fraction of the cost.')).toEqual(['Zeta-R1 -competes_with-> Vexa-4']);
    expect(rivals('The Zeta-R1 model is nearly on par with Qorva\'s most advanced model, Vexa-4.')).toEqual(['Zeta-R1 -competes_with-> Vexa-4']);
    expect(rivals('Zenco Inc unveiled Zeta-32B, which offers comparable performance to Vexa-4 while using less data.')).toEqual(['Zeta-32B -competes_with-> Vexa-4']);
  });

  it('a price, an expectation, a negation or a modal states no parity', () => {
    expect(rivals('Zeta-R1 matches the price of Vexa-4 in most markets.')).toEqual([]);
    expect(rivals('Zeta-R1 exceeded the expectations of Qorva Inc.')).toEqual([]);
    expect(rivals('The Zeta-R1 model is not on par with Vexa-4.')).toEqual([]);
    expect(rivals('Zeta-R1 could match Vexa-4\'s performance next year.')).toEqual([]);
    expect(rivals('Zenco Inc unveiled Zeta-32B, which offers comparable prices to Vexa-4.')).toEqual([]);
  });
});

describe('a backer in a compound before a passive\'s maker', () => {
  it('the backed firm makes the thing, not its backer', () => {
    expect(develops('Zenco Inc makes chips. Zapp, the chatbot that was developed by the Zenco-backed Qorva AI, grew fast.')).toEqual(['Qorva AI -develops-> Zapp']);
    expect(develops('Zenco Inc makes chips. Zapp, the chatbot developed by Zenco-backed Qorva AI, grew fast.')).toEqual(['Qorva AI -develops-> Zapp']);
  });
  it('a plain agent still makes the thing', () => {
    expect(develops('Zapp, the chatbot that was developed by Qorva AI, grew fast.')).toEqual(['Qorva AI -develops-> Zapp']);
  });
});

describe('agentAfter past a known backer\'s compound', () => {
  // Word lists as the clause reader sees them: a backer the lexicon knows stays a mention of its own ("@1 - backed @2").
  const lists = (words: string[]): Map<number, MentionList> => {
    const map = new Map<number, MentionList>();
    words.forEach((w, i) => {
      if (!/^@\d+$/.test(w)) return;
      const n = Number(w.slice(1));
      map.set(n, { members: [n], first: i, last: i });
    });
    return map;
  };
  const agent = (words: string[]): number[] | undefined => agentAfter(words, 2, lists(words))?.members;

  it('the name the compound describes is the agent', () => {
    expect(agent(['@0', 'was', 'developed', 'by', 'the', '@1', '-', 'backed', '@2', '.'])).toEqual([2]);
    expect(agent(['@0', 'was', 'developed', 'by', '@1', '-', 'funded', '@2', '.'])).toEqual([2]);
  });

  it('a plain agent, a list or an apposition is read as before', () => {
    expect(agent(['@0', 'was', 'developed', 'by', '@1', '.'])).toEqual([1]);
    expect(agent(['@0', 'was', 'developed', 'by', '@1', ',', 'a', 'unit', 'of', '@2', '.'])).toEqual([1]);
    expect(agent(['@0', 'was', 'developed', 'by', '@1', '-', 'a', '@2', 'unit', '.'])).toEqual([1]);
  });
});
