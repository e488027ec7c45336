import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Helper cat101 (stop 101): the maker of a product told after it. Sentences made up for the tests.

const develops = (text: string): string[] => only('develops')(claimsOf(text));

describe('an opening "Its"/"Their" owned by the firm credited at the sentence\'s end', () => {
  it.each([
    ['Its new chip, the Z9, ships in May, Qorva announced.', ['Qorva -develops-> Z9']],
    ['Its latest headset, Vexa, will cost $499, Zenco said on Tuesday.', ['Zenco -develops-> Vexa']],
    ['Their joint app, Zeta, launched in India, Zenco and Qorva said.', ['Qorva -develops-> Zeta', 'Zenco -develops-> Zeta']],
    ['Its cheapest phone, the Z9 Lite, will go on sale in Kenya next month, Qorva said in a statement.', ['Qorva -develops-> Z9 Lite']],
    ['Its first electric scooters, Vexa and Vexa Pro, are made in Poland, said Zenco.', ['Zenco -develops-> Vexa', 'Zenco -develops-> Vexa Pro']],
    ['Its flagship drug Zetavia won approval last week, according to Qorva.', ['Qorva -develops-> Zetavia']],
    ['Its new Z9 chip ships in May, Qorva said.', ['Qorva -develops-> Z9']],
    ['Their latest Zeta phones sold out, Zenco and Qorva said.', ['Qorva -develops-> Zeta', 'Zenco -develops-> Zeta']],
    ['Its newest tablet, the Vexa 3, goes on sale today, Zenco told reporters.', ['Zenco -develops-> Vexa 3']],
    ['Their new robots, Zeta and Vexa, went on sale on Monday, Zenco, Qorva and Lumo announced.', ['Lumo -develops-> Vexa', 'Lumo -develops-> Zeta', 'Qorva -develops-> Vexa', 'Qorva -develops-> Zeta', 'Zenco -develops-> Vexa', 'Zenco -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });

  it.each([
    // A rival, a ban, customers, a partner's thing, a stake: nothing of the firm's own.
    ['Its rival, the Z9, ships in May, Qorva said.'],
    ['Its ban on Zeta takes effect in May, Kenya said.'],
    ['Its customers, Vexa and Zeta, buy the chip, Qorva said.'],
    ['Its partner app, Zeta, will carry the chip, Qorva said.'],
    ['Its stake in Vexa rose to 20%, Zenco said.'],
    ['Its investor Vexa sold shares, Zenco said.'],
    // A news outlet's report credits no owner.
    ['Its new chip, the Z9, ships in May, Reuters reported.'],
  ])('"%s" gives no maker', (text) => {
    expect(develops(text)).toEqual([]);
  });

  it('leaves an "Its" resolved to a firm named before to that firm', () => {
    expect(develops('Zenco makes ovens. Its new oven, the Zeta, ships in May, Qorva said.')).not.toContain('Qorva -develops-> Zeta');
  });
});

describe('a thing marketed by a firm "as" a name', () => {
  it.each([
    ['The design was commercialised by Zenco as the Z9.', ['Zenco -develops-> Z9']],
    ['The engine, later marketed by Qorva as Vexa, sold well.', ['Qorva -develops-> Vexa']],
    ['The drug was first sold by Qorva as Zetavia.', ['Qorva -develops-> Zetavia']],
    ['The chip, commercialized by Zenco in Europe as the Z9, was a hit.', ['Zenco -develops-> Z9']],
    ['The phone is marketed by Zenco as the Vexa and the Vexa Pro.', ['Zenco -develops-> Vexa', 'Zenco -develops-> Vexa Pro']],
    ['The robot was rebranded by Qorva as Zeta in 2021.', ['Qorva -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });

  it.each([
    ['The design was sold by Zenco to Qorva.', []],
    ['The design was sold by Zenco as a kit.', []],
    // Another's thing after "as" is that firm's, not the seller's.
    ["The chip was sold by Zenco as Qorva's Z9.", ['Qorva -develops-> Z9']],
  ])('"%s" gives no marketer', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });
});

describe('a firm leading a market "with" its named things', () => {
  it.each([
    ['Zenco dominated the smart-oven market with Zeta and Vexa.', ['Zenco -develops-> Vexa', 'Zenco -develops-> Zeta']],
    ['Qorva leads the segment with its Z9 and Z10 headsets.', ['Qorva -develops-> Z10', 'Qorva -develops-> Z9']],
    ['Zenco has long dominated the budget phone market with the Vexa.', ['Zenco -develops-> Vexa']],
    ['Qorva, which leads the headphone category with Zeta, plans to expand.', ['Qorva -develops-> Zeta']],
    ['Zenco became the market leader with Zeta.', ['Zenco -develops-> Zeta']],
    ['Qorva is the headset segment leader with its Z9 and Z10.', ['Qorva -develops-> Z10', 'Qorva -develops-> Z9']],
    ['Zenco topped the charts in 2023 with Vexa, Zeta and Lumo.', ['Zenco -develops-> Lumo', 'Zenco -develops-> Vexa', 'Zenco -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });

  it.each([
    ['Zenco dominated the market with a 40% share.'],
    ['Zenco led the market with Qorva close behind.'],
    ['Zenco dominated the market with Qorva as its main rival.'],
    ['Zenco did not dominate the market with Zeta, Qorva said.'],
    ['Zenco was the joint market leader with Qorva.'],
    ['Zenco is the market leader with a 30% share.'],
    ['Zenco dominated the market with Qorva, Vexa and Lumo trailing.'],
    ['Zenco leads the segment with partners Qorva and Vexa.'],
  ])('"%s" gives no maker', (text) => {
    expect(develops(text)).toEqual([]);
  });
});
