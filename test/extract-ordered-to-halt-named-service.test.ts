import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 85 (bn85), from the last fresh sample's missed bans: a regulator's or a court's order to a firm to halt, stop or discontinue
// its own named service bans the service; an order to wind up its business bans the firm. Sentences written for the tests.

const bans = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('an order to a firm to halt its named service', () => {
  it('"ordered Zenco to halt its Zapp service" bans the service', () => {
    expect(bans("Turkey's telecoms regulator ordered Zenco Ltd to halt its Zapp service on Tuesday.")).toContain("Turkey's telecoms regulator -banned-> Zapp");
    expect(bans('A Kenyan court ordered Zenco Ltd to stop its Zapp lending app.')).toContain('Kenya -banned-> Zapp');
    expect(bans("Italy's privacy watchdog directed Qorva Inc to discontinue its Vexa chatbot in the country.")).toContain('Garante -banned-> Vexa');
  });

  it('the service named bare after the stop verb', () => {
    expect(bans("Turkey's telecoms regulator ordered Zenco Ltd to halt Zapp.")).toContain("Turkey's telecoms regulator -banned-> Zapp");
    expect(bans('A Nigerian court ordered Qorva Inc to cease Vexa Pay immediately.')).toContain('Nigeria -banned-> Vexa Pay');
    expect(bans("Brazil's data authority instructed Zenco Ltd to stop the Zapp service.")).toContain("Brazil's data authority -banned-> Zapp");
  });
});

describe('an order to wind up a business', () => {
  it('"ordered Zenco to wind up its operations" bans the firm', () => {
    expect(bans("Kenya's central bank ordered Zenco Ltd to wind up its operations.")).toContain("Kenya's central bank -banned-> Zenco Ltd");
    expect(bans("India's market regulator directed Qorva Inc to wind up its business in the country.")).toContain("India's market regulator -banned-> Qorva Inc");
    expect(bans("Nigeria's securities regulator ordered Zenco Ltd and Qorva Inc to wind up their activities.")).toEqual(expect.arrayContaining([
      "Nigeria's securities regulator -banned-> Zenco Ltd",
      "Nigeria's securities regulator -banned-> Qorva Inc",
    ]));
  });
});

describe('orders that stop no service', () => {
  it('orders to pay, to disclose or to fix ban nothing', () => {
    expect(bans("Turkey's competition authority ordered Zenco Ltd to pay a fine over its Zapp service.")).toEqual([]);
    expect(bans("Italy's privacy watchdog ordered Zenco Ltd to disclose how its Zapp service stores data.")).toEqual([]);
    expect(bans("Brazil's data authority ordered Qorva Inc to fix its Vexa app within 30 days.")).toEqual([]);
  });

  it('halting a practice, not the service, bans nothing', () => {
    expect(bans("Turkey's telecoms regulator ordered Zenco Ltd to halt its Zapp ads.")).toEqual([]);
    expect(bans("Italy's privacy watchdog ordered Qorva Inc to stop the Vexa promotion it ran last year.")).toEqual([]);
    expect(bans("Brazil's data authority ordered Zenco Ltd to stop collecting data through its Zapp app.")).not.toContain("Brazil's data authority -banned-> Zapp");
    expect(bans("Turkey's telecoms regulator ordered Zenco Ltd to stop Zapp from tracking users.")).toEqual([]);
    expect(bans("Turkey's telecoms regulator ordered Zenco Ltd to stop Qorva Inc from entering the market.")).toEqual([]);
  });

  it('"ordered" as bought, a firm\'s own order to its staff, negation and proposals', () => {
    expect(bans('Zenco Ltd ordered 40 Qorva jets for its fleet.')).toEqual([]);
    expect(bans('Zenco Ltd ordered its Qorva unit to halt its Zapp service.')).toEqual([]);
    expect(bans("Turkey's telecoms regulator did not order Zenco Ltd to halt its Zapp service.")).toEqual([]);
    expect(bans("Turkey's telecoms regulator may order Zenco Ltd to halt its Zapp service.")).toEqual([]);
    expect(bans("Turkey's telecoms regulator threatened to order Zenco Ltd to halt its Zapp service.")).toEqual([]);
  });

  it('"wind up" in other senses, and a person, ban nothing', () => {
    expect(bans("Kenya's central bank ordered Zenco Ltd to wind up its review by May.")).toEqual([]);
    expect(bans("Kenya's central bank ordered John Smith to wind up his business.")).toEqual([]);
    expect(bans('Zenco Ltd told Qorva Inc to wind up its operations in the region.')).toEqual([]);
  });
});

describe('an authorisation taken away', () => {
  it('"revoked the authorisation of Zenco", "withdrew Zenco\'s authorisation to operate" ban the holder', () => {
    expect(bans("Kenya's central bank revoked the authorisation of Zenco Ltd.")).toContain("Kenya's central bank -banned-> Zenco Ltd");
    expect(bans("Kenya's central bank revoked Zenco Ltd's authorization to operate.")).toContain("Kenya's central bank -banned-> Zenco Ltd");
    expect(bans("India's market regulator withdrew Qorva Inc's authorisation with immediate effect.")).toContain("India's market regulator -banned-> Qorva Inc");
  });

  it('an authorisation granted, asked for, or taken by a firm bans nothing', () => {
    expect(bans("Kenya's central bank granted Zenco Ltd's authorisation.")).toEqual([]);
    expect(bans("Kenya's central bank rejected Zenco Ltd's authorisation request.")).toEqual([]);
    expect(bans("Kenya's central bank may revoke Zenco Ltd's authorisation.")).toEqual([]);
    expect(bans("Zenco Ltd withdrew Qorva Inc's authorisation to resell its phones.")).toEqual([]);
  });
});
