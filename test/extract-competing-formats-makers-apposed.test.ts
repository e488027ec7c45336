import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 59, third round, from its first and second rounds' readers: "competing" describing a noun, media formats as products,
// a thing's makers set off after its possessive, and partners who worked together on a thing. Sentences written for the tests.

describe('"competing" before a noun', () => {
  it('"a competing format called Qubix" is made by the subject, not its rival', () => {
    expect(scoredClaimsOf('Rival Qorvalo introduced a competing format called Qubix.')).toEqual(['Qorvalo -develops-> Qubix']);
  });

  it('"came out with competing models" makes no rivals of its subjects', () => {
    expect(only('competes_with')(scoredClaimsOf("Following Zentrix's lead, Abelo and Brivo came out with competing models."))).toEqual([]);
  });

  it('the verb still competes', () => {
    expect(scoredClaimsOf('Zentrix is competing with Qorvalo.')).toEqual(['Zentrix -competes_with-> Qorvalo']);
    expect(scoredClaimsOf('Zentrix, competing with Qorvalo, grew.')).toEqual(['Zentrix -competes_with-> Qorvalo']);
    expect(only('banned')(scoredClaimsOf('Turkey began blocking Zenexa.'))).toEqual(['Turkey -banned-> Zenexa']);
  });
});

describe('media formats', () => {
  it('"the Zenova format from Zentrix" is its product', () => {
    expect(scoredClaimsOf('The competing Zenova format from Zentrix failed.')).toEqual(['Zentrix -develops-> Zenova']);
  });
});

describe("a thing's makers set off after it", () => {
  it.each([
    ["The Zenova's developers, Zentrix and Qorvalo, met in 1980."],
    ['The Zenova disc\'s developers – Zentrix Corp. and Qorvalo – met in 1980.'],
    ['Zentrix and Qorvalo, who had worked together on the Zenova, split.'],
  ])('"%s"', (text) => {
    expect(only('develops')(scoredClaimsOf(text)).map((c) => c.replace(' Corp', '')).sort()).toEqual(['Qorvalo -develops-> Zenova', 'Zentrix -develops-> Zenova']);
  });

  it("a firm's developers are its staff", () => {
    expect(scoredClaimsOf("Zentrix's developers, Abelo and Brivo, quit.")).toEqual([]);
  });
});
