import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper tar89b, from news on export controls on minerals and chips, unreliable-entity lists and trade disputes: tariffs told with
// their legal basis ("Section 301 tariffs"), goods named by an acronym before the state they come from, tariffs cut to a rate or
// to nothing, shipments bound for a state that need a licence, a state's firms kept from an activity, and sanctions told in a
// fronted "under" adjunct or with a state's possessive before "sanctioned". Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();

describe('tariffs told with their legal basis', () => {
  it('a numbered provision before the noun does not hide who imposed them', () => {
    expect(restricts('The US imposed Section 301 tariffs against China.')).toEqual(['United States -restricts-> China']);
    expect(restricts('The US kept Section 301 tariffs on China.')).toEqual(['United States -restricts-> China']);
    expect(restricts('The US imposed Section 232 tariffs on steel from Japan.')).toEqual(['United States -restricts-> Japan']);
    expect(restricts('The US imposed Section 232 tariffs on Zenco Inc.')).toEqual(['United States -restricts-> Zenco Inc']);
    expect(restricts('The US imposed Section 301 tariffs of 25% on China.')).toEqual(['United States -restricts-> China']);
  });

  it('a provision is no party, and tariffs only weighed or lifted under it restrict no one', () => {
    expect(restricts('The US is weighing Section 301 tariffs against China.')).toEqual([]);
    expect(restricts('The US lifted Section 232 tariffs on steel from Japan.')).toEqual([]);
    expect(restricts('Zenco Inc said Section 301 tariffs hurt its sales.')).toEqual([]);
    expect(restricts('The US opened a Section 301 investigation into Zenco Inc.')).toEqual([]);
  });
});

describe('goods named by an acronym', () => {
  it('the state the goods come from is restricted, not the acronym', () => {
    expect(restricts('The US raised tariff rates on PV cell imports from China.')).toEqual(['United States -restricts-> China']);
    expect(restricts('The US raised tariffs on EV and PV imports from China.')).toEqual(['United States -restricts-> China']);
    expect(restricts('Canada imposed a surtax on PHEV imports from China.')).toEqual(['Canada -restricts-> China']);
  });

  it('an acronym is no target where no state is named', () => {
    expect(restricts('The US raised tariffs on PV modules.')).toEqual([]);
    expect(restricts('The US proposed tariffs on PV cell imports from China.')).toEqual([]);
  });
});

describe('tariffs cut', () => {
  // A tariff cut to a rate still stands, and a standing measure restricts (real-dev's rules); cut to nothing it is gone.
  it('cut to a rate, the tariff still restricts', () => {
    expect(restricts('Japan is cutting tariffs on Chinese cars to 15%.')).toEqual(['Japan -restricts-> China']);
    expect(restricts('Japan cut its tariffs on Zenco Inc to 10 percent.')).toEqual(['Japan -restricts-> Zenco Inc']);
  });

  it('cut to nothing, or eliminated, it restricts no one', () => {
    expect(restricts('Japan is cutting tariffs on Chinese cars to zero.')).toEqual([]);
    expect(restricts('Japan cut its tariffs on Zenco Inc to 0%.')).toEqual([]);
    expect(restricts('Japan lowered the duties on Zenco Inc to zero.')).toEqual([]);
    expect(restricts('Japan eliminated tariffs on Chinese cars.')).toEqual([]);
  });
});

describe('shipments bound for a state that need a licence', () => {
  it('the destination told as "X-bound" is restricted by the state the licence is needed from', () => {
    expect(restricts('Japan-bound shipments of Zeta chips now need a licence from China.')).toEqual(['China -restricts-> Japan']);
    expect(restricts('Japan-bound exports of gallium will require an export licence from China.')).toEqual(['China -restricts-> Japan']);
    expect(restricts('Taiwan-bound shipments of photoresist need approval from Japan.')).toEqual(['Japan -restricts-> Taiwan']);
  });

  it('no licence needed, a licence from a firm, or shipments only delayed restrict no one', () => {
    expect(restricts('Japan-bound shipments of gallium no longer need a licence from China.')).toEqual([]);
    expect(restricts('Japan-bound shipments of gallium need a licence from Zenco Inc.')).toEqual([]);
    expect(restricts('Zenco Inc said Japan-bound shipments of gallium were delayed.')).toEqual([]);
    expect(restricts('Japan-bound shipments of gallium rose, data from China showed.')).toEqual([]);
  });
});

describe('shipments bound for a state, banned or curbed', () => {
  it('the destination is restricted, not the goods', () => {
    expect(restricts('The US banned China-bound shipments of Zeta chips.')).toEqual(['United States -restricts-> China']);
    expect(restricts('The US banned all China-bound chip exports.')).toEqual(['United States -restricts-> China']);
    expect(restricts('The US curbed China-bound exports of Zeta chips.')).toEqual(['United States -restricts-> China']);
    expect(only('banned')(scoredClaimsOf('The US banned China-bound shipments of Zeta chips.'))).toEqual([]);
  });

  it('a firm halting its shipments, goods seized, or a ban denied restrict no state', () => {
    expect(restricts('Zenco Inc halted China-bound shipments of Zeta chips.')).toEqual([]);
    expect(restricts('Customs officials seized China-bound shipments of Zeta chips.')).toEqual([]);
    expect(restricts('The US will not ban China-bound shipments of Zeta chips.')).toEqual([]);
  });
});

describe('a list\'s examples set off by "including"', () => {
  it('the state qualifying the listed firms is their home, not who lists them', () => {
    expect(restricts('China added seven US defence firms, including Zenco Inc and Qorva Ltd, to its unreliable entity list.')).toEqual([
      'China -restricts-> Qorva Ltd',
      'China -restricts-> Zenco Inc',
    ]);
    expect(restricts('China added US firms, including Zenco Inc, to its unreliable entity list.')).toEqual(['China -restricts-> Zenco Inc']);
  });
});

describe('a state\'s firms kept from an activity', () => {
  it('another state\'s firms named by their demonym: that state is restricted', () => {
    expect(restricts('China restricted Japanese firms from bidding on contracts.')).toEqual(['China -restricts-> Japan']);
    expect(restricts('China restricted Japanese tech firms from buying local chipmakers.')).toEqual(['China -restricts-> Japan']);
    expect(restricts('China barred Japanese companies from investing in its chip sector.')).toEqual(['China -restricts-> Japan']);
  });

  it('a state\'s own firms, a restriction only weighed, or denied, restrict no other state', () => {
    expect(restricts('China restricted Chinese firms from listing abroad.')).toEqual([]);
    expect(restricts('China could restrict Japanese firms from bidding on contracts.')).toEqual([]);
    expect(restricts('China did not restrict Japanese firms from bidding.')).toEqual([]);
    // (Imports of another state's goods named by its demonym restrict that state since helper trx93, as imports from it do: see
    // extract-trade-lists-import-demonyms-later-rates; a state's own goods stay unread.)
    expect(restricts('China restricted exports of Chinese seafood.')).toEqual([]);
  });
});

describe('sanctions told without a plain clause', () => {
  it('a fronted "under" adjunct falls on the subject after its comma', () => {
    expect(restricts('Under US sanctions since 2020, Zenco Inc has struggled to buy chips.')).toEqual(['United States -restricts-> Zenco Inc']);
    expect(restricts('Under sanctions by the EU, Zenco Inc sold its stake in Qorva Ltd.')).toEqual(['European Union -restricts-> Zenco Inc']);
    expect(restricts('Under American sanctions, Zenco Inc cut its forecast.')).toEqual(['United States -restricts-> Zenco Inc']);
  });

  it('already read: a participle, a compound and a relative clause', () => {
    expect(restricts('Zenco Inc, sanctioned by the US in 2022, said sales fell.')).toEqual(['United States -restricts-> Zenco Inc']);
    expect(restricts('US-sanctioned Zenco Inc said sales fell.')).toEqual(['United States -restricts-> Zenco Inc']);
    expect(restricts('Zenco Inc, which has been under US sanctions since 2020, said sales fell.')).toEqual(['United States -restricts-> Zenco Inc']);
  });

  it('a state\'s possessive before "sanctioned" is the firm\'s home, not who sanctioned it', () => {
    expect(restricts("China's top sanctioned chipmaker Zenco Inc said sales fell.")).toEqual([]);
    expect(restricts("Russia's sanctioned bank Zenco Inc said sales fell.")).toEqual([]);
    expect(restricts("China's sanctioned firms, including Zenco Inc, said sales fell.")).toEqual([]);
    expect(restricts('The sanctioned firm Zenco Inc said sales fell.')).toEqual([]);
  });

  it('a fronted adjunct of no sanctions, or sanctions only threatened, restrict no one', () => {
    expect(restricts('Under the US plan, Zenco Inc will sell its stake.')).toEqual([]);
    expect(restricts('Under threat of US sanctions, Zenco Inc sold its stake.')).toEqual([]);
    expect(restricts('Under pressure from the US, Zenco Inc sold its stake in Qorva Ltd.')).toEqual([]);
    expect(scoredClaimsOf("Under France's ban, Zenco Inc can no longer sell its phones there.")).toEqual([]);
  });
});
