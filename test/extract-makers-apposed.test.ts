import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper mk81, from the makers misses of fresh news samples: a maker named in an apposition or a relative clause beside what it
// made, and a possessive's product named in apposition; with the guards that keep a rival, a person or a customer named the same
// way from becoming the firm's product. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a maker in an apposition or a relative clause naming what it made', () => {
  it('an apposition with a relative clause, "the company behind" and "maker of"', () => {
    expect(develops('Zenco, the startup that created the Qorva chatbot, said on Monday it would raise prices.')).toEqual(['Zenco -develops-> Qorva']);
    expect(develops('Zenco, the company behind the Qorva app, said on Monday it would raise prices.')).toEqual(['Zenco -develops-> Qorva']);
    expect(develops('Zenco, maker of the Qorva, said on Monday it would raise prices.')).toEqual(['Zenco -develops-> Qorva']);
    expect(develops('Zenco, which makes the Qorva headset, said on Monday it would raise prices.')).toEqual(['Zenco -develops-> Qorva']);
    expect(develops('Zenco, whose Qorva model rivals the best, said it had raised $2 billion.')).toEqual(['Zenco -develops-> Qorva']);
  });

  it('a maker\'s noun before "whose": "Zenco, the chip designer whose Zeta-2 processors …"', () => {
    expect(develops('Zenco, the chip designer whose Zeta-2 processors power many phones, said on Monday it would raise prices.')).toEqual(['Zenco -develops-> Zeta-2']);
    expect(develops('Zenco, a Zembla-based startup whose Qorva app has 10 million users, said on Monday it would raise prices.')).toEqual(['Zenco -develops-> Qorva']);
    expect(develops('Zenco, the game studio whose Qorva Quest sold a million copies, said on Monday it would raise prices.')).toEqual(['Zenco -develops-> Qorva Quest']);
  });

  it('a name that only qualifies the apposition\'s noun is not the relative clause\'s subject: "Zenco, an OpenAI rival that built …"', () => {
    expect(develops('Zenco, an OpenAI rival that built the Qorva chatbot, said on Monday it would raise prices.')).toEqual(['Zenco -develops-> Qorva']);
    expect(develops('Zenco, a Vexa spin-off that developed the Qorva model, said on Monday it would raise prices.')).toEqual(['Zenco -develops-> Qorva']);
    expect(develops('Zenco, a Vexa unit which makes the Qorva headset, said on Monday it would raise prices.')).toEqual(['Zenco -develops-> Qorva']);
  });

  it('a fronted maker described by what it made, named in apposition: "The company that created Qorva, Zenco, said …"', () => {
    expect(develops('The company that created Qorva, Zenco, said on Monday it would raise prices.')).toEqual(['Zenco -develops-> Qorva']);
    expect(develops('The startup that built the Qorva chatbot, Zenco, said on Monday it would raise prices.')).toEqual(['Zenco -develops-> Qorva']);
    expect(develops('The Zembla-based firm which makes the popular Qorva headset, Zenco, has raised $1 billion.')).toEqual(['Zenco -develops-> Qorva']);
    expect(develops('The company that bought Qorva, Zenco, said on Monday it would raise prices.')).toEqual([]);
    expect(develops('The firm that plans to build Qorva, Zenco, said on Monday it would raise prices.')).toEqual([]);
  });

  it('a plan, a negation, a sale, a rival, an investor or a customer is no maker', () => {
    expect(develops('Zenco, which plans to build the Qorva, said on Monday it would raise prices.')).toEqual([]);
    expect(develops('Zenco, which does not make the Qorva, said on Monday it would raise prices.')).toEqual([]);
    expect(develops('Zenco, which sells the Qorva headset, said on Monday it would raise prices.')).toEqual([]);
    expect(develops('Zenco, a rival whose Qorva app has 10 million users, said on Monday it would raise prices.')).toEqual([]);
    expect(develops('Zenco, the investor whose Qorva stake is worth $1 billion, said on Monday it would raise prices.')).toEqual([]);
    expect(develops('Zenco, a customer whose Qorva order was cancelled, said on Monday it would raise prices.')).toEqual([]);
    expect(develops('Zenco, an OpenAI rival that plans to build the Qorva chatbot, said on Monday it would raise prices.')).toEqual([]);
  });
});

describe('a possessive followed by an apposition naming the product', () => {
  it('"Zenco\'s first smartwatch, the Qorva", "called", "its" and "the firm\'s" after a typed firm', () => {
    expect(develops("Zenco's first smartwatch, the Qorva, went on sale on Monday.")).toEqual(['Zenco -develops-> Qorva']);
    expect(develops("Zenco's new phone, called the Vexa 3, will cost $999.")).toEqual(['Zenco -develops-> Vexa 3']);
    expect(develops("Zenco's flagship model, Zeta Pro, beat rivals in tests.")).toEqual(['Zenco -develops-> Zeta Pro']);
    expect(develops('Zenco Inc said on Monday that sales rose. Its latest chip, the Zeta-2, is twice as fast.')).toEqual(['Zenco Inc -develops-> Zeta-2']);
    expect(develops("Zenco Inc reported strong sales. The firm's flagship model, Zeta Pro, beat rivals in tests.")).toEqual(['Zenco Inc -develops-> Zeta Pro']);
  });

  it('a superlative\'s "to date" or "yet" before the comma: "Zenco\'s most advanced chip to date, the Zeta-2"', () => {
    expect(develops("Zenco's most advanced chip to date, the Zeta-2, is twice as fast.")).toEqual(['Zenco -develops-> Zeta-2']);
    expect(develops("Zenco's biggest model yet, Zeta 4, is faster.")).toEqual(['Zenco -develops-> Zeta 4']);
    expect(develops("Zenco's most powerful headset so far, the Qorva Max, ships in May.")).toEqual(['Zenco -develops-> Qorva Max']);
  });

  it('a rival named in apposition after the possessive is no product of the firm\'s', () => {
    expect(only('develops')(scoredClaimsOf("Zenco's rival, Qorva, said it would cut prices."))).toEqual([]);
    expect(only('develops')(scoredClaimsOf("Zenco's biggest rival, Qorva, said it would cut prices."))).toEqual([]);
    expect(only('develops')(scoredClaimsOf("Zenco's closest rival, Qorva, said it would cut prices."))).toEqual([]);
    expect(only('develops')(scoredClaimsOf("Zenco's arch-rival Qorva said it would cut prices."))).toEqual([]);
    expect(only('develops')(scoredClaimsOf("Zenco's biggest rival, the Qorva chatbot, gained users."))).toEqual([]);
  });

  it('the rival is still a rival', () => {
    expect(only('competes_with')(scoredClaimsOf("Zenco's biggest rival, Qorva, said it would cut prices."))).toEqual(['Zenco -competes_with-> Qorva']);
    expect(only('competes_with')(scoredClaimsOf("Zenco's arch-rival Qorva said it would cut prices."))).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('a person, a customer, a partner or a shareholder in apposition is not made', () => {
    expect(develops("Zenco's chief executive, Jane Roe, said it would cut prices.")).toEqual([]);
    expect(develops("Zenco's biggest customer, Vexa, said it would cut prices.")).toEqual([]);
    expect(develops("Zenco's long-time partner, Qorva, said it would cut prices.")).toEqual([]);
    expect(develops("Zenco's largest shareholder, Vexa Capital, said it would cut prices.")).toEqual([]);
  });

  it('a state\'s possessive makes nothing; a planned product is proposed, not asserted', () => {
    expect(develops("France's new phone, the Vexa 3, will cost $999.")).toEqual([]);
    expect(develops("Zenco's planned phone, the Vexa 3, was cancelled.")).toEqual([]);
    expect(develops('Zenco plans to launch its first smartwatch, the Qorva, next year.')).toEqual([]);
  });
});

describe('"Its" or "The firm\'s" opening a sentence after an untyped firm\'s sentence', () => {
  it('the subject of the sentence before that no rule typed owns the product set off after its kind', () => {
    expect(develops('Zenco said on Monday that sales rose. Its latest chip, the Zeta-2, is twice as fast.')).toEqual(['Zenco -develops-> Zeta-2']);
    expect(develops('Zenco posted record profits. Its flagship model, Zeta Pro, beat rivals in tests.')).toEqual(['Zenco -develops-> Zeta Pro']);
    expect(develops("Zenco reported strong sales. The firm's flagship model, Zeta Pro, beat rivals in tests.")).toEqual(['Zenco -develops-> Zeta Pro']);
    expect(develops("Zenco reported strong sales. The company's first smartwatch, the Qorva, went on sale in May.")).toEqual(['Zenco -develops-> Qorva']);
  });

  it('a person, a customer, a rival, two firms, a plural subject or a sentence between gives no maker', () => {
    expect(develops('Zenco said on Monday that sales rose. Its chief executive, Jane Roe, said demand was strong.')).toEqual([]);
    expect(develops('Zenco said on Monday that sales rose. Its largest customer, Vexa, said demand was strong.')).toEqual([]);
    expect(develops('Jane Roe said on Monday that sales rose. Its latest chip, the Zeta-2, is twice as fast.')).toEqual([]);
    expect(develops('Zenco and Qorva said on Monday that sales rose. Its latest chip, the Zeta-2, is twice as fast.')).toEqual([]);
    expect(develops('The regulators said on Monday that sales rose. Its latest chip, the Zeta-2, is twice as fast.')).toEqual([]);
    expect(develops('Zenco said on Monday that sales rose. Analysts were upbeat. Its latest chip, the Zeta-2, is twice as fast.')).toEqual([]);
    // A surname of a person named in full before is no firm.
    expect(develops('Jane Roe runs Zenco. Roe said on Monday that sales rose. Its latest chip, the Zeta-2, is twice as fast.')).toEqual([]);
    expect(develops('Zenco hired Mr. Roe in May. Roe said on Monday that sales rose. Its latest chip, the Zeta-2, is twice as fast.')).toEqual([]);
  });

  it('a planned product stays proposed', () => {
    expect(develops('Zenco said on Monday that sales rose. Its planned chip, the Zeta-2, was dropped.')).toEqual([]);
  });
});
