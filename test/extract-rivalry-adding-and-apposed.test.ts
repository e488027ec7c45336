import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper cmp96, from stop 96's ninety-third fresh sample: an adding "not just" / "not only" read as a denial or standing between a
// rivalry's noun and its party; an unknown people's adjective after "a" ("a Floridian competitor") read as the rival's name; a
// rival's kind apposed before its name ("a competitor, drinks maker Qorva Inc."). Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));
const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('an adding "not only" / "not just"', () => {
  it('does not stop the party named after it', () => {
    expect(rivals('Zenco is facing increasing competition not just from Qorva, but from Lumo as well.')).toContain('Zenco -competes_with-> Qorva');
    expect(rivals('Zenco faces stiff competition not only from Qorva but also from Lumo.')).toContain('Zenco -competes_with-> Qorva');
    expect(rivals('Zenco competes not only with Qorva but also with Lumo.')).toContain('Zenco -competes_with-> Qorva');
  });

  it('denies nothing before the verb', () => {
    expect(rivals('Zenco not only competes with Qorva but also sells chips to it.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('a plain negation still denies', () => {
    expect(rivals('Zenco does not compete with Qorva.')).toEqual([]);
    expect(claimsOf('Zenco does not compete with Qorva.', 'negated')).toContain('Zenco -competes_with-> Qorva');
    expect(rivals('Zenco faces no competition from Qorva.')).toEqual([]);
    expect(rivals('Zenco faces competition not from Qorva but from Lumo.')).not.toContain('Zenco -competes_with-> Qorva');
    // A "not simply" corrected by "instead" or "rather" after the claim denies (crit96c).
    expect(rivals('Zenco does not simply compete with Qorva; instead it supplies it.')).toEqual([]);
    expect(rivals('Zenco does not just compete with Qorva, but rather partners with it.')).toEqual([]);
    expect(rivals('Zenco does not just compete with Qorva but also supplies it.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('is no rivalry with a partner, supplier or customer, and a hedge still hedges', () => {
    expect(rivals('Zenco is not only a supplier to Qorva but also one of its investors.')).toEqual([]);
    expect(rivals('Zenco works not only with Qorva but also with Lumo on the Zeta chip.')).toEqual([]);
    expect(rivals('Zenco could face competition not only from Qorva but also from Lumo.')).toEqual([]);
    expect(rivals('Zenco buys parts not just from Qorva but also from Lumo.')).toEqual([]);
  });
});

describe('an unknown people\'s adjective after "a"', () => {
  it('is where the rival is from, not the rival', () => {
    expect(rivals('Zenco has sued a Floridian competitor, Qorva Inc., over a label.')).toEqual(['Zenco -competes_with-> Qorva Inc']);
    expect(rivals('Zenco sued a Floridian rival, Qorva, over a label.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('is where a good is from, not its maker', () => {
    expect(develops('Vexa is a Scottish drink made by Zenco.')).toEqual(['Zenco -develops-> Vexa']);
  });

  it('stays a name before other words or after "the"', () => {
    expect(entitiesOf('Zenco said a Zoltan spokesman had confirmed the deal with Qorva Inc.')).toContain('Zoltan (company)');
    expect(rivals('Zenco sued a Zoltan subsidiary over a label.')).toEqual([]);
    expect(entitiesOf('Zenco has sued a Floridian competitor, Qorva Inc., over a label.').join(' ')).not.toMatch(/Floridian/);
    expect(entitiesOf('Zenco is a Floridian company.').join(' ')).not.toMatch(/Floridian/);
  });
});

describe('a rival\'s kind apposed before its name', () => {
  it('"a competitor, drinks maker Qorva Inc." names the rival', () => {
    expect(rivals('Zenco has sued a Floridian competitor, drinks maker Qorva Inc., over a label.')).toEqual(['Zenco -competes_with-> Qorva Inc']);
    expect(rivals('Zenco has sued a competitor, soft-drink company Qorva, over a label.')).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('not another role\'s kind', () => {
    expect(rivals('Zenco has sued a competitor, partner firm Qorva, over a label.')).toEqual([]);
    expect(rivals('Zenco has sued a competitor, its supplier company Qorva, over a label.')).toEqual([]);
    expect(rivals('Zenco has sued a competitor, former maker Qorva, over a label.')).toEqual([]);
  });
});

describe('a participle set off after a clause of winning or buying', () => {
  it('is the winner\'s or buyer\'s, not the object\'s before the comma', () => {
    expect(rivals('Zenco Inc won Lumo, prevailing over rivals that included Qorva and Vexa.')).toEqual(['Zenco Inc -competes_with-> Qorva', 'Zenco Inc -competes_with-> Vexa']);
    expect(rivals('Zenco Inc won Lumo, outbidding Qorva.')).toEqual(['Zenco Inc -competes_with-> Qorva']);
    expect(rivals('In 2019, Zenco Inc bought Lumo Ltd, beating rival Qorva.')).toEqual(['Zenco Inc -competes_with-> Qorva']);
  });

  it('not after a verb of choosing, a clause of its own, or a rival noun the participle names', () => {
    expect(rivals('Ruritania picked Lumo Ltd, beating rival Qorva.')).toEqual(['Lumo Ltd -competes_with-> Qorva']);
    expect(rivals('Zenco Inc picked Lumo Ltd, beating rival Qorva.')).not.toContain('Zenco Inc -competes_with-> Qorva');
    expect(rivals('Zenco Inc said Lumo Ltd, beating rival Qorva, won the contract.')).not.toContain('Zenco Inc -competes_with-> Qorva');
    expect(rivals('Zenco Inc praised Lumo Ltd, calling it a rival of Qorva.')).not.toContain('Zenco Inc -competes_with-> Qorva');
    expect(rivals('The group won Lumo Ltd, beating rival Qorva.')).toEqual([]);
    // A seller beat no one: the buyer did (crit96c).
    expect(rivals('Zenco Inc agreed to sell Lumo Ltd, beating rival Qorva.')).toEqual([]);
    expect(rivals('Zenco Inc won approval to sell Lumo Ltd, beating rival Qorva.')).toEqual([]);
  });
});
