import { describe, expect, it } from 'vitest';
import { scoredClaimsOf } from './extract-helpers';

// Stop 51's families from its second round's readers, on sentences written for the tests: a
// maker told to withdraw its named product, a state's ranked firm as an unnamed subject, and
// rivals in a fronted contrast clause.

describe('a maker told to withdraw its named product', () => {
  it('bans the product, not the maker', () => {
    expect(scoredClaimsOf('The FDA ordered Covis to withdraw its drug Makena.')).toEqual(['Food and Drug Administration -banned-> Makena']);
  });

  it('with no product named, the maker is still what is banned', () => {
    expect(scoredClaimsOf('Italy ordered OpenAI to suspend its chatbot.')).toEqual(['Italy -banned-> OpenAI']);
  });
});

describe("a state's ranked firm as the subject", () => {
  it.each([
    ["Russia's biggest messaging app banned Zapp.", []],
    ["Russia's top search engine has blocked Zapp.", []],
  ])('"%s": the state is no actor', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it("a state's regulator still acts for it, and a firm's store for the firm", () => {
    expect(scoredClaimsOf("Russia's communications regulator banned Zapp.")).toEqual(['Roskomnadzor -banned-> Zapp']);
    expect(scoredClaimsOf("Google's store removed Zapp.")).toEqual(['Google -banned-> Zapp']);
  });
});

describe('rivals in a fronted contrast clause', () => {
  it('"While competitors like A and B …, X …" sets X against A and B', () => {
    expect(scoredClaimsOf('While competitors like OpenAI and Anthropic charge for access, Meta gives Llama away.')).toEqual(['Meta -competes_with-> Anthropic', 'Meta -competes_with-> OpenAI']);
  });

  it('a contrast clause without a rival noun sets no one against anyone', () => {
    expect(scoredClaimsOf('While Samsung cut prices, Apple raised them.')).toEqual([]);
  });
});
