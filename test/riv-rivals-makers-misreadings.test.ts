import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper riv100 (stop 100): relations not read, or read wrongly, although both ends were found. Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text)).sort();
const makes = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();
const pair = (a: string, b: string): string => `${a} -competes_with-> ${b}`;

describe('"Another rival is X": one more rival of what the sentences before were about', () => {
  it('sets the new rival against the firm the rivals are of', () => {
    expect(rivals('Zenco Labs must fend off rivals like Qorva Technologies. Another rival is Vexo Motors, which sells trucks.')).toEqual([pair('Zenco Labs', 'Qorva Technologies'), pair('Zenco Labs', 'Vexo Motors')]);
    expect(rivals('Zenco Labs faces rivals such as Tarn Motors and Qorva Technologies. Another competitor is Vexo Motors.')).toContain(pair('Zenco Labs', 'Vexo Motors'));
    expect(rivals('Zenco Labs builds trucks. Another rival was Vexo Motors.')).toEqual([pair('Zenco Labs', 'Vexo Motors')]);
    expect(rivals('Zenco Labs builds trucks. Another challenger, Vexo Motors, sells vans.')).toEqual([pair('Zenco Labs', 'Vexo Motors')]);
    expect(rivals("Zenco Labs' rival Qorva Technologies cut prices. Another rival is Vexo Motors.")).toEqual([pair('Zenco Labs', 'Qorva Technologies'), pair('Zenco Labs', 'Vexo Motors')]);
  });
  it('near misses: not a rival, no name right after the copula, or the subject before is itself the rival named', () => {
    expect(rivals('Zenco Labs builds trucks. Another customer is Vexo Motors.')).toEqual([]);
    expect(rivals('Zenco Labs builds trucks. Another partner is Vexo Motors.')).toEqual([]);
    expect(rivals('Zenco Labs builds trucks. Another rival is in the works at Vexo Motors.')).toEqual([]);
    expect(rivals('Qorva Technologies is a rival of Zenco Labs. Another rival is Vexo Motors.')).toEqual([pair('Qorva Technologies', 'Zenco Labs')]);
    expect(rivals("Qorva Technologies was Zenco Labs' main rival. Another rival was Vexo Motors.")).toEqual([pair('Qorva Technologies', 'Zenco Labs')]);
  });
});

describe('"surpassing its competitor Qorva\'s product": the rival is another\'s unnamed thing', () => {
  it('names no rival firm', () => {
    expect(rivals("Zenco Inc.'s fund ZFND grew fast, surpassing its competitor Qorva Corp.'s product.")).toEqual([]);
    expect(rivals("Zenco Labs' app grew fast, surpassing its rival Qorva Technologies' new product.")).toEqual([]);
    expect(rivals("Zenco Labs overtook its rival Qorva Technologies' flagship fund in assets.")).toEqual([]);
  });
  it('near misses: the firm itself, plural things, or the noun in a subject keep the rivalry', () => {
    expect(rivals('Zenco Labs grew fast, surpassing its competitor Qorva Technologies in sales.')).toEqual([pair('Zenco Labs', 'Qorva Technologies')]);
    expect(rivals("Zenco Labs outsold rival Qorva Technologies' products last year.")).toEqual([pair('Zenco Labs', 'Qorva Technologies')]);
    expect(rivals("Zenco Labs and its rival Qorva Technologies' product both sold well.")).toEqual([pair('Zenco Labs', 'Qorva Technologies')]);
  });
});

describe('a relative pronoun after an aside that ends with a name tells of that name', () => {
  it('credits the nearest name, not the first', () => {
    expect(makes('After leaving Zenco Inc., Ana Ruiz and Ben Soto founded Qorva Labs, which launched Vela.')).toEqual(['Qorva Labs -develops-> Vela']);
    expect(makes('After leaving Zenco Inc., Ana Ruiz founded Qorva Labs, which later released Vela and Zeta.')).toEqual(['Qorva Labs -develops-> Vela', 'Qorva Labs -develops-> Zeta']);
  });
  it('near miss: an aside that ends with a describing word still gives the subject', () => {
    expect(makes('Zenco Inc., the owner of Qorva Corp., launched Zeta.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });
});

describe('"X\'s Bitcoin spot ETF": the asset a fund tracks is no thing its issuer makes', () => {
  it('gives no maker', () => {
    expect(makes('Zenco Inc. rose following the issuance of its Bitcoin spot ETF.')).toEqual([]);
    expect(makes("Zenco Inc. shares jumped after the launch of Zenco Inc.'s Bitcoin futures fund.")).toEqual([]);
  });
  it('near miss: a possessed product with a describing word stays the owner\'s', () => {
    expect(makes("Zenco Inc.'s popular Zeta app drew users.")).toEqual(['Zenco Inc -develops-> Zeta']);
  });
});

describe('a possessed thing its owner has stopped: "Zenco\'s defunct Vela stablecoin project"', () => {
  it('is still the owner\'s', () => {
    expect(makes("Zenco Inc.'s defunct Vela stablecoin project was closed.")).toEqual(['Zenco Inc -develops-> Vela']);
    expect(makes("Zenco Inc.'s former Vela chatbot was closed.")).toEqual(['Zenco Inc -develops-> Vela']);
    expect(makes("Zenco Inc.'s erstwhile Vela app was closed.")).toEqual(['Zenco Inc -develops-> Vela']);
  });
  it('near misses: a former rival, partner or unit is no thing made', () => {
    expect(makes("Zenco Inc.'s former rival Qorva Corp. grew.")).toEqual([]);
    expect(makes("Zenco Inc.'s former partner Qorva Corp. grew.")).toEqual([]);
    expect(makes("Zenco Inc.'s former Qorva Corp. unit grew.")).toEqual([]);
  });
});
