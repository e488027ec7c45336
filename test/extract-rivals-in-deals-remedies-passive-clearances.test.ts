import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 67, fifth round, from its second controls sample and probes of its families: a rival inside a deal's noun, remedies a firm
// gives to settle a body's concerns or win its approval, deals cleared on conditions in the passive, and what a firm must do under a
// body's order. Sentences written for the tests.

describe('a rival inside a deal', () => {
  it('"Microsoft\'s takeover of rival game maker Activision", "completed the takeover of rival game maker Activision"', () => {
    expect(only('competes_with')(scoredClaimsOf("Microsoft's takeover of rival game maker Activision drew scrutiny."))).toEqual(['Microsoft -competes_with-> Activision']);
    expect(only('competes_with')(scoredClaimsOf('Microsoft completed the takeover of rival game maker Activision.'))).toEqual(['Microsoft -competes_with-> Activision']);
  });

  it('"the takeover of Activision by its rival Microsoft"', () => {
    expect(only('competes_with')(scoredClaimsOf('The FTC challenged the takeover of Activision by its rival Microsoft.'))).toEqual(['Microsoft -competes_with-> Activision']);
  });

  it('a takeover with no rival named competes with nothing', () => {
    expect(only('competes_with')(scoredClaimsOf('The takeover of Activision by Microsoft drew scrutiny.'))).toEqual([]);
  });
});

describe('remedies and conditions', () => {
  it('"agreed to sell … to settle the CMA\'s concerns", "… to win approval from the European Commission" restrict the firm', () => {
    expect(only('restricts')(scoredClaimsOf("Microsoft agreed to sell its cloud rights to Ubisoft to settle the CMA's concerns."))).toEqual(['Competition and Markets Authority -restricts-> Microsoft']);
    expect(only('restricts')(scoredClaimsOf('Microsoft agreed to license its games to rivals to win approval from the European Commission.'))).toEqual(['European Commission -restricts-> Microsoft']);
  });

  it('a firm agreeing to a partner\'s terms restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf("Microsoft agreed to license its games to settle Sony's concerns."))).toEqual([]);
  });

  it('"… was cleared by the European Commission on condition that …", "the merger of A and B was approved … subject to conditions"', () => {
    expect(only('restricts')(scoredClaimsOf("Microsoft's takeover of Activision was cleared by the European Commission on condition that Microsoft licenses its games."))).toEqual(
      ['European Commission -restricts-> Microsoft'],
    );
    expect(only('restricts')(scoredClaimsOf('The merger of Zenco and Qorva was approved by the European Commission subject to conditions.'))).toEqual(
      ['European Commission -restricts-> Qorva', 'European Commission -restricts-> Zenco'],
    );
  });

  it('"cleared the deal after Microsoft offered remedies" restricts Microsoft', () => {
    expect(only('restricts')(scoredClaimsOf('The European Commission cleared the deal after Microsoft offered remedies.'))).toEqual(['European Commission -restricts-> Microsoft']);
  });

  it('"Under the FTC\'s consent decree, Microsoft must …": "Under" opening the sentence is no name', () => {
    expect(only('restricts')(scoredClaimsOf("Under the FTC's consent decree, Microsoft must keep its games on rival consoles."))).toEqual(['Federal Trade Commission -restricts-> Microsoft']);
  });
});
