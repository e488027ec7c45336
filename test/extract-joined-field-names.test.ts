import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { only, scoredClaimsOf } from './extract-helpers';
import { extractArticle } from '../src/pipeline/extract/extract-article';
import { Lexicon } from '../src/pipeline/lexicon/lexicon';
import type { LexiconData, StatesData } from '../src/pipeline/lexicon/lexicon-data';
import { withStates } from '../src/pipeline/lexicon/state-lexicon';

// Fresh news samples (helper fp82): an official name holding "and" between two fields ("Radio and Television", "Culture and
// Tourism", "Press and Publication") and closed by a body's head is one name, not two; a real coordination of two names stays
// two. Sentences written for the tests.

describe('two media or culture fields joined inside one body\'s name', () => {
  it('"X Radio and Television Union" is one body', () => {
    expect(only('banned')(scoredClaimsOf('The Zembla Radio and Television Union banned Zapp.'))).toEqual(['Zembla Radio and Television Union -banned-> Zapp']);
    expect(only('banned')(scoredClaimsOf('The Ruritania Film and Television Federation blocked Vexa Chat.'))).toEqual(['Ruritania Film and Television Federation -banned-> Vexa Chat']);
    expect(only('banned')(scoredClaimsOf('The Zembla Press and Media Union banned Zapp on Monday.'))).toEqual(['Zembla Press and Media Union -banned-> Zapp']);
  });

  it('"X Radio and Television" alone is one broadcaster', () => {
    expect(only('banned')(scoredClaimsOf('Zembla Radio and Television banned Zapp.'))).toEqual(['Zembla Radio and Television -banned-> Zapp']);
    expect(only('banned')(scoredClaimsOf('Ruritania Radio and Television blocked Vexa Chat from its airwaves.'))).toEqual(['Ruritania Radio and Television -banned-> Vexa Chat']);
  });

  it('already whole names stay whole', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Research and Development Center developed the Zeta chip.'))).toEqual(['Zenco Research and Development Center -develops-> Zeta']);
    expect(only('develops')(scoredClaimsOf('Qorva Space Science and Technology Corporation launched the Zeta-3 satellite.'))).toEqual(['Qorva Space Science and Technology Corporation -develops-> Zeta-3']);
  });
});

describe('guards: two names joined by "and" stay two', () => {
  it('two firms, two products', () => {
    expect(only('develops')(scoredClaimsOf('Zenco and Qorva Labs launched Zeta.'))).toEqual(['Qorva Labs -develops-> Zeta', 'Zenco -develops-> Zeta']);
    expect(only('banned')(scoredClaimsOf('Ruritania banned Zapp and Vexa Chat.'))).toEqual(['Ruritania -banned-> Vexa Chat', 'Ruritania -banned-> Zapp']);
    expect(only('banned')(scoredClaimsOf('Ruritania suspended Zembla Radio and Qorva TV for a week.'))).toEqual(['Ruritania -banned-> Qorva TV', 'Ruritania -banned-> Zembla Radio']);
  });
});

// Review 82b: the state's name written before two fields joined by "and" opens the body's name ("Zembla Media and Press Union"),
// as it does before "Radio and Television Union"; it is no target of its own. The states are made up, so the test's lexicon
// adds them to the states' list (a state no lexicon holds shows no such clipping).
const lexiconJson = JSON.parse(readFileSync(new URL('../data/lexicon.json', import.meta.url), 'utf8')) as LexiconData;
const statesJson = JSON.parse(readFileSync(new URL('../data/states.json', import.meta.url), 'utf8')) as StatesData;
const madeUpStates = new Lexicon(withStates(lexiconJson, [...statesJson.states, { id: 'zembla', name: 'Zembla', demonyms: ['Zemblan'] }, { id: 'ruritania', name: 'Ruritania', demonyms: ['Ruritanian'] }]));
const claimsWithStates = (text: string, relation: string): string[] =>
  extractArticle({ id: 'joined', text }, madeUpStates).claims.filter((c) => c.relation === relation).map((c) => `${c.source} -${c.relation}-> ${c.target}`).sort();

describe('a state before two joined fields is part of the body\'s name', () => {
  it('"<state> Media and Press Union" is one body', () => {
    expect(claimsWithStates('Ruritania sanctioned Zembla Media and Press Union.', 'restricts')).toEqual(['ruritania -restricts-> zembla-media-and-press-union']);
    expect(claimsWithStates('Zembla sanctioned Ruritania Media and Publishing Union on Friday.', 'restricts')).toEqual(['zembla -restricts-> ruritania-media-and-publishing-union']);
    expect(claimsWithStates('Zembla banned Ruritania Culture and Media Federation.', 'banned')).toEqual(['zembla -banned-> ruritania-culture-and-media-federation']);
  });

  it('guards: a state and a name joined by "and" stay two', () => {
    expect(claimsWithStates('Ruritania sanctioned Zembla and Qorva Labs.', 'restricts')).toEqual(['ruritania -restricts-> qorva-labs', 'ruritania -restricts-> zembla']);
  });
});
