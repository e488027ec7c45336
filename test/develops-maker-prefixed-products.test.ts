import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper prd97, from real launch news on tyres, appliances and electronics: a product named with its maker's own name, often one
// sentence after the maker ("Zenco North America is launching a bus tire. The Zenco Vela D tire offers …"). A model name of three or
// more words after a known firm's name was left untyped, and one opening with the name of a firm only the article had named was
// never read as that firm's. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a model named with the name of a firm the article named', () => {
  it('the firm named before, the product and its kind in the next sentence', () => {
    expect(develops('Zenco Inc. makes bikes. The Zenco Vela road bike is its newest.')).toEqual(['Zenco Inc -develops-> Zenco Vela']);
    expect(develops('Zenco, a Ruritanian tire maker, is launching a bus tire. The Zenco Vela D tire offers long wear, the company says.')).toEqual(['Zenco -develops-> Zenco Vela D']);
  });

  it('a regional arm before: its first word opens the product\'s name', () => {
    expect(develops('Zentrix North America, Inc., is launching a bus tire. The Zentrix Vela D premium drive tire offers long wear.')).toEqual(['Zentrix North America -develops-> Zentrix Vela D']);
  });

  it('a regional arm whose first word is an English word, closed by a legal form', () => {
    expect(develops('Harbor North America, Inc., is launching a bus tire. The Harbor Vela D tire offers long wear.')).toEqual(['Harbor North America -develops-> Harbor Vela D']);
  });

  it('no arm without the legal form when the word is English ("Visit North America")', () => {
    expect(develops('Visit North America said a bus tire was launched. The Visit Vela D tire offers long wear.')).toEqual([]);
  });

  it('no maker the article did not name, and no other firm of the same group', () => {
    expect(develops('Qorva Inc. makes bikes. The Zenco Vela road bike is its newest.')).toEqual([]);
    expect(develops('Zenco Consulting Services Ltd. won a contract. The Zenco Vela car is sold in Ruritania.')).toEqual([]);
  });

  it('no arm, venue, event, shop chain or person named with the firm\'s name', () => {
    expect(develops('Zenco Inc. makes bikes. The Zenco Foods snack bar is sold in Ruritania.')).toEqual([]);
    expect(develops('Zenco Inc. makes bikes. The Zenco Arena car park is full.')).toEqual([]);
    expect(develops('Zenco Inc. makes bikes. The Zenco Awards bike prize went to Vexa.')).toEqual([]);
    expect(develops('Zenco Inc. makes bikes. Zenco CEO Ana Borin rode a bike to work.')).toEqual([]);
    expect(develops('Zenco Inc. makes bikes. The Zenco Stores chain sells a bike a minute.')).toEqual([]);
  });

  it('no kind closing the name, or a verb between: no product', () => {
    expect(develops('Zenco Inc. makes bikes. Zenco Vela said bike sales rose.')).toEqual([]);
    expect(develops('Zenco Inc. makes bikes. The Zenco Vela team won the race.')).toEqual([]);
  });
});

describe('a longer model name after a known firm\'s name', () => {
  it('three or four words closed by the product\'s kind', () => {
    expect(develops('Samsung is launching a bus tire. The Samsung Terra Grip D tire offers long wear, the company says.')).toEqual(['Samsung -develops-> Samsung Terra Grip D']);
  });

  it('not an arm or a venue, and not without the kind', () => {
    expect(develops('Samsung is launching a bus tire. The Samsung Terra Grip D offers long wear.')).toEqual([]);
    expect(develops('The Samsung Electronics North America Arena car park opened.')).toEqual([]);
  });
});
