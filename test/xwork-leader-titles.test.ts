import { describe, expect, it } from 'vitest';
import { scoredClaimsOf } from './extract-helpers';

// Helper xwork: the head of a state's government, named by the people's word and the office ("the French prime minister"),
// acts for the state, as "France's prime minister" and "the French government" do. Written for the tests.

describe('a state leader named by the people\'s word acts for the state', () => {
  it.each([
    ['The French prime minister ordered government officials to uninstall Zenapp and Qwik Chat from their phones.', ['France -banned-> Qwik Chat', 'France -banned-> Zenapp']],
    ['The Indian prime minister banned Zenapp on official phones.', ['India -banned-> Zenapp']],
    ['The German chancellor has barred Qwik Chat from government laptops.', ['Germany -banned-> Qwik Chat']],
    ['The French President told civil servants to stop using Zenapp, Qwik Chat and Plix.', ['France -banned-> Plix', 'France -banned-> Qwik Chat', 'France -banned-> Zenapp']],
    ['The Italian premier blocked Zenapp last week.', ['Italy -banned-> Zenapp']],
    ["France's prime minister ordered officials to uninstall Zenapp.", ['France -banned-> Zenapp']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe('near misses: an office out of power, of a firm, or doing nothing to the app', () => {
  it.each([
    'The former French president criticised the ban on Zenapp.',
    'The late Indian prime minister had praised Zenapp.',
    'The French president of the Zenco board ordered staff to uninstall Qwik Chat.',
    'The French prime minister uses Zenapp every day.',
    "The French prime minister's spokesman said Zenapp was safe.",
    'The German chancellor of the exchequer opposed a ban on Zenapp.',
  ])('"%s"', (text) => {
    expect(scoredClaimsOf(text).filter((c) => /France|India|Germany/.test(c))).toEqual([]);
  });

  it('a firm\'s president keeps the firm as the maker, not the state', () => {
    expect(scoredClaimsOf('The French president of Zenco launched Zeta.')).toEqual(['Zenco -develops-> Zeta']);
  });
});
