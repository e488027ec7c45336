import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Round 84 (fp84): a platform's name before software built for it ("its iOS and Android games", "the Windows version of Zeta") is
// not what the firm made. Sentences written for the tests.

const develops = (text: string) => only('develops')(scoredClaimsOf(text));

describe('a platform before what runs on it', () => {
  it('gives the firm no platform it made', () => {
    expect(develops('Zenco released its iOS and Android games this year.')).toEqual([]);
    expect(develops("Zenco's iOS and Android apps include Zeta Run.")).toEqual([]);
    expect(develops('Zenco released iOS and Android versions of Zeta Run.')).toEqual(['Zenco -develops-> Zeta Run']);
    expect(develops('Zenco launched the Windows edition of Zeta Chat.')).toEqual(['Zenco -develops-> Zeta Chat']);
  });

  it('guards: the firm\'s own titles before the noun, a device running a system', () => {
    expect(develops('Zenco released its Zeta and Vela games this year.')).toEqual(['Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(develops('Zenco released the Zeta game on Tuesday.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco launched Zeta OS, which runs its phones.')).toEqual(['Zenco -develops-> Zeta OS']);
  });
});
