import { describe, expect, it } from 'vitest';
import { claimsOf } from './extract-helpers';

// Helper exd101 (stop 101), from real rivalry news on phones, cloud services and cars: a rival's standing told with its
// possessive. Sentences made up for the tests.

const rivals = (text: string): string[] => claimsOf(text).filter((c) => c.includes('-competes_with->'));

describe("a firm taking a rival's crown or narrowing its lead competes with it", () => {
  it.each([
    ["Zenco is set to take Qorva's crown as the world's top phone maker.", ['Zenco -competes_with-> Qorva']],
    ['Zenco took Qorva\'s title as the best-selling carmaker last year.', ['Zenco -competes_with-> Qorva']],
    ["Zenco, the Chinese carmaker, is on track to claim Qorva's throne this year.", ['Zenco -competes_with-> Qorva']],
    ["Vexa Cloud has grabbed Qorva Cloud's crown in the cloud market.", ['Vexa Cloud -competes_with-> Qorva Cloud']],
    ["Zenco grabbed Qorva's number one spot in phones.", ['Zenco -competes_with-> Qorva']],
    ["Zenco usurped Qorva's mantle as the biggest laptop maker.", ['Zenco -competes_with-> Qorva']],
    ["Zenco aims to narrow Qorva's lead in the cloud market.", ['Zenco -competes_with-> Qorva']],
    ["Zenco and Vexa have cut Qorva's lead in smartphone shipments.", ['Vexa -competes_with-> Qorva', 'Zenco -competes_with-> Qorva']],
    ["Zenco, Vexa and Lumo have narrowed Qorva's lead this year.", ['Lumo -competes_with-> Qorva', 'Vexa -competes_with-> Qorva', 'Zenco -competes_with-> Qorva']],
    ["Zenco has been trying to shrink Qorva's advantage in console sales.", ['Zenco -competes_with-> Qorva']],
    ["Lumo has cut its fares in an effort to reduce Qorva's growing market lead.", ['Lumo -competes_with-> Qorva']],
  ])('"%s"', (text, claims) => {
    expect(rivals(text).sort()).toEqual(claims);
  });

  it.each([
    // Negated: no claim asserted.
    ["Zenco did not take Qorva's crown this year."],
    // A stand-in or a follower, no leader's prize.
    ["Zenco took Qorva's place in the index."],
    ["Zenco took Qorva's lead and cut prices."],
    // A lead of another kind.
    ["Zenco cut Qorva's lead engineer from the team."],
    ["Zenco hired Qorva's lead investor."],
    // The lead is not the verb's object.
    ["Zenco narrowed its losses while Qorva's lead grew."],
    // A state is no rival.
    ["The European Union cut Qorva's lead in search."],
  ])('"%s" gives no rivalry', (text) => {
    expect(rivals(text)).toEqual([]);
  });
});
