import { describe, expect, it } from 'vitest';
import { scoredClaimsOf } from './extract-helpers';

// Helper names4 (stop 102's round), names lost because of their shape: a name opening with digits glued to a lower-case word
// ("12mall"), and a name of several words whose last is a word glued by a hyphen to a number ("Zen Eagle-1"). Sentences made up
// for the tests.

describe('a name of digits glued to a lower-case word is a name, not a number', () => {
  it.each([
    ['12mall launched the Zenpay app.', ['12mall -develops-> Zenpay']],
    ['The Zenpay app was launched by 4chen.', ['4chen -develops-> Zenpay']],
    ['Zenware is made by 12mall.', ['12mall -develops-> Zenware']],
    ['Ruritania blocked 12mall’s Zenpay app.', ['12mall -develops-> Zenpay', 'Ruritania -banned-> Zenpay']],
    ['Zenco competes with 12mall.', ['Zenco -competes_with-> 12mall']],
    ['Qorva competes with 12mall, Plixo and Vexa.', ['Qorva -competes_with-> 12mall', 'Qorva -competes_with-> Plixo', 'Qorva -competes_with-> Vexa']],
    ["Zenco's rivals include 99zines and Qorva.", ['Zenco -competes_with-> 99zines', 'Zenco -competes_with-> Qorva']],
    ['Ruritania banned 9zag and Plixo.', ['Ruritania -banned-> 9zag', 'Ruritania -banned-> Plixo']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text).filter((c) => !/ -acquired-> /.test(c)).sort()).toEqual([...claims].sort());
  });

  it.each([
    // A measure, a count or a decade glued to its number names nothing.
    ['Zenco makes 12kg bags of rice.', []],
    ['Zenco launched 40mn units of Plixo.', []],
    ['Zenco launched 24hour delivery.', []],
    ['Zenco launched 3nm chips.', []],
    ['Ruritania banned 20mg doses of Zentrex.', ['Ruritania -banned-> Zentrex']],
    ['Ruritania banned Plixo in the 1990s.', ['Ruritania -banned-> Plixo']],
    // A number before a noun, "3D", "5G", "e-commerce" and known camel-case names are read as before.
    ['12 firms banned Plixo last year.', []],
    ['Zenco competes with 3D printing firms.', []],
    ['Zenco launched 5G phones in Ruritania.', []],
    ['Zenco makes e-commerce software.', []],
    ['Apple launched the iPhone 16.', ['Apple -develops-> iPhone 16']],
  ])('near miss "%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe("a name closed by a word glued by a hyphen to a number is a release's name", () => {
  it.each([
    ['Zenco launched the Zen Eagle-1.', ['Zenco -develops-> Zen Eagle-1']],
    ['Ruritania banned the Zen Eagle-1 last week.', ['Ruritania -banned-> Zen Eagle-1']],
    ['Ruritania banned the Zen Eagle-1 and the Vexa-9.', ['Ruritania -banned-> Vexa-9', 'Ruritania -banned-> Zen Eagle-1']],
    ['Qorva makes the Vexa-9 and the Zen Vexo-2.', ['Qorva -develops-> Vexa-9', 'Qorva -develops-> Zen Vexo-2']],
    ['Zenco launched the Zen Eagle-1 and Zen Eagle-2 chips.', ['Zenco -develops-> Zen Eagle-1', 'Zenco -develops-> Zen Eagle-2']],
    ['The Zen Eagle-1 competes with the Vexa.', ['Zen Eagle-1 -competes_with-> Vexa']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text).sort()).toEqual([...claims].sort());
  });

  it.each([
    // A disease's, a trial's phase, a tier's or a war's number names no release.
    ['Zenco launched the Zenco Covid-19 vaccine.', []],
    ['Zenco launched a Zentrex Phase-3 trial.', []],
    ['Zenco makes Tier-1 parts.', []],
    ['Ruritania banned Plixo during World War II.', ['Ruritania -banned-> Plixo']],
    ['Zenco began a Phase III trial of Zentrex.', []],
    ['Zenco launched a Henry VIII drama.', []],
  ])('near miss "%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});
