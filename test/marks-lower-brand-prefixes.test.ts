import { describe, expect, it } from 'vitest';
import { scoredClaimsOf } from './extract-helpers';

// Helper marks: a brand written in lower case that is no English word ("zeta", "nuvo") opens the name of the line after it
// ("zeta SeedPick"); an English word, a trade's jargon or a kind of thing before a name describes it and stays out.

describe('a lower-case brand before a coined name is part of that name', () => {
  it('after a verb, an owner or "its"', () => {
    expect(scoredClaimsOf('Zenco launched zeta SeedPick in Ruritania.')).toEqual(['Zenco -develops-> zeta SeedPick']);
    expect(scoredClaimsOf("Zenco's zeta SeedPick was released in Ruritania.")).toEqual(['Zenco -develops-> zeta SeedPick']);
    expect(scoredClaimsOf('Qorva launched its zeta SeedPick tool.')).toEqual(['Qorva -develops-> zeta SeedPick']);
    expect(scoredClaimsOf('Borin is releasing nuvo Plixa in Zembla.')).toEqual(['Borin -develops-> nuvo Plixa']);
  });

  it('camel-case brands keep reading as before', () => {
    expect(scoredClaimsOf('Qorva released iZen Pro last month.')).toEqual(['Qorva -develops-> iZen Pro']);
    expect(scoredClaimsOf('Borin unveiled eVexa Max in Zembla.')).toEqual(['Borin -develops-> eVexa Max']);
  });

  it('an English word, jargon or a kind before the name stays out of it', () => {
    expect(scoredClaimsOf('Zenco launched new SeedPick in Ruritania.')).toEqual(['Zenco -develops-> SeedPick']);
    expect(scoredClaimsOf('Zenco launched smart SeedPick in Zembla.')).toEqual(['Zenco -develops-> SeedPick']);
    expect(scoredClaimsOf('Zenco launched its app SeedPick in Ruritania.')).toEqual(['Zenco -develops-> SeedPick']);
    expect(scoredClaimsOf('Zenco launched the fintech SeedPick in Ruritania.')).toEqual(['Zenco -develops-> SeedPick']);
    expect(scoredClaimsOf('Zenco launched smartphone Plixa in Zembla.')).toEqual(['Zenco -develops-> Plixa']);
    expect(scoredClaimsOf('Zenco released crypto Plixa in Zembla.')).toEqual(['Zenco -develops-> Plixa']);
  });
});
