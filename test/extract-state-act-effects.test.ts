import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper ban94, from the state-act misses of stop 93's fresh samples (sets 88 and 89) that still failed: a state halting the use
// of goods named after their kind; a thing unavailable in a state because its government blocked it; a state rescinding the
// permit that would have let a title be shown; sellers needing a licence under a state's new rules. Firms', hospitals' and doctors' own halts, hedged or lifted halts, a thing a maker
// pulled or an outage, and another thing blocked ban nothing. Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));
const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));

describe('a state halting the use of goods named after their kind', () => {
  it('the state bans each named good', () => {
    expect(banned('Vietnam halted the use of the vaccines Zeta and Vela on Monday.')).toEqual(['Vietnam -banned-> Vela', 'Vietnam -banned-> Zeta']);
    expect(banned('Vietnam halted the use of two flu vaccines, Zeta and Vela, on Monday.')).toEqual(['Vietnam -banned-> Vela', 'Vietnam -banned-> Zeta']);
    expect(banned('Egypt has stopped the sale of the weedkiller Zenfree.')).toEqual(['Egypt -banned-> Zenfree']);
    expect(banned('Turkey paused the rollout of the vaccine Qorvax.')).toEqual(['Turkey -banned-> Qorvax']);
    expect(banned('Vietnam halted the use of the vaccine Qorvax, the health ministry said.')).toEqual(['Vietnam -banned-> Qorvax']);
    expect(banned('Vietnam halted the use of two batches of the vaccine Qorvax.')).toEqual(['Vietnam -banned-> Qorvax']);
  });

  it('a firm, a hospital, doctors or a retailer, a hedge or recommendation, a contrast, a lifted halt, a resumption and another\'s thing ban nothing', () => {
    expect(banned('Zenco Inc. halted the use of the vaccine Qorvax.')).toEqual([]);
    expect(banned('Zenco Inc. halted the use of 2 million doses of the vaccine Qorvax.')).toEqual([]);
    expect(banned('The hospital suspended the use of the vaccine Qorvax.')).toEqual([]);
    expect(banned('Doctors in Vietnam halted the use of the vaccine Qorvax.')).toEqual([]);
    expect(banned('Hospitals across Egypt paused the use of the vaccine Qorvax.')).toEqual([]);
    expect(banned('Vietnam may halt the use of the vaccine Qorvax.')).toEqual([]);
    expect(banned('Vietnam threatened to halt the use of the vaccine Qorvax.')).toEqual([]);
    expect(banned('Vietnam did not halt the use of the vaccine Qorvax.')).toEqual([]);
    expect(banned('Vietnam resumed the use of the vaccine Qorvax.')).toEqual([]);
    expect(banned('Vietnam halted the use of the vaccine Qorvax, a halt lifted a week later.')).toEqual([]);
    expect(banned("Vietnam halted the use of the vaccine Qorvax's rival Velax.")).not.toContain('Vietnam -banned-> Qorvax');
    expect(banned('The agency recommended that Vietnam halt the use of the vaccine Qorvax.')).toEqual([]);
    expect(banned('Zenmart, a retailer in Vietnam, stopped the sale of the vaccine Qorvax.')).toEqual([]);
    expect(banned('Unlike Egypt, Vietnam has not halted the use of the vaccine Qorvax.')).toEqual([]);
    expect(banned('Vietnam halted the use of the vaccines, Zenco Inc. said.')).toEqual([]);
    expect(banned('Vietnam halted the use of the devices, Qorva Corp said on Monday.')).toEqual([]);
    expect(banned('Vietnam halted the use of the vaccine Qorvax Zenco Inc. makes.')).not.toContain('Vietnam -banned-> Zenco Inc');
  });
});

describe('a thing unavailable in a state because its government blocked it', () => {
  it('the state bans it', () => {
    expect(banned('Qorvachat has been unavailable in Vietnam since the government ordered internet providers to block it.')).toEqual(['Vietnam -banned-> Qorvachat']);
    expect(banned('Qorvachat is unavailable in Vietnam since the government outlawed it.')).toEqual(['Vietnam -banned-> Qorvachat']);
    expect(banned('Qorvachat has been inaccessible in Egypt since a government ban in 2019.')).toEqual(['Egypt -banned-> Qorvachat']);
    expect(banned('The app Qorvachat remains inaccessible in Turkey after the government moved to block it.')).toEqual(['Turkey -banned-> Qorvachat']);
  });

  it('a maker or distributor pulling it, an outage, a hedge or proposal, a lifted ban, no state act and another thing ban nothing', () => {
    expect(banned('Qorvachat is unavailable in Vietnam since Zenco Inc. withdrew it.')).toEqual([]);
    expect(banned('Qorvachat has been unavailable in Vietnam since an outage in May.')).toEqual([]);
    expect(banned('Qorvachat could be unavailable in Vietnam if the government bans it.')).toEqual([]);
    expect(banned('Qorvachat was unavailable in Vietnam until the government lifted the ban.')).toEqual([]);
    expect(banned('Qorvachat was unavailable in Vietnam after a government ban that was later lifted.')).toEqual([]);
    expect(banned('Qorvachat is unavailable in Vietnam after the government ordered an inquiry.')).toEqual([]);
    expect(banned('Qorvachat is unavailable in Vietnam after the government asked Zenco Inc. to pull it.')).toEqual([]);
    expect(banned('Qorvachat is unavailable in Vietnam because the government has not approved it.')).toEqual([]);
    expect(banned('Qorvachat is unavailable in Vietnam since the government blocked access to Zenvid.')).not.toContain('Vietnam -banned-> Qorvachat');
    expect(banned('Qorvachat is unavailable in Vietnam after its distributor Zenco Inc. blocked it.')).toEqual([]);
    expect(banned('Qorvachat is unavailable in Vietnam since lawmakers proposed to ban it.')).toEqual([]);
  });
});

describe('a state rescinding the permit that would have let a title be shown', () => {
  it('the state bans the title', () => {
    expect(banned('Egypt said it was rescinding the permit that would have allowed Zeta to be shown.')).toEqual(['Egypt -banned-> Zeta']);
    expect(banned('Turkey revoked the screening licence that had allowed the film Zeta to be screened.')).toEqual(['Turkey -banned-> Zeta']);
  });

  it('a firm or distributor, a threat, a hedge, a recommendation, a negation, a restoration and a reversal ban nothing', () => {
    expect(banned('Zenco Inc. rescinded the permit that would have allowed Zeta to be shown.')).toEqual([]);
    expect(banned('Egypt threatened to rescind the permit that would have allowed Zeta to be shown.')).toEqual([]);
    expect(banned('Egypt did not rescind the permit that would have allowed Zeta to be shown.')).toEqual([]);
    expect(banned('Egypt rescinded the permit that would have allowed Zeta to be shown, a decision later overturned.')).toEqual([]);
    expect(banned('The agency recommended that Egypt rescind the permit that would have allowed Zeta to be shown.')).toEqual([]);
    expect(banned('Egypt may rescind the permit that would have allowed Zeta to be shown.')).toEqual([]);
    expect(banned('Egypt restored the permit that had allowed Zeta to be shown.')).toEqual([]);
    expect(banned('Zenco Films, the distributor, rescinded the permit that would have allowed Zeta to be shown.')).toEqual([]);
    expect(banned('Egypt rescinded the permit that would have allowed Zenco Inc. to show Zeta.')).toEqual([]);
  });
});

describe('sellers needing a licence under a state\'s new rules', () => {
  it('the state restricts the buyer', () => {
    expect(restricts('Under the new US rules, suppliers now need a licence to sell to Zenco Inc.')).toEqual(['United States -restricts-> Zenco Inc']);
    expect(restricts('Under the latest US rules, chipmakers must obtain a licence to sell to Zenco Inc.')).toEqual(['United States -restricts-> Zenco Inc']);
  });

  it('proposed rules or a proposal, a hedge, a need denied or no longer there, a maker of the goods, a speaker and a firm\'s own rules restrict no one', () => {
    expect(restricts('Under the proposed US rules, suppliers would need a licence to sell to Zenco Inc.')).toEqual([]);
    expect(restricts('Under the new US rules, suppliers no longer need a licence to sell to Zenco Inc.')).toEqual([]);
    expect(restricts('Under the new Qorva Corp rules, suppliers need a licence to sell to Zenco Inc.')).toEqual([]);
    expect(restricts('Under the new US rules, suppliers could need a licence to sell to Zenco Inc.')).toEqual([]);
    expect(restricts('Under the new US rules, suppliers do not need a licence to sell to Zenco Inc.')).toEqual([]);
    expect(restricts('Under the new US proposal, suppliers need a licence to sell to Zenco Inc.')).toEqual([]);
    expect(restricts('Under the new US rules, suppliers need a licence to sell chips made by Zenco Inc.')).toEqual([]);
    expect(restricts('Under the new US rules, suppliers need a licence to sell to Vietnam, Zenco Inc said.')).not.toContain('United States -restricts-> Zenco Inc');
  });
});
