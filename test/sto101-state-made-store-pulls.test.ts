import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper sto101 (stop 101): a state, regulator or court that makes app stores, platforms or carriers pull an app bans the app, not
// the stores that carry out its order (state-made-store-pulls.ts; the causative in trigger-relations.ts and clause.ts). Sentences
// made up for the tests.

const bans = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();

describe('a state that makes stores pull an app bans it', () => {
  it.each([
    // A causative: made, had, got.
    ["Kenya's regulator made Google pull Zeta and Vexa from the Play Store.", ["Kenya's regulator -banned-> Vexa", "Kenya's regulator -banned-> Zeta"]],
    ['Kenya made Apple remove Zeta from its App Store.', ['Kenya -banned-> Zeta']],
    ['India had Apple and Google drop Zeta from their stores.', ['India -banned-> Zeta']],
    ['The Indian ministry had app stores drop Zeta.', ['Indian ministry -banned-> Zeta']],
    ['The Kenyan government got Apple to remove Zeta from its store.', ['Kenya -banned-> Zeta']],
    ['Ghana made Google and Apple remove Zeta.', ['Ghana -banned-> Zeta']],
    ["Ghana's regulator had made Google and Apple yank Zeta, Vexa and Qorvo Chat from their marketplaces.", ["Ghana's regulator -banned-> Qorvo Chat", "Ghana's regulator -banned-> Vexa", "Ghana's regulator -banned-> Zeta"]],
    ['Chile made Google and Apple take down Zeta.', ['Chile -banned-> Zeta']],
    ["Brazil's data regulator made Apple stop offering Zeta.", ["Brazil's data regulator -banned-> Zeta"]],
    // Taking the app off a store, ordered.
    ['Turkey directed Apple to take Zeta off its App Store.', ['Turkey -banned-> Zeta']],
    ['Turkey directed Apple and Google to take Zeta and Vexa off their stores.', ['Turkey -banned-> Vexa', 'Turkey -banned-> Zeta']],
    ['Turkey ordered Apple to take the Zeta app off the App Store within 24 hours.', ['Turkey -banned-> Zeta']],
    // Carriers and providers told to stop offering it.
    ['Nepal ordered carriers to stop offering Zeta.', ['Nepal -banned-> Zeta']],
    ["Kenya's telecom authority told providers to stop selling Zeta.", ["Kenya's telecom authority -banned-> Zeta"]],
  ])('"%s"', (text, claims) => {
    expect(bans(text)).toEqual(claims);
  });
});

describe('a law named with its maker', () => {
  it('a law named with its maker bans what firms must remove under it (the firms\' own reading of "must remove" is left as it was)', () => {
    expect(bans("Under Russia's new law, Apple and Google must remove Zeta from their stores.")).toContain('Russia -banned-> Zeta');
    expect(bans("Under India's rules, platforms had to take down Zeta.")).toEqual(['India -banned-> Zeta']);
    // A law only proposed bans nothing.
    expect(bans("Under Russia's proposed law, Apple would have to remove Zeta.")).toEqual([]);
  });
});

describe('near misses: a store acting on its own, an order asked for or denied, or no app pulled', () => {
  it.each([
    // A store's own removal keeps its own reading.
    ['Apple removed Zeta from its store for breaking its rules.', ['Apple -banned-> Zeta']],
    ['Apple took Zeta off its store after Kenya complained.', ['Apple -banned-> Zeta']],
    // Asked, wished, proposed or denied: no ban.
    ['India asked Apple to remove Zeta, but Apple refused.', []],
    ['Spain wanted Apple to take Zeta off its store.', []],
    ['Lawmakers introduced a bill that would force Apple to remove Zeta.', []],
    ['India did not order Apple to remove Zeta.', []],
    // A firm making another act, or nothing named pulled.
    ["Zenco's lawyers got Apple to take Zeta off its store.", []],
    ['Zenco made Qorva drop Vexa from its stores.', []],
    ['France forced Zenco to remove a feature.', []],
    ['India made Zenco drop its bid for Qorva.', []],
    ['Kenya had Apple list Zeta on its store.', []],
    ['Nepal ordered carriers to stop offering refunds on Zeta.', []],
  ])('"%s"', (text, claims) => {
    expect(bans(text)).toEqual(claims);
  });

  it('two clauses joined by "and" stay two clauses', () => {
    expect(only('develops')(scoredClaimsOf('Zenco made Zeta and Qorva released Vexa.'))).toEqual(['Qorva -develops-> Vexa', 'Zenco -develops-> Zeta']);
  });
});
