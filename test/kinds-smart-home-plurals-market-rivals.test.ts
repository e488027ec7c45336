import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper kinds (stop 103), from news on smart-home goods, household recalls and market rivals: sentences made up for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const rivalPairs = (text: string): string[] =>
  only('competes_with')(scoredClaimsOf(text))
    .map((c) => c.split(' -competes_with-> ').sort().join(' ~ '))
    .sort();

describe('smart-home goods of two words type the name before them a product (cue-words.ts, TWO_WORD_GOODS)', () => {
  it.each([
    ['Zenco recalled its Vexa smart plugs.', ['Zenco -develops-> Vexa']],
    ['Zenco recalled its Vexa smart locks.', ['Zenco -develops-> Vexa']],
    ['Qorva has recalled its Zeta light bulbs.', ['Qorva -develops-> Zeta']],
    ['Borin is recalling its Plix air purifiers.', ['Borin -develops-> Plix']],
    // "from" its maker after such a kind (relation-patterns.ts, TWO_WORD_KIND_FROM_MAKERS).
    ['The Vexa home hub from Borin sold well.', ['Borin -develops-> Vexa']],
    ['Zenco sells the Zeta smart lock from the startup Qorva.', ['Qorva -develops-> Zeta']],
    ['The Vexa light strip from Borin Inc was recalled.', ['Borin Inc -develops-> Vexa']],
  ])('"%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });

  it.each([
    'Zenco fixed the lock on the door.',
    'Zenco bought a hub for startups from Qorva.',
    'The Vexa hub from Borin sold well.',
  ])('near miss: "%s" names no made thing', (text) => {
    expect(develops(text)).toEqual([]);
  });
});

describe('plurals in -ies and -ves match their singular kind (cue-words.ts, isMadeKind and MADE_KIND_WORDS)', () => {
  it.each([
    ['Zenco recalled its Vexa accessories.', ['Zenco -develops-> Vexa']],
    ['Zenco recalled its Vexa knives.', ['Zenco -develops-> Vexa']],
    ['Qorva recalled its Zeta lorries.', ['Qorva -develops-> Zeta']],
    ['Borin is recalling its Plix batteries.', ['Borin -develops-> Plix']],
  ])('"%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });
});

describe('a market word before "rivals" and the names that act describes them as rivals (described-rival-pairs.ts)', () => {
  it.each([
    ['Search rivals Zenco and Qorva test chatbots.', ['Qorva ~ Zenco']],
    ['Smartphone rivals Zenco and Qorva launch new phones this week.', ['Qorva ~ Zenco']],
    ['The report said search rivals Zenco and Qorva are testing chatbots.', ['Qorva ~ Zenco']],
    ['Meanwhile, cloud rivals Zenco and Qorva raised prices.', ['Qorva ~ Zenco']],
    ['Cloud rivals Zenco, Qorva and Borin offer cheaper storage.', ['Borin ~ Qorva', 'Borin ~ Zenco', 'Qorva ~ Zenco']],
    ['Analysts said smartphone rivals Zenco, Qorva and Borin will report results.', ['Borin ~ Qorva', 'Borin ~ Zenco', 'Qorva ~ Zenco']],
    // Read as before.
    ['Zenco rivals Qorva.', ['Qorva ~ Zenco']],
    ['Former rivals Zenco and Qorva merged.', ['Qorva ~ Zenco']],
  ])('"%s"', (text, pairs) => {
    expect(rivalPairs(text)).toEqual(pairs);
  });

  it.each([
    ['Zenco rivals Qorva and Borin in search.', ['Borin ~ Zenco', 'Qorva ~ Zenco']],
    ['Search giant Zenco launched Plix.', []],
    ['The phone that rivals Zenco and Qorva have feared sold well.', []],
    ['Analysts said it rivals Zenco and Qorva are worried.', []],
  ])('near miss: "%s" reads no rivalry between the named', (text, pairs) => {
    expect(rivalPairs(text)).toEqual(pairs);
  });
});
