import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 55's third round of bans readers: an employer's staff denied a tool is the employer's ban on
// it ("its employees will not be allowed to use …"), the negation inside the trigger. Sentences
// written for the tests.

describe("an employer's staff denied a tool", () => {
  it.each([
    ['Samsung said its employees will not be allowed to use ChatGPT.', 'Samsung -banned-> ChatGPT'],
    ['Samsung employees are no longer allowed to use ChatGPT.', 'Samsung -banned-> ChatGPT'],
    ['Under the new policy, Samsung staff cannot use ChatGPT.', 'Samsung -banned-> ChatGPT'],
    ["Apple's employees are prohibited from using ChatGPT.", 'Apple -banned-> ChatGPT'],
  ])('"%s"', (text, claim) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual([claim]);
  });

  it('a state\'s civil servants denied a list of apps: each is banned', () => {
    expect(only('banned')(scoredClaimsOf('France said its civil servants will not be allowed to use apps such as Candy Crush, Netflix and Tinder.')).sort()).toEqual([
      'France -banned-> Candy Crush',
      'France -banned-> Netflix',
      'France -banned-> Tinder',
    ]);
  });

  it('staff allowed a tool ban nothing', () => {
    expect(scoredClaimsOf('Samsung employees can use ChatGPT.')).toEqual([]);
  });
});
