import { describe, expect, it } from 'vitest';
import { claimsOf } from './extract-helpers';

// Helper intro: product names introduced by their kind or in a list, whose maker was lost (apposed-kind-chains.ts,
// possessed-brand-lists.ts, name-modified-kind-apposed.ts). Sentences made up for the tests.

const develops = (text: string): string[] => claimsOf(text).filter((c) => c.includes('-develops->'));

describe('later pairs of a chain of things apposed after their kinds', () => {
  it.each([
    ['Zenco introduced a new router, the Vexa Mesh, and a new modem, the Orra Link, on Tuesday.', ['Zenco -develops-> Orra Link', 'Zenco -develops-> Vexa Mesh']],
    ["Zenco's flagship phone, Vexa Ultra, and its cheaper sibling, Vexa Lite, go on sale today.", ['Zenco -develops-> Vexa Lite', 'Zenco -develops-> Vexa Ultra']],
    ["Zenco's new router, the Vexa Mesh, and its new modem, the Orra Link, ship today.", ['Zenco -develops-> Orra Link', 'Zenco -develops-> Vexa Mesh']],
    ['Zenco launched a phone, the Vexa 9, a tablet, the Vexa Tab, and a watch, the Vexa Watch.', ['Zenco -develops-> Vexa 9', 'Zenco -develops-> Vexa Tab', 'Zenco -develops-> Vexa Watch']],
    ['Zenco unveiled two phones, the Vexa 9 and Vexa 9 Pro, and a tablet, the Vexa Tab.', ['Zenco -develops-> Vexa 9', 'Zenco -develops-> Vexa 9 Pro', 'Zenco -develops-> Vexa Tab']],
    ["Qorva's newest smartwatch, Plix Fit, and its first earbuds, Plix Buds, arrive in June.", ['Qorva -develops-> Plix Buds', 'Qorva -develops-> Plix Fit']],
  ])('"%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });

  it('keeps a plan a plan for every pair', () => {
    expect(develops('Zenco plans to launch a phone, the Vexa 9, and a tablet, the Vexa Tab.')).toEqual([]);
    expect(claimsOf('Zenco plans to launch a phone, the Vexa 9, and a tablet, the Vexa Tab.', 'proposed')).toEqual(['Zenco -develops-> Vexa 9', 'Zenco -develops-> Vexa Tab']);
  });

  it.each([
    // Another's thing, one not yet made, people and places after their titles, a plain word for kind: no pair of the chain.
    "Zenco's new phone, the Vexa 9, and a rival phone, the Plix 5, were tested.",
    'Zenco launched a phone, the Vexa 9, and a planned tablet, the Vexa Tab, drew interest.',
    "Zenco's new phone, the Vexa 9, and its chief executive, Ana Ruiz, drew crowds.",
    "Zenco's new phone, the Vexa 9, and its plant, Austin, drew crowds.",
  ])('"%s" names Vexa 9 alone', (text) => {
    expect(develops(text)).toEqual(['Zenco -develops-> Vexa 9']);
  });

  it('reads no chain where the first is no made thing', () => {
    expect(develops("Zenco's chief executive, Ana Ruiz, and its finance chief, Bo Lee, resigned.")).toEqual([]);
    expect(develops("Zenco's new printers, cheaper and faster, went on sale.")).toEqual([]);
  });
});

describe("an example list of one brand's models after a possessive", () => {
  it.each([
    ["Analysts praised products such as Zenco's Vexa Cam and Vexa Bell.", ['Zenco -develops-> Vexa Bell', 'Zenco -develops-> Vexa Cam']],
    ["Analysts praised products such as Zenco's Vexa Cam, Vexa Bell and Vexa Lock.", ['Zenco -develops-> Vexa Bell', 'Zenco -develops-> Vexa Cam', 'Zenco -develops-> Vexa Lock']],
  ])('"%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });

  it.each([
    // Members of other brands may be others' ("apps such as Zenco's Zapp and Qorvachat"); a bare brand word may be a firm's name.
    "Analysts praised apps such as Zenco's Vexa Chat and Orra Mail.",
    "Analysts praised products such as Zenco's Vexa Cam, Orra Bell and Vexa Lock.",
  ])('"%s" gives the possessor its first member only', (text) => {
    expect(develops(text)).toHaveLength(1);
  });
  it('not after a bare brand word', () => {
    expect(develops("Analysts praised apps such as Zenco's Vexa and Vexa Mail.")).toEqual(['Zenco -develops-> Vexa']);
  });
});

describe("a name among an owned kind's describing words", () => {
  it.each([
    ["Zenco's newest DTG printer, the Vexa Poly Pro, ships in May.", 'Zenco -develops-> Vexa Poly Pro'],
    ["Qorva's Android tablet, the Plix Tab, sold well.", 'Qorva -develops-> Plix Tab'],
  ])('"%s"', (text, claim) => {
    expect(develops(text)).toContain(claim);
  });

  it.each([
    "Zenco's Qorva unit, the Plix Labs, grew.",
    "Zenco's Austin plant, the Vexa Works, employs 400 people.",
  ])('"%s" names no thing made', (text) => {
    expect(develops(text)).toEqual([]);
  });
});
