import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper riv83, from fresh news samples: rivals listed in a relative clause after a party noun ("competitors that include A and
// B"), rivals a firm counts "among its competitors", and rivals named in a purpose clause whose "it" is the firm ("as it seeks to
// compete with A"). Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('rivals listed in a relative clause after a party noun', () => {
  it('"faces competitors that include A, B and C" sets each against the subject', () => {
    expect(rivals('Zenco faces competitors that include Qorva, Vexa and Lumo.')).toEqual(['Zenco -competes_with-> Lumo', 'Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
  });

  it('"Zenco\'s rivals, which include A and B," sets each against the possessor', () => {
    expect(rivals("Zenco's rivals, which include Qorva and Vexa, have cut prices.")).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
  });

  it('"rivals who include", "challengers that included" too', () => {
    expect(rivals('Zenco faces rivals who include Qorva and Vexa.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(rivals('Zenco fended off challengers that included Qorva and Vexa.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
  });

  it('a relative clause that names customers, partners or investors names no rival', () => {
    expect(rivals('Zenco signed customers that include Qorva and Vexa.')).toEqual([]);
    expect(rivals('Zenco has partners that include Qorva and Vexa.')).toEqual([]);
    expect(rivals('Zenco is backed by investors that include Qorva and Vexa.')).toEqual([]);
  });

  it('a relative clause that says something else of the rivals names none', () => {
    expect(rivals('Zenco faces competitors that buy chips from Qorva and Vexa.')).toEqual([]);
  });

  it('a relative clause that lists products, or people from a firm, names no rival firm', () => {
    expect(rivals('Zenco faces rivals that include products such as Qapp and Vapp.')).toEqual([]);
    expect(rivals('Zenco faces challengers who include former employees of Qorva.')).toEqual([]);
  });
});

describe('rivals a firm counts among its competitors', () => {
  it('"counts A and B among its competitors" sets each against the subject, not against each other', () => {
    expect(rivals('Zenco counts Qorva and Vexa among its competitors.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
  });

  it('"lists A and B as its main competitors", "names A, B and C as rivals" too', () => {
    expect(rivals('Zenco lists Qorva and Vexa as its main competitors in its annual report.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(rivals('Zenco sees Qorva and Vexa as its biggest rivals.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
  });

  it('counted among customers or partners, or among the rivals\' customers, no rival of the subject', () => {
    expect(rivals('Zenco counts Qorva and Vexa among its customers.')).toEqual([]);
    expect(rivals('Zenco counts Qorva and Vexa among its partners.')).toEqual([]);
    expect(rivals("Zenco counts Qorva and Vexa among its rivals' customers.")).toEqual([]);
    expect(rivals('Zenco identified Qorva and Vexa as customers of its rivals.')).toEqual([]);
  });

  it('analysts who see two firms as rivals set them against each other', () => {
    expect(rivals('Analysts see Qorva and Vexa as fierce rivals.')).toEqual(['Qorva -competes_with-> Vexa']);
  });
});

describe('rivals named in a purpose clause whose "it" is the firm', () => {
  it('"as it seeks to compete with A and B" states the rivalry', () => {
    expect(rivals('Zenco unveiled new chips on Tuesday as it seeks to compete with Qorva and Vexa.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
  });

  it('"as it seeks to fend off A", "as it looks to take on A" too', () => {
    expect(rivals('Zenco cut prices, as it seeks to fend off Qorva and Vexa.')).toEqual(['Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vexa']);
    expect(rivals('Zenco hired 200 engineers as it seeks to catch up with Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('a plan or a negation keeps no rivalry', () => {
    expect(rivals('Zenco said it would seek to compete with Qorva.')).toEqual([]);
    expect(rivals('Zenco does not seek to compete with Qorva.')).toEqual([]);
    expect(rivals('Zenco is not trying to compete with Qorva, its chief executive said.')).toEqual([]);
  });

  it('competing for talent, or in a market, names no rival', () => {
    expect(rivals('Zenco raised salaries as it seeks to compete for talent.')).toEqual([]);
    expect(rivals('Zenco raised funds as it seeks to compete in the cloud market.')).toEqual([]);
    expect(rivals('Zenco cut costs as it seeks to compete for contracts from Qorva.')).toEqual([]);
  });

  it('"it" in a clause after a report or a relative clause may be another firm', () => {
    expect(rivals('Zenco said Qorva is struggling as it seeks to compete with Vexa.')).toEqual(['Qorva -competes_with-> Vexa']);
    expect(rivals('Zenco agreed to buy Qorva as it tries to compete with Vexa.')).toEqual(['Zenco -competes_with-> Vexa']);
  });
});
