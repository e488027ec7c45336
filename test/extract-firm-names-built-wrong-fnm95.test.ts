import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only } from './extract-helpers';

// Helper fnm95, from fresh sample s92 and real stock-market and press-release news: firm and product names built wrong. A firm's
// dotted legal form ("L.P.") after a known firm's name made a product of the firm; a hyphenated owner whose name ends in a trade word
// ("Qorva Games-owned") was cut to that word; "AI" opening a product's name ("AI Mode") was trimmed off it; a verb bidding the reader
// ("Enter Zenco's …") was glued to the firm's name; a middle dot ("Zen·O") cut a name in two; a
// known firm's employee before "said" was read as its product. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(claimsOf(text));
const invests = (text: string): string[] => only('invests_in')(claimsOf(text));

describe('a dotted legal form after a firm\'s name', () => {
  it('is the firm, not a product of it', () => {
    expect(develops('Zenco L.P. released the Vela app.')).toEqual(['Zenco L.P. -develops-> Vela']);
    expect(develops('Zenco L.P. released the Vela app. Zenco also sells the Lumo app.')).toContain('Zenco -develops-> Vela');
    expect(develops('Rivals include Bloomberg L.P. and Qorva.')).toEqual([]);
    expect(develops('Zenco L.L.C. unveiled the Vela router.')).toEqual(['Zenco L.L.C. -develops-> Vela']);
  });

  it('a bare "LP" after a product keeps the product', () => {
    expect(develops('Zenco released the Vela LP in May.')).toEqual(['Zenco -develops-> Vela LP']);
    expect(entitiesOf('Zenco released the Vela LP in May.')).not.toContain('Vela LP (company)');
  });
});

describe("a hyphenated owner whose name ends in a firm's trade word", () => {
  it('keeps the words before the trade word', () => {
    expect(develops('Qorva Games-owned Pixbay launched a photo app.')).toContain('Qorva Games -develops-> Pixbay');
    expect(develops('The Qorva Games-owned Pixbay is a photo site.')).toEqual(['Qorva Games -develops-> Pixbay']);
    expect(develops('Zenco Motors-built Vela trucks are sold in Ruritania.')).toEqual(['Zenco Motors -develops-> Vela']);
    expect(invests('In a deal, Vexa Media-backed Zenco raised $5 million.')).toEqual(['Vexa Media -invests_in-> Zenco']);
  });

  it('names no firm before a lower-case noun, nor the trade word alone', () => {
    expect(entitiesOf('Social Media-owned sites grew fast.')).not.toContain('Social Media (company)');
    expect(develops('Social Media-owned sites grew fast.')).toEqual([]);
    expect(develops('Games-owned Pixbay is a photo site.')).not.toContain('Qorva Games -develops-> Pixbay');
    expect(invests('Venture Capital-backed Zenco raised $5 million.')).toEqual([]);
  });
});

describe('"AI" opening a product\'s name', () => {
  it('stays the name\'s first word after a maker\'s verb, an article or an owner', () => {
    expect(develops('Zenco launched AI Mode in its search engine.')).toEqual(['Zenco -develops-> AI Mode']);
    expect(develops('Zenco unveiled the AI Pin, a wearable.')).toEqual(['Zenco -develops-> AI Pin']);
    expect(develops('Zenco rolled out AI Studio to developers.')).toEqual(['Zenco -develops-> AI Studio']);
  });

  it('is trimmed before a coined name, a firm, a body, a law or an event', () => {
    expect(develops('Zenco backs AI Zenco Labs, which makes Vela.')).toEqual(['Zenco Labs -develops-> Vela']);
    expect(develops('AI start-up Zenco released its Vela model.')).toEqual(['Zenco -develops-> Vela']);
    expect(entitiesOf('The EU passed the AI Act last year, and Zenco said it would comply.')).not.toContain('AI Act (product)');
    expect(entitiesOf('Zenco joined the AI Alliance with Qorva.')).not.toContain('AI Alliance (product)');
    expect(entitiesOf('Zenco spoke at the AI Summit in Ruritania.')).not.toContain('AI Summit (product)');
    expect(develops('Zenco said the AI Race is heating up with Qorva.')).toEqual([]);
    expect(develops('Zenco hired AI researchers from Qorva.')).toEqual([]);
  });
});

describe('a verb bidding the reader before a firm\'s name', () => {
  it('is no part of the name', () => {
    expect(develops("Enter Zenco's Vela platform.")).toEqual(['Zenco -develops-> Vela']);
    expect(develops("Meet Qorva's Lumo, a new robot.")).toEqual(['Qorva -develops-> Lumo']);
  });

  it("a firm's word after it keeps the name, and other opening words stay", () => {
    expect(develops('Meet Group launched Vela, a dating app.')).toEqual(['Meet Group -develops-> Vela']);
    expect(entitiesOf('Meet Group launched Vela, a dating app.')).not.toContain('Group (company)');
  });
});

describe('a middle dot inside a name', () => {
  it('joins the name\'s parts', () => {
    expect(develops('Zenco released Zen·O, its image model.')).toEqual(['Zenco -develops-> Zen·O']);
    expect(develops("Zenco's Zen·O 2 model draws pictures.")).toEqual(['Zenco -develops-> Zen·O 2']);
  });

  it('a spaced dot stays a separator', () => {
    expect(develops('Zenco launched Vela · a new app.')).toEqual(['Zenco -develops-> Vela']);
    expect(entitiesOf('Qorva · Zenco · Vexa are rivals.')).not.toContain('Qorva · Zenco (company)');
  });
});

describe("a person's name after a firm's possessive, before a speaker's verb", () => {
  it('is a person, not a product of the firm', () => {
    expect(develops("Qualcomm's Jane Roe said the chip was late.")).toEqual([]);
    expect(entitiesOf("Qualcomm's Jane Roe said the chip was late.")).toContain('Jane Roe (person)');
    expect(develops("Qualcomm's Tom Reed told reporters that Zenco makes Vela.")).toEqual(['Zenco -develops-> Vela']);
    expect(develops("Qualcomm's Jane Roe says the Vela chip is fast.")).toEqual([]);
  });

  it('a product stays a product: reported by "said to", with a tier word, a firm\'s word, or another verb', () => {
    expect(develops("Qualcomm's Vela Max said to cost $500.")).toEqual(['Qualcomm -develops-> Vela Max']);
    expect(develops("Qualcomm's Vela Max launched in May.")).toEqual(['Qualcomm -develops-> Vela Max']);
    expect(develops("Qualcomm's Vela Pro says hello to its users.")).toEqual(['Qualcomm -develops-> Vela Pro']);
    expect(entitiesOf("Qualcomm's Zeta Labs said it would build Vela.")).toContain('Zeta Labs (company)');
    expect(develops("Qualcomm's Vela Chat, it said, sold well.")).toEqual(['Qualcomm -develops-> Vela Chat']);
  });
});

describe('tickers beside a firm\'s name (these already held)', () => {
  it('leave the name whole', () => {
    expect(develops('Zenco (NASDAQ: ZNCO) launched Vela, a new analytics platform.')).toEqual(['Zenco -develops-> Vela']);
    expect(develops('Zenco Holdings Ltd. (HKEX: 1234) today unveiled Vela, its billing platform.')).toEqual(['Zenco Holdings Ltd -develops-> Vela']);
    expect(develops('ZNCO shares rose after Zenco launched Vela.')).toEqual(['Zenco -develops-> Vela']);
  });
});
