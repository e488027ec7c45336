import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper imb92, stop 92's policy fix: a state's ban, halt, suspension or closure of imports or of the sale of another state's goods
// bans that state (the fresh samples' readers counted it under "X bans, blocks, bars, prohibits … Y"; it was `restricts` since stop
// 91), and a halt of imports from a firm's plant bans the firm. Tariffs, quotas, restrictions, export bans to a state and boycotts
// still restrict; a firm's own halt, a ban proposed or lifted, and imports only told of give nothing. Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();
const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();

describe("a state's ban on imports of another state's goods", () => {
  it('a ban or halt of imports from states bans each state', () => {
    expect(banned('Russia banned imports of food from Norway, Chile and Peru.')).toEqual(['Russia -banned-> Chile', 'Russia -banned-> Norway', 'Russia -banned-> Peru']);
    expect(banned('China is blocking meat imports from Brazil.')).toEqual(['China -banned-> Brazil']);
    expect(banned('China halted imports from Vietnam.')).toEqual(['China -banned-> Vietnam']);
    expect(banned('Russia imposed an import ban on beef from Norway.')).toEqual(['Russia -banned-> Norway']);
    expect(restricts('Russia banned imports of food from Norway, Chile and Peru.')).toEqual([]);
  });

  it('the state named by its demonym or before its goods', () => {
    expect(banned('China imposed a ban on imports of Thai crab.')).toEqual(['China -banned-> Thailand']);
    expect(banned('Russia suspends Norwegian beef imports.')).toEqual(['Russia -banned-> Norway']);
    expect(banned('Russia bans Chile, Peru goods')).toEqual(['Russia -banned-> Chile', 'Russia -banned-> Peru']);
    expect(banned('Russia slaps ban on Norwegian salmon exports')).toEqual(['Russia -banned-> Norway']);
  });

  it('a ban on the sale, an order to shops, a market closed to the goods', () => {
    expect(banned('Norway has prohibited the sale of products made in Chile.')).toEqual(['Norway -banned-> Chile']);
    expect(banned('Norway ordered shops to remove goods imported from Chile.')).toEqual(['Norway -banned-> Chile']);
    expect(banned('Vietnam closes market for shrimp from Thailand.')).toEqual(['Vietnam -banned-> Thailand']);
    expect(banned('Russia closed its market to Norwegian salmon.')).toEqual(['Russia -banned-> Norway']);
  });
});

describe("a halt of imports from a firm's plant", () => {
  it('bans the firm that owns or runs the plant', () => {
    expect(banned('China suspended imports from a Zenco Inc plant in Brazil.')).toEqual(['China -banned-> Zenco Inc']);
    expect(banned('China suspends poultry imports from Zenco Inc plant.')).toEqual(['China -banned-> Zenco Inc']);
    expect(banned("China halted imports from Zenco Inc's Northtown plant.")).toEqual(['China -banned-> Zenco Inc']);
    expect(banned('China suspended imports from a plant owned by Zenco Inc.')).toEqual(['China -banned-> Zenco Inc']);
    expect(banned('China suspended beef imports from plants owned by Zenco Inc and Qorva Ltd.')).toEqual(['China -banned-> Qorva Ltd', 'China -banned-> Zenco Inc']);
  });

  it('not a firm halting imports, nor the plant of a firm named only as another\'s', () => {
    expect(banned('Zenco Inc halted imports from a plant owned by Qorva Ltd.')).toEqual([]);
    expect(banned("China suspended imports from a plant owned by Zenco Inc's rival.")).toEqual([]);
    expect(banned('China praised imports from a plant owned by Zenco Inc.')).toEqual([]);
  });
});

describe('near misses that still restrict or give nothing', () => {
  it('tariffs, quotas, restrictions and curbs restrict, they ban no state', () => {
    expect(restricts('China imposed tariffs on imports from Thailand.')).toEqual(['China -restricts-> Thailand']);
    expect(restricts('China imposed quotas on steel imports from Thailand.')).toEqual(['China -restricts-> Thailand']);
    expect(restricts('China placed restrictions on imports from Thailand.')).toEqual(['China -restricts-> Thailand']);
    expect(restricts('China restricted imports of beef from Thailand.')).toEqual(['China -restricts-> Thailand']);
    expect(banned('China imposed tariffs on imports from Thailand.')).toEqual([]);
    expect(banned('China placed restrictions on imports from Thailand.')).toEqual([]);
    expect(banned('China restricted imports of beef from Thailand.')).toEqual([]);
  });

  it('an export ban to a state and a boycott restrict it', () => {
    expect(restricts('China banned fuel exports to Thailand.')).toEqual(['China -restricts-> Thailand']);
    expect(banned('China banned fuel exports to Thailand.')).toEqual([]);
    expect(banned('Vietnam, Peru and Chile launched a boycott of China.')).toEqual([]);
  });

  it("a firm's own halt, a ban proposed, threatened or lifted, imports told of, a market closed to firms", () => {
    expect(banned('Zenco Inc halted imports from Thailand.')).toEqual([]);
    expect(banned('Zenco Inc closed its market for shrimp from Thailand.')).toEqual([]);
    expect(banned('China threatened to halt imports of milk powder from Thailand.')).toEqual([]);
    expect(banned('China lifted its ban on imports from Thailand.')).toEqual([]);
    expect(banned('China is considering a ban on imports from Thailand.')).toEqual([]);
    expect(banned('Imports from Thailand rose in May.')).toEqual([]);
    expect(banned('Russia closed its market to foreign firms.')).toEqual([]);
    expect(banned('China did not halt imports from Thailand.')).toEqual([]);
  });
});
