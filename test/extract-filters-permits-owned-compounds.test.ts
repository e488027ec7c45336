import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 58, from its first round's readers: a state filtering or pulling the plug on a service, the suppliers a revoked
// permit names, licences a state requires of its exporters, a control in a relative clause, "the federal government" of a
// federation named by one of its bodies, rivals won over, players and drives, a possessive inside a list, and a
// hyphenated owner that the lexicon knows as a product too. Sentences written for the tests.

describe('a state filtering or pulling the plug on a service', () => {
  it.each([
    ['The Iranian government has filtered Instagram and Telegram.', ['Iran -banned-> Instagram', 'Iran -banned-> Telegram']],
    ["China has pulled the plug on Google's Gmail.", ['China -banned-> Gmail']],
  ])('"%s"', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('a firm filtering or pulling the plug bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('Gmail filters spam from Yahoo.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Google pulled the plug on Google Reader.'))).toEqual([]);
  });
});

describe('permits and licences', () => {
  it('"revoked Zenco\'s licences to buy from A and B": the suppliers are not banned', () => {
    expect(only('banned')(scoredClaimsOf("The Commerce Department revoked Huawei's licences to buy from Intel and Qualcomm."))).toEqual(['Commerce Department -banned-> Huawei']);
  });

  it.each([
    // The exporters the state makes hold the licence are restricted too (helper lic101, licence-requirement-patterns.ts).
    ['The Netherlands required ASML to obtain a licence for shipments of DUV tools to China.', ['Netherlands -restricts-> ASML', 'Netherlands -restricts-> China']],
    ['The US required Nvidia and AMD to get licences to ship chips to China.', ['United States -restricts-> AMD', 'United States -restricts-> China', 'United States -restricts-> Nvidia']],
  ])('a state requiring its exporters to obtain licences: "%s"', (text, claims) => {
    expect(only('restricts')(scoredClaimsOf(text))).toEqual(claims);
  });

  it('"to which Ruritania restricts exports": the places before the relative clause', () => {
    expect(only('restricts')(scoredClaimsOf('The firm hired staff from Russia and Iran, to which the United States restricts exports of arms.'))).toEqual([
      'United States -restricts-> Iran',
      'United States -restricts-> Russia',
    ]);
  });
});

describe('"the federal government" of a story about another federation', () => {
  it('a body a rule named for its state counts for the story', () => {
    const text = "The Swiss economy ministry suspended Zenco's export licences. Zenco AG has been hit with an export ban by the federal government.";
    const restricts = only('restricts')(scoredClaimsOf(text));
    expect(restricts).toContain('Switzerland -restricts-> Zenco');
    expect(restricts.filter((c) => c.startsWith('United States'))).toEqual([]);
  });
});

describe('makers and rivals', () => {
  it.each([
    ['Apple came up with the iPod in 2001.', 'develops', ['Apple -develops-> iPod']],
    ["Apple's music player, the iPod, won.", 'develops', ['Apple -develops-> iPod']],
    ["Iomega's drives, the Zip and the Jaz, sold well.", 'develops', ['Iomega -develops-> Jaz', 'Iomega -develops-> Zip']],
    ['Orkut lost users to Facebook.', 'competes_with', ['Orkut -competes_with-> Facebook']],
    ['Palm pitted its Treo against the iPhone.', 'competes_with', ['Treo -competes_with-> iPhone']],
  ])('"%s"', (text, relation, claims) => {
    expect(only(relation)(scoredClaimsOf(text))).toEqual(claims);
  });

  it('a firm coming up with a plan makes nothing', () => {
    expect(only('develops')(scoredClaimsOf('Zenco came up with a plan.'))).toEqual([]);
  });

  it("a possessive that is a later member of a list owns only its own item", () => {
    expect(only('develops')(scoredClaimsOf("Rivals include sites such as Friendster, Google's Orkut, LinkedIn and Bebo."))).toEqual(['Google -develops-> Orkut']);
  });
});

describe('a hyphenated owner the lexicon knows as a product too', () => {
  it('"Facebook-owned WhatsApp" is two names, the first the owner', () => {
    expect(entitiesOf('Brazil blocked Facebook-owned WhatsApp.')).toContain('WhatsApp (product)');
    expect(scoredClaimsOf('Brazil blocked Facebook-owned WhatsApp.')).toEqual(['Brazil -banned-> WhatsApp', 'Facebook -develops-> WhatsApp']);
  });
});
