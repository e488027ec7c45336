import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper trd90, from stop 90's seventy-ninth fresh sample (trade cases on bikes, lenses and furniture; device regulators; pet-food
// import halts; a divestment order): trade-defence measures and duty orders named by their case words, goods "originating in" a
// state, a measure told as a relative clause's head or as the charge on goods, a regulator's stop-sale order told in the passive
// or over a maker's goods, a halt to the trade in a maker's goods or to imports from its plants, a divestment under a body's
// mandate, and a device class a regulator designates (no listing). Sentences written for the tests.

const bans = (text: string): string[] => only('banned')(scoredClaimsOf(text));
const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));

describe('trade-defence measures, duty orders and goods originating in a state', () => {
  it('"anti-dumping measures", "safeguard measures" and "the duty order" on goods from a state restrict it', () => {
    expect(restricts('India extended anti-dumping measures on bicycles imported from China.')).toEqual(['India -restricts-> China']);
    expect(restricts('Brazil imposed safeguard measures on steel imported from Vietnam.')).toEqual(['Brazil -restricts-> Vietnam']);
    expect(restricts('India renewed the duty order on spectacle frames from China.')).toEqual(['India -restricts-> China']);
  });

  it('"on frames originating in China": the goods\' origin is the state restricted', () => {
    expect(restricts('India renewed the anti-dumping duties on frames originating in China.')).toEqual(['India -restricts-> China']);
    expect(restricts('Argentina imposed anti-dumping duties on lenses originating in Thailand.')).toEqual(['Argentina -restricts-> Thailand']);
  });

  it('measures only proposed, lifted or spoken of, and bare "measures", restrict no one', () => {
    expect(restricts('India proposed anti-dumping measures on bicycles imported from China.')).toEqual([]);
    expect(restricts('Zenco Bikes said the anti-dumping measures hurt its sales.')).toEqual([]);
    expect(restricts('India took measures on bicycles imported from China.')).toEqual([]);
    expect(restricts('The bicycles originating in China sold well in India.')).toEqual([]);
  });
});

describe('a trade measure told around the state that imposed it', () => {
  it('"the duties the United States has imposed on Zenco", "the tariffs that Japan imposed on goods from Vietnam"', () => {
    expect(restricts('Zenco Sofas kept selling despite the tariffs the United States imposed on Qorva Ltd.')).toEqual(['United States -restricts-> Qorva Ltd']);
    expect(restricts('Zenco Sofas raised prices after the duties that Japan imposed on goods from Vietnam.')).toEqual(['Japan -restricts-> Vietnam']);
  });

  it('"led India to charge imports from China with a tariff"', () => {
    expect(restricts('The shortage led India to charge imports from China with an additional tariff.')).toEqual(['India -restricts-> China']);
  });

  it('tariffs only threatened or possible, a firm\'s tariffs, or a charge denied restrict no one', () => {
    expect(restricts('Zenco Sofas kept selling despite the tariffs the United States threatened to impose on Qorva Ltd.')).toEqual([]);
    expect(restricts('Zenco Sofas kept selling despite the tariffs the United States may impose on Qorva Ltd.')).toEqual([]);
    expect(restricts('Zenco Telecom matched the tariffs that Qorva Mobile imposed on customers.')).toEqual([]);
    expect(restricts('India will not charge imports from China with a tariff.')).toEqual([]);
  });
});

describe("a regulator's stop-sale order", () => {
  it('"Zenco was ordered by the regulator to stop selling mesh": the body bans each firm', () => {
    expect(bans('Zenco Medical was ordered by the Food and Drug Administration to stop selling mesh.')).toEqual(['Food and Drug Administration -banned-> Zenco Medical']);
    expect(bans('Zenco Medical and Qorva AS were ordered by the Food and Drug Administration to stop selling mesh.').sort()).toEqual([
      'Food and Drug Administration -banned-> Qorva AS',
      'Food and Drug Administration -banned-> Zenco Medical',
    ]);
  });

  it('"ordered products made by A and B to be pulled" bans the makers', () => {
    expect(bans('The Food and Drug Administration ordered products made by Zenco Medical and Qorva AS to be pulled.').sort()).toEqual([
      'Food and Drug Administration -banned-> Qorva AS',
      'Food and Drug Administration -banned-> Zenco Medical',
    ]);
  });

  it('"called for a temporary halt to trading in Zenco": the trade in its goods is halted', () => {
    expect(bans('The Food and Drug Administration called for a temporary halt to trading in Zenco Bikes.')).toEqual(['Food and Drug Administration -banned-> Zenco Bikes']);
  });

  it('the named product is the one banned; a firm stopping of its own accord, a halt to trading in shares, or goods only tested are no bans of the firm', () => {
    expect(bans('Zenco Medical was ordered by the Food and Drug Administration to stop selling the Zeta Sling.')).not.toContain('Food and Drug Administration -banned-> Zenco Medical');
    expect(bans('Zenco Medical stopped selling mesh after the Food and Drug Administration asked it to.')).toEqual([]);
    expect(bans('The Securities Commission ordered a halt to trading in Zenco Bikes shares.')).toEqual([]);
    expect(bans('The Food and Drug Administration ordered products made by Zenco Medical to be tested.')).toEqual([]);
  });
});

describe("an import halt from a maker's plants", () => {
  it('"chose to halt imports of feed from Zenco\'s Polish plant" bans the maker', () => {
    expect(bans("The Zembla Veterinary Agency chose to halt imports of feed from Zenco Foods's Polish plant.")).toEqual(['Zembla Veterinary Agency -banned-> Zenco Foods']);
    expect(bans("The Zembla Veterinary Agency suspended imports of pet food from Zenco Foods' Serbian plants.")).toEqual(['Zembla Veterinary Agency -banned-> Zenco Foods']);
  });

  it('a firm halting its own imports bans nothing', () => {
    expect(bans("Qorva Foods halted imports of feed from Zenco Foods's Polish plant.")).toEqual([]);
  });
});

describe("a divestment under a body's mandate", () => {
  it('"Zenco, under a mandate from the Commission, will divest 12 clinics" restricts the firm', () => {
    expect(restricts('Zenco Inc, under a mandate from the Federal Trade Commission, will divest 12 clinics.')).toEqual(['Federal Trade Commission -restricts-> Zenco Inc']);
    expect(restricts('Zenco Inc., under an order from the Federal Trade Commission, must sell 12 clinics.')).toEqual(['Federal Trade Commission -restricts-> Zenco Inc']);
  });

  it("a plan of the firm's own, mere pressure, or a mandate to open clinics restricts no one", () => {
    expect(restricts('Zenco Inc, under a plan from its own board, will divest 12 clinics.')).toEqual([]);
    expect(restricts('Zenco Inc, under pressure from the Federal Trade Commission, will divest 12 clinics.')).toEqual([]);
    expect(restricts('Zenco Inc, under a mandate from the Federal Trade Commission, will open 12 clinics.')).toEqual([]);
  });
});

describe("a regulator's device class is no designation", () => {
  it('"designated the Zeta monitor an integrated meter" restricts nothing', () => {
    expect(restricts('The Food and Drug Administration designated the Zeta monitor an integrated glucose meter.')).toEqual([]);
  });

  it('a plain listing, or a threat complement after the kind noun, still restricts', () => {
    expect(restricts('The Treasury designated Zenco Ltd on Tuesday.')).toEqual(['Treasury -restricts-> Zenco Ltd']);
    expect(restricts('The State Department designated the Zenco group a terrorist organisation.')).toEqual(['State Department -restricts-> Zenco']);
  });
});
