import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 57, from stop 56's fourth round's readers: game titles with "of" and with a subtitle after a colon were cut to
// their first word or lost. Sentences written for the tests.

describe('a title with "of" whose last word is a known firm\'s name', () => {
  it('mid-sentence, "Medal of Honor" is one title, not the firm Honor', () => {
    expect(only('banned')(scoredClaimsOf('Pakistan banned the shooter Medal of Honor in 2010.'))).toEqual(['Pakistan -banned-> Medal of Honor']);
  });

  it("a person's role or a firm's part before \"of\" keeps the firm", () => {
    expect(scoredClaimsOf('The Chief Executive of Honor said the Magic 6 is made by Honor.')).toContain('Honor -develops-> Magic 6');
  });
});

describe('a subtitle after a colon', () => {
  it.each([
    ['Pakistan banned Call of Duty: Black Ops II.', ['Pakistan -banned-> Call of Duty: Black Ops II']],
    ['Pakistan banned Zeta 4: Arena.', ['Pakistan -banned-> Zeta 4: Arena']],
    ['Pakistan banned Zeta Ops: Dark Tide II and Zeta: Arena.', ['Pakistan -banned-> Zeta Ops: Dark Tide II', 'Pakistan -banned-> Zeta: Arena']],
  ])('"%s"', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(claims);
  });

  it("a body's name before a colon takes no subtitle", () => {
    expect(entitiesOf('The order came from the Bureau of Industry: Zenco Holdings was named.')).toContain('Bureau of Industry (government)');
  });

  it('a colon list after a state is no subtitle', () => {
    expect(only('banned')(scoredClaimsOf('The following apps have been banned by Nepal: TikTok and WeChat.'))).toEqual(['Nepal -banned-> TikTok', 'Nepal -banned-> WeChat']);
  });
});
