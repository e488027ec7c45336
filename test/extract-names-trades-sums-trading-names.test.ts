import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 92 round 3 (helper nam93), from the eighty-sixth fresh sample: a business one runs, opening a sentence before the noun of
// who runs it, is the firm's trade and no product ("Drugstore operator Zenco"); a verb of saying between a name and a maker's noun
// ends the name's claim on it; "Channel" and a small number name a channel where the sentence speaks of broadcasting; a sum of money written with a currency's word or code is no name ("Rs 900 crore"); a trading name
// that is the firm's own first words is its short name, no brand. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const all = (text: string): string[] => scoredClaimsOf(text);

describe('a business one runs before its operator\'s noun', () => {
  it('"Drugstore operator Zenco", "Casino owner Qorva", "Supermarket chain Vexa" make no product of the trade', () => {
    expect(develops('Drugstore operator Zenco bought Qorva last year.')).toEqual([]);
    expect(develops('Casino operator Zenco bought Qorva last year.')).toEqual([]);
    expect(develops('Supermarket operator Zenco said sales rose.')).toEqual([]);
    expect(develops('Pharmacy operator Zenco said sales rose.')).toEqual([]);
    expect(develops('Hotel operator Zenco said sales rose.')).toEqual([]);
    expect(develops('Telecom operator Zenco said sales rose.')).toEqual([]);
    expect(develops('Convenience store operator Zenco said sales rose.')).toEqual([]);
  });

  it('the firm\'s own claims after the trade stay', () => {
    expect(develops('Cable operator Zenco owns Zeta TV.')).toEqual(['Zenco -develops-> Zeta TV']);
    expect(develops('Pharmacy chain Zenco launched Zeta, a loyalty card.')).toEqual(['Zenco -develops-> Zeta']);
  });

  it('near misses: a coined or known name before the noun is still what the firm runs', () => {
    expect(develops('Zeta operator Zenco said sales rose.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Lumo operator Zenco said sales rose.')).toEqual(['Zenco -develops-> Lumo']);
    expect(develops('WeChat owner Zenco said sales rose.')).toEqual(['Zenco -develops-> WeChat']);
    expect(develops('Vexa, the Zeta operator, said sales rose.')).toEqual(['Vexa -develops-> Zeta']);
    expect(develops('Subway owner Zenco said sales rose.')).toEqual(['Zenco -develops-> Subway']);
  });
});

describe('a verb of saying between a name and a maker\'s noun', () => {
  it('"Qorva said drugstore operator Zenco …" gives the speaker to no one', () => {
    expect(develops('Qorva said drugstore operator Zenco bought Vexa last year.')).toEqual([]);
    expect(develops('Qorva noted that casino operator Zenco cut prices.')).toEqual([]);
  });

  it('near misses: a name right before the noun, or a name the noun follows, keeps the claim', () => {
    expect(develops('Qorva said Zeta maker Zenco cut prices.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('The Zeta maker Zenco said Qorva cut prices.')).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe('sums of money', () => {
  it('"Rs 5,551 crore", "INR 900 crore" and a sum after a currency\'s sign are no names', () => {
    expect(all('Zenco India developed Rs 5 crore of software.')).toEqual([]);
    expect(develops('Zenco launched a Rs 900 crore fund.')).toEqual([]);
    expect(develops('Zenco launched an INR 900 crore fund.')).toEqual([]);
    expect(develops('Zenco launched the €2bn Zeta project.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco launched the Rs 999 Zeta phone.')).toEqual(['Zenco -develops-> Zeta']);
    expect(all('Zenco paid Rs 900 crore to Qorva for Zeta.')).toEqual([]);
  });

  it('near misses: a price before a product keeps the product whole', () => {
    expect(develops('Zenco unveiled the $99 Zeta.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco unveiled the Zeta 900.')).toEqual(['Zenco -develops-> Zeta 900']);
  });
});

describe('a trading name that is the firm\'s own first words', () => {
  it('"Zenco Stores PLC (trading as Zenco)" is no self-edge', () => {
    expect(develops('Zenco Stores PLC (trading as Zenco) competes with Qorva.')).toEqual([]);
    expect(develops('Zenco Stores PLC, trading as Zenco, competes with Qorva.')).toEqual([]);
  });

  it('near misses: another trading name keeps its claim', () => {
    expect(develops('Zenco (trading as Qorva) competes with Vexa.')).toEqual(['Zenco -develops-> Qorva']);
    expect(develops('Zenco Holdings Ltd (trading as Zenco Mart) opened 40 stores.')).toEqual(['Zenco Holdings Ltd -develops-> Zenco Mart']);
  });
});

describe('"Channel" and a number', () => {
  it('names a channel where the sentence speaks of broadcasting', () => {
    expect(develops('Zenco owns Channel 4 and Channel B, two TV channels.')).toEqual(['Zenco -develops-> Channel 4', 'Zenco -develops-> Channel B']);
    expect(develops('The TV network Channel 4 is run by Zenco.')).toEqual(['Zenco -develops-> Channel 4']);
    expect(develops('Qorva, a rival of Zenco, runs Channel 7, a TV network.')).toEqual(['Qorva -develops-> Channel 7']);
  });

  it('near misses: a radio set\'s channel, a programme and a frequency name no channel of the firm', () => {
    expect(develops("Zenco's radio uses Channel 4 for its signal.")).toEqual([]);
    expect(develops("Viewers of Channel 4 News saw Zenco's Zeta ads.")).toEqual(['Zenco -develops-> Zeta']);
    expect(develops("The TV station's Channel 2 frequency was sold to Zenco.")).toEqual([]);
  });
});
