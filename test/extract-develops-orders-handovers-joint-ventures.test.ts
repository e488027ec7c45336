import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Helper sup89, from fresh samples on rail, ship, aircraft, vaccine and telecom deals: the firm a buyer contracts with, places an
// order with or awards the work to supplies the goods, the buyer makes nothing; a builder hands over or delivers a batch of what it
// makes; a joint venture of two firms is each one's; an operator of goods built by another, or a buyer taking delivery of "its" goods,
// is no maker; work only bid for, hoped for or cancelled is not asserted. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(claimsOf(text));
const proposed = (text: string): string[] => only('develops')(claimsOf(text, 'proposed'));
const negated = (text: string): string[] => only('develops')(claimsOf(text, 'negated'));

describe('the firms a buyer contracts with', () => {
  it('"Qorva contracted with Zenco and Vexa to supply Zeta turbines": the suppliers make them, not the buyer', () => {
    expect(develops('Qorva Corp contracted with Zenco Inc and Vexa AG to supply Zeta 300 turbines.')).toEqual([
      'Vexa AG -develops-> Zeta 300',
      'Zenco Inc -develops-> Zeta 300',
    ]);
    expect(develops('Qorva Corp contracted with Zenco Inc to build Zeta 300 frigates.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
    expect(develops('Ruritania has contracted with Zenco Inc to supply Zeta 300 turbines.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
  });

  it('a firm that signs a contract with a buyer to supply still supplies; a contract to operate makes nothing', () => {
    expect(develops('Zenco Inc signed a contract with Qorva Corp to supply Zeta 300 trains.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
    expect(develops('Qorva Corp contracted with Zenco Inc to operate the Zeta 300 line.')).toEqual([]);
    expect(develops('Qorva Corp contracted with John Smith to build Zeta 300 frigates.')).toEqual([]);
  });
});

describe('an order placed with, or work awarded to, a supplier', () => {
  it('"placed an order with Zenco for 23 Zeta trains", "awarded Zenco a contract for the supply of …": the supplier makes them', () => {
    expect(develops('Qorva Corp has placed an order with Zenco Inc for 23 Zeta 300 trains.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
    expect(develops('Qorva Corp placed a $90 million order with Zenco Inc for the supply of 51 Zeta 300 trains.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
    expect(develops('Qorva Corp awarded Zenco Inc a contract for the supply of up to 50 Zeta 300 locomotives.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
    expect(develops('Ruritania awarded Zenco Inc an order for 60 Zeta 300 rail cars.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
  });

  it('work on goods, or an order of no goods counted or supplied, names no maker', () => {
    expect(develops('Qorva Corp awarded Zenco Inc a contract for the maintenance of the Zeta 300 trains.')).toEqual([]);
    expect(develops('Qorva Corp placed an order with Zenco Inc for software for the Zeta 300 fleet.')).toEqual([]);
    expect(develops('Qorva Corp awarded Zenco Inc a contract for the repair of 20 Zeta 300 trains.')).toEqual([]);
    expect(develops('Qorva Corp placed an order with John Smith for 20 Zeta 300 trains.')).toEqual([]);
  });
});

describe('hand-overs and deliveries of a batch', () => {
  it('"handed over the first Zeta frigate", "delivered the final batch of Zeta trains": the builder makes them', () => {
    expect(develops('Zenco Inc handed over the first Zeta 300 frigate to the navy.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
    expect(develops('Zenco Inc delivered the final batch of Zeta 300 trains.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
    expect(develops('Zenco Inc delivered the first of 10 Zeta 300 jets to Qorva Corp.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
  });

  it('handing over control, data or a report, or a batch of something else, makes nothing', () => {
    expect(develops('Zenco Inc handed over control of Zeta 300 to Qorva Corp.')).toEqual([]);
    expect(develops('Zenco Inc handed over Zeta 300 data to the regulator.')).toEqual([]);
    expect(develops('Zenco Inc delivered a batch of complaints about Zeta 300 to the regulator.')).toEqual([]);
    expect(develops('Zenco Inc did not hand over the first Zeta 300 frigate.')).toEqual([]);
  });
});

describe('joint ventures', () => {
  it('"the Zeta phone, a joint venture of Zenco and Qorva": both make it', () => {
    expect(develops('The Zeta 300 phone, a joint venture of Zenco Inc and Qorva Corp, went on sale.')).toEqual([
      'Qorva Corp -develops-> Zeta 300',
      'Zenco Inc -develops-> Zeta 300',
    ]);
    expect(develops('The Zeta 300, a joint venture between Zenco Inc and Qorva Corp, flew on Monday.')).toEqual([
      'Qorva Corp -develops-> Zeta 300',
      'Zenco Inc -develops-> Zeta 300',
    ]);
  });

  it('a venture of people, or a venture named apart from the thing, names no maker of the thing', () => {
    expect(develops('The Zeta 300 phone, a joint venture of John Smith and Jane Doe, went on sale.')).toEqual([]);
    expect(develops('Zenco Inc and Qorva Corp said their venture would not build the Zeta 300 phone.')).toEqual([]);
  });
});

describe('operators of goods built by another', () => {
  it('"Qorva operates Zeta ferries built by Zenco": Zenco makes them, the operator does not', () => {
    expect(develops('Qorva Corp operates Zeta 300 ferries built by Zenco Inc.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
    expect(develops('Qorva Corp operates the Zeta 300 app, built by Zenco Inc.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
    expect(develops('Qorva Corp operates 20 Zeta 300 jets leased from Zenco Inc.')).toEqual([]);
  });

  it('an operator of a thing with no other maker named still runs it', () => {
    expect(develops('Qorva Corp operates the Zeta 300 app.')).toEqual(['Qorva Corp -develops-> Zeta 300']);
    expect(develops('Qorva Corp runs the Zeta 300 app, made by its own engineers.')).toEqual(['Qorva Corp -develops-> Zeta 300']);
  });
});

describe('goods a buyer takes delivery of', () => {
  it('"Qorva took delivery of its first Zeta jet from Zenco": the seller makes it, the buyer\'s "its" does not', () => {
    expect(develops('Qorva Corp took delivery of its first Zeta 300 jet from Zenco Inc.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
    expect(develops('Qorva Corp received its first Zeta 300 jets from Zenco Inc.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
    expect(develops('Qorva Corp bought its Zeta 300 trains from Zenco Inc.')).not.toContain('Qorva Corp -develops-> Zeta 300');
    expect(develops('Qorva Corp took delivery of its first Zeta 300 jet.')).toEqual([]);
  });

  it('a maker\'s "its" before what it delivers, or before an approval it received, still makes', () => {
    expect(develops('Zenco Inc delivered its first Zeta 300 jet to Qorva Corp.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
    expect(develops('Zenco Inc received its Zeta 300 certification from the regulator.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
    expect(develops("Qorva Corp took delivery of Zenco Inc's first Zeta 300 jet.")).toEqual(['Zenco Inc -develops-> Zeta 300']);
  });
});

describe('work only sought, hoped for or cancelled', () => {
  it('"is bidding to supply", "vying to build", "hopes to supply", "in talks to supply" are proposals', () => {
    expect(develops('Zenco Inc is bidding to supply Zeta 300 trains.')).toEqual([]);
    expect(proposed('Zenco Inc is bidding to supply Zeta 300 trains.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
    expect(develops('Zenco Inc is one of three firms vying to build Zeta 300 frigates.')).toEqual([]);
    expect(develops('Zenco Inc hopes to supply Zeta 300 trains.')).toEqual([]);
    expect(develops('Zenco Inc is in talks to supply Zeta 300 trains.')).toEqual([]);
    expect(develops('Zenco Inc was shortlisted to build the Zeta 300 frigates.')).toEqual([]);
  });

  it('a contract cancelled is negated; one only signed after a cancelled one still makes', () => {
    expect(develops('Qorva Corp cancelled its contract with Zenco Inc to build Zeta 300 frigates.')).toEqual([]);
    expect(negated('Qorva Corp cancelled its contract with Zenco Inc to build Zeta 300 frigates.')).toContain('Zenco Inc -develops-> Zeta 300');
    expect(develops('Qorva Corp scrapped a deal for Zenco Inc to supply Zeta 300 chips.')).toEqual([]);
    expect(develops('Zenco Inc won a contract to build Zeta 300 frigates after Qorva Corp cancelled its order.')).toEqual(['Zenco Inc -develops-> Zeta 300']);
  });
});
