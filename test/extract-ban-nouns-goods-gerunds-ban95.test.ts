import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper ban95 (stop 95): bans told without a plain active clause. A state's raw goods and commodities named by its demonym
// ("the bloc's ban on Zemblan-origin diamonds"), imports "into" a place before their goods, "prohibits imports of" a demonym's
// goods, a gerund after "by" ("by banning the import of gems from Zembla"), and the state right before a ban's noun when an
// owner further back owns another noun ("Egypt's rules mirror Vietnamese bans on Zenco"). Plans, proposals, bans lifted,
// firms, people and the possessor of another act give nothing. Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();
const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();

describe("a ban on a state's raw goods named by its demonym", () => {
  it('a possessive ban, a ban laid, a headline and a verb', () => {
    expect(banned("The EU's ban on Russian diamonds took effect in January.")).toEqual(['European Union -banned-> Russia']);
    expect(banned("Under the EU's ban on Russian-origin gems, traders must show certificates.")).toEqual(['European Union -banned-> Russia']);
    expect(banned('Canada imposed a ban on Russian crude.')).toEqual(['Canada -banned-> Russia']);
    expect(banned('Japan bans Russian gold')).toEqual(['Japan -banned-> Russia']);
    expect(banned('Norway banned Belarusian potash.')).toEqual(['Norway -banned-> Belarus']);
  });

  it('no ban proposed, lifted or called for; a firm the goods only describe is no goods', () => {
    expect(banned('The EU proposed a ban on Russian diamonds.')).toEqual([]);
    expect(banned('The EU lifted its ban on Russian steel.')).toEqual([]);
    expect(banned("The EU's proposed ban on Russian oil was debated.")).toEqual([]);
    expect(banned('Lawmakers called for a ban on Russian uranium.')).toEqual([]);
    expect(banned('Canada banned Russian steel maker Zenco.')).toEqual(['Canada -banned-> Zenco']);
    expect(banned('Canada banned Russian oil giant Qorva.')).toEqual(['Canada -banned-> Qorva']);
    expect(banned('Zenco praised Russian-made steel at the fair.')).toEqual([]);
    expect(banned('Vietnam blocked Chinese steel mill Zenco.')).toEqual(['Vietnam -banned-> Zenco']);
    expect(banned('Vietnam banned Russian oil tankers from its ports.')).toEqual([]);
  });

  it('a tariff on such goods stays a restriction', () => {
    expect(banned('Canada imposed tariffs on Chinese steel.')).toEqual([]);
    expect(restricts('Canada imposed tariffs on Chinese steel.')).toEqual(['Canada -restricts-> China']);
  });
});

describe('imports into a place, "prohibits imports of", "by banning"', () => {
  it('the place the goods go into, a prohibition of a demonym\'s goods, a gerund after "by"', () => {
    expect(banned('The European Commission will ban imports into the EU of key steel products from Russia.')).toEqual(['European Commission -banned-> Russia']);
    expect(banned('Vietnam banned imports into the country of rice from Cambodia.')).toEqual(['Vietnam -banned-> Cambodia']);
    expect(banned('Vietnam prohibits imports of Cambodian rice.')).toEqual(['Vietnam -banned-> Cambodia']);
    expect(banned('The EU extended its sanctions regime by banning the import of diamonds from Russia.')).toEqual(['European Union -banned-> Russia']);
    expect(banned('The leaders of the EU agreed to impose a ban on Russian gems.')).toEqual(['European Union -banned-> Russia']);
    expect(banned('Canada will impose a ban on Russian coal.')).toEqual(['Canada -banned-> Russia']);
  });

  it('no ban lifted or weighed, no people, no firm acting, no other role after the state', () => {
    expect(banned('Vietnam lifted a ban on imports into the country of rice from Cambodia.')).toEqual([]);
    expect(banned('Vietnam is considering whether to ban imports into the country of rice from Cambodia.')).toEqual([]);
    expect(banned('Vietnam prohibits imports of Cambodian workers.')).toEqual([]);
    expect(banned('The EU has not agreed to impose a ban on Russian gems.')).toEqual([]);
    expect(banned('The EU may agree to impose a ban on Russian gems.')).toEqual([]);
    expect(banned('Zenco agreed to impose a ban on Russian gems in its stores.')).toEqual([]);
    expect(banned('Zenco grew its sales by halting imports of chips from Cambodia.')).toEqual([]);
    expect(banned("Vietnam tightened its rules by banning imports from Cambodia's Zenco plants.")).not.toContain('Vietnam -banned-> Cambodia');
    expect(banned('Vietnam won praise from Laos by banning imports of rice to Cambodia.')).toEqual([]);
  });

  it('a plan to ban by a gerund is no made ban', () => {
    expect(banned('Vietnam plans to extend its rules by banning the import of rice from Cambodia.')).toEqual([]);
  });
});

describe("the state right before a ban's noun owns it", () => {
  it('a demonym or a state past another owner and its verb', () => {
    expect(banned("China's restrictions parallel U.S. bans on Zenco and the Zeta app.")).toEqual(['United States -banned-> Zenco', 'United States -banned-> Zeta']);
    expect(banned("Egypt's rules mirror Vietnamese bans on Zenco.")).toEqual(['Vietnam -banned-> Zenco']);
    expect(restricts("Egypt's restrictions mirror Vietnamese bans on Zenco.")).toEqual([]);
    expect(restricts("Egypt's ban on Zenco mirrors Vietnamese curbs on Qorva.")).toEqual(['Vietnam -restricts-> Qorva']);
  });

  it("an owner's own noun keeps its owner; a rival's state only places it", () => {
    expect(banned("Egypt's ban on Zenco mirrors Vietnamese curbs on Qorva.")).toEqual(['Egypt -banned-> Zenco']);
    expect(banned("Egypt's new ban on Zeta took effect.")).toEqual(['Egypt -banned-> Zeta']);
    expect(banned("Egypt's Vietnamese-style ban on Zenco began in May.")).toEqual(['Egypt -banned-> Zenco']);
    expect(restricts('Britain announced fresh Russian sanctions on Zenco.')).toEqual(['United Kingdom -restricts-> Zenco']);
    expect(restricts("Britain's ministers announced Russian sanctions on Zenco.")).toEqual(['United Kingdom -restricts-> Zenco']);
    expect(only('competes_with')(scoredClaimsOf("Zenco's main US rival Qorva grew."))).toEqual(['Zenco -competes_with-> Qorva']);
  });
});
