import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cmp88, from a fresh sample of real news: rivals stated indirectly ("has many competitors, from A to B", "Zenco's
// competition in Japan includes A"), and the false rivalries around them (a blocked merger, a shared market). A firm that hopes
// or aims to rival another is read as its rival already (test/extract-goods-deals-boards.test.ts): left so.
// Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('rivals named as a range, "from A to B"', () => {
  it('the range after a party noun names both ends', () => {
    expect(rivals('Zenco has many competitors, from Qorva to Vexa.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(rivals('Zenco has a host of rivals, ranging from Qorva to Vexa.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(rivals("Zenco's competition ranges from Qorva to Vexa.")).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(rivals("Zenco's rivals range from Qorva to Vexa.")).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
  });

  it('the range after a verb of rivalry or a faced noun names both ends', () => {
    expect(rivals('Zenco competes with everyone from Qorva to Vexa.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(rivals('Zenco faces rivals from Qorva to Vexa.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(rivals('Zenco faces competition from Qorva to Vexa in drones.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
  });

  it('a "from … to" that is no range of rivals names no second rival', () => {
    expect(rivals('Zenco faces competition from Qorva to win the contract.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Zenco has many competitors, from Japan to India.')).toEqual([]);
    expect(rivals('Zenco has many customers, from Qorva to Vexa.')).toEqual([]);
    expect(rivals('Zenco has many partners, ranging from Qorva to Vexa.')).toEqual([]);
    expect(rivals('Zenco shipped drones from Qorva to Vexa.')).toEqual([]);
  });
});

describe('a possessed competition in a market lists its members', () => {
  it('"Zenco\'s competition in Japan includes A and B" names the rivals', () => {
    expect(rivals("Zenco's competition in Japan includes Qorva, Vexa and Borin.")).toEqual(['Zenco -competes_with-> Borin', 'Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(rivals("Zenco's competitors in India include Qorva and Vexa.")).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(rivals("Zenco's competition in the drone business includes Qorva.")).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('other nouns, or a firm between, list no rivals', () => {
    expect(rivals("Zenco's partners in Japan include Qorva and Vexa.")).toEqual([]);
    expect(rivals("Zenco's customers in India include Qorva.")).toEqual([]);
    expect(rivals("Zenco's suppliers range from Qorva to Vexa.")).toEqual([]);
    expect(rivals('Zenco has acquired companies ranging from Qorva to Vexa.')).toEqual([]);
  });
});

describe('the forms already read stay read', () => {
  it('indirect rivals', () => {
    expect(rivals('Zenco faces competition from peers such as Qorva and Vexa.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(rivals("Zenco's competition includes Qorva and Vexa.")).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(rivals('Zenco faces competition from the likes of Qorva and Vexa.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(rivals('Zenco is up against Qorva and Vexa.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(rivals("Qorva, Zenco's competition in Japan, launched a new drone last week.")).toEqual(['Qorva -competes_with-> Zenco']);
    expect(rivals('Challengers to Zenco include Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('a possessed "competition" names a rival, never a thing made', () => {
    for (const text of ["Zenco's competition, Qorva, launched a new drone.", "Zenco's competition Qorva launched a new drone."]) {
      const claims = scoredClaimsOf(text);
      expect(only('competes_with')(claims)).toEqual(['Zenco -competes_with-> Qorva']);
      expect(only('develops')(claims)).toEqual([]);
    }
  });
});

describe('no rivalry stated', () => {
  it('a blocked merger, a shared market, partners, customers or a negation state no rivalry', () => {
    expect(rivals("Japan blocked Zenco's merger with Qorva.")).toEqual([]);
    expect(rivals('Zenco and Qorva both sell in Japan.')).toEqual([]);
    expect(rivals('The market Zenco shares with Qorva is growing fast.')).toEqual([]);
    expect(rivals('Zenco works with partners such as Qorva and Vexa.')).toEqual([]);
    expect(rivals('Zenco sells to customers such as Qorva and Vexa.')).toEqual([]);
    expect(rivals('Zenco does not compete with Qorva.')).toEqual([]);
    expect(rivals('Zenco faces competition from China.')).toEqual([]);
  });
});
