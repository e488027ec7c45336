import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Fixer fxr90, from a re-read of stop 90's relation rules: each rule added this stop kept what it was written for, but some took
// more than their family (a refused outsourcing, a tender's buyer, a censored report's subject, a word count before "rivals", a
// relative clause's subject as an outlet, a firm a job is done on, a retailer's phones, an approved list, a firm's own targets,
// firmware for another's device, a possessor blocked, a rival channel). Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();
const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text)).sort();
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();
const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();

describe('making handed to a contract maker', () => {
  it('a refused, declined or denied outsourcing gives the contract maker nothing', () => {
    expect(develops('Zenco Inc refused to outsource production of the Zeta to Qorva Inc.')).not.toContain('Qorva Inc -develops-> Zeta');
    expect(develops('Zenco Inc declined to outsource production of the Zeta to Qorva Inc.')).not.toContain('Qorva Inc -develops-> Zeta');
    expect(develops('Zenco Inc has never outsourced production of the Zeta to Qorva Inc.')).not.toContain('Qorva Inc -develops-> Zeta');
    expect(develops('Zenco Inc did not outsource production of the Zeta to Qorva Inc.')).not.toContain('Qorva Inc -develops-> Zeta');
    expect(develops('Zenco Inc declined to move production of the Zeta X9 to Qorva Corp.')).not.toContain('Qorva Corp -develops-> Zeta X9');
  });

  it('a done outsourcing still gives both makers', () => {
    expect(develops('Zenco Inc outsourced production of the Zeta X9 to Qorva Corp.')).toEqual(['Qorva Corp -develops-> Zeta X9', 'Zenco Inc -develops-> Zeta X9']);
    expect(develops('Zenco Inc moved Zeta X9 production from Vietnam to Qorva Corp.')).toEqual(['Qorva Corp -develops-> Zeta X9', 'Zenco Inc -develops-> Zeta X9']);
  });
});

describe('a contest to do a thing for a buyer', () => {
  it('the firm a contest is to supply or build for is its buyer, not a rival', () => {
    expect(rivals('Zenco Inc won the contest to supply Qorva Inc with reactors.')).toEqual([]);
    expect(rivals("Zenco won the contest to build Qorva's new reactor.")).toEqual([]);
    expect(rivals('Zenco Inc lost the contest to equip Qorva Inc with new turbines.')).toEqual([]);
  });

  it('a contest against or with a firm is still rivalry', () => {
    expect(rivals('Zenco Inc won the contest against Qorva Inc for the reactor deal.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
  });
});

describe('censoring', () => {
  it('reports or posts about a firm censored do not ban the firm', () => {
    expect(banned('Chinese authorities censored reports about the Zenco Inc explosion.')).toEqual([]);
    expect(banned('Chinese authorities censored posts criticising Zenco Inc.')).toEqual([]);
    expect(banned('Chinese authorities censored news coverage of Zenco Inc.')).toEqual([]);
  });

  it('an outlet censored is still banned', () => {
    expect(banned('Chinese authorities censored the Zeta Post.')).toEqual(['China -banned-> Zeta Post']);
  });
});

describe('a counted list of rivals after a verb', () => {
  it('the clause subject keeps its counted rivals', () => {
    expect(rivals('Zenco Inc faces two rivals, Qorva Inc and Vexa Inc.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc', 'Zenco Inc -competes_with-> Vexa Inc']);
    expect(rivals('Zenco Inc named two rivals, Qorva Inc and Vexa Inc, in its filing.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc', 'Zenco Inc -competes_with-> Vexa Inc']);
    expect(rivals('Zenco Inc faces two rivals, Qorva Inc and Vexa Inc, in Japan.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc', 'Zenco Inc -competes_with-> Vexa Inc']);
  });

  it('a firm that serves two rivals of another is no rival', () => {
    expect(rivals('Qorva Inc supplies two rivals of Vexa Inc.')).toEqual([]);
    expect(rivals('Zenco Inc faces rivals Qorva Inc and Vexa Inc.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc', 'Zenco Inc -competes_with-> Vexa Inc']);
  });
});

describe('an outlet after "whose"', () => {
  it('the subject of the relative clause is not the outlet', () => {
    expect(develops('Zenco, whose service Qorva relies on, reported an outage.')).toEqual([]);
    expect(develops('Zenco, whose app Qorva banned last year, said sales rose.')).toEqual([]);
    expect(develops('Zenco Media, whose channel Vexa Cable dropped in May, will appeal.')).toEqual([]);
  });

  it('an outlet that is the clause subject is still the owner\'s', () => {
    expect(develops('Zenco Media, whose channel Zeta TV was fined, will appeal.')).toEqual(['Zenco Media -develops-> Zeta TV']);
  });
});

describe('an apposed firm running an outlet', () => {
  it('a job run on or for a firm makes no outlet of it', () => {
    expect(develops('Zenco, the company running the investigation into Qorva, said it found no fraud.')).toEqual([]);
    expect(develops('Zenco, the firm that runs security checks on Qorva, said it found no flaw.')).toEqual([]);
    expect(develops('Zenco, the firm running ads for Qorva, said revenue rose.')).toEqual([]);
  });

  it('an outlet it runs is still its', () => {
    expect(develops('Zenco Media, the company that runs the Zeta TV channel, was fined.')).toEqual(['Zenco Media -develops-> Zeta TV']);
  });
});

describe('phones sold by a retailer', () => {
  it('a seller of a plural product noun is not the maker', () => {
    expect(develops('Phones sold by Best Buy include the Zeta 5 and the Vela X.')).toEqual([]);
    expect(develops('Devices offered by Best Buy include the Zeta 5 and the Vela X.')).toEqual([]);
  });

  it('a maker of them is', () => {
    expect(develops('Phones made by Zenco include the Zeta 5 and the Vela X.')).toEqual(['Zenco -develops-> Vela X', 'Zenco -develops-> Zeta 5']);
  });
});

describe('a list kept by a state', () => {
  it('a vendor list or a list of taxpayers restricts nobody', () => {
    expect(restricts('Zenco Inc and Qorva Inc are on the vendor list maintained by the US Treasury.')).toEqual([]);
    expect(restricts("Zenco Inc is on the list published by Japan of the country's largest taxpayers.")).toEqual([]);
  });

  it('a sanctions list does', () => {
    expect(restricts('Zenco Inc is on the sanctions list maintained by the US Treasury.')).toEqual(['Treasury Department -restricts-> Zenco Inc']);
  });
});

describe('targets after a state\'s act', () => {
  it('a firm\'s own growth or acquisition targets are no sanction targets', () => {
    expect(restricts('Japan imposed sanctions on Zenco Inc on Monday. Its growth targets include Qorva Inc.')).toEqual(['Japan -restricts-> Zenco Inc']);
    expect(restricts('Japan sanctioned Zenco Inc on Monday. Its acquisition targets included Qorva Inc and Vexa Inc.')).toEqual(['Japan -restricts-> Zenco Inc']);
  });
});

describe('firmware for a device', () => {
  it('firmware for another firm\'s device does not make the releaser its maker', () => {
    expect(develops('Chipmaker Zenco Inc released new firmware for the Samsung Galaxy S9 to fix a modem bug.')).not.toContain('Zenco Inc -develops-> Samsung Galaxy S9');
    expect(develops("Zenco released new firmware for Qorva's Zeta router.")).not.toContain('Zenco -develops-> Qorva');
  });

  it('firmware for its own device does', () => {
    expect(develops('Zenco released new firmware for the Zeta 9 router.')).toEqual(['Zenco -develops-> Zeta 9']);
  });
});

describe('joined in blocking', () => {
  it('a possessor of the thing blocked is not blocked', () => {
    expect(banned("Zenco joined Qorva in blocking Vexa's bid for Zeta.")).toEqual([]);
  });

  it('a firm blocked is', () => {
    expect(banned('Ruritania joined Vexa in blocking Zenco Inc.')).toContain('Ruritania -banned-> Zenco Inc');
  });
});

describe('an apposed outlet of a firm', () => {
  it('a rival or partner channel is not the firm\'s', () => {
    expect(develops('Zeta TV, the main rival channel of Zenco, was fined.')).toEqual([]);
    expect(develops('Zeta TV, a partner station of Zenco, was fined.')).toEqual([]);
    expect(develops('Zeta TV, the competing channel of Zenco, was fined.')).toEqual([]);
  });

  it('its own channel is', () => {
    expect(develops('Zeta TV, the main news channel of Zenco, was fined.')).toEqual(['Zenco -develops-> Zeta TV']);
  });
});

describe('the review\'s smaller faults', () => {
  it('a customer set off after "by" wore no market down', () => {
    expect(rivals('Zenco Inc saw its sales squeezed by Qorva Inc, its biggest customer, which cut orders.')).toEqual([]);
    expect(rivals('Zenco Inc saw its market share eroded by Qorva Inc.')).toEqual(['Qorva Inc -competes_with-> Zenco Inc']);
  });

  it('a name qualifying a lawsuit or an interview is no thing answering a rival', () => {
    expect(rivals('Zenco hit back at Qorva with a Delaware lawsuit.')).toEqual([]);
    expect(rivals('Zenco hit back at Qorva with a Reuters interview.')).toEqual([]);
    expect(rivals('Zenco hit back at Qorva with the Zeta phone.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('a firm ordered to publish a summary of findings is no outlet curbed', () => {
    expect(restricts('Ofcom ordered Zenco Inc to publish a summary of its safety findings.')).toEqual([]);
    expect(restricts('Ofcom ordered Zeta TV to broadcast a summary of its findings.')).toEqual(['Ofcom -restricts-> Zeta TV']);
  });

  it('a market before the copula keeps the rival named after it', () => {
    expect(rivals('The biggest rival of Zenco Inc in Japan is Qorva Inc.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
  });

  it('developers using a firm\'s toolkit are not its toolkit', () => {
    expect(develops("The Zeta app was built by developers using Qorva's Vexa toolkit.")).not.toContain('Vexa -develops-> Zeta');
  });
});

// claimsOf is used for the negated outsourcing's owner.
describe('negation still reaches the owner', () => {
  it('the brand owner of a never-done outsourcing is negated', () => {
    expect(claimsOf('Zenco Inc has never outsourced production of the Zeta to Qorva Inc.', 'negated')).toContain('Zenco Inc -develops-> Zeta');
  });
});
