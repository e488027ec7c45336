import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rnk101 (stop 101): rivalry told through ranks and battles. Sentences made up for the tests.

/** The rival pairs of a text, each written in name order (competes_with is undirected). */
const rivalPairs = (text: string): string[] =>
  only('competes_with')(scoredClaimsOf(text))
    .map((c) => c.split(' -competes_with-> ').sort().join(' ~ '))
    .sort();

const madeThings = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a firm named after a ranked maker\'s comparing word is a rival, never a thing made', () => {
  it.each([
    ['Zenco is the second-largest maker of phones behind Qorva.', ['Qorva ~ Zenco']],
    ['Zenco is the No. 2 maker of chips after Qorva.', ['Qorva ~ Zenco']],
    ['Zenco is the biggest producer of panels ahead of Qorva.', ['Qorva ~ Zenco']],
    ["Zenco is the world's No. 2 smartphone maker behind Qorva.", ['Qorva ~ Zenco']],
    ['Zenco is the third-biggest seller of laptops after Qorva and Vexa.', ['Qorva ~ Zenco', 'Vexa ~ Zenco']],
    ['Zenco became the second-largest maker of phones behind Qorva last year.', ['Qorva ~ Zenco']],
    ['Zenco, the second-largest maker of phones behind Qorva, said on Monday that sales rose.', ['Qorva ~ Zenco']],
    ['Zenco is a bigger maker of phones than Qorva.', ['Qorva ~ Zenco']],
    ["Zenco remains the country's third-largest brewer of beer behind Qorva.", ['Qorva ~ Zenco']],
    ['Zenco is the No. 3 vendor of servers after Qorva and Vexa.', ['Qorva ~ Zenco', 'Vexa ~ Zenco']],
    ['Zenco is the top seller of laptops ahead of Qorva and Vexa.', ['Qorva ~ Zenco', 'Vexa ~ Zenco']],
  ])('"%s"', (text, pairs) => {
    expect(madeThings(text)).toEqual([]);
    expect(rivalPairs(text)).toEqual(pairs);
  });

  it.each([
    // A thing made keeps its maker, whatever follows it.
    ['Zenco is the maker of Zeta.', ['Zenco -develops-> Zeta'], []],
    ['Zenco is the company behind Zeta.', ['Zenco -develops-> Zeta'], []],
    ['Zenco is the maker of Zeta behind the Z9 launch.', ['Zenco -develops-> Zeta'], []],
    // A rank with no kind of firm names no market.
    ['Zenco ranks behind Qorva in pay.', [], []],
    // No rank: the name after "after" is what happened.
    ['Zenco is a maker of phones after buying Qorva.', [], []],
    ['Zenco became the largest maker of chips after Qorva went bust.', [], []],
  ])('near miss "%s"', (text, made, pairs) => {
    expect(madeThings(text)).toEqual(made);
    expect(rivalPairs(text)).toEqual(pairs);
  });
});

describe("a battle after an owner's describing word is the owner's, not the verb of firms named before it", () => {
  it.each([
    ["Zenco's bosses worry more about rivals Qorva and Vexa than about Zenco's long battle with Lumo and Borin.", ['Borin ~ Zenco', 'Lumo ~ Zenco', 'Qorva ~ Zenco', 'Vexa ~ Zenco']],
    ["Rivals Qorva and Vexa matter less to Zenco than Zenco's long battle with Lumo.", ['Lumo ~ Zenco']],
    ["Zenco's bosses worry more about rivals Qorva and Vexa than about Zenco's ongoing battle with Lumo.", ['Lumo ~ Zenco', 'Qorva ~ Zenco', 'Vexa ~ Zenco']],
    ["Zenco's bosses worry more about rivals Qorva and Vexa than about Zenco's bitter battle with Lumo and Borin.", ['Borin ~ Zenco', 'Lumo ~ Zenco', 'Qorva ~ Zenco', 'Vexa ~ Zenco']],
    // The owner left unresolved: no pair at all rather than the wrong one.
    ["Zenco's bosses fret about rivals Qorva and Vexa more than about the company's long battle with Lumo.", ['Qorva ~ Zenco', 'Vexa ~ Zenco']],
  ])('"%s"', (text, pairs) => {
    expect(rivalPairs(text)).toEqual(pairs);
  });

  it.each([
    // A verb after an owner's noun stays a verb.
    ["Zenco's new chip rivals Zeta.", ['Zenco ~ Zeta']],
    // A battle with no firm.
    ["Zenco's long battle with cancer ended.", []],
  ])('near miss "%s"', (text, pairs) => {
    expect(rivalPairs(text)).toEqual(pairs);
  });
});

describe('a rival statement carried on by an ellipsis', () => {
  it.each([
    ["Slack is one of Zenco's rivals, as are Qorva and Vexa.", ['Qorva ~ Zenco', 'Slack ~ Zenco', 'Vexa ~ Zenco']],
    ["Lumo is one of Zenco's main rivals, as is Qorva.", ['Lumo ~ Zenco', 'Qorva ~ Zenco']],
    ["Lumo was among Zenco's competitors, as were Qorva, Vexa and Borin.", ['Borin ~ Zenco', 'Lumo ~ Zenco', 'Qorva ~ Zenco', 'Vexa ~ Zenco']],
    ['Qorva competes with Zenco, as does Vexa.', ['Qorva ~ Zenco', 'Vexa ~ Zenco']],
    ['Qorva challenges Zenco, and so does Vexa.', ['Qorva ~ Zenco', 'Vexa ~ Zenco']],
    ['Qorva competed with Zenco in phones, as did Vexa.', ['Qorva ~ Zenco', 'Vexa ~ Zenco']],
    ['Qorva rivals Zenco, as do Vexa and Lumo.', ['Lumo ~ Zenco', 'Qorva ~ Zenco', 'Vexa ~ Zenco']],
  ])('"%s"', (text, pairs) => {
    expect(rivalPairs(text)).toEqual(pairs);
  });

  it.each([
    ["Zenco is one of Qorva's rivals, as are its shares.", ['Qorva ~ Zenco']],
    ['Qorva competes with Zenco, as does its chief executive.', ['Qorva ~ Zenco']],
    ['Qorva does not compete with Zenco, and neither does Vexa.', []],
    ['Qorva praised Zenco, as did Vexa.', []],
  ])('near miss "%s"', (text, pairs) => {
    expect(rivalPairs(text)).toEqual(pairs);
  });
});

describe("a challenger 'yet' to a leader, and a leader's No. 1 spot taken", () => {
  it.each([
    ['Zenco is the biggest challenger yet to Qorva.', ['Qorva ~ Zenco']],
    ['Zenco has emerged as the strongest challenger so far to Qorva.', ['Qorva ~ Zenco']],
    ['Zenco is the toughest rival ever to Qorva and Vexa.', ['Qorva ~ Zenco', 'Vexa ~ Zenco']],
    ["Zenco grabbed Qorva's No. 1 spot.", ['Qorva ~ Zenco']],
    ["Zenco has grabbed Qorva's No. 1 spot among phone makers.", ['Qorva ~ Zenco']],
  ])('"%s"', (text, pairs) => {
    expect(rivalPairs(text)).toEqual(pairs);
  });

  it.each([
    ['Zenco is a challenger yet to turn a profit.', []],
    ["Zenco grabbed Qorva's No. 1 engineer.", []],
  ])('near miss "%s"', (text, pairs) => {
    expect(rivalPairs(text)).toEqual(pairs);
  });
});
