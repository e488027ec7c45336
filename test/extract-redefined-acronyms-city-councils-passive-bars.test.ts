import { describe, expect, it } from 'vitest';
import { entitiesOf, extract, only, scoredClaimsOf } from './extract-helpers';

// Stop 68, second round, from stop 67's notes on its samples: acronyms an article defines against the lexicon, city councils,
// and orders keeping a firm from one activity told in the passive. Sentences written for the tests.

describe('an acronym the article defines for a name of its own', () => {
  it('"Taiwan\'s Fair Trade Commission (FTC)" makes a later "FTC" Taiwan\'s body, not the US agency', () => {
    const record = extract("Taiwan's Fair Trade Commission (FTC) fined Qualcomm. The FTC also ordered Qualcomm to delete the data.");
    expect(record.entities.map((e) => e.key)).not.toContain('us-ftc');
    expect(only('restricts')(scoredClaimsOf("Taiwan's Fair Trade Commission (FTC) fined Qualcomm. The FTC also ordered Qualcomm to delete the data."))).toEqual([
      'Fair Trade Commission -restricts-> Qualcomm',
    ]);
  });

  it('"Kenya\'s Capital Markets Authority (CMA)" is not Britain\'s CMA', () => {
    const text = "Kenya's Capital Markets Authority (CMA) warned investors. The CMA barred Zenpay from adding customers.";
    expect(entitiesOf(text)).not.toContain('Competition and Markets Authority (government)');
    expect(only('restricts')(scoredClaimsOf(text))).toEqual(['Capital Markets Authority -restricts-> Zenpay']);
  });

  it('the lexicon\'s own expansion, or an acronym that is not the name\'s initials, changes nothing', () => {
    expect(only('restricts')(scoredClaimsOf('The Federal Trade Commission (FTC) sued Meta. The FTC ordered Meta to delete the data.'))).toEqual([
      'Federal Trade Commission -restricts-> Meta',
    ]);
    expect(only('restricts')(scoredClaimsOf("Taiwan's Fair Trade Commission (TFTC) fined Qualcomm. The FTC ordered Meta to delete the data."))).toEqual([
      'Federal Trade Commission -restricts-> Meta',
    ]);
  });
});

describe('a city council named with capitals', () => {
  it('"the Seattle City Council banned …" is the city\'s government, one node per city', () => {
    expect(only('banned')(scoredClaimsOf('The Seattle City Council banned software from Clearview AI.'))).toEqual(['Seattle -banned-> Clearview AI']);
    expect(entitiesOf('The Seattle City Council banned software from Clearview AI.')).toEqual(['Clearview AI (company)', 'Seattle (government)']);
  });

  it('a city acting keeps the government type though the lexicon knows it as a place', () => {
    expect(entitiesOf('The city of Austin banned Uber.')).toContain('Austin (government)');
  });
});

describe('a firm kept from one activity, in the passive', () => {
  it('"Paytm was barred by the RBI from onboarding new customers" restricts Paytm, as the active does', () => {
    const claims = scoredClaimsOf('Paytm was barred by the Reserve Bank of India from onboarding new customers.');
    expect(only('banned')(claims)).toEqual([]);
    expect(only('restricts')(claims)).toEqual(['Reserve Bank of India -restricts-> Paytm']);
  });

  it('a passive ban without such an activity stays a ban', () => {
    expect(only('banned')(scoredClaimsOf('Paytm was barred by the Reserve Bank of India from operating in the country.'))).toEqual(['Reserve Bank of India -banned-> Paytm']);
  });
});
