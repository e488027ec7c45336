import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper dvo93 (stop 92, round 3), from the eighty-sixth fresh sample on channels, stores and brands: a firm that runs an outlet named
// after its kind owns it; an outlet set in apposition "under" a firm is that firm's; firms that are partners in a thing own it jointly.
// A brand a retailer, a franchisee or a licensee trades under is another's; "on the basis of" a thing names no thing launched.
// Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('"runs" or "operates" + an outlet\'s kind + its name', () => {
  it('names the outlet the subject owns', () => {
    expect(develops('Zenco Corp. runs subscription channel ZenNow.')).toEqual(['Zenco Corp -develops-> ZenNow']);
    expect(develops('Zenco Corp. runs the subscription channel Vexa TV.')).toEqual(['Zenco Corp -develops-> Vexa TV']);
    expect(develops('Zenco Corp. runs the news website Plixo, which it founded in 2010.')).toEqual(['Zenco Corp -develops-> Plixo']);
    expect(develops('Zenco Corp., a media group, runs the subscription channel Vexa TV.')).toEqual(['Zenco Corp -develops-> Vexa TV']);
  });

  it('not an outlet the verb only reaches through a preposition, nor a planned or another\'s one', () => {
    expect(develops('Zenco Corp. runs ads on the channel Vexa TV.')).toEqual([]);
    expect(develops('Zenco Corp. plans to run the channel Vexa TV.')).toEqual([]);
    expect(develops('Zenco Corp. runs the partner channel Vexa TV for Qorva Inc.')).toEqual([]);
    expect(develops('Zenco Corp. runs the Qorva-owned channel Vexa TV.')).toEqual(['Qorva -develops-> Vexa TV']);
    expect(develops('Zenco Corp. runs the franchised channel Vexa TV.')).toEqual([]);
    expect(develops('Zenco Corp., an ad agency, runs the subscription channel Vexa TV.')).toEqual([]);
    expect(develops('Zenco Corp., an investor, runs the subscription channel Vexa TV.')).toEqual([]);
    expect(develops('Zenco Corp. runs the subscription channel Vexa TV, which Qorva Inc. owns.')).toEqual(['Qorva Inc -develops-> Vexa TV']);
    expect(develops('Zenco Corp. runs the subscription channel Vexa TV, which is owned by Qorva Inc.')).toEqual(['Qorva Inc -develops-> Vexa TV']);
    expect(develops('Zenco Corp. runs shows on the channel Vexa TV and the website Plixo.')).toEqual([]);
  });
});

describe('an outlet in apposition "under" its owner', () => {
  it('"Zeta, a new channel under Zenco Communications," names Zeta\'s owner', () => {
    expect(develops('Zeta, a new channel under Zenco Communications, launched on Monday.')).toEqual(['Zenco Communications -develops-> Zeta']);
    expect(develops('Plixo TV, a network under Zenco Corp., began broadcasting in May.')).toEqual(['Zenco Corp -develops-> Plixo TV']);
  });

  it('not one under another\'s management, licence or scrutiny', () => {
    expect(develops("Zeta TV, a channel under Zenco Corp.'s management, launched on Monday.")).toEqual([]);
    expect(develops('Zeta TV, a channel under licence from Zenco Corp., launched on Monday.')).toEqual([]);
    expect(develops('Zeta TV, a channel under investigation by Zenco Corp., launched on Monday.')).toEqual([]);
    expect(develops('Zeta TV, a rival channel under Zenco Corp., launched on Monday.')).toEqual([]);
  });
});

describe('joint owners named partners in the thing', () => {
  it('"Zenco and Qorva have been partners in Zstream" names both owners', () => {
    expect(develops('Zenco Corp. and Qorva Inc. have been partners in Zstream since 2014.')).toEqual(['Qorva Inc -develops-> Zstream', 'Zenco Corp -develops-> Zstream']);
    expect(develops('Zenco Corp. and Qorva Inc. are equal partners in Zstream.')).toEqual(['Qorva Inc -develops-> Zstream', 'Zenco Corp -develops-> Zstream']);
  });

  it('not partners in a deal, talks or a place, nor partners denied or only planned', () => {
    expect(develops('Zenco Corp. and Qorva Inc. have been partners in the Zstream deal since 2014.')).toEqual([]);
    expect(develops('Zenco Corp. and Qorva Inc. are partners in the Zstream talks.')).toEqual([]);
    expect(develops('Zenco Corp. and Qorva Inc. are partners in Brazil.')).toEqual([]);
    expect(develops('Zenco Corp. and Qorva Inc. were never partners in Zstream.')).toEqual([]);
    expect(develops('Zenco Corp. and Qorva Inc. may become partners in Zstream.')).toEqual([]);
    expect(develops('Zenco Corp. and Qorva Inc. are partners in Zeta Holdings.')).toEqual([]);
    expect(develops('Zenco Corp. and Qorva Inc. are partners in Zstream, which Borin Ltd. owns.')).toEqual(['Borin Ltd -develops-> Zstream']);
  });
});

describe('trading under a brand that is another\'s', () => {
  it('the trader\'s own brand still names it', () => {
    expect(develops('Zenco Corp. sells its heaters under the Vexa brand name.')).toEqual(['Zenco Corp -develops-> Vexa']);
    expect(develops('Zenco Corp., a heater maker, sells heaters under the Vexa brand.')).toEqual(['Zenco Corp -develops-> Vexa']);
    expect(develops('Qorva Inc., a retailer, sells heaters under its Vexa brand.')).toEqual(['Qorva Inc -develops-> Vexa']);
    expect(develops('Zenco Corp., a drugstore chain, operates stores under the Vexa banner.')).toEqual(['Zenco Corp -develops-> Vexa']);
  });

  it('not a retailer\'s, a franchisee\'s or a licensee\'s trade under the brand', () => {
    expect(develops('Qorva Inc., a retailer, sells heaters under the Vexa brand.')).toEqual([]);
    expect(develops('Qorva Inc., a supermarket chain, sells chicken under brand names Alpha, Beta and Gamma.')).toEqual([]);
    expect(develops('Qorva Inc., which operates stores under the Vexa banner as a franchisee of Zenco Corp., grew sales.')).toEqual([]);
    expect(develops('Qorva Inc. sells heaters under the Vexa brand under licence from Zenco Corp.')).toEqual([]);
    expect(develops('Qorva Inc. sells heaters under the Vexa brand, licensed from Zenco Corp.')).toEqual([]);
    expect(develops('Qorva Inc. operates 40 stores under the Vexa banner on behalf of Zenco Corp.')).toEqual([]);
    expect(develops('Qorva Inc. operates 300 stores under the Vexa banner, which it licenses from Zenco Corp.')).toEqual([]);
    expect(develops('Qorva Inc., a big retailer, also sells heaters under the Vexa brand.')).toEqual([]);
    expect(develops('Qorva Inc. operates 40 franchised stores under the Vexa and Plix banners.')).toEqual([]);
    expect(develops('Qorva Inc., a franchisee, operates 40 stores under the Vexa and Plix banners.')).toEqual([]);
    expect(develops('Qorva Inc. operates 40 stores under the Vexa and Plix banners as a franchisee of Zenco Corp.')).toEqual([]);
  });
});

describe('"on the basis of", "in place of", "ahead of": a base, a stand-in or a time, not the thing launched', () => {
  it('names no thing made', () => {
    expect(develops('Zeta Media launched broadcasting on the basis of Borin TV.')).toEqual([]);
    expect(develops('Zenco Corp. launched its channel on the basis of Borin TV.')).toEqual([]);
    expect(develops("Zenco Corp. launched its channel in place of Qorva's Vexa TV.")).toEqual(['Qorva -develops-> Vexa TV']);
  });

  it('the thing launched still is the launcher\'s', () => {
    expect(develops('Zenco Corp. launched the first version of Zeta on Monday.')).toEqual(['Zenco Corp -develops-> Zeta']);
    expect(develops('Zenco Corp. launched Zeta, its new channel, on the basis of strong demand.')).toEqual(['Zenco Corp -develops-> Zeta']);
  });
});
