import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper nmx96, from set 94's names (apostrophes inside names) and real brewing news: a wearer's possessive ("Women's", "Kids'")
// inside a line's name is no owner's mark; a shop's name after a retailer's role noun keeps its founder's possessive ("Orvix's
// Depot"); a firm named with its group or legal tail ("Mark Holt Group") is the same firm by the words before the tail later on, even
// when they are shaped as a person's name. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe("a wearer's possessive inside a name", () => {
  it('"Tide Women\'s Clogs", "Vexa Kids\' Runner" stay whole', () => {
    expect(develops("Zenco makes the Tide Women's Clogs and the Lumo sandal.")).toEqual(['Zenco -develops-> Lumo', "Zenco -develops-> Tide Women's Clogs"]);
    expect(develops("Zenco launched the Vexa Kids' Runner last week.")).toEqual(["Zenco -develops-> Vexa Kids' Runner"]);
    expect(develops("Marto's Koru and Tide Men's Loafers are sold in stores.")).toEqual(['Marto -develops-> Koru', "Marto -develops-> Tide Men's Loafers"]);
  });

  it("a firm's own possessive before the wearer's stays its owner's mark", () => {
    expect(develops("Zenco's Women's Clogs sold well last year.")).toEqual(["Zenco -develops-> Women's Clogs"]);
  });

  it('a team or a tournament named with a wearer makes nothing', () => {
    expect(develops("Qorva said the Zenco Women's team won the cup.")).toEqual([]);
    expect(develops("Zenco sponsors the women's league and the Vexa Men's tournament.")).toEqual([]);
  });
});

describe("a shop's name with its founder's possessive", () => {
  it('"retailer Orvix\'s Depot" is one shop, which makes nothing', () => {
    expect(develops("Shoppers can buy the Lumo kettle at retailer Orvix's Depot, Zenco said.")).toEqual([]);
    expect(develops("The chain Zeta's Kitchen opened ten new sites.")).toEqual([]);
  });

  it("a retailer's own brand, or a brand word before a kind, keeps its owner", () => {
    expect(develops("Retailer Zenco's Lumo label sells well.")).toEqual(['Zenco -develops-> Lumo']);
    expect(develops("Retailer Zenco's Market brand sells well.")).toEqual(['Zenco -develops-> Market']);
    expect(develops("Zenco's Kitchen Pro mixer went on sale.")).toEqual(['Zenco -develops-> Kitchen Pro']);
  });
});

describe("a firm's short name before its group or legal tail", () => {
  it('"Mark Holt Group … Mark Holt has a portfolio of brands" is the firm', () => {
    expect(develops('Vexa agreed to buy the brewing arm of Mark Holt Group. Mark Holt has a portfolio of brands, including Lumo and Brix.')).toEqual(['Mark Holt Group -develops-> Brix', 'Mark Holt Group -develops-> Lumo']);
    expect(develops('Vexa bought Dana Reed Holdings Ltd. Dana Reed makes the Lumo cider.')).toEqual(['Dana Reed Holdings Ltd -develops-> Lumo']);
  });

  it("a person's name the article never gave a firm's tail, a trade's tail, or a founder, stays a person", () => {
    expect(develops('Mark Holt has a portfolio of brands, including Lumo and Brix.')).toEqual([]);
    expect(develops('Vexa bought Mark Holt Motors. Mark Holt said the Lumo cider sold well.')).toEqual([]);
    expect(develops('Jane Reed founded Zenco Inc. Jane Reed said the Lumo cider sold well.')).toEqual([]);
    expect(develops('Vexa bought Mark Holt Group. Founder Mark Holt said the Lumo cider sold well.')).toEqual([]);
  });
});
