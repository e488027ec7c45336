import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Stop 89, round-3 re-read (rr89c): faults in the round-3 relation rules, each as a family, with the near misses
// that must still give the claim. Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(claimsOf(text)).sort();
const restricts = (text: string): string[] => only('restricts')(claimsOf(text)).sort();
const rivalries = (text: string): string[] => only('competes_with')(claimsOf(text)).sort();

describe('not allowing the sale of a firm\'s shares, stake or assets bans no goods', () => {
  it.each([
    'The Ruritanian Trade Ministry is not allowing the sale of Zenco Inc shares to foreign buyers.',
    'The Ruritanian Trade Ministry is not allowing the sale of Zenco Inc\'s stake in Qorva Ltd.',
    'Germany is not allowing the sale of Zenco Inc assets until the probe ends.',
    'Germany is not allowing the sale of Zenco Inc\'s truck unit to Qorva Ltd.',
  ])('"%s"', (text) => {
    expect(banned(text).filter((c) => c.includes('Zenco'))).toEqual([]);
  });

  it.each([
    'Germany is not allowing the sale of Zenco Inc trucks.',
    'Germany is no longer allowing the sale of Zenco Inc machines in its shops.',
  ])('"%s" still bans the goods', (text) => {
    expect(banned(text)).toEqual(['Germany -banned-> Zenco Inc']);
  });
});

describe('a buyer rejecting a system in a purchase is no ban', () => {
  it.each([
    'The Ruritanian Transport Ministry rejected the Zeta X9 truck as too expensive.',
    'The Ruritanian Transport Ministry rejected the Zeta X9 truck because it was too expensive.',
    'The Ruritanian Transport Ministry rejected the Zeta X9 bus in its tender, choosing the Qorva Q5 instead.',
    'The Zembla Data Office rejected the Zenco Inc Zeta X9 system in 2019 but approved it in 2021.',
  ])('"%s"', (text) => {
    expect(banned(text)).toEqual([]);
  });

  it.each([
    'The Zembla Data Office rejected the Zeta X9 system, citing privacy risks.',
    'The Zembla Data Office rejected the Zeta X9 system over privacy concerns.',
    'The Zembla Data Office rejected the Zeta X9 system for failing safety tests.',
  ])('"%s" still bans the system', (text) => {
    expect(banned(text)).toEqual(['Zembla Data Office -banned-> Zeta X9']);
  });
});

describe('a battleground for two firms\' people or joint venture is no rivalry', () => {
  it.each([
    'Ruritania has become a battleground for Zenco Inc and Qorva Ltd lobbyists.',
    'The election became a battleground for Zenco and Qorva workers.',
    'Ruritania is a battleground for Zenco and Qorva investors.',
    'Ruritania is a battleground for Zenco and Qorva\'s joint venture.',
  ])('"%s"', (text) => {
    expect(rivalries(text)).toEqual([]);
  });

  it.each([
    'Ruritania has become a battleground for Zenco Inc and Qorva Ltd.',
    'Ruritania has become a battleground for Zenco Inc and Qorva Ltd, analysts say.',
    'Ruritania has become a battleground for Zenco Inc and Qorva Ltd in electric trucks.',
  ])('"%s" still sets the pair against each other', (text) => {
    expect(rivalries(text)).toEqual(['Zenco Inc -competes_with-> Qorva Ltd']);
  });
});

describe('a headache given is no rivalry unless it is a competitive one', () => {
  it.each([
    'Zenco Inc will give Qorva Ltd a headache by halting engine deliveries to its plants.',
    'Zenco will give Qorva a headache.',
    'Zenco Inc gave Qorva Ltd headaches over late payments.',
  ])('"%s"', (text) => {
    expect(rivalries(text)).toEqual([]);
  });

  it.each([
    'Zenco Inc will give Qorva Ltd a competitive headache in trucks.',
    'Zenco Inc will give Qorva Ltd a run for its money.',
    'Zenco Inc will give Qorva Ltd stiff competition.',
  ])('"%s" still names rivals', (text) => {
    expect(rivalries(text)).toEqual(['Zenco Inc -competes_with-> Qorva Ltd']);
  });
});

describe('ordered to stop using a tool named with its maker', () => {
  it.each([
    'The Zembla Data Office ordered Zenco Inc to stop using Qorva Ltd cameras at its depots.',
    'The Zembla Data Office ordered Zenco Inc to stop using its Vexa scanners.',
    'The Zembla Data Office ordered Zenco Inc to stop using Qorva\'s facial recognition technology.',
    'The Zembla Data Office ordered Zenco Inc to stop using facial recognition cameras.',
  ])('"%s" restricts the user', (text) => {
    expect(restricts(text)).toContain('Zembla Data Office -restricts-> Zenco Inc');
  });

  it.each([
    'The Zembla Data Office did not order Zenco Inc to stop using Qorva Ltd cameras.',
    'Qorva Ltd ordered Zenco Inc to stop using Vexa scanners.',
  ])('"%s" restricts no one', (text) => {
    expect(restricts(text)).toEqual([]);
  });
});

describe('a certification undone for a firm\'s staff, by a firm, or reinstated', () => {
  it.each([
    'The Ruritanian Transport Ministry cancelled the certification of Zenco Trucks Inc\'s auditors.',
    'Zenco Trucks Inc cancelled the certification of its Qorva Ltd supplier.',
    'The Ruritanian Transport Ministry cancelled the certification of Zenco Trucks Inc, then reinstated it a week later.',
    'Qorva Ltd, a testing firm, cancelled the certification of Zenco Trucks Inc.',
  ])('"%s"', (text) => {
    expect(banned(text)).toEqual([]);
  });

  it.each([
    'The Ruritanian Transport Ministry cancelled the certification of Zenco Trucks Inc.',
    'The Ruritanian Transport Ministry revoked the licence of Zenco Trucks Inc.',
    'The Ruritanian Transport Ministry cancelled the certification of Zenco Trucks Inc last week.',
  ])('"%s" still bans the holder', (text) => {
    expect(banned(text)).toEqual(['Ruritanian Transport Ministry -banned-> Zenco Trucks Inc']);
  });
});

describe('passive sanctions with several agents: only a lift undoes them', () => {
  it.each([
    'Sanctions on Zenco were imposed by Japan and Canada before the election.',
    'Sanctions on Zenco were imposed by Japan and Canada, which say Zenco sold drones to Borduria until last month.',
    'Sanctions on Zenco were imposed by Japan and Canada.',
  ])('"%s"', (text) => {
    expect(restricts(text)).toEqual(['Canada -restricts-> Zenco', 'Japan -restricts-> Zenco']);
  });

  it.each([
    'Sanctions on Zenco were imposed by Japan and Canada until they were lifted in 2024.',
    'Sanctions on Zenco were imposed by Japan and Canada and were lifted in 2024.',
  ])('"%s" was lifted', (text) => {
    expect(restricts(text)).toEqual([]);
  });
});

describe('"the following … were sanctioned" not at the sentence start, or with an adverb', () => {
  it('after a time phrase', () => {
    expect(restricts('Japan imposed new sanctions on Monday. Two days later, the following companies were sanctioned: Zenco and Qorva.'))
      .toEqual(['Japan -restricts-> Qorva', 'Japan -restricts-> Zenco']);
  });

  it('with "also" before the participle', () => {
    expect(restricts('Japan imposed new sanctions on Zenco. The following companies were also sanctioned: Qorva and Vexa.'))
      .toEqual(['Japan -restricts-> Qorva', 'Japan -restricts-> Vexa', 'Japan -restricts-> Zenco']);
  });

  it.each([
    'Japan imposed new sanctions on Monday. Two days later, the following companies were not sanctioned: Zenco and Qorva.',
    'Japan lifted sanctions on Monday. The following companies were also sanctioned: Qorva and Vexa.',
  ])('"%s" gives no sanction on the list', (text) => {
    expect(restricts(text).filter((c) => /Qorva|Vexa/.test(c))).toEqual([]);
  });
});

describe('one maker noun for the rival readers: compounds and "manufacturer" alike', () => {
  it.each([
    'The report looked at the competition between Zenco and truckmakers such as Qorva and Kappa.',
    'The report looked at the competition between Zenco and other truck manufacturers such as Qorva and Kappa.',
  ])('"%s" sets the one against each example', (text) => {
    expect(rivalries(text)).toEqual(['Zenco -competes_with-> Kappa', 'Zenco -competes_with-> Qorva']);
  });

  it('"and fellow manufacturer" names the same firm', () => {
    expect(rivalries('Zenco Inc is buying competitor and fellow manufacturer Qorva Inc.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
  });

  it.each([
    'The report looked at the competition between Zenco and lawmakers such as Qorva and Kappa.',
    'Zenco Inc is buying supplier and fellow truck manufacturer Qorva Inc.',
  ])('"%s" names no rival pair', (text) => {
    expect(rivalries(text)).toEqual([]);
  });
});

describe('"sanctions" before "package" is a noun', () => {
  it.each([
    ['Zenco was added to the 14th sanctions package by the European Union.', ['European Union -restricts-> Zenco']],
    ['Zenco was included in the fifth sanctions package by the European Union.', ['European Union -restricts-> Zenco']],
  ])('"%s" keeps only the package\'s author', (text, expected) => {
    expect(restricts(text)).toEqual(expected);
  });

  it('"Japan sanctions Zenco" is still a verb', () => {
    expect(restricts('Japan sanctions Zenco over drone sales.')).toEqual(['Japan -restricts-> Zenco']);
  });
});
