import { describe, expect, it } from 'vitest';
import { claimsOf } from './extract-helpers';

// Helper xhome (stop 103), from real news on state bans of connected devices and on smart thermostats, locks and doorbells:
// sentences made up for the tests.

const of = (relation: string) => (text: string): string[] => claimsOf(text).filter((c) => c.includes(`-${relation}->`));
const listed = (text: string): string[] => claimsOf(text).filter((c) => /-(?:restricts|banned)->/.test(c));
const bans = of('banned');
const makers = of('develops');

describe("an official's placing on a state's own list is the state's", () => {
  it.each([
    ["Gov. Vena Morrow has added Zenco, Qorva and Plix to Texas's blacklist.", ['Texas -restricts-> Plix', 'Texas -restricts-> Qorva', 'Texas -restricts-> Zenco']],
    ["The governor added Zenco to Texas's blacklist.", ['Texas -restricts-> Zenco']],
    ["Governor Vena Morrow added Zenco and Qorva to Ohio's list of prohibited technologies.", ['Ohio -banned-> Qorva', 'Ohio -banned-> Zenco']],
    ["Gov. Vena Morrow added Zenco to Texas's prohibited list.", ['Texas -banned-> Zenco']],
    ["Secretary Tam Oduya put Zenco on Florida's blacklist last week.", ['Florida -restricts-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(listed(text)).toEqual(claims);
  });

  it.each([
    // A list of other things, a person's own list, and a list no state owns place nothing.
    ["Gov. Vena Morrow added Zenco to Texas's list of approved vendors."],
    ['Gov. Vena Morrow added Zenco to her list of favourite firms.'],
    ["Vena Morrow added Zenco to Texas's list of top employers."],
    ['Gov. Vena Morrow added Zenco to the blacklist.'],
  ])('near miss "%s"', (text) => {
    expect(listed(text)).toEqual([]);
  });
});

describe('a person\'s pronoun after the named speaker\'s "said that" is the speaker', () => {
  it.each([
    ['Texas Governor Vena Morrow announced that he banned Zenco.', ['Texas -banned-> Zenco']],
    ['Texas Governor Vena Morrow said that she banned Zenco in 2020.', ['Texas -banned-> Zenco']],
    ['Governor Vena Morrow of Texas announced that he expanded the list, banning state officials from using Zenco.', ['Texas -banned-> Zenco']],
    ['Ohio Gov. Tam Oduya confirmed that she had blocked the Zenco app on state phones.', ['Ohio -banned-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(bans(text)).toEqual(claims);
  });

  it.each([
    // Another subject after "that" is the clause's own; a denial or a plan states no ban.
    ['Texas Governor Vena Morrow said that the company banned Zenco.', []],
    ['Texas Governor Vena Morrow said that Ohio banned Zenco.', ['Ohio -banned-> Zenco']],
    ['Texas Governor Vena Morrow said that he did not ban Zenco.', []],
    ['Texas Governor Vena Morrow said that he would ban Zenco.', []],
  ])('near miss "%s"', (text, claims) => {
    expect(bans(text)).toEqual(claims);
  });
});

describe('a thing named after its kind that a firm takes a rival on with is its own', () => {
  it.each([
    ["Zenco is looking to challenge Qorva's Plix with a connected thermostat called Vexa.", ['Qorva -develops-> Plix', 'Zenco -develops-> Vexa']],
    ['Zenco challenged Qorva with a new thermostat called Vexa.', ['Zenco -develops-> Vexa']],
    ['Zenco took on Qorva with a smart lock named Vexa.', ['Zenco -develops-> Vexa']],
    ['Zenco took on Qorva and Borin with a cheaper robot vacuum dubbed Vexa.', ['Zenco -develops-> Vexa']],
    ['Zenco is aiming to take on Qorva with a video doorbell named Vexa.', ['Zenco -develops-> Vexa']],
  ])('"%s"', (text, claims) => {
    expect(makers(text)).toEqual(claims);
  });

  it.each([
    // No made thing ("a campaign", "a partner", "a startup"), another's answer, another's thing, a denial.
    ['Zenco challenged Qorva with a campaign called Vexa.', []],
    ['Zenco took on Qorva with a partner named Vexa.', []],
    ['Zenco took on Qorva with a startup called Vexa.', []],
    ['Zenco challenged Qorva, which responded with a thermostat called Vexa.', []],
    ["Zenco challenged Qorva's thermostat called Vexa.", ['Qorva -develops-> Vexa']],
    ['Zenco did not challenge Qorva with a thermostat called Vexa.', []],
  ])('near miss "%s"', (text, claims) => {
    expect(makers(text)).toEqual(claims);
  });
});
