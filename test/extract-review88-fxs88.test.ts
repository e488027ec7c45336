import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper fxs88, from the re-read of the supply-deal rules (review 88): a supply verb's object or a supplier's "of" may be the
// customer, and a thing supplied may carry its own maker. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('supply verbs: the customer is not the thing supplied (fault 1)', () => {
  it('"supplies Qorva with Zeta chips": the thing after "with", not the customer', () => {
    expect(develops('Zenco Inc supplies Qorva with Zeta chips.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Zenco Inc supplied Qorva with Zeta X9 radars last year.')).toEqual(['Zenco Inc -develops-> Zeta X9']);
    expect(develops('Zenco Inc will provide Qorva Airlines with the Z20 engines.')).not.toContain('Zenco Inc -develops-> Qorva Airlines');
  });

  it('a bare customer after a supply verb gives nothing', () => {
    expect(develops('Qorva supplies Zenco.')).toEqual([]);
    expect(develops('Qorva supplies Zenco with engines.')).toEqual([]);
    expect(develops('Zenco, which supplies Qorva, grew.')).toEqual([]);
    expect(develops('Zenco supplies Vexa and Qorva.')).toEqual([]);
    expect(develops('Zenco will provide Qorva with engines.')).toEqual([]);
    expect(develops('Zenco delivered Qorva a blow.')).toEqual([]);
    expect(develops("Zenco's deal to supply Qorva ended.")).toEqual([]);
    expect(develops("Zenco's Vela deal will provide Qorva with chips.")).toEqual([]);
    expect(develops('Zenco Inc delivers Qorva Airlines the first jets in May.')).toEqual([]);
    expect(develops('Zenco Inc supplies the Zeta app with data.')).toEqual([]);
    expect(develops('Zenco Inc provided the Zeta app a new look.')).toEqual([]);
  });

  it('the thing supplied, named with its kind, still gives the provider', () => {
    expect(develops('Zenco Inc supplies Z20 engines to Qorva Airlines.')).toEqual(['Zenco Inc -develops-> Z20']);
    expect(develops('Zenco Inc provides Zeta drones to the army.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Zenco Inc, which supplies Zeta modems to Qorva, grew.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });
});

describe('"a supplier of" names the thing, not the customer (fault 2)', () => {
  it('"Qorva, a supplier of Zenco": nothing', () => {
    expect(develops('Qorva, a supplier of Zenco, reported losses.')).toEqual([]);
    expect(develops('Qorva Inc is the main supplier of Zenco Inc.')).toEqual([]);
    expect(develops('Qorva, a key supplier of Zenco and Vexa, grew.')).toEqual([]);
  });

  it('the sole supplier of a thing named with its kind still makes it', () => {
    expect(develops('Zenco Inc is the sole supplier of the Zeta X9 radar.')).toEqual(['Zenco Inc -develops-> Zeta X9']);
    expect(develops('Zenco, the only supplier of Zeta chips, grew.')).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe('a thing supplied that carries its own maker (fault 3)', () => {
  it('only the stated maker', () => {
    expect(develops("Zenco delivers Zeta, Qorva's flagship phone, to shops.")).not.toContain('Zenco -develops-> Zeta');
    expect(develops("Zenco provides Zeta, Qorva's chatbot, to its customers.")).not.toContain('Zenco -develops-> Zeta');
    expect(develops('Zenco delivers Zeta phones made by Qorva.')).not.toContain('Zenco -develops-> Zeta');
    expect(develops('Zenco supplied Zeta drones, made by Qorva, to India.')).not.toContain('Zenco -develops-> Zeta');
    expect(develops('Zenco Inc supplies Zeta chips built by Qorva Inc to Vexa.')).not.toContain('Zenco Inc -develops-> Zeta');
    expect(develops('Zenco Inc delivered Zeta tablets, designed by Qorva Inc, to schools.')).not.toContain('Zenco Inc -develops-> Zeta');
  });
});

describe('joint services: a recipient is no joint thing (fault 6)', () => {
  it('"jointly provide services to Zeta", "jointly offer Zeta users discounts": nothing', () => {
    expect(develops('Zenco and Qorva jointly provide services to Zeta.')).toEqual([]);
    expect(develops('Zenco and Qorva jointly offer Zeta users discounts.')).toEqual([]);
    expect(develops('Zenco Inc and Qorva Inc jointly provide support to Zeta customers.')).toEqual([]);
    expect(develops('Zenco Inc and Qorva Inc jointly provide loans to Zeta.')).toEqual([]);
  });

  it('"Zenco and Qorva jointly run Zemtune" still gives both', () => {
    expect(develops('Zenco Inc and Qorva Inc jointly run Zemtune.')).toEqual(['Qorva Inc -develops-> Zemtune', 'Zenco Inc -develops-> Zemtune']);
  });
});

describe('supply verbs: exact forms only', () => {
  it('"supplements", "provident" are no supply verbs', () => {
    expect(develops('Zenco Inc supplements Zeta chips with software.')).toEqual([]);
  });
});
