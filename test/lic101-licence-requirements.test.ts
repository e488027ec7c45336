import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Helper lic101 (stop 101): licence requirements told with no control verb restrict the firm that must hold the licence, the goods it
// is for and the place they go (licence-requirement-patterns.ts). Sentences made up for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));

describe('a licence requirement without a control verb restricts the firm, the goods and the place', () => {
  it.each([
    ['New U.S. rules require Zenco to obtain a licence before shipping Z9 chips to China.', ['United States -restricts-> China', 'United States -restricts-> Z9', 'United States -restricts-> Zenco']],
    ['The United States requires Zenco to obtain a license to export its Z9 chips to China.', ['United States -restricts-> China', 'United States -restricts-> Z9', 'United States -restricts-> Zenco']],
    ['The Commerce Department will require Zenco and Qorva to apply for licenses before selling Z9 chips to China.', ['Commerce Department -restricts-> China', 'Commerce Department -restricts-> Qorva', 'Commerce Department -restricts-> Z9', 'Commerce Department -restricts-> Zenco']],
    ['The Netherlands made Zenco apply for export licences for its Z9 machines.', ['Netherlands -restricts-> Z9', 'Netherlands -restricts-> Zenco']],
    ['Germany required Zenco to seek an export licence for sales of its Z9 to Iran.', ['Germany -restricts-> Iran', 'Germany -restricts-> Z9', 'Germany -restricts-> Zenco']],
    ["Japan's new export rules require Qorva to obtain licences for shipments of its Vexa tools to China.", ['Japan -restricts-> China', 'Japan -restricts-> Qorva', 'Japan -restricts-> Vexa']],
    ['Washington forced Zenco to apply for a licence to ship Z9 servers to Russia.', ['United States -restricts-> Russia', 'United States -restricts-> Z9', 'United States -restricts-> Zenco']],
    ['Beijing ordered Qorva to obtain export licenses for its Vexa magnets.', ['China -restricts-> Qorva', 'China -restricts-> Vexa']],
    ['Tokyo now requires Qorva to first obtain export licences for its Vexa lasers.', ['Japan -restricts-> Qorva', 'Japan -restricts-> Vexa']],
    ['South Korea has made Qorva seek export permits for shipments of its Vexa wafers to China.', ['South Korea -restricts-> China', 'South Korea -restricts-> Qorva', 'South Korea -restricts-> Vexa']],
    // A firm before goods named by their kind is their maker, not named as restricted: the place alone.
    ["Japan will require licences for exports of Zenco's lithography tools to China.", ['Japan -restricts-> China']],
    ['Zenco now needs a licence from the U.S. government to ship its Z9 chips to China.', ['United States -restricts-> China', 'United States -restricts-> Z9', 'United States -restricts-> Zenco']],
    ['Qorva has to apply for a licence from Japan before exporting its Vexa lasers to Russia.', ['Japan -restricts-> Qorva', 'Japan -restricts-> Russia', 'Japan -restricts-> Vexa']],
    ["Under the Commerce Department's rule, exporters now need a license to sell Z9 accelerators to Saudi Arabia and the UAE.", ['Commerce Department -restricts-> Saudi Arabia', 'Commerce Department -restricts-> United Arab Emirates', 'Commerce Department -restricts-> Z9']],
    ["Under Japan's new export rules, chipmakers must obtain licences to ship its Vexa tools to China.", ['Japan -restricts-> China', 'Japan -restricts-> Vexa']],
    ["Under Japan's new export rules, chipmakers must obtain licences to ship Vexa tools to China.", ['Japan -restricts-> China']],
    ['Shipments of the Z9 to China now require a license from Washington.', ['United States -restricts-> China', 'United States -restricts-> Z9']],
    // Exporting is trade abroad with no place named.
    ['The United States requires Zenco to obtain a licence to export Z9 chips.', ['United States -restricts-> Z9', 'United States -restricts-> Zenco']],
    ['Japan requires licences for exports of Z9 chips.', ['Japan -restricts-> Z9']],
    // The passive, its state after "by" or "from".
    ['Zenco was required by the Commerce Department to obtain licences to ship Z9 chips to China.', ['Commerce Department -restricts-> China', 'Commerce Department -restricts-> Z9', 'Commerce Department -restricts-> Zenco']],
    ['Zenco and Qorva were required by the Commerce Department to obtain licences for exports of their Z9 chips to China.', ['Commerce Department -restricts-> China', 'Commerce Department -restricts-> Qorva', 'Commerce Department -restricts-> Z9', 'Commerce Department -restricts-> Zenco']],
    ['Zenco will be required to obtain a licence from the United States to export Z9 chips to China.', ['United States -restricts-> China', 'United States -restricts-> Z9', 'United States -restricts-> Zenco']],
    ['Zenco has been forced to seek export licences from Japan.', ['Japan -restricts-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(restricts(text)).toEqual(claims);
  });

  it.each([
    // A licence granted, bought or sold, or one to trade at home: no export control.
    ['Zenco obtained a licence to operate in India.', []],
    ['Zenco bought a software license from Qorva.', []],
    ['Zenco licenses its Zeta design to Qorva.', []],
    ['India requires Zenco to obtain a licence to sell insurance in India.', []],
    ['Zenco needs a licence from India to operate in India.', []],
    // Selling, shipping or supplying with no name it goes to may be trade at home: an authority to trade, no export control.
    ['Britain required Zenco to obtain a licence to supply electricity to homes.', []],
    ['Singapore requires Qorva to hold a licence to transfer money.', []],
    ['Nigeria required Zenco to get a permit to ship crude oil.', []],
    ['Zenco now needs a licence from Ofcom to send text messages.', []],
    ['India requires Zenco to obtain a licence to sell its Zeta policies.', []],
    // A firm's demand is no state's control.
    ['Zenco required Qorva to obtain a licence to sell Vexa chips to China.', []],
    ['Zenco needs a licence from Qorva to ship its Z9 chips to China.', []],
    // A licence to sell to a firm is a control on that buyer (licence-required), not on the seller nor on the goods.
    ['The United States required Qorva to obtain a licence to sell Vexa chips to Zenco.', ['United States -restricts-> Zenco']],
    ['The United States required Zenco to obtain approvals before selling Z9 chips to Qorva.', ['United States -restricts-> Qorva']],
    ['Shipments of the Z9 to Qorva now require a license from Washington.', []],
    // The passive hedged or denied, or with no state.
    ['Zenco was not required to obtain a licence from the United States to export Z9 chips to China.', []],
    ['Zenco could be required to obtain a licence from the United States to export Z9 chips to China.', []],
    ['Zenco is required to obtain a licence to ship Z9 chips to China.', []],
    // A requirement only proposed, considered, hedged or denied is not asserted.
    ['The proposed rule would require Zenco to obtain licences to ship Z9 chips to China.', []],
    ['The United States is considering requiring Zenco to obtain licences to ship Z9 chips to China.', []],
    ['The United States has proposed rules that would require Zenco to obtain licences to ship Z9 chips to China.', []],
    ['Zenco would need a licence from the U.S. government to ship its Z9 chips to China.', []],
    ['The United States does not require Zenco to obtain a licence to ship Z9 chips to China.', []],
    ['Japan could require licences for exports of Z9 chips to China.', []],
  ])('near miss "%s"', (text, claims) => {
    expect(restricts(text)).toEqual(claims);
  });

  it('keeps what the restricts readers do with an easing', () => {
    expect(claimsOf('Washington eased licence requirements for Zenco.')).toContain('United States -restricts-> Zenco');
  });
});
