import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper san88, from fresh samples on sanctions: a firm designated "as part of" a sanctions round, a state barred from exporting,
// and a state's sanctions named as a dragnet or a campaign against their target. Sentences written for the tests.

describe('designated "as part of" a sanctions round', () => {
  it('the designator restricts each firm, and the round\'s target, not the firm', () => {
    expect(only('restricts')(scoredClaimsOf('The State Department designated Zenco as part of sanctions against Russia.'))).toEqual([
      'State Department -restricts-> Russia',
      'State Department -restricts-> Zenco',
    ]);
    expect(only('restricts')(scoredClaimsOf('Japan listed Zenco and Qorva as part of its new sanctions on Russia.'))).toEqual([
      'Japan -restricts-> Qorva',
      'Japan -restricts-> Russia',
      'Japan -restricts-> Zenco',
    ]);
    expect(only('restricts')(scoredClaimsOf('The State Department designated Zenco as part of the latest sanctions package.'))).toEqual([
      'State Department -restricts-> Zenco',
    ]);
  });

  it('"as part of" a team, a review or a non-sanctions plan designates no one', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco designated Qorva as part of its sanctions compliance team.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('Zenco named Qorva as part of its sanctions compliance review.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('The State Department designated Zenco as part of a review of its partners.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('Zenco hired Qorva as part of its sanctions team.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('Zenco, designated by Qorva as part of its sanctions programme, hired staff.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('The US did not designate Zenco as part of sanctions against Russia.'))).toEqual([]);
  });
});

describe('a state barred from exporting or selling', () => {
  it('"banned Russia from exporting steel" restricts the state', () => {
    expect(only('restricts')(scoredClaimsOf('The EU banned Russia from exporting steel to Europe.'))).toEqual(['European Union -restricts-> Russia']);
    expect(only('restricts')(scoredClaimsOf('Japan barred Iran from selling oil to its refiners.'))).toEqual(['Japan -restricts-> Iran']);
  });

  it('a firm barred from exporting stays banned, and a state barred from an airspace is no trade sanction', () => {
    expect(only('banned')(scoredClaimsOf('The EU banned Zenco from exporting steel to Europe.'))).toEqual(['European Union -banned-> Zenco']);
    expect(only('restricts')(scoredClaimsOf('The US banned Russia from using its airspace.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('Qorva barred Japan from selling its shares.'))).toEqual([]);
  });
});

describe('sanctions named as a dragnet or a campaign', () => {
  it('"the EU sanctions dragnet against Zenco" restricts Zenco', () => {
    expect(only('restricts')(scoredClaimsOf('The EU sanctions dragnet against Zenco has widened.'))).toEqual(['European Union -restricts-> Zenco']);
    expect(only('restricts')(scoredClaimsOf("Japan's sanctions campaign against Russia entered its third year."))).toEqual(['Japan -restricts-> Russia']);
    expect(only('restricts')(scoredClaimsOf('The US sanctions crackdown on Qorva hit its suppliers.'))).toEqual(['United States -restricts-> Qorva']);
  });

  it('a campaign against sanctions, or a firm\'s campaign, restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf("Zenco's anti-sanctions campaign against the EU failed."))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('Qorva launched a sanctions campaign against Vexa in court.'))).toEqual([]);
  });
});
