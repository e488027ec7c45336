import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper bracket: an actor described in lower case with its short name in brackets ("the telecoms regulator (Ofzen)", "a
// Zembla-based startup (Qorvex)") is the bracketed name, typed by the description's head noun; it made no node at all before.
// Sentences written for the tests.

describe('a described body or firm with its short name in brackets', () => {
  it.each([
    ['The telecoms regulator (Ofzen) banned Zenapp.', ['Ofzen -banned-> Zenapp']],
    ['The country\'s communications watchdog (Zemcom) blocked Plix.', ['Zemcom -banned-> Plix']],
    ['The energy ministry (Minerga) banned Plix in schools.', ['Minerga -banned-> Plix']],
    ['The national cyber agency (ZNCA) ordered officials to delete Zenapp.', ['ZNCA -banned-> Zenapp']],
    ["Ruritania's watchdog (Ruricom) banned Zenapp last week.", ['Ruricom -banned-> Zenapp']],
    ['The Zemblan regulator (Zemcom) banned Plix.', ['Zemcom -banned-> Plix']],
    ['Plix was banned by the telecoms regulator (Ofzen) in May.', ['Ofzen -banned-> Plix']],
    ["The country's data watchdog (Datcom) has blocked Plix and Zenapp.", ['Datcom -banned-> Plix', 'Datcom -banned-> Zenapp']],
    ['The health ministry (Minsan) and the telecoms regulator (Ofzen) banned Zenapp.', ['Minsan -banned-> Zenapp', 'Ofzen -banned-> Zenapp']],
  ])('%s', (text, expected) => {
    expect(only('banned')(scoredClaimsOf(text))).toEqual(expected);
  });

  it.each([
    ['A Zembla-based startup (Qorvex) launched the Zeta app.', ['Qorvex -develops-> Zeta']],
    ['A small chipmaker (Vexon) released the Borin chip.', ['Vexon -develops-> Borin']],
    ['Zenmeet was built by a Zembla-based startup (Qorvex).', ['Qorvex -develops-> Zenmeet']],
    ["Officials said the state broadcaster's parent company (Zemedia) launched Zetaplay.", ['Zemedia -develops-> Zetaplay']],
  ])('%s', (text, expected) => {
    expect(only('develops')(scoredClaimsOf(text))).toEqual(expected);
  });

  it('types the body a government and the firm a company', () => {
    expect(entitiesOf('The state digital agency (Digina) praised Zenco.')).toContain('Digina (government)');
    expect(entitiesOf('A Zembla-based startup (Qorvex) hired Borin.')).toContain('Qorvex (company)');
  });

  it("a known state's body keeps its link to the state, as without the brackets", () => {
    const claims = claimsOf("Germany's watchdog (Zemcom) banned Plix.");
    expect(claims).toEqual(claimsOf("Germany's watchdog Zemcom banned Plix."));
    expect(claims).toContain('Zemcom -banned-> Plix');
  });
});

describe("a described thing's short name in brackets is the thing, no actor", () => {
  it.each([
    ['The popular messaging app (Zenapp) was blocked by the telecoms regulator (Ofzen).', ['Ofzen -banned-> Zenapp']],
    ['Zenco launched a new chatbot (Zetabot) in May.', ['Zenco -develops-> Zetabot']],
    ['The streaming service (Zenflix) was launched by Qorva.', ['Qorva -develops-> Zenflix']],
  ])('%s', (text, expected) => {
    expect(scoredClaimsOf(text)).toEqual(expected);
  });
});

describe('near misses: brackets that hold no described actor', () => {
  it('a ticker with its exchange after a firm', () => {
    expect(scoredClaimsOf('Zenco (NASDAQ: ZNC) launched the Zeta app.')).toEqual(['Zenco -develops-> Zeta']);
  });

  it('a year or a figure', () => {
    expect(scoredClaimsOf('The regulator (2019) banned Plix.')).toEqual([]);
    expect(scoredClaimsOf('The company (about 5% owned by Qorva) launched Zeta.')).toEqual([]);
  });

  it("a law's or an app's short name is no actor", () => {
    expect(scoredClaimsOf('The data law (ZDPA) bans Plix in schools.')).toEqual([]);
    expect(entitiesOf('The app (Zenapp) was popular in Zembla.')).not.toContain('Zenapp (government)');
    expect(entitiesOf('The app (Zenapp) was popular in Zembla.')).not.toContain('Zenapp (company)');
  });

  it("a person's party", () => {
    expect(entitiesOf('Senator Borin (R-Texas) criticised Zenco.')).toContain('Borin (person)');
  });

  it('a named body before its bracket keeps its own name', () => {
    expect(scoredClaimsOf('The Zembla Communications Authority (ZCA) banned Zenapp.')).toEqual(['Zembla Communications Authority -banned-> Zenapp']);
  });

  it("a person's name after a firm's noun that a person may hold", () => {
    expect(entitiesOf('A solo developer (John Smith) built the Zeta game.')).not.toContain('John Smith (company)');
    expect(only('develops')(scoredClaimsOf('An independent developer (Maria Lopez) released the Zeta game.'))).toEqual([]);
  });

  it("a person's name after a role's noun", () => {
    expect(scoredClaimsOf("The agency's head (Borin Vex) banned Plix.")).toEqual([]);
  });
});
