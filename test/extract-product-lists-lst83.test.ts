import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper round 83 (lst83): a firm's products named in a list after a colon, in brackets, between dashes, after "which include", after
// "its" with a shared noun, and after a possessive with a ticker before the "'s". Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a possessed list before a shared plural noun', () => {
  it('"its A, B, C and D apps" gives every member, the last one too', () => {
    expect(develops('Zenco updated its Zapp, Zbook, Zcam and Zdrive apps on Tuesday.')).toEqual(['Zenco -develops-> Zapp', 'Zenco -develops-> Zbook', 'Zenco -develops-> Zcam', 'Zenco -develops-> Zdrive']);
    expect(develops("Qorva's Qdrive and Qsync apps were updated.")).toEqual(['Qorva -develops-> Qdrive', 'Qorva -develops-> Qsync']);
    expect(develops('Vexa said its Vflow, Vbase and Vgrid apps now have ten million users.')).toEqual(['Vexa -develops-> Vbase', 'Vexa -develops-> Vflow', 'Vexa -develops-> Vgrid']);
  });

  it('other shared nouns kept their members already: "its popular Zeta and Zeta Pro headphones"', () => {
    expect(develops('Zenco cut the price of its popular Zeta and Zeta Pro headphones.')).toEqual(['Zenco -develops-> Zeta', 'Zenco -develops-> Zeta Pro']);
  });

  it('platforms or stores before "apps", and hosts before "plugins", are not the owner\'s', () => {
    expect(develops('Zenco updated its Android and iOS apps.')).toEqual([]);
    expect(develops("Zenco's Windows and Mac apps were updated.")).toEqual([]);
    expect(develops("Zenco's Slack and Teams plugins were updated.")).toEqual([]);
  });

  it('known names of other firms\' apps are left to each member', () => {
    expect(develops('Zenco Inc removed its Facebook and Instagram apps from phones.').filter((c) => c.startsWith('Zenco'))).not.toContain('Zenco -develops-> Instagram');
  });
});

describe('a ticker before the possessive', () => {
  it('"Zenco (NASDAQ: ZNCO)\'s Zeta" is Zenco\'s Zeta', () => {
    expect(develops("Zenco (NASDAQ: ZNCO)'s Zeta app was downloaded a million times.")).toEqual(['Zenco -develops-> Zeta']);
    expect(develops("Shares rose after Qorva (NYSE: QRV)'s new Qwatch sold out.")).toEqual(['Qorva -develops-> Qwatch']);
    expect(develops("Vexa (LSE: VXA)'s Vflow platform grew.")).toEqual(['Vexa -develops-> Vflow']);
  });

  it('a ticker after the possessive still reads', () => {
    expect(develops("Zenco's (NASDAQ: ZNCO) Zeta phone sold well.")).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe('lists that already read (kept as they are)', () => {
  it('after a colon, in brackets, between dashes', () => {
    expect(develops('Qorva offers three products: Qdrive, Qsync and Qvault.')).toEqual(['Qorva -develops-> Qdrive', 'Qorva -develops-> Qsync', 'Qorva -develops-> Qvault']);
    expect(develops('Vexa operates a cloud platform (Vflow, Vbase, Vgrid) for retailers.')).toEqual(['Vexa -develops-> Vbase', 'Vexa -develops-> Vflow', 'Vexa -develops-> Vgrid']);
    expect(develops("Lumo's suite — Lumdesk, Lumchat and Lumpay — is used by banks.")).toEqual(['Lumo -develops-> Lumchat', 'Lumo -develops-> Lumdesk', 'Lumo -develops-> Lumpay']);
  });

  it('after "which include" and "whose portfolio includes"', () => {
    expect(develops("Qorva's products, which include Qdrive, Qsync, Qvault and Qmail, are popular.")).toEqual(['Qorva -develops-> Qdrive', 'Qorva -develops-> Qmail', 'Qorva -develops-> Qsync', 'Qorva -develops-> Qvault']);
    expect(develops('Vexa, whose portfolio includes Vflow and Vbase, reported profits.')).toEqual(['Vexa -develops-> Vbase', 'Vexa -develops-> Vflow']);
  });
});

describe('a product named after its maker and kind, set off by commas', () => {
  it('"One new Zenco product, called Zpay,", "a new Zenco app, Zpay,", "the latest Zenco phone, the Zeta 9,"', () => {
    expect(develops('Zenco Inc grew fast. One new Zenco product, called Zpay, lets users send money.')).toEqual(['Zenco -develops-> Zpay']);
    expect(develops('Zenco Inc grew fast. A new Zenco app, Zpay, lets users send money.')).toEqual(['Zenco -develops-> Zpay']);
    expect(develops('Zenco Inc grew fast. The latest Zenco phone, the Zeta 9, sold out.')).toEqual(['Zenco -develops-> Zeta 9']);
    expect(develops('Qorva Ltd grew. The first Qorva coin, dubbed Qcoin, fell.')).toEqual(['Qorva -develops-> Qcoin']);
  });

  it('a platform before the kind, or a person, makes nothing', () => {
    expect(develops('A new Android app, called Zpay, lets users send money.')).toEqual([]);
    expect(develops('A new iPhone app, Zpay, lets users send money.')).toEqual([]);
  });
});

describe('a firm\'s move into a market, and the thing it moved in with', () => {
  it('"Zenco\'s foray into crypto, Zemcoin," and the like', () => {
    expect(develops("Zenco Inc grew. Zenco's foray into crypto, Zemcoin, failed.")).toEqual(['Zenco -develops-> Zemcoin']);
    expect(develops("Qorva Ltd grew. Qorva's first push into smart homes, Qhome, sold well.")).toEqual(['Qorva -develops-> Qhome']);
    expect(develops("Vexa Corp grew. Vexa's entry into the payments market, Vpay, launched on Monday.")).toEqual(['Vexa -develops-> Vpay']);
  });

  it('places, a speaker or a description after the market are not made', () => {
    expect(develops("Zenco Inc grew. Zenco's foray into Ruritania, Zembla and Freedonia failed.")).toEqual([]);
    expect(develops("Zenco Inc grew. Zenco's push into payments, Qorva said, failed.")).toEqual([]);
    expect(develops("Zenco Inc grew. Zenco's foray into payments, a crowded market, failed.")).toEqual([]);
  });
});

describe('guards', () => {
  it('customers, partners and other firms\' products are no products of the firm', () => {
    expect(develops('Zenco serves three customers: Qorva, Vexa and Lumo.')).toEqual([]);
    expect(develops("Zenco's app supports Qorva's Qdrive and Vexa's Vbase.").filter((c) => c.startsWith('Zenco'))).toEqual([]);
  });

  it('a plan or a negation asserts nothing', () => {
    expect(develops('Zenco never made the Zapp, Zbook and Zcam apps.')).toEqual([]);
    expect(develops('Zenco plans to launch three apps: Zapp, Zbook and Zcam.')).toEqual([]);
  });
});
