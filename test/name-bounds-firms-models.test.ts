import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper nm90, from stop 89's last fresh sample: firm and product names the name finder cut, fused or made up. A firm's name that
// opens with "Last" or an unknown acronym kept whole, a model's letter "A" kept, a reactor's class and "district heating" outside the
// model's name, a trade opening the sentence before a maker's noun no product. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a firm whose name opens with an ordinary word', () => {
  it('"Last" before an industry word opens the firm\'s name', () => {
    expect(develops('Texas-based Last Energy\'s ZX-5 reactor is small.')).toEqual(['Last Energy -develops-> ZX-5']);
    expect(develops('The startup Last Energy said its ZX-5 reactor would be ready by 2030.')).toEqual(['Last Energy -develops-> ZX-5']);
    expect(develops('Last Power\'s ZX-9 turbine is quiet.')).toEqual(['Last Power -develops-> ZX-9']);
  });

  it('"Last year", "Last week" and "Last" before a coined name open no firm', () => {
    expect(develops('Last year Zenco\'s ZX-7 sold well.')).toEqual(['Zenco -develops-> ZX-7']);
    expect(develops('Last week Zenco Energy\'s ZX-7 reactor was approved.')).toEqual(['Zenco Energy -develops-> ZX-7']);
    expect(entitiesOf('Last Zenco\'s ZX-7 reactor failed.')).not.toContain('Last Zenco (company)');
    expect(entitiesOf('The Energy Department approved the plan.')).not.toContain('Last Energy (company)');
  });
});

describe('an unknown acronym before a known firm\'s compound', () => {
  it('opens a venture\'s name', () => {
    expect(develops('GE Hitachi Nuclear Energy said its ZX-300 reactor is small.')).toEqual(['GE Hitachi Nuclear Energy -develops-> ZX-300']);
    expect(develops('GE Hitachi Nuclear Energy\'s ZX-300 reactor was approved.')).toEqual(['GE Hitachi Nuclear Energy -develops-> ZX-300']);
    expect(entitiesOf('The ZX-300 is a smaller version of earlier GE Hitachi Nuclear Energy designs.')).toContain('GE Hitachi Nuclear Energy (company)');
  });

  it('not after another capitalised word, nor for a known word such as "CEO", nor without a compound after the firm', () => {
    expect(entitiesOf('Qorva CEO Hitachi Nuclear Energy said so.')).not.toContain('CEO Hitachi Nuclear Energy (company)');
    expect(entitiesOf('The ZX-300 is a version of GE Hitachi designs.')).not.toContain('GE Hitachi (company)');
    expect(entitiesOf('Zembla Post GE Hitachi Nuclear Energy said so.')).not.toContain('GE Hitachi Nuclear Energy (company)');
  });
});

describe('a subject firm whose name ends in an industry word', () => {
  it('"Zenco Energy said its …" names the owner', () => {
    expect(develops('Zenco Energy said its ZX-5 reactor is small.')).toEqual(['Zenco Energy -develops-> ZX-5']);
    expect(develops('Zenco Power said its ZX-5 turbine is quiet.')).toEqual(['Zenco Power -develops-> ZX-5']);
    expect(develops('Zenco Controls said its Qorvanet platform is popular.')).toEqual(['Zenco Controls -develops-> Qorvanet']);
  });

  it('a person\'s two-word name before "said its" owns nothing', () => {
    expect(develops('Jane Smith said its ZX-5 reactor is small.')).toEqual([]);
    expect(develops('Tom Reed said its ZX-5 turbine is quiet.')).toEqual([]);
    expect(develops('Export Controls said its rules would hit Zenco.')).toEqual([]);
  });
});

describe('a model\'s letter "A"', () => {
  it('stays in the model\'s name before a lower-case noun', () => {
    expect(develops('Zenco\'s lower-end Zeta A handsets sold well.')).toEqual(['Zenco -develops-> Zeta A']);
    expect(develops('Zenco is moving its Zeta A series phone production.')).toEqual(['Zenco -develops-> Zeta A']);
    expect(develops('Zenco\'s Zeta A models sold well.')).toEqual(['Zenco -develops-> Zeta A']);
  });

  it('not a funding round\'s, a share class\'s, a grade\'s or a vitamin\'s letter', () => {
    expect(entitiesOf('Zenco raised a Series A round.')).not.toContain('Series A (product)');
    expect(entitiesOf('Zenco sold Class A shares.').some((e) => e.startsWith('Class A'))).toBe(false);
    expect(entitiesOf('Zenco makes Vitamin A tablets.').some((e) => e.startsWith('Vitamin A'))).toBe(false);
    expect(entitiesOf('Investors bought Zenco A shares.')).not.toContain('Zenco A (company)');
    expect(entitiesOf('Investors bought Zenco A shares.')).not.toContain('Zenco A (product)');
  });
});

describe('a reactor\'s class after a model\'s code', () => {
  it('ends the model\'s name', () => {
    expect(develops('Zenco\'s ZX-50 SMR will be built in Zembla.')).toEqual(['Zenco -develops-> ZX-50']);
    expect(develops('Zenco said its ZX-50 SMR would be ready by 2030.')).toEqual(['Zenco -develops-> ZX-50']);
    expect(develops('Zenco\'s Zeta SMR plant will open in 2031.')).toEqual(['Zenco -develops-> Zeta']);
  });

  it('a firm\'s own name with the class stays whole', () => {
    expect(entitiesOf('Zenco SMR said it had raised funds.')).not.toContain('Zenco (company)');
    expect(entitiesOf('Ruritania picked Zenco SMR to build the plant.')).not.toContain('Zenco (company)');
  });
});

describe('"district heating" after a model', () => {
  it('is no place: the model and its maker stay', () => {
    expect(develops('Zenco\'s ZX-5 district heating reactor is small.')).toEqual(['Zenco -develops-> ZX-5']);
    expect(develops('Qorva bought Zenco\'s ZX-5 district cooling reactor.')).toEqual(['Zenco -develops-> ZX-5']);
  });

  it('a district alone is still a place', () => {
    expect(develops('Zenco opened a plant in the Zembla district last year.')).toEqual([]);
    expect(entitiesOf('Zenco opened a plant in the Zembla district last year.')).not.toContain('Zembla (product)');
  });
});

describe('a trade opening the sentence before a maker\'s noun', () => {
  it('is no product', () => {
    expect(develops('Electronics maker Qorva builds phones for Zenco.')).toEqual([]);
    expect(develops('Semiconductor giant Qorva said its Zeta chip is fast.')).toEqual(['Qorva -develops-> Zeta']);
    expect(entitiesOf('Elevator maker Qorva said profits rose.')).not.toContain('Elevator (product)');
  });

  it('a coined product before the maker\'s noun stays the product', () => {
    expect(develops('Zetaphone maker Qorva said sales rose.')).toEqual(['Qorva -develops-> Zetaphone']);
    expect(develops('Qorvix maker Zenco said sales rose.')).toEqual(['Zenco -develops-> Qorvix']);
  });
});

describe('a framework named by coined words', () => {
  it('is software, its maker kept', () => {
    expect(develops('The Qorva Framework, developed by Zenco, runs building systems.')).toEqual(['Zenco -develops-> Qorva Framework']);
    expect(develops('Zenco\'s Qorvanet Framework ties sensors to a cloud layer.')).toEqual(['Zenco -develops-> Qorvanet Framework']);
    expect(develops('Zenco released the Qorva Framework last year.')).toEqual(['Zenco -develops-> Qorva Framework']);
  });

  it('a framework named by English words or a place, or one "on" a subject, is no product', () => {
    expect(entitiesOf('Zenco follows the Cyber Security Framework set by Ruritania.')).not.toContain('Cyber Security Framework (product)');
    expect(entitiesOf('The Paris Framework bars Zenco from selling arms.')).not.toContain('Paris Framework (product)');
    expect(entitiesOf('Zembla banned Zenco under the Qorva Framework on exports.')).not.toContain('Qorva Framework (product)');
    expect(develops('Zenco signed the Digital Trade Framework last year.')).toEqual([]);
  });
});
