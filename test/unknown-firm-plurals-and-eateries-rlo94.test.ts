import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rlo94, from real restaurant and grocery news: a firm's one-word name shaped like a plural ("Popeyes") opening a sentence was
// read as a common noun and its claims were lost; a chain's name opened by a region inside a state ("Texas Roadhouse") was cut
// into the region and the rest. Sentences and names written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));
const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a one-word opener shaped like a plural, no English word, before its verb', () => {
  it('is a firm where a firm is wanted', () => {
    expect(rivals('Zorbleys competes with Qorva.')).toEqual(['Zorbleys -competes_with-> Qorva']);
    expect(rivals('Quandrics is a rival of Qorva.')).toEqual(['Quandrics -competes_with-> Qorva']);
    expect(rivals('Vexmans is upping the ante to compete with Qorva with its new sandwich.')).toEqual(['Vexmans -competes_with-> Qorva']);
    expect(develops('Vexmans has launched the Zeta Grill app.')).toEqual(['Vexmans -develops-> Zeta Grill']);
  });

  it('an English plural, a field\'s "-ics" word or a people stays a common noun', () => {
    expect(rivals('Rivals compete with Qorva.')).toEqual([]);
    expect(rivals('Startups compete with Qorva.')).toEqual([]);
    expect(rivals('Retailers compete with Qorva.')).toEqual([]);
    expect(rivals('Robotics competes with Qorva for funding.')).toEqual([]);
    expect(rivals('Analytics compete with Qorva.')).toEqual([]);
    expect(develops('Engineers have launched the Zeta Grill app.')).toEqual([]);
    expect(rivals('Ruritanians compete with Qorva.')).toEqual([]);
  });
});

describe('a region inside a state opening an eatery chain\'s name', () => {
  it('stays in the chain\'s name', () => {
    expect(rivals('Texas Roadhouse competes with Qorva.')).toEqual(['Texas Roadhouse -competes_with-> Qorva']);
    expect(rivals('Qorva competes with California Pizza Kitchen.')).toEqual(['Qorva -competes_with-> California Pizza Kitchen']);
    expect(rivals('Qorva is a rival to Ohio Fried Chicken.')).toEqual(['Qorva -competes_with-> Ohio Fried Chicken']);
  });

  it('a dish after the region, a festival, or a governor leaves the region alone', () => {
    expect(rivals('Qorva competes with Zenco in Texas Chicken sales.')).not.toContain('Qorva -competes_with-> Texas Chicken');
    expect(scoredClaimsOf('Qorva sells Texas Chicken to Zenco.')).not.toContain('Qorva -develops-> Texas Chicken');
    expect(only('banned')(scoredClaimsOf('Texas Governor Vexa Abbott banned Zeta.'))).toEqual(['Texas -banned-> Zeta']);
    expect(only('banned')(scoredClaimsOf('The Texas Pizza Festival banned Zenco.'))).not.toContain('Texas Pizza Festival -banned-> Zenco');
    expect(only('banned')(scoredClaimsOf('Texas banned Zeta imports.'))).toEqual(['Texas -banned-> Zeta']);
  });
});
