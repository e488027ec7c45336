import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper brd93, from set 87's timber, palm-oil and books readers: brands and imprints a firm owns, told through its goods "sold
// under" brands, a copula ("Its biggest brand is …"), an imprint's possessive or apposition, or "with … as its flagship brand".
// Retailers', distributors', partners' and rivals' brands, negated, planned and past forms name no owner. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a possessor\'s goods sold under brands', () => {
  it('"Its products are sold under brands like A, B and C" names the firm of the sentence before', () => {
    expect(develops('Zenco Inc makes tissue. Its products are sold under brands like Qorva, Vexa and Plix.')).toEqual(['Zenco Inc -develops-> Plix', 'Zenco Inc -develops-> Qorva', 'Zenco Inc -develops-> Vexa']);
    expect(develops("Zenco Inc's products are sold under brands such as Qorva and Vexa.")).toEqual(['Zenco Inc -develops-> Qorva', 'Zenco Inc -develops-> Vexa']);
    expect(develops('Zenco Inc makes tissue. Its products are mainly marketed under the brand names Qorva and Vexa.')).toEqual(['Zenco Inc -develops-> Qorva', 'Zenco Inc -develops-> Vexa']);
  });

  it('"… sold under the A and B brands": the names before the noun', () => {
    expect(develops('Zenco Inc makes tissue. Its products are marketed under the Qorva and Vexa brands.')).toEqual(['Zenco Inc -develops-> Qorva', 'Zenco Inc -develops-> Vexa']);
    expect(develops("Zenco Inc's products are sold under the Qorva brand.")).toEqual(['Zenco Inc -develops-> Qorva']);
  });

  it('negated, planned, licensed or another owner\'s brands name no owner', () => {
    expect(develops('Zenco Inc makes tissue. Its products are not sold under brands like Qorva and Vexa.')).toEqual([]);
    expect(develops('Zenco Inc makes tissue. Its products will be sold under brands like Qorva and Vexa.')).toEqual([]);
    expect(develops('Zenco Inc makes tissue. Its products are sold under licence under brands like Qorva and Vexa.')).toEqual([]);
    expect(develops('Zenco Inc makes tissue. Its products are sold under brands like Qorva and Vexa for its clients.')).toEqual([]);
    expect(develops('Zenco Inc makes tissue. Its products are sold under brands like Qorva and Vexa, which are owned by Plaxa Group.')).not.toContain('Zenco Inc -develops-> Qorva');
  });

  it('a partner\'s or a rival\'s goods are not the possessor\'s', () => {
    expect(develops("Zenco Inc makes tissue. Its partners' products are sold under brands like Qorva and Vexa.")).toEqual([]);
    expect(develops("Zenco Inc makes tissue. Its rival's products are sold under brands like Qorva and Vexa.")).toEqual([]);
    expect(develops('Zenco Inc makes tissue. Its products are sold in Ruritania and Zembla.')).toEqual([]);
  });
});

describe('a possessor\'s brand named by a copula', () => {
  it('"Its biggest brand is Qorva"', () => {
    expect(develops('Zenco Inc makes tissue. Its biggest brand is Qorva.')).toEqual(['Zenco Inc -develops-> Qorva']);
    expect(develops('Zenco Inc said its best-known brand is Qorva.')).toEqual(['Zenco Inc -develops-> Qorva']);
  });

  it('a role, a denial, a former brand or another\'s thing is no brand of its own', () => {
    expect(develops('Zenco Inc makes tissue. Its biggest brand partner is Qorva.')).toEqual([]);
    expect(develops('Zenco Inc makes tissue. Its biggest client is Qorva.')).toEqual([]);
    expect(develops('Zenco Inc makes tissue. Its biggest brand is not Qorva.')).toEqual([]);
    expect(develops('Zenco Inc makes tissue. Its former brand is Qorva.')).toEqual([]);
    expect(develops('Zenco Inc makes tissue. Its biggest brand is Japan.')).toEqual([]);
    expect(develops('Zenco Inc makes tissue. Its biggest brand is expected to be Qorva.')).toEqual([]);
    expect(develops('Zenco Inc makes tissue. Its proposed brand is Qorva.')).toEqual([]);
    expect(develops("Zenco Inc makes tissue. Its biggest brand is Plaxa Group's Vexa.")).not.toContain('Zenco Inc -develops-> Vexa');
  });
});

describe('imprints', () => {
  it('"Zenco\'s imprint Qorva Crime", "Qorva Crime, Zenco\'s mystery imprint", "an imprint of Zenco"', () => {
    expect(develops("Zenco Inc's imprint Qorva Crime signed a new author.")).toEqual(['Zenco Inc -develops-> Qorva Crime']);
    expect(develops("Readers should look at Qorva Crime, Zenco Inc's mystery imprint.")).toEqual(['Zenco Inc -develops-> Qorva Crime']);
    expect(develops('Qorva Crime, an imprint of Zenco Inc, signed a new author.')).toEqual(['Zenco Inc -develops-> Qorva Crime']);
  });

  it('a former, planned or rival imprint, an imprint\'s staff, or a past owner name no owner', () => {
    expect(develops('Qorva Crime, a former imprint of Zenco Inc, signed a new author.')).toEqual([]);
    expect(develops('Qorva Crime, an imprint of Zenco Inc until 2019, signed a new author.')).toEqual([]);
    expect(develops("Qorva Crime, Zenco Inc's rival imprint, signed a new author.")).toEqual([]);
    expect(develops("Zenco Inc's planned imprint Qorva Crime will open next year.")).toEqual([]);
    expect(develops("Jo Smith, Zenco Inc's imprint director, signed a new author.")).toEqual([]);
    expect(develops("Zenco Inc's imprint Qorva Crime was sold to Plaxa Group.")).not.toContain('Zenco Inc -develops-> Qorva Crime');
    expect(develops("Plaxa Group bought Qorva Crime, Zenco Inc's mystery imprint.")).not.toContain('Zenco Inc -develops-> Qorva Crime');
    expect(develops('Qorva Crime, an imprint distributed by Zenco Inc, signed a new author.')).toEqual([]);
  });
});

describe('"with Qorva as its flagship brand"', () => {
  it('binds to the subject, not to a joint venture\'s parents', () => {
    expect(develops('Zenco Inc is a leading oil maker, with Qorva Gold as its flagship brand.')).toEqual(['Zenco Inc -develops-> Qorva Gold']);
    expect(develops('Zenco Inc, a venture between Vexo Group and Plaxa Group, with Qorva as its flagship brand, said profit rose.')).toEqual(['Zenco Inc -develops-> Qorva']);
  });

  it('a distributor\'s, a rival\'s or a partner\'s flagship, or a brand ambassador, names no owner', () => {
    expect(develops('Zenco Inc, a distributor, with Qorva as its flagship brand, said profit rose.')).toEqual([]);
    expect(develops('Zenco Inc is a rival of Plaxa Group, with Qorva as its flagship brand.')).toEqual([]);
    expect(develops('Zenco Inc, a venture between Vexo Group and Plaxa Group, with Qorva as its flagship brand partner, grew.')).toEqual([]);
    expect(develops('Zenco Inc signed Qorva as its flagship brand ambassador.')).toEqual([]);
    expect(develops('Zenco Inc, which distributes oil, with Qorva as its flagship brand, grew.')).toEqual([]);
    expect(develops('Zenco Inc, an agency, with Qorva as its flagship brand client, grew.')).toEqual([]);
  });
});
