import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper riv90b, from the eightieth fresh sample (rivalry stated indirectly): a fronted purpose "To compete with A and B, X …"; a
// fronted clause of buying "two of its competitors (A and B)"; names the subject acts on, then called "its rivals"; a firm that
// "sees X as competition"; a rank taken from a firm ("replaced Qorva as the second-largest agency") or a leader passed ("surpassed
// market leader Qorva"). Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text)).sort();

describe('a fronted purpose clause names the subject\'s rivals', () => {
  it('"To compete with A and B, X …": X against each', () => {
    expect(rivals('To compete with Qorva Corp. and Vexa Group, Zenco Inc. has issued its own list.')).toEqual([
      'Zenco Inc -competes_with-> Qorva Corp',
      'Zenco Inc -competes_with-> Vexa Group',
    ]);
    expect(rivals('To take on Qorva Corp., Zenco Inc. cut its prices by half.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
  });

  it('no subject of the purpose, or another act, gives no rivalry', () => {
    expect(rivals('To compete with Qorva Corp., regulators say Zenco Inc. must cut prices.')).toEqual([]);
    expect(rivals('To work with Qorva Corp. and Vexa Group, Zenco Inc. hired engineers.')).toEqual([]);
    expect(rivals('To comply with rules set by Qorva Corp., Zenco Inc. hired lawyers.')).toEqual([]);
    expect(rivals('To supply Qorva Corp., Zenco Inc. opened a plant.')).toEqual([]);
  });
});

describe('a fronted clause of buying the subject\'s rivals', () => {
  it('"Since acquiring two of its largest competitors (A and B), X …": X against each', () => {
    expect(rivals('Since acquiring two of its largest competitors (Qorva Corp. and Vexa Group), Zenco Inc. cemented its lead.')).toEqual([
      'Zenco Inc -competes_with-> Qorva Corp',
      'Zenco Inc -competes_with-> Vexa Group',
    ]);
    expect(rivals('After buying its rival Qorva Corp., Zenco Inc. cemented its lead.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
  });

  it('a former rival, a supplier, a rival\'s supplier or units sold are no rivals', () => {
    expect(rivals('Since acquiring its former rival Qorva Corp., Zenco Inc. has grown.')).toEqual([]);
    expect(rivals('Since acquiring its supplier Qorva Corp., Zenco Inc. has grown.')).toEqual([]);
    expect(rivals('After selling two of its units, Qorva Corp. and Vexa Group, Zenco Inc. shrank.')).toEqual([]);
    expect(rivals("Since acquiring two of its rivals' suppliers, Qorva Corp. and Vexa Group, Zenco Inc. has grown.")).toEqual([]);
  });
});

describe('names the subject acts on, then called "its rivals"', () => {
  it('"X is considered a clone of A and B, its more established rivals": X against each', () => {
    expect(rivals('Zenco Inc. is widely considered a clone of Qorva Corp. and Borin Ltd, its more established rivals.')).toEqual([
      'Zenco Inc -competes_with-> Borin Ltd',
      'Zenco Inc -competes_with-> Qorva Corp',
    ]);
  });

  it('former rivals, customers, a founder or a rival\'s chief are no rivals', () => {
    expect(rivals('Zenco Inc. hired Qorva Corp. and Borin Ltd, its former rivals.')).toEqual([]);
    expect(rivals('Zenco Inc. supplies chips to Qorva Corp. and Borin Ltd, its customers.')).toEqual([]);
    expect(rivals("Zenco Inc. hired John Smith, its rival's former chief.")).toEqual([]);
    expect(rivals('Zenco Inc. is widely considered a clone of John Smith, its founder.')).toEqual([]);
  });
});

describe('a firm that sees another as competition', () => {
  it('"brands from A and B now see X as competition": X against each', () => {
    expect(rivals('Brands from Qorva Corp. and Borin Ltd now see Zenco Inc. as competition.')).toEqual([
      'Zenco Inc -competes_with-> Borin Ltd',
      'Zenco Inc -competes_with-> Qorva Corp',
    ]);
    expect(rivals('Qorva Corp. views Zenco Inc. as a serious rival.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
  });

  it('a negation, a partner, an acquisition or another firm\'s rival is no rivalry of the two', () => {
    expect(rivals('Qorva Corp. does not see Zenco Inc. as competition.')).toEqual([]);
    expect(rivals('Qorva Corp. sees Zenco Inc. as a partner.')).toEqual([]);
    expect(rivals('Qorva Corp. sees Zenco Inc. as a potential acquisition.')).toEqual([]);
    expect(rivals('Qorva Corp. sees Zenco Inc. as a rival to Vexa Group.')).not.toContain('Zenco Inc -competes_with-> Qorva Corp');
  });
});

describe('a rank taken from a firm, or a leader passed', () => {
  it('"replaced Qorva as the second-largest agency", "surpassed market leader Qorva": the two compete', () => {
    expect(rivals('Zenco Inc. now claims to have replaced Qorva Corp. as the second-largest agency.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
    expect(rivals('Last year Zenco Inc. surpassed market leader Qorva Corp. in room nights.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
    expect(rivals('Zenco Inc. overtook Qorva Corp. as the top seller of fridges.')).toEqual(['Zenco Inc -competes_with-> Qorva Corp']);
  });

  it('a role, a rank among owners or sponsors, a negation or a hire gives no rivalry', () => {
    expect(rivals('Zenco Inc. replaced Qorva Corp. as its supplier.')).toEqual([]);
    expect(rivals('Zenco Inc. replaced Qorva Corp. as the largest shareholder of Vexa Group.')).toEqual([]);
    expect(rivals('Zenco Inc. replaced Qorva Corp. as the main sponsor of the league.')).toEqual([]);
    expect(rivals('Zenco Inc. replaced Qorva Corp. as the auditor of Vexa Group.')).toEqual([]);
    expect(rivals('Zenco Inc. has not surpassed market leader Qorva Corp. yet.')).toEqual([]);
    expect(rivals('Zenco Inc. hired the market leader Qorva Corp. as its adviser.')).toEqual([]);
    expect(rivals('Zenco Inc. surpassed expectations in the quarter.')).toEqual([]);
  });
});

describe('makers joined by "and" and a court case are no rivals', () => {
  it('gives no rivalry', () => {
    expect(rivals('Zembla producers Zenco Electronics and Qorva Electronics, which make fridges, raised prices.')).toEqual([]);
    expect(rivals('The court ruled in Zenco Inc. v. Qorva Corp. last year.')).toEqual([]);
    expect(rivals('Zenco Inc. and Qorva Corp. continued to fight in court.')).toEqual([]);
  });
});
