import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cp86, from a fresh rivals sample: rivals named after a sentence stating a contest, the firms a race or market is led by, a
// firm's rivals named in the first person in a quote, and a possessive's thing set against another's. Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('a contest stated, its parties listed in the next sentence', () => {
  it('a firm facing competition, then a list of firms that sell or make the same kind of thing', () => {
    expect(rivals('Zenco Inc faces stiff competition. Qorva Labs, Vexa Systems and Zembla Robotics all sell delivery robots.')).toEqual([
      'Zenco Inc -competes_with-> Qorva Labs',
      'Zenco Inc -competes_with-> Vexa Systems',
      'Zenco Inc -competes_with-> Zembla Robotics',
    ]);
    expect(rivals('Zenco Inc faces fierce competition in drones. Qorva Labs and Vexa Systems both make delivery drones.')).toEqual([
      'Zenco Inc -competes_with-> Qorva Labs',
      'Zenco Inc -competes_with-> Vexa Systems',
    ]);
    expect(rivals('Zenco Inc has growing competition at home. Qorva Labs and Vexa Systems have launched cheaper scooters.')).toEqual([
      'Zenco Inc -competes_with-> Qorva Labs',
      'Zenco Inc -competes_with-> Vexa Systems',
    ]);
  });

  it('the contest faced in a place, or rivals counted instead of competition', () => {
    expect(rivals('Zenco Inc faces tough competition in Zembla. Qorva Labs and Vexa Systems all make electric scooters.')).toEqual([
      'Zenco Inc -competes_with-> Qorva Labs',
      'Zenco Inc -competes_with-> Vexa Systems',
    ]);
    expect(rivals('Zenco Inc has many rivals. Qorva Labs and Vexa Systems both sell robot vacuums.')).toEqual([
      'Zenco Inc -competes_with-> Qorva Labs',
      'Zenco Inc -competes_with-> Vexa Systems',
    ]);
  });

  it('a contest stated with no firm named, then the list of firms selling the same kind of thing: each other\'s rivals', () => {
    expect(rivals('Competition is heating up. Qorva Labs and Vexa Systems launched chatbots last month.')).toEqual(['Qorva Labs -competes_with-> Vexa Systems']);
    expect(rivals('The competition is fierce. Qorva Labs, Vexa Systems and Lumo Corp all sell meal kits.')).toEqual([
      'Qorva Labs -competes_with-> Lumo Corp',
      'Qorva Labs -competes_with-> Vexa Systems',
      'Vexa Systems -competes_with-> Lumo Corp',
    ]);
    expect(rivals('Competition has intensified. Qorva Labs and Vexa Systems both offer cloud storage.')).toEqual(['Qorva Labs -competes_with-> Vexa Systems']);
  });

  it('no contest, a list aimed at a party, a negated or planned verb, or a law of competition: no rivals', () => {
    // The list sells to, or makes things for, a firm: its suppliers, no rivals.
    expect(rivals('Zenco Inc faces stiff competition. Qorva Labs and Vexa Systems make parts for Zenco Inc.')).toEqual([]);
    expect(rivals('Zenco Inc faces stiff competition. Qorva Labs and Vexa Systems sell to hospitals.')).toEqual([]);
    expect(rivals('Competition is heating up. Qorva Labs and Vexa Systems do not sell robots.')).toEqual([]);
    expect(rivals('Competition is heating up. Qorva Labs and Vexa Systems plan to sell robots.')).toEqual([]);
    expect(rivals('Competition is not fierce. Qorva Labs and Vexa Systems sell robots.')).toEqual([]);
    expect(rivals('Zenco Inc faces competition law scrutiny. Qorva Labs and Vexa Systems sell robots.')).toEqual([]);
    // A verb aimed back at the firm, or an object that is no kind of thing sold.
    expect(rivals('Zenco Inc faces stiff competition. Qorva Labs and Vexa Systems make batteries for it.')).toEqual([]);
    expect(rivals('Zenco Inc faces stiff competition. Qorva Labs and Vexa Systems made a deal on Tuesday.')).toEqual([]);
    expect(rivals('Competition is heating up. Qorva Labs and Vexa Systems sold their stakes in Zenco Inc.')).toEqual([]);
    // The sentence before states no contest.
    expect(rivals('Demand is heating up. Qorva Labs and Vexa Systems sell robots.')).toEqual([]);
    // The list does not open the sentence: its partners, customers.
    expect(rivals('Zenco Inc faces stiff competition. Its partners Qorva Labs and Vexa Systems sell robots.')).toEqual([]);
  });

  it('a blank line between the contest and the list: no rivals', () => {
    expect(rivals('Competition is heating up.\n\nQorva Labs and Vexa Systems launched chatbots last month.')).toEqual([]);
  });
});

describe('the firms a race or market is led by', () => {
  it('"led by", "dominated by", "where A and B lead": each other\'s rivals', () => {
    expect(rivals('In the race for quantum chips, led by Zenco Inc and Qorva Labs, smaller firms struggle.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Lumo Corp is a newcomer in a market dominated by Zenco Inc and Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Lumo Corp is new to the field, where Zenco Inc and Qorva Labs lead.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('The segment, long ruled by Zenco Inc, Qorva Labs and Vexa Systems, is shrinking.')).toEqual([
      'Qorva Labs -competes_with-> Vexa Systems',
      'Zenco Inc -competes_with-> Qorva Labs',
      'Zenco Inc -competes_with-> Vexa Systems',
    ]);
  });

  it('"the race to build", "which is dominated by", "now dominated by"', () => {
    expect(rivals('In the race to build quantum chips, led by Zenco Inc and Qorva Labs, smaller firms struggle.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Lumo Corp wants a share of the smartphone market, which is dominated by Zenco Inc and Qorva Labs.')).toContain('Zenco Inc -competes_with-> Qorva Labs');
    expect(rivals('Lumo Corp wants a share of a market now dominated by Zenco Inc and Qorva Labs.')).toContain('Zenco Inc -competes_with-> Qorva Labs');
  });

  it('one firm, a consortium or round led by firms, the stock market, people: no rivals', () => {
    expect(rivals('Lumo Corp entered a market dominated by Zenco Inc.')).toEqual(['Lumo Corp -competes_with-> Zenco Inc']);
    expect(rivals('The consortium, led by Zenco Inc and Qorva Labs, won the contract.')).toEqual([]);
    expect(rivals('The funding round, led by Zenco Inc and Qorva Labs, raised $50 million.')).toEqual([]);
    expect(rivals('The stock market, led by Zenco Inc and Qorva Labs, rose on Friday.')).toEqual([]);
    expect(rivals('The race, led by Jan Smith and Maria Lopez, ended in a tie.')).toEqual([]);
    expect(rivals('The market, led by Zenco Inc and Qorva Labs shares, rose on Friday.')).toEqual([]);
  });
});

describe('a firm\'s rivals named in the first person in a quote', () => {
  it('"We compete with A and B," said the firm or its chief', () => {
    expect(rivals('"We compete with Zenco Inc and Qorva Labs," said Vexa Systems\' chief executive.')).toEqual([
      'Vexa Systems -competes_with-> Qorva Labs',
      'Vexa Systems -competes_with-> Zenco Inc',
    ]);
    expect(rivals('"We compete with Zenco Inc every day," Vexa Systems chief executive Jan Smith said.')).toEqual(['Vexa Systems -competes_with-> Zenco Inc']);
    expect(rivals('"We compete directly with Zenco Inc," said Jan Smith, chief executive of Vexa Systems.')).toEqual(['Vexa Systems -competes_with-> Zenco Inc']);
    expect(rivals('"We are competing with Zenco Inc," Vexa Systems said in a statement.')).toEqual(['Vexa Systems -competes_with-> Zenco Inc']);
    expect(rivals('"Our main rivals are Zenco Inc and Qorva Labs," Vexa Systems said.')).toEqual([
      'Vexa Systems -competes_with-> Qorva Labs',
      'Vexa Systems -competes_with-> Zenco Inc',
    ]);
  });

  it('a negated, planned or past rivalry, partners, or no firm speaking: no rivals', () => {
    expect(rivals('"We do not compete with Zenco Inc," said Vexa Systems\' chief executive.')).toEqual([]);
    expect(rivals('"We will compete with Zenco Inc," said Vexa Systems\' chief executive.')).toEqual([]);
    expect(rivals('"We used to compete with Zenco Inc," said Vexa Systems\' chief executive.')).toEqual([]);
    expect(rivals('"We work with Zenco Inc and Qorva Labs," said Vexa Systems\' chief executive.')).toEqual([]);
    expect(rivals('"Our customers are Zenco Inc and Qorva Labs," said Vexa Systems\' chief executive.')).toEqual([]);
    expect(rivals('"Our former rivals are Zenco Inc and Qorva Labs," Vexa Systems said.')).toEqual([]);
  });
});

describe('a possessive\'s thing set against another\'s', () => {
  it('"Zenco\'s Zeta rivals Qorva\'s Vexa": the things compete', () => {
    expect(rivals("Zenco's Zeta phone rivals Qorva's Vexa phone in battery life.")).toContain('Zeta -competes_with-> Vexa');
    expect(rivals("Zenco's Zeta-2 goes up against Qorva's Vexa phone.")).toContain('Zeta-2 -competes_with-> Vexa');
    expect(rivals("Zenco's latest chip rivalled Qorva's best parts.")).toEqual(['Zenco -competes_with-> Qorva']);
  });
});
