import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Helper itb93, from set 88's chatbots reader and round 1's mrg93: a department's name is no actor (a university is no scored
// actor at all); an order to stop using a name, whoever gives it, bans nothing; a city's or a member state's body written in small
// letters ("the Zembla city government", "the Texas state government") is the city or the state acting. Sentences written for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));
const bannedAs = (text: string, status: 'proposed' | 'negated'): string[] => only('banned')(claimsOf(text, status));

describe('a department blocking things', () => {
  it('a firm\'s IT department bans for the firm', () => {
    expect(banned('Zenco Inc.\'s IT department blocked Qorva, Vexa Inc.\'s chatbot, for staff.')).toEqual(['Zenco Inc -banned-> Qorva']);
  });

  it('a department\'s own name is no actor', () => {
    expect(banned('The University\'s Information Technology (IT) department blocked Zenco Inc.\'s Qorva chatbot.')).toEqual([]);
    expect(banned('The College\'s Information Technology department blocked Zenco Inc.\'s Qorva app.')).toEqual([]);
    expect(banned('Zenco Inc.\'s Cloud Services office blocked Qorva.')).toEqual([]);
  });

  it('a named unit is a firm of its own and still acts', () => {
    expect(banned('Vexa Inc.\'s Zenco Cloud unit blocked Qorva, a chatbot made by Borin Inc.')).toEqual(['Zenco Cloud -banned-> Qorva']);
  });

  it('advice, a lifted block and a negated one ban nothing', () => {
    expect(banned('Zenco Inc.\'s IT department recommends against Qorva.')).toEqual([]);
    expect(banned('Zenco Inc.\'s IT department discourages staff from using Qorva.')).toEqual([]);
    expect(banned('Zenco Inc.\'s IT department lifted its block on Qorva.')).toEqual([]);
    expect(banned('The University\'s IT department did not block Zenco Inc.\'s Qorva app.')).toEqual([]);
  });

  it('a state\'s department still acts for the state', () => {
    expect(banned('India\'s telecom department blocked Zenco Inc.\'s Qorva app.')).toEqual(['India\'s telecom department -banned-> Qorva']);
  });
});

describe('an order to stop using a name', () => {
  it('a judge\'s or a court\'s order in a name dispute bans nothing, wherever the judge sits', () => {
    expect(banned('A Texas judge blocked Zenco Inc. from using the Qorva name.')).toEqual([]);
    expect(banned('A Brazilian judge barred Zenco Inc. from using the Qorva trademark.')).toEqual([]);
    expect(banned('A Texas court ordered Zenco Inc. to cease using the word Qorva in its products.')).toEqual([]);
    expect(banned('A judge ordered Zenco Inc. to stop using the name Qorva.')).toEqual([]);
    expect(banned('A Texas judge temporarily prohibited Zenco Inc. from using the “Qorva” trademark.')).toEqual([]);
    expect(banned('A Texas judge barred Zenco Inc. from using the Qorva branding.')).toEqual([]);
  });

  it('a court blocking an app, or a state barring sales or use, still bans', () => {
    expect(banned('A Brazilian judge blocked Zenco Inc.\'s Qorva app.')).toEqual(['Brazil -banned-> Qorva']);
    expect(banned('Ruritania banned Zenco Inc. from selling Qorva phones.')).toEqual(['Ruritania -banned-> Qorva', 'Ruritania -banned-> Zenco Inc']);
    expect(banned('Ruritania barred government agencies from using Zenco Inc.\'s Qorva app.')).toEqual(['Ruritania -banned-> Qorva']);
  });
});

describe('a city\'s or a member state\'s body in small letters', () => {
  it('"the Zembla city government" acts as the city does', () => {
    expect(banned('The Mumbai city government cancelled Zenco Inc.\'s permit.')).toEqual(['Mumbai -banned-> Zenco Inc']);
    expect(banned('The Mumbai city government revoked Zenco Inc.\'s licence.')).toEqual(['Mumbai -banned-> Zenco Inc']);
    expect(banned('The Mumbai city government blocked Zenco Inc.\'s Qorva app.')).toEqual(['Mumbai -banned-> Qorva']);
  });

  it('"the Texas state government" is the state acting, whatever its body', () => {
    expect(banned('The Texas state government banned Zenco Inc.\'s Qorva app.')).toEqual(['Texas -banned-> Qorva']);
    expect(banned('The Ohio state legislature banned Zenco Inc.\'s Qorva app.')).toEqual(['Ohio -banned-> Qorva']);
    expect(banned('The Texas state regulator banned Zenco Inc.\'s Qorva app.')).toEqual(['Texas -banned-> Qorva']);
  });

  it('plans, proposals and negations keep their status', () => {
    expect(banned('The Mumbai city government plans to ban Zenco Inc.\'s Qorva app.')).toEqual([]);
    expect(bannedAs('The Mumbai city government plans to ban Zenco Inc.\'s Qorva app.', 'proposed')).toEqual(['Mumbai -banned-> Qorva']);
    expect(banned('The Mumbai city government recommended banning Zenco Inc.\'s Qorva app.')).toEqual([]);
    expect(banned('The Mumbai city government did not ban Zenco Inc.\'s Qorva app.')).toEqual([]);
    expect(bannedAs('The Mumbai city government did not ban Zenco Inc.\'s Qorva app.', 'negated')).toEqual(['Mumbai -banned-> Qorva']);
  });

  it('the body as another\'s descriptor, a state\'s fund, a contract: no ban', () => {
    expect(scoredClaimsOf('The Mumbai city government\'s Zenco Inc. contract was cancelled.')).toEqual([]);
    expect(scoredClaimsOf('Mumbai city government officials said Zenco Inc. had complied.')).toEqual([]);
    expect(scoredClaimsOf('The Mumbai city government awarded Zenco Inc. a contract.')).toEqual([]);
    expect(scoredClaimsOf('The Texas state pension fund sold Zenco Inc. shares.')).toEqual([]);
    expect(banned('The Texas state government said Zenco Inc. would fix its Qorva app.')).toEqual([]);
  });
});
