import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rv87b: competes_with told as an idiom — an edge held over a named rival, the pressure a rival puts on a firm, a contest
// fought between two named firms, and "rivals of Zenco in Zembla include …". Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('a competitive advantage or edge over a named rival', () => {
  it('held, won or owned by the firm tells the rivalry', () => {
    expect(rivals('Zenco gained a competitive advantage over Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco has long enjoyed a significant competitive edge over Qorva in Japan.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals("Zenco's competitive advantage over Qorva is its chip design.")).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco, the payments startup, holds a clear competitive edge over Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('an advantage over no one named, over a state, or denied tells none', () => {
    expect(rivals('Zenco gained a competitive advantage over rivals.')).toEqual([]);
    expect(rivals("Zenco's competitive advantage over Japan's exporters is small.")).toEqual([]);
    expect(rivals('Zenco has no competitive advantage over Qorva.')).toEqual([]);
    expect(rivals('Zenco did not gain a competitive advantage over Qorva.')).toEqual([]);
    expect(rivals('Zenco may gain a competitive advantage over Qorva.')).toEqual([]);
  });
});

describe('competitive pressure coming from a rival', () => {
  it('"Zenco\'s main competitive pressure comes from Qorva"', () => {
    expect(rivals("Zenco's main competitive pressure comes from Qorva.")).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals("Zenco's biggest competitive pressure now comes from Qorva.")).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('pressure from a regulator is no rivalry', () => {
    expect(rivals("Zenco's main competitive pressure comes from the FTC.")).toEqual([]);
    expect(rivals("Zenco's main pressure comes from Qorva.")).toEqual([]);
  });
});

describe('a contest fought between two named firms', () => {
  it('a war, battle or race fought or raging between them', () => {
    expect(rivals('The next war is being fought between giants Qorva and Vexa.')).toEqual(['Qorva -competes_with-> Vexa']);
    expect(rivals('The battle for cloud customers is now being fought between Zenco and Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('The race for faster chips is increasingly being waged between Zenco and Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('a court or takeover fight, or a war between states, is no rivalry', () => {
    expect(rivals('A legal battle is being fought between Zenco and Qorva.')).toEqual([]);
    expect(rivals('The court battle being fought between Zenco and Qorva drags on.')).toEqual([]);
    expect(rivals('A war was fought between Japan and China.')).toEqual([]);
    expect(rivals('The battle is being fought between regulators and Zenco.')).toEqual([]);
  });
});

describe('"Rivals of Zenco in Zembla include …"', () => {
  it('a place between the firm and the list', () => {
    expect(rivals('Rivals of Zenco in Japan include Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Rivals of Zenco in the region include Qorva and Vexa.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(rivals('Competitors of Zenco in India include Qorva and Vexa.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
  });

  it('a list of other things is no rivalry', () => {
    expect(rivals('Customers of Zenco in Japan include Qorva.')).toEqual([]);
  });
});
