import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

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
