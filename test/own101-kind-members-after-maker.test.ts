import { describe, expect, it } from 'vitest';
import { claimsOf } from './extract-helpers';

// Helper own101 (stop 101): a plural kind, its making or providing participle with its firm after "by", then the kind's members
// listed after the firm. Sentences made up for the tests.

const develops = (text: string): string[] => claimsOf(text).filter((c) => c.includes('-develops->'));

describe("a kind's members listed after the firm that made, owns, runs or offers them", () => {
  it.each([
    ['Ruritania banned several apps operated by Zenco, including Zeta, Vexa and Qorvo Chat.', ['Zenco -develops-> Qorvo Chat', 'Zenco -develops-> Vexa', 'Zenco -develops-> Zeta']],
    ['Ruritania banned apps made by Zenco, such as Zeta and Vexa.', ['Zenco -develops-> Vexa', 'Zenco -develops-> Zeta']],
    ['Ruritania has banned dozens of games published by Qorva such as Zembla and Vexa Racer.', ['Qorva -develops-> Vexa Racer', 'Qorva -develops-> Zembla']],
    ['Ruritania ordered stores to pull the phones built by Zenco, like the Zeta X and Zeta Y.', ['Zenco -develops-> Zeta X', 'Zenco -develops-> Zeta Y']],
    ['Ruritania restricted chips made by Qorva, including the Z9 and Z10.', ['Qorva -develops-> Z10', 'Qorva -develops-> Z9']],
    ['Ruritania blocked websites operated by Qorva, namely Zeta and Vexa.', ['Qorva -develops-> Vexa', 'Qorva -develops-> Zeta']],
    ['Brands owned by Zenco, among them Zeta and Vexa, were sold last year.', ['Zenco -develops-> Vexa', 'Zenco -develops-> Zeta']],
    ['The regulator fined a studio over titles published by Qorva, among them Zembla and Vexa Racer.', ['Qorva -develops-> Vexa Racer', 'Qorva -develops-> Zembla']],
    ['Services run by Qorva, such as Zeta, Vexa and Z9, went dark on Monday.', ['Qorva -develops-> Vexa', 'Qorva -develops-> Z9', 'Qorva -develops-> Zeta']],
    ['Streaming services run by Zenco, including Zeta TV and Vexa Play, were fined.', ['Zenco -develops-> Vexa Play', 'Zenco -develops-> Zeta TV']],
    ['Tools offered by Qorva, including Zeta and Vexa, are popular in Japan.', ['Qorva -develops-> Vexa', 'Qorva -develops-> Zeta']],
    ['Drinks marketed by Qorva, including Zeta and Vexa, were recalled.', ['Qorva -develops-> Vexa', 'Qorva -develops-> Zeta']],
    ['Brands marketed by Zenco, among them Zeta and Vexa, lost share.', ['Zenco -develops-> Vexa', 'Zenco -develops-> Zeta']],
    ['Phones sold by Zenco, such as the Zeta X and Vexa Pro, were banned in India.', ['Zenco -develops-> Vexa Pro', 'Zenco -develops-> Zeta X']],
  ])('"%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });

  it('keeps the ban of each member beside its maker', () => {
    expect(claimsOf('Ruritania banned several apps operated by Zenco, including Zeta and Vexa.')).toEqual(
      ['Ruritania -banned-> Vexa', 'Ruritania -banned-> Zeta', 'Zenco -develops-> Vexa', 'Zenco -develops-> Zeta']);
  });

  it.each([
    // A user, an investor or a banner is no maker; firms are no goods; the list is the seller, not the goods; a tie is no making.
    'Apps used by Zenco, including Zeta, were audited.',
    'Firms backed by Qorva, including Zenco, raised money.',
    'Companies run by Qorva, including Zenco, were fined.',
    'Apps banned by Ruritania, including Zeta, were popular.',
    'Products sold by retailers such as Zenco and Qorva were recalled.',
    'Partners of Zenco, including Qorva, signed the deal.',
    // A shop by its name or a chain known by name sells others' goods.
    'Phones sold by Zenco Stores, such as the Zeta X, were recalled.',
    'Phones sold by Walmart, such as the Zeta X, were recalled.',
  ])('"%s" gives no develops', (text) => {
    expect(develops(text)).toEqual([]);
  });
});
