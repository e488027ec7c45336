import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 66, fourth round, from its third-round samples (drawn on c2dfe69): state bodies named after a list of fields, courts named
// with their district's state or through a judge, and a state's list of restricted parties with its members in a relative clause.
// Sentences written for the tests.

describe("state bodies' and courts' names", () => {
  it('"the State Administration of Radio, Film and Television" is one body, and it bans', () => {
    expect(scoredClaimsOf('The State Administration of Radio, Film and Television ordered Zapp to close.')).toEqual(
      ['State Administration of Radio, Film and Television -banned-> Zapp'],
    );
  });

  it('"the U.S. District Court for the Southern District of New York" is named whole', () => {
    expect(only('banned')(scoredClaimsOf('The U.S. District Court for the Southern District of New York ordered internet providers to block Zapp.'))).toEqual(
      ['U.S. District Court for the Southern District of New York -banned-> Zapp'],
    );
  });

  it('"Judge Jane Roe of the High Court ordered …": the judge is a person, the court bans', () => {
    const text = 'Judge Jane Roe of the High Court ordered BT to block Zapp.';
    expect(entitiesOf(text)).toContain('Jane Roe (person)');
    expect(only('banned')(scoredClaimsOf(text))).toEqual(['High Court -banned-> Zapp']);
  });
});

describe("a state's list and its members", () => {
  it('"the U.S. Entity List, which includes A, B and C" restricts each', () => {
    expect(only('restricts')(scoredClaimsOf('Docker barred companies on the U.S. Entity List, which includes Huawei, Hikvision and Dahua.'))).toEqual(
      ['United States -restricts-> Dahua', 'United States -restricts-> Hikvision', 'United States -restricts-> Huawei'],
    );
  });

  it('"China\'s unreliable entity list, which already names A and B" restricts both', () => {
    expect(only('restricts')(scoredClaimsOf("China's unreliable entity list, which already names Lockheed Martin and Zenco Corp., grew."))).toEqual(
      ['China -restricts-> Lockheed Martin', 'China -restricts-> Zenco Corp'],
    );
  });
});
