import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Helper rvl94, from stop 93's fresh set 90: rivalry stated through a frame whose rivals are named by a kind of firm that is no
// rival word ("an edge over giants such as", "trails market leaders", "as good as its peers such as"), and two firms with their
// things in the same order ("Zenco and Qorva, with their Zeta and Tarn robots"). Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(claimsOf(text));
const develops = (text: string): string[] => only('develops')(claimsOf(text));

describe('an edge held over other firms', () => {
  it('"has an edge over", "gives Zenco an edge over giants such as": the firm with the edge competes with those it is over', () => {
    expect(rivals('Zenco Robotics has a clear edge over Qorva Inc in batteries.')).toEqual(['Zenco Robotics -competes_with-> Qorva Inc']);
    expect(rivals('The new chip gives Zenco Robotics an edge over giants such as Qorva Inc and Vexa Corp.')).toEqual(['Zenco Robotics -competes_with-> Qorva Inc', 'Zenco Robotics -competes_with-> Vexa Corp']);
    expect(rivals('The deal gave Zenco Robotics the upper hand over Qorva Inc.')).toEqual(['Zenco Robotics -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Robotics enjoys a cost advantage over tech titans like Qorva Inc.')).toEqual(['Zenco Robotics -competes_with-> Qorva Inc']);
  });

  it('another role, an object, a list member, a state, a stock, a denial or a wish holds no edge of the firm', () => {
    expect(rivals("Zenco Robotics's partners have an edge over Qorva Inc.")).toEqual([]);
    expect(rivals("The deal gives Zenco Robotics's customers an edge over Qorva Inc.")).toEqual([]);
    expect(rivals('Zenco Robotics gives retailers such as Qorva Inc an edge over Vexa Corp.')).toEqual([]);
    expect(rivals("Zenco Robotics's investors such as Qorva Inc have an edge over Vexa Corp.")).toEqual([]);
    expect(rivals('Zenco Robotics sells its chips through distributors such as Qorva Inc, which have an edge over Vexa Corp.')).toEqual([]);
    expect(rivals('Zenco Robotics bought Qorva Inc to gain an edge over giants such as Vexa Corp.')).toEqual([]);
    expect(rivals('The United States has an edge over China in chips.')).toEqual([]);
    expect(rivals('Zenco Robotics does not have an edge over Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Robotics wants to gain an edge over Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Robotics could gain an edge over giants such as Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Robotics stock has an edge over Qorva Inc on valuation.')).toEqual([]);
    expect(rivals('The ruling gives Zenco Robotics an edge over Qorva Inc in court.')).toEqual([]);
    expect(rivals('Zenco Robotics has an edge over Qorva Inc in the talks with Vexa Corp.')).toEqual([]);
  });
});

describe('a firm trailing leading firms', () => {
  it('"trails leaders such as", "lags behind tech giants like", "trails market leaders A and B"', () => {
    expect(rivals('Zenco Robotics trails leaders such as Qorva Inc in the chip market.')).toEqual(['Zenco Robotics -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Robotics lags behind tech giants like Qorva Inc and Vexa Corp.')).toEqual(['Zenco Robotics -competes_with-> Qorva Inc', 'Zenco Robotics -competes_with-> Vexa Corp']);
    expect(rivals('Zenco Robotics trails market leaders Qorva Inc and Vexa Corp.')).toEqual(['Zenco Robotics -competes_with-> Qorva Inc', 'Zenco Robotics -competes_with-> Vexa Corp']);
  });

  it('a stock, a former leader, a list member, another role or a denial trails no rival of the firm', () => {
    expect(rivals("Zenco Robotics's shares trailed leaders such as Qorva Inc.")).toEqual([]);
    expect(rivals('Zenco Robotics trailed giants such as Qorva Inc in share price gains.')).toEqual([]);
    expect(rivals('Zenco Robotics trails former giants such as Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Robotics sells to customers such as Qorva Inc and Vexa Corp, which trail leaders like Tarn Ltd.')).toEqual([]);
    expect(rivals('Zenco Robotics trails investors such as Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Robotics trails partners such as Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Robotics trails countries such as Ruritania.')).toEqual([]);
    expect(rivals('Zenco Robotics does not trail leaders such as Qorva Inc.')).toEqual([]);
    expect(rivals("Zenco Robotics's partner trails leaders such as Qorva Inc.")).toEqual([]);
  });
});

describe("a firm's peers in its market", () => {
  it('"as good as its international peers such as", "its peers in the chip market, such as"', () => {
    expect(rivals('Zenco Robotics sells robots as good as its international peers such as Qorva Inc and Vexa Corp, but cheaper.')).toEqual(['Zenco Robotics -competes_with-> Qorva Inc', 'Zenco Robotics -competes_with-> Vexa Corp']);
    expect(rivals("Zenco Robotics's robots are cheaper than those of its peers like Qorva Inc.")).toEqual(['Zenco Robotics -competes_with-> Qorva Inc']);
    expect(rivals("Zenco Robotics's peers in the chip market, such as Qorva Inc and Vexa Corp, cut prices.")).toEqual(['Zenco Robotics -competes_with-> Qorva Inc', 'Zenco Robotics -competes_with-> Vexa Corp']);
  });

  it('peers on the stock market, other roles, places and similarity are no rivals', () => {
    expect(rivals("Zenco Robotics's valuation is higher than its peers such as Qorva Inc.")).toEqual([]);
    expect(rivals('Zenco Robotics shares rose more than its peers such as Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Robotics pays a higher dividend than its peers such as Qorva Inc.')).toEqual([]);
    expect(rivals("Zenco Robotics's partners in the chip market, such as Qorva Inc, cut prices.")).toEqual([]);
    expect(rivals("Zenco Robotics's customers such as Qorva Inc pay more.")).toEqual([]);
    expect(rivals('Zenco Robotics buys from suppliers such as Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Robotics sells in countries such as Ruritania and Zembla.')).toEqual([]);
    expect(rivals('Zenco Robotics, like Qorva Inc, sells robots.')).toEqual([]);
    expect(rivals('Zenco Robotics counts investors such as Qorva Inc.')).toEqual([]);
  });
});

describe('a firm facing, outselling or overtaking firms named by kind, and a firm\'s peers in a relative clause', () => {
  it('"faces peers such as", "outsold giants such as", "overtook market leaders like", "whose peers include"', () => {
    expect(rivals('Zenco Robotics faces peers such as Qorva Inc in the robot market.')).toEqual(['Zenco Robotics -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Robotics outsold giants such as Qorva Inc and Vexa Corp last year.')).toEqual(['Zenco Robotics -competes_with-> Qorva Inc', 'Zenco Robotics -competes_with-> Vexa Corp']);
    expect(rivals('Zenco Robotics overtook market leaders like Qorva Inc in Ruritania.')).toEqual(['Zenco Robotics -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Robotics, whose peers include Qorva Inc and Vexa Corp, makes robots.')).toEqual(['Zenco Robotics -competes_with-> Qorva Inc', 'Zenco Robotics -competes_with-> Vexa Corp']);
    expect(rivals('Zenco Robotics said its peers include Qorva Inc and Vexa Corp.')).toEqual(['Zenco Robotics -competes_with-> Qorva Inc', 'Zenco Robotics -competes_with-> Vexa Corp']);
  });

  it('lawsuits, investors, regulators, another\'s customers, a list member, a hedge, a denial or another role name no rival', () => {
    expect(rivals('Zenco Robotics faces lawsuits from giants such as Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Robotics faces investors such as Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Robotics faces regulators such as Ruritania.')).toEqual([]);
    expect(rivals("Zenco Robotics's customers face giants such as Qorva Inc.")).toEqual([]);
    expect(rivals('Zenco Robotics sells to retailers such as Qorva Inc, which face giants such as Vexa Corp.')).toEqual([]);
    expect(rivals('Zenco Robotics may face peers such as Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Robotics did not face peers such as Qorva Inc.')).toEqual([]);
    expect(rivals('Zenco Robotics overtook giants such as Qorva Inc in the poll.')).toEqual([]);
    expect(rivals('Zenco Robotics, whose partners include Qorva Inc, makes robots.')).toEqual([]);
    expect(rivals('Zenco Robotics, whose clients include Qorva Inc, makes robots.')).toEqual([]);
    expect(rivals('Zenco Robotics said its partners include Qorva Inc and Vexa Corp.')).toEqual([]);
    expect(rivals("Zenco Robotics said its peers' investors include Qorva Inc.")).toEqual([]);
    expect(rivals("Zenco Robotics's stock rose while its peers such as Qorva Inc paid dividends.")).toEqual([]);
  });
});

describe('two firms with their things in the same order', () => {
  it('"Zenco and Qorva, with their Zeta and Tarn robots": each firm makes the thing in its place', () => {
    expect(develops('Zenco Robotics and Qorva Inc, with their Zeta and Tarn humanoid robots, are racing to market.')).toEqual(['Qorva Inc -develops-> Tarn', 'Zenco Robotics -develops-> Zeta']);
    expect(develops('Zenco Robotics and Qorva Inc, with their respective Zeta and Tarn humanoids, are racing to market.')).toEqual(['Qorva Inc -develops-> Tarn', 'Zenco Robotics -develops-> Zeta']);
  });

  it('no cross pairs, no places, partners, customers or retailers read as the firms\' things', () => {
    const paired = develops('Zenco Robotics and Qorva Inc, with their Zeta and Tarn humanoid robots, are racing to market.');
    expect(paired).not.toContain('Zenco Robotics -develops-> Tarn');
    expect(paired).not.toContain('Qorva Inc -develops-> Zeta');
    expect(develops('Zenco Robotics and Qorva Inc, with their Ruritania and Zembla plants, are racing to market.')).toEqual([]);
    expect(develops('Zenco Robotics and Qorva Inc, with their partners Vexa Corp and Tarn Ltd, are racing to market.')).toEqual([]);
    expect(develops('Zenco Robotics and Qorva Inc, with their Vexa and Tarn customers, are racing to market.')).toEqual([]);
    expect(develops('Zenco Robotics and Qorva Inc, with their investors Vexa Corp and Tarn Ltd, are racing to market.')).toEqual([]);
  });
});
