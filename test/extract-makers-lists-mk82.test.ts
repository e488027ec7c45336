import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper mk82, from fresh makers samples: lists of a maker's things whose later members were missed, and a firm's noun opening
// the next sentence as the owner of a named thing. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('"KIND such as A, B and C from X": every member is the maker\'s', () => {
  it('reads the whole list before "from"', () => {
    expect(develops('Tools such as Zenlib, Qorvdb and Vexify from Zenco Inc. are popular with developers.')).toEqual([
      'Zenco Inc -develops-> Qorvdb',
      'Zenco Inc -develops-> Vexify',
      'Zenco Inc -develops-> Zenlib',
    ]);
    expect(develops('Apps such as Zenfit, Qorva Run and Vexa Sleep from Zenco Inc. top the charts.')).toEqual([
      'Zenco Inc -develops-> Qorva Run',
      'Zenco Inc -develops-> Vexa Sleep',
      'Zenco Inc -develops-> Zenfit',
    ]);
    expect(develops('Doctors use devices including the Zeta-2, the Zeta-3 and the Zeta-4 from Zenco Inc. every day.')).toEqual([
      'Zenco Inc -develops-> Zeta-2',
      'Zenco Inc -develops-> Zeta-3',
      'Zenco Inc -develops-> Zeta-4',
    ]);
  });

  it('a list taken away from X, or no kind before the list, gives X nothing', () => {
    expect(develops('Ruritania banned apps such as Zenfit, Qorva Run and Vexa Sleep from Zenco Inc. last week.')).not.toContain('Zenco Inc -develops-> Zenfit');
    expect(develops('Investors bought Zenfit, Qorva Run and Vexa Sleep from Zenco Inc. last year.')).not.toContain('Zenco Inc -develops-> Zenfit');
  });
});

describe('"X maintains the open-source projects A, B and C"', () => {
  it('a maintainer of software projects develops each', () => {
    expect(develops('Zenco Inc. maintains the open-source projects Zenlib, Qorvdb and Vexify.')).toEqual([
      'Zenco Inc -develops-> Qorvdb',
      'Zenco Inc -develops-> Vexify',
      'Zenco Inc -develops-> Zenlib',
    ]);
    expect(develops('Qorva Labs, which maintains the popular libraries Zenlib and Vexify, raised $10 million.')).toEqual([
      'Qorva Labs -develops-> Vexify',
      'Qorva Labs -develops-> Zenlib',
    ]);
    expect(develops('Zenco Inc. also maintains the Qorvdb framework.')).toEqual(['Zenco Inc -develops-> Qorvdb']);
  });

  it('maintaining a thing that is no software project, or a stance, is no making', () => {
    expect(develops('Zenco Airways maintains the Zeta-2 jets of Qorva Air.')).toEqual([]);
    expect(develops('Zenco Inc. maintains its forecast for Qorvdb sales.')).toEqual([]);
    expect(develops('Zenco Inc. no longer maintains the open-source project Zenlib.')).toEqual([]);
  });
});

describe('"Zenco said … The company\'s Zeta-2 chip …": a firm\'s noun opening the next sentence as an owner', () => {
  it('the untyped subject of the sentence before owns the named thing of a kind', () => {
    expect(develops("Zenco said on Monday that sales rose. The company's Zeta-2 chip is popular.")).toEqual(['Zenco -develops-> Zeta-2']);
    expect(develops("Zenco reported results on Tuesday. The firm's new Zeta-5 phone sold well.")).toEqual(['Zenco -develops-> Zeta-5']);
    expect(develops("Qorvana raised $20 million on Friday. The startup's Vexa Sleep app has a million users.")).toEqual(['Qorvana -develops-> Vexa Sleep']);
  });

  it('not a person, not a state, not when another name stands after the subject', () => {
    expect(develops("Roe told reporters on Monday that sales rose. The company's Zeta-2 chip is popular.")).toEqual([]);
    expect(develops("Ruritania raised tariffs on Monday. The company's Zeta-2 chip is popular.")).toEqual([]);
    expect(develops("Zenco said Qorvana would grow. The company's Zeta-2 chip is popular.")).toEqual([]);
  });
});

describe('"the A database, the B tool and the C app": members each with their own kind noun', () => {
  it('reads every member after a comma when each has its determiner', () => {
    expect(develops('Zenco Inc. makes the Zenlib database, the Qorvdb app and the Vexify tool.')).toEqual([
      'Zenco Inc -develops-> Qorvdb',
      'Zenco Inc -develops-> Vexify',
      'Zenco Inc -develops-> Zenlib',
    ]);
    expect(develops('Zenco Inc. built the Zenlib tool, the Qorvdb database and the Vexify app.')).toEqual([
      'Zenco Inc -develops-> Qorvdb',
      'Zenco Inc -develops-> Vexify',
      'Zenco Inc -develops-> Zenlib',
    ]);
    expect(develops('Qorva Health launched the Zenfit tracker, the Vexa Sleep app and the Zeta-3 monitor last year.')).toEqual([
      'Qorva Health -develops-> Vexa Sleep',
      'Qorva Health -develops-> Zenfit',
      'Qorva Health -develops-> Zeta-3',
    ]);
  });

  it('a kind then names in apposition, or a list only planned, gives no more', () => {
    expect(develops('Zenco Inc. plans to launch the Zenlib database, the Qorvdb app and the Vexify tool.')).not.toContain('Zenco Inc -develops-> Qorvdb');
    expect(develops('Zenco Inc. does not make the Zenlib database, the Qorvdb app or the Vexify tool.')).toEqual([]);
  });
});

describe('"Zenco reported results. It also makes the Zeta-3": an opening "It" as the maker of a named thing', () => {
  it('is the untyped subject of the sentence before', () => {
    expect(develops('Zenco reported higher profit on Tuesday. It also makes the Zeta-3 phone.')).toEqual(['Zenco -develops-> Zeta-3']);
    expect(develops('Zenco reported higher profit on Tuesday. It launched the Zeta-5 phone last year.')).toEqual(['Zenco -develops-> Zeta-5']);
    expect(develops('Qorvana said on Monday that sales rose. It has built Zenlib, Qorvdb and Vexify.')).toEqual([
      'Qorvana -develops-> Qorvdb',
      'Qorvana -develops-> Vexify',
      'Qorvana -develops-> Zenlib',
    ]);
  });

  it('not after a person\'s or a state\'s sentence, another name, a thing, or with no named thing made', () => {
    expect(develops('Roe told reporters on Monday that sales rose. It makes the Zeta-3 chip.')).toEqual([]);
    expect(develops('Ruritania raised tariffs on Monday. It makes the Zeta-3 chip.')).toEqual([]);
    expect(develops('Zenco sued Qorvana on Monday. It makes the Zeta-3 chip.')).toEqual([]);
    expect(develops('The Zeta-3 chip is popular. It makes the Zeta-4 obsolete.')).toEqual([]);
    expect(develops('Zenco said on Monday that sales rose. It makes sense to buy the Zeta-3.')).toEqual([]);
  });
});

describe('a JavaScript library named in lower case ("qorva.js") is a name', () => {
  it('stands in a maker\'s list and alone', () => {
    expect(develops('Zenco Inc. developed Zenlib, qorva.js and Vexa.io.')).toEqual([
      'Zenco Inc -develops-> Vexa.io',
      'Zenco Inc -develops-> Zenlib',
      'Zenco Inc -develops-> qorva.js',
    ]);
    expect(develops('Zenco Inc. maintains the open-source libraries qorva.js and vexa.js.')).toEqual([
      'Zenco Inc -develops-> qorva.js',
      'Zenco Inc -develops-> vexa.js',
    ]);
    expect(develops('The qorva.js library, developed by Zenco Inc., is popular.')).toEqual(['Zenco Inc -develops-> qorva.js']);
  });

  it('a library only spoken of is made by no one', () => {
    expect(develops('Zenco Inc. said qorva.js had a bug.')).toEqual([]);
  });
});

describe('"Zenco said … Its products include A, B and C": an owner\'s list after an untyped firm\'s sentence', () => {
  it('"Its" or "The company\'s" before a maker\'s plural noun and its list is the subject before', () => {
    expect(develops('Zenco said on Monday that sales rose. Its products include Zenfit, Qorva Run and Vexa Sleep.')).toEqual([
      'Zenco -develops-> Qorva Run',
      'Zenco -develops-> Vexa Sleep',
      'Zenco -develops-> Zenfit',
    ]);
    expect(develops("Zenco said on Monday that sales rose. The company's products include Zenfit, Qorva Run and Vexa Sleep.")).toEqual([
      'Zenco -develops-> Qorva Run',
      'Zenco -develops-> Vexa Sleep',
      'Zenco -develops-> Zenfit',
    ]);
    expect(develops('Zenco reported results. Its popular apps include Zenfit and Vexa Sleep.')).toEqual(['Zenco -develops-> Vexa Sleep', 'Zenco -develops-> Zenfit']);
  });

  it('not after a person\'s or a state\'s act, nor when another name follows the subject, nor for rivals', () => {
    expect(develops('Roe told reporters on Monday that sales rose. Its products include Zenfit and Vexa Sleep.')).toEqual([]);
    expect(develops('Ruritania raised tariffs on Monday. Its products include Zenfit and Vexa Sleep.')).toEqual([]);
    expect(develops('Zenco said Qorvana would grow. Its products include Zenfit and Vexa Sleep.')).toEqual([]);
    expect(only('competes_with')(scoredClaimsOf('Zenco said on Monday that sales rose. Its rivals include Qorvana and Vexa.'))).toEqual([]);
  });
});
