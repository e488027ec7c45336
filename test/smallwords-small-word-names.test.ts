import { describe, expect, it } from 'vitest';
import { scoredClaimsOf } from './extract-helpers';

// Helper smallwords: a product's name holding a lower-case small word ("Zeta to Pay", "Tap on Mobile", "Pay by Zeta") is one name
// when set off as a product; a name and its own version after "&" ("Zetabox & Zetabox 2.0") are two products.

describe('a small word inside a product name set off as one', () => {
  it('reads the whole name after a launch verb or a maker possessive', () => {
    expect(scoredClaimsOf('Zenco launched Zeta to Pay last year.')).toEqual(['Zenco -develops-> Zeta to Pay']);
    expect(scoredClaimsOf('Zenco introduced Zeta to Go, a wallet.')).toEqual(['Zenco -develops-> Zeta to Go']);
    expect(scoredClaimsOf('Vexa has unveiled its new Plix to Pay service.')).toEqual(['Vexa -develops-> Plix to Pay']);
    expect(scoredClaimsOf("Qorva's Tap on Mobile app lets users pay at stores.")).toEqual(['Qorva -develops-> Tap on Mobile']);
    expect(scoredClaimsOf("Qorva's Ride on Time app is popular.")).toEqual(['Qorva -develops-> Ride on Time']);
    expect(scoredClaimsOf('Zenco rolled out Pay by Zeta in March.')).toEqual(['Zenco -develops-> Pay by Zeta']);
  });

  it('leaves a buyer, a place, a date, a maker after "by" and a platform apart', () => {
    expect(scoredClaimsOf('Zenco sold Zeta to Qorva.')).toEqual([]);
    expect(scoredClaimsOf('Zenco moved Zeta to Borin.')).toEqual([]);
    expect(scoredClaimsOf('Zenco launched Zeta in Ruritania.')).toEqual(['Zenco -develops-> Zeta']);
    expect(scoredClaimsOf('Zenco launched Zeta to Europe.')).toEqual(['Zenco -develops-> Zeta']);
    expect(scoredClaimsOf('Zenco launched Zeta on Monday.')).toEqual(['Zenco -develops-> Zeta']);
    expect(scoredClaimsOf('Zenco released Zeta on Switch last year.')).toEqual(['Zenco -develops-> Zeta']);
    expect(scoredClaimsOf('Qorva uses Zeta by Vexa.')).toEqual(['Vexa -develops-> Zeta']);
    expect(scoredClaimsOf("Zenco's Zeta on Android app is free.")).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe('a name and its own version after an ampersand', () => {
  it('are not one product', () => {
    expect(scoredClaimsOf('Zenco launched Plix & Plix Pro last year.')).toEqual(['Zenco -develops-> Plix Pro']);
    expect(scoredClaimsOf("Qorva's Zetabox & Zetabox 2.0 are sold in Ruritania.")).not.toContain('Qorva -develops-> Zetabox & Zetabox 2.0');
  });

  it('one firm or brand with an ampersand stays whole', () => {
    expect(scoredClaimsOf('Zenco bought Borin & Borin Vision.')).toEqual(['Zenco -acquired-> Borin & Borin Vision']);
    expect(scoredClaimsOf('Zenco launched Seed & Go last year.')).toEqual(['Zenco -develops-> Seed & Go']);
  });
});
