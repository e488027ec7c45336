import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rv81, from the weakest kind in fresh news samples (competes_with): rivals after the same prey ("fishing in the same pool
// as"), idioms told in the past ("has held its own against"), "pits … squarely against", a contest's prize between its noun and
// "between" ("the battle for Ruritania's phone market between A and B"), and a rival noun after a preposition naming a firm before
// what it owns ("copied features from rival Qorva's Vexa app"). Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('rivals after the same prey', () => {
  it('"is fishing in the same pool as", "fishes in the same waters as"', () => {
    expect(rivals('Zenco Inc is fishing in the same pool as Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc fishes in the same waters as Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
  });

  it('"goes after", "is chasing", "courts" the same buyers as another', () => {
    expect(rivals("Zenco's Zeta goes after the same buyers as Qorva's Vexa.")).toEqual(['Zeta -competes_with-> Vexa']);
    expect(rivals('Zenco Inc is chasing the same customers as Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc courts the same young buyers as Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc, a Zembla startup, targets the same shoppers as Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
  });

  it('the pair told together: "A and B fish in the same pool", "A and B are chasing the same buyers"', () => {
    expect(rivals('Zenco Inc and Qorva Labs fish in the same pool.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc and Qorva Labs are chasing the same buyers.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc and Qorva Labs both target the same market.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
  });

  it('the same suppliers or parts, a negation, a state: no rivals', () => {
    expect(rivals('Zenco Inc sources chips from the same suppliers as Qorva Labs.')).toEqual([]);
    expect(rivals('Zenco Inc uses the same chips as Qorva Labs.')).toEqual([]);
    expect(rivals('Zenco Inc and Qorva Labs use the same suppliers.')).toEqual([]);
    expect(rivals('Zenco Inc does not target the same buyers as Qorva Labs.')).toEqual([]);
  });
});

describe('rivals idioms told in the past', () => {
  it('"has held its own against", "kept pace with", "stood up to", "caught up with"', () => {
    expect(rivals('Zenco Inc has held its own against Qorva Labs for years.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc held its own against Qorva Labs in Ruritania.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc kept pace with Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc caught up with Qorva Labs in sales.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
  });

  it('"held talks with" is no rivalry', () => {
    expect(rivals('Zenco Inc held talks with Qorva Labs.')).toEqual([]);
  });
});

describe('"pits A against B" with an adverb', () => {
  it('"pits Zenco squarely against Qorva", "pitting Zenco head-on against Qorva"', () => {
    expect(rivals('The Zeta-2 launch pits Zenco Inc squarely against Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('The new tablet, pitting Zenco Inc head-on against Qorva Labs, ships in May.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('The launch puts Zenco Inc in head-on competition with Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
  });

  it('a state or a common noun on one side is no rival', () => {
    expect(rivals('The deal pits Zenco Inc against regulators.')).toEqual([]);
  });
});

describe("a contest's prize between its noun and its parties", () => {
  it('"the battle for Ruritania\'s phone market between A and B", "the race to build … between A and B", "the war over search among A, B and C"', () => {
    expect(rivals("The battle for Ruritania's phone market between Zenco Inc and Qorva Labs heated up.")).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('The race to build faster chips between Zenco Inc and Qorva Labs is on.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('The war over search among Zenco Inc, Qorva Labs and Kappa Labs is heating up.')).toEqual([
      'Qorva Labs -competes_with-> Kappa Labs',
      'Zenco Inc -competes_with-> Kappa Labs',
      'Zenco Inc -competes_with-> Qorva Labs',
    ]);
    expect(rivals('The fight for cloud customers between Zenco Inc and Qorva Labs is fierce.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
  });

  it('a described contest whose noun is also a verb: "the chip race between A and B", "an arms race among A, B and C"', () => {
    expect(rivals('The chip race between Zenco Inc and Qorva Labs is heating up.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('The AI race between Zenco Inc and Qorva Labs is heating up.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('An arms race among Zenco Inc, Qorva Labs and Kappa Labs has begun.')).toEqual([
      'Qorva Labs -competes_with-> Kappa Labs',
      'Zenco Inc -competes_with-> Kappa Labs',
      'Zenco Inc -competes_with-> Qorva Labs',
    ]);
  });

  it('a bidding war for a firm between two others: the firm bid for is no party', () => {
    expect(rivals('A bidding war for Kappa Labs between Zenco Inc and Qorva Labs broke out.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('A war of words between Zenco Inc and Qorva Labs broke out.')).toEqual([]);
    expect(rivals('The talks between Zenco Inc and Qorva Labs collapsed.')).toEqual([]);
  });

  it('a dispute over patents, fees or control, a deal, or regulators on one side: no rivals', () => {
    expect(rivals('The battle over patents between Zenco Inc and Qorva Labs dragged on.')).toEqual([]);
    expect(rivals('The fight over fees between Zenco Inc and Qorva Labs ended in court.')).toEqual([]);
    expect(rivals('The battle for control between Zenco Inc and Qorva Labs ended.')).toEqual([]);
    expect(rivals("The battle for the country's phone market between Zenco Inc and regulators heated up.")).toEqual([]);
    expect(rivals('A deal between Zenco Inc and Qorva Labs was signed.')).toEqual([]);
  });
});

describe('a rival noun after a preposition', () => {
  it('"from rival Qorva\'s Vexa app", "after rival Qorva\'s Vexa phone": the owner is the rival', () => {
    expect(rivals("Zenco Inc copied features from rival Qorva Labs's Vexa app.")).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals("Zenco Inc cut prices after rival Qorva Labs's Vexa phone sold well.")).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
  });

  it('"sued by rival Qorva over patents": the suit does not undo the rival noun', () => {
    expect(rivals('Zenco Inc has been sued by rival Qorva Labs over patents.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc was sued by rival Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
  });

  it('things of both firms keep their own pair; "to rival" is still an infinitive; a partnership is no rivalry', () => {
    expect(rivals("Zenco Inc's Zeta app copied rival Qorva Labs's Vexa app.")).toEqual(['Zeta -competes_with-> Vexa']);
    expect(rivals('Zenco Inc built the Zeta phone to rival Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc teamed up with Qorva Labs.')).toEqual([]);
    expect(rivals('Zenco Inc does not compete with Qorva Labs.')).toEqual([]);
  });
});

describe("pressing on a rival's heels, turf, lunch or buyers", () => {
  it('"nipping at Qorva\'s heels", "breathing down Qorva\'s neck", "snapping at the heels of Qorva\'s Vexa"', () => {
    expect(rivals("Zenco Inc is nipping at Qorva Labs's heels.")).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals("Zenco Inc is breathing down Qorva Labs's neck.")).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc is snapping at the heels of Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals("Zenco's Zeta is nipping at the heels of Qorva's Vexa.")).toEqual(['Zeta -competes_with-> Vexa']);
  });

  it('"muscling in on Qorva\'s turf", "encroaching on the territory of Qorva", "eating Qorva\'s lunch", "poaching Qorva\'s customers"', () => {
    expect(rivals("Zenco Inc is muscling in on Qorva Labs's turf.")).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc is encroaching on the territory of Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals("Zenco Inc ate Qorva Labs's lunch.")).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals("Zenco Inc is poaching Qorva Labs's customers.")).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals("Zenco Inc went after Qorva Labs's Zeta users.")).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
  });

  it('other people of the firm, a negation, a person: no rivals', () => {
    expect(rivals("Zenco Inc is going after Qorva Labs's executives.")).toEqual([]);
    expect(rivals("Zenco Inc is courting Qorva Labs's shareholders.")).toEqual([]);
    expect(rivals("Zenco Inc is not eating Qorva Labs's lunch.")).toEqual([]);
    expect(rivals("Jane Roe is breathing down Zenco Inc's neck.")).toEqual([]);
  });
});

describe('rivals beaten on price, pressed from behind, level', () => {
  it('"undercut", "is squaring up to", "stole a march on"', () => {
    expect(rivals('Zenco Inc undercut Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc is undercutting Qorva Labs on price.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc is squaring up to Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc is stealing a march on Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
  });

  it('"is neck and neck with", "A and B are neck and neck", "a head-to-head between A and B"', () => {
    expect(rivals('Zenco Inc is neck and neck with Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc and Qorva Labs are neck and neck.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('A head-to-head between Zenco Inc and Qorva Labs is looming.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
  });

  it('a price undercut by a regulator, a firm that does not undercut: no rivals', () => {
    expect(rivals('Zenco Inc did not undercut Qorva Labs.')).toEqual([]);
    expect(rivals("The ruling undercut Zenco Inc's case against Qorva Labs.")).toEqual([]);
  });
});

describe('share taken away from a rival, a gap closed, a leader knocked off its perch', () => {
  it('"taking market share away from", "luring shoppers away from", "siphoning customers from", "winning over Qorva\'s customers"', () => {
    expect(rivals('Zenco Inc is taking market share away from Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc is luring shoppers away from Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc is siphoning customers from Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals("Zenco Inc is winning over Qorva Labs's customers.")).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
  });

  it('"closing the gap on", "hot on Qorva\'s heels", "hot on the heels of Qorva", "gunning for Qorva\'s crown", "knock Qorva off its perch"', () => {
    expect(rivals('Zenco Inc is closing the gap on Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals("Zenco Inc is hot on Qorva Labs's heels.")).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc is hot on the heels of Qorva Labs.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals("Zenco Inc is gunning for Qorva Labs's crown.")).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
    expect(rivals('Zenco Inc is trying to knock Qorva Labs off its perch.')).toEqual(['Zenco Inc -competes_with-> Qorva Labs']);
  });

  it('a time told by "hot on the heels of", a gap with analysts, investors won over, a list: no rivals', () => {
    expect(rivals("Zenco Inc's launch comes hot on the heels of Qorva Labs's launch.")).toEqual([]);
    expect(rivals('Zenco Inc closed the gap with analysts.')).toEqual([]);
    expect(rivals("Zenco Inc won over Qorva Labs's investors.")).toEqual([]);
    expect(rivals('Zenco Inc knocked Qorva Labs off the list.')).toEqual([]);
  });
});
