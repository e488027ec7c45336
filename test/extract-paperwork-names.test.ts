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

// Review 82b: a kind word read as a verb ("Zenco notes that …", "Qorva contests the ban") leaves the name before it a name, and a
// name ending in "Request" or "Report" that an apposition calls a firm is a firm. A sanctions designation "for" or "to" its
// targets stays one; only a status name before the word or a status granted makes it a product's.
describe('guards: a kind word used as a verb, a firm named like paperwork', () => {
  it('"notes" and "contests" followed by their object are verbs', () => {
    expect(only('competes_with')(scoredClaimsOf('Vexa Labs notes its rival Qorva Labs has more users.'))).toEqual(['Vexa Labs -competes_with-> Qorva Labs']);
    expect(only('competes_with')(scoredClaimsOf('Zenco notes its rival Qorva Labs has more users.'))).toEqual(['Zenco -competes_with-> Qorva Labs']);
    expect(only('competes_with')(scoredClaimsOf('Zenco contests the claims of its rival Qorva Labs.'))).toEqual(['Zenco -competes_with-> Qorva Labs']);
    expect(only('develops')(scoredClaimsOf('Zenco develops tools that generate SOAP notes.'))).toEqual([]);
  });

  it('an outlet whose name ends in "Report" stays a name: only a word saying which kind of report makes one a title', () => {
    expect(only('banned')(scoredClaimsOf('Ruritania has blocked the news website Zembla Report.'))).toEqual(['Ruritania -banned-> Zembla Report']);
    expect(only('develops')(scoredClaimsOf('Qorva Labs published its Transparency Report on Monday.'))).toEqual([]);
  });

  it('a firm whose name ends in "Request" or "Report" keeps its products', () => {
    expect(only('develops')(scoredClaimsOf('Vexa Request, a ticketing startup, develops the Vexr app.'))).toEqual(['Vexa Request -develops-> Vexr']);
    expect(only('develops')(scoredClaimsOf('Qorva Request, an events company, launched Qorvlens.'))).toEqual(['Qorva Request -develops-> Qorvlens']);
  });

  it('a sanctions designation for or to its targets restricts them', () => {
    expect(only('restricts')(scoredClaimsOf('The Treasury announced designations for nine entities, including Zenco and Qorva Labs.'))).toEqual(['Treasury -restricts-> Qorva Labs', 'Treasury -restricts-> Zenco']);
    expect(only('restricts')(scoredClaimsOf('The State Department announced terrorist designations for Zenco and Vexa Labs.'))).toEqual(['State Department -restricts-> Vexa Labs', 'State Department -restricts-> Zenco']);
    expect(only('restricts')(scoredClaimsOf("The Treasury's designations for Qorva Labs were published on Friday."))).toEqual(['Treasury -restricts-> Qorva Labs']);
    expect(only('restricts')(scoredClaimsOf('The State Department added a terrorism designation to Vexa Labs.'))).toEqual(['State Department -restricts-> Vexa Labs']);
  });

  it('a status granted or a health body\'s designation stays no sanction', () => {
    expect(only('restricts')(scoredClaimsOf("The FDA's designation for Zeta Patch came in May."))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('Zenco was granted a designation for Zeta Patch by the agency.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('Qorva won Priority Review designation for ZX-9.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('OFAC added designations to the SDN List for Zenco Trading.'))).not.toContain('OFAC -restricts-> SDN List for Zenco Trading');
  });
});
