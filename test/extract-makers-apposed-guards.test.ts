import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Guards for the maker appositions of helper mk81 (test/extract-makers-apposed.test.ts), from a review of that change: a maker's
// plant, stake or store is not made; a firm's "Its" does not mean a speaker, a founder, a state or one of two firms named before;
// and a name that only qualifies an apposition's noun is not its relative clause's subject. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('"whose" after a maker\'s noun names what the firm made, not its plant, stake or store', () => {
  it('a plant, a factory, a stake or a store is no product', () => {
    expect(develops('Zenco, the chipmaker whose Qorva plant was damaged, said on Monday it would raise prices.')).toEqual([]);
    expect(develops('Zenco, the chipmaker whose Qorva factory opened in Texas, said on Monday it would raise prices.')).toEqual([]);
    expect(develops('Zenco, the automaker whose Qorva stake was sold, said on Monday it would raise prices.')).toEqual([]);
    expect(develops('Zenco, the carmaker whose Qorva unit was sold, said on Monday it would raise prices.')).toEqual([]);
    expect(develops('Zenco, the chipmaker whose Qorva shares fell, said on Monday it would raise prices.')).toEqual([]);
  });

  it('a retailer, an operator or a marketplace does not make what it runs', () => {
    expect(develops('Zenco, the retailer whose Vexa store in Texas closed, said on Monday it would raise prices.')).toEqual([]);
    expect(develops('Zenco, the retailer whose Vexa brand sells well, said on Monday it would raise prices.')).toEqual([]);
    expect(develops('Zenco, the operator whose Vexa network failed, said on Monday it would raise prices.')).toEqual([]);
  });

  it('a maker\'s product after "whose" is still made', () => {
    expect(develops('Zenco, the chipmaker whose Qorva chips power many phones, said on Monday it would raise prices.')).toEqual(['Zenco -develops-> Qorva']);
    expect(develops('Zenco, the automaker whose Qorva sedan sold well, said on Monday it would raise prices.')).toEqual(['Zenco -develops-> Qorva']);
    expect(develops('Zenco, the game studio whose Qorva Quest sold a million copies, said on Monday it would raise prices.')).toEqual(['Zenco -develops-> Qorva Quest']);
  });

  it('a factory a firm built is no product', () => {
    expect(develops('Zenco, a Qorva supplier that built the Vexa factory, said on Monday it would raise prices.')).toEqual([]);
    expect(develops('Zenco, a startup that built the Vexa plant, said on Monday it would raise prices.')).toEqual([]);
    expect(develops('Zenco, which built the Vexa facility, said on Monday it would raise prices.')).toEqual([]);
  });
});

describe('a firm\'s "Its" or "The firm\'s" opening a sentence does not mean a speaker, a founder, a state or one of two firms', () => {
  it('the subject of a speech or founding verb that names another firm is not the owner', () => {
    expect(develops('Roe said Zenco would grow. Its latest chip, the Zeta-2, is twice as fast.')).toEqual([]);
    expect(develops('Roe founded Zenco in 2010. Its latest chip, the Zeta-2, is twice as fast.')).toEqual([]);
    expect(develops('Doe said Qorva would grow. Its latest chip, the Zeta-2, is twice as fast.')).toEqual([]);
    expect(develops('Roe told reporters that sales rose. Its latest chip, the Zeta-2, is twice as fast.')).toEqual([]);
  });

  it('a state\'s act is not a firm\'s', () => {
    expect(develops('Ruritania raised tariffs. Its latest model, the Zeta-2, is twice as fast.')).toEqual([]);
    expect(develops('Zembla imposed new rules on Monday. Its latest model, the Zeta-2, is twice as fast.')).toEqual([]);
    expect(develops('Ruritania banned imports last year. Its latest model, the Zeta-2, is twice as fast.')).toEqual([]);
  });

  it('"The firm\'s" after a sentence naming two firms is neither\'s', () => {
    expect(develops("Qorva sued Zenco in Texas. The firm's flagship model, Zeta Pro, infringes its patents.")).toEqual([]);
    expect(develops("Qorva sued Zenco in Texas. Its flagship model, Zeta Pro, infringes its patents.")).toEqual([]);
  });

  it('a firm that acts alone is still the owner', () => {
    expect(develops('Zenco reported strong sales. Its latest chip, the Zeta-2, is twice as fast.')).toEqual(['Zenco -develops-> Zeta-2']);
    expect(develops("Zenco raised its forecast on Monday. The firm's flagship model, Zeta Pro, beat rivals in tests.")).toEqual(['Zenco -develops-> Zeta Pro']);
    expect(develops('Zenco Inc said on Monday that sales rose. Its latest chip, the Zeta-2, is twice as fast.')).toEqual(['Zenco Inc -develops-> Zeta-2']);
  });
});

describe('a name that only qualifies the apposition\'s noun is not the subject of its relative clause', () => {
  it('"a rival of Qorva", "a unit of Qorva", "the Qorva-owned startup"', () => {
    expect(develops('Zenco, a rival of Qorva that built the Vexa app, said on Monday it would raise prices.')).toEqual(['Zenco -develops-> Vexa']);
    expect(develops('Zenco, a unit of Qorva that built the Vexa app, said on Monday it would raise prices.')).toEqual(['Zenco -develops-> Vexa']);
    expect(develops('Zenco, the Qorva-owned startup that built the Vexa app, said on Monday it would raise prices.')).toEqual(['Zenco -develops-> Vexa']);
  });
});
