import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Helper its96, from set 93's diggers, software and services readers and from trade news on diggers, jets, trucks and apps: "its"
// before a named product after a subject no rule typed. The general causes: an irregular verb after the subject left "its" unbound
// ("saw", "went", "began"), a describing word ("upgraded", "standalone") stopped the possessive, a firm's regional arm was cut at its
// region ("Zenco North"), a denial or a plan about a firm's own thing denied or planned the possession, and the later members of a
// possessed kind's set-off list were lost. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const developsWith = (text: string, status: 'negated' | 'proposed'): string[] => only('develops')(claimsOf(text, status));

describe('an untyped subject\'s irregular verb before "its"', () => {
  it('"saw", "went into production with" leave the subject the owner of its named thing', () => {
    expect(develops('Zenco saw its new ZX80 loader sell out in a week.')).toEqual(['Zenco -develops-> ZX80']);
    expect(develops('Zenco began deliveries of its ZX9 jet in May.')).toEqual(['Zenco -develops-> ZX9']);
    expect(develops('Zenco went into production with its ZX80 digger.')).toEqual(['Zenco -develops-> ZX80']);
    expect(develops('Zenco went into production with its first electric digger, the ZX80.')).toEqual(['Zenco -develops-> ZX80']);
  });

  it('a person, a customer\'s shares or a fleet of another\'s jets make nothing', () => {
    expect(develops('Jane Smith saw its new ZX80 loader at the show.')).toEqual([]);
    expect(develops('Zenco saw its shares fall after the launch.')).toEqual([]);
    expect(develops('Vexa Air expanded its fleet of Qorva ZX1 jets.')).toEqual([]);
    expect(develops('Vexa Rentals saw its new ZX80 loaders rented out in a week.')).toEqual([]);
    expect(develops('Vexa flew its new ZX1 jet to Vela.')).toEqual([]);
  });
});

describe('describing words between "its" and the name', () => {
  it('"upgraded" and "standalone" describe the firm\'s own thing', () => {
    expect(develops('Zenco showed its upgraded ZX80 for the first time.')).toEqual(['Zenco -develops-> ZX80']);
    expect(develops('Zenco discontinued its standalone Lumo app.')).toEqual(['Zenco -develops-> Lumo']);
  });

  it('a partner, customers, or jets another firm built are not the firm\'s', () => {
    expect(develops('Zenco saw its partner Qorva Labs grow.')).toEqual([]);
    expect(develops('Zenco flew its customers to the Vela plant.')).toEqual([]);
    expect(develops('Vexa Air showed its new ZX1 jets built by Zenco to Vela.')).toEqual(['Zenco -develops-> ZX1']);
    expect(develops('Vexa Air showed its ZX1 jets, made by Zenco, at the fair.')).toEqual(['Zenco -develops-> ZX1']);
  });

  it('a thing built by the possessor\'s own team stays its own', () => {
    expect(develops('Zenco showed its new ZX1 jet built by its own engineers.')).toEqual(['Zenco -develops-> ZX1']);
  });
});

describe('a firm\'s regional arm', () => {
  it('"Zenco North America", "Zenco Europe" are one firm that launched its thing', () => {
    expect(develops('Zenco North America, which debuted its ZX1 loader last year, is growing.')).toEqual(['Zenco North America -develops-> ZX1']);
    expect(develops('Zenco Europe launched its ZX1 loader last year.')).toEqual(['Zenco Europe -develops-> ZX1']);
  });

  it('a region after an English word, or alone, is no firm', () => {
    expect(develops('Sales in North America rose as Zenco launched its ZX1 loader.')).toEqual(['Zenco -develops-> ZX1']);
    expect(develops('Visit Europe promoted the ZX1 loader last year.')).toEqual([]);
  });
});

describe('denials and plans about a firm\'s own thing', () => {
  it('a denial of what its thing did leaves the thing the firm\'s', () => {
    expect(develops('Zenco has denied that its software Qorva helped spread the worm.')).toEqual(['Zenco -develops-> Qorva']);
  });

  it('a plan to retire or discontinue its thing states that the thing is the firm\'s', () => {
    expect(develops('Zenco has announced plans to retire its Lumo app later in the year.')).toEqual(['Zenco -develops-> Lumo']);
    expect(develops('Zenco plans to discontinue its Lumo app next year.')).toEqual(['Zenco -develops-> Lumo']);
  });

  it('an airline\'s plan to retire its jets stays a plan', () => {
    expect(develops('Vexa Air plans to retire its ZX1 jets next year.')).toEqual([]);
    expect(develops('Vexa Air plans to retire its Qorva ZX1 fleet next year.')).toEqual([]);
  });

  it('a denial of making, and a plan to launch, stay denied and planned', () => {
    expect(develops('Zenco denied that it had developed the Lumo app.')).toEqual([]);
    expect(develops('Zenco plans to launch its Lumo app next year.')).toEqual([]);
    expect(developsWith('Zenco plans to launch its Lumo app next year.', 'proposed')).toEqual(['Zenco -develops-> Lumo']);
  });
});

describe('a possessed kind\'s set-off list', () => {
  it('every member of the list, each with its kind, is the possessor\'s', () => {
    expect(develops("Zenco's three electric machines - the ZX12 loader, ZX1000 swing loader and ZMX dumper - provide zero emissions.")).toEqual([
      'Zenco -develops-> ZMX',
      'Zenco -develops-> ZX1000',
      'Zenco -develops-> ZX12',
    ]);
    expect(develops('Zenco said its three new machines, the ZX12 loader, the ZX1000 excavator and the ZMX dumper, will ship in May.')).toEqual([
      'Zenco -develops-> ZMX',
      'Zenco -develops-> ZX1000',
      'Zenco -develops-> ZX12',
    ]);
  });

  it('a list of markets or customers, or a member that is a plant, is no product', () => {
    expect(develops("Vexa Air's three markets - Zembla, Vela and Ruritania - grew fast.")).toEqual([]);
    expect(develops("Zenco's two biggest customers, Qorva and Lumo, cut orders.")).toEqual([]);
    expect(develops("Zenco's new trucks, the ZT5 truck and the ZT7 truck plant, opened.")).toEqual(['Zenco -develops-> ZT5']);
  });
});
