import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper app88, from a fresh sample of real news: an apposition on a name a preposition governs ("Shares in Zenco, a rival of Qorva,
// fell"), so that the name is neither the clause's subject nor its object; and the names after "Shares of/in" typed as listed firms.
// Sentences written for the tests.

describe('a rival noun in an apposition on a name inside a prepositional phrase', () => {
  it('the apposed name competes with the name after "of"', () => {
    expect(only('competes_with')(scoredClaimsOf('Shares in Halvern, a rival of Zenco, fell 3% on Monday.'))).toEqual(['Halvern -competes_with-> Zenco']);
    expect(only('competes_with')(scoredClaimsOf('Prices at Halvern, a rival of Zenco, rose again.'))).toEqual(['Halvern -competes_with-> Zenco']);
    expect(only('competes_with')(scoredClaimsOf('Users of Halvern, a rival of Zenco, complained about the outage.'))).toEqual(['Halvern -competes_with-> Zenco']);
    expect(only('competes_with')(scoredClaimsOf('Shares of Qorva Inc, a rival of Zenco Corp, fell.'))).toEqual(['Qorva Inc -competes_with-> Zenco Corp']);
  });

  it('other party nouns, describing words and a list after "of"', () => {
    expect(only('competes_with')(scoredClaimsOf('Shares in Halvern, a smaller competitor of Zenco, fell.'))).toEqual(['Halvern -competes_with-> Zenco']);
    expect(only('competes_with')(scoredClaimsOf('The deal with Halvern, a challenger to Zenco, closed on Friday.'))).toEqual(['Halvern -competes_with-> Zenco']);
    expect(only('competes_with')(scoredClaimsOf('Analysts are upbeat about Halvern, a rival of Zenco, this year.'))).toEqual(['Halvern -competes_with-> Zenco']);
    expect(only('competes_with')(scoredClaimsOf('Shares in Halvern, a key rival of Zenco and Qorva, fell.')).sort()).toEqual(['Halvern -competes_with-> Qorva', 'Halvern -competes_with-> Zenco']);
  });

  it('the apposed name, not the clause subject, is the rival', () => {
    expect(only('competes_with')(scoredClaimsOf('Zenco bought a stake in Halvern, a competitor of Qorva, last year.'))).toEqual(['Halvern -competes_with-> Qorva']);
  });

  it('a name nothing else types is a firm beside the rival noun', () => {
    expect(entitiesOf('Shares in Halvern, a rival of Zenco, fell.')).toEqual(['Halvern (company)', 'Zenco (company)']);
  });

  it('no rival named, a person, a negation or a place: no edge', () => {
    expect(only('competes_with')(scoredClaimsOf('Shares in Halvern, a rival, fell.'))).toEqual([]);
    expect(only('competes_with')(scoredClaimsOf('Shares in Halvern, a rival of Ann Lee, fell.'))).toEqual([]);
    expect(only('competes_with')(scoredClaimsOf('Shares in Halvern, not a rival of Zenco, fell.'))).toEqual([]);
    expect(only('competes_with')(scoredClaimsOf('Regulators in Japan, a rival of China, acted.'))).toEqual([]);
    expect(only('competes_with')(scoredClaimsOf('Prices in Zembla City, a rival hub, rose.'))).toEqual([]);
    expect(only('competes_with')(scoredClaimsOf('Users of Zapp, Ann Lee, said it was slow.'))).toEqual([]);
  });

  it('a former rival, or an apposition that a list\'s "and" closes: no edge from the apposition', () => {
    expect(only('competes_with')(scoredClaimsOf('Shares in Halvern, a former rival of Zenco, fell.'))).toEqual([]);
    expect(only('competes_with')(scoredClaimsOf('The fight between Halvern, a rival of Zenco, and Qorva dragged on.'))).toEqual([]);
  });
});

describe('makers and products in an apposition on a governed name (already read at the base; kept)', () => {
  it('each gives the maker', () => {
    expect(only('develops')(scoredClaimsOf('Sales of Zapp, an app made by Zenco, rose.'))).toEqual(['Zenco -develops-> Zapp']);
    expect(only('develops')(scoredClaimsOf('Qorva signed a deal with Zenco, the maker of Zapp, on Monday.'))).toEqual(['Zenco -develops-> Zapp']);
    expect(only('develops')(scoredClaimsOf('Japan imposed a ban on Zapp, a Qorva app, last week.'))).toEqual(['Qorva -develops-> Zapp']);
    expect(only('develops')(scoredClaimsOf('Many investors in Qorva, which makes Zapp, sold.'))).toEqual(['Qorva -develops-> Zapp']);
  });
});

describe('"Shares of/in" types the names after it as firms', () => {
  it('one name, and every member of a list', () => {
    expect(entitiesOf('Shares of Zenco rose 4% on Monday.')).toEqual(['Zenco (company)']);
    expect(entitiesOf('Shares in Halvern and Zenco rose.')).toEqual(['Halvern (company)', 'Zenco (company)']);
    expect(entitiesOf('Investors sold shares of Halvern, Zenco and Qorva on Monday.')).toEqual(['Halvern (company)', 'Qorva (company)', 'Zenco (company)']);
    expect(entitiesOf('Shares of the Zenco Group fell.')).toEqual(['Zenco Group (company)']);
  });

  it('a market share, a name qualifying a noun, a verb "shares in", or a name in another clause: no firm', () => {
    expect(entitiesOf('The market shares of Zeta and Vexa fell.')).toEqual([]);
    expect(entitiesOf('Shares of Zapp users grew.')).toEqual([]);
    expect(entitiesOf("Ann shares in Zenco's success.")).toEqual([]);
    expect(entitiesOf('Shares of Zenco rose 4% while Qorva fell 2%.')).toEqual(['Zenco (company)']);
  });
});
