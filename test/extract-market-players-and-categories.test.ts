import { describe, expect, it } from 'vitest';
import { claimsOf, scoredClaimsOf } from './extract-helpers';

// Families from stop 38's fresh samples, on sentences written for the tests: an app store's category
// read as a maker, makers described by their seat or by an adjective of two states, and rivals
// named as the players of one market.

describe("a store's category before a kind of product makes nothing", () => {
  it.each([
    'Travel and Leisure apps such as Zeta, Quill and Orbit were removed from the store.',
    'Finance apps like Zeta and Quill topped the chart.',
  ])('"%s"', (text) => {
    expect(scoredClaimsOf(text).filter((c) => c.includes('-develops->'))).toEqual([]);
  });

  it('a name nobody knows as a word still owns the products it lists', () => {
    expect(scoredClaimsOf('Zenco apps such as Zeta and Quill were removed.')).toEqual(['Zenco -develops-> Quill', 'Zenco -develops-> Zeta']);
  });
});

describe('a maker described by its seat or by two states', () => {
  it.each([
    ['The Zeta tool was developed by Israel-based Zenco.', ['Zenco -develops-> Zeta']],
    ['Zeta was developed by Seoul-based Zenco Labs.', ['Zenco Labs -develops-> Zeta']],
    ['Designed by the Israeli-American company Zenco, Zeta was a hit.', ['Zenco -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('an adjective of two states is no name', () => {
    expect(claimsOf('Zenco is an Anglo-Dutch company that makes Zeta.').join(' ')).not.toMatch(/Anglo/);
  });
});

describe('the players of a market compete with each other', () => {
  it.each([
    ['Competition has stiffened in the valve trade, with big players like Zenco, Qorva and Lumex.', ['Qorva -competes_with-> Lumex', 'Zenco -competes_with-> Lumex', 'Zenco -competes_with-> Qorva']],
    ['Zenco, Qorva and Lumex are the key players in the chip market.', ['Qorva -competes_with-> Lumex', 'Zenco -competes_with-> Lumex', 'Zenco -competes_with-> Qorva']],
    ['It is a two-horse race between Zenco and Qorva.', ['Zenco -competes_with-> Qorva']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text).sort()).toEqual([...claims].sort());
  });

  it('players where no market is named compete with no one', () => {
    expect(scoredClaimsOf('Key players in the deal include Zenco and Qorva.')).toEqual([]);
  });
});

describe('lists and registers named in other words', () => {
  it.each([
    ['The Chinese government put Zenco and Qorva on an economic blacklist.', ['China -restricts-> Qorva', 'China -restricts-> Zenco']],
    ['China put Zenco on its denylist.', ['China -restricts-> Zenco']],
    ["China's Commerce Ministry announced the inclusion of Zenco and Qorva in its unreliable entity list.", ['Ministry of Commerce -restricts-> Qorva', 'Ministry of Commerce -restricts-> Zenco']],
    ['India banned 54 apps on Monday. Amongst the banned apps are Zeta, Quill and Orbit.', ['India -banned-> Orbit', 'India -banned-> Quill', 'India -banned-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text).sort()).toEqual([...claims].sort());
  });

  it('a field after "and" stays one body\'s name when no coined name stands beside it', () => {
    expect(claimsOf('The Committee on Science and Technology on the budget met.')).toEqual([]);
  });
});

describe('a product the seller names is its own', () => {
  it.each([
    ['Zenco sells a tracking product called Zeta.', ['Zenco -develops-> Zeta']],
    ['Zenco markets a tool named Zeta.', ['Zenco -develops-> Zeta']],
    ['Zenco is known for its phone spyware Zeta.', ['Zenco -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a retailer selling goods by their names makes none of them', () => {
    expect(scoredClaimsOf('Zenco sells Qorva phones and Zeta tablets.').filter((c) => c.startsWith('Zenco -develops->'))).toEqual([]);
  });
});

describe('what a studio makes and publishes, enumerated', () => {
  it.each([
    ['Zenco makes games like Zeta and Orbit.', ['Zenco -develops-> Orbit', 'Zenco -develops-> Zeta']],
    ['Zenco has published titles such as Zeta and Orbit.', ['Zenco -develops-> Orbit', 'Zenco -develops-> Zeta']],
    ['Zenco, which is behind Zeta and Orbit, grew.', ['Zenco -develops-> Orbit', 'Zenco -develops-> Zeta']],
    ['Zeta was published by Zenco.', ['Zenco -develops-> Zeta']],
    ['Zenco released a new MOBA called Zeta.', ['Zenco -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text).sort()).toEqual([...claims].sort());
  });

  it('a ban of things like others makes nothing', () => {
    expect(scoredClaimsOf('Ruritania banned apps like Zeta and Orbit.').filter((c) => c.includes('-develops->'))).toEqual([]);
  });

  it('a report published names no product', () => {
    expect(scoredClaimsOf('Reuters published a report on Zeta.')).toEqual([]);
  });
});

describe('rivals and military lists in other words', () => {
  it.each([
    ['Alibaba grew fast. Rivals include Qorva and Vexo.', ['Alibaba -competes_with-> Qorva', 'Alibaba -competes_with-> Vexo']],
    ['Zenco has been designated by the US Department of Defense as a Chinese military company.', ['Pentagon -restricts-> Zenco']],
    ["Zenco has landed on the Pentagon's list of Chinese military companies.", ['Pentagon -restricts-> Zenco']],
    ["Zenco has landed on China's unreliable entity list.", ['China -restricts-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text).sort()).toEqual([...claims].sort());
  });

  it("a state's list of other things restricts nothing", () => {
    expect(scoredClaimsOf("Zenco is on China's list of top brands.")).toEqual([]);
  });
});

describe('games named beside their studio', () => {
  it.each([
    ['Ruritania banned another Zenco title, Qorva, in 2020.', ['Ruritania -banned-> Qorva', 'Zenco -develops-> Qorva']],
    ['Qorva is a brand new IP from Zenco.', ['Zenco -develops-> Qorva']],
    ['Zenco today announced a new mobile title, Qorva Saga.', ['Zenco -develops-> Qorva Saga']],
    ['Qorva, developed by studio Zenco, sold well.', ['Zenco -develops-> Qorva']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text).sort()).toEqual([...claims].sort());
  });

  it('a new partner announced is no product', () => {
    expect(scoredClaimsOf('Zenco announced a new partner, Qorva.')).toEqual([]);
  });
});

describe('titles shaped "X of Y"', () => {
  it('two such titles joined by "and" are two names', () => {
    expect(scoredClaimsOf('Zenco released Crown of Realms and Legends of Qorva.').sort()).toEqual(['Zenco -develops-> Crown of Realms', 'Zenco -develops-> Legends of Qorva']);
  });

  it('a strategy genre written "4X" is no product', () => {
    expect(scoredClaimsOf('Zenco gained recognition with its 4X strategy game Qorva.')).toEqual(['Zenco -develops-> Qorva']);
  });
});

describe('what a maker is known for, and its games listed a sentence later', () => {
  it.each([
    ['Zenco, known for Alpha, Bolt and Gamma, grew fast.', ['Zenco -develops-> Alpha', 'Zenco -develops-> Bolt', 'Zenco -develops-> Gamma']],
    ['Zenco is known for its games Alpha and Bolt.', ['Zenco -develops-> Alpha', 'Zenco -develops-> Bolt']],
    ['Tencent grew. Its popular games include Alpha and Bolt.', ['Tencent -develops-> Alpha', 'Tencent -develops-> Bolt']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text).sort()).toEqual([...claims].sort());
  });

  it('what a firm is known for doing with another names no product', () => {
    expect(scoredClaimsOf('Zenco, known for its work with Qorva, grew.')).toEqual([]);
  });

  it('a developer and a publisher named by two participles are no maker of each other', () => {
    expect(scoredClaimsOf('Zeta was developed by Qorva and published by Zenco.').sort()).toEqual(['Qorva -develops-> Zeta', 'Zenco -develops-> Zeta']);
  });
});

describe('outlets suspended by a council, a group and its subsidiaries, a second described object', () => {
  it.each([
    ['The Latvian Council decided to suspend the broadcasting activities of three outlets: Zenco TV, Qorva News and Lumix Daily.', ['Latvian council -banned-> Lumix Daily', 'Latvian council -banned-> Qorva News', 'Latvian council -banned-> Zenco TV']],
    ['The EU restricted the Zenco group and its subsidiaries - Qorva, Lumo and Brill.', ['European Union -restricts-> Brill', 'European Union -restricts-> Lumo', 'European Union -restricts-> Qorva', 'European Union -restricts-> Zenco']],
    ['The EU sanctioned Zenco and its subsidiaries, including Qorva and Lumo.', ['European Union -restricts-> Lumo', 'European Union -restricts-> Qorva', 'European Union -restricts-> Zenco']],
    ['Rambler owns the search engine Zenco and the news portals Qorva.ru and Lumix.ru.', ['Rambler -develops-> Lumix.ru', 'Rambler -develops-> Qorva.ru', 'Rambler -develops-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text).sort()).toEqual([...claims].sort());
  });

  it('a name after a preposition in the second object is another party', () => {
    expect(scoredClaimsOf('India banned Zeta and the apps of Qorva.')).toEqual(['India -banned-> Zeta']);
  });
});

describe('outlets closed, taken off the air, declared "to be" undesirable', () => {
  it.each([
    ['Russia declared Zenco Media to be undesirable.', ['Russia -banned-> Zenco Media']],
    ['Russia declared Zenco Media to be a foreign agent.', ['Russia -restricts-> Zenco Media']],
    ['The Russian government decided to shut the bureau of Qorva Radio.', ['Russia -banned-> Qorva Radio']],
    ['Russia pulled Zenco Radio off the air.', ['Russia -banned-> Zenco Radio']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('"to be" before another complement designates nothing', () => {
    expect(scoredClaimsOf('Russia declared Zenco to be its partner.')).toEqual([]);
  });
});
