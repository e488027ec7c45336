import { describe, expect, it } from 'vitest';
import { claimsOf, scoredClaimsOf } from './extract-helpers';

// Helper agy102 (stop 101): a body named with its state before it acts, not the bare state. Sentences made up for the tests.

const actsAndParts = (text: string): string[] => claimsOf(text).filter((c) => /-(restricts|banned|part_of)->/.test(c));
const acts = (text: string): string[] => scoredClaimsOf(text).filter((c) => /-(restricts|banned)->/.test(c));

describe('"those" acted on by a named body, or the participle fronted, lists every member', () => {
  it.each([
    ['Those sanctioned by the British Foreign Office include Zenco and Qorva.', ['Foreign Office -part_of-> United Kingdom', 'Foreign Office -restricts-> Qorva', 'Foreign Office -restricts-> Zenco']],
    ['Among those sanctioned by the Japanese Finance Ministry are Zenco, Qorva and Vexa.', ['Finance Ministry -part_of-> Japan', 'Finance Ministry -restricts-> Qorva', 'Finance Ministry -restricts-> Vexa', 'Finance Ministry -restricts-> Zenco']],
    ['Those blacklisted on Friday by the US Treasury Department were Zenco and Qorva.', ['Treasury Department -part_of-> United States', 'Treasury Department -restricts-> Qorva', 'Treasury Department -restricts-> Zenco']],
    ['Also sanctioned by the British Foreign Office were Zenco and Qorva.', ['Foreign Office -part_of-> United Kingdom', 'Foreign Office -restricts-> Qorva', 'Foreign Office -restricts-> Zenco']],
    ['Newly designated by the Japanese Finance Ministry are Zenco, Qorva and Vexa.', ['Finance Ministry -part_of-> Japan', 'Finance Ministry -restricts-> Qorva', 'Finance Ministry -restricts-> Vexa', 'Finance Ministry -restricts-> Zenco']],
    ['Those blocked by the Indonesian Communications Ministry include Zenco and Qorva.', ['Communications Ministry -banned-> Qorva', 'Communications Ministry -banned-> Zenco', 'Communications Ministry -part_of-> Indonesia']],
  ])('"%s"', (text, claims) => {
    expect(actsAndParts(text)).toEqual(claims);
  });
});

describe("a capitalised body after its state's possessive is part of that state, as after the state's adjective", () => {
  it.each([
    ["Japan's Finance Ministry sanctioned Zenco and Qorva.", ['Finance Ministry -part_of-> Japan', 'Finance Ministry -restricts-> Qorva', 'Finance Ministry -restricts-> Zenco']],
    ["Canada's Foreign Ministry sanctioned Zenco.", ['Foreign Ministry -part_of-> Canada', 'Foreign Ministry -restricts-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(actsAndParts(text)).toEqual(claims);
  });
});

describe('near misses', () => {
  it.each([
    // The state's government is the state.
    ['The Japanese government sanctioned Zenco.', ['Japan -restricts-> Zenco']],
    // No body named.
    ['A Japanese ministry official said Zenco was sanctioned.', []],
    // Not acted on, or not said to be in the list.
    ['Those not sanctioned by the British Foreign Office include Zenco and Qorva.', []],
    ['Those sanctioned by the British Foreign Office do not include Zenco.', []],
    ['Those sanctioned by the British Foreign Office could include Zenco.', []],
    // Another verb: no act of the body's.
    ['Those who sued the US Department of the Treasury include Zenco and Qorva.', []],
    ['Also praised by the British Foreign Office were Zenco and Qorva.', []],
    // A firm sanctions no one.
    ['Those sanctioned by Zenco include Qorva and Vexa.', []],
    // The state acts; the body only says so.
    ['The US sanctioned Zenco, the Department of the Treasury said.', ['United States -restricts-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(acts(text)).toEqual(claims);
  });
});
