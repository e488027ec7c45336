import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Helper rvl93, from stop 92's fresh set 87: rivalry told without a plain "rival X" before the name. A thing set beside its maker's
// description ("Tarn, Qorva's answer to Lumo", "Qorva, Zenco's assistant that rivals Vexa") is the rival, not the maker; a deal said
// to take competition away states the rivalry; a rival named in a buyer's frame or with its field before "to". Sentences written
// for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));
const proposedRivals = (text: string): string[] => only('competes_with')(claimsOf(text, 'proposed'));
const negatedRivals = (text: string): string[] => only('competes_with')(claimsOf(text, 'negated'));

describe('a thing set beside its maker\'s description is the rival', () => {
  it('"Tarn, Qorva\'s answer to Zenco\'s Lumo" pits Tarn against Lumo, not Qorva', () => {
    expect(rivals('Tarn, Qorva\'s answer to Zenco\'s Lumo, arrives in May.')).toEqual(['Tarn -competes_with-> Lumo']);
    expect(rivals('Zenco Inc launched Zapp, its answer to the Qorva Pod, on Monday.')).not.toContain('Zenco Inc -competes_with-> Qorva Pod');
  });

  it('"Qorva, Zenco\'s assistant that rivals Vexa, Lumo and Tarn" pits the assistant against each', () => {
    const found = only('competes_with')(claimsOf('The speaker runs Qorva, Zenco\'s assistant that rivals Vexa, Lumo and Tarn.'));
    expect(found).toEqual(expect.arrayContaining(['Qorva -competes_with-> Vexa']));
    expect(found.filter((c) => c.startsWith('Zenco'))).toEqual([]);
  });

  it('"Vexa, Zenco\'s distributor that competes with Qorva" is the distributor\'s rivalry, not its supplier\'s', () => {
    expect(only('competes_with')(claimsOf('Vexa Ltd, Zenco Inc\'s distributor that competes with Qorva Ltd, grew.')).filter((c) => c.startsWith('Zenco'))).toEqual([]);
  });

  it('near misses: an answer to questions, a maker\'s answer told by another, a negated or hedged relative clause', () => {
    expect(rivals('Tarn, Qorva\'s answer to questions from Zenco, arrives in May.')).not.toContain('Tarn -competes_with-> Zenco');
    expect(rivals('Zenco\'s chief, Tarn, said Qorva\'s answer to Lumo was late.')).not.toContain('Tarn -competes_with-> Lumo');
    expect(rivals('Qorva, Zenco\'s assistant that does not rival Vexa, launched.')).toEqual([]);
    expect(rivals('Qorva, Zenco\'s assistant that could rival Vexa, launched.')).toEqual([]);
    expect(rivals('Qorva, Zenco\'s assistant that uses Vexa, launched.')).toEqual([]);
    expect(rivals('Tarn, Qorva\'s partner, signed a deal with Vexa.')).toEqual([]);
    expect(rivals('Borin, Zenco\'s rival for the Qorva contract, lost.')).not.toContain('Borin -competes_with-> Qorva');
    expect(rivals('Tarn, Qorva\'s answer to the Zenco deal, was signed.')).not.toContain('Tarn -competes_with-> Zenco');
    expect(rivals('In Ruritania, Zenco\'s app that rivals Vexa grew.')).not.toContain('Ruritania -competes_with-> Vexa');
  });
});

describe('a deal that takes competition away states it', () => {
  it('"would eliminate close competition between A and B" is a present rivalry', () => {
    expect(rivals('The deal would eliminate close competition between Zenco Health and Qorva.')).toEqual(['Zenco Health -competes_with-> Qorva']);
    expect(rivals('The merger would reduce competition between Zenco Health and Qorva Care.')).toEqual(['Zenco Health -competes_with-> Qorva Care']);
  });

  it('near misses: potential competition, a rivalry ended, generic suppliers, concerns removed', () => {
    expect(rivals('The deal would eliminate potential competition between Zenco Health and Qorva.')).toEqual([]);
    expect(rivals('The merger ended the rivalry between Zenco Health and Qorva.')).toEqual([]);
    expect(rivals('The deal would eliminate competition between suppliers of Zenco Health.')).toEqual([]);
    expect(rivals('The regulator would remove competition concerns between Zenco Health and Qorva.')).toEqual([]);
  });
});

describe('rivals in a buyer\'s frame', () => {
  it('"would buy smaller rival Qorva Wood": the plan is the purchase\'s, the rivalry stated', () => {
    expect(rivals('Zenco said it would buy smaller rival Qorva Wood.')).toEqual(['Zenco -competes_with-> Qorva Wood']);
  });

  it('"after acquiring a rival, Qorva Healthcare": the rival of the clause\'s subject', () => {
    expect(rivals('Zenco Inc grew after acquiring a rival, Qorva Healthcare Ltd, in 2019.')).toEqual(['Zenco Inc -competes_with-> Qorva Healthcare Ltd']);
    expect(rivals('Zenco Inc said Tarn Ltd grew after acquiring a rival, Qorva Ltd.')).toEqual(['Tarn Ltd -competes_with-> Qorva Ltd']);
  });

  it('near misses: "would rival", a former rival, a failed purchase, a rival\'s unit, a possessive subject', () => {
    expect(rivals('Zenco would rival Qorva Wood if it grew.')).toEqual([]);
    // A former rival bought is no rivalry, even proposed (helper cmp95: "rival" after "former" is never the verb).
    expect(proposedRivals('Zenco would buy former rival Qorva Wood.')).toEqual([]);
    expect(rivals('Zenco Inc grew after failing to buy a rival, Qorva Ltd, in 2019.')).toEqual([]);
    expect(rivals('Zenco Inc grew after acquiring a former rival, Qorva Ltd, in 2019.')).toEqual([]);
    expect(rivals('Zenco Inc grew after acquiring a rival\'s unit, Qorva Ltd.')).toEqual([]);
    expect(rivals('Zenco Inc\'s shares rose after buying a rival, Qorva Ltd.')).toEqual([]);
  });
});

describe('a rival with its field before "to"', () => {
  it('"Borin, now the main rival in paper products to Zenco and Qorva"', () => {
    expect(rivals('Borin Ltd is now the main rival in tissue to Zenco Inc.')).toEqual(['Borin Ltd -competes_with-> Zenco Inc']);
    expect(rivals('Borin Ltd, now the main international rival in paper products to Zenco Inc and Qorva Ltd, grew.')).toEqual(['Borin Ltd -competes_with-> Qorva Ltd', 'Borin Ltd -competes_with-> Zenco Inc']);
  });

  it('near misses: negated, future, a former rival, a supplier, talks to buy, another\'s brand', () => {
    expect(rivals('Borin Ltd is not the main rival in tissue to Zenco Inc.')).toEqual([]);
    expect(negatedRivals('Borin Ltd is not the main rival in tissue to Zenco Inc.')).toEqual([]);
    expect(rivals('Borin Ltd would become the main rival in tissue to Zenco Inc.')).toEqual([]);
    expect(rivals('Borin Ltd, the former rival in tissue to Zenco Inc, closed.')).toEqual([]);
    expect(rivals('Borin Ltd is the main supplier in tissue to Zenco Inc.')).toEqual([]);
    expect(rivals('Borin Ltd is a rival in talks to buy Zenco Inc.')).toEqual([]);
    expect(rivals('Borin Ltd is the main rival in tissue to Zenco Inc\'s Lumo brand.')).not.toContain('Borin Ltd -competes_with-> Zenco Inc');
  });
});
