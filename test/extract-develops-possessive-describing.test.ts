import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Helper pos88: "develops" through a possessive whose describing words are set apart by commas ("Zenco's twin-engine, 180-seat
// Z66", "Zenco's cheaper, smaller Zeta Mini"), and the nominal act of making ("the development of Zeta by Zenco", "Zenco's
// development of Zeta", "production of the Z66 at Zenco's plant"). Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a possessive before describing words set apart by commas', () => {
  it('a number-and-noun compound after the comma', () => {
    expect(develops("Zenco's twin-engine, 180-seat Z66 entered service in 2019.")).toEqual(['Zenco -develops-> Z66']);
    expect(develops("Zenco's long-range, 300-seat Z99 flew on Monday.")).toEqual(['Zenco -develops-> Z99']);
  });

  it('two listed describing words set apart by a comma', () => {
    expect(develops("Zenco's cheaper, smaller Zeta Mini arrives Tuesday.")).toEqual(['Zenco -develops-> Zeta Mini']);
    expect(develops("Qorva's newest, fastest Vexa X2 goes on sale in May.")).toEqual(['Qorva -develops-> Vexa X2']);
    expect(develops("Zenco's popular, low-cost Zeta Lite sold well.")).toEqual(['Zenco -develops-> Zeta Lite']);
  });

  it('a rival, a customer or a person after the possessive is no made thing', () => {
    expect(develops("Zenco's new, bigger rival Qorva gained share.")).toEqual([]);
    expect(develops("Zenco's largest, oldest customer Vexa Airlines cut its order.")).toEqual([]);
    expect(develops("Zenco's new, 42-year-old chief executive Ann Lee spoke on Monday.")).toEqual([]);
  });
});

describe('the development of a thing by a firm', () => {
  it('"the development / creation / production of Y by X"', () => {
    expect(develops('The development of Zeta by Zenco took four years.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Development of the Qorva chatbot by Zenco started in 2021.')).toEqual(['Zenco -develops-> Qorva']);
    expect(develops('The production of the Z66 by Vexa Aero ended in 2020.')).toEqual(['Vexa Aero -develops-> Z66']);
  });

  it('"X\'s development / design of Y"', () => {
    expect(develops("Zenco's development of Qorva cost $2 billion.")).toEqual(['Zenco -develops-> Qorva']);
    expect(develops("Analysts praised Vexa's design of the Zeta 4.")).toEqual(['Vexa -develops-> Zeta 4']);
  });

  it('a use, review, purchase or ban of the thing by a body is no making', () => {
    expect(develops('The use of Zeta by Zenco staff was banned.')).toEqual([]);
    expect(develops('The review of Qorva by the FCC took a year.')).toEqual([]);
    expect(develops("Zenco's purchase of Zeta surprised analysts.")).toEqual([]);
    expect(develops("Zenco's development of Qorva's rival app was slow.")).toEqual([]);
  });

  it('a planned or denied development is no asserted making', () => {
    expect(claimsOf('Zenco plans the development of Zeta by Qorva next year.').filter((c) => c.includes('develops'))).toEqual([]);
    expect(claimsOf('The development of Zeta by Zenco never happened.').filter((c) => c.includes('develops'))).toEqual([]);
    expect(claimsOf('The development of Zeta by Zenco was scrapped in 2020.').filter((c) => c.includes('develops'))).toEqual([]);
    expect(claimsOf('India opposed the development of Zeta by Zenco.').filter((c) => c.includes('develops'))).toEqual([]);
    expect(claimsOf("Production of the Z66 at Zenco's plant never began.").filter((c) => c.includes('develops'))).toEqual([]);
  });
});

describe('making a thing at a firm\'s plant', () => {
  it('"production / assembly of Y at X\'s plant"', () => {
    expect(develops("Production of the Z66 at Zenco's plant resumed on Tuesday.")).toEqual(['Zenco -develops-> Z66']);
    expect(develops("Assembly of the Zeta 5 at Qorva's factory in Ohio fell.")).toEqual(['Qorva -develops-> Zeta 5']);
    expect(develops("The Vexa Aero's production of the Z66 at its plant continues.")).toEqual(['Vexa Aero -develops-> Z66']);
  });

  it('a visit or an inspection at the plant is no making', () => {
    expect(develops("The inspection of the Z66 at Zenco's plant found cracks.")).toEqual([]);
    expect(develops("Sales of the Z66 at Zenco's stores fell.")).toEqual([]);
  });
});
