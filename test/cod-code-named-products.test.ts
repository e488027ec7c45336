import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper cod (stop 100), from readers of real news on products named only by a code in capitals: a code in brackets or set off after
// a fund a firm sells, a firm's "solution", or a kind after an acronym-led describing word; a firm named with its bare ticker; a
// ticker after a legal form. Sentences written for the tests.

const makes = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a code naming a fund a firm sells', () => {
  it('in brackets or set off after the possessed fund', () => {
    expect(makes("Zenco's tokenized fund (ZFND) has become the largest in the market.")).toEqual(['Zenco -develops-> ZFND']);
    expect(makes("Zenco's tokenized asset fund, ZFND, has become the largest in the market.")).toEqual(['Zenco -develops-> ZFND']);
    expect(makes("Zenco's tokenized treasury fund (ZTF) and Qorva's money market fund (QMF) grew.")).toEqual(['Qorva -develops-> QMF', 'Zenco -develops-> ZTF']);
    expect(makes("Zenco's tokenized fund ZFND-2 has become the largest.")).toEqual(['Zenco -develops-> ZFND-2']);
  });

  it('after "its", past an acronym-led describing word', () => {
    expect(makes('Zenco said its tokenized fund (ZFND) grew.')).toEqual(['Zenco -develops-> ZFND']);
    expect(makes('Zenco said its AI-powered tokenized fund (ZFND) grew.')).toEqual(['Zenco -develops-> ZFND']);
    expect(makes('Zenco said its delivery drone (ZX7) was approved.')).toEqual(['Zenco -develops-> ZX7']);
  });

  it('named before its maker, quoted or not, or called so', () => {
    expect(makes("The money fund 'QBEN' launched by Qorva has drawn new investors.")).toEqual(['Qorva -develops-> QBEN']);
    expect(makes('The money fund QBEN, launched by Qorva, drew new investors.')).toEqual(['Qorva -develops-> QBEN']);
    expect(makes('Qorva launched a money market fund called QBEN.')).toEqual(['Qorva -develops-> QBEN']);
  });

  it("a firm's own investing arm is no fund it sells", () => {
    expect(makes("Zenco's pension fund (ZPF) sold its stake.")).toEqual([]);
    expect(makes("Zenco's venture fund, ZV, invested in Vexa.")).toEqual([]);
    expect(makes('Zenco said its pension fund (ZPF) grew.')).toEqual([]);
    expect(makes('Qorva launched a hedge fund called QBEN.')).toEqual([]);
  });
});

describe("a firm's solution named by a code", () => {
  it('set off after the possessed solution, past "AI-powered"', () => {
    expect(makes('Vexa said its AI-powered imaging solution, ZETAVESSEL FFR, is now available in Germany.')).toEqual(['Vexa -develops-> ZETAVESSEL FFR']);
    expect(makes('Zenco said its AI imaging software, ZETAVESSEL, is now available.')).toEqual(['Zenco -develops-> ZETAVESSEL']);
    expect(makes("Zenco's payment solution ZPAY - launched in May - is used by banks.")).toEqual(['Zenco -develops-> ZPAY']);
  });

  it('a solution to a problem names nothing', () => {
    expect(makes('The company offers a solution to the problem.')).toEqual([]);
  });
});

describe('tickers, currency codes and acronyms of a trade', () => {
  it("a bare ticker after a name a firm's word ends makes it a firm", () => {
    expect(entitiesOf('India banned Zenco Finance (ZEN) on Monday.')).toContain('Zenco Finance (company)');
    expect(entitiesOf('Zenco Finance (ZEN) was banned in India.')).toContain('Zenco Finance (company)');
  });

  it('a ticker after a legal form is no product and no part of the name', () => {
    expect(makes('Qorva Inc QRVA launched a payment app called QPAY.')).toEqual(['Qorva Inc -develops-> QPAY']);
    expect(makes('Qorva Inc. QRVA launched a payment app called QPAY.')).toEqual(['Qorva Inc -develops-> QPAY']);
    expect(makes('Qorva Inc. (NASDAQ: QRVA) launched QPAY.')).toEqual(['Qorva Inc -develops-> QPAY']);
    expect(entitiesOf('Qorva Inc QRVA said revenue rose.').some((e) => e.includes('QRVA'))).toBe(false);
  });

  it('currency codes, ETF and SDK alone are no products; states stay states', () => {
    expect(makes("Zenco's tokenized fund (USD) has grown.")).toEqual([]);
    expect(makes("Zenco's ETF drew inflows.")).toEqual([]);
    expect(makes("Zenco's new ETF drew inflows.")).toEqual([]);
    expect(makes("Zenco's SDK is popular.")).toEqual([]);
    expect(makes("Zenco's CEO said the IPO would come in June.")).toEqual([]);
    expect(makes("Zenco's AI chip uses 5G and has 8 GB of memory.")).toEqual([]);
    expect(entitiesOf("Zenco's revenue in the US rose.")).toContain('United States (government)');
    expect(makes("Zenco's exchange-traded fund (ZETF) drew inflows.")).toEqual(['Zenco -develops-> ZETF']);
  });
});
