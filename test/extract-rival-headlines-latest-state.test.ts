import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 58, from its fourth round's readers: a rival named after another firm's name and a rival's noun, the actor named after
// the copula of "the latest country to ban", and a share won at another's expense. Sentences written for the tests.

describe('"Uber rival Careem": a rival named after the firm it rivals', () => {
  it('in a Title Case headline the rival is a name of its own, not a product of the first firm', () => {
    expect(entitiesOf('New Uber Rival Taxify Suspends Service')).toEqual(['Taxify (company)', 'Uber (company)']);
    expect(only('competes_with')(scoredClaimsOf('New Uber Rival Taxify Suspends Service'))).toEqual(['Uber -competes_with-> Taxify']);
  });

  it.each([['Egypt Shuts Down Uber Rival Careem'], ['Egypt shut down Uber rival Careem.']])('"%s": the rival is what is shut down', (text) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(['Egypt -banned-> Careem']);
    expect(only('competes_with')(scoredClaimsOf(text))).toEqual(['Uber -competes_with-> Careem']);
  });

  it('"AMD and its competitor Nvidia": after "its" the two are a list of rivals', () => {
    expect(only('competes_with')(scoredClaimsOf('Since acquiring ATI in 2006, AMD and its competitor Nvidia have dominated the GPU market.'))).toEqual(['AMD -competes_with-> Nvidia']);
  });
});

describe('the actor after the copula', () => {
  it.each([
    ['The latest country to block Signal is Egypt.', ['Egypt -banned-> Signal']],
    ['The first country to ban Bitcoin was Bolivia.', ['Bolivia -banned-> Bitcoin']],
  ])('"%s"', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(claims);
  });
});

describe("a share won at another's expense", () => {
  it.each([
    ["Seznam's share grew at the expense of Google.", ['Seznam -competes_with-> Google']],
    ['Android gained market share at the expense of BlackBerry.', ['Android -competes_with-> BlackBerry']],
  ])('"%s"', (text, claims) => {
    expect(only('competes_with')(scoredClaimsOf(text))).toEqual(claims);
  });
});
