import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper brl91, from stop 90's last fresh sample, where a firm's brands listed without "such as" were the biggest develops miss:
// brands a firm trades "through" or "under", a group that "also includes" them, a maker's name before a plural kind and the list it
// opens, a firm's brands in brackets, a business "which includes" them, a portfolio "of" them and brands "under" a firm's umbrella.
// Near misses: shops and distributors, rival brands, members that are places, people or firms, investors' portfolios, bought or
// sold businesses. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();
/** The claims expected, in the order `develops` gives them. */
const sorted = (claims: string[]): string[] => [...claims].sort();

describe('brands a firm trades through or under', () => {
  it('"through its brands A, B and C" after any verb names the subject\'s brands', () => {
    expect(develops('Zenco serves customers through its brands Vexa, Plix and Morda.')).toEqual(sorted(['Zenco -develops-> Vexa', 'Zenco -develops-> Plix', 'Zenco -develops-> Morda']));
    expect(develops('Zenco said it sells paint through its brands Vexa and Plix.')).toEqual(sorted(['Zenco -develops-> Vexa', 'Zenco -develops-> Plix']));
  });

  it('a fronted "Through its brands A and B" names the clause subject\'s brands', () => {
    expect(develops('Through its brands Vexa and Plix, Zenco sells paint in forty countries.')).toEqual(sorted(['Zenco -develops-> Vexa', 'Zenco -develops-> Plix']));
  });

  it('revenue earned "from brands such as A and B" names the earner\'s own brands', () => {
    expect(develops('Zenco earns most of its revenue from brands such as Vexa and Plix.')).toEqual(sorted(['Zenco -develops-> Vexa', 'Zenco -develops-> Plix']));
  });

  it('a shop, a distributor or a rival\'s brands are no owner\'s', () => {
    expect(develops('Zenmart sells goods from brands including Vexa, Plix and Morda.')).toEqual([]);
    expect(develops('Zenmart sells products from brands such as Vexa and Plix.')).toEqual([]);
    expect(develops('Zenmart stocks products under the brands Vexa and Plix, which it buys from Qorva.')).toEqual([]);
    expect(develops('Zenco competes with Qorva through its rival brands Vexa and Plix.')).toEqual([]);
    expect(develops('Through rival brands Vexa and Plix, Qorva dominates the market, Zenco said.')).toEqual([]);
    expect(develops('Zenco sells goods through the rival brands Vexa and Plix.')).toEqual([]);
    expect(develops('Zenco sells Qorva goods through its stores Vexa and Plix.')).toEqual([]);
    expect(develops('Qorva acquired the brands Vexa and Plix through a deal with Zenco.')).toEqual([]);
  });
});

describe('a group that also includes its brands', () => {
  it('"Zenco also includes A, B and C" names the group\'s brands', () => {
    expect(develops('Zenco also includes Vexa, Plix and Borin.')).toEqual(sorted(['Zenco -develops-> Vexa', 'Zenco -develops-> Plix', 'Zenco -develops-> Borin']));
  });

  it('members that are places, people or firms, or an index\'s, are no brands', () => {
    expect(develops('Zenco also includes Ruritania, Zembla and Kolvia among its markets.')).toEqual([]);
    expect(develops("Zenco's board also includes Ana Lee and Tom Reed.")).toEqual([]);
    expect(develops('Zenco now includes Qorva Inc and Vexa Corp as subsidiaries.')).toEqual([]);
    expect(develops('The Zeta 50 index also includes Qorva, Vexa and Borin.')).toEqual([]);
    expect(develops('Its clients include Vexa and Plix.')).toEqual([]);
    expect(develops('Zenco includes Vexa and Plix.')).toEqual([]);
    expect(develops('Zenco no longer includes Vexa and Plix.')).toEqual([]);
  });
});

describe("a maker's name before a plural kind and its list", () => {
  it('"Qorva guitars, including the Q-100 and the Q-200" names the maker\'s models', () => {
    expect(develops('Zenco sued over the look of Qorva guitars including the Q-100, the Q-200 and the Starbird.')).toEqual(sorted(['Qorva -develops-> Q-100', 'Qorva -develops-> Q-200', 'Qorva -develops-> Starbird']));
    expect(develops('Zenmart stocks Qorva pianos such as the Q-10 and the Q-20.')).toEqual(sorted(['Qorva -develops-> Q-10', 'Qorva -develops-> Q-20']));
  });

  it('rivals, customers, shops and shared or rival owners are no maker\'s things', () => {
    expect(develops('Zenco customers such as Vexa and Plix complained.')).toEqual([]);
    expect(develops('Zenco stores, including Zenco Plaza and Zenco Park, closed.')).toEqual([]);
    expect(develops('Zenco and Qorva guitars, including the Q-100 and the Q-200, sold well.')).toEqual([]);
    expect(develops('Zenco beat rival Qorva guitars, including the Q-100 and the Q-200.')).toEqual([]);
    expect(develops("Zenco's Qorva guitars, including the Q-100, sold well.")).not.toContain('Qorva -develops-> Q-100');
  });
});

describe("a firm's brands in brackets, its business and its portfolio", () => {
  it('"Qorva Corporation (Vexa and Zenith brands)" names the firm\'s brands', () => {
    expect(develops('The court heard about Qorva Corporation (Vexa and Zenith brands) last week.')).toEqual(sorted(['Qorva Corporation -develops-> Vexa', 'Qorva Corporation -develops-> Zenith']));
  });

  it('a bracket of stakes or a retailer\'s description names no brands', () => {
    expect(develops('Zenco Capital (Vexa and Plix stakes) rose.')).toEqual([]);
    expect(develops('Zenmart (a retailer of Vexa and Plix brands) grew.')).toEqual([]);
    expect(develops('Zenmart (stocking Vexa and Plix brands) rose.')).toEqual([]);
    expect(develops('Zenco (not Vexa and Plix brands) rose.')).toEqual([]);
  });

  it('"its bag business, which includes A, B and C" names the owner\'s brands', () => {
    expect(develops("Zenco's luggage business, which includes Borin, Kappa and Lumo, grew.")).toEqual(sorted(['Zenco -develops-> Borin', 'Zenco -develops-> Kappa', 'Zenco -develops-> Lumo']));
    expect(develops('Zenco reorganised its luggage business, which includes Borin and Kappa.')).toEqual(sorted(['Zenco -develops-> Borin', 'Zenco -develops-> Kappa']));
    // The main verb's "may" hedges the sale, not what the business holds (review rf91).
    expect(develops('Zenco said it may sell its luggage business, which includes Borin and Kappa.')).toEqual(sorted(['Zenco -develops-> Borin', 'Zenco -develops-> Kappa']));
  });

  it('a business bought or sold, or one holding places, people or stores, names no owner\'s brands', () => {
    expect(develops("Qorva bought Zenco's luggage business, which includes Borin, Kappa and Lumo.")).toEqual([]);
    expect(develops("Qorva acquired its rival's luggage business, which includes Borin, Kappa and Lumo.")).toEqual([]);
    expect(develops('Zenco sold its luggage business, which includes Borin and Kappa, to Qorva.')).toEqual([]);
    expect(develops("Zenco's Asia business, which includes Ruritania and Zembla, grew.")).toEqual([]);
    expect(develops("Zenco's consulting unit, which includes Ana Lee and Tom Reed, grew.")).toEqual([]);
    expect(develops("Zenco's retail business, which includes stores such as Zenmart and Qwik, grew.")).toEqual([]);
  });

  it('"the Zenco portfolio of A, B and C" names the owner\'s brands', () => {
    expect(develops('Sales rose across the Zenco portfolio of Borin, Kappa and Lumo.')).toEqual(sorted(['Zenco -develops-> Borin', 'Zenco -develops-> Kappa', 'Zenco -develops-> Lumo']));
    expect(develops("Zenco's portfolio of brands, including Borin and Kappa, grew.")).toEqual(sorted(['Zenco -develops-> Borin', 'Zenco -develops-> Kappa']));
  });

  it('an investor\'s portfolio, stakes, firms and rivals are no owner\'s brands', () => {
    expect(develops('The Zenco Capital portfolio of Qorva, Vexa and Borin rose in value.')).toEqual([]);
    expect(develops("Zenco's portfolio of stakes in Qorva and Vexa rose.")).toEqual([]);
    expect(develops("Zenco's portfolio of companies, including Qorva and Vexa, grew.")).toEqual([]);
    expect(develops("Zenco's rival portfolio of Vexa and Plix grew.")).toEqual([]);
    expect(develops("Zenco's family of investors, including Qorva and Vexa, grew.")).toEqual([]);
    expect(develops('Zenco bought a portfolio of Vexa and Plix shares.')).toEqual([]);
  });
});

describe("brands under a firm's umbrella", () => {
  it('"brands under the Zenco umbrella, including A, B and C" and "brands under Zenco include A and B" name its brands', () => {
    expect(develops('The filings cover brands under the Zenco umbrella, including Alto, Beatware and Corda.')).toEqual(sorted(['Zenco -develops-> Alto', 'Zenco -develops-> Beatware', 'Zenco -develops-> Corda']));
    expect(develops("Borin is one of several brands under Zenco's umbrella, including Kappa and Lumo.")).toEqual(sorted(['Zenco -develops-> Borin', 'Zenco -develops-> Kappa', 'Zenco -develops-> Lumo']));
    expect(develops('Some of the brands under Zenco include Alto, Beatware and Corda.')).toEqual(sorted(['Zenco -develops-> Alto', 'Zenco -develops-> Beatware', 'Zenco -develops-> Corda']));
  });

  it('stores, firms, brands under review or licence, and a negation name no brands', () => {
    expect(develops('Stores under the Zenmart umbrella, including Qwik and Borin, closed.')).toEqual([]);
    expect(develops('Companies under the Zenco umbrella, including Qorva Inc and Vexa Corp, grew.')).toEqual([]);
    expect(develops('Brands under review include Alto and Beatware.')).toEqual([]);
    expect(develops('Brands under licence from Zenco include Alto and Beatware.')).toEqual([]);
    expect(develops('Brands under the Zenco umbrella do not include Vexa and Plix.')).toEqual([]);
    expect(develops('Qorva bought brands under the Zenco umbrella, including Vexa and Plix.')).toEqual([]);
    expect(develops('Zenco plans to bring more brands under its umbrella, such as Vexa and Plix.')).toEqual([]);
  });
});
