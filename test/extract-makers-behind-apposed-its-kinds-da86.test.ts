import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper da86, from the last fresh makers sample: the maker behind a thing named in apposition after it in mid-sentence, a firm's
// team behind a thing "at" the firm, "its" before an untyped name and a made kind ("its Zeta vacuums", "its Zeta line"), and the one
// told ("told Reuters that its …") being no owner of the teller's things. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('the maker behind a thing, named in apposition in mid-sentence', () => {
  it.each([
    ['Shares of Zenco Inc rose on Monday. Analysts said the company behind the Zeta-16 phone, Zenco, was growing fast.', ['Zenco -develops-> Zeta-16']],
    ['Regulators questioned the startup behind Zeta, Zenco Inc, on Monday.', ['Zenco Inc -develops-> Zeta']],
    ['According to the company behind Zeta, Zenco Inc, sales rose.', ['Zenco Inc -develops-> Zeta']],
    ['Qorva Inc bought the company behind the Zeta app, Zenco Inc, for $5 million.', ['Zenco Inc -develops-> Zeta']],
    ['Regulators fined the firm behind the popular Vexa chatbot, Lumo Labs, on Monday.', ['Lumo Labs -develops-> Vexa']],
  ])('%s', (text, expected) => {
    expect(develops(text)).toEqual(expected);
  });

  it('an investor or a lawyer behind a thing makes nothing', () => {
    expect(develops('Regulators questioned the investor behind Zeta, Zenco Inc, on Monday.')).toEqual([]);
    expect(develops('Qorva Inc hired the lawyer behind the Zeta lawsuit, Lina Park, on Monday.')).toEqual([]);
  });

  it('a list of firms after another firm\'s apposition is no apposition of its own', () => {
    expect(develops('Qorva Inc, the company behind the Zeta app, Zenco Inc, Lumo Inc and Vexa Inc were fined.')).toEqual(['Qorva Inc -develops-> Zeta']);
  });

  it('the force behind a ban names no maker', () => {
    expect(develops('Lawmakers praised the group behind the Zeta ban, Zenco Watch, on Monday.')).toEqual([]);
  });
});

describe('a team behind a thing at a firm', () => {
  it.each([
    ['Lina Park, who leads the team behind Zeta at Zenco Inc, said sales rose.', ['Zenco Inc -develops-> Zeta']],
    ['Lina Park heads the group responsible for the Zeta chatbot at Zenco Inc.', ['Zenco Inc -develops-> Zeta']],
    ['Zenco Inc reported results on Monday. Lina Park leads the team responsible for the Zeta chatbot at Zenco.', ['Zenco -develops-> Zeta']],
  ])('%s', (text, expected) => {
    expect(develops(text)).toEqual(expected);
  });

  it('a team behind a campaign or a ban makes nothing', () => {
    expect(develops('Lina Park leads the team behind the Zeta campaign at Zenco Inc.')).toEqual([]);
  });
});

describe('"its" before a name and a made kind', () => {
  it.each([
    ['Qorva Inc, best known for its Zeta vacuums, said sales rose.', ['Qorva Inc -develops-> Zeta']],
    ['Qorva Inc, best known for its Zeta vacuum cleaners, said sales rose.', ['Qorva Inc -develops-> Zeta']],
    ['Qorva Inc expanded its Zeta line with two new phones.', ['Qorva Inc -develops-> Zeta']],
    ['Qorva Inc is best known for its popular Zeta series.', ['Qorva Inc -develops-> Zeta']],
  ])('%s', (text, expected) => {
    expect(develops(text)).toEqual(expected);
  });

  it('partners, offices and stakes are no made things', () => {
    expect(develops('Qorva Inc said its Zeta partners would expand.')).toEqual([]);
    expect(develops('Qorva Inc closed its Zembla office on Monday.')).toEqual([]);
    expect(develops('Qorva Inc sold its stake in Zeta Labs.')).toEqual([]);
  });
});

describe('the one told is no owner', () => {
  it('"Zenco told Reuters that its Zeta drone …" is the teller\'s drone', () => {
    expect(develops('Zenco Inc told Reuters that its Zeta drone would ship in May.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Zenco Inc told Qorva Inc that its Zeta-5 phone would ship in May.')).toEqual(['Zenco Inc -develops-> Zeta-5']);
  });
});
