import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper brd94 (stop 94): a maker stated through a brand carrier that the trade-verb rules (verb first) do not reach: the carrier
// fronted before its owner, and goods marketed under a brand with their maker in a "by" agent. Sentences written for the tests.

const makes = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a brand carrier fronted before its owner', () => {
  it('the subject after the carrier owns the brand', () => {
    expect(makes('Under its Zeta brand, Zenco has created a line of frozen meals.')).toContain('Zenco -develops-> Zeta');
    expect(makes('Under the Zeta brand, Zenco sells frozen meals across Ruritania.')).toContain('Zenco -develops-> Zeta');
    expect(makes('Under its own Zapp label, Qorva makes cheap kettles.')).toContain('Qorva -develops-> Zapp');
  });

  it('near misses: a retailer, a licence aside, a plan, a denial, an acquisition', () => {
    expect(makes('Under the Zeta brand, retailer Zenco sells frozen meals.')).not.toContain('Zenco -develops-> Zeta');
    expect(makes('Under the Zeta brand, licensed from Qorva, Zenco sells frozen meals.')).not.toContain('Zenco -develops-> Zeta');
    expect(makes('Under the Zeta brand, Zenco will sell frozen meals next year.')).not.toContain('Zenco -develops-> Zeta');
    expect(makes('Under the Zeta brand, Zenco does not sell frozen meals.')).not.toContain('Zenco -develops-> Zeta');
    expect(makes('Under the Zeta brand, Zenco stocks frozen meals made by Qorva.')).not.toContain('Zenco -develops-> Zeta');
    // A purchase only planned (since stop 98 a purchase done makes the buyer the brand's owner).
    expect(makes('Under the deal, Zenco will buy the Zeta brand from Qorva.')).not.toContain('Zenco -develops-> Zeta');
  });
});

describe('goods traded under a brand with their maker in a "by" agent', () => {
  it('the agent owns the brand', () => {
    expect(makes('The nuggets were marketed under the Zeta brand by Zenco.')).toContain('Zenco -develops-> Zeta');
    expect(makes('The kettles are sold under the Zapp label by Qorva, a maker based in Ruritania.')).toContain('Qorva -develops-> Zapp');
  });

  it('near misses: a retailer, a distributor, a licensee, a client, a brand named after "by"', () => {
    expect(makes('The nuggets were sold under the Zeta brand by retailer Zenco.')).not.toContain('Zenco -develops-> Zeta');
    expect(makes('The nuggets were sold under the Zeta brand by distributor Zenco.')).not.toContain('Zenco -develops-> Zeta');
    expect(makes('The nuggets were sold under the Zeta brand by Zenco under licence from Qorva.')).not.toContain('Zenco -develops-> Zeta');
    expect(makes('The nuggets were made under the Zeta brand by Zenco on behalf of Qorva.')).not.toContain('Zenco -develops-> Zeta');
    expect(makes('The nuggets were sold under the Zeta brand by its partners, including Zenco.')).not.toContain('Zenco -develops-> Zeta');
    expect(makes('The nuggets were not sold under the Zeta brand by Zenco\'s rival Qorva.')).not.toContain('Zenco -develops-> Zeta');
  });
});

describe('"the latest" thing announced under a name', () => {
  it('the announcer of the latest thing makes it', () => {
    expect(makes('Zenco announced the latest processor called Zeta.')).toContain('Zenco -develops-> Zeta');
    expect(makes('Qorva has announced the new phone called Zapp.')).toContain('Qorva -develops-> Zapp');
  });

  it('near misses: a thing announced without "new", a verb other than announcing, a campaign, another\'s thing', () => {
    expect(makes('Zenco announced the processor called Zeta was faulty.')).not.toContain('Zenco -develops-> Zeta');
    expect(makes('Zenco criticised the latest processor called Zeta.')).not.toContain('Zenco -develops-> Zeta');
    expect(makes('Zenco announced the latest campaign called Zeta.')).not.toContain('Zenco -develops-> Zeta');
    expect(makes('Zenco tested the latest processor called Zeta from Qorva.')).not.toContain('Zenco -develops-> Zeta');
  });
});

describe('"frozen" before food is an adjective, no freeze', () => {
  const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));
  it('frozen meals and pizza restrict no one', () => {
    expect(restricts('Zenco sells frozen meals across Ruritania.')).toEqual([]);
    expect(restricts('Zenco Foods sells frozen pizza in France and Germany.')).toEqual([]);
  });
  it('assets frozen by a state still restrict the firm', () => {
    expect(restricts('The United States froze the assets of Zenco.')).toEqual(['United States -restricts-> Zenco']);
    expect(restricts('France has frozen the accounts of Zenco.')).toEqual(['France -restricts-> Zenco']);
  });
});
