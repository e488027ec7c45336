import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper nm88: a public body's or corps' name that joins two fields with "and" before its head ("the Vexa Production and
// Farming Corps", "the Japan Food and Drug Safety Authority") is one name, not two; two firms joined by "and" stay two.
// Sentences written for the tests.

const labels = (text: string): string[] => entitiesOf(text).map((e) => e.replace(/ \(\w+\)$/, ''));

describe('two fields joined by "and" inside a body\'s name', () => {
  it('"X Production and Construction Corps" is one name', () => {
    expect(labels('The Vexa Production and Construction Corps was sanctioned by the US Treasury.')).toContain('Vexa Production and Construction Corps');
    expect(labels('The Vexa Production and Farming Corps develops the Zeta-2 tractor.')).toContain('Vexa Production and Farming Corps');
    expect(only('develops')(scoredClaimsOf('The Vexa Production and Farming Corps develops the Zeta-2 tractor.'))).toEqual(['Vexa Production and Farming Corps -develops-> Zeta-2']);
  });

  it('"Quality and Safety", "Food and Drug", "Planning and Standards" before a body head stay whole', () => {
    expect(labels('The Zenco Quality and Safety Bureau tests every batch the plant makes.')).toContain('Zenco Quality and Safety Bureau');
    expect(labels('The Vexa Food and Drug Safety Authority approved the Zeta-2 pill on Monday.')).toContain('Vexa Food and Drug Safety Authority');
    expect(labels('The Qorva Planning and Standards Institute develops the Zeta-2 test kit.')).toContain('Qorva Planning and Standards Institute');
  });
});

describe('guards: "and" between two names stays two names', () => {
  it('two firms joined by "and" are two firms', () => {
    expect(only('competes_with')(scoredClaimsOf('Zenco and Qorva Holdings compete in shipbuilding.'))).toEqual(['Zenco -competes_with-> Qorva Holdings']);
    expect(labels('Japan banned Zenco Production and Qorva Corps from its ports.')).not.toContain('Zenco Production and Qorva Corps');
  });

  it('a field word without a body head after the pair does not join', () => {
    expect(labels('Japan banned Zenco Production and Qorva Farming from its ports.')).not.toContain('Zenco Production and Qorva Farming');
    expect(labels('The Marine Corps and Zenco Safety signed a contract.')).not.toContain('Marine Corps and Zenco Safety');
  });
});
