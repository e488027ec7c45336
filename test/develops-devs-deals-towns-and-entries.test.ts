import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/pipeline/extract/extract-article';
import { defaultLexicon } from '../src/pipeline/lexicon/lexicon';
import { claimStrings, only, scoredClaimsOf } from './extract-helpers';

// Helper app92, from stop 91's last fresh sample (games studios, lenders, insurers, car-parts and outdoor-gear makers): the trade press's
// "dev" for a developer, a deal's possessive over "Zeta developer Qorva", a town's name before a trade's kind, no claim from a node to
// itself, a firm entering a market "with a program called Zapp", and camping gear named after its brand. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('"dev" for a game\'s developer', () => {
  it('"Zorb Quest dev Qorva" and "the dev behind Zorb Quest"', () => {
    expect(develops('Zenco Inc buys Zorb Quest dev Qorva for $400 million.')).toEqual(['Qorva -develops-> Zorb Quest']);
    expect(develops('Zorb Quest dev Qorva has laid off 30 staff.')).toEqual(['Qorva -develops-> Zorb Quest']);
    expect(develops('Qorva Inc, the dev behind Zorb Quest, said it would hire 200 people.')).toEqual(['Qorva Inc -develops-> Zorb Quest']);
  });

  it('a person\'s job, a team or a kit named with "dev" makes nothing', () => {
    expect(develops("Zenco Inc's dev Jane Doe left in May.")).toEqual([]);
    expect(develops('Zenco Inc hired Zorb Quest dev Jane Doe.')).toEqual([]);
    expect(develops('The Zorb Quest dev team at Qorva Inc grew.')).toEqual([]);
    expect(develops("Zenco Inc's dev kit for the console shipped in May.")).toEqual([]);
  });

  it('an investor, a fund or a partner named beside "behind" makes nothing', () => {
    expect(develops('Zembla Capital, the investor behind Qorva Inc, said it was pleased.')).toEqual([]);
    expect(develops('Zembla Capital, the fund behind Zorb Quest, said it was pleased.')).toEqual([]);
    expect(develops('Zembla Capital, the lawyer behind the Zorb Quest lawsuit, said it was pleased.')).toEqual([]);
  });

  it('an investor, a distributor or a rival beside "Zorb Quest dev Qorva" makes nothing of it', () => {
    expect(develops('Zenco Inc, the investor in Zorb Quest dev Qorva, said it was pleased.')).toEqual(['Qorva -develops-> Zorb Quest']);
    expect(develops('Zenco Inc distributes games from Zorb Quest dev Qorva.')).toEqual(['Qorva -develops-> Zorb Quest']);
    expect(develops("Zenco Inc's rival, Zorb Quest dev Qorva, grew.")).toEqual(['Qorva -develops-> Zorb Quest']);
  });

  it('a rival named "Zorb Quest dev Qorva" is the studio, not its game', () => {
    expect(only('competes_with')(scoredClaimsOf("Zenco Inc's rival, Zorb Quest dev Qorva, grew."))).toEqual(['Zenco Inc -competes_with-> Qorva']);
  });
});

describe('a deal\'s possessive over "Zeta developer Qorva"', () => {
  it('the firm bought is the maker, not the buyer', () => {
    expect(develops("Zenco Inc's buyout of Zorb Saga developer Qorva closed on Monday.")).toEqual(['Qorva -develops-> Zorb Saga']);
    expect(develops("Zenco Inc's purchase of Zorb Saga dev Qorva closed on Monday.")).toEqual(['Qorva -develops-> Zorb Saga']);
    expect(develops("Zenco Inc's purchase of Zorb Saga studio Qorva closed on Monday.")).toEqual(['Qorva -develops-> Zorb Saga']);
    expect(develops('Zenco Inc completed its acquisition of Zorb Saga maker Qorva on Monday.')).toEqual(['Qorva -develops-> Zorb Saga']);
  });

  it('a sale or a stake over "Zeta dev Qorva" gives the seller nothing', () => {
    expect(develops('Zenco Inc sold its stake in Zorb Quest dev Qorva.')).toEqual(['Qorva -develops-> Zorb Quest']);
    expect(develops("Zenco Inc's sale of Zorb Quest developer Qorva closed.")).toEqual(['Qorva -develops-> Zorb Quest']);
    expect(develops("Zenco Inc's failed takeover of Zorb Saga developer Qorva cost millions.")).toEqual(['Qorva -develops-> Zorb Saga']);
    expect(develops("Zenco Inc's bid for Zorb Saga developer Qorva was rejected.")).toEqual(['Qorva -develops-> Zorb Saga']);
    expect(develops("Zenco Inc's acquisition of Zorb Saga publisher Qorva closed.")).toEqual(['Qorva -develops-> Zorb Saga']);
  });
});

describe('a town\'s name before a trade\'s kind', () => {
  it('"Ruritania City game maker Qorva" makes no game called after the town', () => {
    expect(develops('Ruritania City game maker Qorva raised $10 million.')).toEqual([]);
    expect(develops('Zembla County software firm Qorva raised $10 million.')).toEqual([]);
    expect(develops('Zembla Township game studio Qorva raised $10 million.')).toEqual([]);
    expect(develops("Ruritania City's game maker Qorva raised funds.")).toEqual([]);
    expect(develops('Zembla Province software maker Qorva raised funds.')).toEqual([]);
    expect(develops('Zenco Inc, a Ruritania City game maker, raised funds.')).toEqual([]);
  });

  it('a title right before the maker\'s noun is still its work', () => {
    expect(develops('Zorb Quest game maker Qorva raised $10 million.')).toEqual(['Qorva -develops-> Zorb Quest']);
    expect(develops('Zorb City developer Qorva raised $10 million.')).toEqual(['Qorva -develops-> Zorb City']);
  });
});

describe('no claim joins a node to itself', () => {
  it('a firm named twice is never its own maker', () => {
    const record = extractArticle({ id: 'a', text: "Ruritania's Zenco Automotive bought a stake in Vexa Corp. Zenco Automotive said Zenco Automotive makes axles." }, defaultLexicon());
    expect(record.claims.filter((c) => c.source === c.target)).toEqual([]);
    expect(claimStrings(record).filter((c) => { const [s, t] = c.split(/ -\w+-> /); return s === t; })).toEqual([]);
  });
});

describe('a firm entering a market with a thing called by its name', () => {
  it('"ventured into insurance with a program called Zapp"', () => {
    expect(develops('Zenco Inc is an insurer. Zenco first ventured into insurance with a program called Zapp.')).toEqual(['Zenco -develops-> Zapp']);
    expect(develops('Zenco Inc is a lender. Zenco broke into lending with an app named Zeta.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco Inc is a lender. Zenco moved into payments with a card dubbed Zeta.')).toEqual(['Zenco -develops-> Zeta']);
  });

  it('a deal or a partner entered with a named thing is another firm\'s', () => {
    expect(develops('Zenco Inc is an insurer. Zenco entered talks with a platform called Zeta.')).toEqual([]);
    expect(develops('Zenco Inc is an insurer. Zenco entered a partnership with an app called Zeta.')).toEqual([]);
    expect(develops('Zenco Inc is an insurer. Zenco entered into an agreement with a platform named Zeta.')).toEqual([]);
    expect(develops('Zenco Inc is an insurer. Zenco partnered with a program called Zapp.')).toEqual([]);
    expect(develops('Zenco Inc is an insurer. Zenco entered the market with help from an app called Zeta.')).toEqual([]);
    expect(develops('Zenco Inc is an insurer. Zenco entered the market, competing with a program called Zapp.')).toEqual([]);
    expect(develops('Zenco Inc is an insurer. Zenco plans to enter the market with a program called Zapp.')).toEqual([]);
    expect(develops('Zenco Inc entered the market to compete with an app called Zeta.')).toEqual([]);
    expect(develops('Zenco Inc entered the market along with an app called Zeta.')).toEqual([]);
    expect(develops('Zenco Inc ventured into lending with a partner called Qorva.')).toEqual([]);
  });

  it('a thing entered with that another firm runs or made stays that firm\'s', () => {
    expect(develops('Zenco Inc ventured into lending with an app called Zeta, run by Qorva Ltd.')).toEqual(['Qorva Ltd -develops-> Zeta']);
    expect(develops('Zenco Inc entered the market with an app called Zeta, developed by Qorva Ltd.')).toEqual(['Qorva Ltd -develops-> Zeta']);
    expect(develops('Zenco Inc entered the market with an app called Zeta from Qorva Ltd.')).toEqual(['Qorva Ltd -develops-> Zeta']);
  });

  it('a negated entry is no claim', () => {
    expect(develops('Zenco Inc is an insurer. Zenco never ventured into insurance with a program called Zapp.')).toEqual([]);
  });
});

describe('camping gear named after its brand', () => {
  it('"its iconic Tallon cooler", "its Tallon tents"', () => {
    expect(develops('Zenco Inc is a gear maker. Zenco upgraded its iconic Tallon cooler this year.')).toEqual(['Zenco -develops-> Tallon']);
    expect(develops('Zenco Inc is a gear maker. Zenco recalled its Vexa helmets in May.')).toEqual(['Zenco -develops-> Vexa']);
    expect(develops('Zenco Inc is a gear maker. Zenco showed its new Borin backpack at the fair.')).toEqual(['Zenco -develops-> Borin']);
  });

  it('another owner\'s cooler stays its owner\'s', () => {
    expect(develops("Zenco Inc upgraded Qorva Corp's Tallon cooler this year.")).toEqual(['Qorva Corp -develops-> Tallon']);
    expect(develops('Zenco Inc sued Qorva Corp over its Tallon cooler.')).toEqual(['Qorva Corp -develops-> Tallon']);
  });

  it('a shop\'s stock, a sponsor\'s tent or a customer\'s parts make nothing', () => {
    expect(develops('Zenco Inc sells Vexa helmets in its stores.')).toEqual([]);
    expect(develops('Zenco Inc, a retailer, stocks Tallon coolers and Vexa tents.')).toEqual([]);
    expect(develops('Visitors crowded the Qorva tent at the Zembla festival, Zenco Inc said.')).toEqual([]);
    expect(develops('Zenco Inc makes axles for Qorva Motors.')).toEqual([]);
    expect(develops('Qorva Motors uses Zenco Inc e-axles.')).toEqual([]);
  });
});

describe('drive parts named after their brand', () => {
  it('"its Zdrive powertrains", "its Vexa e-axle"', () => {
    expect(develops('Qorva Inc grew with the development of its Zdrive powertrains.')).toEqual(['Qorva Inc -develops-> Zdrive']);
    expect(develops('Qorva Inc is a supplier. Qorva showed its Vexa e-axle in May.')).toEqual(['Qorva -develops-> Vexa']);
  });
});
