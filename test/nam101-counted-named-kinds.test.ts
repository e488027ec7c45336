import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf } from './extract-helpers';

// Helper nam101 (stop 101): names of things a possessor counts or grades before them were lost; sentences made up for the tests.

const develops = (text: string): string[] => claimsOf(text).filter((c) => c.includes('-develops->'));

describe('a possessor\'s things counted or graded before their name and kind are its own', () => {
  it.each([
    ["Qorva's three “Orion” models were released.", ['Qorva -develops-> Orion']],
    ["Zenco's four “Vexa” chips power the machine.", ['Zenco -develops-> Vexa']],
    ["Zenco's two “Vexa” chips power the machine.", ['Zenco -develops-> Vexa']],
    ["Qorva's three new “Orion” phones went on sale.", ['Qorva -develops-> Orion']],
    ["Analysts tested Qorva's two “Zeta” headsets last week.", ['Qorva -develops-> Zeta']],
    ["Qorva's six 3-nanometre ‘Orion’ processors sold out.", ['Qorva -develops-> Orion']],
    ["Zenco's two latest \"Zembla\" models beat rivals.", ['Zenco -develops-> Zembla']],
    ["Zenco's five 72-core “Vexa” chips run the site.", ['Zenco -develops-> Vexa']],
    ['Qorva’s 8K ‘Orion’ television costs $900.', ['Qorva -develops-> Orion']],
    ["Qorva's 4K “Orion” television costs $900.", ['Qorva -develops-> Orion']],
    ["Qorva's 5G “Zeta” modem went on sale.", ['Qorva -develops-> Zeta']],
    ["Zenco's 5G Vexa router costs $900.", ['Zenco -develops-> Vexa']],
  ])('"%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });

  it.each([
    // A count of people, or of another firm's people, shares, deals or plants.
    ["Zenco's 300 engineers left."],
    ["Zenco's four Qorva employees quit."],
    ["Zenco's three Qorva shares rose."],
    ["Zenco's two Qorva deals closed."],
    ["Zenco's three Qorva plants closed."],
    // A count in digits may be of bought things; a grade before no kind of thing.
    ["Zenco's 10,000 Qorva GPUs run the site."],
    ["Zenco's 5G Qorva rollout stalled."],
    // Quoted words that are no names.
    ["Zenco's so-called “smart” chips sold well."],
    ["Qorva's 'AI-first' strategy failed."],
  ])('"%s" tells of no thing the possessor makes', (text) => {
    expect(develops(text)).toEqual([]);
  });
});

describe('a grade in capitals before a model\'s name is no part of it', () => {
  it.each([
    ["Zenco's 8K Vexa monitors are expensive.", ['Zenco -develops-> Vexa']],
    ["Zenco's 8K Vexa monitor is expensive.", ['Zenco -develops-> Vexa']],
    ["Qorva's 4K Orion television costs $900.", ['Qorva -develops-> Orion']],
    ['Zenco launched its 5G Vexa router in May.', ['Zenco -develops-> Vexa']],
    ['Zenco unveiled a new 8K Orion projector.', ['Zenco -develops-> Orion']],
  ])('"%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
    expect(entitiesOf(text).some((e) => /\b[48]K |5G /.test(e))).toBe(false);
  });

  it('keeps a body named after a grade whole', () => {
    expect(entitiesOf('Zenco joined the 5G Automotive Association.').some((e) => e.startsWith('Automotive'))).toBe(false);
  });
});
