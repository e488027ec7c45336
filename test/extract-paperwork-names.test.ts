import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Fresh news samples (helper fp82): a capitalised name right before a word for a document, a filing, a granted status or an
// event ("SOAP notes", "a De Novo request", "a Breakthrough Device designation", "an IND application", "DFS contests"), or
// a name closed by such a word ("a White Paper"), only says which kind of paper or event it is: no product, firm or target.
// A status granted "for" a product is no sanctions designation. Sentences written for the tests.

const labels = (text: string): string[] => entitiesOf(text).map((e) => e.replace(/ \(.*\)$/, ''));

describe('paperwork named by a capitalised qualifier is no product', () => {
  it('notes and requests written or filed are not made', () => {
    expect(scoredClaimsOf('Zenco develops tools that generate SOAP notes.')).toEqual([]);
    expect(scoredClaimsOf('Zenco makes an AI scribe that writes SOAP notes for clinicians.')).toEqual([]);
    expect(labels('Qorva Labs built an assistant that drafts HPI notes and filed a De Novo request.')).not.toContain('HPI');
  });

  it('a White Paper, an Annual Report released are no products', () => {
    expect(only('develops')(scoredClaimsOf('Zenco released a White Paper on Zeta safety.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Qorva Labs published its Annual Report on Monday.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Vexa Health released a Clinical Validation Report for its scanner.'))).toEqual([]);
  });

  it('a filing named by a kind is no maker of what the sentence launches', () => {
    expect(only('develops')(scoredClaimsOf('Qorva Labs filed a De Novo request and launched Vexa Pen.'))).toEqual(['Qorva Labs -develops-> Vexa Pen']);
    expect(only('develops')(scoredClaimsOf('Zenco submitted a Premarket Approval submission and then released Zeta Sense.'))).toEqual(['Zenco -develops-> Zeta Sense']);
  });

  it('an application after a name in capitals alone is a filing', () => {
    expect(only('develops')(scoredClaimsOf('Zenco launched an IND application for its Zeta drug.'))).not.toContain('Zenco -develops-> IND');
    expect(only('develops')(scoredClaimsOf('Qorva Labs submitted a BLA application and launched Vexa Pen.'))).toEqual(['Qorva Labs -develops-> Vexa Pen']);
  });

  it('a status granted for a product restricts nothing', () => {
    expect(only('restricts')(scoredClaimsOf('Qorva won an FDA Breakthrough Device designation for Vexa Patch.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('Zenco received Orphan Drug designation for ZX-12 from the agency.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('The regulator granted a Fast Track designation to Zeta Sense.'))).toEqual([]);
  });

  it('an activity named by an acronym before "contests" is not banned', () => {
    expect(only('banned')(scoredClaimsOf('Zenco banned staff from entering DFS contests.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Qorva Bet barred employees from joining PGA contests.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('The league banned players from entering ZFL contests on Vexa Sports.'))).not.toContain('league -banned-> ZFL');
  });
});

describe('guards: a product whose name ends in such a word, or stands before another noun, stays', () => {
  it('a notes app, an app called an application', () => {
    expect(only('develops')(scoredClaimsOf('Zenco develops Vexa Notes, a clinical documentation tool.'))).toEqual(['Zenco -develops-> Vexa Notes']);
    expect(only('develops')(scoredClaimsOf("Zenco's Zeta Scribe drafts SOAP notes and referral letters."))).toEqual(['Zenco -develops-> Zeta Scribe']);
    expect(only('develops')(scoredClaimsOf('Qorva Labs launched the Vexa application for doctors.'))).toEqual(['Qorva Labs -develops-> Vexa']);
  });

  it('a sanctions designation of a firm stays', () => {
    expect(only('restricts')(scoredClaimsOf("The Treasury announced the designation of Zenco Trading."))).toEqual(['Treasury -restricts-> Zenco Trading']);
  });

  it('a ban on a named product stays', () => {
    expect(only('banned')(scoredClaimsOf('Ruritania banned Zapp and Vexa Chat.'))).toEqual(['Ruritania -banned-> Vexa Chat', 'Ruritania -banned-> Zapp']);
  });
});
