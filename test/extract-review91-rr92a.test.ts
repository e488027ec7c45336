import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Review rr92a of stop 91's round 2 (the ban and restriction rules of sus92, ord92 and fp91's halted imports): ordinary phrasings the
// new rules read as bans or restrictions, and the claims the rules still give. Sentences written for the tests.

const bans = (text: string): string[] => only('banned')(scoredClaimsOf(text));
const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));

describe('an order not to act: conduct, a party or a recipient is no ban', () => {
  it('"not to take sides", "not to take part in the tender" ban no one; "not to take new bookings" still does', () => {
    expect(bans('The Zembla Telecom Authority told Zenco Inc not to take sides in the dispute.')).toEqual([]);
    expect(bans('The Zembla Telecom Authority told Zenco Inc not to take part in the tender.')).toEqual([]);
    expect(bans('The Zembla Telecom Authority told Zenco Inc not to take new bookings.')).toEqual(['Zembla Telecom Authority -banned-> Zenco Inc']);
  });

  it('"not to trade with Qorva" restricts the party, bans no one told', () => {
    expect(bans('The Zembla Telecom Authority told Zenco Inc not to trade with Qorva Ltd.')).toEqual([]);
    expect(bans('The Zembla Telecom Authority instructed Zenco Inc to refrain from doing business with Qorva Ltd.')).toEqual([]);
  });

  it('"not to provide details", "refrain from providing information" ban no one', () => {
    expect(bans('The Zembla Telecom Authority told Zenco Inc not to provide details of the deal.')).toEqual([]);
    expect(bans('The Zembla Telecom Authority instructed Zenco Inc to refrain from providing information to reporters.')).toEqual([]);
    expect(bans('The Zembla Telecom Authority instructed Zenco Inc to refrain from providing services in the country.')).toEqual(['Zembla Telecom Authority -banned-> Zenco Inc']);
  });

  it('"not to market the drug to children", "not to sell the Zeta X9 to minors" limit an audience, ban no one', () => {
    expect(bans('The Zembla Telecom Authority told Zenco Inc not to market the drug to children.')).toEqual([]);
    expect(bans('The Zembla Telecom Authority told Zenco Inc not to sell the Zeta X9 to minors.')).toEqual([]);
    expect(bans('The Zembla Telecom Authority told Zenco Inc not to sell vapes.')).toEqual(['Zembla Telecom Authority -banned-> Zenco Inc']);
  });

  it('a firm not to be supplied or offered something is a recipient, no goods banned', () => {
    expect(bans('The Zembla Telecom Authority told Zenco Inc not to supply Qorva Ltd with chips.')).toEqual([]);
    expect(bans('The Zembla Telecom Authority told Zenco Inc not to offer Qorva Ltd a discount.')).toEqual([]);
    expect(bans('The Zembla Telecom Authority told Zenco Inc not to sell the Zeta X9 to Qorva Ltd.')).toEqual([]);
    expect(bans('The Zembla Telecom Authority told Zenco Inc not to sell the Zeta X9.')).toEqual(['Zembla Telecom Authority -banned-> Zeta X9']);
  });

  it('a store told to remove apps from stores is not banned; a firm told to take its vapes off the market is', () => {
    expect(bans('The Zembla Telecom Authority asked Zenco Inc to remove VPN apps from stores.')).toEqual([]);
    expect(bans('The Zembla Telecom Authority ordered Zenco Inc to remove its vapes from the market.')).toEqual(['Zembla Telecom Authority -banned-> Zenco Inc']);
  });
});

describe('relief from sanctions or tariffs is no act undergone', () => {
  it('"received sanctions relief", "a sanctions waiver", "tariff exemptions" restrict no one; "received sanctions" does', () => {
    expect(restricts('Zenco Air received sanctions relief from the United States last year.')).toEqual([]);
    expect(restricts('Zenco Air received a sanctions waiver from the United States.')).toEqual([]);
    expect(restricts('Zenco Air received tariff exemptions from the United States.')).toEqual([]);
    expect(restricts('Zenco Air is the latest firm to receive sanctions from the United States.')).toEqual(['United States -restricts-> Zenco Air']);
  });
});

describe('a carrier not let work: a role or a form of business is no ban', () => {
  it('"not let Zenco serve as auditor", "not allowed Zenco to operate wholly owned units" ban no one', () => {
    expect(bans('Russia has not let Zenco Inc serve as auditor of state firms.')).toEqual([]);
    expect(bans('Russia has not allowed Zenco Inc to operate wholly owned units.')).toEqual([]);
    expect(bans('Russia will not allow Zenco Air to fly unless it pays the fine.')).toEqual([]);
  });

  it('flying, flights or routes keep the ban', () => {
    expect(bans('Russia has not allowed Zenco Air to fly over its territory.')).toEqual(['Russia -banned-> Zenco Air']);
    expect(bans('Russia has not allowed Zenco Air to resume flights to Moscow.')).toEqual(['Russia -banned-> Zenco Air']);
    expect(bans('Russia suspended permission for Zenco Air to fly to Moscow.')).toEqual(['Russia -banned-> Zenco Air']);
  });
});

describe("a holder's leave withdrawn for a deal or named goods", () => {
  it("\"withdrew Zenco's approval for the merger\", \"… marketing approval for Zorvex\" ban no firm; an operating permit still does", () => {
    expect(bans("The Zembla Telecom Authority withdrew Zenco Inc's approval for the merger with Qorva Ltd.")).toEqual([]);
    expect(bans("The Zembla Telecom Authority withdrew Zenco Inc's marketing approval for Zorvex.")).toEqual([]);
    expect(bans("The Zembla Telecom Authority withdrew Zenco Inc's operating permit.")).toEqual(['Zembla Telecom Authority -banned-> Zenco Inc']);
  });
});

describe('halted imports from a firm', () => {
  it('a state body stopping shipments from a firm may be its buyer; halting imports from a firm bans it', () => {
    expect(bans('The US Navy stopped shipments from Zenco Corp over quality concerns.')).toEqual([]);
    expect(bans('The US Navy halted deliveries from Zenco Corp.')).toEqual([]);
    expect(bans('China halted imports of milk powder from Zenco Inc.')).toEqual(['China -banned-> Zenco Inc']);
  });
});

describe('advertising on a platform', () => {
  it('"bans advertising on Zapp" still restricts the platform; posts or ads on it from named firms do not fall on it', () => {
    expect(restricts('Turkey bans advertising on Zapp and Qchat.')).toEqual(['Turkey -restricts-> Qchat', 'Turkey -restricts-> Zapp']);
    expect(scoredClaimsOf('The Zembla Ad Authority banned posts on Qorvagram from five firms.')).toEqual([]);
    expect(scoredClaimsOf('The Zembla Ad Authority removed adverts on Qorvagram by Zenco Inc.')).toEqual([]);
  });
});

describe("a possessor's partner or licensed brands, plural", () => {
  it('"Zenco\'s partner brands Vexa and Plix", "… licensed brands …" name no maker; "its brands Vexa and Plix" still do', () => {
    const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
    expect(develops("Zenco Inc's partner brands Vexa and Plix grew fast.")).toEqual([]);
    expect(develops("Zenco Inc's licensed brands Vexa and Plix grew fast.")).toEqual([]);
    expect(develops("Zenco Inc's brands Vexa and Plix grew fast.")).toEqual(['Zenco Inc -develops-> Plix', 'Zenco Inc -develops-> Vexa']);
  });
});
