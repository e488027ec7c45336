import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper dty96 (stop 96), from fresh sample s94 (trade notices on tableware, sinks and pencils): a trade case's initials ("AD",
// "CVD") are no product and stand inside a duty order's name ("the antidumping duty (AD) order on widgets from Zembla"), and an
// agency's dumping or subsidy rate told against a named exporter restricts it. Rates of nothing, de minimis, or only possible, a
// firm's own words and other owners give nothing. Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();
const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

const DOC = 'Commerce Department';

describe('a trade case\'s initials', () => {
  it('a duty order named by its initials, alone or after the spelt-out kind, restricts the goods\' state', () => {
    expect(restricts(`The ${DOC} published the AD order on widgets from China.`)).toEqual([`${DOC} -restricts-> China`]);
    expect(restricts(`The ${DOC} published the antidumping duty (AD) order on widgets from China.`)).toEqual([`${DOC} -restricts-> China`]);
    expect(restricts(`The ${DOC} issued countervailing duty (CVD) orders on widgets from China.`)).toEqual([`${DOC} -restricts-> China`]);
    expect(restricts(`The ${DOC} issued AD and CVD orders on widgets from China.`)).toEqual([`${DOC} -restricts-> China`]);
    expect(restricts(`The ${DOC} continued the antidumping (AD) order on widgets from Japan.`)).toEqual([`${DOC} -restricts-> Japan`]);
  });

  it('the initials are no product, and an order revoked or only reviewed lays nothing, and a firm\'s ad order is no duty', () => {
    expect(develops(`The ${DOC} published the AD order on widgets from China.`)).toEqual([]);
    expect(develops(`The ${DOC} published the antidumping duty (AD) order on widgets from China.`)).toEqual([]);
    expect(restricts(`The ${DOC} revoked the AD order on widgets from China.`)).toEqual([]);
    expect(restricts(`The ${DOC} initiated a review of the AD order on widgets from China.`)).toEqual([]);
    expect(restricts(`Zenco Media placed an ad order with Qorva Press.`)).toEqual([]);
  });

  it('a product named AD is still a product where no case word stands by it', () => {
    expect(develops('Zenco Robotics unveiled AD, a sensor for delivery robots.')).toEqual(['Zenco Robotics -develops-> AD']);
  });
});

describe('dumping and subsidy rates told against named exporters', () => {
  it('a rate found or issued against a firm, or firms said to receive rates, restricts them', () => {
    expect(restricts(`The ${DOC} found a preliminary dumping rate of 20.87 percent against Zenco Tire Co. Ltd., one of two respondents.`)).toEqual([`${DOC} -restricts-> Zenco Tire Co. Ltd`]);
    expect(restricts(`The ${DOC} issued countervailing duty rates of 17.06 percent against Zenco Tire Co. Ltd.`)).toEqual([`${DOC} -restricts-> Zenco Tire Co. Ltd`]);
    expect(restricts('The Trade Bureau said Zenco Kitchenware Co. and Qorva Kitchen Industrial Co. will receive final dumping margins of 39% and 27%.')).toEqual(['Trade Bureau -restricts-> Qorva Kitchen Industrial Co', 'Trade Bureau -restricts-> Zenco Kitchenware Co']);
    expect(restricts(`The ${DOC} found Zenco Steel Co. to have a dumping margin of 12 percent.`)).toEqual([`${DOC} -restricts-> Zenco Steel Co`]);
  });

  it('no rate laid: zero, de minimis, only possible, a firm\'s own words, a firm\'s profit margin', () => {
    expect(restricts(`The ${DOC} found Zenco Steel Co. to have a dumping margin of zero.`)).toEqual([]);
    expect(restricts(`The ${DOC} said Zenco Steel Co. will receive a de minimis dumping margin.`)).toEqual([]);
    expect(restricts(`The ${DOC} said Zenco Steel Co. could receive a dumping margin of 12 percent.`)).toEqual([]);
    expect(restricts('Zenco Steel Co. said it will receive a dumping margin of 12 percent.')).toEqual([]);
    expect(restricts('Qorva Capital said Zenco Steel Co. will receive a dumping margin of 12 percent.')).toEqual([]);
    expect(restricts(`The ${DOC} found Zenco Steel Co. to have a profit margin of 12 percent.`)).toEqual([]);
    expect(restricts(`The ${DOC} said Zenco Steel Co. will receive duty refunds of 12 percent.`)).toEqual([]);
    expect(restricts(`The ${DOC} said Zenco Steel Co. would receive a dumping margin of 12 percent if it stops its sales.`)).toEqual([]);
    expect(restricts(`The ${DOC} said Zenco Steel Co. would receive a dumping margin of 12.5 percent if it stops its sales.`)).toEqual([]);
    // crit96e: a de minimis rate said after its figure; a firm named as the possessor of the one the rate falls on.
    expect(restricts(`The ${DOC} found Zenco Steel Co. to have a dumping margin of 0.3 percent, which is de minimis.`)).toEqual([]);
    expect(restricts(`The ${DOC} set a countervailing duty rate of 10 percent on Zenco Steel Co.'s rival Qorva Steel Co.`)).not.toContain(`${DOC} -restricts-> Zenco Steel Co`);
  });
});
