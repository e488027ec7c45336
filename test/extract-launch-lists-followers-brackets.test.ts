import { describe, expect, it } from 'vitest';
import { entitiesOf, extract, only, scoredClaimsOf } from './extract-helpers';

// Stop 56, from stop 55's readers' misses: launches that name their products in a list after a
// kind ("announced its first graphics cards, the A and B") or after prices; the later members of
// a list that repeat only a model code ("Galaxy S24, S24+ and S24 Ultra"); a short acronym's model
// number ("RTX 5060"); a state or firm that follows suit; lists in a headline written in sentence
// case; rivalry aimed at another's product; makers in brackets. Sentences written for the tests.

const develops = only('develops');

describe('launches naming their products in a list', () => {
  it.each([
    ['Intel announced its first graphics cards, the Arc A770 and Arc A750.', ['Intel -develops-> Arc A750', 'Intel -develops-> Arc A770']],
    ['Intel announced two new graphics cards: the Arc A770 and the Arc A750.', ['Intel -develops-> Arc A750', 'Intel -develops-> Arc A770']],
    ['Samsung announced two new phones, the Galaxy S25 and the Galaxy S25 Plus, on Monday.', ['Samsung -develops-> Galaxy S25', 'Samsung -develops-> Galaxy S25 Plus']],
    ['Nvidia announces $249 RTX 5060 and $199 RTX 5050 cards.', ['Nvidia -develops-> RTX 5050', 'Nvidia -develops-> RTX 5060']],
  ])('"%s"', (text, claims) => {
    expect(develops(scoredClaimsOf(text))).toEqual(claims);
  });

  it('a list after a kind of thing no one makes is no launch', () => {
    expect(develops(scoredClaimsOf('Zenco announced its new board members, Jane Smith and John Doe.'))).toEqual([]);
  });

  it('a price before a name in a list is only a describing word: a payment is not', () => {
    expect(scoredClaimsOf('Zenco paid $5 million to Qorva.')).toEqual([]);
  });
});

describe("a short acronym's model number", () => {
  it('names a product, made by whoever the text says, not by the firm of the acronym', () => {
    const claims = scoredClaimsOf('Nvidia launched the RTX 5070.');
    expect(claims).toEqual(['Nvidia -develops-> RTX 5070']);
    expect(entitiesOf('Nvidia launched the RTX 5070.')).toEqual(['Nvidia (company)', 'RTX 5070 (product)']);
  });
});

describe('later list members that repeat only a model code', () => {
  it.each([
    ["Apple's iPhone 16, 16 Pro, 17 and 17 Pro all support it.", ['Apple -develops-> iPhone 16', 'Apple -develops-> iPhone 16 Pro', 'Apple -develops-> iPhone 17', 'Apple -develops-> iPhone 17 Pro']],
    ["Google's Pixel 9, 9 Pro and 9 Pro XL are out.", ['Google -develops-> Pixel 9', 'Google -develops-> Pixel 9 Pro', 'Google -develops-> Pixel 9 Pro XL']],
    ['Samsung launched the Galaxy S24, S24+ and S24 Ultra.', ['Samsung -develops-> Galaxy S24', 'Samsung -develops-> Galaxy S24 Ultra', 'Samsung -develops-> Galaxy S24+']],
  ])('"%s": each is named whole', (text, claims) => {
    expect(develops(scoredClaimsOf(text))).toEqual(claims);
  });

  it('a plus sign is part of the name: "Galaxy S24+" is its own node', () => {
    const keys = extract('Samsung launched the Galaxy S24, S24+ and S24 Ultra.').entities.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('galaxy-s24-plus');
  });

  it('a code of another shape, or a quantity, is no member', () => {
    expect(entitiesOf("Google's Pixel 9 and 5G phones sold well.").filter((e) => e.includes('5G'))).toEqual([]);
    expect(entitiesOf('Google sold the Pixel 9, 2 million units of it.').filter((e) => /Pixel 2/.test(e))).toEqual([]);
  });
});

describe('a state or firm that follows suit', () => {
  it.each([
    ['India banned TikTok in 2020. Nepal followed suit in 2023.', ['India -banned-> TikTok', 'Nepal -banned-> TikTok']],
    ['Italy banned ChatGPT in March. Germany and France did the same.', ['France -banned-> ChatGPT', 'Germany -banned-> ChatGPT', 'Italy -banned-> ChatGPT']],
    ['India banned TikTok in 2020, and Nepal followed in 2023.', ['India -banned-> TikTok', 'Nepal -banned-> TikTok']],
  ])('"%s"', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('a follower read as one more target of the act is a follower', () => {
    const claims = only('restricts')(scoredClaimsOf("The Netherlands restricted ASML's exports to China, and Japan did the same."));
    expect(claims).toContain('Japan -restricts-> China');
    expect(claims.filter((c) => c.endsWith('-> Japan'))).toEqual([]);
  });

  it.each([
    ['India banned TikTok. Nepal is expected to follow suit.'],
    ['India banned TikTok. Nepal followed the guidance of its regulator.'],
    ['India banned TikTok.\n\nNepal followed suit in 2023.'],
    ['India banned TikTok. Samsung did the same.'],
  ])('"%s": no follower (a forecast, another verb, another paragraph, another kind of actor)', (text) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(['India -banned-> TikTok']);
  });
});

describe('a headline in sentence case lists with commas alone', () => {
  it('every name of the list', () => {
    expect(only('banned')(scoredClaimsOf('Ruritania bans TikTok, WeChat, Telegram for officials'))).toEqual([
      'Ruritania -banned-> Telegram',
      'Ruritania -banned-> TikTok',
      'Ruritania -banned-> WeChat',
    ]);
  });

  it('in a sentence with its stop, a name after a comma alone is still an apposition', () => {
    expect(only('banned')(scoredClaimsOf('Ruritania banned TikTok, WeChat.'))).toEqual(['Ruritania -banned-> TikTok']);
  });
});

describe("rivalry aimed at another's product", () => {
  it('"aimed at Nvidia\'s H100" sets the product against the product', () => {
    expect(only('competes_with')(scoredClaimsOf("AMD's MI300X is aimed at Nvidia's H100."))).toEqual(['MI300X -competes_with-> H100']);
  });

  it("aimed at another's users is no rivalry", () => {
    expect(only('competes_with')(scoredClaimsOf("The Pixel 9 is aimed squarely at Apple's iPhone 16 users."))).toEqual([]);
  });
});

describe('a maker in brackets after its product', () => {
  it('each product of a round-up', () => {
    expect(develops(scoredClaimsOf('Top picks include the Pixel 9 (Google), the Galaxy S25 (Samsung) and the Xperia 1 VI (Sony).'))).toEqual([
      'Google -develops-> Pixel 9',
      'Samsung -develops-> Galaxy S25',
      'Sony -develops-> Xperia 1 VI',
    ]);
  });

  it('"(by X)" too', () => {
    expect(develops(scoredClaimsOf('The best is Claude Code (by Anthropic).'))).toEqual(['Anthropic -develops-> Claude Code']);
  });

  it('a firm, a ticker or a state in brackets makes nothing', () => {
    expect(scoredClaimsOf('Google (Alphabet) fell.')).toEqual([]);
    expect(scoredClaimsOf('Alibaba (BABA) shares rose.')).toEqual([]);
    expect(scoredClaimsOf('The ban on Huawei (China) was lifted.')).toEqual([]);
  });
});
