import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cmp90b, from round 1's leftovers and stop 89's last fresh sample: a rival answered "with" a thing of one's own, rivals out-thought
// ("outfox", "outwit"), the objects of a rival's verb that name no rival ("beat estimates", "took on the project"), appositions of another
// role before a rival noun ("Zenco, a supplier of Qorva, faces competitors like Vexa"), a rival noun after a fronted adjunct of time, and
// a count in digits before a rival noun. Sentences written for the tests.

// competes_with is undirected: each pair is written with its names in alphabetical order.
const rivals = (text: string): string[] =>
  only('competes_with')(scoredClaimsOf(text))
    .map((claim) => claim.split(' -competes_with-> ').sort().join(' ~ '))
    .sort();

describe('a rival answered with a thing of its own', () => {
  it('"responds to Qorva with Zeta", "answers Lumo with Zeta", "hit back at Qorva with Zeta" set the firm against the one answered', () => {
    expect(rivals('Zenco Inc responds to Qorva Inc with Zeta, a new app.')).toEqual(['Qorva Inc ~ Zenco Inc']);
    expect(rivals('Zenco Inc answers Lumo Inc with Zeta, its own news app.')).toEqual(['Lumo Inc ~ Zenco Inc']);
    expect(rivals('Zenco Inc hit back at Qorva Inc with Zeta, a cheaper phone.')).toEqual(['Qorva Inc ~ Zenco Inc']);
    expect(rivals('Zenco Inc has countered rival Qorva Inc with the Zeta X.')).toEqual(['Qorva Inc ~ Zenco Inc']);
    expect(rivals('Zenco Inc strikes Qorva Inc back with the Zeta phone.')).toEqual(['Qorva Inc ~ Zenco Inc']);
    expect(rivals('Zenco Inc strikes back at Qorva Inc with Zeta, a new app.')).toEqual(['Qorva Inc ~ Zenco Inc']);
  });
  it('an answer that names no thing, or questions answered, names no rival', () => {
    expect(rivals('Zenco Inc responded to Qorva Inc with a lawsuit.')).toEqual([]);
    expect(rivals('Zenco Inc struck Qorva Inc back with a lawsuit.')).toEqual([]);
    expect(rivals('Zenco Inc responds to questions from Qorva Inc.')).toEqual([]);
    expect(rivals("Zenco Inc answered Qorva Inc's letter with a statement.")).toEqual([]);
    expect(rivals('Zenco Inc answered Qorva Inc with a firm no.')).toEqual([]);
    expect(rivals('Zenco Inc responded to the ruling with an appeal to Qorva Inc.')).toEqual([]);
  });
});

describe('a rival out-thought or outflanked', () => {
  it('"outfox", "outwit" and "outflank" set the two against each other', () => {
    expect(rivals('Vexa Inc is trying to outfox Qorva Inc.')).toEqual(['Qorva Inc ~ Vexa Inc']);
    expect(rivals('Zenco Inc is trying to outwit Qorva Inc.')).toEqual(['Qorva Inc ~ Zenco Inc']);
    expect(rivals('Zenco Inc outflanked Qorva Inc in the budget market.')).toEqual(['Qorva Inc ~ Zenco Inc']);
  });
  it('outwitting a regulator or the rules names no firm as a rival', () => {
    expect(rivals('Zenco Inc tried to outwit the rules, Qorva Inc said.')).toEqual([]);
    expect(rivals('Zenco Inc outfoxed the critics as Qorva Inc watched.')).toEqual([]);
  });
});

describe('the object of a rival\'s verb that is no rival', () => {
  it('"beat estimates", "took on the project", "took on debt" name a partner, a lender or another clause\'s subject after them', () => {
    expect(rivals('Zenco Inc beat estimates as Qorva Inc reported sales.')).toEqual([]);
    expect(rivals('Zenco Inc will take on the project with Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Inc took on debt from Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Inc took on the role with Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Inc beat forecasts while Qorva Inc missed them.')).toEqual([]);
  });
  it('the rival named right after the verb stays', () => {
    expect(rivals('Zenco Inc beat Qorva Inc and Vexa Inc to the contract.')).toEqual(['Qorva Inc ~ Zenco Inc', 'Vexa Inc ~ Zenco Inc']);
    expect(rivals('Zenco Inc took on Qorva Inc in the phone market.')).toEqual(['Qorva Inc ~ Zenco Inc']);
    expect(rivals('Zenco Inc edged out Qorva Inc for the deal.')).toEqual(['Qorva Inc ~ Zenco Inc']);
  });
});

describe('an apposition of another role before a rival noun', () => {
  it('the rivals belong to the name the apposition is set beside, not to the firm inside it', () => {
    expect(rivals('Zenco Inc, a supplier of Qorva Inc, faces competitors like Vexa Inc.')).toEqual(['Vexa Inc ~ Zenco Inc']);
    expect(rivals('Zenco Inc, a customer of Qorva Inc, competes with rivals like Vexa Inc.')).toEqual(['Vexa Inc ~ Zenco Inc']);
    expect(rivals('Zenco Inc, a key partner of Qorva Inc, has rivals such as Vexa Inc.')).toEqual(['Vexa Inc ~ Zenco Inc']);
    expect(rivals('Zenco Inc, a rival of Qorva Inc, faces competitors like Vexa Inc.')).toEqual(['Qorva Inc ~ Zenco Inc', 'Vexa Inc ~ Zenco Inc']);
  });
  it('rivals a customer deals with stay the other firm\'s; a supplier is no rival of its customer', () => {
    expect(rivals('Zenco Inc, a customer of Qorva Inc, switched to its competitors like Vexa Inc.')).toEqual(['Qorva Inc ~ Vexa Inc']);
    expect(rivals('Zenco Inc, a supplier of Qorva Inc, sells chips.')).toEqual([]);
    expect(rivals('Zenco Inc, a unit of Qorva Inc, hired staff.')).toEqual([]);
  });
});

describe('a rival noun after a fronted adjunct of time', () => {
  it('"In 2019, rival Zenco sued Qorva", "Last year, rival Zenco cut its prices" set the rival against the article\'s subject', () => {
    expect(rivals('Qorva Inc makes aerial maps. In 2019, rival Zenco Inc sued Qorva Inc over patents.')).toEqual(['Qorva Inc ~ Zenco Inc']);
    expect(rivals('Qorva Inc makes aerial maps. Last year, rival Zenco Inc cut its prices.')).toEqual(['Qorva Inc ~ Zenco Inc']);
  });
  it('another role after the adjunct sets no such pair', () => {
    expect(rivals('Qorva Inc makes aerial maps. In 2019, partner Zenco Inc sued Qorva Inc over fees.')).toEqual([]);
    expect(rivals('Qorva Inc makes aerial maps. Last year, customer Zenco Inc cut its orders.')).toEqual([]);
    expect(rivals('Qorva Inc makes aerial maps. In 2019, former partner Zenco Inc sued Qorva Inc.')).toEqual([]);
  });
});

describe('a count in digits before a rival noun', () => {
  it('"Zenco\'s 2 rivals, Vexa and Zorp" sets each against Zenco', () => {
    expect(rivals("Qorva Inc also makes phones for Zenco Inc's 2 rivals, Vexa Inc and Zorp Inc.")).toEqual(['Vexa Inc ~ Zenco Inc', 'Zenco Inc ~ Zorp Inc']);
  });
  it('a firm that supplies counted rivals of another is none of them', () => {
    expect(rivals('Qorva Inc supplies 2 rivals of Vexa Inc with chips.')).toEqual([]);
    expect(rivals('Qorva Inc makes phones for 3 rivals of Vexa Inc.')).toEqual([]);
  });
});

describe('a contest of firms', () => {
  it('"after a contest with Qorva", "locked in a contest for the contract", "the contest between A and B" set the firms against each other', () => {
    expect(rivals('Zenco Inc won the contract after a contest with Qorva Inc.')).toEqual(['Qorva Inc ~ Zenco Inc']);
    expect(rivals('Zenco Inc and Qorva Inc are locked in a contest for the contract.')).toEqual(['Qorva Inc ~ Zenco Inc']);
    expect(rivals('The contest between Zenco Inc and Qorva Inc for the contract ended.')).toEqual(['Qorva Inc ~ Zenco Inc']);
  });
  it('"contest" as a verb of dispute, or a contest that is an event, names no rival', () => {
    expect(rivals('Zenco Inc will contest the ruling against Qorva Inc.')).toEqual([]);
    expect(rivals("Zenco Inc plans to contest Qorva Inc's claims in court.")).toEqual([]);
    expect(rivals('Zenco Inc will contest the fine with Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Inc sponsors a song contest with Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Inc won a design contest run by Qorva Inc.')).toEqual([]);
  });
});
