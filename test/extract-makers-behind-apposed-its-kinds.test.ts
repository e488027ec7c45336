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

describe('a maker\'s noun with "of", or a maker\'s relative clause, named in apposition in mid-sentence', () => {
  it.each([
    ['Regulators fined the maker of the Zeta phone, Zenco Inc, on Monday.', ['Zenco Inc -develops-> Zeta']],
    ['Regulators fined the creator of Zeta, Zenco Labs, on Monday.', ['Zenco Labs -develops-> Zeta']],
    ['Rivals watched the developer of the popular Vexa app, Lumo Labs, in May.', ['Lumo Labs -develops-> Vexa']],
    ['Regulators fined the company that makes the Zeta phone, Zenco Inc, on Monday.', ['Zenco Inc -develops-> Zeta']],
  ])('%s', (text, expected) => {
    expect(develops(text)).toEqual(expected);
  });

  it('a list after the description, or a maker of no made thing, gives nothing', () => {
    expect(develops('Regulators fined the maker of Zeta, Zenco Inc, Qorva Inc and Lumo Inc on Monday.')).toEqual([]);
    expect(develops('Regulators fined the startup behind Zeta, Zenco Inc, Qorva Inc and Lumo Inc on Monday.')).toEqual([]);
    expect(develops('Regulators fined the maker of the Zeta ban, Zenco Inc, on Monday.')).toEqual([]);
  });
});

describe('a maker\'s noun as the object of an act', () => {
  it('the subject of "sued the maker of", "bought the developer of" makes nothing', () => {
    expect(develops('Qorva Inc sued the maker of Vexa.')).toEqual([]);
    expect(develops('Qorva Inc bought the maker of the Vexa app on Monday.')).toEqual([]);
    expect(develops('Qorva Inc, which acquired the developer of Zeta, said sales rose.')).toEqual([]);
    expect(develops('Qorva Inc hired the former developer of Zeta, Lina Park, last year.')).toEqual([]);
    expect(develops('Qorva Inc sued the developer of the popular Vexa app, Lumo Labs, in May.')).toEqual(['Lumo Labs -develops-> Vexa']);
  });

  it('a linking verb or a copula keeps the subject the maker', () => {
    expect(develops('Qorva Inc remains the maker of Vexa.')).toEqual(['Qorva Inc -develops-> Vexa']);
    expect(develops('Qorva Inc became the maker of Vexa.')).toEqual(['Qorva Inc -develops-> Vexa']);
    expect(develops('Qorva Inc remains the sole maker of Vexa.')).toEqual(['Qorva Inc -develops-> Vexa']);
    expect(develops('Qorva Inc is the maker of Vexa.')).toEqual(['Qorva Inc -develops-> Vexa']);
    expect(develops('Qorva Inc, the maker of Vexa, said sales rose.')).toEqual(['Qorva Inc -develops-> Vexa']);
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
    expect(develops('Qorva Inc closed its Zeta vacuum factory.')).toEqual([]);
  });
});

describe('the one told is no owner', () => {
  it('"Zenco told Reuters that its Zeta drone …" is the teller\'s drone', () => {
    expect(develops('Zenco Inc told Reuters that its Zeta drone would ship in May.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Zenco Inc told Qorva Inc that its Zeta-5 phone would ship in May.')).toEqual(['Zenco Inc -develops-> Zeta-5']);
  });

  it('a warning is of the addressee\'s thing', () => {
    expect(develops('Zenco Inc warned Qorva Inc that its Zeta app violated patents.')).toEqual(['Qorva Inc -develops-> Zeta']);
  });
});
