import { describe, expect, it } from 'vitest';
import { entitiesOf, extract } from './extract-helpers';

// Families of wrong names a reader of a real graph sees (issue 17 §3), on sentences written for
// this test: openers and titles taken for people, titles kept in names, a first name alone.

const people = (text: string): string[] => entitiesOf(text).filter((e) => e.endsWith('(person)'));

describe('people are named without their titles', () => {
  it.each([
    ['Commerce Secretary Paul Aster announced the rule.', 'Paul Aster (person)'],
    ['“We will act,” said FTC Chairwoman Mary Q. Dorn.', 'Mary Q. Dorn (person)'],
    ['I thank Prime Minister Novak for his work on the file.', 'Novak (person)'],
    ['Vice President Ana Ruiz met the delegation.', 'Ana Ruiz (person)'],
  ])('"%s" → %s', (text, person) => {
    expect(people(text)).toEqual([person]);
  });

  it('titles alone name nobody', () => {
    expect(people('Chief Executive Tim Cook said the chips were ready.')).toEqual(['Tim Cook (person)']);
  });

  it('the surname alone later in the article is the same person', () => {
    const record = extract('Commerce Secretary Paul Aster announced the rule. Aster said it was final.');
    const aster = record.entities.filter((e) => e.label.includes('Aster'));
    expect(aster.map((e) => e.label)).toEqual(['Paul Aster']);
    expect(aster[0]!.mentions).toHaveLength(2);
  });
});

describe('words that are no person', () => {
  it.each([
    'Thanks to founder Maria Lopez, the firm grew fast.',
    'Input from Executive Branch agencies shaped the order.',
    'The Congress and the Executive Branch have acted against Zenco.',
  ])('"%s"', (text) => {
    expect(people(text).filter((p) => /Thanks|Input|Executive/.test(p))).toEqual([]);
  });
});

describe("a person's first name is never their whole name", () => {
  it('keeps a surname that is also a company name', () => {
    expect(people('The unit is named after the pioneering engineer Albert Tesla, the inventor.')).toEqual(['Albert Tesla (person)']);
  });
});
