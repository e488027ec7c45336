import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper buy83, from the last fresh sample's largest miss: a made thing bought or owned told with its bare name, its kind said
// elsewhere in the article or known to the pipeline: "Zenco bought Zapp", "Zapp was acquired by Zenco", "Zenco's purchase of Zapp",
// "Zenco completed its acquisition of Zapp", "under Zenco ownership". Owning a product is developing it (real-dev's rules); a firm
// bought stays optional, so a name typed a company gives nothing. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

/** An opening sentence that types the thing a product (its kind before its name), with nothing bought in it. */
const APP = 'The messaging app Zapp has 50 million users. ';
const FIRM = 'The software company Zenco reported results. ';

describe('a product bought under its bare name is its buyer\'s', () => {
  it('the active verb: "Zenco bought Zapp", "has acquired", "snapped up", "took over", a relative clause on the buyer', () => {
    expect(develops(`${APP}Zenco bought Zapp in 2012 for $1 billion.`)).toEqual(['Zenco -develops-> Zapp']);
    expect(develops(`${APP}Zenco has acquired Zapp.`)).toEqual(['Zenco -develops-> Zapp']);
    expect(develops(`${APP}Zenco snapped up Zapp in 2019.`)).toEqual(['Zenco -develops-> Zapp']);
    expect(develops(`${APP}Zenco took over Zapp in 2019.`)).toEqual(['Zenco -develops-> Zapp']);
    expect(develops(`${APP}Zenco, which bought Zapp in 2019, reported a loss.`)).toEqual(['Zenco -develops-> Zapp']);
    expect(develops(`${APP}Since Zenco bought Zapp, users have left.`)).toEqual(['Zenco -develops-> Zapp']);
  });

  it('the kind said after the name first: "Zapp, a photo-sharing app, …"', () => {
    expect(develops('Zapp, a photo-sharing app, grew fast. Zenco purchased Zapp in 2012.')).toEqual(['Zenco -develops-> Zapp']);
  });

  it('the passive: "Zapp was acquired by Zenco", "Zapp, bought by Zenco in 2019, …"', () => {
    expect(develops(`${APP}Zapp was acquired by Zenco in 2014.`)).toEqual(['Zenco -develops-> Zapp']);
    expect(develops(`${APP}Zapp was bought by Zenco in 2019.`)).toEqual(['Zenco -develops-> Zapp']);
    expect(develops(`${APP}Zapp, bought by Zenco in 2019, lost users.`)).toEqual(['Zenco -develops-> Zapp']);
  });

  it('the deal as a noun: "Zenco\'s purchase of Zapp", "completed its acquisition of Zapp", "the acquisition of Zapp by Zenco"', () => {
    expect(develops(`${APP}Zenco's purchase of Zapp closed in May.`)).toEqual(['Zenco -develops-> Zapp']);
    expect(develops(`${APP}Zenco's takeover of Zapp is complete.`)).toEqual(['Zenco -develops-> Zapp']);
    expect(develops(`${APP}Zenco completed its acquisition of Zapp on Monday.`)).toEqual(['Zenco -develops-> Zapp']);
    expect(develops(`${APP}Zenco completed the purchase of Zapp in 2019.`)).toEqual(['Zenco -develops-> Zapp']);
    expect(develops(`${APP}Zenco closed its $2 billion deal for Zapp on Monday.`)).toEqual(['Zenco -develops-> Zapp']);
    expect(develops(`${FIRM}${APP}The acquisition of Zapp by Zenco closed in May.`)).toEqual(['Zenco -develops-> Zapp']);
  });

  it('the deal as a noun with the kind before the name: "Zenco\'s purchase of the messaging app Zapp", "expanded with the acquisition of platform Zapp"', () => {
    expect(develops(`${FIRM}Zenco's purchase of the messaging app Zapp closed in May.`)).toEqual(['Zenco -develops-> Zapp']);
    expect(develops(`${FIRM}Zenco's 2019 acquisition of the video app Zapp paid off.`)).toEqual(['Zenco -develops-> Zapp']);
    expect(develops(`${FIRM}Zenco expanded with the acquisition of platform Zapp in 2019.`)).toEqual(['Zenco -develops-> Zapp']);
    expect(develops(`${FIRM}${APP}Zenco grew through its purchase of Zapp.`)).toEqual(['Zenco -develops-> Zapp']);
  });

  it('ownership: "under Zenco ownership", "under the ownership of Zenco"', () => {
    expect(develops(`${FIRM}${APP}Zapp has grown under Zenco ownership.`)).toEqual(['Zenco -develops-> Zapp']);
    expect(develops(`${FIRM}${APP}Zapp has grown under Zenco's ownership.`)).toEqual(['Zenco -develops-> Zapp']);
    expect(develops(`${FIRM}${APP}Zapp thrived under the ownership of Zenco.`)).toEqual(['Zenco -develops-> Zapp']);
  });
});

describe('what is no product owned by its buyer', () => {
  it('a name typed a company (a firm bought is optional): "Zapp Inc.", "the startup Zapp", "Zapp\'s chief executive"', () => {
    expect(develops('Zenco bought Zapp Inc. in 2012.')).toEqual([]);
    expect(develops('The startup Zapp raised money. Zenco bought Zapp in 2012.')).toEqual([]);
    expect(develops('Zenco bought Zapp in 2012. Zapp makes chat software.')).toEqual([]);
  });

  it('units bought by a customer, a stake, shares, ads, a thing\'s own parts', () => {
    expect(develops(`${FIRM}The Zeta phone sold well. Zenco bought 500 Zeta phones for its staff.`)).toEqual([]);
    expect(develops(`${FIRM}The Zeta phone sold well. Zenco bought Zeta phones for its staff.`)).toEqual([]);
    expect(develops(`${APP}Zenco bought a 10% stake in Zapp.`)).toEqual([]);
    expect(develops(`${FIRM}${APP}Zenco bought shares of Zapp.`)).toEqual([]);
    expect(develops(`${FIRM}${APP}Zenco bought ads on Zapp.`)).toEqual([]);
    expect(develops(`${APP}Zenco bought Zapp's servers last year.`)).toEqual([]);
    expect(develops(`${APP}Zenco bought Zapp subscriptions for its staff.`)).toEqual([]);
    expect(develops(`${FIRM}${APP}Zapp was bought by Zenco customers in large numbers.`)).toEqual([]);
    expect(develops(`${FIRM}${APP}Zenco acquired Zapp users through ads.`)).toEqual([]);
  });

  it('a deal only planned, offered, considered, denied, failed or blocked', () => {
    expect(develops(`${APP}Zenco offered to buy Zapp, but was rejected.`)).toEqual([]);
    expect(develops(`${APP}Zenco plans to buy Zapp.`)).toEqual([]);
    expect(develops(`${APP}Zenco did not buy Zapp.`)).toEqual([]);
    expect(develops(`${APP}Zenco considered buying Zapp.`)).toEqual([]);
    expect(develops(`${APP}Zenco's failed bid for Zapp collapsed.`)).toEqual([]);
    expect(develops(`${APP}Zenco's planned purchase of Zapp was blocked by regulators.`)).toEqual([]);
    expect(develops(`${APP}Zenco's proposed acquisition of Zapp is under review.`)).toEqual([]);
    expect(develops(`${APP}Regulators blocked Zenco's purchase of Zapp.`)).toEqual([]);
    expect(develops(`${APP}Zenco completed its review of Zapp on Monday.`)).toEqual([]);
    expect(develops(`${APP}Zenco's acquisition of Zapp is pending regulatory approval.`)).toEqual([]);
    expect(develops(`${APP}Zenco's acquisition of Zapp, if approved, would be its largest.`)).toEqual([]);
    expect(develops(`${APP}Zenco said its purchase of Zapp could close next year.`)).toEqual([]);
    expect(develops(`${FIRM}${APP}The regulator reviewed the purchase of Zapp by Zenco.`)).toEqual([]);
    // A headline's "to buy" is a plan: "Zenco to buy video app Zapp", "Zenco agrees to acquire …".
    expect(develops('Zenco to buy video app Zapp for $1 billion')).toEqual([]);
    expect(develops(`${FIRM}Zenco agrees to acquire the video app Zapp.`)).toEqual([]);
    expect(develops(`${FIRM}Zenco's failed purchase of the video app Zapp hurt its shares.`)).toEqual([]);
    expect(develops(`${FIRM}Regulators blocked Zenco's purchase of the video app Zapp.`)).toEqual([]);
  });

  it('a deal another firm made: "Zenco was unhappy with the acquisition of Zapp by Qorva"', () => {
    expect(develops(`${FIRM}${APP}Zenco was unhappy with the acquisition of Zapp by Qorva Labs.`)).toEqual(['Qorva Labs -develops-> Zapp']);
    expect(develops(`${FIRM}Zenco was unhappy with the acquisition of the video app Zapp by Qorva Labs.`)).toEqual(['Qorva Labs -develops-> Zapp']);
  });

  it('roles reversed: the seller, the buyer bought, a person', () => {
    // The buyer in "sold Zapp to Qorva Labs" is left alone: "sold the Zeta to Qorva" is as often units sold to a customer.
    expect(develops(`${FIRM}${APP}Zenco sold Zapp to Qorva Labs in 2019.`)).toEqual([]);
    expect(develops(`${FIRM}${APP}Zapp was sold by Zenco in 2019.`)).toEqual([]);
    expect(develops(`${FIRM}${APP}Zapp bought Zenco in 2012.`)).toEqual([]);
    expect(develops(`${APP}Jane Smith bought Zapp in 2012.`)).toEqual([]);
  });
});

// Fixes after an adversarial review (helper fixbuy83): units bought by a firm's people or a state, hedges and overtaking, deals stopped,
// pending or another noun's, and deals a bystander did not make. Sentences written for the tests.
const PHONE = 'The Zeta phone sold well last year. ';
const JET = 'The Zeta-2 jet first flew in 2019. ';

describe('a product bought: units, people, states, hedges and deals not done give nothing', () => {
  it('the firm\'s people or customers bought units, not the firm the product', () => {
    expect(develops(`${PHONE}Qorva customers bought Zeta in droves.`)).toEqual([]);
    expect(develops(`${PHONE}Qorva users bought Zeta in record numbers.`)).toEqual([]);
    expect(develops(`${APP}Qorva's investors bought Zapp in 2016.`)).toEqual([]);
    expect(develops(`${PHONE}Qorva employees bought Zeta last year.`)).toEqual([]);
    expect(develops(`${APP}Zapp was bought by Qorva chief executive Jane Doe.`)).toEqual([]);
  });

  it('units bought for the firm\'s staff or a state\'s forces', () => {
    expect(develops(`${PHONE}Qorva bought Zeta for its entire sales team.`)).toEqual([]);
    expect(develops(`${PHONE}Qorva bought Zeta in bulk for its staff.`)).toEqual([]);
    expect(develops(`${PHONE}Qorva bought Zeta for its drivers last year.`)).toEqual([]);
    expect(develops(`${JET}Zembla purchased the Zeta-2 in 2021 for its air force.`)).toEqual([]);
    expect(develops(`${JET}The Ruritanian air force bought the Zeta-2 in 2021.`)).toEqual([]);
    expect(develops(`${PHONE}Zembla shoppers snapped up the Zeta in December.`)).toEqual([]);
  });

  it('hedges and overtaking: "nearly bought", "almost acquired", "took over Zapp as the most downloaded app"', () => {
    expect(develops(`${APP}Qorva nearly bought Zapp in 2016.`)).toEqual([]);
    expect(develops(`${APP}Qorva almost acquired Zapp in 2016, but walked away.`)).toEqual([]);
    expect(develops(`${APP}Vexa took over Zapp as the most downloaded app last year.`)).toEqual([]);
    expect(develops(`${APP}Vexa overtook rivals and took over Zapp in downloads.`)).toEqual([]);
  });

  it('an adverb between buyer and verb still reads a purchase; a list ending in "within a year"', () => {
    expect(develops(`${APP}Qorva reportedly bought Zapp for $3 billion.`)).toEqual(['Qorva -develops-> Zapp']);
    expect(develops(`${APP}Qorva quietly acquired Zapp in 2016.`)).toEqual(['Qorva -develops-> Zapp']);
    expect(develops('The messaging app Zapp and the photo app Pixly were both popular. Qorva bought Zapp and Pixly within a year.').sort()).toEqual(['Qorva -develops-> Pixly', 'Qorva -develops-> Zapp']);
  });

  it('a possessed deal stopped or not yet done', () => {
    expect(develops(`${APP}Qorva's purchase of Zapp fell through in June.`)).toEqual([]);
    expect(develops(`${APP}Qorva's purchase of Zapp was called off in June.`)).toEqual([]);
    expect(develops(`${APP}Qorva's acquisition of Zapp was terminated last week.`)).toEqual([]);
    expect(develops(`${APP}Qorva's purchase of Zapp was scrapped.`)).toEqual([]);
    expect(develops(`${APP}Qorva's purchase of Zapp never closed.`)).toEqual([]);
    expect(develops(`${APP}Qorva's purchase of Zapp has yet to close.`)).toEqual([]);
    expect(develops(`${APP}Qorva's purchase of Zapp has not closed.`)).toEqual([]);
    expect(develops(`${APP}Qorva's acquisition of Zapp, announced in June, awaits approval.`)).toEqual([]);
  });

  it('a deal not completed before its possessive, or another noun the head', () => {
    expect(develops(`${APP}Qorva failed to complete its purchase of Zapp.`)).toEqual([]);
    expect(develops(`${APP}Qorva walked away from its acquisition of Zapp.`)).toEqual([]);
    expect(develops(`${APP}Qorva has yet to complete its acquisition of Zapp.`)).toEqual([]);
    expect(develops(`${APP}Qorva's talks over the purchase of Zapp stalled.`)).toEqual([]);
    expect(develops(`${APP}Qorva's interest in the purchase of Zapp faded.`)).toEqual([]);
    expect(develops(`${APP}Qorva completed its review of the purchase of Zapp.`)).toEqual([]);
    expect(develops(`${APP}Talks on the acquisition of Zapp by Qorva broke down.`)).toEqual([]);
    expect(develops(`${APP}Plans for the acquisition of Zapp by Qorva were leaked.`)).toEqual([]);
    expect(develops(`${APP}Interest in the acquisition of Zapp by Qorva waned.`)).toEqual([]);
  });

  it('a possessed deal done still reads a purchase', () => {
    expect(develops(`${APP}Qorva's $500 million purchase of Zapp closed in March.`)).toEqual(['Qorva -develops-> Zapp']);
    expect(develops(`${APP}Qorva finalised its purchase of Zapp last week.`)).toEqual(['Qorva -develops-> Zapp']);
    expect(develops(`${APP}The acquisition of Zapp by Qorva closed in May.`)).toEqual(['Qorva -develops-> Zapp']);
  });

  it('"grew with the acquisition of": a growth verb before; no deal under way, no bystander', () => {
    expect(develops(`${APP}Qorva expanded with the acquisition of Zapp in 2016.`)).toEqual(['Qorva -develops-> Zapp']);
    expect(develops('Vexa bolstered its lineup with the purchase of the photo app Pixly.')).toEqual(['Vexa -develops-> Pixly']);
    expect(develops(`${APP}Qorva is pressing ahead with the acquisition of the app Zapp.`)).toEqual([]);
    expect(develops(`${APP}Qorva is proceeding with its purchase of the app Zapp despite objections.`)).toEqual([]);
    expect(develops('Vexa shares fell sharply following the acquisition of the video app Vidra.')).toEqual([]);
    expect(develops('Vexa lost users following the purchase of the video app Vidra.')).toEqual([]);
    expect(develops('The Zembla regulator raised concerns with the purchase of the video app Vidra.')).toEqual([]);
  });
});
