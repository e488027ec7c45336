import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 75, third round, from its thirty-seventh and thirty-eighth sets (drawn at 68573bd): works that came from a collaboration,
// a store's rejection told in the passive, makers set off with "from", settlements told with the duties they set or with the
// firm as the subject, a firm's plural ending a subject that "its" points back to, rivals in brackets, "muscle in on", and an
// aside opened by ", with brands like" owning nothing. Sentences written for the tests.

describe('makers', () => {
  it('"came from a collaboration of Zenco and the Qorva Institute": each partner makes it', () => {
    expect(only('develops')(scoredClaimsOf('The Vela came from a collaboration of Zenco Labs and the Qorva Institute.'))).toEqual([
      'Qorva Institute -develops-> Vela',
      'Zenco Labs -develops-> Vela',
    ]);
  });

  it('"Vela, from development team Qorva Games, …"', () => {
    expect(only('develops')(scoredClaimsOf('Vela, from development team Qorva Games, arrives in May.'))).toEqual(['Qorva Games -develops-> Vela']);
  });

  it('"Zenco Games marketed its Plix software": a firm\'s plural ending the subject', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Games marketed its Plix software to parents.'))).toEqual(['Zenco Games -develops-> Plix']);
  });

  it('", with brands like A and B" after a clause owns nothing; after a firm\'s name it does', () => {
    expect(only('develops')(scoredClaimsOf('Competition is intensifying, with brands like Plix, Vexa and Zem.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Zenco, with brands like Plix and Vexa, leads the market.'))).toEqual(['Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
  });
});

describe('rivals', () => {
  it('"Zenco\'s competitors (Qorva, Vell, Plix, etc.)"', () => {
    expect(only('competes_with')(scoredClaimsOf("Zenco's competitors (Qorva, Vell, Plix, etc.) released apps."))).toEqual([
      'Zenco -competes_with-> Plix',
      'Zenco -competes_with-> Qorva',
      'Zenco -competes_with-> Vell',
    ]);
  });

  it('"Skype faces Zenco\'s competitors (A and B)": the rivals are Zenco\'s, not the subject\'s', () => {
    expect(only('competes_with')(scoredClaimsOf("Skype faces Zenco's competitors (Qorva and Vell) in Europe."))).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vell']);
  });

  it('"attempting to muscle in on Zenco"', () => {
    expect(only('competes_with')(scoredClaimsOf('Qorva and Vell have both released apps, attempting to muscle in on Zenco.'))).toEqual([
      'Qorva -competes_with-> Zenco',
      'Vell -competes_with-> Zenco',
    ]);
  });
});

describe('bans and settlements', () => {
  it('"Zapp, an app that tallies votes, was rejected from the store by Apple"', () => {
    expect(only('banned')(scoredClaimsOf('Zapp, an app that tallies votes, was rejected from the store by Apple because of its content.'))).toEqual(['Apple -banned-> Zapp']);
  });

  it('a rejection with no store said bans no one; the store left names no maker', () => {
    expect(only('banned')(scoredClaimsOf("Zenco's offer for Qorva was turned down by Vexa."))).toEqual([]);
    const claims = scoredClaimsOf('Zapp was rejected from the App Store by Apple.');
    expect(only('banned')(claims)).toEqual(['Apple -banned-> Zapp']);
    expect(only('develops')(claims)).toEqual([]);
  });

  it('"reached a settlement with Qorva Inc., requiring the company to suspend operations"', () => {
    expect(only('restricts')(scoredClaimsOf('The California Privacy Protection Agency reached a settlement with Qorva Inc., requiring the company to suspend operations until 2028.'))).toEqual([
      'California Privacy Protection Agency -restricts-> Qorva Inc',
    ]);
  });

  it('a settlement without terms in the sentence restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf('The California Privacy Protection Agency reached a settlement with Qorva Inc. on Monday.'))).toEqual([]);
  });

  it('"Qorva Labs reached a settlement with the Attorney General. The settlement prevents …": the firm as the subject', () => {
    expect(only('restricts')(scoredClaimsOf('Qorva Labs reached a settlement with the California Attorney General. The settlement prevents Qorva Labs from selling data.'))).toEqual([
      'California Attorney General -restricts-> Qorva Labs',
    ]);
  });

  it('"The agreement enjoins Qorva from …"', () => {
    expect(only('restricts')(scoredClaimsOf('The California Attorney General reached a settlement with Qorva Labs. The agreement enjoins Qorva Labs from selling data.'))).toEqual([
      'California Attorney General -restricts-> Qorva Labs',
    ]);
  });
});
