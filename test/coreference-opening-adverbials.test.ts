import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper cor97, from real company profiles and results news: a pronoun or "the firm" after an opening adverbial ("In 2019, it
// launched …", "Last year the firm introduced …", "In March, they launched …") points back to the one firm of the sentence before,
// typed or not; so does "It" after a sentence whose verb is a results verb in the present ("Zenco reports results …"). Sentences
// written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a pronoun or a firm noun after an opening adverbial', () => {
  it('"In 2019, it launched", "Last year the firm introduced": the firm no rule typed before', () => {
    expect(develops('Zenco reported higher sales on Monday. In 2019, it launched the Zeta 5 phone.')).toEqual(['Zenco -develops-> Zeta 5']);
    expect(develops('Zenco reported higher sales on Monday. Last year the firm introduced the Zeta 5 phone.')).toEqual(['Zenco -develops-> Zeta 5']);
    expect(develops('Zenco reported higher sales on Monday. However, the company also makes the Zeta 5 phone.')).toEqual(['Zenco -develops-> Zeta 5']);
  });

  it('"In March, they launched": a firm written as "they", named alone before, typed or not', () => {
    expect(develops('Zenco Inc. reported higher sales. In March, they introduced the Zeta 5 phone.')).toEqual(['Zenco Inc -develops-> Zeta 5']);
    expect(develops('Zenco is a close second. They own 30 brands which include Alfa, Brava and Cora.')).toEqual(['Zenco -develops-> Alfa', 'Zenco -develops-> Brava', 'Zenco -develops-> Cora']);
  });

  it('"Zenco reports results": a results verb in the present reads as the subject\'s verb', () => {
    expect(develops('Zenco reports results on Monday. It also makes the Zeta 5 phone.')).toEqual(['Zenco -develops-> Zeta 5']);
    expect(develops('Zenco reports results on Monday. Its brands include Alfa, Brava and Cora.')).toEqual(['Zenco -develops-> Alfa', 'Zenco -develops-> Brava', 'Zenco -develops-> Cora']);
  });

  it('"they" that may be others: a plural party, people, two firms, a buyer', () => {
    expect(develops('Zenco Inc. sells chips to carmakers. In March, they launched the Zeta 5 sedan.')).toEqual([]);
    expect(develops('Zenco was founded by Ann Roe and Bo Lim. In 2019, they launched the Zeta 5 phone.')).toEqual([]);
    expect(develops('Zenco Inc. agreed to buy Qorva Inc. In March, they launched the Zeta 5 phone.')).toEqual([]);
    expect(develops('Zenco sells phones to students. In March, they bought the Zeta 5 phone.')).toEqual([]);
    expect(develops('Zenco is a close second. Shoppers say they own 30 brands which include Alfa, Brava and Cora.')).toEqual([]);
  });

  it('no opening adverbial, a clause, a statement or an expletive "it" states no maker', () => {
    expect(develops('Zenco reports results on Monday. In a statement, they said the Zeta 5 phone sold well.')).toEqual([]);
    expect(develops('Zenco reports results on Monday. Analysts said they expect the Zeta 5 phone to sell well.')).toEqual([]);
    expect(develops('Zenco reports results on Monday. In 2019, it was clear that the Zeta 5 phone would sell.')).toEqual([]);
    expect(develops('Zenco reports results on Monday. In March, they bought the Zeta 5 brand.')).toEqual([]);
    expect(develops('Zenco reports results on Monday. In March, they did not launch the Zeta 5 phone.')).toEqual([]);
    expect(develops('Zenco reports show sales rose. It also makes the Zeta 5 phone.')).toEqual([]);
  });

  it('"Zenco, Inc.": a legal form after a comma makes the name before it a firm, whose "Its" lists its brands', () => {
    expect(develops('Zenco, Inc., is an American soap maker. Its brands include Alfa, Brava and Cora.')).toEqual(['Zenco -develops-> Alfa', 'Zenco -develops-> Brava', 'Zenco -develops-> Cora']);
    expect(develops('Zenco, Ltd. reported higher sales. It also makes the Zeta 5 phone.')).toEqual(['Zenco -develops-> Zeta 5']);
  });

  it('a legal form after a person\'s name or a place makes no firm of it', () => {
    expect(develops('Ann Roe, Inc. magazine\'s editor, said sales rose. It also makes the Zeta 5 phone.')).toEqual([]);
    expect(develops('Zenco, Inc. agreed to buy Qorva, Ltd. Its brands include Alfa and Brava.')).toEqual([]);
    // "Co" before an Irish county is no legal form (critic crit97b).
    expect(entitiesOf('The plant is at Drumcarra, Co. Kerry, and employs 300.')).not.toContain('Drumcarra (company)');
    expect(entitiesOf('The plant is at Drumcarra, Co Kerry, and employs 300.')).not.toContain('Drumcarra (company)');
  });
});
