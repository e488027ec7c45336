import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rcq97, from real food, toy, appliance and car recalls (US, UK and Canadian news): a recall names consumer goods after their
// brand ("98,000 Zeta dehumidifiers", "its Lumo pies"), and shops and makers recall goods sold under their own name ("Zenco is
// recalling Zenco Extra Large Prawns"). Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a recall of consumer goods named by their brand', () => {
  it('appliances, vehicles and food after a count or "its"', () => {
    expect(develops('Zenco Electronics recalled 98,000 Lumo and Vexa dehumidifiers after reports of fires.')).toEqual(['Zenco Electronics -develops-> Lumo', 'Zenco Electronics -develops-> Vexa']);
    expect(develops('Zenco Motors last year recalled 107,000 Lumo minivans.')).toEqual(['Zenco Motors -develops-> Lumo']);
    expect(develops('Zenco Foods is recalling its Lumo pies after a supplier warning.')).toEqual(['Zenco Foods -develops-> Lumo']);
    expect(develops('Zenco Foods is recalling 4,000 Lumo pies.')).toEqual(['Zenco Foods -develops-> Lumo']);
  });

  it('no maker where another made the goods, a regulator announces the recall, or people are recalled', () => {
    expect(develops('Qorva Stores is recalling 5,000 Lumo heaters made by Zenco Electronics.')).not.toContain('Qorva Stores -develops-> Lumo');
    expect(develops('Qorva Imports Inc. is recalling 900 Lumo toys (#808) imported from Zembla.')).toEqual([]);
    expect(develops('The FDA announced the recall of Lumo pies.')).toEqual([]);
    expect(develops('Ruritania recalled its ambassador to Zembla.')).toEqual([]);
    expect(develops('Zembla United recalled two Lumo players to the squad.')).toEqual([]);
    expect(develops('Zenco Motors recalled 300 Lumo workers after the strike.')).toEqual([]);
    expect(develops('She recalled the Lumo years fondly.')).toEqual([]);
    expect(develops('The Lumo recall election is set for May.')).toEqual([]);
  });
});

describe('goods recalled under the recaller\'s own name', () => {
  it('a shop or a maker recalling goods that open with its name', () => {
    expect(develops('Zenco is recalling Zenco Extra Large King Prawns because they contain raw prawns.')).toEqual(['Zenco -develops-> Zenco Extra Large King Prawns']);
    expect(develops('Zenco Foods is recalling Zenco Heavenly Original Houmous.')).toEqual(['Zenco Foods -develops-> Zenco Heavenly Original Houmous']);
  });

  it('no maker where the goods carry another name, or the recaller is a state or an agency', () => {
    expect(develops('Zenco is recalling Qorva Extra Large King Prawns because they contain raw prawns.')).not.toContain('Zenco -develops-> Qorva Extra Large King Prawns');
    expect(develops('The Zenco agency is recalling Zenco Heavenly Original Houmous.')).not.toContain('Zenco -develops-> Zenco Heavenly Original Houmous');
    expect(develops('Zenco recalled that Zenco Heavenly Houmous sold out in a day.')).toEqual([]);
  });
});

describe('a stock ticker between a firm and its verb', () => {
  it('"Zenco Motors (NYSE:ZM) is recalling …": the ticker is no part of the clause', () => {
    expect(develops('Zenco Motor Company (NASDAQ:ZNC) has recalled 6,707 Lumo minivans.')).toEqual(['Zenco Motor Company -develops-> Lumo']);
    expect(develops('Zenco Motors (NYSE: ZM) is recalling 9,000 Lumo scooters.')).toEqual(['Zenco Motors -develops-> Lumo']);
  });

  it('a bracket of other words still stands between', () => {
    expect(develops('Zenco Motors (a unit of Qorva) is recalling 9,000 Lumo scooters made by Vexa.')).not.toContain('Zenco Motors -develops-> Lumo');
    expect(develops('Qorva Stores (NYSE:QS) is recalling 9,000 Lumo scooters made by Vexa Inc.')).not.toContain('Qorva Stores -develops-> Lumo');
  });
});

