import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rst94, from fresh samples s91c and s91d: a state's crackdown on a firm restricts it (not a ban), and a body's prohibition of
// a merger, told as a noun, restricts both parties (never a ban of them). Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('a state cracking down on a firm restricts it', () => {
  it.each([
    ["France's crackdown on Zenco has upended the market.", ['France -restricts-> Zenco']],
    ['France cracks down on Zenco.', ['France -restricts-> Zenco']],
    ['The French government cracked down on Zenco and Qorva last year.', ['France -restricts-> Qorva', 'France -restricts-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(restricts(text)).toEqual(claims);
    expect(banned(text)).toEqual([]);
  });

  it.each([
    'Zenco cracked down on Qorva accounts that sold fakes.',
    "Zenco's crackdown on fake accounts began in May.",
    'Critics called for a crackdown on Zenco.',
    'Zenco cracks down on spam in its Qorva app.',
  ])('no state acts: "%s"', (text) => {
    expect(restricts(text)).toEqual([]);
    expect(banned(text)).toEqual([]);
  });
});

describe('a prohibition of a merger, told as a noun, restricts both parties', () => {
  it.each([
    ["The European Commission's prohibition of the merger between Zenco and Qorva was upheld."],
    ['The European Commission released a statement on its prohibition of the merger between Zenco and Qorva.'],
    ['Zenco appealed the prohibition decision of the European Commission on the merger between Zenco and Qorva.'],
  ])('"%s"', (text) => {
    expect(restricts(text)).toEqual(['European Commission -restricts-> Qorva', 'European Commission -restricts-> Zenco']);
    expect(banned(text)).toEqual([]);
  });

  it.each([
    'The European Commission lifted its prohibition of the merger between Zenco and Qorva in May.',
    'The European Commission is considering its prohibition of the merger between Zenco and Qorva.',
    'The European Commission said a court had quashed its prohibition of the merger between Zenco and Qorva.',
    "The court overturned the European Commission's prohibition of the merger between Zenco and Qorva.",
    "The European Commission's prohibition of the merger between Zenco and Qorva was overturned in 2021.",
    'Zenco said its prohibition of the merger between Qorva and Vexa was a mistake.',
  ])('undone, weighed or no body: "%s"', (text) => {
    expect(restricts(text)).toEqual([]);
    expect(banned(text)).toEqual([]);
  });
});

describe('reporting duties and licensing schemes laid on a firm restrict it', () => {
  it.each([
    ['France enacted a law imposing reporting requirements on Zenco.', ['France -restricts-> Zenco']],
    ['France will introduce a licensing system for Zenco.', ['France -restricts-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(restricts(text)).toEqual(claims);
  });

  it.each([
    'France introduced a licensing system for rentals in Paris.',
    "Zenco introduced a licensing system for Qorva's patents.",
    'France could introduce a licensing system for Zenco.',
    'France proposed reporting requirements on Zenco.',
    'France dropped the reporting requirements on Zenco.',
    'Zenco said the reporting requirements on Qorva were too light.',
  ])('no firm, no state, or not done: "%s"', (text) => {
    expect(restricts(text)).toEqual([]);
  });
});
