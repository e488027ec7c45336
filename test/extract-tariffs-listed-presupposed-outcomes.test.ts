import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper trd90b, from stop 90's eightieth fresh sample (trade cases on washers and steel): a state's tariff rates listed by state
// after a copula ("stood at 15 % for A, 19 % for B and C"); a measure taken for granted, which a firm fought, must pay or must contend
// with; duties told as the outcome of a body's ruling; a leader's tariffs imposed in the passive. Not a probe's agency, nor measures
// proposed, threatened, feared or hedged, nor rates of interest. Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();

describe('tariff rates listed by state after a copula', () => {
  it('each state after its rate is restricted, names joined after one rate too', () => {
    expect(restricts('American tariffs stood at 15 percent for Japan, 19 percent for Vietnam and Thailand, 25 percent for India.')).toEqual([
      'United States -restricts-> India',
      'United States -restricts-> Japan',
      'United States -restricts-> Thailand',
      'United States -restricts-> Vietnam',
    ]);
    expect(restricts('US tariffs now stand at 15 percent for Zenco Inc and 25 percent for Qorva Ltd.')).toEqual([
      'United States -restricts-> Qorva Ltd',
      'United States -restricts-> Zenco Inc',
    ]);
  });

  it('no target without a name after each rate, and no rates of interest', () => {
    expect(restricts("US tariffs stood at 15 percent of Zenco Inc's prices.")).toEqual([]);
    expect(restricts('US interest rates stood at 5 percent for Zenco Inc and 7 percent for Qorva Ltd.')).toEqual([]);
    expect(restricts('Zenco Inc and Qorva Ltd paid interest at 15 percent.')).toEqual([]);
    expect(restricts('Japanese tariffs were proposed at 15 percent for Canada and 20 percent for Mexico.')).toEqual([]);
  });
});

describe('a measure taken for granted', () => {
  it('firms that fought, must pay or must contend with a state\'s measure are restricted by it', () => {
    expect(restricts('Zenco Inc and Qorva Ltd, which had battled US anti-dumping tariffs for years, said the ruling was fair.')).toEqual([
      'United States -restricts-> Qorva Ltd',
      'United States -restricts-> Zenco Inc',
    ]);
    expect(restricts('Zenco Inc, which had fought the US anti-dumping duties for years, lost.')).toEqual(['United States -restricts-> Zenco Inc']);
    expect(restricts("Zenco Inc has challenged Japan's steel tariffs in court.")).toEqual(['Japan -restricts-> Zenco Inc']);
    expect(restricts("Zenco Inc will have to contend with the United States' expanded steel tariffs.")).toEqual(['United States -restricts-> Zenco Inc']);
    expect(restricts("Zenco Inc must pay Japan's new duties on washers.")).toEqual(['Japan -restricts-> Zenco Inc']);
  });

  it('not a measure proposed, threatened or hedged, nor a fight over something else', () => {
    expect(restricts('Zenco Inc fought the proposed US tariffs.')).toEqual([]);
    expect(restricts('Zenco Inc challenged the US tariffs threatened by the White House.')).toEqual([]);
    expect(restricts("Zenco Inc could have to pay Japan's duties.")).toEqual([]);
    expect(restricts("Zenco Inc may pay Japan's duties.")).toEqual([]);
    expect(restricts('Zenco Inc fought for lower US tariffs.')).toEqual([]);
    expect(restricts('Zenco Inc has fought Japan over tariffs for years.')).toEqual([]);
    expect(restricts("Zenco Inc paid Qorva Ltd's tariffs.")).toEqual([]);
    expect(restricts('Zenco Inc pays US taxes.')).toEqual([]);
  });

  it('a measure on another firm restricts that firm, not the one fighting it', () => {
    expect(restricts("Zenco Inc fought Japan's tariffs on Qorva Ltd.")).toEqual(['Japan -restricts-> Qorva Ltd']);
  });
});

describe('duties told as the outcome of a ruling', () => {
  it('the ruling body restricts the firms required to pay', () => {
    expect(restricts("As a result of today's Commerce Department ruling, Zenco Inc and Qorva Ltd are required to pay preliminary anti-dumping duties on washers.")).toEqual([
      'Commerce Department -restricts-> Qorva Ltd',
      'Commerce Department -restricts-> Zenco Inc',
    ]);
    expect(restricts("Following the Commerce Department's final determination, Zenco Inc must pay duties of 52 percent.")).toEqual(['Commerce Department -restricts-> Zenco Inc']);
  });

  it('not when the firms need not pay, or only might', () => {
    expect(restricts('As a result of the Commerce Department ruling, Zenco Inc will not have to pay duties.')).toEqual([]);
    expect(restricts('As a result of the Commerce Department ruling, Zenco Inc is no longer required to pay duties.')).toEqual([]);
    expect(restricts('As a result of the Commerce Department ruling, Zenco Inc may have to pay duties.')).toEqual([]);
    expect(restricts('As a result of the Commerce Department ruling, Zenco Inc could be required to pay duties.')).toEqual([]);
  });
});

describe("a leader's tariffs imposed in the passive", () => {
  it("the leader's state restricts the state they are imposed on", () => {
    expect(restricts("Now that President Trump's latest tariffs have been imposed on Canada, exporters are worried.")).toEqual(['United States -restricts-> Canada']);
    expect(restricts("Japan's latest tariffs have been imposed on Canada.")).toEqual(['Japan -restricts-> Canada']);
  });

  it('not tariffs that will, could or have not been imposed, nor proposed ones', () => {
    expect(restricts("Japan's latest tariffs will be imposed on Canada.")).toEqual([]);
    expect(restricts("Japan's tariffs have not been imposed on Canada.")).toEqual([]);
    expect(restricts("Japan's tariffs could be imposed on Canada.")).toEqual([]);
    expect(restricts("Trump's proposed tariffs on Canada worried exporters.")).toEqual([]);
    expect(restricts("Trump's tariff threats against Canada worried exporters.")).toEqual([]);
  });
});

describe('the agency behind a probe', () => {
  it('is no target of the duties that followed it', () => {
    expect(restricts('The International Trade Commission voted to impose duties on the products following a Commerce Department probe.')).toEqual([]);
    expect(restricts('The International Trade Commission voted to impose duties on Zenco Inc washers following a Commerce Department probe.')).toEqual([
      'International Trade Commission -restricts-> Zenco Inc',
    ]);
    expect(restricts('Japan imposed tariffs on Canada after talks with Mexico failed.')).toEqual(['Japan -restricts-> Canada']);
  });
});

describe('import fees approved by a body', () => {
  it("a state's import fees restrict the makers of the goods they fall on", () => {
    expect(restricts('The International Trade Commission OKs steep import fees on Zenco Inc and Qorva Ltd washers.')).toEqual([
      'International Trade Commission -restricts-> Qorva Ltd',
      'International Trade Commission -restricts-> Zenco Inc',
    ]);
  });

  it("not fees rejected or only proposed, nor a firm's own fees", () => {
    expect(restricts('The International Trade Commission rejected import fees on Zenco Inc washers.')).toEqual([]);
    expect(restricts('The International Trade Commission proposed import fees on Zenco Inc washers.')).toEqual([]);
    expect(restricts('Zenco Inc raised its import fees for customers.')).toEqual([]);
  });
});
