import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 67, fourth round, from its first- and second-round samples: a list's member introduced by its kind and a naming word, an
// owner ending the use of a thing, a legal form between an owner's name and its "'s"; orders and announcements that bind a firm,
// sellers and standards bodies dropping a firm or its goods; makers in fronted participles and appositions, flagships, competition
// given to a rival. Sentences written for the tests.

describe('a member named by its kind after "along with"', () => {
  it('"shut down AlphaBay, along with a market called Hansa" bans both', () => {
    expect(only('banned')(scoredClaimsOf('The FBI shut down AlphaBay, along with a market called Hansa.'))).toEqual(['FBI -banned-> AlphaBay', 'FBI -banned-> Hansa']);
  });
});

describe('an owner ending the use of a thing', () => {
  it('"no longer lets intelligence agencies use Dataminr", "will not allow users to install Telegram" ban it', () => {
    expect(only('banned')(scoredClaimsOf('Twitter no longer lets intelligence agencies use Dataminr.'))).toEqual(['Twitter -banned-> Dataminr']);
    expect(only('banned')(scoredClaimsOf('Apple will not allow users to install Telegram.'))).toEqual(['Apple -banned-> Telegram']);
  });

  it('a thing that may not use something else is not banned', () => {
    expect(only('banned')(scoredClaimsOf('Apple does not allow Telegram to use its payment system.'))).toEqual([]);
  });
});

describe("a legal form before the owner's 's", () => {
  it('"Capcom Co.\'s Street Fighter 6", "Capcom Co., Ltd.\'s Street Fighter 6"', () => {
    expect(only('develops')(scoredClaimsOf("Players compared Capcom Co.'s Street Fighter 6 with it."))).toEqual(['Capcom -develops-> Street Fighter 6']);
    expect(only('develops')(scoredClaimsOf("Capcom Co., Ltd.'s Street Fighter 6 sold well."))).toEqual(['Capcom -develops-> Street Fighter 6']);
  });
});

describe('orders and announcements that bind a firm', () => {
  it('"The CMA said FNZ must sell GBST" restricts FNZ; a firm saying so restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf('The CMA said FNZ must sell GBST.'))).toEqual(['Competition and Markets Authority -restricts-> FNZ']);
    expect(only('restricts')(scoredClaimsOf('Apple said Samsung must sell more phones.'))).toEqual([]);
  });

  it('"The FTC\'s final order imposes strict conditions on Microsoft", "the order settling the FTC\'s charges requires Microsoft to …"', () => {
    expect(only('restricts')(scoredClaimsOf("The FTC's final order imposes strict conditions on Microsoft."))).toEqual(['Federal Trade Commission -restricts-> Microsoft']);
    expect(only('restricts')(scoredClaimsOf("The order settling the FTC's charges requires Microsoft to sell Activision."))).toEqual(['Federal Trade Commission -restricts-> Microsoft']);
  });

  it('"finalized an order with Drizly" restricts it; a proposed order does not', () => {
    expect(only('restricts')(scoredClaimsOf('The FTC finalized an order with Drizly.'))).toEqual(['Federal Trade Commission -restricts-> Drizly']);
    expect(only('restricts')(scoredClaimsOf('The FTC proposed an order with Drizly.'))).toEqual([]);
  });

  it('"will require Microsoft to adhere to the following conditions"', () => {
    expect(only('restricts')(scoredClaimsOf('The FTC will require Microsoft to adhere to the following conditions.'))).toEqual(['Federal Trade Commission -restricts-> Microsoft']);
  });
});

describe('sellers and standards bodies dropping a firm or its goods', () => {
  it('"AT&T and Verizon decided not to sell the Mate 10 Pro" bans it by both', () => {
    expect(only('banned')(scoredClaimsOf('AT&T and Verizon decided not to sell the Mate 10 Pro.'))).toEqual(['AT&T -banned-> Mate 10 Pro', 'Verizon -banned-> Mate 10 Pro']);
  });

  it('"removed Huawei from its membership list" bans Huawei', () => {
    expect(only('banned')(scoredClaimsOf('The SD Association removed Huawei from its membership list.'))).toEqual(['SD Association -banned-> Huawei']);
  });

  it('"ban Voyager Labs from its platforms, Facebook and Instagram": the platforms are the banner\'s', () => {
    expect(only('develops')(scoredClaimsOf('Meta plans to ban Voyager Labs from its platforms, Facebook and Instagram.'))).toEqual(['Meta -develops-> Facebook', 'Meta -develops-> Instagram']);
  });
});

describe('makers in fronted participles and appositions, and rivals given competition', () => {
  it('"Released in 2020 by developer Mediatonic, Fall Guys …"', () => {
    expect(only('develops')(scoredClaimsOf('Released in 2020 by developer Mediatonic, Fall Guys became a hit.'))).toEqual(['Mediatonic -develops-> Fall Guys']);
  });

  it('"Nintendo, creator of the Mario series, …": a name before "series" is a work, though the tagger knows a person', () => {
    expect(only('develops')(scoredClaimsOf('Nintendo, creator of the Mario series, grew.'))).toEqual(['Nintendo -develops-> Mario']);
  });

  it('"This Flexify oven, by appliance brand Midea, …"', () => {
    expect(only('develops')(scoredClaimsOf('This Flexify oven, by appliance brand Midea, costs $200.'))).toEqual(['Midea -develops-> Flexify']);
  });

  it('"Samsung\'s flagships are the Galaxy S24 and the Galaxy Z Fold 6"', () => {
    expect(only('develops')(scoredClaimsOf("Samsung's flagships are the Galaxy S24 and the Galaxy Z Fold 6."))).toEqual(['Samsung -develops-> Galaxy S24', 'Samsung -develops-> Galaxy Z Fold 6']);
  });

  it('"QMobile is giving tough competition to Samsung"', () => {
    expect(only('competes_with')(scoredClaimsOf('QMobile is giving tough competition to Samsung.'))).toEqual(['QMobile -competes_with-> Samsung']);
  });
});
