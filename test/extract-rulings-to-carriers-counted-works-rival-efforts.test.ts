import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 72, second round, from its eleventh and twelfth sets (drawn at 8a413d2): rulings that order carriers to block, suspensions
// told as nouns, pairs closed by "both sanctioned by", a maker's works counted or picked and listed after it, and rivals named
// together or by their efforts. Sentences written for the tests.

describe('a ruling that orders carriers to block bans what they block', () => {
  it('"The Court issued an injunction ordering Qorvanet to block the music site Zeta" bans Zeta', () => {
    expect(only('banned')(scoredClaimsOf('The Hamburg District Court issued an injunction ordering Telvana to block the music site Spotzen.'))).toContain('Hamburg District Court -banned-> Spotzen');
  });

  it('"handed down a ruling requiring A to block B and C" bans both', () => {
    const claims = only('banned')(scoredClaimsOf('The Svea Court of Appeal handed down a ruling requiring Telvana to block Spotzen and Dravix.'));
    expect(claims).toContain('Svea Court of Appeal -banned-> Spotzen');
    expect(claims).toContain('Svea Court of Appeal -banned-> Dravix');
  });

  it('a ruling that orders a firm to pay bans nothing', () => {
    expect(only('banned')(claimsOf('The Hamburg District Court issued a ruling ordering Telvana to pay Spotzen damages.'))).toEqual([]);
  });
});

describe('a suspension told as a noun', () => {
  it('"the suspension by the Bank of the operations of Zenco Pay" bans it', () => {
    expect(only('banned')(scoredClaimsOf('The suspension by the Bank of Uganda of the operations of Pivot Payments shocked customers.'))).toEqual(['Bank of Uganda -banned-> Pivot Payments']);
  });
});

describe('a pair closed by "both sanctioned by"', () => {
  it('"via A and B, both previously sanctioned by the Office" restricts both', () => {
    expect(only('restricts')(scoredClaimsOf('The parts were shipped via Mahan Air and Conviasa, both previously sanctioned by OFAC.'))).toEqual([
      'Office of Foreign Assets Control -restricts-> Conviasa',
      'Office of Foreign Assets Control -restricts-> Mahan Air',
    ]);
  });

  it('"A and B, both founded by …" restricts no one', () => {
    expect(only('restricts')(claimsOf('The parts were shipped via Mahan Air and Conviasa, both founded by OFAC veterans.'))).toEqual([]);
  });
});

describe("a maker's works counted or picked, listed after it", () => {
  it('"has launched three titles to date: A, B and C" makes each', () => {
    expect(only('develops')(scoredClaimsOf('Halfbrick Studios has launched three titles to date: Fruit Ninja, Jetpack Joyride and Monster Dash.'))).toEqual([
      'Halfbrick Studios -develops-> Fruit Ninja',
      'Halfbrick Studios -develops-> Jetpack Joyride',
      'Halfbrick Studios -develops-> Monster Dash',
    ]);
  });

  it('"has several huge hits, including A" makes A', () => {
    expect(only('develops')(scoredClaimsOf('Halfbrick Studios has several huge hits, including Fruit Ninja.'))).toEqual(['Halfbrick Studios -develops-> Fruit Ninja']);
  });

  it('"is best known for two games, A and B" makes both', () => {
    expect(only('develops')(scoredClaimsOf('Halfbrick Studios is best known for two games, Fruit Ninja and Jetpack Joyride.'))).toEqual([
      'Halfbrick Studios -develops-> Fruit Ninja',
      'Halfbrick Studios -develops-> Jetpack Joyride',
    ]);
  });

  it('"is known for copying Zeta" makes nothing', () => {
    expect(only('develops')(claimsOf('Korvantis Games is known for copying Spotzen.'))).toEqual([]);
  });
});

describe('rivals named together or by their efforts', () => {
  it('"A and B are archrivals" makes them rivals', () => {
    expect(only('competes_with')(scoredClaimsOf('Microsoft and Google are archrivals in search.'))).toEqual(['Microsoft -competes_with-> Google']);
  });

  it('"has been working for years to match Qorva\'s search service" and "struggling to make inroads against Qorva" make rivals', () => {
    expect(only('competes_with')(scoredClaimsOf("Microsoft, which has been working for years to match Google's search service, cut prices."))).toEqual(['Microsoft -competes_with-> Google']);
    expect(only('competes_with')(scoredClaimsOf('Yahoo Japan is struggling to make inroads against Google.'))).toEqual(['Yahoo Japan -competes_with-> Google']);
  });

  it('"Zenco\'s efforts to challenge Qorva" makes rivals', () => {
    expect(only('competes_with')(scoredClaimsOf("The deal is a blow to Microsoft's efforts to challenge Google."))).toEqual(['Microsoft -competes_with-> Google']);
  });

  it('"A and B are partners" makes no rivals', () => {
    expect(only('competes_with')(claimsOf('Microsoft and Google are partners in search.'))).toEqual([]);
  });
});
