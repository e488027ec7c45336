import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 52's families from its first round's readers (bans, controls, makers), on sentences written
// for the tests: blocked takeovers and divestment orders, targets named after a counted act, a
// classification board's refusal, seizures, drugs named with their generic and maker, partners in
// making, and names cut short ("Boeing 737 Max 9", "Australian Classification Board").

describe('blocked takeovers and divestment orders restrict the buyer', () => {
  it.each([
    ["Germany blocked Zenco Ltd's takeover of Qorva GmbH.", ['Germany -restricts-> Zenco Ltd']],
    ["Italy vetoed Zenco Ltd's proposed acquisition of Qorva SpA.", ['Italy -restricts-> Zenco Ltd']],
    ['Germany blocked the acquisition of Qorva GmbH by Zenco Ltd.', ['Germany -restricts-> Zenco Ltd']],
    ['Germany blocked Zenco Ltd from purchasing Qorva GmbH.', ['Germany -restricts-> Zenco Ltd']],
    ['Germany barred Zenco Ltd from taking a stake in Qorva GmbH.', ['Germany -restricts-> Zenco Ltd']],
    ['Washington ordered Zenco Ltd to unwind its acquisition of Qorva Inc.', ['United States -restricts-> Zenco Ltd']],
    ['Zenco Ltd has been ordered to divest its stake in Qorva Corp, the Canadian government said.', ['Canada -restricts-> Zenco Ltd']],
  ])('"%s"', (text, claims) => {
    const found = scoredClaimsOf(text);
    expect(only('restricts')(found)).toEqual(claims);
    expect(only('banned')(found)).toEqual([]);
  });

  it('a firm barred from buying goods is still banned, and a ban on a sale still bans', () => {
    expect(scoredClaimsOf('Washington barred Huawei from buying chips.')).toEqual(['United States -banned-> Huawei']);
    expect(scoredClaimsOf('The EU blocked the sale of TikTok in Europe.')).toEqual(['European Union -banned-> TikTok']);
  });
});

describe('targets named after an act that counted them', () => {
  it('"The Treasury" alone issues the act its next sentence names', () => {
    expect(only('restricts')(scoredClaimsOf('The Treasury sanctioned six firms on Tuesday. They include Zenco Trading LLC, Qorva Shipping Ltd and Vexa Petro FZE.'))).toEqual([
      'Treasury -restricts-> Qorva Shipping Ltd', 'Treasury -restricts-> Vexa Petro FZE', 'Treasury -restricts-> Zenco Trading LLC',
    ]);
    expect(scoredClaimsOf('Treasury yields rose on Tuesday. The Treasury market was calm.')).toEqual([]);
  });

  it.each([
    ['The Treasury sanctioned six firms on Tuesday. It identified them as Zenco Trading LLC and Qorva Shipping Ltd.', ['Treasury -restricts-> Qorva Shipping Ltd', 'Treasury -restricts-> Zenco Trading LLC']],
    ['The EU sanctioned four Chinese firms. The companies were named as Zenco Ltd and Qorva Ltd.', ['European Union -restricts-> Qorva Ltd', 'European Union -restricts-> Zenco Ltd']],
  ])('"%s": a verb of naming lists them', (text, claims) => {
    expect(only('restricts')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('legal forms of free zones and joint-stock companies end a firm\'s name', () => {
    expect(scoredClaimsOf('Sanctions were imposed on Rosneft PJSC and Zarubezhneft JSC by the EU.')).toEqual(['European Union -restricts-> Rosneft PJSC', 'European Union -restricts-> Zarubezhneft JSC']);
  });
});

describe('a licence to export, required', () => {
  it('"will require a licence to export software to X" restricts X', () => {
    expect(only('restricts')(scoredClaimsOf('The Commerce Department will require a licence to export AI software to Zenco Ltd.'))).toEqual(['Commerce Department -restricts-> Zenco Ltd']);
  });
});

describe("a classification board's refusal bans the title", () => {
  it.each([
    ['Zeta Quest, a survival game by Compulsion Games, has been refused classification by the Australian Classification Board.'],
    ['The Australian Classification Board refused to classify Zeta Quest, a game by Compulsion Games.'],
    ['The Australian Classification Board chose not to classify Zeta Quest, a game by Compulsion Games.'],
  ])('"%s"', (text) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(['Australian Classification Board -banned-> Zeta Quest']);
  });

  it('a demonym opens the name of an authority or a board, not of a ministry', () => {
    expect(only('banned')(scoredClaimsOf('The Australian Communications and Media Authority ordered providers to block Zen Casino.'))).toEqual(['Australian Communications and Media Authority -banned-> Zen Casino']);
    expect(only('banned')(scoredClaimsOf('The Nepali Ministry of Finance banned Zapp.'))).toEqual(['Ministry of Finance -banned-> Zapp']);
  });
});

describe('seizures by a state', () => {
  it('seizing goods bans them; seizing on remarks or control bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('Italian customs seized 134 Topolino cars made by Fiat.'))).toEqual(['Italy -banned-> Topolino']);
    expect(scoredClaimsOf("China seized on Apple's comments.")).toEqual([]);
    expect(scoredClaimsOf('Zenco Ltd seized control of Qorva Inc.')).toEqual([]);
  });
});

describe('drugs named with their generic and their maker', () => {
  it.each([
    ['The FDA approved Zenapex (zenatinib; Pfizer Inc.) in 2021.', ['Pfizer Inc -develops-> Zenapex']],
    ['The FDA announced its decision to withdraw approval of zenatinib (Zenapex, Samsung).', ['Food and Drug Administration -banned-> Zenapex', 'Samsung -develops-> Zenapex']],
  ])('"%s": one drug, its maker in the brackets', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('the generic is an alias of the brand, not its product', () => {
    expect(entitiesOf('The FDA approved Zenapex (zenatinib, Samsung) in 2021.')).not.toContain('zenatinib (product)');
  });

  it('a gloss in brackets names no maker', () => {
    expect(only('develops')(scoredClaimsOf('ByteDance\'s core product, Toutiao ("Headlines"), is a content platform.'))).toEqual(['ByteDance -develops-> Toutiao']);
  });
});

describe('makers', () => {
  it.each([
    ['Samsung has partnered with Google to deliver two headsets, the Galaxy XR and the Galaxy XR Pro.', ['Google -develops-> Galaxy XR', 'Google -develops-> Galaxy XR Pro', 'Samsung -develops-> Galaxy XR', 'Samsung -develops-> Galaxy XR Pro']],
    ['Sony is working with Honda on a car called Afeela.', ['Honda -develops-> Afeela', 'Sony -develops-> Afeela']],
    ['Zeta Wars is the second game from publisher Qorva Games.', ['Qorva Games -develops-> Zeta Wars']],
    ['Samsung said Zeta, its pain tablet, was exempted.', ['Samsung -develops-> Zeta']],
    ['Samsung announced the $249 Galaxy Buds 4 on Monday.', ['Samsung -develops-> Galaxy Buds 4']],
    ['Regulators approved the Samsung weight-loss drug zenatinib.', ['Samsung -develops-> zenatinib']],
  ])('"%s"', (text, claims) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('a partner in selling makes nothing', () => {
    expect(only('develops')(scoredClaimsOf('Samsung partnered with Google to sell the Pixel.'))).toEqual([]);
  });
});

describe('versioned names kept whole', () => {
  it('"Boeing 737 Max 9" and "the 737 Max 9"', () => {
    expect(only('banned')(scoredClaimsOf('The FAA grounded the Boeing 737 Max 9 on Saturday.'))).toEqual(['Federal Aviation Administration -banned-> Boeing 737 Max 9']);
    expect(only('banned')(scoredClaimsOf('The FAA grounded the 737 Max 9 jets.'))).toEqual(['Federal Aviation Administration -banned-> 737 Max 9']);
    expect(scoredClaimsOf('In 2024 Max Verstappen won.')).toEqual([]);
  });
});

describe('sanctions lists and their issuers', () => {
  it('"The Treasury\'s action targeted A and B" restricts them', () => {
    expect(scoredClaimsOf("The US Treasury's action targeted Zenco Ltd and Vexa Corp.").filter((c) => !c.includes('part_of'))).toEqual(['Treasury Department -restricts-> Vexa Corp', 'Treasury Department -restricts-> Zenco Ltd']);
  });

  it('a later member after a named person, and a city before a firm\'s seat', () => {
    expect(scoredClaimsOf('The Treasury sanctioned Zenco Ltd, its CEO John Smith, and its affiliate Vexa Corp.')).toEqual(['Treasury -restricts-> Vexa Corp', 'Treasury -restricts-> Zenco Ltd']);
    expect(only('restricts')(scoredClaimsOf('OFAC designated Dandong, China-based Zenco Trading Co., Ltd. and Vexa Corp.'))).toEqual(['Office of Foreign Assets Control -restricts-> Vexa Corp', 'Office of Foreign Assets Control -restricts-> Zenco Trading Co., Ltd']);
  });
});

describe('a product as its maker\'s attempt', () => {
  it.each([
    ["The Zeta 5 is Samsung's attempt to win back buyers."],
    ["The Zeta 5 is Samsung's first foray into foldables."],
  ])('"%s"', (text) => {
    expect(scoredClaimsOf(text)).toEqual(['Samsung -develops-> Zeta 5']);
  });
});
