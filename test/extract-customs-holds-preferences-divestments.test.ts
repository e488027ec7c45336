import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cus93 (stop 93, round 2), from the eighty-eighth fresh sample (set 88): customs holding one firm's goods or refusing
// them entry, a state's trade preferences withdrawn or suspended, and a divestment a state body tells a firm it must make all
// restrict the firm or state; an order revoked bans no one. Goods released, sold or counterfeited, preferences granted or only
// proposed for withdrawal, a divestment only possible, and other speakers give nothing. Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();

const CUSTOMS = 'Customs and Border Protection';

describe('customs holding a firm\'s goods', () => {
  it('holding, detaining or refusing entry to a firm\'s goods restricts the firm', () => {
    expect(restricts(`US ${CUSTOMS} decided to detain Zenco Holdings's sporting goods at the border.`)).toEqual([`${CUSTOMS} -restricts-> Zenco Holdings`]);
    expect(restricts(`US ${CUSTOMS} is holding Zenco Holdings's shipments at the port.`)).toEqual([`${CUSTOMS} -restricts-> Zenco Holdings`]);
    expect(restricts(`US ${CUSTOMS} says it is holding imported goods from Zenco Holdings.`)).toEqual([`${CUSTOMS} -restricts-> Zenco Holdings`]);
    expect(restricts(`US ${CUSTOMS} detained shipments from glove maker Zenco Holdings.`)).toEqual([`${CUSTOMS} -restricts-> Zenco Holdings`]);
    expect(restricts(`US ${CUSTOMS} will prevent entry of merchandise produced by Zenco Holdings.`)).toEqual([`${CUSTOMS} -restricts-> Zenco Holdings`]);
    expect(restricts(`Zenco Holdings's sporting goods have been detained at the border by the Canada Border Services Agency.`)).toEqual(['Canada Border Services Agency -restricts-> Zenco Holdings']);
    expect(restricts(`US ${CUSTOMS} denied entry to goods made by Zenco Holdings.`)).toEqual([`${CUSTOMS} -restricts-> Zenco Holdings`]);
  });

  it('no hold on the firm\'s goods: released, sold, counterfeit, another firm\'s, a firm holding its own, negated or only weighed', () => {
    expect(restricts(`US ${CUSTOMS} released goods from Zenco Holdings.`)).toEqual([]);
    expect(restricts(`US ${CUSTOMS} detained counterfeit goods from Zenco Holdings.`)).toEqual([]);
    expect(restricts(`US ${CUSTOMS} detained goods sold by Zenco Holdings.`)).toEqual([]);
    expect(restricts(`US ${CUSTOMS} is holding goods from Zenco Holdings's supplier.`)).toEqual([]);
    expect(restricts(`US ${CUSTOMS} is holding Zenco Holdings's supplier's goods.`)).toEqual([]);
    expect(restricts('Zenco Holdings is holding Qorva Inc\'s shipments at its warehouse.')).toEqual([]);
    expect(restricts(`US ${CUSTOMS} did not detain Zenco Holdings's goods.`)).toEqual([]);
    expect(restricts(`US ${CUSTOMS} is considering whether to detain Zenco Holdings's goods.`)).toEqual([]);
    expect(restricts(`US ${CUSTOMS} held talks with Zenco Holdings.`)).toEqual([]);
    expect(restricts('Police in Canada seized Zenco Holdings\'s products from a counterfeiter.')).toEqual([]);
    expect(restricts(`US ${CUSTOMS} held Zenco Holdings's chief executive at the airport.`)).toEqual([]);
    expect(restricts('Zenco Holdings\'s sporting goods have been held at the border by Qorva Inc.')).toEqual([]);
    expect(restricts(`Zenco Holdings's sporting goods have been released by the Canada Border Services Agency.`)).toEqual([]);
    expect(restricts(`Zenco Holdings's counterfeit goods have been seized by the Canada Border Services Agency.`)).toEqual([]);
    expect(restricts(`US ${CUSTOMS} will allow entry of merchandise produced by Zenco Holdings.`)).toEqual([]);
  });

  it('an order revoked or withdrawn bans no one', () => {
    expect(banned(`US ${CUSTOMS} revoked the withhold release order against Zenco Holdings.`)).toEqual([]);
    expect(restricts(`US ${CUSTOMS} revoked the withhold release order against Zenco Holdings.`)).toEqual([]);
    expect(banned(`US ${CUSTOMS} withdrew the detention order on gloves made by Zenco Holdings.`)).toEqual([]);
    expect(banned('The US suspended the sanctions on Zenco Holdings.')).toEqual([]);
    // A licence revoked still bans its holder.
    expect(banned(`US ${CUSTOMS} revoked the licence of Zenco Holdings.`)).toEqual([`${CUSTOMS} -banned-> Zenco Holdings`]);
  });
});

describe('trade preferences withdrawn from a state', () => {
  it('preferences withdrawn, suspended or ended restrict the state', () => {
    expect(restricts('The European Commission has decided to withdraw part of the tariff preferences granted to Cambodia.')).toEqual(['European Commission -restricts-> Cambodia']);
    expect(restricts('The European Commission suspended trade preferences for Cambodia.')).toEqual(['European Commission -restricts-> Cambodia']);
    expect(restricts('The European Commission withdrew Cambodia\'s trade preferences.')).toEqual(['European Commission -restricts-> Cambodia']);
    expect(restricts('The United States officially suspended Cambodia from its trade-preference programme on 1 January.')).toEqual(['United States -restricts-> Cambodia']);
    expect(restricts('The United States removed Cambodia from its duty-free preference scheme.')).toEqual(['United States -restricts-> Cambodia']);
    expect(restricts('The United States ended the duty-free access granted to Cambodia.')).toEqual(['United States -restricts-> Cambodia']);
  });

  it('no withdrawal: preferences granted or extended, only proposed or possible, a firm\'s, another body', () => {
    expect(restricts('The European Commission granted trade preferences to Cambodia.')).toEqual([]);
    expect(restricts('The European Commission extended the tariff preferences granted to Cambodia.')).toEqual([]);
    expect(restricts('The European Commission may withdraw the tariff preferences granted to Cambodia.')).toEqual([]);
    expect(restricts('The European Commission proposed to withdraw the tariff preferences granted to Cambodia.')).toEqual([]);
    expect(restricts('The European Commission did not withdraw Cambodia\'s trade preferences.')).toEqual([]);
    expect(restricts('Zenco Holdings withdrew the trade preferences granted to Cambodia.')).toEqual([]);
    expect(restricts('The European Commission withdrew Zenco Holdings\'s trade preferences.')).toEqual([]);
    expect(restricts('The United States suspended Cambodia from the talks on 1 January.')).toEqual([]);
    expect(restricts('The United States suspended access to Cambodia.')).toEqual([]);
    expect(restricts('The European Union will withdraw trade preferences for Cambodia if it fails to improve labour rights.')).toEqual([]);
    expect(restricts('The European Union has threatened to withdraw trade preferences for Cambodia.')).toEqual([]);
    expect(restricts('Activists urged the European Commission to withdraw trade preferences for Cambodia.')).toEqual([]);
  });
});

describe('divestments a state body requires', () => {
  it('told a firm it must divest: the body restricts the firm', () => {
    expect(restricts('The Justice Department told Zenco Corp it must divest 22 networks if it wants to buy Qorva Inc\'s assets.')).toEqual(['Justice Department -restricts-> Zenco Corp']);
    expect(restricts('The Justice Department told Zenco Corp it will have to sell 22 stations.')).toEqual(['Justice Department -restricts-> Zenco Corp']);
  });

  it('no requirement: a divestment only possible, chosen, another speaker\'s, another firm\'s', () => {
    expect(restricts('The Justice Department told Zenco Corp it may have to divest 22 stations.')).toEqual([]);
    expect(restricts('The Justice Department told Zenco Corp it could divest 22 stations.')).toEqual([]);
    expect(restricts('The Justice Department told Zenco Corp that Qorva Inc must divest 22 stations.')).toEqual([]);
    expect(restricts('Qorva Inc told Zenco Corp it must divest 22 stations.')).toEqual([]);
    expect(restricts('Zenco Corp decided to divest 22 stations.')).toEqual([]);
    expect(restricts('The Justice Department told Zenco Corp it did not have to divest any stations.')).toEqual([]);
    expect(restricts('The Justice Department told Zenco Corp it must file more documents.')).toEqual([]);
    expect(restricts('Zenco Corp told the Justice Department it must sell 22 stations.')).toEqual([]);
  });
});
