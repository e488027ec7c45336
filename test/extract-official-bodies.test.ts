import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf } from './extract-helpers';

// Official bodies by their grammar, kept whole (issue 17 §3), on sentences written for this test.

const bodies = (text: string): string[] => entitiesOf(text).filter((e) => e.endsWith('(government)'));

describe('committees, ministries and courts keep their whole name', () => {
  it.each([
    ['The House Permanent Select Committee on Oversight questioned Zenco.', 'House Permanent Select Committee on Oversight (government)'],
    ['The Senate Subcommittee on Consumer Protection, Technology and Data Privacy questioned Zenco.', 'Senate Subcommittee on Consumer Protection, Technology and Data Privacy (government)'],
    ["Ruritania's Ministry of Transport, Communications and High Technologies wrote to Zenco.", 'Ministry of Transport, Communications and High Technologies (government)'],
    ['The U.S. Court of Appeals for the Ninth Circuit heard Zenco.', 'U.S. Court of Appeals for the Ninth Circuit (government)'],
    ['The Nepal Telecommunications Authority wrote to Zenco.', 'Nepal Telecommunications Authority (government)'],
  ])('"%s"', (text, body) => {
    expect(bodies(text)).toContain(body);
  });

  it('does not take a day or a month after a body for its field', () => {
    expect(bodies('The Ruritanian Data Commission on Monday fined Zenco.')).toEqual(['Ruritanian Data Commission (government)']);
    expect(bodies('The Ruritanian Data Commission on May 5 fined Zenco.')).toEqual(['Ruritanian Data Commission (government)']);
  });

  it('runs a body\'s long name on after "in" only up to its short form in brackets, which names it later', () => {
    const text = 'The Inspectorate for Control in the Sphere of Information and Telecoms (Ruritelkom) blocked Zenchat. Ruritelkom later blocked Zenmail.';
    expect(bodies(text)).toEqual(['Inspectorate for Control in the Sphere of Information and Telecoms (government)']);
    expect(claimsOf(text)).toEqual([
      'Inspectorate for Control in the Sphere of Information and Telecoms -banned-> Zenchat',
      'Inspectorate for Control in the Sphere of Information and Telecoms -banned-> Zenmail',
    ]);
    // Without a short form closing it, "in" ends the name: a place follows.
    expect(bodies('The Ministry of Trade in Ruritania fined Zenco.')).not.toContain('Ministry of Trade in Ruritania (government)');
  });

  it('folds a long name into the lexicon\'s entry its bracketed short form names', () => {
    const text = 'The Federal Service for Supervision of Communications (Roskomnadzor) blocked Zenchat.';
    expect(claimsOf(text)).toContain('Roskomnadzor -banned-> Zenchat');
    expect(bodies(text)).toContain('Roskomnadzor (government)');
    expect(bodies(text)).not.toContain('Federal Service for Supervision of Communications (government)');
  });

  it('does not take a list of companies after a ministry for its fields', () => {
    expect(bodies('The Ministry of Finance, Zenco and Acme declined to comment.')).toEqual(['Ministry of Finance (government)']);
  });
});

describe("a state before a body names the state's body", () => {
  it.each([
    ['The Nepali Ministry of Digital Affairs banned TikTok.', 'Nepal'],
    ['The Sri Lankan Ministry of Digital Affairs banned TikTok.', 'Sri Lanka'],
    ["Azerbaijan's Ministry of Digital Development banned TikTok.", 'Azerbaijan'],
    ['The U.S. Court of Appeals for the Ninth Circuit banned TikTok.', 'United States'],
  ])('"%s" → part of %s', (text, state) => {
    const claims = claimsOf(text);
    expect(claims.filter((c) => c.endsWith(`-part_of-> ${state}`))).toHaveLength(1);
    // The body acts, not the state.
    expect(claims.filter((c) => c.startsWith(`${state} -banned->`))).toEqual([]);
  });

  it('leaves a demonym out of the name', () => {
    expect(bodies('The Nepali Ministry of Finance banned TikTok.')).toEqual(['Ministry of Finance (government)', 'Nepal (government)']);
  });

  it("keeps two states' bodies of one name apart", () => {
    const found = bodies("Japan's Ministry of Finance and Nepal's Ministry of Finance met in Geneva.");
    expect(found.filter((b) => b.startsWith('Ministry of Finance'))).toHaveLength(2);
  });
});
