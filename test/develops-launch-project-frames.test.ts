import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper dvm92, from stop 92's eighty-fifth fresh sample (drone and EV makers): a maker told through a project under its brand, a
// fronted participle of launching whose "its" points to the firm after it, a reveal of its own kind named in apposition, the first
// to come to market with a thing, and a bracketed "(maker of …)" in a list. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a project started under a brand', () => {
  it('"announced a new drone project under the Zeta brand" makes the brand the firm\'s', () => {
    expect(develops('Zenco Inc has announced a new drone project under the Zeta brand.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Zenco Inc kicked off an ambitious robotics venture under the Zeta name.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Zenco Inc has announced a new drone project under the Zeta brand, its first.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });

  it('a brand licensed from another, another\'s brand, a contract or a plan names no project of the firm\'s', () => {
    expect(develops('Zenco Inc has announced a new drone project under the Zeta brand licensed from Qorva Corp.')).toEqual([]);
    expect(develops('Zenco Inc has announced a new drone project under the Zeta brand owned by Qorva Corp.')).toEqual(['Qorva Corp -develops-> Zeta']);
    expect(develops('Zenco Inc has announced a new drone project under Qorva Corp\'s Zeta brand.')).toEqual(['Qorva Corp -develops-> Zeta']);
    expect(develops('Zenco Inc signed a supply contract under the Zeta brand.')).toEqual([]);
    expect(develops('Zenco Inc plans to announce a new drone project under the Zeta brand.')).toEqual([]);
    expect(develops('Zenco Inc has not announced a drone project under the Zeta brand.')).toEqual([]);
    expect(develops('Zenco Inc has announced a new drone project under the Qorva Corp brand.')).toEqual([]);
    expect(develops('Zenco Inc has announced a new drone project under the Zeta brand for Qorva Corp.')).toEqual([]);
    expect(develops('Zenco Inc is considering a new drone project under the Zeta brand.')).toEqual([]);
  });
});

describe('a fronted participle of launching, "its" pointing to the firm after the comma', () => {
  it('"Since announcing its Zeta drone project, Zenco has been quiet"', () => {
    expect(develops('Since announcing its Zeta drone project, Zenco Inc has been quiet.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Since first teasing its Zeta drone last November, Zenco Inc has said little.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });

  it('a deal, an investment, another verb, a possessor or a pair after the comma read nothing', () => {
    expect(develops('Since announcing its deal with Qorva Corp, Zenco Inc has been quiet.')).toEqual([]);
    expect(develops('Since announcing its investment in the Zeta project, Zenco Inc has been quiet.')).toEqual([]);
    expect(develops('Since reviewing its Zeta drone project, Zenco Inc has been quiet.')).toEqual([]);
    expect(develops('Since announcing its Zeta drone project, Zenco Inc and Qorva Corp have been quiet.')).toEqual([]);
    expect(develops('Since announcing its Zeta drone project, Zenco Inc\'s partner Qorva Corp has been quiet.')).toEqual([]);
    expect(develops('Since announcing its Germany expansion, Zenco Inc has hired 200 people.')).toEqual([]);
    expect(develops('Since announcing its Berlin drone hub, Zenco Inc has hired 200 people.')).toEqual([]);
    expect(develops('Since announcing its Zeta drone project in a tie-up with Qorva Corp, Zenco Inc has been quiet.')).toEqual([]);
    expect(develops('Since announcing its Zeta drone project, Zenmart, a retailer, has been quiet.')).toEqual([]);
  });
});

describe('a reveal of the firm\'s own kind, named in apposition', () => {
  it('"Zenco, for instance, has revealed its first SUV, the Zapp"', () => {
    expect(develops('Zenco Inc, for instance, has revealed its first SUV, the Zapp.')).toEqual(['Zenco Inc -develops-> Zapp']);
    expect(develops('Zenco Inc showcased its new electric sedan, the Zapp X.')).toEqual(['Zenco Inc -develops-> Zapp X']);
  });

  it('another\'s kind, results, a partner or a plan to reveal name nothing of the firm\'s', () => {
    expect(develops('Zenco Inc revealed its rival\'s new SUV, the Zapp.')).toEqual([]);
    expect(develops('Zenco Inc revealed its first-quarter results, the best in years.')).toEqual([]);
    expect(develops('Zenco Inc has revealed its new partner, Qorva Corp.')).toEqual([]);
    expect(develops('Zenco Inc plans to reveal its first SUV, the Zapp, next year.')).toEqual([]);
    expect(develops('Zenco Inc did not reveal its first SUV, the Zapp.')).toEqual([]);
    expect(develops('Zenco Inc presented its award for best SUV, the Zapp.')).toEqual([]);
    expect(develops('Zenco Inc revealed its top pick, the Zapp.')).toEqual([]);
    expect(develops('Zenco Inc revealed its first SUV, the Zapp, built by Qorva Corp.')).toEqual(['Qorva Corp -develops-> Zapp']);
    expect(develops('Zenco Inc revealed its new ad agency, the Zapp Group.')).toEqual([]);
  });
});

describe('the first to come to market with a thing', () => {
  it('"Zenco was the first to step up with the Zapp"', () => {
    expect(develops('Zenco Inc was the first to step up with the Zapp.')).toEqual(['Zenco Inc -develops-> Zapp']);
    expect(develops('Zenco Inc was the first carmaker to come out with a vehicle called the Zapp.')).toEqual(['Zenco Inc -develops-> Zapp']);
  });

  it('a review, a partner, funding or another\'s thing brought name no maker', () => {
    expect(develops('Zenco Inc was the first to review the Zapp.')).toEqual([]);
    expect(develops('Zenco Inc was the first to step up with Qorva Corp.')).toEqual([]);
    expect(develops('Zenco Inc was the first to step up with funding for the Zapp.')).toEqual([]);
    expect(develops('Zenco Inc was the first to step up with the Zapp made by Qorva Corp.')).toEqual(['Qorva Corp -develops-> Zapp']);
    expect(develops('Zenco Inc was the first retailer to step up with the Zapp.')).toEqual([]);
    expect(develops('Zenco Inc was the first to step up with a bid for the Zapp.')).toEqual([]);
    expect(develops('Zenco Inc was the first to come out with support for the Zapp.')).toEqual([]);
    expect(develops('Zenco Inc was not the first to step up with the Zapp.')).toEqual([]);
  });
});

describe('a bracketed credit after a firm', () => {
  it('"… Qorva (maker of Quix) and Zenco" names Qorva\'s own thing', () => {
    expect(develops('Makers such as Vantix Corp, Qorva Corp (maker of Quix) and Zenco Inc gathered.')).toEqual(['Qorva Corp -develops-> Quix']);
  });

  it('a ticker, a client or a seller in brackets names nothing', () => {
    expect(develops('Makers such as Vantix Corp, Qorva Corp (ZNC) and Zenco Inc gathered.')).toEqual([]);
    expect(develops('Makers such as Vantix Corp, Qorva Corp (a client of Quix) and Zenco Inc gathered.')).toEqual([]);
    expect(develops('Makers such as Vantix Corp, Qorva Corp (seller of Quix) and Zenco Inc gathered.')).toEqual([]);
    expect(develops('Makers such as Vantix Corp, Qorva Corp (distributor of Quix) and Zenco Inc gathered.')).toEqual([]);
    expect(develops('Makers such as Vantix Corp, Qorva Corp (investor in Quix) and Zenco Inc gathered.')).toEqual([]);
    expect(develops('Makers such as Vantix Corp, Qorva Corp (maker of Quix parts) and Zenco Inc gathered.')).toEqual([]);
    expect(develops('Makers such as Vantix Corp, Qorva Corp (maker of Zenco Inc) and Vexa Corp gathered.')).toEqual([]);
    expect(develops('Makers such as Vantix Corp, Qorva Corp (a unit of Quix) and Zenco Inc gathered.')).toEqual([]);
  });

  it('parts or accessories named after a thing tell of the thing they fit, set off or in brackets; a line of chips is made', () => {
    expect(develops('Qorva Corp, maker of Quix parts, said sales rose.')).toEqual([]);
    expect(develops('Qorva Corp, a supplier of Quix accessories, grew.')).toEqual([]);
    expect(develops('Qorva Corp, maker of Quix chips, said sales rose.')).toEqual(['Qorva Corp -develops-> Quix']);
  });
});

describe('a vehicle or a drone the firm has, called by name', () => {
  it('"Zenco has a vehicle called the Zapp"', () => {
    expect(develops('Zenco Inc has a vehicle called the Zapp.')).toEqual(['Zenco Inc -develops-> Zapp']);
    expect(develops('Zenco Inc has an electric truck called the Zapp.')).toEqual(['Zenco Inc -develops-> Zapp']);
  });

  it('a partner, a client or a plan called by name is no thing the firm has made', () => {
    expect(develops('Zenco Inc has a partner called Qorva Corp.')).toEqual([]);
    expect(develops('Zenco Inc has a client called Qorva Corp.')).toEqual([]);
    expect(develops('Zenco Inc has a plan called Zapp.')).toEqual([]);
    expect(develops('Zenco Inc has a dealer called Zapp Motors.')).toEqual([]);
    expect(develops('Zenco Inc has a fund called Zapp Capital.')).toEqual([]);
  });
});

describe('a market entered with a named thing of a made kind', () => {
  it('"Zenco is diving into drones with the Zeta Flight platform"', () => {
    expect(develops('Zenco Inc is diving into drones with the Zeta Flight platform.')).toEqual(['Zenco Inc -develops-> Zeta Flight']);
    expect(develops('Zenco Inc dove into e-bikes with the Zeta Flight scooter.')).toEqual(['Zenco Inc -develops-> Zeta Flight']);
  });

  it('a place, a deal, another\'s thing, a partner, help, an investor or a plan name nothing of the firm\'s', () => {
    expect(develops('Zenco Inc moved into Ruritania with the Zeta Flight platform.')).toEqual([]);
    expect(develops('Zenco Inc entered talks with the Zeta Flight platform team.')).toEqual([]);
    expect(develops('Zenco Inc moved into drones with the Zeta Flight deal.')).toEqual([]);
    expect(develops('Zenco Inc moved into drones with Qorva Corp\'s Zeta Flight platform.')).toEqual(['Qorva Corp -develops-> Zeta Flight']);
    expect(develops('Zenco Inc entered drones with the Zeta Flight platform from Qorva Corp.')).toEqual(['Qorva Corp -develops-> Zeta Flight']);
    expect(develops('Zenco Inc moved into drones with the Zeta Flight platform it licensed from Qorva Corp.')).toEqual([]);
    expect(develops('Zenco Inc moved into drones with Qorva Corp and the Zeta Flight platform.')).toEqual([]);
    expect(develops('Zenco Inc is diving into drones with the help of the Zeta Flight platform.')).toEqual([]);
    expect(develops('Zenco Capital moved into drones with the Zeta Flight platform.')).toEqual([]);
    expect(develops('Zenco Inc plans to move into drones with the Zeta Flight platform.')).toEqual([]);
    expect(develops('Zenco Inc did not move into drones with the Zeta Flight platform.')).toEqual([]);
  });
});
