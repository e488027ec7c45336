import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 81, third round, from its final fresh set: a list headed by "on the list" a sentence or two after the act, a maker naming its
// own kind of product ("has dubbed its vehicle the Qorva") and a maker's application named after a possessive. Sentences written for
// the tests.

describe('a list headed by the list it is on', () => {
  it('"The firms now on the list are A and B", a sentence after the act or two', () => {
    const expected = ["China's trade ministry -restricts-> Qorva Co", "China's trade ministry -restricts-> Zenco Ltd"];
    expect(only('restricts')(scoredClaimsOf("China's trade ministry announced that seven firms have been added to its blacklist. The move follows a dispute. The firms now on the list are Zenco Ltd and Qorva Co."))).toEqual(expected);
    expect(only('restricts')(scoredClaimsOf("China's trade ministry added seven firms to its export control list. Beijing cited security. The companies on the blacklist include Zenco Ltd and Qorva Co."))).toEqual(expected);
  });

  it('another list named since the act, or the firms taken off the list, are no targets (review of the round)', () => {
    expect(only('restricts')(scoredClaimsOf('The Treasury sanctioned Zenco Group on Monday. Fortune published its Global 500 list on Friday. The companies on the list include Qorva Co and Vexa Ltd.'))).toEqual(['Treasury -restricts-> Zenco Group']);
    expect(only('restricts')(scoredClaimsOf('The Commerce Department added 12 firms to the Entity List. The firms removed from the list are Qorva Co and Vexa Ltd.'))).toEqual([]);
  });

  it('with no act before, or a list of another kind, nothing', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco Ltd published its supplier list. The firms now on the list are Qorva Co and Vexa Ltd.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf("China's trade ministry praised local firms. The firms now on the list are Zenco Ltd and Qorva Co."))).toEqual([]);
  });
});

describe('a maker naming its own kind of product', () => {
  it('"has dubbed its vehicle the Qorva", "christened its new scooter the Vexa"', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Inc has dubbed its vehicle the Qorva.'))).toEqual(['Zenco Inc -develops-> Qorva']);
    expect(only('develops')(scoredClaimsOf('Zenco Inc christened its new electric scooter the Vexa, and it goes on sale in May.'))).toEqual(['Zenco Inc -develops-> Vexa']);
  });

  it('the namer is the clause\'s own subject', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Inc named its new phone the Vela, and Qorva Ltd named its chip the Vexa.')).filter((c) => c.startsWith('Vela'))).toEqual([]);
  });

  it('a person, a rival or a unit so named is no product', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Inc named its chief executive Jane Roe.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Zenco Inc called its rival Qorva Ltd a copycat.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Zenco Inc named its smartwatch unit Vexa Labs.'))).toEqual([]);
  });
});

describe("a maker's application named after its possessive", () => {
  it('"Zenco\'s photo-sharing application Zapp" is Zenco\'s', () => {
    expect(only('develops')(scoredClaimsOf("Zenco Inc's photo-sharing application Zapp has 10 million users."))).toEqual(['Zenco Inc -develops-> Zapp']);
  });

  it("a firm's application for a licence, a patent or a loan names nothing it made", () => {
    expect(only('develops')(scoredClaimsOf("Zenco Inc's application for a licence was rejected by Kenya's regulator."))).toEqual([]);
    expect(only('develops')(scoredClaimsOf("Zenco Inc's patent application Qorva-7 covers battery chemistry."))).toEqual([]);
    expect(only('develops')(scoredClaimsOf("Zenco Inc's loan application Qorva Finance was approved."))).toEqual([]);
  });
});
