import { describe, expect, it } from 'vitest';
import { scoredClaimsOf } from './extract-helpers';

// Stop 52's families from stop 51's readers, on sentences written for the tests: a firm ordered by
// a court or a regulator to stop selling a thing (passive, or with the ruling after a place), a
// two-word verb after "to", sanctions described before their state, "its" in "notified X of its
// decision", and a rival noun that is also a verb before its examples.

describe('a firm ordered by a court or a regulator to stop selling a thing', () => {
  it.each([
    ['Samsung was ordered by a German court to stop selling the Galaxy S23 in Germany.', ['Germany -banned-> Galaxy S23']],
    ['Xiaomi has been told by the Indian government to stop selling the Redmi 12.', ['India -banned-> Redmi 12']],
    ['Apple and Google were ordered by the ITC on Monday to stop selling the Apple Watch Series 9 and the Pixel Watch.', ['International Trade Commission -banned-> Apple Watch Series 9', 'International Trade Commission -banned-> Pixel Watch']],
  ])('"%s": the thing is banned by who orders it', (text, claims) => {
    expect(scoredClaimsOf(text).filter((c) => c.includes('-banned->'))).toEqual(claims);
  });

  it.each([
    ['Apple must stop selling the Apple Watch Series 9 in the US, the International Trade Commission ruled on Monday.', ['International Trade Commission -banned-> Apple Watch Series 9']],
    ['Apple must stop importing the Apple Watch Ultra 2 into the US, the ITC said.', ['International Trade Commission -banned-> Apple Watch Ultra 2']],
  ])('"%s": the ruling after a place names the banner', (text, claims) => {
    expect(scoredClaimsOf(text).filter((c) => c.includes('-banned->'))).toEqual(claims);
  });

  it('an order to do something else bans nothing', () => {
    expect(scoredClaimsOf('Apple was ordered by the ITC to pay damages to Masimo.').filter((c) => c.includes('-banned->'))).toEqual([]);
  });
});

describe('a two-word verb after "to"', () => {
  it.each([
    ['The White House moved to cut off Huawei from American suppliers.', ['United States -restricts-> Huawei']],
    ['Beijing took steps to cut off Micron from Chinese buyers.', ['China -restricts-> Micron']],
    ['The US decided to cut off ZTE.', ['United States -restricts-> ZTE']],
  ])('"%s" is the verb, not a participle', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe('sanctions described before their state', () => {
  it.each([
    ['Huawei is now under full blocking US sanctions.', ['United States -restricts-> Huawei']],
    ['Huawei was hit with crippling US sanctions.', ['United States -restricts-> Huawei']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe('"notified X of its decision to …"', () => {
  it('"its" is the teller\'s: the teller acts', () => {
    expect(scoredClaimsOf('Italy notified OpenAI of its decision to block ChatGPT.')).toEqual(['Italy -banned-> ChatGPT']);
    expect(scoredClaimsOf('The EU informed TikTok of its decision to ban the app.')).toEqual(['European Union -banned-> TikTok']);
  });

  it('a firm telling a state of its own decision is the one that acts', () => {
    expect(scoredClaimsOf('OpenAI informed Italy of its decision to block ChatGPT in Italy.')).toEqual(['OpenAI -banned-> ChatGPT']);
  });
});

describe('a rival noun that is also a verb, before its examples', () => {
  it('"While rivals like A and B …, X …" sets X against A and B', () => {
    expect(scoredClaimsOf('While rivals like Xiaomi and Oppo charge for access, Huawei offers it free.')).toEqual(['Huawei -competes_with-> Oppo', 'Huawei -competes_with-> Xiaomi']);
    expect(scoredClaimsOf('While rivals such as Xiaomi and Oppo lowered prices, Huawei raised them.')).toEqual(['Huawei -competes_with-> Oppo', 'Huawei -competes_with-> Xiaomi']);
  });

  it('the verb with an object still reads as a verb', () => {
    expect(scoredClaimsOf("Huawei's Mate 70 rivals Apple's iPhone 16.").filter((c) => c.includes('competes_with'))).toEqual(['Mate 70 -competes_with-> iPhone 16']);
  });
});
