import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Stop 87's re-read of its first round: faults its readers brought in, each shown on sentences written for the tests.

describe('what the stop-87 first-round readers must not read', () => {
  it("a relative clause's negation or modal before a facing verb leaves the sanction stated; a hedge on the facing does not", () => {
    expect(only('restricts')(claimsOf('Zenco Inc, which did not comment, faces US sanctions.'))).toEqual(['United States -restricts-> Zenco Inc']);
    expect(only('restricts')(claimsOf('Zenco Inc, which may merge, faces Japanese sanctions.'))).toEqual(['Japan -restricts-> Zenco Inc']);
    expect(only('restricts')(claimsOf('Zenco Inc may face US sanctions.'))).toEqual([]);
    expect(only('restricts')(claimsOf('Zenco Inc may face US sanctions.', 'proposed'))).toEqual(['United States -restricts-> Zenco Inc']);
    expect(only('restricts')(claimsOf('Zenco Inc has never faced Japanese sanctions.', 'negated'))).toEqual(['Japan -restricts-> Zenco Inc']);
  });

  it("another firm's word spelled like a product line's is not that line; the line's own firm's is", () => {
    const other = only('develops')(claimsOf("Zenco sells the Zenco Max phones. Qorva's Max phones cost less."));
    expect(other.filter((c) => c.startsWith('Qorva'))).toEqual(['Qorva -develops-> Max']);
    expect(only('develops')(claimsOf("Zenco launched the Zenco Ray glasses on Monday. Zenco's Ray glasses sold out."))).toEqual(['Zenco -develops-> Zenco Ray']);
  });

  it("a comparison's name inside a possessed list is no member", () => {
    expect(only('develops')(claimsOf("Zenco's Zeta phones, like Qorva tablets, sold well."))).toEqual(['Zenco -develops-> Zeta']);
    expect(only('develops')(claimsOf("Zenco's Zeta phones, unlike Vexa tablets, sold well."))).toEqual(['Zenco -develops-> Zeta']);
    expect(only('develops')(claimsOf("Zenco's Zeta phones, Plix tablets and Orba watches sold well."))).toHaveLength(3);
  });

  it('firms named as co-founders stay firms', () => {
    const record = claimsOf('Zeta Motors, whose co-founder Qorva Group holds 40%, builds the Vexa car.');
    expect(record).toContain('Zeta Motors -develops-> Vexa');
    expect(only('develops')(claimsOf('Its co-founders Ana Lee and Ben Ko built the Vexa app.'))).toEqual([]);
  });

  it("a state's acts, probes and suits are no joint work", () => {
    expect(only('develops')(claimsOf('The Zeta ban was the creation of the FCC, which acted on Monday.'))).toEqual([]);
    expect(only('develops')(claimsOf('The Zeta probe was the result of a collaboration between the FCC and the FTC.'))).toEqual([]);
    expect(only('develops')(claimsOf('The Zeta lawsuit, co-designed with the FCC, was filed.'))).toEqual([]);
    expect(only('develops')(claimsOf('The Vexa app is a collaborative project from Qorva and Zenco.'))).toEqual(['Qorva -develops-> Vexa', 'Zenco -develops-> Vexa']);
  });

  it('a stock index moving with the rivals is no rival', () => {
    expect(only('competes_with')(claimsOf("Zenco's rivals rose, with the Nasdaq up 1%."))).toEqual([]);
    expect(only('competes_with')(claimsOf("Zenco's peers gained, with the Nikkei up 2% and Qorva up 5%."))).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('a cut-off with a cause that is no control restricts no one; one under a control does', () => {
    expect(only('restricts')(claimsOf('Zenco Inc was cut off from Japanese chips after a fire at a plant.'))).toEqual([]);
    expect(only('restricts')(claimsOf('Zenco Inc was cut off from Japanese suppliers when the supplier went bankrupt.'))).toEqual([]);
    expect(only('restricts')(claimsOf('Zenco Inc was cut off from Japanese chips after Japan tightened its export rules.'))).toEqual(['Japan -restricts-> Zenco Inc']);
    expect(only('restricts')(claimsOf('Zenco Inc warned that it might eventually be cut off from Japanese chips.'))).toEqual([]);
  });

  it("a licence to sell to a firm's rivals, or a domestic licence, restricts no firm", () => {
    expect(only('restricts')(claimsOf("Under Japan's rules, suppliers need a licence to sell to Zenco's rivals."))).toEqual([]);
    expect(only('restricts')(claimsOf("Japan said suppliers need a licence to sell to Zenco's rivals."))).toEqual([]);
    expect(only('restricts')(claimsOf("Under India's food safety rules, suppliers need a licence to sell to Zenco Inc."))).toEqual([]);
    expect(only('restricts')(claimsOf("Under Japan's new export rules, suppliers now need a licence to sell to Zenco Inc."))).toEqual(['Japan -restricts-> Zenco Inc']);
  });

  it('a firm no longer the one responsible for running a thing does not run it', () => {
    expect(only('develops')(claimsOf('Zenco Corp is no longer the company responsible for running Zpay.'))).toEqual([]);
    expect(only('develops')(claimsOf('Zenco Corp is responsible for running the Zpay app.'))).toEqual(['Zenco Corp -develops-> Zpay']);
  });

  it('attackers and would-be buyers are no rivals in the crosshairs', () => {
    expect(only('competes_with')(claimsOf('Zenco is now in the crosshairs of Qorva, a ransomware gang.'))).toEqual([]);
    expect(only('competes_with')(claimsOf('Zenco is in the crosshairs of Qorva, which wants to buy it.'))).toEqual([]);
    expect(only('competes_with')(claimsOf('Zenco has Qorva in its sights, eyeing a takeover.'))).toEqual([]);
    expect(only('competes_with')(claimsOf('Zenco is now in the crosshairs of Qorva and Vexa.'))).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
  });
});
