import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper brp92, from the eighty-second fresh sample, where brands a firm owns were told by portfolio and ownership wording the rules
// did not read: a described firm "with a portfolio of brands including A, B", "its current range contains A, B", brands that "fall
// under parent company Zenco", "a brand that belongs to Zenco", "brands under the umbrella of Zenco", "has seven variants of the A
// brand". Near misses: shops, investors, rivals, plans, past owners, descriptions set after another firm. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();
const sorted = (claims: string[]): string[] => [...claims].sort();

describe('a described firm with its brands', () => {
  it('"a leading maker, with a portfolio of brands including A, B and C" names the firm\'s brands', () => {
    expect(develops('Zenco is a leading snack maker, with a portfolio of brands including Qorva, Tilly and Brix.')).toEqual(sorted(['Zenco -develops-> Qorva', 'Zenco -develops-> Tilly', 'Zenco -develops-> Brix']));
    expect(develops('Brixco, one of the largest makers, with brands like Qorva and Tilly, said sales rose.')).toEqual(sorted(['Brixco -develops-> Qorva', 'Brixco -develops-> Tilly']));
  });

  it('the brands go to the firm the description is set after, not to its owner', () => {
    const claims = develops('Zenco owns Brixco - one of the largest makers, with brands like Qorva and Tilly - and plans to grow.');
    expect(claims).toContain('Brixco -develops-> Qorva');
    expect(claims).toContain('Brixco -develops-> Tilly');
    expect(claims).not.toContain('Zenco -develops-> Qorva');
    expect(claims).not.toContain('Zenco -develops-> Tilly');
  });

  it('a shop, an investor, a denied description or a rival\'s brands are no owner\'s', () => {
    expect(develops('Zenco is a large retailer, with brands like Qorva and Tilly on its shelves.')).toEqual([]);
    expect(develops('Zenco is a big distributor, with brands such as Qorva and Tilly in its catalogue.')).toEqual([]);
    expect(develops('Zenco Capital is a fund, with a portfolio of brands including Qorva and Tilly.')).toEqual([]);
    expect(develops('Zenco is not a maker, with brands like Qorva and Tilly sold by others.')).toEqual([]);
    expect(develops('Zenco is a supplier to many firms, with brands like Qorva and Tilly among its clients.')).toEqual([]);
    expect(develops('Zenco is a small chain, with brands such as Qorva and Tilly on offer.')).toEqual([]);
    expect(develops('Zenco is a maker of parts, with brands like Qorva and Tilly among its clients.')).toEqual([]);
    expect(develops('Zenco is a young snack maker, with rival brands such as Qorva and Tilly ahead of it.')).toEqual([]);
    expect(develops('Zenco is a big maker, with other brands like Qorva and Tilly gaining share.')).toEqual([]);
  });
});

describe('a range that contains its brands', () => {
  it('"Zenco\'s current range contains A, B and C" names the firm\'s brands', () => {
    expect(develops("Zenco's current range contains Qorva, Tilly and Brix.")).toEqual(sorted(['Zenco -develops-> Qorva', 'Zenco -develops-> Tilly', 'Zenco -develops-> Brix']));
  });

  it('a rival\'s range, an investor\'s or a range that lacks them names none of the firm\'s', () => {
    expect(develops("Zenco's rival range contains Qorva and Tilly.")).toEqual([]);
    expect(develops("Zenco Capital's portfolio contains Qorva and Tilly.")).toEqual([]);
    expect(develops("Zenco's current range no longer contains Qorva or Tilly.")).toEqual([]);
    expect(develops("Zenco's range contains Qorva's sensors.")).toEqual([]);
    expect(develops("Zenco's range contains Qorva sensors.")).toEqual([]);
    expect(develops("Qorva said Zenco's range might one day contain Tilly.")).toEqual([]);
  });
});

describe('brands set under or belonging to their owner', () => {
  it('brands that "fall under parent company Zenco" are Zenco\'s', () => {
    expect(develops('Shoppers like brands such as Zeta and Kappa, both of which fall under parent company Zenco.')).toEqual(sorted(['Zenco -develops-> Zeta', 'Zenco -develops-> Kappa']));
  });

  it('"a brand that belongs to Zenco Ltd" is Zenco\'s', () => {
    expect(develops('Zeta is a brand that belongs to Zenco Ltd.')).toEqual(['Zenco Ltd -develops-> Zeta']);
  });

  it('"the brands under the umbrella of Zenco include A and B" are its', () => {
    expect(develops('The brands under the umbrella of Zenco include Zeta and Kappa.')).toEqual(sorted(['Zenco -develops-> Zeta', 'Zenco -develops-> Kappa']));
  });

  it('a past owner, a buyer\'s brands, a fund or a plain ownership of a firm name no brands here', () => {
    expect(develops('Zeta is a brand that belonged to Zenco until 2019.')).toEqual([]);
    expect(develops('Zenco bought brands such as Zeta and Kappa, both of which fell under parent company Brixco.')).toEqual([]);
    expect(develops('Qorva bought brands under the umbrella of Zenco, including Zeta and Kappa.')).toEqual([]);
    expect(develops('Zeta is a brand that belongs to Zenco Capital.')).toEqual([]);
    expect(develops('Zeta is a start-up that belongs to Zenco.')).toEqual([]);
    expect(develops('Zeta and Kappa, both of which fall under the state regulator Zenco, were fined.')).toEqual([]);
    expect(develops("Brands such as Zeta and Kappa, which fall under Zenco's rules, were fined.")).toEqual([]);
    expect(develops('The brands under the umbrella of Zenco Capital include Zeta and Kappa.')).toEqual([]);
  });
});

describe('variants of a brand', () => {
  it('"Brixco has seven variants of the Tilly brand" names Brixco\'s brand', () => {
    expect(develops('Brixco has seven variants of the Tilly brand in Ruritania.')).toEqual(['Brixco -develops-> Tilly']);
    expect(develops('Zenco makes three flavours of its Qorva brand.')).toEqual(['Zenco -develops-> Qorva']);
  });

  it('a shop\'s, a rival\'s or a planned variant names no maker', () => {
    expect(develops('Zenco stocks seven variants of the Tilly brand.')).toEqual([]);
    expect(develops('Zenco sells three flavours of the Qorva brand.')).toEqual([]);
    expect(develops('Zenco has never made variants of the Qorva brand.')).toEqual([]);
    expect(develops('Zenco plans to launch variants of the Qorva brand.')).toEqual([]);
    expect(develops('Zenco has seven rivals of the Tilly brand.')).toEqual([]);
    expect(develops("Zenco has seven variants of its rival's Tilly brand.")).toEqual([]);
  });
});

describe('a brand that bears a first name', () => {
  it('a first name marked as a brand or owned by a firm is a brand, the flagship of a list too', () => {
    expect(develops('Zenco, which owns the Nora and Tilly brands, reported higher sales.')).toEqual(sorted(['Zenco -develops-> Nora', 'Zenco -develops-> Tilly']));
    expect(develops('Zenco, which owns Nora, is expanding in Ruritania.')).toEqual(['Zenco -develops-> Nora']);
    expect(develops('Zenco, the retailing giant that owns chains such as Nora and Vexa Home, said sales rose.')).toEqual(sorted(['Zenco -develops-> Nora', 'Zenco -develops-> Vexa Home']));
  });

  it('a person with a surname, a brand\'s ambassador, an owner or a buyer\'s brands stay people or others\'', () => {
    expect(develops('Zenco owns the brands Nora Lopez manages.')).toEqual([]);
    expect(develops("Zenco's brand ambassador Nora opened the store.")).toEqual([]);
    expect(develops("Zenco's owner Nora said sales rose.")).toEqual([]);
    expect(develops('Nora owns Zenco.')).toEqual([]);
    expect(develops("Zenco owns Nora's bakery in Lisbon.")).toEqual([]);
    expect(develops('Zenco praised brands like Nora and Tilly.')).toEqual([]);
  });
});

describe('a generation of people before a brand noun', () => {
  it('"Zenco\'s Gen Z brand Vexa" names Zenco\'s brand, "Gen Z" no person', () => {
    expect(develops("Zenco's Gen Z brand Vexa opened a store in Paris.")).toEqual(['Zenco -develops-> Vexa']);
    expect(develops("Zenco's Gen Z label, Vexa, opened a store.")).toEqual(['Zenco -develops-> Vexa']);
  });

  it('a generation named without a firm\'s brand gives no maker', () => {
    expect(develops('Gen Z shoppers prefer Vexa, analysts said.')).toEqual([]);
    expect(develops("Zenco's Gen Z customers love Vexa.")).toEqual([]);
    expect(develops("Zenco's rival Gen Z brand Vexa opened a store.")).toEqual([]);
    expect(develops('Gen Z loves Vexa, a brand run by nobody in particular.')).toEqual([]);
    expect(develops('Gen Alpha buyers chose Vexa over Qorva.')).toEqual([]);
    expect(develops("Nora, Zenco's Gen Z ambassador, wore Vexa.")).toEqual([]);
  });
});
