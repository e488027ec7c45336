import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Stop 89, round 3 (helper cmp89): rivalry told indirectly, from fresh news on trucks, tyres, messaging apps and mining machinery.
// A context sentence first names the firms. Sentences written for the tests.

const FIRMS = 'Zenco Inc and Qorva Inc make trucks. ';
const rivalries = (text: string): string[] => only('competes_with')(claimsOf(FIRMS + text)).sort();

describe('a second description of the rival between the noun and its name', () => {
  it.each([
    'Zenco is buying competitor and fellow Japanese tyre maker Qorva.',
    'Zenco is buying competitor and fellow truck maker Qorva.',
    'Zenco bought competitor (and occasional partner) Qorva.',
  ])('"%s"', (text) => {
    expect(rivalries(text)).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it.each([
    'Zenco is buying supplier and fellow Japanese tyre maker Qorva.',
    'Zenco bought supplier (and occasional partner) Qorva.',
    'Zenco is buying its partner and fellow truck maker Qorva.',
  ])('"%s" names no rival', (text) => {
    expect(rivalries(text)).toEqual([]);
  });
});

describe('a contest between one firm and a kind of firm with its examples', () => {
  it.each([
    'The report looked at the competition between Zenco and makers such as Qorva and Kappa.',
    'The report looked at the competition between Zenco and other truck makers such as Qorva and Kappa.',
    'The rivalry between Zenco and rivals like Qorva and Kappa is fierce.',
  ])('"%s" sets the one against each example', (text) => {
    expect(rivalries(text)).toEqual(['Zenco -competes_with-> Kappa', 'Zenco -competes_with-> Qorva']);
  });

  it.each([
    'The partnership between Zenco and makers such as Qorva and Kappa grew.',
    'The patent dispute between Zenco and makers such as Qorva and Kappa grew.',
    'The rivalry between Zenco and partners such as Qorva and Kappa grew.',
  ])('"%s" gives no rivalry', (text) => {
    expect(rivalries(text)).toEqual([]);
  });

  it('a rivalry with its parties set off by commas', () => {
    expect(rivalries('The market has seen a rivalry, between Zenco and Qorva, for a decade.')).toEqual(['Zenco -competes_with-> Qorva']);
  });
});

describe('a battleground, a fight taken to a rival, a tough run given', () => {
  it.each([
    ['Ruritania has become a battleground for Zenco and Qorva.', 'Zenco -competes_with-> Qorva'],
    ['Zembla is the main battleground for Zenco and Qorva in buses.', 'Zenco -competes_with-> Qorva'],
    ['Zenco is taking the fight directly to Qorva.', 'Zenco -competes_with-> Qorva'],
    ['Zenco took the battle straight to Qorva with its new bus.', 'Zenco -competes_with-> Qorva'],
    ['Zenco will give Qorva a tough run for its money.', 'Zenco -competes_with-> Qorva'],
    ['Zenco is set to give Qorva stiff competition in buses.', 'Zenco -competes_with-> Qorva'],
  ])('"%s"', (text, claim) => {
    expect(rivalries(text)).toEqual([claim]);
  });

  it.each([
    'The legal battleground for Zenco and Qorva is Delaware.',
    'Zenco took the fight directly to court.',
    'Zenco took the legal fight directly to Qorva.',
    'Zenco gave Qorva a contract for the buses.',
    'The competition authority fined Zenco and Qorva.',
    'Zenco won a competition for a contract to supply buses.',
  ])('"%s" gives no rivalry', (text) => {
    expect(rivalries(text)).toEqual([]);
  });
});
