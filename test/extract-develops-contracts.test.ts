import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Helper con88, from a fresh sample of real news on contracts and orders: a firm that wins a contract to make a thing makes it
// ("won a contract to build" was lost when "won" after a name was read as the Korean money), and a contract or bid lost makes
// nothing. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(claimsOf(text));
const negated = (text: string): string[] => only('develops')(claimsOf(text, 'negated'));

describe('a firm that won a contract to make a thing', () => {
  it('"won a contract / an order / approval to build …" keeps the winner as the maker', () => {
    expect(develops('Zenco won a contract to build 12 Zeta frigates.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Vexa won a deal to manufacture 80 Zenliner trains for the network.')).toEqual(['Vexa -develops-> Zenliner']);
    expect(develops('Qorva won an order to supply 40 Zeta drones.')).toEqual(['Qorva -develops-> Zeta']);
    expect(develops('Zenco won contracts to build Zeta carriers.')).toEqual(['Zenco -develops-> Zeta']);
  });

  it('the other phrasings of a contract still give the maker', () => {
    expect(develops('Zenco signed a contract to manufacture 80 Zenliner trains.')).toEqual(['Zenco -develops-> Zenliner']);
    expect(develops('Zenco is to supply ZX92 engines.')).toEqual(['Zenco -develops-> ZX92']);
  });

  it('"won" as money after a name is still no firm', () => {
    expect(develops('The South Korean won fell against the dollar as Zenco began to build Zeta frigates.')).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe('guards: the buyer, other work, no product, a lost bid', () => {
  it('the buyer is never the maker', () => {
    expect(develops('Japan signed a contract for 80 Zeta trains from Zenco.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Qorva ordered Zeta trains.')).toEqual([]);
  });

  it('a contract to maintain, or to build no product, makes nothing', () => {
    expect(develops('Zenco won a contract to maintain Zeta trains.')).toEqual([]);
    expect(develops('Zenco won a contract to operate the Zeta line.')).toEqual([]);
    expect(develops('Zenco won a contract to build a plant.')).toEqual([]);
  });

  it('a contract or bid lost is negated', () => {
    expect(develops('Zenco failed to win a contract to build 12 Zeta frigates.')).toEqual([]);
    expect(negated('Zenco failed to win a contract to build 12 Zeta frigates.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco lost a tender to supply Zeta drones.')).toEqual([]);
    expect(develops('Zenco lost the bid to build Zeta frigates to Qorva.')).toEqual([]);
    expect(develops('Zenco lost money but continued to build Zeta frigates.')).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe('a contract only sought', () => {
  it('"hopes / is bidding to win a contract to build" is a proposal', () => {
    expect(develops('Zenco hopes to win a contract to build Zeta frigates.')).toEqual([]);
    expect(develops('Zenco is bidding to win an order to supply Zeta drones.')).toEqual([]);
  });
});
