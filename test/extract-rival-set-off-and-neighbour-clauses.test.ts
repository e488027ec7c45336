import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cmp95 (stop 95), from real rivalry news in consumer markets (streaming, supermarkets, airlines, sportswear): a rival named
// after a comma far from its owner, a kind of firm between "rival" and the name, a rival in the clause beside the firm's, and a
// describing word opening a sentence before a kind's examples. Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));
const makers = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a rival set off by commas after "its" or a preposition', () => {
  it('the one firm set off is the rival of the clause\'s subject', () => {
    expect(rivals('Zenco hopes to keep its customers from straying to its arch-rival, Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco hopes to stop shoppers straying to arch-rival, Qorva, this year.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco hopes to keep travellers from defecting to its closest competitor, Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('a list set off after a plural rival noun that "its" opens', () => {
    expect(rivals('Zenco\'s price rise is also a delight for its competitors, Qorva and Vexa, whose plans now look cheap.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(rivals('Zenco hopes to win shoppers from its rivals, Qorva and Vexa.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
  });

  it('near misses: a past rival, a list after a singular noun, another\'s thing, no rival noun', () => {
    expect(rivals('Zenco hopes to win back shoppers who switched to its former rival, Qorva.')).toEqual([]);
    expect(rivals('Zenco sold a unit to a former rival, Qorva, in May.')).toEqual([]);
    expect(rivals('Zenco signed a deal with its rival, Qorva Bank\'s parent, on Monday.')).toEqual([]);
    expect(rivals('Zenco hopes to keep its customers from straying to its partner, Qorva.')).toEqual([]);
    expect(rivals('Zenco hopes to win shoppers from its former rivals, Qorva and Vexa.')).toEqual([]);
    expect(rivals('Zenco sold its stake to its investors, Qorva and Vexa.')).toEqual([]);
  });
});

describe('a kind of firm between "rival" and the name', () => {
  it('a discounter, a grocer or a streamer named after "rival"', () => {
    expect(rivals('Zenco has lost its title as the cheapest grocer, with rival discounter Qorva now taking the top spot.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco cut prices again, with rival grocer Qorva expected to follow.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco raised its prices after rival streamer Qorva did so.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('near misses: a past rival, a partner of that kind, a ruling on the kind', () => {
    expect(rivals('Zenco bought former rival discounter Qorva in May.')).toEqual([]);
    expect(rivals('Zenco cut prices again, with partner grocer Qorva expected to follow.')).toEqual([]);
    expect(rivals('Zenco sells its phones through discounter Qorva.')).toEqual([]);
  });
});

describe('a former rival', () => {
  it('a rival noun after "former" or "one-time" tells no rivalry now', () => {
    expect(rivals('Zenco bought former rival Qorva in May.')).toEqual([]);
    expect(rivals('Zenco bought former rival discounter Qorva in May.')).toEqual([]);
    expect(rivals('Zenco merged with its one-time competitor Qorva last year.')).toEqual([]);
  });

  it('a current rival beside a past one keeps its rivalry', () => {
    expect(rivals('Zenco, which bought former rival Vexa, now fights rival Qorva.')).toContain('Zenco -competes_with-> Qorva');
    expect(rivals('Zenco raced past rival Qorva to become the second biggest grocer.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(only('competes_with')(scoredClaimsOf('Qorva could then rival Zenco in phones.'))).toEqual([]);
  });
});

describe('a rival in the clause beside the firm\'s', () => {
  it('an opening clause about the firm, then "rival NAME" opening the main clause', () => {
    expect(rivals('As Zenco reaches new heights, rival Qorva is determined to challenge its supremacy.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('While Zenco struggled last year, its closest rival Qorva grew sales by 9%.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('a fronted "with rival NAME" clause, then the firm as the main clause\'s subject', () => {
    expect(rivals('With rival Qorva cutting fares on every route, Zenco faces a hard summer.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('near misses: another\'s clause, a report, a past rival, a tie, a list, no firm', () => {
    expect(rivals('As Zenco\'s partner Vexa grows, rival Qorva is cutting prices.')).not.toContain('Zenco -competes_with-> Qorva');
    expect(rivals('As Zenco said on Monday, rival Qorva is cutting prices.')).toEqual([]);
    expect(rivals('As Zenco grows, former rival Qorva is cutting prices.')).toEqual([]);
    expect(rivals('With rival Qorva as a partner, Zenco built the new terminal.')).toEqual([]);
    expect(rivals('With rival Qorva\'s backing, Zenco won the contract.')).toEqual([]);
    expect(rivals('With rival Qorva cutting fares, analysts expect a hard summer.')).toEqual([]);
    expect(rivals('As prices rise, rival Qorva is cutting fares.')).toEqual([]);
  });
});

describe('a describing word opening a sentence before a kind\'s examples', () => {
  it('the word is no firm: the brands it describes keep their rivalry', () => {
    expect(rivals('Upstart brands such as Zenco and Vexa are presenting stiff competition to Qorva.')).toEqual(['Vexa -competes_with-> Qorva', 'Zenco -competes_with-> Qorva']);
    expect(makers('Luxury brands like Zenco and Vexa compete with Qorva.')).toEqual([]);
    expect(makers('Upstart footwear brands like Zenco and Vexa are gaining traction.')).toEqual([]);
  });

  it('near misses: a coined maker\'s brands keep their maker', () => {
    expect(makers('Zentrix brands such as Vexa and Plim are sold worldwide.')).toEqual(['Zentrix -develops-> Plim', 'Zentrix -develops-> Vexa']);
  });
});
