import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Stop 85's re-read of the stop's whole change: faults its readers brought in, each shown on sentences written for the tests.

describe('what the stop-85 readers must not read', () => {
  it('a deal named after "took on a rival with its" is no product', () => {
    expect(only('develops')(claimsOf('Qorva took on Zenco with its Vexa acquisition.'))).toEqual([]);
    expect(only('develops')(claimsOf('Qorva took on Zenco with its Zeta tablet.'))).toEqual(['Qorva -develops-> Zeta']);
  });

  it('a state that designates or lists a firm as trusted restricts nothing', () => {
    expect(only('restricts')(claimsOf('Zenco, a supplier that Japan designated in 2020 as a trusted vendor, won the contract.'))).toEqual([]);
    expect(only('restricts')(claimsOf('Zenco, a supplier that Japan added to its approved vendor list in 2020, won the contract.'))).toEqual([]);
    expect(only('restricts')(claimsOf('Zenco, which Japan sanctioned in 2020, sells chips.'))).toEqual(['Japan -restricts-> Zenco']);
  });

  it("a firm's instructions to uninstall an app ban nothing; an agency's directive does", () => {
    expect(only('banned')(claimsOf('Zenco published instructions to uninstall Zapp on its website.'))).toEqual([]);
    expect(only('banned')(claimsOf("Canada's cyber agency directed federal agencies to disconnect all Qorva Gate appliances."))).toHaveLength(1);
  });

  it('a thing "named" or "codenamed" by its maker is still its', () => {
    expect(only('develops')(claimsOf('The new chip, internally codenamed Zeta by Zenco, will ship in May.'))).toEqual(['Zenco -develops-> Zeta']);
    expect(only('develops')(claimsOf('The model, named Zeta by Zenco, launched in May.'))).toEqual(['Zenco -develops-> Zeta']);
  });

  it("a partner or rival after a firm's possessive is not its own thing: removing it is a ban", () => {
    expect(only('banned')(claimsOf('Zenco removed its longtime partner Zapp from its app store.'))).toEqual(['Zenco -banned-> Zapp']);
    expect(only('banned')(claimsOf('Zenco suspended its Vexa store in Canada.'))).toEqual([]);
  });

  it('a replacement is read as such only where a service is shut', () => {
    expect(only('competes_with')(claimsOf('Zenco, which closed a funding round last week, recommends Vexa as an alternative to Qorva.'))).toEqual(['Vexa -competes_with-> Qorva']);
    expect(only('competes_with')(claimsOf('Zenco is shutting Qorvo, recommending Vexa as an alternative to it.'))).toEqual([]);
  });

  it('"p2p" and "b2b" are no model codes', () => {
    expect(only('develops')(claimsOf('Zenco p2p lending app Zapp grew fast.')).filter((c) => c.includes('p2p'))).toEqual([]);
  });

  it('a firm operating a thing "jointly under licence" still runs it', () => {
    expect(only('develops')(claimsOf('Zapp is operated jointly under licence by Zenco.'))).toEqual(['Zenco -develops-> Zapp']);
  });

  it('a writing noun before a kind of thing only describes the thing', () => {
    expect(only('develops')(claimsOf('Zenco released a study assistant, Zeta, for students.'))).toEqual(['Zenco -develops-> Zeta']);
  });

  it('a state written with its initials makes what "the UK government" developed', () => {
    expect(only('develops')(claimsOf('The UK government developed the Zapp app in 2020.'))).toHaveLength(1);
  });
});
