import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 76, fourth round, from its forty-fourth set (drawn at 049d2a0): listed firms written with two legal forms and their country
// ("Zenco Pvt. Ltd., Pakistan, and …"), a pair of licences whose second is for exports, a consent order that bars a firm from
// misrepresenting, an agreement a firm made with a body "which requires", a decision that a firm "be added" to a list; and from
// the forty-third set, holds on licences for a destination, denied export privileges and firms "named for sanctions".
// Sentences written for the tests.

describe('listed firms with their legal forms and countries', () => {
  it('"added Zenco Pvt. Ltd., Pakistan, and Qorva Pte. Ltd., Singapore, to the Entity List": the firms, not their countries', () => {
    expect(only('restricts')(scoredClaimsOf('The Commerce Department added Zenco Pvt. Ltd., Pakistan, and Qorva Pte. Ltd., Singapore, to the Entity List.'))).toEqual([
      'Commerce Department -restricts-> Qorva Pte. Ltd',
      'Commerce Department -restricts-> Zenco Pvt. Ltd',
    ]);
  });

  it('"determined that Zenco Pvt. Ltd. be added to the Entity List"', () => {
    expect(only('restricts')(scoredClaimsOf('The Commerce Department determined that Zenco Pvt. Ltd. be added to the Entity List.'))).toEqual([
      'Commerce Department -restricts-> Zenco Pvt. Ltd',
    ]);
  });
});

describe('licences and orders that restrict', () => {
  it('"suspended the marketing and export licence of Zenco Avionics": an export control, not a ban', () => {
    const claims = scoredClaimsOf('The Defense Export Controls Agency suspended the marketing and export licence of Zenco Avionics.');
    expect(only('restricts')(claims)).toEqual(['Defense Export Controls Agency -restricts-> Zenco Avionics']);
    expect(only('banned')(claims)).toEqual([]);
  });

  it('"The consent order bars Zenco from misrepresenting its software": a conduct restricted, no ban', () => {
    const claims = scoredClaimsOf("The Federal Trade Commission's consent order bars Zenco Health from misrepresenting its software.");
    expect(only('restricts')(claims)).toEqual(['Federal Trade Commission -restricts-> Zenco Health']);
    expect(only('banned')(claims)).toEqual([]);
  });

  it('"entered into a Corporate Integrity Agreement with the Office of Inspector General, which requires …"', () => {
    expect(
      only('restricts')(scoredClaimsOf('Zenco Health entered into a five-year Corporate Integrity Agreement with the Office of Inspector General, which requires an independent review.')),
    ).toEqual(['Office of Inspector General -restricts-> Zenco Health']);
  });

  it('an agreement between two firms restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco Health entered into a supply agreement with Qorva Labs, which requires monthly deliveries.'))).toEqual([]);
  });
});

describe('licence holds, denied privileges and firms named for sanctions', () => {
  it('"announced it had placed a hold on licences for goods destined for Zembla"', () => {
    expect(only('restricts')(scoredClaimsOf('The Bureau of Industry and Security announced it had placed a hold on licences for goods destined for Russia.'))).toEqual([
      'Bureau of Industry and Security -restricts-> Russia',
    ]);
  });

  it('"issued an order fining and denying export privileges for Qorva Co."', () => {
    expect(only('restricts')(scoredClaimsOf('The Commerce Department issued an order fining and denying export privileges for Qorva Co.'))).toEqual([
      'Commerce Department -restricts-> Qorva Co',
    ]);
  });

  it('"named Qorva Co. for sanctions"; a firm naming a partner for an award restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf('The Treasury Department named Qorva Co. for sanctions.'))).toEqual(['Treasury Department -restricts-> Qorva Co']);
    expect(only('restricts')(scoredClaimsOf('Zenco Health named Qorva Co. for its supplier award.'))).toEqual([]);
  });
});
