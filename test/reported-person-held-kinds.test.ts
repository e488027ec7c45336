import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper reported (stop 103): products named by a person's first name after their maker and kind, and people whose job is named by a
// kind of software ("assistant", "agent", "editor") before their full name (name-rules.ts, PERSON_HELD_KINDS). Sentences written for
// the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a product named by a first name', () => {
  it('a kind or a naming word after the maker makes the first name its product', () => {
    expect(develops("Zenco's assistant, Nora, answers calls.")).toEqual(['Zenco -develops-> Nora']);
    expect(develops("Qorva's tool Nora sorts invoices.")).toEqual(['Qorva -develops-> Nora']);
    expect(develops('A chatbot called Max from Vexa answers questions.')).toEqual(['Vexa -develops-> Max']);
    expect(develops('Zenco named its robot Ada.')).toEqual(['Zenco -develops-> Ada']);
    expect(develops("Zenco's AI agent Nora Pro books flights.")).toEqual(['Zenco -develops-> Nora Pro']);
    expect(develops("Zenco's assistant Nora 2 answers calls.")).toEqual(['Zenco -develops-> Nora 2']);
  });

  it('a first name and a surname after a job that is also a kind of software name a person', () => {
    for (const text of ["Qorva's assistant, Nora Borin, said sales rose.", "Zenco's assistant Jane Roe said sales rose.", "Vexa's agent Ana Borin said the deal was done.", "Vexa's editor, Jane Roe, said the story was true."]) {
      expect(develops(text)).toEqual([]);
    }
    expect(entitiesOf("Qorva's assistant, Nora Borin, said sales rose.")).toContain('Nora Borin (person)');
  });

  it('a person named by their office stays no product', () => {
    expect(develops("Zenco's chief, Nora, said sales rose.")).toEqual([]);
    expect(develops("Qorva's founder Max Borin said sales rose.")).toEqual([]);
    expect(develops('Nora from Zenco said sales rose.')).toEqual([]);
  });
});

describe('power goods a maker\'s "its" names', () => {
  it('batteries, chargers and cells after a name "its" owns', () => {
    expect(develops('Zenco claims its Zeta cells last twice as long.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Qorva said its Plix batteries last twice as long.')).toEqual(['Qorva -develops-> Plix']);
    expect(develops('Borin boasts that its Zeta chargers are the fastest.')).toEqual(['Borin -develops-> Zeta']);
    expect(develops('Vexa said its Zeta charger is the fastest.')).toEqual(['Vexa -develops-> Zeta']);
  });

  it('no site, no figure, no people and no kind alone', () => {
    expect(develops('Zenco said its Zembla battery plant will close.')).toEqual([]);
    expect(develops('Zenco said its battery sales rose.')).toEqual([]);
    expect(develops('Police said the Zembla cell planned attacks.')).toEqual([]);
    expect(develops('Zenco said its lithium cells last longer.')).toEqual([]);
  });
});
