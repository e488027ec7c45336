import { describe, expect, it } from 'vitest';
import { lexiconWith, MADE_UP_STATES } from './extract-helpers';
import { extractArticle } from '../src/pipeline/extract/extract-article';

// Helper nominal: present-tense acts in Title Case headlines ("Ruritania Suspends Zenco's Plix App") are news of the act. A generic
// kind closing a product's name there ("App", "Chatbot", "Phones") is the kind, though the body never writes the word: the product
// is banned or made, not its maker. Made-up sentences; the made-up states are added to the states' list.

const madeUpStates = lexiconWith({ states: MADE_UP_STATES });
const claims = (text: string, status = 'asserted'): string[] => {
  const record = extractArticle({ id: 'headline', text }, madeUpStates);
  const label = new Map(record.entities.map((e) => [e.key, e.label]));
  return record.claims.filter((c) => c.status === status && ['banned', 'restricts', 'develops', 'competes_with'].includes(c.relation))
    .map((c) => `${label.get(c.source)} -${c.relation}-> ${label.get(c.target)}`).sort();
};
const body = '\nOfficials cited security concerns.';

describe('present-tense acts in Title Case headlines', () => {
  it('a state bans the app, the chatbot or the phones a firm makes', () => {
    expect(claims(`Zembla Blocks Vexa's Zeta Chatbot${body}`)).toEqual(['Vexa -develops-> Zeta', 'Zembla -banned-> Zeta']);
    expect(claims(`Ruritania Bans Zenco's Zeta Phones Over Spying Fears${body}`)).toEqual(['Ruritania -banned-> Zeta', 'Zenco -develops-> Zeta']);
    expect(claims(`Ruritania Suspends Zenco's Plix App${body}`)).toEqual(['Ruritania -banned-> Plix', 'Zenco -develops-> Plix']);
  });

  it('a firm makes the product it releases or launches', () => {
    expect(claims('Zenco Releases Zeta Chatbot\nThe model is free to use.')).toEqual(['Zenco -develops-> Zeta']);
    expect(claims('Qorva Launches Zeta Phone To Take On Zenco\nThe device costs less than rivals.')).toEqual(['Qorva -develops-> Zeta']);
  });

  it('the same headline in lower case, and a firm banned whole', () => {
    expect(claims(`Ruritania suspends Zenco's Plix app${body}`)).toEqual(['Ruritania -banned-> Plix', 'Zenco -develops-> Plix']);
    expect(claims(`Zembla Bans Qorva Over Data Fears${body}`)).toEqual(['Zembla -banned-> Qorva']);
  });
});

describe('near misses', () => {
  it('a kind word that does not close the name', () => {
    expect(claims('Zenco Phone Sales Slump In Ruritania\nThe firm sold fewer units.')).toEqual([]);
    expect(claims('Vexa App Store Bans Zeta\nThe store acted on Monday.')).toEqual([]);
  });

  it('a ban weighed, lifted or denied is no act', () => {
    expect(claims(`Ruritania May Ban Zenco's Plix App${body}`)).toEqual([]);
    expect(claims(`Ruritania To Ban Vexa${body}`)).toEqual([]);
    expect(claims(`Ruritania Weighs Ban On Vexa${body}`)).toEqual([]);
    expect(claims("Ruritania Lifts Ban On Vexa's Zeta App\nOfficials said the app now complies.")).toEqual([]);
    expect(claims("Zembla Does Not Ban Qorva's Plix Chatbot\nOfficials said the chatbot complies.")).toEqual([]);
  });
});
