import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cp285, from a fresh sample's competes_with misses and false edges: a challenge held back ("knew better than to",
// "stopped short of", "refrained from") is none, and a platform's name qualifying a noun of firms ("competition from Zapp OEMs")
// is no rival. The rival noun compounds, contests and lists of the same sample, which already held, are kept as regression tests.
// Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('a challenge held back is none', () => {
  it('"knew better than to", "stopped short of", "refrained from" before a rival verb', () => {
    expect(rivals('Qorva knew better than to challenge Zenco.')).toEqual([]);
    expect(rivals('Qorva knows better than to challenge Zenco on price.')).toEqual([]);
    expect(rivals('Qorva has so far stopped short of taking on Zenco directly.')).toEqual([]);
    expect(rivals('Qorva stopped short of competing with Zenco in the cloud market.')).toEqual([]);
    expect(rivals('Qorva refrained from challenging Zenco in the chip market.')).toEqual([]);
    expect(rivals('Qorva declined to challenge Zenco in the cloud market.')).toEqual([]);
  });

  it('a held-back act of another relation is none either', () => {
    expect(only('banned')(scoredClaimsOf('Ruritania stopped short of banning Zapp, the Zenco app.'))).toEqual([]);
  });

  it('a challenge that happened still holds', () => {
    expect(rivals('Qorva knew the risks but challenged Zenco anyway.')).toEqual(['Qorva -competes_with-> Zenco']);
    expect(rivals('Qorva stopped selling printers and is now challenging Zenco in the cloud market.')).toEqual(['Qorva -competes_with-> Zenco']);
    expect(rivals('After years of caution, Qorva is challenging Zenco directly.')).toEqual(['Qorva -competes_with-> Zenco']);
  });
});

describe('a name qualifying a noun of firms is no rival', () => {
  it('"competition from Zapp OEMs", "Zapp device makers", "Zapp vendors"', () => {
    expect(rivals("Qorva makes the Zapp operating system. Zenco's Zeta phones face competition from Zapp OEMs.")).toEqual([]);
    expect(rivals('Qorva makes the Zapp operating system. Zenco faces stiff competition from Zapp device makers.')).toEqual([]);
    expect(rivals('Qorva makes the Zapp operating system. Zenco competes with Zapp vendors in Ruritania.')).toEqual([]);
  });

  it('the platform or the firm itself named as the rival still is one', () => {
    expect(rivals('Qorva makes the Zapp operating system. Zenco faces competition from Zapp.')).toEqual(['Zenco -competes_with-> Zapp']);
    expect(rivals('Zenco faces competition from Qorva and its partners.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco competes with Qorva for developers.')).toEqual(['Zenco -competes_with-> Qorva']);
  });
});

describe('rival noun compounds and contests (regression)', () => {
  it('"a Qorva or Vexa competitor", "a Qorva rival", "a would-be Qorva challenger"', () => {
    expect(rivals('Zenco is a Qorva or Vexa competitor in the cloud market.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(rivals('Zenco, a Qorva rival, opened an office in Zembla.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco Labs has become a would-be Qorva challenger after the launch of its new chip.')).toEqual(['Zenco Labs -competes_with-> Qorva']);
  });

  it('"began a fight with", "locked in a battle with", "a turf war with"', () => {
    expect(rivals('Zenco began a fight with Qorva for dominance in the chip market.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco is locked in a battle with Qorva over smartphone sales.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco has been in a turf war with Qorva for years.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('every member of a challenged list is the challenger\'s rival, not each other\'s', () => {
    expect(rivals('Zenco is directly challenging Qorva, Vexa and Lumora, the leader in messaging.')).toEqual(['Zenco -competes_with-> Lumora', 'Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(rivals('Zenco is challenging Qorva, Vexa and Lumora in the cloud market.')).toEqual(['Zenco -competes_with-> Lumora', 'Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
  });

  it('a firm bought or a replacement recommended is no rival', () => {
    expect(rivals('With the acquisition of Qorva, Zenco is challenging Vexa.')).toEqual(['Zenco -competes_with-> Vexa']);
    expect(rivals('After the purchase of Qorva last year, Zenco is now challenging Vexa in search.')).toEqual(['Zenco -competes_with-> Vexa']);
    expect(rivals('Zenco is shutting down its Qorvo service and recommending Vexa as the new home for its users.')).toEqual([]);
  });
});

describe('a replacement pointed to when a service shuts is no rival', () => {
  it('"recommending Vexa as an alternative" beside a shut or retired service', () => {
    expect(rivals('Zenco recommends Vexa as an alternative to its discontinued Qorvo app.')).toEqual([]);
    expect(rivals('Zenco is shutting Qorvo and recommending Vexa as an alternative to it.')).toEqual([]);
    expect(rivals('Zenco will retire Qorvo next month and suggests users try Vexa as an alternative to Qorvo.')).toEqual([]);
  });

  it('an alternative with no service shut, or not pointed to, still is a rival', () => {
    expect(rivals('Reviewers recommend Vexa as an alternative to Qorvo.')).toEqual(['Vexa -competes_with-> Qorvo']);
    expect(rivals('Zeta is an open alternative to offerings such as Qorva Lumo or Zenco Nova.')).toEqual(['Zeta -competes_with-> Qorva Lumo', 'Zeta -competes_with-> Zenco Nova']);
    expect(rivals('Zenco closed its office and launched Zeta as an alternative to Qorva Lumo.')).toEqual(['Zeta -competes_with-> Qorva Lumo']);
  });
});
