import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Helper rle94 (stop 94), from real reports of tariffs, surtaxes and sanctions packages. A trade measure's goods told as a long list
// before their state ("surtaxes on electric vehicles (EVs), aluminium and steel from Thailand", "tariffs on steel and aluminium
// products from Thailand") restrict the goods' state; a sanctioned firm's seat and what the firm did ("two firms based in Thailand
// that sold drones to Chile") name no party; an indefinite measure told with its rate in the next sentence names whom it falls on
// ("A duty of 20% will be applied to A, 15% to B"). Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();

describe('a measure on goods listed before their state restricts that state', () => {
  it('a list with a bracketed acronym, past the object reader\'s reach', () => {
    expect(restricts('Brazil has imposed surtaxes on electric vehicles (EVs), aluminium and steel from Thailand.')).toEqual(['Brazil -restricts-> Thailand']);
    expect(restricts('Brazil imposed anti-dumping duties on solar cells, wafers, modules (PV), glass and frames from Thailand.')).toEqual(['Brazil -restricts-> Thailand']);
    expect(restricts('Norway imposed new levies on farmed fish, fish feed (FF) and fish oil products from Chile.')).toEqual(['Norway -restricts-> Chile']);
  });

  it('goods headed by "products" whose state is a party, not a firm\'s seat', () => {
    expect(restricts('Brazil imposed tariffs on steel and aluminium products from Thailand, Chile and the European Union.')).toEqual(['Brazil -restricts-> Chile', 'Brazil -restricts-> European Union', 'Brazil -restricts-> Thailand']);
    expect(restricts('The Commerce Department announced the imposition of duties on imported copper and nickel products from Thailand.')).toEqual(['Commerce Department -restricts-> Thailand']);
  });

  it('no asserted claim for firms from a state, goods sent to it, a plan, a lifting, a refusal or goods excepted', () => {
    expect(restricts('Brazil imposed sanctions on firms from Thailand.')).toEqual([]);
    expect(restricts('Brazil imposed tariffs on electric vehicles (EVs), steel and aluminium sold to Thailand.')).toEqual([]);
    expect(restricts('Brazil is considering tariffs on electric vehicles (EVs), aluminium and steel from Thailand.')).toEqual([]);
    expect(restricts('Brazil lifted its tariffs on electric vehicles (EVs), aluminium and steel from Thailand.')).toEqual([]);
    expect(restricts('Brazil will not impose tariffs on electric vehicles (EVs), aluminium and steel from Thailand.')).toEqual([]);
    expect(restricts('Brazil imposed tariffs on steel and aluminium products made by firms from Thailand.')).toEqual([]);
    expect(restricts('Brazil imposed tariffs on electric vehicles (EVs), aluminium and steel, but not on goods from Thailand.')).toEqual([]);
  });

  it('the plan and the lifting keep their status', () => {
    expect(only('restricts')(claimsOf('Brazil is considering tariffs on electric vehicles (EVs), aluminium and steel from Thailand.', 'proposed'))).toEqual(['Brazil -restricts-> Thailand']);
    expect(only('restricts')(claimsOf('Brazil lifted its tariffs on electric vehicles (EVs), aluminium and steel from Thailand.', 'negated'))).toEqual(['Brazil -restricts-> Thailand']);
  });
});

describe('a sanctioned firm\'s seat and what it did name no party', () => {
  it('the state the seated firms traded with is not restricted', () => {
    expect(restricts('Brazil sanctioned two firms based in Thailand that sold drones to Chile.')).toEqual([]);
    expect(restricts('The Treasury designated four companies located in Thailand which shipped chips to Chile.')).toEqual([]);
    expect(restricts('Brazil sanctioned three entities registered in Thailand and India that helped Chile evade controls.')).toEqual([]);
    expect(restricts('The Treasury sanctioned two firms headquartered in Hong Kong who supplied engines to Iran.')).toEqual([]);
    expect(restricts('Brazil sanctioned two firms based in Thailand that sold drones to Chile, the Treasury said.')).toEqual([]);
  });

  it('a named target before the seated firms is still restricted', () => {
    expect(restricts('Brazil sanctioned Chile and two firms based in Thailand that helped it.')).toEqual(['Brazil -restricts-> Chile']);
    expect(restricts('Brazil sanctioned Chile and two firms located in Thailand which supplied it with drones.')).toEqual(['Brazil -restricts-> Chile']);
    expect(restricts('Brazil sanctioned Qorva Labs and two firms based in Thailand that sold drones to Chile.')).toEqual(['Brazil -restricts-> Qorva Labs']);
    expect(restricts('Brazil sanctioned Qorva Labs, a firm based in Thailand that sold drones to Chile.')).toEqual(['Brazil -restricts-> Qorva Labs']);
  });
});

describe('a rated measure opening the next sentence names whom it falls on', () => {
  const SET = 'Canada imposed duties on imported steel on Tuesday.';
  it('"a duty of 20 % will be applied to A, 15 % to B" restricts each firm', () => {
    expect(restricts(`${SET} A duty of 20% will be applied to Qorva Steel, 15% to Vexa Metals and 30% to Borin Corp.`)).toEqual(['Canada -restricts-> Borin Corp', 'Canada -restricts-> Qorva Steel', 'Canada -restricts-> Vexa Metals']);
    expect(restricts(`${SET} A new duty of up to 20% will apply to Qorva Steel.`)).toEqual(['Canada -restricts-> Qorva Steel']);
    expect(restricts('The European Commission imposed tariffs on imported bicycles. A tariff of 35% will be levied on Qorva Bikes.')).toEqual(['European Commission -restricts-> Qorva Bikes']);
    expect(restricts('The European Commission imposed tariffs on imported bicycles. The tariffs of 35% will be applied to Qorva Bikes and Vexa Cycles.')).toEqual(['European Commission -restricts-> Qorva Bikes', 'European Commission -restricts-> Vexa Cycles']);
  });

  it('no claim for a hedge, a negation, a lifting, a proposal, a harm, no act before, or goods sold by the firm', () => {
    expect(restricts(`${SET} A duty of 20% could be applied to Qorva Steel.`)).toEqual([]);
    expect(restricts(`${SET} A duty of 20% will not apply to Qorva Steel.`)).toEqual([]);
    expect(restricts(`${SET} A duty of 20% will be lifted for Qorva Steel.`)).toEqual([]);
    expect(restricts(`${SET} A duty of 20% was proposed for Qorva Steel.`)).toEqual([]);
    expect(restricts(`${SET} A duty could hit Qorva Steel.`)).toEqual([]);
    expect(restricts(`${SET} A duty of 20% will hit profits at Qorva Steel.`)).toEqual([]);
    expect(restricts('Qorva Steel raised its prices on Tuesday. A duty of 20% will be applied to Vexa Metals.')).toEqual([]);
    expect(restricts('Canada is set to impose duties on imported steel. A duty of 20% will be applied to Qorva Steel.')).toEqual([]);
    expect(restricts(`${SET} A duty of 20% will be applied to steel sold by Qorva Steel.`)).toEqual([]);
  });
});
