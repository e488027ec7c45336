import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 54's sixth round of rules, from its third round of readers, on sentences written for the
// tests: providers severing ties, browsers' makers distrusting a certificate authority, targets
// listed "below" a sanctions sentence, and things launched as a replacement for a rival.

describe('providers severing ties and makers distrusting certificates', () => {
  it('"Visa and Mastercard have severed ties with Zenleaks" bans it', () => {
    expect(only('banned')(scoredClaimsOf('Visa and Mastercard have severed ties with Zenleaks.')).sort()).toEqual(['Mastercard -banned-> Zenleaks', 'Visa -banned-> Zenleaks']);
  });

  it('a state severing ties with a state bans nothing', () => {
    expect(scoredClaimsOf('Russia severed ties with Ukraine.')).toEqual([]);
  });

  it.each([
    ['Mozilla stopped trusting Qorva certificates.', 'Mozilla -banned-> Qorva'],
    ['Mozilla will stop trusting certificates issued by Qorva.', 'Mozilla -banned-> Qorva'],
    ["Apple distrusted Qorva's root certificates.", 'Apple -banned-> Qorva'],
  ])('"%s"', (text, claim) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual([claim]);
  });
});

describe('targets listed below a sanctions sentence', () => {
  it('"The entities sanctioned by the US are listed below." then bullets', () => {
    expect(only('restricts')(scoredClaimsOf('The entities sanctioned by the US are listed below.\n• Zenco Ltd\n• Qorva Works')).sort()).toEqual([
      'United States -restricts-> Qorva Works', 'United States -restricts-> Zenco Ltd',
    ]);
  });
});

describe('a thing launched as a replacement for a rival', () => {
  it('"Vexa launched as a faster Qorva replacement": rivals, and Vexa made nothing', () => {
    const claims = scoredClaimsOf('Vexa launched as a faster Qorva replacement.');
    expect(only('competes_with')(claims)).toEqual(['Vexa -competes_with-> Qorva']);
    expect(only('develops')(claims)).toEqual([]);
  });

  it('"launched the Qorva killer Vexa": the maker makes Vexa, not Qorva', () => {
    expect(only('develops')(scoredClaimsOf('Zenco launched the Qorva killer Vexa.'))).toEqual(['Zenco -develops-> Vexa']);
  });

  it('"the Vexa rival to Qorva\'s phone" is still the maker\'s', () => {
    expect(only('develops')(scoredClaimsOf("Zenco launched the Vexa rival to Qorva's phone."))).toEqual(['Zenco -develops-> Vexa']);
  });
});
