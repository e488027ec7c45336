import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 53, from stop 52's fourth-round readers, on sentences written for the tests: possessors joined
// before the one noun they share ("Zenco's and Qorva's apps") are all acted on, not only the last.

describe("possessors that share one noun are one list", () => {
  it.each([
    ["Apple revoked Google's and Meta's enterprise certificates.", 'banned', ['Apple -banned-> Google', 'Apple -banned-> Meta']],
    ["Apple revoked Google's, Meta's and Baidu's enterprise certificates.", 'banned', ['Apple -banned-> Baidu', 'Apple -banned-> Google', 'Apple -banned-> Meta']],
    ["The Treasury froze Zenco's and Qorva's assets.", 'restricts', ['Treasury -restricts-> Qorva', 'Treasury -restricts-> Zenco']],
  ])('"%s"', (text, relation, claims) => {
    expect(only(relation)(scoredClaimsOf(text))).toEqual(claims);
  });

  it('possessors that each own their own noun stay apart', () => {
    expect(scoredClaimsOf("Google's Gemini and Meta's Llama compete.")).toEqual(['Gemini -competes_with-> Llama', 'Google -develops-> Gemini', 'Meta -develops-> Llama']);
  });
});
