import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rcl90, from stop 90's fresh samples on device and pet-food recalls: a maker recalling named goods of a kind (devices, cars,
// food) develops them, in the verb, its noun and its passive; a retailer recalling goods another made does not, nor does a state
// ordering a recall. The second agent of linked making participles makes the thing too; a maker's successor in brackets takes over
// its line; what a thing is made of has no maker; classes of medical device written as acronyms are no names. Sentences written
// for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a maker recalling named goods', () => {
  it('"recalled 9,000 Zeta pacemakers", "is recalling the Zeta and Vexa implants" name the maker', () => {
    expect(develops('Zenco Medical has recalled nearly 9,000 advanced Zeta III pacemakers.')).toEqual(['Zenco Medical -develops-> Zeta III']);
    expect(develops('Zenco Corp. recalled 6,000 Zeta pacemakers.')).toEqual(['Zenco Corp -develops-> Zeta']);
    expect(develops('Zenco Orthopaedics is recalling the Zeta II and Vexa implants.')).toEqual(['Zenco Orthopaedics -develops-> Vexa', 'Zenco Orthopaedics -develops-> Zeta II']);
    expect(develops('Qorva Inc. is recalling the QX-180 duodenoscope.')).toEqual(['Qorva Inc -develops-> QX-180']);
    expect(develops('Zenco Medical recalled the Zeta Cup hip implant.')).toEqual(['Zenco Medical -develops-> Zeta Cup']);
  });

  it('the noun: "issued a recall for about 9,800 Zeta pacemakers", "announced a voluntary recall of the Zeta Cup hip implant"', () => {
    expect(develops('Zenco Inc. has issued a recall for about 9,800 Zeta pacemakers.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Zenco Inc. announced a voluntary recall of the Zeta Cup hip implant.')).toEqual(['Zenco Inc -develops-> Zeta Cup']);
  });

  it('the passive: "were recalled by Zenco", "the Zeta XL hip system, voluntarily recalled by Zenco Orthopaedics"', () => {
    expect(develops('The Zeta pacemakers were recalled by Zenco Inc. in 2021.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('The Zeta XL hip system, voluntarily recalled by Zenco Orthopaedics in 2010, failed often.')).toEqual(['Zenco Orthopaedics -develops-> Zeta XL']);
  });

  it('a retailer recalling goods another made names only their maker', () => {
    expect(develops('Kappa Retail Inc. recalled 5,000 Zeta pacemakers made by Qorva Inc.')).toEqual(['Qorva Inc -develops-> Zeta']);
    expect(develops('Vexa toys, recalled by Kappa Retail Inc. last year, were made by Qorva Inc.')).toEqual(['Qorva Inc -develops-> Vexa']);
    expect(develops('Kappa Retail Inc. recalled 5,000 Zeta pacemakers from Qorva Inc.')).not.toContain('Kappa Retail Inc -develops-> Zeta');
  });

  it('a state ordering or making a recall, an envoy recalled, a negated or planned recall name no maker', () => {
    expect(develops('The state of Ruritania recalled 5,000 Zeta pacemakers.')).toEqual([]);
    expect(develops('Ruritania recalled its ambassador from Zembla.')).toEqual([]);
    expect(develops('Zenco Inc. did not recall the Zeta pacemakers.')).toEqual([]);
    expect(develops('Zenco Inc. plans to recall the Zeta pacemakers.')).toEqual([]);
    expect(develops('Zenco Inc. recalled its chief executive, Tom Reed, from Zembla.')).toEqual([]);
  });
});

describe('a maker and its successor', () => {
  it('"manufactured by Zenco (now Qorva)" names both', () => {
    expect(develops('Zeta, manufactured by Zenco Inc. (now Qorva Inc.), is popular.')).toEqual(['Qorva Inc -develops-> Zeta', 'Zenco Inc -develops-> Zeta']);
    expect(develops('The Zeta collar was developed by Zenco Inc. (now Qorva Inc.) in 2012.')).toEqual(['Qorva Inc -develops-> Zeta', 'Zenco Inc -develops-> Zeta']);
  });

  it('a bracket that is no successor names only the maker', () => {
    expect(develops('The Zeta collar was developed by Zenco Inc. (then Qorva Inc.) in 2012.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('The Zeta collar was developed by Zenco Inc. (now defunct) in 2012.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });
});

describe('the second agent of linked participles', () => {
  it('"made by Zenco and marketed by Kappa", "developed by Zenco and is now marketed by Kappa" name both', () => {
    expect(develops('Zapp, made by Zenco Inc. and marketed by Kappa Inc., is popular.')).toEqual(['Kappa Inc -develops-> Zapp', 'Zenco Inc -develops-> Zapp']);
    expect(develops('Zapp was developed by Zenco Inc. and is now marketed by Kappa Inc.')).toEqual(['Kappa Inc -develops-> Zapp', 'Zenco Inc -develops-> Zapp']);
  });

  it('a second agent that sells, praises or tests the thing is not its maker', () => {
    expect(develops('Zapp, made by Zenco Inc. and sold by Kappa Inc., is popular.')).toEqual(['Zenco Inc -develops-> Zapp']);
    expect(develops('Zapp, made by Zenco Inc. and praised by Kappa Inc., is popular.')).toEqual(['Zenco Inc -develops-> Zapp']);
    expect(develops('Zapp was developed by Zenco Inc. and was tested by Kappa Inc.')).toEqual(['Zenco Inc -develops-> Zapp']);
  });
});

describe('what is no made thing', () => {
  it('a material a thing is made of, and the parts a whole is made up of, have no maker', () => {
    expect(develops('Zenco sells Qorva and Lumo shoes (made of Zenlite material).')).toEqual([]);
    expect(develops('Zenco Inc. sells Qorva shoes made of Zenlite.')).toEqual([]);
    expect(develops('The Zeta panel is made up of Qorva Inc. and Vexa Inc.')).toEqual([]);
  });

  it('a class of medical device written as an acronym is no name', () => {
    expect(develops('The FDA approved an implantable CGM made by Zenco Inc.')).toEqual([]);
    expect(develops("Zenco's Zeta SCS system was cleared.")).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco Inc. makes a CGM called Zeta.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });
});
