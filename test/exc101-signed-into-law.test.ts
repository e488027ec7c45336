import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Helper exc101 (stop 101), from real state app bans told as a bill signed into law: sentences made up for the tests.

const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('a bill signed into law with a date or time before it is the act, not a proposal', () => {
  it.each([
    ["Ohio's governor signed into law on Tuesday a bill banning the Zembra app statewide.", ['Ohio -banned-> Zembra']],
    ["Ohio's governor signed into law Wednesday a bill banning the Zembra app.", ['Ohio -banned-> Zembra']],
    ["Texas's governor signed into law a bill that bans the Zembra app.", ['Texas -banned-> Zembra']],
    ['Ohio signed into law last week a bill banning the Zembra app and the Qorva app.', ['Ohio -banned-> Qorva', 'Ohio -banned-> Zembra']],
    ["Utah's governor signed into law on May 17 a bill that bars the Zembra app from operating in the state.", ['Utah -banned-> Zembra']],
    ["Iowa's governor signed into law this month a bill prohibiting the Zembra app on state devices.", ['Iowa -banned-> Zembra']],
    ['Montana Gov. Ann Lee signed into law Wednesday a bill banning the Zembra app statewide, effective Jan. 1, 2027.', ['Montana -banned-> Zembra']],
    ["Idaho's governor signed into law on Friday the bill that forbids the Zembra app from operating in Idaho.", ['Idaho -banned-> Zembra']],
  ])('"%s"', (text, claims) => {
    expect(banned(text)).toEqual(claims);
  });

  it.each([
    // Not signed, or not yet: the bill stays a proposal.
    ["Ohio's governor vetoed a bill banning the Zembra app.", []],
    ['Ohio lawmakers introduced a bill banning the Zembra app.', []],
    ["Ohio's governor said he would sign into law on Tuesday a bill banning the Zembra app.", []],
    ["Ohio's governor is expected to sign into law a bill banning the Zembra app.", []],
    // A hedge inside the bill still hedges.
    ["Ohio's governor signed into law on Tuesday a bill that would ban the Zembra app.", []],
    // A bill that bans nothing.
    ["Ohio's governor signed into law on Tuesday a bill funding the Zembra app.", []],
  ])('near miss "%s"', (text, claims) => {
    expect(banned(text)).toEqual(claims);
  });

  it('keeps the hedged reading of an unsigned bill as proposed', () => {
    expect(only('banned')(claimsOf("Ohio's governor said he would sign into law on Tuesday a bill banning the Zembra app.", 'proposed'))).toEqual(['Ohio -banned-> Zembra']);
  });
});
