import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper rvm93, from stop 93's fresh set 88: rivalry told without a rivalry verb between the two firms, or with two names on each
// side of a bare "rival". Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));
const negatedRivals = (text: string): string[] => only('competes_with')(claimsOf(text, 'negated'));

describe('a bare "rival" between two lists of two names', () => {
  it('"Zenco and Qorva rival Vexa and Tolan" pits each subject against each object', () => {
    const found = rivals('Zenco and Qorva rival Vexa and Tolan for sales in India.');
    expect(found).toEqual(expect.arrayContaining(['Zenco -competes_with-> Vexa', 'Zenco -competes_with-> Tolan', 'Qorva -competes_with-> Vexa', 'Qorva -competes_with-> Tolan']));
    expect(found.filter((c) => /India|Vexa and Tolan|Vexa -competes_with-> Tolan/.test(c))).toEqual([]);
    expect(entitiesOf('Zenco and Qorva rival Vexa and Tolan.')).not.toContain('Vexa and Tolan (company)');
  });

  it('"Zenco, Qorva, and Tolan rival Vexa and Borin" pits each of three against each of two, not list mates', () => {
    const found = rivals('Analysts said Zenco, Qorva, and Tolan rival Vexa and Borin.');
    expect(found).toEqual(expect.arrayContaining(['Zenco -competes_with-> Borin', 'Qorva -competes_with-> Vexa', 'Tolan -competes_with-> Borin']));
    expect(found.filter((c) => /Zenco -competes_with-> Qorva|Vexa and Borin/.test(c))).toEqual([]);
    expect(rivals('Zenco, Qorva and Tolan rival Vexa in India.')).not.toContain('Zenco -competes_with-> Qorva');
  });

  it('near misses: a rival noun after one name, a list that is an object, not a subject', () => {
    expect(rivals('Zenco signed deals with Vexa and Qorva rival Tolan.')).not.toContain('Vexa -competes_with-> Tolan');
    expect(rivals('Zenco signed deals with Vexa and Qorva rival Tolan.')).not.toContain('Zenco -competes_with-> Tolan');
    expect(rivals('Zenco rivals Vexa and Tolan in India.')).toEqual(['Zenco -competes_with-> Tolan', 'Zenco -competes_with-> Vexa']);
  });
});

describe('a rival a possessor\'s deal names', () => {
  it('"Zenco\'s buyout of smaller rival Qorva Cinemas" pits the buyer against the bought rival', () => {
    expect(rivals('The deal follows Zenco\'s buyout of smaller rival Qorva Cinemas last year.')).toEqual(['Zenco -competes_with-> Qorva Cinemas']);
    expect(rivals('Zenco\'s $2 billion takeover of its rival Qorva closed on Monday.')).toContain('Zenco -competes_with-> Qorva');
  });

  it('near misses: another firm\'s rival, a deal with no rival named, a partner bought', () => {
    expect(rivals('Zenco\'s acquisition of Vexa\'s rival Qorva closed.')).not.toContain('Zenco -competes_with-> Qorva');
    expect(rivals('Zenco\'s buyout of Qorva Cinemas closed last year.')).toEqual([]);
    expect(rivals('Zenco\'s buyout of its partner Qorva closed last year.')).toEqual([]);
    expect(rivals('Zenco\'s buyout of smaller distributor Qorva closed last year.')).toEqual([]);
  });
});

describe('a lead or a share lost to a firm', () => {
  it('"once it lost its lead to Qorva" pits the firm against the one that took the lead', () => {
    expect(rivals('Zenco\'s shares fell once it lost its lead to Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco has lost its market share to Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('near misses: a lead lost to a thing or a state, a lead lost by another, a lead lost in a match', () => {
    expect(rivals('Zenco lost its lead to inflation.')).toEqual([]);
    expect(rivals('Zenco lost its market share to India.')).toEqual([]);
    expect(rivals('Zenco said Qorva lost its lead to rising costs.')).toEqual([]);
    expect(rivals('Zenco lost its lead to the end of the year.')).toEqual([]);
    expect(rivals('Zenco did not lose its lead to Qorva.')).toEqual([]);
    expect(rivals('Zenco sold its share to Vexa Capital.')).toEqual([]);
  });
});

describe('rivals squeezed out, named beside "other competitors"', () => {
  it('"Zenco tried to squeeze Qorva and other competitors out" pits Zenco against Qorva', () => {
    expect(rivals('Regulators said Zenco tried to squeeze Qorva and other competitors out of the market.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco forced Qorva, Vexa and other rivals out of the market.')).toEqual(expect.arrayContaining(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']));
  });

  it('near misses: suppliers squeezed, an agency squeezing, no firm named, negation', () => {
    expect(rivals('Zenco tried to squeeze Qorva and other suppliers out of the deal.')).toEqual([]);
    expect(rivals('Zenco\'s agency squeezed Qorva and other competitors out.')).not.toContain('Zenco -competes_with-> Qorva');
    expect(rivals('Zenco squeezed other competitors out of the market.')).toEqual([]);
    expect(rivals('Zenco squeezed Qorva on prices.')).toEqual([]);
    expect(rivals('Zenco never tried to squeeze Qorva and other competitors out.')).toEqual([]);
  });
});

describe('a competing firm set off after a comma', () => {
  it('"Zenco set out to attack a competing company, Qorva" pits Zenco against Qorva', () => {
    expect(rivals('Zenco set out to attack a competing company, Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco sued a rival firm, Qorva, over patents.')).toContain('Zenco -competes_with-> Qorva');
  });

  it('near misses: a person from the firm, competing priorities, a partner apposed, negation', () => {
    expect(rivals('Zenco hired Jan Doe from a competing firm, Qorva.')).not.toContain('Jan Doe -competes_with-> Qorva');
    expect(rivals('Zenco balanced competing priorities, Qorva said.')).toEqual([]);
    expect(rivals('Zenco signed a deal with a partner company, Qorva.')).toEqual([]);
    expect(rivals('Zenco did not attack a competing company, Qorva.')).toEqual([]);
    expect(rivals('Zenco partnered with a competing firm, Qorva, on batteries.')).toEqual([]);
    expect(rivals('Zenco\'s advertising agency Vexa set out to attack a competing company, Qorva.')).not.toContain('Zenco -competes_with-> Qorva');
    expect(negatedRivals('Zenco did not attack a competing company, Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
  });
});

describe('a firm\'s market entered', () => {
  it('"Zenco used its position to enter Qorva\'s market" pits Zenco against Qorva', () => {
    expect(rivals('Zenco used its position to enter Qorva\'s market.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco moved into Qorva\'s home turf last year.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('near misses: a state\'s market, the market, negation, a distributor', () => {
    expect(rivals('Zenco entered India\'s market last year.')).toEqual([]);
    expect(rivals('Zenco entered the market in May.')).toEqual([]);
    expect(rivals('Zenco will not enter Qorva\'s market.')).toEqual([]);
    expect(rivals('Zenco\'s distributor entered Qorva\'s market.')).not.toContain('Zenco -competes_with-> Qorva');
    expect(rivals('Zenco entered Qorva\'s offices.')).toEqual([]);
    expect(rivals('Zenco\'s stake in Vexa helped it enter Qorva\'s market.')).not.toContain('Vexa -competes_with-> Qorva');
  });
});

describe('a person\'s employer is no party to a later rivalry', () => {
  it('"its deal with former Qorva design chief Jan Doe … a complaint from rival start-up Borin" pits Zenco, not Qorva, against Borin', () => {
    const found = rivals('Zenco removed materials about its deal with former Qorva design chief Jan Doe after a judge granted an order on a complaint from rival start-up Borin.');
    expect(found).not.toContain('Qorva -competes_with-> Borin');
    expect(rivals('Zenco halted sales after a judge granted an order on a complaint from rival start-up Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('near misses: the firm opening the sentence before its chief still speaks for it', () => {
    expect(rivals('Qorva chief executive Jan Doe said rival Borin cheated.')).toEqual(['Qorva -competes_with-> Borin']);
    expect(rivals('Zenco hired Qorva design chief Jan Doe to compete with Borin.')).not.toContain('Qorva -competes_with-> Borin');
  });
});
