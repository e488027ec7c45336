import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 91 round 4 (helper nmf94), from the eighty-third fresh sample: a firm's name cut at a state's name inside it ("Zenco America
// Line" read as "Line"), a unit after a figure read as a shipyard ("58,000 GT"), a speaker after a list of brands read as one more
// brand, and an outlet telling the news read as a party to it. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('a state\'s name inside a firm\'s name', () => {
  it('"Zenco America Line", "Zenco Europe Cruises" are one firm each, not a bare "Line"', () => {
    expect(develops("Passengers on Zenco America Line's Qorva Star were stuck for days.")).toEqual(['Zenco America Line -develops-> Qorva Star']);
    expect(develops('The Qorva Star, owned by Zenco America Line, was refused entry.')).toEqual(['Zenco America Line -develops-> Qorva Star']);
    expect(develops("Passengers on Zenco Europe Cruises' Qorva Sun were stuck for days.")).toEqual(['Zenco Europe Cruises -develops-> Qorva Sun']);
  });

  it('a state between English words, or after a list, names no firm', () => {
    expect(develops("Passengers on Zenco America Line's Qorva Star were stuck for days.").some((c) => c.startsWith('Line '))).toBe(false);
    expect(develops('Unlike America Cruises, Zenco runs the Qorva Star.')).toEqual(['Zenco -develops-> Qorva Star']);
    expect(develops('Zenco sells trips in America and Qorva runs the Zeta Star.').some((c) => c.includes('America'))).toBe(false);
    expect(develops('Zenco America owns the Qorva Star.')).toEqual(['Zenco America -develops-> Qorva Star']);
  });

  it('a reseller, a manager, a denial or a plan around such a firm states no owner of the ship', () => {
    expect(develops('Zenco, a reseller for Qorva America Cruises, does not own the Zeta Star.')).toEqual([]);
    expect(develops('Zenco managed the Qorva Star for Vexa Asia Line, its owner.')).toEqual([]);
    expect(develops('The agency booked trips for Zenco Japan Lines, which owns the Qorva Star.')).toEqual(['Zenco Japan Lines -develops-> Qorva Star']);
  });
});

describe('a unit after a figure', () => {
  it('"of 58,000 GT" names no maker nor product', () => {
    expect(develops('The ship, of 58,000 GT, was built by Zenco Werft.')).toEqual([]);
    expect(develops('The vessel of 58,000 GT is the second build completed by Zenco Werft after the Qorva Sun.').some((c) => c.startsWith('GT '))).toBe(false);
    expect(develops('At 58,000 GT, the Qorva Sun was built by Zenco Werft.')).toEqual(['Zenco Werft -develops-> Qorva Sun']);
  });

  it('a name with letters of its own after a figure stays a name', () => {
    expect(develops('Zenco Motors makes the Zeta GT-R.')).toEqual(['Zenco Motors -develops-> Zeta GT-R']);
    expect(develops('Zenco released the Zeta 5 GT last year.')).toEqual(['Zenco -develops-> Zeta 5 GT']);
    expect(develops('The vessel of 2,000 TEU was delivered by Zenco Werft to Qorva Line.').some((c) => c.includes('TEU'))).toBe(false);
  });
});

describe('a speaker after a list of brands', () => {
  it('", Smith said" after the members is no member', () => {
    expect(develops('Zenco sells many brands, including Alto, Brisa and Cumbre, Smith said.')).toEqual(['Zenco -develops-> Alto', 'Zenco -develops-> Brisa', 'Zenco -develops-> Cumbre']);
    expect(develops('"Zenco owns many brands, including Alto, Brisa and Cumbre," Smith adds.')).toEqual(['Zenco -develops-> Alto', 'Zenco -develops-> Brisa', 'Zenco -develops-> Cumbre']);
    expect(develops("Zenco's brands include Alto, Brisa and Cumbre, Smith told reporters.")).toEqual(['Zenco -develops-> Alto', 'Zenco -develops-> Brisa', 'Zenco -develops-> Cumbre']);
  });

  it('a last member with no verb of saying after it stays a member', () => {
    expect(develops("Zenco's brands include Alto, Brisa, Cumbre and Duna.")).toEqual(['Zenco -develops-> Alto', 'Zenco -develops-> Brisa', 'Zenco -develops-> Cumbre', 'Zenco -develops-> Duna']);
    expect(develops("Zenco's brands include Alto and Brisa, Qorva said.")).toEqual(['Zenco -develops-> Alto', 'Zenco -develops-> Brisa']);
  });
});

describe('an outlet telling the news', () => {
  it('"the Zembla Times has learned that …" makes the paper no rival', () => {
    expect(rivals('"Zembla Times" has learned that the fees charged by Zenco and its competitor Qorva will rise.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('The Zembla Times has learned that the fees charged by Zenco and its competitor Qorva will rise.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zembla News reported that Zenco will compete with Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('The Zembla Times has learned Zenco and its rival Qorva will merge.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('an outlet that competes, or a firm whose name ends like an outlet\'s and acts, is still a party', () => {
    expect(rivals('The Zembla Times competes with the Qorva Post for readers.')).toEqual(['Zembla Times -competes_with-> Qorva Post']);
    expect(rivals('Zenco Media reported strong sales and competes with Qorva.')).toEqual(['Zenco Media -competes_with-> Qorva']);
    expect(rivals('Zenco Media learned its lesson and competes with Qorva.')).toEqual(['Zenco Media -competes_with-> Qorva']);
  });
});
