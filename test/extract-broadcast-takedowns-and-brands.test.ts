import { describe, expect, it } from 'vitest';
import { claimsOf, scoredClaimsOf } from './extract-helpers';

// Families from stop 39's fresh samples, on sentences written for the tests: a broadcaster taken off the
// air or cut off in other words, orders to those who carry an outlet, a platform taking down another's
// pages, later list members named after a kind, and the brands a firm trades under.

const bans = (text: string): string[] => scoredClaimsOf(text).filter((c) => c.includes('-banned->'));

describe('ending what carries a broadcaster bans it', () => {
  it.each([
    ['Zeta Sat took Qorva News and Qorva Sport off the airwaves.', ['Zeta Sat -banned-> Qorva News', 'Zeta Sat -banned-> Qorva Sport']],
    ['Qorva TV was taken off the air by the Ruritanian regulator Zenreg.', ['Zenreg -banned-> Qorva TV']],
    ['Zenco Sat terminated the terrestrial broadcast of Qorva TV.', ['Zenco Sat -banned-> Qorva TV']],
    ['Ruritania halted the retransmission of Zeta TV and Qorva 24.', ['Ruritania -banned-> Qorva 24', 'Ruritania -banned-> Zeta TV']],
    ["Ruritania cut Zeta TV's signal on Monday.", ['Ruritania -banned-> Zeta TV']],
  ])('"%s"', (text, claims) => {
    expect(bans(text)).toEqual(claims);
  });

  it("a broadcaster ending a show's broadcast bans no one", () => {
    expect(bans("Zeta TV stopped the broadcast of Qorva's matches.")).toEqual([]);
  });
});

describe('an order to those who carry an outlet or an app bans it', () => {
  it.each([
    ['Ruritania ordered cable operators to stop carrying Zeta TV and Qorva 24.', ['Ruritania -banned-> Qorva 24', 'Ruritania -banned-> Zeta TV']],
    ['Ruritania told local providers to stop broadcasting Zeta TV.', ['Ruritania -banned-> Zeta TV']],
    ['Ruritania ordered the provider Zenco Sat to take Qorva TV off the air.', ['Ruritania -banned-> Qorva TV', 'Zenco Sat -banned-> Qorva TV']],
  ])('"%s"', (text, claims) => {
    expect(bans(text)).toEqual(claims);
  });

  it('an order about posts by an outlet bans no outlet', () => {
    expect(bans('Ruritania ordered platforms to remove posts by Zeta TV.')).toEqual([]);
  });
});

describe("a platform taking down another's pages bans it", () => {
  it.each([
    ['Vidtube took down the pages of Zenco Media.', ['Vidtube -banned-> Zenco Media']],
    ["Qorvabook shut down Zenco TV's accounts.", ['Qorvabook -banned-> Zenco TV']],
  ])('"%s"', (text, claims) => {
    expect(bans(text)).toEqual(claims);
  });

  it('a firm shutting its own pages bans nothing', () => {
    expect(bans('Zenco shut down its own pages.')).toEqual([]);
  });
});

describe('a later list member named after its kind', () => {
  it.each([
    ['Ruritania blocked the portals Qorva Daily, Zenco Post and the channel Qorva TV.', ['Ruritania -banned-> Qorva Daily', 'Ruritania -banned-> Qorva TV', 'Ruritania -banned-> Zenco Post']],
    ['Ruritania blocked access to Vexo Video and the blogging service, Blinkr.', ['Ruritania -banned-> Blinkr', 'Ruritania -banned-> Vexo Video']],
  ])('"%s"', (text, claims) => {
    expect(bans(text)).toEqual(claims);
  });
});

describe('the names a firm trades under are its own', () => {
  it.each([
    ['Zenco sells its phones under the Vexo brand.', ['Zenco -develops-> Vexo']],
    ['Zenco makes phones under the Vexo and Norda brands.', ['Zenco -develops-> Norda', 'Zenco -develops-> Vexo']],
    ['Zenco, which markets services under the Vexo banner, grew.', ['Zenco -develops-> Vexo']],
    ['Vexo, the trading name for Zenco, grew.', ['Zenco -develops-> Vexo']],
    ['The Vexo network belonging to Qorva grew.', ['Qorva -develops-> Vexo']],
    ["Qorva's upcoming title, Zeta Quest, will launch in May.", ['Qorva -develops-> Zeta Quest']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text).filter((c) => c.includes('-develops->'))).toEqual(claims);
  });

  it('what a thing is released under is no brand of its maker', () => {
    expect(scoredClaimsOf('Zenco released Zeta under the Apache licence.')).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe("the body named after its state's head noun is the agent", () => {
  it.each([
    ['Qorva TV was banned by the Ruritanian regulator Zenreg.', ['Zenreg -banned-> Qorva TV']],
    ["Zeta was blocked by Ruritania's telecom watchdog Zenreg.", ['Zenreg -banned-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(bans(text)).toEqual(claims);
  });

  it('a rival named after "and" is a second agent, not the only one', () => {
    // … and a rival of the first (stop 72: "Zenco and rival portal Qorva").
    expect(scoredClaimsOf('Zeta was developed by Zenco and rival Qorva.')).toEqual(['Qorva -develops-> Zeta', 'Zenco -competes_with-> Qorva', 'Zenco -develops-> Zeta']);
  });
});

describe('orders that limit a firm or cut it off', () => {
  const acts = (text: string): string[] => scoredClaimsOf(text).filter((c) => /-(banned|restricts)->/.test(c));
  it.each([
    ['The Ruritanian Monetary Authority directed five lenders including Zenco and Qorva to stop onboarding new customers.', ['Ruritanian Monetary Authority -restricts-> Qorva', 'Ruritanian Monetary Authority -restricts-> Zenco']],
    ['Zenpay was ordered by the Ruritanian Monetary Authority to stop accepting new users.', ['Ruritanian Monetary Authority -restricts-> Zenpay']],
    ['Ruritania directed five lenders, including Zenco and Qorva, to stop processing payments.', ['Ruritania -banned-> Qorva', 'Ruritania -banned-> Zenco']],
    ['The Central Bank of Ruritania told banks to stop dealing with Zenco Pay and Qorva.', ['Central Bank of Ruritania -banned-> Qorva', 'Central Bank of Ruritania -banned-> Zenco Pay']],
    ['Ruritania moved to stop the operations of Zenco.', ['Ruritania -banned-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(acts(text)).toEqual(claims);
  });

  it('an order to stop a practice limits no one', () => {
    expect(acts('Ruritania ordered Zenco to stop misleading users.')).toEqual([]);
  });
});

describe('a maker named in a description', () => {
  const made = (text: string): string[] => scoredClaimsOf(text).filter((c) => c.includes('-develops->'));
  it.each([
    ['Zenco Holdings — the company behind Qorva, Plim and Zeta — raised funds.', ['Zenco Holdings -develops-> Plim', 'Zenco Holdings -develops-> Qorva', 'Zenco Holdings -develops-> Zeta']],
    ['Zenco, whose brands Qorva and Plim dominate, raised funds.', ['Zenco -develops-> Plim', 'Zenco -develops-> Qorva']],
    ['Zeta is the flagship product of Baidu.', ['Baidu -develops-> Zeta']],
    ['Zeta, the spy software of the Ruritanian company Zenco, was found.', ['Zenco -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(made(text)).toEqual(claims);
  });

  it('what a phrase after "of" names makes nothing', () => {
    expect(made('Zeta is the app of choice for Qorva users.')).toEqual([]);
  });
});

describe('rivals and made things in other frames', () => {
  it.each([
    ['Qorva and Vantor are seen as major Zenco competitors.', ['Qorva -competes_with-> Zenco', 'Vantor -competes_with-> Zenco']],
    ['The deal makes Zenco and Vantor competitors.', ['Zenco -competes_with-> Vantor']],
    ["Alipay, WeChat Pay's principal rival, grew.", ['Alipay -competes_with-> WeChat Pay']],
    ['To compete with Qorva, Zeta has cut prices.', ['Zeta -competes_with-> Qorva']],
    ["Zeta OS is Zenco's proprietary OS.", ['Zenco -develops-> Zeta OS']],
    ["Zeta 2 and Zeta 2 Fast are Zenco's latest models.", ['Zenco -develops-> Zeta 2', 'Zenco -develops-> Zeta 2 Fast']],
    ["Zeta and Vexlo – two of Zenco's flagship products – grew.", ['Zenco -develops-> Vexlo', 'Zenco -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it("a verb after an owner's noun is no rival noun", () => {
    expect(scoredClaimsOf("Zenco's new chip rivals Qorva.").filter((c) => c.includes('competes_with'))).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('an order to a firm to close its app bans the app', () => {
    expect(bans('Ruritania ordered Zenco to close down its app Zeta.')).toEqual(['Ruritania -banned-> Zeta']);
  });
});

describe('a store or a platform taking away apps named after their kind', () => {
  it.each([
    ['Zenco pulled a number of apps, including Qorva and Vexly, from its store.', ['Zenco -banned-> Qorva', 'Zenco -banned-> Vexly']],
    ['Zenco withdrew access to exchanges such as Qorva and Vexly.', ['Zenco -banned-> Qorva', 'Zenco -banned-> Vexly']],
  ])('"%s"', (text, claims) => {
    expect(bans(text)).toEqual(claims);
  });

  it("cutting access to another's data bans no one", () => {
    expect(bans("Zenco cut access to Qorva's data.")).toEqual([]);
  });
});

describe("an office's body is one name that acts", () => {
  it.each([
    ["Ruritania's Prosecutor General's Office declared Zeta Media an undesirable organisation.", ["Prosecutor General's Office -banned-> Zeta Media"]],
    ["The Prime Minister's Office banned Zapp on official phones.", ["Prime Minister's Office -banned-> Zapp"]],
    ["The PM's Dept banned Zapp.", ["PM's Dept -banned-> Zapp"]],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it("a firm's office stays the firm's", () => {
    expect(scoredClaimsOf("Zenco's Office banned Zapp.")).not.toContain("Zenco's Office -banned-> Zapp");
  });
});

describe("a maker's ecosystem and irregular passives", () => {
  it.each([
    ["Zenco's ecosystem, which includes Zeta and Vexlo, grew.", ['Zenco -develops-> Vexlo', 'Zenco -develops-> Zeta']],
    ["Zenco's ecosystem that includes Zeta and Vexlo grew.", ['Zenco -develops-> Vexlo', 'Zenco -develops-> Zeta']],
    ['Zeta is built by the Zenco team.', ['Zenco -develops-> Zeta']],
    ['Zenco has built Zeta.', ['Zenco -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe("a state's central bank is the state's body", () => {
  it("acts for itself, part of the state", () => {
    expect(claimsOf("The Kenyan central bank directed banks to stop dealing with Zenco Pay.")).toContain("Kenyan central bank -banned-> Zenco Pay");
    expect(claimsOf("Kenya's central bank directed banks to stop dealing with Zenco Pay.")).toEqual([
      "Kenya's central bank -banned-> Zenco Pay",
      "Kenya's central bank -part_of-> Kenya",
    ]);
  });

  it("a state's largest bank is a lender, no body", () => {
    expect(claimsOf("Kenya's largest bank stopped dealing with Zenco Pay.").join(' ')).not.toMatch(/largest bank/);
  });
});

describe('a list named by its kind goes on with an act a sentence before the last', () => {
  it('"Among the banned platforms were …" after a sentence with no names', () => {
    expect(bans('India has blocked 300 apps over gambling. The move came after a probe. Among the banned platforms were Zenbet, Qorva and Zetabet.')).toEqual(['India -banned-> Qorva', 'India -banned-> Zenbet', 'India -banned-> Zetabet']);
  });

  // Since stop 80 "Among them" reaches past a sentence that names no other counted things, people or groups (its fifty-fifth set:
  // 26 list members lost in one sample); one that does keeps "them" for itself.
  it('"Among them" reaches past a sentence with no other plural things, not past one with them', () => {
    expect(bans('India has blocked 300 apps over gambling. The move came after a probe. Among them were Zenbet, Qorva and Zetabet.')).toEqual(['India -banned-> Qorva', 'India -banned-> Zenbet', 'India -banned-> Zetabet']);
    expect(bans('India has blocked 300 apps over gambling. Several operators protested. Among them were Zenbet, Qorva and Zetabet.')).toEqual([]);
  });
});

describe('a ban received from its giver', () => {
  it.each([
    ['Zenbet received a ban from Somalia.', ['Somalia -banned-> Zenbet']],
    ['Zenco faces new sanctions from the Ukrainian government.', ['Ukraine -restricts-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe('a list of things banned, its participle phrase set off by commas', () => {
  it('"These extensions, now forbidden by Qorva Browser, are …"', () => {
    expect(bans('These extensions, now forbidden by Qorva Browser, are Zeta, Vexo and Norda.')).toEqual(['Qorva Browser -banned-> Norda', 'Qorva Browser -banned-> Vexo', 'Qorva Browser -banned-> Zeta']);
  });
});

describe('made things and trade in other words', () => {
  it.each([
    ['Alibaba, along with its popular tools Zeta, Vexlo and Zest, grew.', ['Alibaba -develops-> Vexlo', 'Alibaba -develops-> Zest', 'Alibaba -develops-> Zeta']],
    ['Vell Group, which runs site Zeta, grew.', ['Vell Group -develops-> Zeta']],
    ['Zeta, the cloud service provided by Zenco, grew.', ['Zenco -develops-> Zeta']],
    ['Russia has prohibited its companies from providing services to Belarus.', ['Russia -restricts-> Belarus']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe('rivals named by an apposition, a kind or as former rivals; stores that take down apps', () => {
  it.each([
    ['Alibaba acquired Qorva Corp, its main competitor.', ['Qorva Corp -competes_with-> Alibaba']],
    ["Alibaba's rival players like Qorva and Vela cut prices.", ['Alibaba -competes_with-> Qorva', 'Alibaba -competes_with-> Vela']],
    ['Former rivals Zenco and Qorva merged.', ['Zenco -competes_with-> Qorva']],
    ['Zenco Store and Qorva Shop have taken down Zeta.', ['Qorva Shop -banned-> Zeta', 'Zenco Store -banned-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text).filter((c) => !c.includes('-acquired->'))).toEqual(claims);
  });

  it('a firm taking down its own app bans nothing', () => {
    expect(bans('Zenco has taken down Zeta.')).toEqual([]);
  });
});

describe('a platform bans as its company does (the rules type Facebook and Instagram both ways)', () => {
  it.each([
    ['Twitch banned Zeta Casino.', ['Twitch -banned-> Zeta Casino']],
    ['YouTube removed the channels of Zeta TV.', ['YouTube -banned-> Zeta TV']],
  ])('"%s"', (text, claims) => {
    expect(bans(text)).toEqual(claims);
  });
});

describe('rivals named in a bracket after their kind, or after a kind of firm', () => {
  it('"Five carriers (A, B and C) are competing": each pair', () => {
    expect(scoredClaimsOf('Five carriers (Zenco, Qorva and Brightel) are competing for users.')).toEqual(['Qorva -competes_with-> Brightel', 'Zenco -competes_with-> Brightel', 'Zenco -competes_with-> Qorva']);
  });

  it('a bracket after a single name still only describes it', () => {
    expect(scoredClaimsOf("Zenco (Qorva's parent) launched Zeta.")).toEqual(['Zenco -develops-> Zeta']);
  });

  it('"rival operator Brightel"', () => {
    expect(scoredClaimsOf('Zenco merged its unit with rival operator Brightel.')).toEqual(['Zenco -competes_with-> Brightel']);
  });
});

describe('a thing of a kind "by" its maker, in apposition', () => {
  it.each([
    ['Zeta, an app by Zenco, grew.', ['Zenco -develops-> Zeta']],
    ['Zeta, a tool used by Zenco, grew.', []],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe("a media group's channels", () => {
  it.each([
    ['Zenco Ltd, which runs Qorva TV, was fined.', ['Zenco Ltd -develops-> Qorva TV']],
    ['Zenco Media, with the broadcast brands Qorva TV, Qorva FM and Ruri News, grew.', ['Zenco Media -develops-> Qorva FM', 'Zenco Media -develops-> Qorva TV', 'Zenco Media -develops-> Ruri News']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a channel that acts is still the actor', () => {
    expect(bans('Qorva TV banned Zeta.')).toEqual(['Qorva TV -banned-> Zeta']);
  });
});

describe("a maker's things in brackets right after it", () => {
  it.each([
    ['Zenco (Zeta, Zpic and Zchat) was blocked.', ['Zenco -develops-> Zchat', 'Zenco -develops-> Zeta', 'Zenco -develops-> Zpic']],
    ['Firms including Alibaba (Zeta, Zeta Max) grew.', ['Alibaba -develops-> Zeta', 'Alibaba -develops-> Zeta Max']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text).filter((c) => c.includes('-develops->'))).toEqual(claims);
  });

  it('one name in brackets is an aside, not a product', () => {
    expect(scoredClaimsOf('Alibaba (Zeta) grew.')).toEqual([]);
  });
});
