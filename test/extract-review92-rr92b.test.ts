import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only } from './extract-helpers';

// Re-read rr92b of stop 92's first round (rivalry told as a challenge or a bidding war, state acts taken back, names cut at a
// number): the faults a critic's near misses showed, each with the phrasing the rule still reads. Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(claimsOf(text)).sort();
const banned = (text: string): string[] => only('banned')(claimsOf(text)).sort();

describe('a measure taken back: only when the taking back is the measure\'s own', () => {
  it('a later clause of the ban\'s effects or another measure\'s lifting leaves the ban standing', () => {
    expect(banned("Canada's ban on Zenco phones means their apps have been removed from stores.")).toEqual(['Canada -banned-> Zenco']);
    expect(banned("Canada's ban on Zenco's app means it was removed from stores.")).toEqual(['Canada -banned-> Zenco']);
    expect(banned("Canada's ban on Zenco remains even though curbs on Qorva were lifted last year.")).toEqual(['Canada -banned-> Zenco']);
  });

  it('the measure\'s own taking back still negates it', () => {
    expect(banned("Canada's ban on Zenco phones was lifted in March.")).toEqual([]);
    expect(banned("Canada's ban on Zenco was quietly lifted.")).toEqual([]);
    expect(banned("Canada's bans on Zenco and Qorva have been lifted.")).toEqual([]);
  });
});

describe('challenging rivals such as …: not firms taken on in another role', () => {
  it('firms taken on as investors, shareholders or lenders are no rivals', () => {
    expect(rivals('Zenco is taking on leaders such as Qorva and Vexa as shareholders.')).toEqual([]);
    expect(rivals('Zenco took on players such as Qorva as investors last year.')).toEqual([]);
    expect(rivals('Zenco took on giants such as Qorva as anchor tenants.')).toEqual([]);
  });

  it('the challenge itself is still read', () => {
    expect(rivals('Zenco is challenging heavyweights such as Qorva and Vexa in the payments market.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(rivals('Zenco is taking on giants such as Qorva as it expands.')).toEqual(['Zenco -competes_with-> Qorva']);
  });
});

describe('a bidding war "with" a firm: not the bidder\'s co-investor or funder', () => {
  it('a co-investor or a funder after "with" is no rival', () => {
    expect(rivals('Zenco won a bidding war with Qorva Inc as co-investor for Vexa Ltd.')).toEqual([]);
    expect(rivals('Zenco Inc won the bidding war with Qorva Capital funding for Vexa Ltd.')).toEqual([]);
    expect(rivals('Zenco Inc won the bidding war with Qorva Bank financing.')).toEqual([]);
  });

  it('the other bidder is still a rival', () => {
    expect(rivals('Zenco Inc won a bidding war with Qorva Inc last year.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
  });
});

describe('names cut at a number: a count of places or a part held is no name', () => {
  it('"Pay in N" before a described count of places stays "Pay"', () => {
    expect(entitiesOf('Zenco launched Zenco Pay in 5 European countries last year.')).not.toContain('Zenco Pay in 5 (product)');
    expect(entitiesOf('Zenco rolled out Zenco Pay in 3 US states on Monday.')).not.toContain('Zenco Pay in 3 (product)');
    expect(entitiesOf('Zenco launched Pay in 3 of its markets.')).not.toContain('Pay in 3 (product)');
    expect(entitiesOf('Zenco launched Pay in 3 last year.')).toContain('Pay in 3 (product)');
  });

  it('a fraction closes a card\'s or a plan\'s name only', () => {
    expect(entitiesOf("Qorva Group's Zenco 1/3 Share plan was cut.")).not.toContain('Zenco 1/3 Share (product)');
    expect(entitiesOf('Zenco launched the Zen Pay 1/2 Card for shoppers.')).toContain('Zen Pay 1/2 Card (product)');
  });
});

describe('a second ban verb after "and": the first verb\'s actor only within its clause', () => {
  it('a verb in a relative clause after the first verb\'s object keeps that clause\'s subject', () => {
    expect(banned('Canada banned Zenco, which later sued and blocked Qorva.')).not.toContain('Canada -banned-> Qorva');
    expect(banned('Canada banned Zenco phones because Vexa lobbied and banned Qorva apps.')).not.toContain('Canada -banned-> Qorva');
  });

  it('a verb joined to the first one still shares its actor', () => {
    expect(banned('Canada banned Zenco phones in state offices and banned Qorva apps.')).toEqual(['Canada -banned-> Qorva', 'Canada -banned-> Zenco']);
  });
});

describe('a measure a state announced it would impose, then turned back from', () => {
  it('a turn back later in the sentence keeps it a plan', () => {
    expect(only('restricts')(claimsOf('Canada announced it would impose tariffs on Zenco steel, but later reversed course.'))).toEqual([]);
    expect(only('restricts')(claimsOf('Canada announced it would impose tariffs on Zenco steel, but then backed down.'))).toEqual([]);
  });

  it('an announced measure with no turn back is still decided', () => {
    expect(only('restricts')(claimsOf('Canada announced it would impose tariffs on Zenco steel from June.'))).toEqual(['Canada -restricts-> Zenco']);
    expect(only('restricts')(claimsOf('Canada announced it would impose tariffs on Zenco steel, but Zenco said it would keep exporting.'))).toEqual(['Canada -restricts-> Zenco']);
  });
});
