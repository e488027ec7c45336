import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Review rr92b of stop 91's second round (brands owned, names cut, round 1's review fixes and older false edges): ordinary
// phrasings the round's new rules read wrongly, each with the near miss the rule was written for. Sentences written for the tests.

describe('a firm\'s spokesperson speaking of a party, a group or a state keeps the firm', () => {
  it('"the company" as the reported subject, a state or a party later in the sentence', () => {
    expect(scoredClaimsOf('A Zenco spokesman said the company will launch the Vexa phone in the country next month.')).toContain('Zenco -develops-> Vexa');
    expect(scoredClaimsOf('A Zenco spokeswoman said the company had complied with the government\'s order and still makes the Vexa drink.')).toContain('Zenco -develops-> Vexa');
    expect(scoredClaimsOf('A Qorva spokesman said the company competes with Zenco in the country.')).toContain('Qorva -competes_with-> Zenco');
    expect(entitiesOf('A Zenco spokesman said the company would sue the party that leaked the Vexa phone.')).toContain('Zenco (company)');
  });

  it('near miss: a movement or a group as the reported subject is still no firm', () => {
    expect(claimsOf('A Korvath spokesman said the movement would ban the Zeta app.', 'proposed')).toEqual([]);
    expect(entitiesOf('A Korvath spokesman said that the group would ban the Zeta app.')).not.toContain('Korvath (company)');
  });
});

describe('brands a firm works with are its clients, not its own', () => {
  it('a verb of working with, or an agency or a platform described', () => {
    expect(only('develops')(claimsOf('Zenco, a startup that works with brands like Vexa and Plix, raised $10 million.'))).toEqual([]);
    expect(only('develops')(claimsOf('Zenco, a marketing firm that partners with brands like Vexa and Plix, was acquired by Qorva.'))).toEqual([]);
    expect(only('develops')(claimsOf('Zenco is a consultancy that helps companies with brands such as Vexa and Plix.'))).toEqual([]);
  });

  it('near miss: a maker described, with its brands, still owns them', () => {
    expect(only('develops')(scoredClaimsOf('Zenco, a leading snack maker, with brands like Vexa and Plix, grew.'))).toEqual(['Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
    expect(only('develops')(scoredClaimsOf('Zenco, a company with brands like Vexa and Plix, grew.'))).toEqual(['Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
  });
});

describe('firms that fall under a parent are no brands of it', () => {
  it('retailers or subsidiaries listed before "which fall under parent company"', () => {
    expect(only('develops')(claimsOf('Retailers like Vexa and Plix, which fall under parent company Zenco, grew.'))).toEqual([]);
    expect(only('develops')(claimsOf('Subsidiaries such as Vexa, which falls under parent company Zenco, grew.'))).toEqual([]);
  });

  it('near miss: names with no kind before them, or brands, still fall under their owner', () => {
    expect(only('develops')(scoredClaimsOf('Vexa and Plix, both of which fall under parent company Zenco, sold well.'))).toEqual(['Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
    expect(only('develops')(scoredClaimsOf('Brands such as Vexa and Plix, both of which fall under parent company Zenco, sold well.'))).toEqual(['Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
  });
});

describe('a brand that belongs to another\'s firm is not the possessor\'s', () => {
  it('"belongs to Zenco\'s rival Qorva"', () => {
    expect(only('develops')(claimsOf('Vexa is a brand that belongs to Zenco\'s rival Qorva.'))).not.toContain('Zenco -develops-> Vexa');
  });

  it('near miss: "belongs to Zenco"', () => {
    expect(scoredClaimsOf('Vexa is a brand that belongs to Zenco.')).toContain('Zenco -develops-> Vexa');
  });
});

describe('variants of a brand a shop has in its stores are not its own', () => {
  it('"has seven variants of the Vexa brand in its stores"', () => {
    expect(only('develops')(claimsOf('Zenco has seven variants of the Vexa brand in its stores.'))).toEqual([]);
    expect(only('develops')(claimsOf('Zenco has five flavours of the Vexa brand on its shelves.'))).toEqual([]);
  });

  it('near miss: variants it has, with nothing after', () => {
    expect(scoredClaimsOf('Zenco has seven variants of the Vexa brand.')).toContain('Zenco -develops-> Vexa');
  });
});

describe('a first name owning a thing is a person, not a brand owned', () => {
  it('"owned Maria\'s old bakery" names no brand Maria', () => {
    expect(only('develops')(claimsOf('Zenco owned Maria\'s old bakery.'))).toEqual([]);
    expect(only('develops')(claimsOf('Zenco, which owns Stella and Maria\'s bakery, grew.'))).not.toContain('Zenco -develops-> Maria');
  });

  it('near miss: a first name owned bare, or before a brand noun, is still a brand', () => {
    expect(only('develops')(scoredClaimsOf('Zenco, which owns the Stella and Kappa brands, grew.'))).toContain('Zenco -develops-> Stella');
    expect(only('develops')(scoredClaimsOf('Qorva owns Stella, the brand famous for its jeans.'))).toContain('Qorva -develops-> Stella');
  });
});
