import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Helper rlh94, from real rivalry news in consumer markets (supermarkets, sportswear, fast food, retail chains): ground won or lost
// between rivals told by its movement, a platform before a quarrel's noun, a state's name between an owner's 's and its rival noun,
// and rivals of long standing. Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(claimsOf(text));
const develops = (text: string): string[] => only('develops')(claimsOf(text));

describe('ground gained on a rival', () => {
  it('"gaining on", "making gains on", "pulling away from", "chipping away at X\'s lead", "counter the advance of"', () => {
    expect(rivals('Zenco Foods and Vexa Mart are making steady gains on Qorva Stores, each opening new shops.').sort()).toEqual(['Vexa Mart -competes_with-> Qorva Stores', 'Zenco Foods -competes_with-> Qorva Stores']);
    expect(rivals('Zenco Foods is gaining on market leader Qorva Stores.')).toEqual(['Zenco Foods -competes_with-> Qorva Stores']);
    expect(rivals('Discount grocers Zenco Foods and Vexa Mart continue to pull away from Qorva Stores as its sales stall.').sort()).toEqual(['Vexa Mart -competes_with-> Qorva Stores', 'Zenco Foods -competes_with-> Qorva Stores']);
    expect(rivals("Zenco Sports is chipping away at Qorva Athletic's dominant position in running shoes.")).toEqual(['Zenco Sports -competes_with-> Qorva Athletic']);
    expect(rivals('Zenco Sports is eroding the lead of Qorva Athletic in trainers.')).toEqual(['Zenco Sports -competes_with-> Qorva Athletic']);
    expect(rivals('Zenco Foods and Vexa Mart have made bold moves this year to counter the advance of Qorva Stores.').sort()).toEqual(['Vexa Mart -competes_with-> Qorva Stores', 'Zenco Foods -competes_with-> Qorva Stores']);
  });

  it('a price, a listing, a partner left, a debt, a state, a hedge or news about a firm is no ground won on a rival', () => {
    expect(rivals('Zenco Foods shares gained on the Nasdaq.')).toEqual([]);
    expect(rivals('Zenco Foods gained on the Nasdaq after Qorva Stores reported.')).toEqual([]);
    expect(rivals("Zenco Foods gained on Qorva Stores's bid.")).toEqual([]);
    expect(rivals('Zenco Foods pulled away from Qorva Stores after the scandal.')).toEqual([]);
    expect(rivals("Zenco Foods is chipping away at Qorva Stores's debt.")).toEqual([]);
    expect(rivals('China moved to check the rise of Qorva Stores.')).toEqual([]);
    expect(rivals('Zenco Foods hopes to counter the advance of Qorva Stores.')).toEqual([]);
    expect(rivals("Zenco Foods made gains on Qorva Stores's platform.")).toEqual([]);
  });
});

describe('a platform before a quarrel\'s noun', () => {
  it('the firms quarrel; the platform carries the quarrel and is no rival', () => {
    expect(rivals('Zenco Burgers started a Twitter feud with competitor Qorva Chicken.')).toEqual([]);
    expect(rivals('Zenco Burgers mocked Qorva Chicken, which led to a Twitter showdown.')).toEqual([]);
    expect(rivals('Zenco Burgers took a swipe at Qorva Chicken over its meal deal in a Twitter spat.')).toEqual([]);
  });

  it('a firm named before a quarrel keeps its part', () => {
    expect(rivals("Zenco Burgers's feud with rival Qorva Chicken grew.")).toEqual(['Zenco Burgers -competes_with-> Qorva Chicken']);
  });
});

describe("a state's name between an owner's 's and its rival noun", () => {
  it('"Zenco\'s main US rival", "to be Zenco\'s top US competitor": the owner is the rival, the state only places it', () => {
    expect(rivals("Qorva Sports, Zenco Athletic's main US rival, grew.")).toEqual(['Qorva Sports -competes_with-> Zenco Athletic']);
    expect(rivals("Qorva Sports and Vexa Gear are locked in a battle to be Zenco Athletic's top US competitor.")).toEqual(['Qorva Sports -competes_with-> Vexa Gear', 'Qorva Sports -competes_with-> Zenco Athletic', 'Vexa Gear -competes_with-> Zenco Athletic']);
  });

  it('the rival so named is no product of the owner, and a state is no rival', () => {
    expect(develops("Qorva Sports, Zenco Athletic's main US rival, grew.")).toEqual([]);
    expect(rivals("Zenco Athletic's US rivals grew.")).toEqual([]);
    expect(rivals('Qorva Sports is a US rival.')).toEqual([]);
  });
});

describe('rivals of long standing', () => {
  it('"are long-term competitors", "are perennial rivals"', () => {
    expect(rivals('The Zenco Cola Corporation and Qorva Drinks are long-term competitors.')).toEqual(['Zenco Cola Corporation -competes_with-> Qorva Drinks']);
    expect(rivals('Zenco Cola and Qorva Drinks are perennial rivals.')).toEqual(['Zenco Cola -competes_with-> Qorva Drinks']);
  });

  it('partners or holders of long standing are no rivals', () => {
    expect(rivals('Zenco Cola and Qorva Drinks are long-term partners.')).toEqual([]);
    expect(rivals('Zenco Cola and Qorva Drinks are long-term shareholders.')).toEqual([]);
  });
});

describe('a rivalry told with its field before "is between"', () => {
  it('"the biggest rivalry in retail right now is between A and B", tickers after the names too', () => {
    expect(rivals('The biggest rivalry in retail right now is between Zenco Stores and Qorva Mart.')).toEqual(['Zenco Stores -competes_with-> Qorva Mart']);
    expect(rivals('The fiercest rivalry in the sector today is between Zenco Stores (ZNS) and Qorva Mart (QMT).')).toEqual(['Zenco Stores -competes_with-> Qorva Mart']);
  });

  it('a rivalry denied, between states, or with a firm not named right after "between" is none read so', () => {
    expect(rivals('The rivalry in retail is not between Zenco Stores and Qorva Mart.')).toEqual([]);
    expect(rivals('The biggest rivalry in football is between France and Germany.')).toEqual([]);
    expect(rivals('The biggest rivalry in the company is between its founders, Zenco Stores and Qorva Mart.')).toEqual([]);
  });
});
