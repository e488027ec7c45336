import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Fresh news samples (helper fp82): a measure a firm is said to have broken, dodged or evaded ("circumventing sanctions
// against Ruritania", "violated the arms embargo on Zembla") is no act stated in the sentence: neither the firm nor the
// agency reporting it restricts the state the measure names. Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));

describe('a measure broken or evaded restricts nothing', () => {
  it('"circumventing sanctions against X" after a reporting agency', () => {
    expect(restricts('The Commerce Department said the firm helped efforts related to circumventing sanctions against Ruritania.')).toEqual([]);
    expect(restricts('The Treasury said the firm circumvents sanctions on Ruritania by using shell companies.')).toEqual([]);
    expect(restricts('The Treasury said the network sought to bypass sanctions targeting Ruritania.')).toEqual([]);
  });

  it('the listed firm is no actor of the measure it evaded', () => {
    expect(restricts('Zenco was added to the Entity List for helping efforts related to circumventing sanctions against Ruritania.')).toEqual([]);
    expect(restricts('The Commerce Department said Vexa Systems violated the arms embargo against Zembla.')).toEqual([]);
    expect(restricts('The Commerce Department said the firms flouted curbs on Ruritania.')).toEqual([]);
    expect(restricts('Zenco was fined for sidestepping sanctions on Ruritania.')).toEqual([]);
  });

  it('"in contravention of", "in defiance of", "get around" name a measure broken too', () => {
    expect(restricts('Qorva Labs was penalized for shipping drones to Zembla in contravention of the embargo on Zembla.')).toEqual([]);
    expect(restricts('Qorva Labs shipped drones to Zembla in defiance of sanctions on Zembla, the Treasury said.')).toEqual([]);
    expect(restricts('The Treasury sanctioned Vexa Trading, saying it ran a scheme to get around sanctions on Zembla.')).toEqual(['Treasury -restricts-> Vexa Trading']);
  });

  it('the act of listing the firm stays', () => {
    expect(restricts('The Commerce Department added Zenco to the Entity List for supplying parts in violation of export controls on Ruritania.')).toEqual(['Commerce Department -restricts-> Zenco']);
    expect(restricts('Qorva Labs was sanctioned by the Treasury for evading controls imposed on Zembla.')).toEqual(['Treasury -restricts-> Qorva Labs']);
  });
});

describe('guards: a measure imposed is still an act', () => {
  it('an act stated with its actor stays', () => {
    expect(restricts('The Treasury imposed sanctions against Ruritania.')).toEqual(['Treasury -restricts-> Ruritania']);
    expect(restricts('The United States imposed export controls on Zembla in 2022.')).toEqual(['United States -restricts-> Zembla']);
  });

  it('an act after a clause about breaking rules stays', () => {
    expect(only('banned')(scoredClaimsOf('Zenco breached the rules and Ruritania banned Zapp.'))).toEqual(['Ruritania -banned-> Zapp']);
    expect(restricts('Because Zenco broke the rules, Ruritania sanctions Zenco.')).toEqual(['Ruritania -restricts-> Zenco']);
    expect(restricts('After Zenco violated the rules, the Treasury sanctioned Qorva Labs.')).toEqual(['Treasury -restricts-> Qorva Labs']);
  });
});

// Review 82b: the evading words are whole words ("defiantly", "a breakthrough", "a data breach" break no measure), stand right
// before the measure with only its qualifiers between, and an active verb's walk ends at its subject.
describe('guards: a word only looking like breaking a measure', () => {
  const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

  it('an adverb of defiance is no "in defiance of"', () => {
    expect(banned('Zembla defiantly banned Vexa Chat last week.')).toEqual(['Zembla -banned-> Vexa Chat']);
    expect(restricts('The Treasury defiantly sanctioned Qorva Labs on Monday.')).toEqual(['Treasury -restricts-> Qorva Labs']);
  });

  it('a breach or a breakthrough told before the act is no evasion', () => {
    expect(banned('After the privacy breach Zembla banned Vexa Chat.')).toEqual(['Zembla -banned-> Vexa Chat']);
    expect(restricts('After a cyber breach the Treasury sanctioned Qorva Labs.')).toEqual(['Treasury -restricts-> Qorva Labs']);
    expect(banned('Following a breakthrough in talks Zembla blocked Vexa Chat.')).toEqual(['Zembla -banned-> Vexa Chat']);
    expect(banned('Soon after the breakaway vote Ruritania banned Zapp.')).toEqual(['Ruritania -banned-> Zapp']);
  });

  it('a measure broken is still no act', () => {
    expect(restricts('Qorva Labs breached the arms embargo on Zembla, prosecutors said.')).toEqual([]);
    expect(restricts('The Treasury said Zenco acted in breach of sanctions on Ruritania.')).toEqual([]);
    expect(restricts('Zenco was accused of defying sanctions on Zembla.')).toEqual([]);
    expect(restricts('Vexa Systems breached the UN arms embargo on Ruritania.')).toEqual([]);
  });
});
