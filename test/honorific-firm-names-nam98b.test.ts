import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper nam98b (stop 98, round 2), from real drinks news: a firm named after its brand carries the brand's honorific inside its
// name ("Zenco Dr Tarn"), which made a person of the honorific's word and lost the firm and its brand. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();
const claims = (text: string): string[] => scoredClaimsOf(text).sort();

describe('an honorific inside a firm\'s name', () => {
  it('"Zenco Dr Tarn" is a firm, and "Dr Tarn" beside it its brand', () => {
    expect(develops('Zenco Dr Tarn owns Dr Tarn.')).toEqual(['Zenco Dr Tarn -develops-> Dr Tarn']);
    expect(develops('Dr Tarn, which is owned by Zenco Dr Tarn, has added new flavours.')).toEqual(['Zenco Dr Tarn -develops-> Dr Tarn']);
    expect(develops('Zenco Dr Tarn makes Vexa soda.')).toEqual(['Zenco Dr Tarn -develops-> Vexa']);
    expect(develops('Zenco Mr Lumo launched Qorva cleaner.')).toEqual(['Zenco Mr Lumo -develops-> Qorva']);
  });

  it('a title or an opening English word before the honorific leaves a person', () => {
    expect(claims('Professor Dr Tarn said Zenco makes Vexa.')).not.toContain('Professor Dr Tarn -develops-> Vexa');
    expect(develops('Meanwhile Dr Tarn said Zenco launched Vexa.')).toEqual(['Zenco -develops-> Vexa']);
    expect(develops('Chief Executive Dr Tarn said Zenco launched Vexa.')).toEqual(['Zenco -develops-> Vexa']);
    expect(develops('Zenco hired Dr Jane Roe to lead Vexa.')).not.toContain('Zenco -develops-> Dr Jane Roe');
  });

  it('"Dr Tarn" alone, with no firm of that name, stays a person', () => {
    expect(develops('Dr Tarn owns Vexa.')).toEqual([]);
    expect(develops('Zenco hired Dr Tarn, who owns Vexa.')).not.toContain('Zenco -develops-> Dr Tarn');
  });
});

// From real beauty news: a firm's name that opens with an elided article ("L'Zenco") before its national arm's code was read as the
// United States, and the arm's brands were lost.
describe('an elided article\'s firm name before a national code', () => {
  it('"L\'Zenco USA" is the firm\'s arm, not the state', () => {
    expect(develops("This deal will let L'Zenco USA, who already owns Vexa, build a new division.")).toEqual(["L'Zenco USA -develops-> Vexa"]);
    expect(develops('The deal lets D’Qorva UK, which owns Lumo, grow.')).toEqual(['D’Qorva UK -develops-> Lumo']);
  });

  it('"Qorva Snackfood US": a two-word name whose second word is coined closes the arm too', () => {
    expect(develops('Qorva Snackfood US has released a limited edition of its green Vexa.')).toEqual(['Qorva Snackfood US -develops-> Vexa']);
  });

  it('a plain code after an English word stays a place', () => {
    expect(claims('Sales in the US rose as Zenco launched Vexa.')).toEqual(['Zenco -develops-> Vexa']);
  });
});
