import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper allies (stop 103), partners who team up against a rival (allied-partners.ts, rival-stands-against.ts): each partner of a
// teaming-up, joining-forces, partnering or alliance frame competes with the rival named after "take on", "challenge", "compete
// with", "against", "rivals, including", "rivals:"; the partners are not each other's rivals unless the text says so. Sentences made
// up for the tests.

const OPENING = 'Zenco Inc, Qorva Inc, Vexa Inc and Borin Inc reported results.';
const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(`${OPENING} ${text}`)).sort();

const BOTH_BORIN = ['Qorva -competes_with-> Borin', 'Zenco -competes_with-> Borin'];

describe('each partner competes with the rival', () => {
  it.each([
    ['Zenco and Qorva are teaming up to take on rivals, including payments giant Borin.', BOTH_BORIN],
    ['Zenco and Qorva are teaming up to take on rivals, including Borin and Vexa.', [...BOTH_BORIN, 'Qorva -competes_with-> Vexa', 'Zenco -competes_with-> Vexa']],
    ['Zenco is teaming up with Qorva to take on rivals: payments giant Borin.', BOTH_BORIN],
    ['Zenco is joining forces with Qorva to take on rivals, including Borin.', BOTH_BORIN],
    ['Zenco teamed up with Qorva to take on Borin.', BOTH_BORIN],
    ['Zenco has teamed up with Qorva and Vexa to take on Borin.', [...BOTH_BORIN, 'Vexa -competes_with-> Borin']],
    ['Zenco is partnering with Qorva to challenge Borin.', BOTH_BORIN],
    ['Zenco joined forces with Qorva to compete with Borin.', BOTH_BORIN],
    ['Zenco teamed up with Qorva in a bid to take on Borin.', BOTH_BORIN],
    ['Zenco joined hands with Qorva to take on Borin and Vexa.', [...BOTH_BORIN, 'Qorva -competes_with-> Vexa', 'Zenco -competes_with-> Vexa']],
    ['Zenco joined forces with Qorva against Borin.', BOTH_BORIN],
    ['Zenco joined forces with Qorva against rival Borin.', BOTH_BORIN],
    ['Zenco has allied with Qorva against Borin.', BOTH_BORIN],
    ['Zenco has teamed up with Qorva against Borin and Vexa.', [...BOTH_BORIN, 'Qorva -competes_with-> Vexa', 'Zenco -competes_with-> Vexa']],
    ['Zenco partnered with Qorva in an alliance against Borin.', BOTH_BORIN],
    // "with rival Qorva" says the partners are rivals too: that stays.
    ['Zenco is teaming up with rival Qorva to take on Borin.', [...BOTH_BORIN, 'Zenco -competes_with-> Qorva']],
  ])('"%s"', (text, claims) => {
    expect(rivals(text)).toEqual([...claims].sort());
  });
});

describe('near misses', () => {
  it.each([
    'Zenco teamed up with Qorva to take on the market.',
    'Zenco teamed up with Qorva to take on debt.',
    'Zenco teamed up with Qorva to take on new staff.',
    'Zenco joined forces with Qorva against fraud.',
    'Zenco joined forces with Qorva against the ban.',
    'Zenco teamed up with Qorva, Borin said.',
    "Zenco joined forces with Qorva against Borin's plan.",
    'Zenco joined forces with Qorva against the wishes of Borin.',
    'Zenco joined forces with Qorva against Borin in a patent suit.',
    'Zenco teamed up with Qorva to challenge Borin in court.',
    'Zenco teamed up with Qorva to take on Borin as a client.',
    'Zenco may join forces with Qorva against Borin.',
    'Zenco has not joined forces with Qorva against Borin.',
    'Zenco and Qorva are teaming up against rivals.',
    'Qorva opened a new front with Zenco against Vexa.',
  ])('"%s"', (text) => {
    expect(rivals(text)).toEqual([]);
  });

  it.each([
    // Another clause's rivalry is its own: the partners take no part in it.
    ['Zenco partnered with Qorva; Borin, a rival of Vexa, fell.', ['Borin -competes_with-> Vexa']],
    ['Zenco teamed up with Qorva to help Borin take on Vexa.', ['Borin -competes_with-> Vexa']],
    ['Zenco teamed up with Qorva, which bought Vell to take on Borin.', ['Qorva -competes_with-> Borin']],
    // The partners' own rivalry, told before their teaming up, stays.
    ['Zenco and Qorva, once fierce rivals, are teaming up.', ['Zenco -competes_with-> Qorva']],
    ['Zenco and Qorva teamed up after years as fierce rivals.', ['Zenco -competes_with-> Qorva']],
    ['Zenco and Qorva are rivals.', ['Zenco -competes_with-> Qorva']],
  ])('"%s"', (text, claims) => {
    expect(rivals(text)).toEqual([...claims].sort());
  });
});
