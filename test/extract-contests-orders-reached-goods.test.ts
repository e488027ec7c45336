import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 61, from stop 60's readers: contests "raging between" rivals, orders to suspend trading, firms reached by an act
// in the passive, goods listed as barred from export to a state, and an unnamed reporter before a ban's list. Sentences
// written for the tests.

describe('a contest going on "between" its rivals', () => {
  it.each([
    ['A price war is raging between Meituan and Ele.me.', ['Meituan -competes_with-> Ele.me']],
    ['A fierce battle has been heating up among Netflix, Disney and Amazon.', ['Netflix -competes_with-> Disney', 'Netflix -competes_with-> Amazon', 'Disney -competes_with-> Amazon']],
  ])('"%s"', (text, claims) => {
    expect(only('competes_with')(scoredClaimsOf(text)).sort()).toEqual([...claims].sort());
  });

  it('a rival named after its place in the market is a member: "between Meituan and upstart Douyin"', () => {
    expect(only('competes_with')(scoredClaimsOf('A price war has been raging between Meituan and upstart Douyin.'))).toEqual(['Meituan -competes_with-> Douyin']);
  });

  it('a contest that is not going on names no rivals: "a war is a risk between …" reads nothing', () => {
    expect(only('competes_with')(scoredClaimsOf('A price war is a risk, analysts at Meituan and Ele.me said.'))).toEqual([]);
  });
});

describe('an order to suspend trading', () => {
  it.each([
    ['Nigeria instructed exchange Binance to suspend its trading in the country.', 'Nigeria -banned-> Binance'],
    ['India ordered payments app Paytm to stop its operations.', 'India -banned-> Paytm'],
    ['Binance was ordered by the SEC to suspend trading.', 'Securities and Exchange Commission -banned-> Binance'],
  ])('"%s"', (text, claim) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual([claim]);
  });

  it('an order to halt the trading "of" a token does not ban the exchange', () => {
    expect(only('banned')(scoredClaimsOf('Japan ordered Binance to halt trading of Dogecoin.'))).not.toContain('Japan -banned-> Binance');
  });
});

describe('firms reached by the act before, in the passive', () => {
  it('"Huawei and ZTE are also covered by the measures" after sanctions restricts both', () => {
    const claims = only('restricts')(scoredClaimsOf('The US imposed new sanctions on Russia on Monday. Huawei and ZTE are also covered by the measures.'));
    expect(claims).toEqual(expect.arrayContaining(['United States -restricts-> Huawei', 'United States -restricts-> ZTE']));
  });

  it('"TikTok and WeChat were hit by the ban" after a ban bans both', () => {
    expect(only('banned')(scoredClaimsOf('India banned 59 apps on Monday. TikTok and WeChat were hit by the ban.')).sort()).toEqual(['India -banned-> TikTok', 'India -banned-> WeChat']);
  });

  it('with no act before, no one acts', () => {
    expect(scoredClaimsOf('Huawei and ZTE are covered by the measures.')).toEqual([]);
  });

  it("a possessor is not what the act reaches: \"Apple's iPhone was affected\"", () => {
    const claims = only('restricts')(scoredClaimsOf("The US imposed new sanctions on Russia on Monday. Apple's iPhone was affected by the sanctions."));
    expect(claims).not.toContain('United States -restricts-> Apple');
  });
});

describe('goods listed as barred from export to a state', () => {
  it.each([
    ['Japan added 23 types of chipmaking equipment to the list of items barred from export to China.', ['Japan -restricts-> China']],
    ['Britain put drones on its list of goods that cannot be exported to Russia and Belarus.', ['United Kingdom -restricts-> Russia', 'United Kingdom -restricts-> Belarus']],
  ])('"%s"', (text, claims) => {
    expect(only('restricts')(scoredClaimsOf(text)).sort()).toEqual([...claims].sort());
  });

  it('a list of firms is no list of goods', () => {
    expect(only('restricts')(scoredClaimsOf('Japan added Huawei to its list of partners in China.'))).toEqual([]);
  });
});

describe("an unnamed reporter before a ban's list", () => {
  it.each([
    'China banned dozens of foreign games last month. An official said the list of banned games includes Fortnite and PUBG.',
    'China banned dozens of foreign games last month. A spokesman told reporters the banned games include Fortnite and PUBG.',
  ])('"%s"', (text) => {
    expect(only('banned')(scoredClaimsOf(text)).sort()).toEqual(['China -banned-> Fortnite', 'China -banned-> PUBG']);
  });

  it('a named reporter is no lead to skip', () => {
    expect(only('banned')(scoredClaimsOf('China banned dozens of foreign games last month. Tencent said the banned games include Fortnite and PUBG.'))).toEqual([]);
  });
});

describe("a name that only qualifies a firm's kind before the firm", () => {
  it.each([
    ['Thailand blocked the bitcoin exchange Qorvex.', 'Thailand -banned-> Qorvex'],
    ['Thailand blocked peer-to-peer bitcoin exchange LocalBitcoins.', 'Thailand -banned-> LocalBitcoins'],
  ])('"%s"', (text, claim) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual([claim]);
  });

  it('with no name after the kind, the name before it is the object', () => {
    expect(only('banned')(scoredClaimsOf('Thailand blocked Bitcoin and its exchanges.'))).toEqual(['Thailand -banned-> Bitcoin']);
  });
});

describe("an order to buyers to rip out a maker's goods", () => {
  it.each([
    ['The UK ordered telecoms operators to strip Huawei gear from their networks by 2027.', 'United Kingdom -banned-> Huawei'],
    ['The US told federal agencies to rip out Hikvision cameras.', 'United States -banned-> Hikvision'],
  ])('"%s"', (text, claim) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual([claim]);
  });

  it('goods of no named maker ban no one', () => {
    expect(only('banned')(scoredClaimsOf('The UK ordered operators to remove old equipment.'))).toEqual([]);
  });
});
