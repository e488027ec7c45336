import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cor96, from real beer, wine, spirits and medicine-group news: a brand list whose owner is "its", "the company's" or "the
// brewer's" of the sentence before, where the firm was untyped ("Zenco is an English brewer") or the range noun was described
// ("core brands") or followed by an adverb ("now include"). Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a drinks maker named by its kind types the firm the next sentence points back to', () => {
  it('"Zenco is an English brewer. Its brands include …"', () => {
    expect(develops('Zenco is an English brewer. Its brands include Vexa, Plix and Borin.')).toEqual(['Zenco -develops-> Borin', 'Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
    expect(develops('Zenco is a brewer in Zembla. It owns Vexa, Plix and Borin.')).toEqual(['Zenco -develops-> Borin', 'Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
    expect(develops('Zenco, a Ruritanian distiller, said sales rose. Its whisky brands include Vexa and Plix.')).toEqual(['Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
  });

  it('"the brewer" and "the drugmaker" point back as "the company" does', () => {
    expect(develops('Zenco said sales rose. The brewer\'s core brands include Vexa, Plix and Borin.')).toEqual(['Zenco -develops-> Borin', 'Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
    expect(develops('Zenco is a Zembla brewer. The brewer owns Vexa and Plix.')).toEqual(['Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
  });

  it('a brewer that only distributes or sells others\' brands makes none of them', () => {
    expect(develops('Zenco is an English brewer. It distributes brands such as Vexa, Plix and Borin.')).toEqual([]);
    expect(develops('Zenco is an English brewer. It sold brands including Vexa and Plix to Qorva.')).toEqual([]);
    expect(develops('Zenco bought Qorva, a Zembla brewer. The brewer\'s brands include Vexa and Plix.')).toEqual([]);
    expect(develops('Zenco is an English brewer. Its main shareholders now include Vexa Capital and Plix Partners.')).toEqual([]);
    expect(develops('Zenco is a winery. Its main markets now include Zembla, Ruritania and Borinia.')).toEqual([]);
  });
});

describe('a described range, or one with an adverb before its list, after a firm no rule typed', () => {
  it('"Its core brands now include …", "The company\'s main brands include …"', () => {
    expect(develops('Zenco said sales rose. Its core brands now include Vexa, Plix and Borin.')).toEqual(['Zenco -develops-> Borin', 'Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
    expect(develops('Zenco said sales rose. Its brands now include Vexa, Plix and Borin.')).toEqual(['Zenco -develops-> Borin', 'Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
    expect(develops('Zenco said sales rose. The company\'s main brands include Vexa, Plix and Borin.')).toEqual(['Zenco -develops-> Borin', 'Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
    expect(develops('Zenco said sales rose. The company\'s core brands now include Vexa, Plix and Borin.')).toEqual(['Zenco -develops-> Borin', 'Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
  });

  it('every member of a list after "now include", each with its kind', () => {
    expect(develops('Zenco Holdings bought two brands. The company\'s core brands now include Vexa cough drops, Plix eye care products and Borin wart removers.')).toEqual(['Zenco Holdings -develops-> Borin', 'Zenco Holdings -develops-> Plix', 'Zenco Holdings -develops-> Vexa']);
    expect(develops('Zenco Holdings\' brands also include Vexa pain tablets and Plix vitamins.')).toEqual(['Zenco Holdings -develops-> Plix', 'Zenco Holdings -develops-> Vexa']);
  });

  it('rivals, customers or stockists listed after "now include" are no brands of the firm', () => {
    expect(develops('Zenco Holdings\' rivals now include Vexa Brands and Plix Foods.')).toEqual([]);
    expect(develops('Zenco Holdings\' customers now include Vexa Stores and Plix Mart.')).toEqual([]);
    expect(develops('Zenco Holdings\' stockists now include Vexa Stores and Plix Mart.')).toEqual([]);
  });

  it('another\'s range, customers, a list after two firms and a negation give the firm no brand', () => {
    expect(develops('Zenco said sales rose. Its competing brands include Vexa, Plix and Borin.')).toEqual([]);
    expect(develops('Zenco said sales rose. Its former brands include Vexa, Plix and Borin.')).toEqual([]);
    expect(develops('Zenco said sales rose. Its core customers now include Vexa, Plix and Borin.')).toEqual([]);
    expect(develops('Zenco bought Qorva last year. Its core brands now include Vexa, Plix and Borin.')).toEqual([]);
    expect(develops('Zenco said sales rose. The company\'s main rivals now include Vexa, Plix and Borin.')).toEqual([]);
    expect(develops('Zenco said sales rose. Its partner brands now include Vexa and Plix.')).toEqual([]);
    expect(develops('Zenco said sales rose. Its customer brands include Vexa and Plix.')).toEqual([]);
  });
});

describe('a firm named after a preposition and its kind is no subject for the next "It"', () => {
  it('"the acquisition of boutique brewery Qorva Co. It already owns …" gives Qorva no brands', () => {
    expect(develops('Zenco has announced the acquisition of boutique brewery Qorva Brewing Co. It already owns Vexa, Plix and Borin.')).toEqual([]);
    expect(develops('Zenco is a Zembla brewer. It agreed to a deal with startup Qorva Inc. It already owns Vexa, Plix and Borin.')).toEqual(['Zenco -develops-> Borin', 'Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
  });

  it('a subject after an opening phrase of time stays the subject', () => {
    expect(develops('After two years Qorva Inc launched Vexa. It also owns Plix.')).toEqual(['Qorva Inc -develops-> Plix', 'Qorva Inc -develops-> Vexa']);
    expect(develops('In the end rival Qorva Inc launched Vexa. It also owns Plix.')).toEqual(['Qorva Inc -develops-> Plix', 'Qorva Inc -develops-> Vexa']);
    expect(develops('Shares of chipmaker Zenco rose 5%. It also makes Vexa.')).toEqual(['Zenco -develops-> Vexa']);
    expect(develops('Lim Roe, chief executive of startup Zenco, said its Vexa app grew.')).toEqual(['Zenco -develops-> Vexa']);
  });
});
