import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rivals4 (stop 102), from rivalry news told without a core rival word (rival-stands-against.ts): a firm that lost out to
// another, an alliance formed against another, a position staked out against another, a fight for a market's prize, an aside's
// second description naming the firm's rival. Sentences made up for the tests.

const OPENING = 'Zenco Inc, Qorva Inc, Vexa Inc and Borin Inc reported results.';
const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(`${OPENING} ${text}`)).sort();

describe('rivalry told by a stand against a rival', () => {
  it.each([
    ['Until recently Zenco lost out to Qorva and Borin.', ['Zenco -competes_with-> Borin', 'Zenco -competes_with-> Qorva']],
    ['Zenco joined hands with Vexa to form an alliance against Qorva.', ['Vexa -competes_with-> Qorva', 'Zenco -competes_with-> Qorva']],
    ['Zenco formed an alliance with Vexa against Qorva.', ['Vexa -competes_with-> Qorva', 'Zenco -competes_with-> Qorva']],
    ['Zenco has positioned itself against Qorva.', ['Zenco -competes_with-> Qorva']],
    ['Zenco is fighting Qorva for dominance in chips.', ['Zenco -competes_with-> Qorva']],
    ["Vexa, the Ruritanian ride-hailer and Qorva's biggest competitor, raised prices.", ['Vexa -competes_with-> Qorva']],
  ])('"%s"', (text, claims) => {
    expect(rivals(text)).toEqual(claims);
  });
});

describe('near misses stay unread', () => {
  it.each([
    'Zenco lost out on a contract to build a bridge.',
    "Zenco lost out to Qorva's bid for the contract.",
    'Zenco formed an alliance with Qorva.',
    "Zenco formed an alliance against Qorva's plan.",
    'Zenco plans to form an alliance with Vexa against Qorva.',
    'Zenco is fighting Qorva for control of Vexa.',
    "Vexa, the Ruritanian ride-hailer and Qorva's biggest customer, raised prices.",
    "Zenco's founder lost his battle against cancer.",
    'Zenco was fined under competition law.',
    'Zenco did not lose out to Qorva.',
  ])('"%s"', (text) => {
    expect(rivals(text)).toEqual([]);
  });
});

describe('where rivals battle it out is no rival', () => {
  it.each([
    ["As Qorva and Zenco battle it out in Zembla City's crowded market, prices fell.", ['Qorva -competes_with-> Zenco']],
    ["Qorva and Zenco compete in Zembla City's crowded market.", ['Qorva -competes_with-> Zenco']],
    ["Zenco and Qorva battle it out in Zembla's market.", ['Zenco -competes_with-> Qorva']],
    // The rival's own market keeps its owner a rival.
    ["Qorva competes in Vexa's home market.", ['Qorva -competes_with-> Vexa']],
  ])('"%s"', (text, claims) => {
    expect(rivals(text)).toEqual(claims);
  });
});
