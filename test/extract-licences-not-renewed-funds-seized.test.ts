import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper lic93, stop 92's third round (the eighty-sixth set): a state's body saying it won't renew a holder's licence or permits, or
// telling the holder so, or ending its lease, bans the holder; a state refusing a firm's request to import a product bans the
// product, not the firm; a state seizing or freezing money in a firm's accounts, or its assets of a told worth, restricts the firm
// (an asset freeze, no ban, and the sum is no name); a state ratifying a decision that requires a firm to comply with rules
// restricts it. A firm's own acts, a renewal granted, a request approved, police seizing drugs and hedges give nothing. Sentences
// written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();
const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();

describe('a licence, a permit or a lease a state will not renew or ends', () => {
  it("a state's body saying it won't renew a holder's permits bans the holder", () => {
    expect(banned("Canada's Department of Fisheries said it won't be renewing Zenco Aquaculture Inc's net-pen permits.")).toEqual(['Department of Fisheries -banned-> Zenco Aquaculture Inc']);
    expect(banned("The Canadian government said it will not be renewing Zenco Inc's licence.")).toEqual(['Canada -banned-> Zenco Inc']);
    expect(banned("The Chilean government is not renewing Zenco Inc's permits.")).toEqual(['Chile -banned-> Zenco Inc']);
  });

  it('a state telling the holder it would not renew its licences', () => {
    expect(banned('The Canadian government told Zenco Inc it would not renew licences for its farms.')).toEqual(['Canada -banned-> Zenco Inc']);
    expect(banned('The Chilean government informed Zenco Inc it will not renew its permits.')).toEqual(['Chile -banned-> Zenco Inc']);
  });

  it("a state ending a firm's lease", () => {
    expect(banned("The Chilean government terminated Zenco Inc's lease.")).toEqual(['Chile -banned-> Zenco Inc']);
    expect(banned("The Chilean government cancelled Zenco Inc's mining concession.")).toEqual(['Chile -banned-> Zenco Inc']);
    expect(banned("The Chilean government decided not to renew Zenco Inc's land lease.")).toEqual(['Chile -banned-> Zenco Inc']);
  });

  it('a renewal denied for the licences of several holders bans each', () => {
    expect(banned('The Canadian government denied the renewal of salmon farming licences held by Zenco Inc and Qorva Ltd.')).toEqual(['Canada -banned-> Qorva Ltd', 'Canada -banned-> Zenco Inc']);
  });

  it('not a firm ending a lease or a licence, a renewal granted, or a renewal only weighed', () => {
    expect(banned("Zenco Inc terminated Qorva Ltd's lease.")).toEqual([]);
    expect(banned("Zenco Inc said it won't be renewing Qorva Ltd's licence.")).toEqual([]);
    expect(banned('Zenco Inc told Qorva Ltd it would not renew its licences.')).toEqual([]);
    expect(banned('The Canadian government told Zenco Inc it would renew licences for its farms.')).toEqual([]);
    expect(banned("Canada's Department of Fisheries said it will be renewing Zenco Aquaculture Inc's permits.")).toEqual([]);
    expect(banned("The Chilean government renewed Zenco Inc's lease.")).toEqual([]);
    expect(banned("The Chilean government extended Zenco Inc's lease.")).toEqual([]);
    expect(banned('The Indian government approved the renewal of licences held by Zenco TV and Qorva News.')).toEqual([]);
    expect(banned('Zenco Inc applied for a licence in Chile.')).toEqual([]);
    expect(banned('The Canadian government told Zenco Inc it would not renew the licences of Qorva Ltd.')).toEqual([]);
    expect(banned('The Canadian government told Zenco Inc it would not renew its contract.')).toEqual([]);
    expect(banned('The Canadian government told Zenco Inc it would not renew licences for its farms unless it cut emissions.')).toEqual([]);
    expect(banned("The Canadian government said it won't be renewing Zenco Inc's contract with Qorva Ltd.")).toEqual([]);
    expect(banned("The Canadian government said it won't be renewing Zenco Inc's licence fee waiver.")).toEqual([]);
    expect(banned("The Canadian government said Qorva Ltd won't be renewing Zenco Inc's licence.")).toEqual([]);
    expect(banned("The Chilean government terminated Zenco Inc's lease agreement with Qorva Ltd.")).toEqual([]);
    expect(banned("Zenco Inc's landlord terminated Qorva Ltd's lease.")).toEqual([]);
  });
});

describe("a state refusing a firm's request to import a product", () => {
  it('bans the product, not the firm', () => {
    expect(banned("India has rejected Zenco Inc's request to import refurbished iPhones.")).toEqual(['India -banned-> iPhone']);
    expect(banned('India denied a request by Zenco Inc to import the iPhone.')).toEqual(['India -banned-> iPhone']);
  });

  it('not a request approved, a firm refusing, a request to build, or a court', () => {
    expect(banned("India approved Zenco Inc's request to import refurbished iPhones.")).toEqual([]);
    expect(banned("Qorva Ltd rejected Zenco Inc's request to import refurbished iPhones.")).toEqual([]);
    expect(banned("India has rejected Zenco Inc's request to build a plant.")).toEqual([]);
    expect(banned("India rejected Zenco Inc's request to import Qorva Ltd products.")).toEqual([]);
    expect(banned("A court rejected Zenco Inc's request to import refurbished iPhones.")).toEqual([]);
    expect(banned("India may reject Zenco Inc's request to import refurbished iPhones.")).toEqual([]);
  });
});

describe("money seized or frozen in a firm's accounts", () => {
  it('restricts the firm as an asset freeze, and bans neither it nor the sum', () => {
    const text = "India's Enforcement Directorate seized Rs 900 crore from the bank accounts of Zenco India Pvt Ltd.";
    expect(restricts(text)).toEqual(['Enforcement Directorate -restricts-> Zenco India Pvt Ltd']);
    expect(banned(text)).toEqual([]);
    expect(restricts("India's Enforcement Directorate seized Rs 900 crore from Zenco India Pvt Ltd's bank accounts.")).toEqual(['Enforcement Directorate -restricts-> Zenco India Pvt Ltd']);
    expect(banned("India's Enforcement Directorate seized Rs 900 crore from Zenco India Pvt Ltd's bank accounts.")).toEqual([]);
    expect(restricts("The Chinese government froze $20 million in Zenco Inc's accounts.")).toEqual(['China -restricts-> Zenco Inc']);
    expect(restricts('The Indian government seized $20 million from Zenco Inc.')).toEqual(['India -restricts-> Zenco Inc']);
    expect(banned('The Indian government seized $20 million from Zenco Inc.')).toEqual([]);
    expect(restricts("India's Enforcement Directorate seized Rs 900 crore in cash from Zenco India Pvt Ltd.")).toEqual(['Enforcement Directorate -restricts-> Zenco India Pvt Ltd']);
    expect(banned("India's Enforcement Directorate seized Rs 5,551.27 crore from the bank accounts of Zenco India Pvt Ltd.")).toEqual([]);
    expect(restricts("India's Enforcement Directorate attached assets worth Rs 300 crore of Zenco Industries Ltd.")).toEqual(['Enforcement Directorate -restricts-> Zenco Industries Ltd']);
  });

  it('not police seizing drugs, a firm freezing hiring, a firm buying assets, or a sum paid', () => {
    expect(scoredClaimsOf("Police seized drugs from Zenco Inc's warehouse.").filter((c) => c.includes('-banned->') || c.includes('-restricts->'))).toEqual([]);
    expect(restricts('Zenco Inc froze hiring.')).toEqual([]);
    expect(restricts('Zenco Inc acquired assets worth Rs 300 crore of Qorva Ltd.')).toEqual([]);
    expect(restricts('Zenco Inc seized Rs 900 crore from the bank accounts of Qorva Ltd.')).toEqual([]);
    expect(banned('Zenco Inc paid Rs 900 crore for Qorva Ltd.')).toEqual([]);
    expect(banned("India's Enforcement Directorate seized Rs 900 crore in cash from Zenco India Pvt Ltd's office.")).toEqual([]);
    expect(scoredClaimsOf('The Chinese government seized $2 million in drugs at a Zenco Inc warehouse.')).toEqual([]);
    expect(restricts('Zenco Inc seized Rs 900 crore from Qorva Ltd.')).toEqual([]);
    expect(restricts("India's Enforcement Directorate returned Rs 900 crore to the bank accounts of Zenco India Pvt Ltd.")).toEqual([]);
  });
});

describe('a decision a state ratifies that requires a firm to comply with rules', () => {
  it('restricts the firm', () => {
    expect(restricts('The Indian cabinet ratified a board decision that requires Zenco Inc to comply with sourcing rules.')).toEqual(['India -restricts-> Zenco Inc']);
    expect(restricts('The Chilean government approved a resolution which obliges Zenco Inc to adhere to new safety standards.')).toEqual(['Chile -restricts-> Zenco Inc']);
  });

  it("not a firm's board, a decision rejected, or a requirement of another kind", () => {
    expect(restricts("Zenco Inc's board approved a decision that requires Qorva Ltd to comply with sourcing rules.")).toEqual([]);
    expect(restricts('The Indian cabinet rejected a board decision that requires Zenco Inc to comply with sourcing rules.')).toEqual([]);
    expect(restricts('The Indian cabinet ratified a board decision that requires Zenco Inc to pay fees.')).toEqual([]);
    expect(restricts('The Zenphone 5 requires Android 12.')).toEqual([]);
    expect(restricts('The Indian cabinet ratified a decision that requires suppliers of Zenco Inc to comply with sourcing rules.')).toEqual([]);
    expect(restricts('Zenco Inc issued a directive that requires Qorva Ltd to comply with its code.')).toEqual([]);
  });
});
