import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Fixes to re-read rr93a of stop 91's round 3 (the ban and restriction rules of trx93, fpy93 and rr92a's fixes): false edges on
// ordinary phrasing and right claims the round lost. Sentences written for the tests.

const bans = (text: string): string[] => only('banned')(scoredClaimsOf(text));
const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));

describe('a state opening the text with an aside is no dateline', () => {
  it('"Japan – a close ally – banned …" keeps Japan the actor', () => {
    expect(bans('Japan – a close US ally – banned Zenco Inc from its 5G networks.')).toEqual(['Japan -banned-> Zenco Inc']);
    expect(bans('Russia – already under sweeping Western sanctions – banned the Zapp app on Friday.')).toEqual(['Russia -banned-> Zapp']);
  });
  it('"India, which banned Zapp in 2020 – citing …" keeps India the actor', () => {
    expect(bans('India, which banned Zapp in 2020 – citing national security – is now weighing other steps.')).toEqual(['India -banned-> Zapp']);
  });
  it('a real dateline is still no party: "MOSCOW, Zenagency – The Kremlin banned Zapp"', () => {
    expect(bans('MOSCOW, Zenagency – As part of its sanctions against Zembla, Russia banned the Zapp app.')).toEqual(['Russia -banned-> Zapp']);
  });
});

describe("a carrier's work with its time or its services after the verb", () => {
  it('"has not let Zenco Air fly since the crash", "to operate services to Lima" ban the carrier', () => {
    expect(bans('China has not let Zenco Air fly since the crash in March.')).toEqual(['China -banned-> Zenco Air']);
    expect(bans('Peru has not allowed Zenco Air to fly for six months.')).toEqual(['Peru -banned-> Zenco Air']);
    expect(bans('Peru has not allowed Zenco Air to operate since March.')).toEqual(['Peru -banned-> Zenco Air']);
    expect(bans('Peru has not allowed Zenco Air to operate services to Lima.')).toEqual(['Peru -banned-> Zenco Air']);
    expect(bans('Peru has not let Zenco Air fly passengers since the crash.')).toEqual(['Peru -banned-> Zenco Air']);
  });
  it('a role or a form of business is still no ban', () => {
    expect(bans('Peru has not let Zenco Inc serve as auditor.')).toEqual([]);
    expect(bans('Peru has not allowed Zenco Inc to operate wholly owned units.')).toEqual([]);
  });
});

describe('a leave withdrawn for a route is the carrier\'s working', () => {
  it('"authorisation for the Lima route", "approval for flights to Lima" ban the carrier', () => {
    expect(bans("Peru withdrew Zenco Air's authorisation for the Lima route.")).toEqual(['Peru -banned-> Zenco Air']);
    expect(bans("Peru withdrew Zenco Air's approval for flights to Lima.")).toEqual(['Peru -banned-> Zenco Air']);
  });
  it('leave for named goods or a deal is still none', () => {
    expect(bans("Peru withdrew Zenco Inc's marketing approval for Zorvex.")).toEqual([]);
    expect(bans("Peru withdrew Zenco Inc's approval for the merger with Qorva Ltd.")).toEqual([]);
  });
});

describe('farm goods that only describe a deal, talks or a firm', () => {
  it('"suspends Ukraine grain deal", "halted Japan seafood talks" restrict no state', () => {
    expect(restricts('Russia suspends Ukraine grain deal.')).toEqual([]);
    expect(restricts('Russia suspended the Ukraine grain deal on Monday.')).toEqual([]);
    expect(restricts('China halted Japan seafood talks.')).toEqual([]);
  });
  it('"banned Australian coal miner Zenco Ltd" bans the firm, restricts no state', () => {
    expect(scoredClaimsOf('China banned Australian coal miner Zenco Ltd from its market.')).toEqual(['China -banned-> Zenco Ltd']);
    expect(restricts('China blocked Australian wine exporter Qorva Ltd from selling online.')).toEqual([]);
  });
  it('the goods themselves ban their state (since stop 92; they restricted it before)', () => {
    expect(bans('China halted Japan seafood imports.')).toEqual(['China -banned-> Japan']);
    expect(bans('China banned all Australian coal.')).toEqual(['China -banned-> Australia']);
  });
});

describe('"among the firms targeted/listed/added by X" with no listing', () => {
  it('cyberattacks, a report or a list of the approved restrict no one', () => {
    expect(restricts('Zenco Inc was among the firms targeted by Russia in cyberattacks last year.')).toEqual([]);
    expect(restricts('Zenco Inc was among the firms listed by the Commerce Department in its annual report on top exporters.')).toEqual([]);
    expect(restricts('Zenco Inc was among the firms added by Japan in March to its list of approved suppliers.')).toEqual([]);
  });
  it('a time or a round after the agent still restricts', () => {
    expect(restricts('Zenco Inc was among the firms sanctioned by Japan in March.')).toEqual(['Japan -restricts-> Zenco Inc']);
    expect(restricts('Zenco Inc was among the firms added by Japan in March to its entity list.')).toEqual(['Japan -restricts-> Zenco Inc']);
  });
});

describe('a denied motive leaves the act stated', () => {
  it('"denied that it had banned Zenco\'s phones for political reasons" bans', () => {
    expect(bans("China denied that it had banned Zenco Inc's phones for political reasons.")).toEqual(['China -banned-> Zenco Inc']);
    expect(restricts('The US denied that it had sanctioned Zenco Inc to gain a trade advantage.')).toEqual(['United States -restricts-> Zenco Inc']);
  });
  it('a denied act is still negated', () => {
    expect(claimsOf("China denied that it had banned Zenco Inc's phones.", 'negated')).toEqual(['China -banned-> Zenco Inc']);
  });
});

describe('an order to stop a data business or taking deposits', () => {
  it('"refrain from offering mobile data services", "not to sell data plans", "accepting retail deposits" ban the firm', () => {
    expect(bans('China ordered Zenco Telecom to refrain from offering mobile data services.')).toEqual(['China -banned-> Zenco Telecom']);
    expect(bans('China told Zenco Telecom not to sell data plans.')).toEqual(['China -banned-> Zenco Telecom']);
    expect(bans('Russia ordered Zenco Bank to refrain from accepting retail deposits.')).toEqual(['Russia -banned-> Zenco Bank']);
  });
  it('giving data or taking sides is still no ban', () => {
    expect(bans('China told Zenco Inc not to provide data to foreign regulators.')).toEqual([]);
    expect(bans('The Zembla Telecom Authority told Zenco Inc not to take sides in the dispute.')).toEqual([]);
  });
});

describe("a firm told to take its own games off the market", () => {
  it('"to pull its games off shelves" bans the firm', () => {
    expect(bans('China told Zenco Games Ltd to pull its games off shelves.')).toEqual(['China -banned-> Zenco Games Ltd']);
  });
  it('a store told to remove apps is still not banned', () => {
    expect(bans('The Zembla Telecom Authority asked Zenco Inc to remove VPN apps from stores.')).toEqual([]);
  });
});

describe('a freeze of a named holder\'s flows is an asset freeze', () => {
  it('"froze the deposits of Zenco Bank", "froze swaps with Zenco Bank" restrict the bank', () => {
    expect(restricts('The EU froze the deposits of Zenco Bank.')).toEqual(['European Union -restricts-> Zenco Bank']);
    expect(restricts('The US froze swaps with Zenco Bank.')).toEqual(['United States -restricts-> Zenco Bank']);
  });
  it("a service's own pause is still none", () => {
    expect(scoredClaimsOf('Zenco Earn froze deposits and withdrawals on its platform.')).toEqual([]);
  });
});

describe('a later rate of nothing', () => {
  it('"and 0% on that from Canada" restricts only the dutied state', () => {
    expect(restricts('The US set duties of 40% on steel from China and 0% on that from Canada.')).toEqual(['United States -restricts-> China']);
    expect(restricts('The US set duties of 40% on steel from China and 10% on that from Canada.')).toEqual(['United States -restricts-> Canada', 'United States -restricts-> China']);
  });
});

describe("a list of firms that did a suspect's act themselves", () => {
  it('"a list of firms that have barred sales to Russia" restricts no listed firm', () => {
    expect(restricts('Ukraine added Zenco Inc to a list of firms that have barred sales to Russia.')).not.toContain('Ukraine -restricts-> Zenco Inc');
    expect(restricts('Ukraine added Zenco Inc to its list of firms that blacklisted Russian banks.')).toEqual([]);
  });
  it('a list of firms that were barred still restricts', () => {
    expect(restricts('Ukraine added Zenco Inc to its list of firms that were barred from public tenders.')).toEqual(['Ukraine -restricts-> Zenco Inc']);
  });
});

describe("a suspension's second target before craft", () => {
  it('"and to Vexa Aerospace jets it operates" bans no jet maker', () => {
    expect(bans('The US suspension applies to Zenco Air from Monday and to Vexa Aerospace jets it operates.')).toEqual(['United States -banned-> Zenco Air']);
  });
  it('a second carrier is still banned', () => {
    expect(bans('The US suspension applies to Zenco Air from Monday and to Qorva Air.')).toEqual(['United States -banned-> Qorva Air', 'United States -banned-> Zenco Air']);
  });
});

describe("goods' aside before a state with its article", () => {
  it('"…, a chemical used in paper, from the United States" restricts the state', () => {
    expect(restricts('Canada imposed duties on imports of vexium, a chemical used in paper, from the United States.')).toEqual(['Canada -restricts-> United States']);
  });
  it("a firm's plant after the article is no origin state", () => {
    expect(restricts('Canada imposed duties on imports of vexium, a chemical used in paper, from the Zenco plant.')).toEqual([]);
  });
});
