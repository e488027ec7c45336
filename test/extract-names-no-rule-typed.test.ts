import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper typ90, from round 1's reports on names no rule typed: a coined name with no firm's cue word lost real claims. A coined word
// ending like an adverb set off before a product's apposition, a coined name and a service's plural opening the sentence, a paper's
// title opened by how often it comes out, and a firm's national arm closed by a country's code are names of their kind. Sentences
// written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('a coined opener ending like an adverb before a product apposition', () => {
  it('"Roadly, the navigation system from Qorva, …" names the product', () => {
    expect(develops('Roadly, the navigation system from Qorva, was updated last week.')).toEqual(['Qorva -develops-> Roadly']);
    expect(develops('Zumly, a messaging app made by Vexa, was blocked in Ruritania.')).toEqual(['Vexa -develops-> Zumly']);
    expect(develops('Travly, the booking service from Zenco, raised its fees.')).toEqual(['Zenco -develops-> Travly']);
  });

  it('an English adverb or a firm set off there is no product', () => {
    expect(develops('Reportedly, the app from Qorva was updated.')).toEqual([]);
    expect(develops('Increasingly, the navigation system from Qorva is used by drivers.')).toEqual([]);
    expect(develops('Similarly, the booking service from Zenco raised its fees.')).toEqual([]);
    expect(develops('Streamly, the company that owns Qorva, said it would appeal.')).toEqual([]);
  });
});

describe('a coined name and a service plural opening the sentence', () => {
  it('"Zenco Maps competes with Qorva Maps" sets the services against each other', () => {
    expect(rivals('Zenco Maps competes with Qorva Maps in Europe.')).toEqual(['Zenco Maps -competes_with-> Qorva Maps']);
    expect(rivals('Zenco Maps is a rival to Qorva Maps.')).toEqual(['Zenco Maps -competes_with-> Qorva Maps']);
    expect(rivals('Vexa Docs competes with Qorva Docs for office users.')).toEqual(['Vexa Docs -competes_with-> Qorva Docs']);
  });

  it('an English first word before the plural is a common phrase', () => {
    expect(rivals('Travel Apps were competitive with Qorva in the region.')).toEqual([]);
    expect(rivals('Office Docs compete with Qorva Docs for users.')).toEqual([]);
    expect(rivals('Mobile Payments compete with Qorva Cash in the region.')).toEqual([]);
  });
});

describe('a paper titled by how often it comes out', () => {
  it('"the Daily Zeta", "the Evening Vexa" are papers their publisher or owner makes', () => {
    expect(develops('Zenco Media, publisher of the Daily Zeta, said it would appeal.')).toEqual(['Zenco Media -develops-> Daily Zeta']);
    expect(develops('Qorva Group, publisher of the Weekly Vexa, cut jobs.')).toEqual(['Qorva Group -develops-> Weekly Vexa']);
  });

  it('a paper that reports or is told something is made by no one named', () => {
    expect(develops('The Daily Zeta reported that Zenco Media would appeal.')).toEqual([]);
    expect(develops('Zenco Media told the Daily Zeta it would appeal.')).toEqual([]);
  });
});

describe('a firm national arm closed by a country code', () => {
  it('"Zenco UK" is the firm, not the United Kingdom', () => {
    expect(rivals('Zenco UK competes with Qorva in the payments market.')).toEqual(['Zenco UK -competes_with-> Qorva']);
    expect(rivals('Qorva competes with Zenco US in payments.')).toEqual(['Qorva -competes_with-> Zenco US']);
  });

  it('the country apart from a name, or a name with an English word, is no arm', () => {
    expect(rivals("Zenco's UK arm competes with Qorva.")).toEqual([]);
    expect(rivals('In the UK, Zenco competes with Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Ruritania and the UK compete with Qorva for investment.').filter((c) => c.includes('UK'))).toEqual([]);
    expect(rivals('John Smith UK competes with Qorva.')).toEqual([]);
  });
});
