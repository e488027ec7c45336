import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper ow85: owners and operators said by words the readers missed — a thing "maintained by" its maker, and a firm
// "responsible for" a product or model it makes. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a thing maintained by a firm', () => {
  it('"Y is maintained by X", "Y, maintained by X", "Y, which is maintained by X" name its maker', () => {
    expect(develops('Zapp is maintained by Qorva Labs.')).toEqual(['Qorva Labs -develops-> Zapp']);
    expect(develops('The Zapp browser, maintained by Qorva Labs, is free to download.')).toEqual(['Qorva Labs -develops-> Zapp']);
    expect(develops('The Zeta network, which is maintained by Qorva Labs, went down on Friday.')).toEqual(['Qorva Labs -develops-> Zeta']);
    expect(develops('Zapp, an open-source tool developed and maintained by Qorva Labs, is popular.')).toEqual(['Qorva Labs -develops-> Zapp']);
  });

  it('a standing kept, a ban kept or a person keeping it makes nothing', () => {
    expect(develops('The ban on Zapp was maintained by Ruritania last year.')).toEqual([]);
    expect(develops('Zapp is not maintained by Qorva Labs.')).toEqual([]);
    expect(develops('Zapp is maintained by John Smith, a volunteer.')).toEqual([]);
    expect(develops("Zapp's lead was maintained by Qorva Labs.")).toEqual([]);
    expect(develops("Zapp's price of $5 was maintained by Qorva Labs.")).toEqual([]);
    expect(develops('The Zapp servers are maintained by Qorva Labs.')).toEqual([]);
  });
});

describe('a firm responsible for a product or model', () => {
  it('"X is responsible for the Y model", "X, which is responsible for the Y app," name its maker', () => {
    expect(develops('Vexa Labs is responsible for the Zeta-2 model.')).toEqual(['Vexa Labs -develops-> Zeta-2']);
    expect(develops('Vexa Labs, which is responsible for the Zapp app, was fined on Monday.')).toEqual(['Vexa Labs -develops-> Zapp']);
    expect(develops('Vexa Labs is also responsible for Zapp and Qwik.')).toEqual(['Vexa Labs -develops-> Qwik', 'Vexa Labs -develops-> Zapp']);
  });

  it('an outage, a breach or a share of a product, a negation, or a person answerable makes nothing', () => {
    expect(develops('Vexa Labs was responsible for the Zapp outage.')).toEqual([]);
    expect(develops('Vexa Labs is responsible for the Zapp data breach.')).toEqual([]);
    expect(develops('Vexa Labs is responsible for 40% of Zapp sales.')).toEqual([]);
    expect(develops('Vexa Labs is not responsible for the Zeta-2 model.')).toEqual([]);
    expect(develops('John Smith is responsible for the Zeta-2 model at Vexa Labs.')).toEqual([]);
    expect(develops('Vexa Labs is responsible for selling Zapp in Zembla.')).toEqual([]);
  });
});

describe('a list of owned venues, each with its kind', () => {
  it('"owns the Zapp marketplace and the Qwik app", "operates the Zapp exchange and the Qwik wallet" give each', () => {
    expect(develops('Zenco owns the Zapp marketplace and the Qwik app.')).toEqual(['Zenco -develops-> Qwik', 'Zenco -develops-> Zapp']);
    expect(develops('Zenco operates the Zapp exchange and the Qwik wallet.')).toEqual(['Zenco -develops-> Qwik', 'Zenco -develops-> Zapp']);
    expect(develops('Zenco launched the Zapp site and its Qwik app last year.')).toEqual(['Zenco -develops-> Qwik', 'Zenco -develops-> Zapp']);
  });

  it('a clause after a bare "and", a stake, or ads on the venues give no more', () => {
    expect(develops('Zenco owns the Zapp network and Qorva sued it.')).toEqual(['Zenco -develops-> Zapp']);
    expect(develops('Zenco owns a stake in the Zapp marketplace and the Qwik app.')).toEqual([]);
    expect(develops('Zenco runs ads on the Zapp site and the Qwik app.')).toEqual([]);
    expect(develops('Zenco does not own the Zapp marketplace and the Qwik app.')).toEqual([]);
  });
});
