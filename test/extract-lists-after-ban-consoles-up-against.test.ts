import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 60, from its first round's readers: a ban's list going on in the next sentence, consoles and other well-known
// hardware in the lexicon, and rivals named by example after "up against". Sentences written for the tests.

describe("a ban's list going on in the next sentence", () => {
  it.each([
    ['Thailand has banned 40 apps. Also on the list are TikTok and WeChat.'],
    ['Thailand has banned 40 apps. Other apps on the list include TikTok and WeChat.'],
    ['Thailand has banned 40 apps, including Zoom. These apps include TikTok and WeChat.'],
  ])('"%s"', (text) => {
    const banned = only('banned')(scoredClaimsOf(text));
    expect(banned).toContain('Thailand -banned-> TikTok');
    expect(banned).toContain('Thailand -banned-> WeChat');
  });

  it('"Also on the list" after a listing restricts', () => {
    expect(only('restricts')(scoredClaimsOf('The United States added 40 firms to the Entity List. Also on the list are Huawei and ZTE.')).sort()).toEqual(['United States -restricts-> Huawei', 'United States -restricts-> ZTE']);
  });

  it('with no act before it, a list names no targets', () => {
    expect(only('banned')(scoredClaimsOf('Zentrix makes many apps. Also on the list are TikTok and WeChat.'))).toEqual([]);
  });
});

describe('consoles and other well-known hardware', () => {
  it.each([
    ['The Xbox found itself up against consoles such as the PlayStation 2 and the GameCube.', ['Xbox -competes_with-> GameCube', 'Xbox -competes_with-> PlayStation 2']],
    ['Sega and Nintendo fought a console war in the 1990s.', ['Sega -competes_with-> Nintendo']],
    ['Sony and Toshiba were locked in a format war over Blu-ray and HD DVD.', ['Sony -competes_with-> Toshiba']],
  ])('"%s"', (text, claims) => {
    expect(only('competes_with')(scoredClaimsOf(text)).sort()).toEqual(claims);
  });

  it('a maker known only by context is still its products\' maker', () => {
    expect(only('develops')(scoredClaimsOf('Research In Motion makes the BlackBerry.'))).toEqual(['Research In Motion -develops-> BlackBerry']);
  });
});

describe("a rival's possessor in a relative clause after the noun", () => {
  it('"the only rival that the PlayStation 2 faced"', () => {
    expect(only('competes_with')(scoredClaimsOf('The Xbox was the only rival that the PlayStation 2 faced.'))).toEqual(['Xbox -competes_with-> PlayStation 2']);
  });

  it('another noun in the clause sets no rivals', () => {
    expect(only('competes_with')(scoredClaimsOf('The Xbox was the first console that the GameCube maker had approved.'))).toEqual([]);
  });
});

describe('trade penalties', () => {
  it('"imposed trade penalties on A and B" restricts them', () => {
    expect(only('restricts')(scoredClaimsOf('The United States imposed trade penalties on Grafex and Inorva.')).sort()).toEqual(['United States -restricts-> Grafex', 'United States -restricts-> Inorva']);
  });

  it('penalties on firms counted, then named in the next sentence', () => {
    expect(only('restricts')(scoredClaimsOf('The United States imposed penalties on three Russian firms. The three are Grafex, Inorva and Polyex.')).sort()).toEqual([
      'United States -restricts-> Grafex',
      'United States -restricts-> Inorva',
      'United States -restricts-> Polyex',
    ]);
  });

  it('bare penalties on one named firm may be a fine', () => {
    expect(only('restricts')(scoredClaimsOf('Regulators in the United States imposed penalties on Zentrix for privacy breaches.'))).toEqual([]);
  });
});

describe('the state that sanctioned firms are said to help', () => {
  it('"sanctioned seven firms believed to be aiding Iran" restricts no Iran', () => {
    expect(only('restricts')(scoredClaimsOf('The United States sanctioned seven firms believed to be aiding Iran.'))).toEqual([]);
  });
});
