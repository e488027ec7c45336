import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper dsg93, from set 89's telecom-gear reader: a regulator's designation or subsidy curb told away from "X designated Y"
// restricts the vendor; a state's ban told in a "with" phrase or as a lead another follows bans it; a fund whose money may not be
// spent is no target, and one who did not follow a lead bans nothing. Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('designations told away from "X designated Y"', () => {
  it('a participle after the clause, "designated as covered companies", the list a firm was added to', () => {
    expect(restricts('Canada voted on Friday, initially designating Zenco Inc and Qorva Ltd as covered companies in its order.')).toEqual(['Canada -restricts-> Qorva Ltd', 'Canada -restricts-> Zenco Inc']);
    expect(restricts('Canada designated Zenco Inc and Qorva Ltd as covered companies.')).toEqual(['Canada -restricts-> Qorva Ltd', 'Canada -restricts-> Zenco Inc']);
    expect(restricts('Canada voted on Friday, designating Zenco Inc as a covered company, Qorva Ltd said.')).toEqual(['Canada -restricts-> Zenco Inc']);
    expect(restricts('Zenco Inc was added to the entity list after Canada concluded that it posed a risk.')).toEqual(['Canada -restricts-> Zenco Inc']);
    expect(restricts("Zenco Inc's inclusion in Canada's entity list created difficulties for the firm.")).toEqual(['Canada -restricts-> Zenco Inc']);
  });

  it('a partner, a plan, a wish or a firm\'s own choice designates no one', () => {
    expect(restricts('Zenco Inc designated Qorva Ltd as a partner.')).toEqual([]);
    expect(restricts('Canada is considering designating Zenco Inc as a covered company.')).toEqual([]);
    expect(restricts('Canada could designate Zenco Inc and Qorva Ltd as covered companies.')).toEqual([]);
    expect(restricts('Canada voted on Friday, initially designating Zenco Inc and Qorva Ltd as preferred suppliers.')).toEqual([]);
    expect(restricts('Zenco Inc was added to the list of preferred suppliers after Canada praised its work.')).toEqual([]);
    expect(restricts('Qorva Ltd voted on Friday, initially designating Zenco Inc as a covered company.')).toEqual([]);
    expect(restricts('Canada did not designate Zenco Inc as a covered company.')).toEqual([]);
    expect(restricts('Canada voted on Friday, initially designating Zenco Inc as its distributor.')).toEqual([]);
    expect(restricts('Zenco Inc was added to the blacklist after Qorva Ltd concluded that it posed a risk.')).toEqual([]);
    expect(restricts("Zenco Inc's inclusion in Canada's list of trusted vendors helped its sales.")).toEqual([]);
  });
});

describe('subsidy curbs aimed at the users of a vendor\'s goods', () => {
  it('withholding public money from a vendor\'s goods restricts the vendor, never the fund', () => {
    expect(restricts('Canada has not permitted carriers to use those funds to buy gear from Zenco Inc and Qorva Ltd.')).toEqual(['Canada -restricts-> Qorva Ltd', 'Canada -restricts-> Zenco Inc']);
    expect(restricts("Canada's ban on using Zeta Fund dollars for equipment made by Zenco Inc took effect.")).toEqual(['Canada -restricts-> Zenco Inc']);
    expect(restricts('Canada banned the use of Zeta Fund dollars for Qorva Ltd gear.')).toEqual(['Canada -restricts-> Qorva Ltd']);
    expect(scoredClaimsOf("Canada's ban on using Zeta Fund dollars for equipment made by Zenco Inc took effect.").filter((c) => c.includes('Zeta Fund'))).toEqual([]);
  });

  it('money granted, a proposal, or a firm\'s own rule curbs no vendor', () => {
    expect(restricts('Canada granted carriers funds to buy gear from Zenco Inc.')).toEqual([]);
    expect(restricts('Canada proposed to bar carriers from using federal subsidies for equipment made by Zenco Inc.')).toEqual([]);
    expect(restricts('Qorva Ltd has not permitted its staff to use company funds to buy gear from Zenco Inc.')).toEqual([]);
    expect(restricts('Canada has permitted carriers to use those funds to buy gear from Zenco Inc.')).toEqual([]);
    expect(restricts('Canada did not bar carriers from using federal subsidies for equipment made by Zenco Inc.')).toEqual([]);
    expect(restricts("Qorva Ltd's ban on using company funds for equipment made by Zenco Inc took effect.")).toEqual([]);
    expect(restricts("Canada's proposed ban on using Zeta Fund dollars for equipment made by Zenco Inc was debated.")).toEqual([]);
    expect(restricts('Canada allowed carriers to use those funds to buy gear from Zenco Inc.')).toEqual([]);
    // A vendor's own goods after "the use of" stay banned: only a fund's money is spared.
    expect(banned('Canada banned the use of Zenco Inc cash registers in its ministries.')).toEqual(['Canada -banned-> Zenco Inc']);
  });
});

describe('a state\'s ban told in a "with" phrase or as a lead', () => {
  it("\"with Canada banning\", \"Canada's lead in banning\": that state bans; one not following the lead does not", () => {
    expect(banned('With Canada and some European states banning Zenco Inc technology, Qorva Ltd gained ground.')).toEqual(['Canada -banned-> Zenco Inc']);
    expect(banned("Zembla reached its own view rather than following Canada's lead in banning Zenco Inc.")).toEqual(['Canada -banned-> Zenco Inc']);
  });

  it('a firm\'s "with", a lead in approving, a state only considering bans nothing', () => {
    expect(banned('With Qorva Ltd dropping Zenco Inc gear from its network, sales fell.')).toEqual([]);
    expect(banned("Zembla followed Canada's lead in approving Zenco Inc.")).toEqual([]);
    expect(banned('With Canada considering banning Zenco Inc technology, Qorva Ltd gained ground.')).toEqual([]);
    expect(banned("Zembla reached its own view rather than following Canada's example in approving Zenco Inc.")).toEqual([]);
    expect(banned("Vexa Corp reached its own view rather than following Qorva Ltd's lead in blocking Zenco Inc.")).toEqual([]);
    expect(banned("With Canada's approval, Qorva Ltd expanded its network.")).toEqual([]);
    expect(banned("Zembla decided against following Canada's lead in banning Zenco Inc.")).toEqual(['Canada -banned-> Zenco Inc']);
  });
});
