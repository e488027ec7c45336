import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rlm94 (stop 94), from real news on e-commerce marketplaces and their apps: a marketplace's own ventures and brands told by
// constructions the launch verbs do not reach, rivals set after "and also", and a maker's participle that tells of a place's noun
// phrase rather than the subject further left. Sentences written for the tests.

const makes = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('a venture in an apposition after its possessor', () => {
  it('the venture named is the possessor\'s own', () => {
    expect(makes('Zenco\'s newest venture, Zapp, is a low-cost shopping platform.')).toContain('Zenco -develops-> Zapp');
    expect(makes('Amazon\'s latest storefront, Zapp, sells goods under $20.')).toContain('Amazon -develops-> Zapp');
  });

  it('near misses: a joint venture, a rival, a partner, no venture noun', () => {
    expect(makes('Zenco\'s joint venture, Zapp, is a low-cost shopping platform.')).not.toContain('Zenco -develops-> Zapp');
    expect(makes('Zenco\'s newest rival, Zapp, is a low-cost shopping platform.')).not.toContain('Zenco -develops-> Zapp');
    expect(makes('Zenco\'s newest partner, Zapp, is a low-cost shopping platform.')).not.toContain('Zenco -develops-> Zapp');
    expect(makes('Zenco\'s biggest worry, Zapp, is a low-cost shopping platform.')).not.toContain('Zenco -develops-> Zapp');
  });
});

describe('goods sold under a brand called X', () => {
  it('the brand is the seller\'s own', () => {
    expect(makes('Amazon entered the private label business by offering a handful of items under a new brand called Zapp.')).toContain('Amazon -develops-> Zapp');
    expect(makes('Zenco sells cheap cables under a brand called Zapp.')).toContain('Zenco -develops-> Zapp');
  });

  it('near misses: a licensed brand, another\'s sales, a brand bought, a brand without a name after "called"', () => {
    expect(makes('Zenco sells cables under a brand licensed from Qorva.')).not.toContain('Zenco -develops-> Qorva');
    expect(makes('Qorva sued Zenco for selling cables under a brand called Zapp.')).not.toContain('Qorva -develops-> Zapp');
    expect(makes('Zenco bought a brand called Zapp from Qorva.')).not.toContain('Zenco -develops-> Zapp');
    expect(makes('Zenco sells cables under Qorva\'s brand called Zapp.')).not.toContain('Zenco -develops-> Zapp');
  });
});

describe('a thing kicked off with its kind set off after it', () => {
  it('the firm launches the marketplace, app or store', () => {
    expect(makes('Amazon has kicked off Zapp, a new budget marketplace.')).toContain('Amazon -develops-> Zapp');
    expect(makes('Zenco kicked off Zapp, its shopping app for teens, in May.')).toContain('Zenco -develops-> Zapp');
  });

  it('near misses: an event, a firm kicked off a platform, no kind, a state', () => {
    expect(makes('Zenco kicked off Zapp Days, its annual summer sale.')).not.toContain('Zenco -develops-> Zapp Days');
    expect(makes('Zenco was kicked off Zapp, a shopping app.')).not.toContain('Zenco -develops-> Zapp');
    expect(makes('Amazon kicked off Zapp, which runs until Friday.')).not.toContain('Amazon -develops-> Zapp');
    expect(makes('Vietnam kicked off Zapp, a gambling app.')).not.toContain('Vietnam -develops-> Zapp');
  });
});

describe('a launch of "its" thing before the owner\'s clause', () => {
  it('the main clause\'s subject owns it', () => {
    expect(makes('Since the launch of its Zapp brand in 2009, Amazon has been growing its private label business.')).toContain('Amazon -develops-> Zapp');
    expect(makes('After the debut of its Zapp app, Zenco grew quickly in Ruritania.')).toContain('Zenco -develops-> Zapp');
  });

  it('near misses: another\'s launch, a report, a launch of no "its"', () => {
    expect(makes('Since the launch of Qorva\'s Zapp brand in 2009, Amazon has been growing its private label business.')).not.toContain('Amazon -develops-> Zapp');
    expect(makes('Since the launch of its Zapp brand, analysts said Amazon has grown.')).not.toContain('Amazon -develops-> Zapp');
    expect(makes('Since the launch of the Zapp brand in 2009, Amazon has been growing its private label business.')).not.toContain('Amazon -develops-> Zapp');
  });
});

describe('rivals set after "and also"', () => {
  it('each listed rival competes with the firm before', () => {
    expect(rivals('Prosecutors opened investigations against Zenco, and also rival online retailers Qorva, Vexa and Kappa.').sort()).toEqual(
      ['Zenco -competes_with-> Kappa', 'Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
  });

  it('near misses: a partner, the rival\'s own thing, no rival noun', () => {
    expect(rivals('Prosecutors opened investigations against Zenco, and also partner retailers Qorva and Vexa.')).toEqual([]);
    expect(rivals('Prosecutors opened investigations against Zenco, and also rival Qorva\'s app.')).toEqual([]);
    expect(rivals('Prosecutors opened investigations against Zenco, and also online retailers Qorva and Vexa.')).toEqual([]);
  });
});

describe('a maker\'s participle after a place\'s noun phrase', () => {
  it('near misses: the place is owned, not the subject', () => {
    expect(makes('Zapp was blocked from the app marketplace owned by Qorva and Vexa.')).toEqual([]);
    expect(makes('Zapp is sold on the online platform run by Qorva.')).toEqual([]);
    expect(makes('Temu was also blocked from the app marketplace owned by Qorva and Vexa upon the directives of regulators in Ruritania.')).toEqual([]);
  });

  it('the subject described or counted is still made', () => {
    expect(makes('Zapp is one of the apps made by Qorva.')).toEqual(['Qorva -develops-> Zapp']);
    expect(makes('Zapp, a shopping app owned by Qorva, was blocked in Ruritania.')).toEqual(['Qorva -develops-> Zapp']);
    expect(makes('Zapp is the shopping app owned by Qorva.')).toEqual(['Qorva -develops-> Zapp']);
  });
});

describe('things named after a rivalry\'s "with"', () => {
  it('near misses: the rivals\' platforms are not the subject\'s own', () => {
    expect(makes('This move positions Zenco to compete directly with rapidly growing platforms like Qorva and Vexa.')).toEqual([]);
    expect(makes('Zenco competes with platforms like Qorva.')).toEqual([]);
    expect(makes('Zenco wants to take on fast-growing apps such as Qorva.')).toEqual([]);
  });

  it('the rivalry itself is kept', () => {
    expect(rivals('This move positions Zenco to compete directly with rapidly growing platforms like Qorva and Vexa.').sort()).toEqual(
      ['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
  });
});
