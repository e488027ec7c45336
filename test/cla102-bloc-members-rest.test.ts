import { describe, expect, it } from 'vitest';
import { claimsOf } from './extract-helpers';

// Helper cla102 (stop 101), from fresh real news on sanctions where a bloc qualifying the unnamed rest of a list of states became the
// only actor: sentences made up for the tests.

const acts = (text: string): string[] => claimsOf(text).filter((c) => /-(banned|restricts)->/.test(c));

describe("the states named before 'and most EU members' act; the bloc does not", () => {
  it.each([
    ['France, Germany and most EU members have levelled sanctions against Qorvia.', ['France -restricts-> Qorvia', 'Germany -restricts-> Qorvia']],
    ['France, Germany and most EU countries have sanctioned Qorvia.', ['France -restricts-> Qorvia', 'Germany -restricts-> Qorvia']],
    ['France and most EU member states have sanctioned Qorvia.', ['France -restricts-> Qorvia']],
    ['Germany, Italy and most EU members now restrict Qorvia.', ['Germany -restricts-> Qorvia', 'Italy -restricts-> Qorvia']],
    ['France and most EU members have since sanctioned Qorvia.', ['France -restricts-> Qorvia']],
    ['Japan, Canada and most G7 members banned Zenco.', ['Canada -banned-> Zenco', 'Japan -banned-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(acts(text).sort()).toEqual([...claims].sort());
  });
});

describe('the bloc itself, or a bloc named as a member, keeps acting', () => {
  it.each([
    ['EU members have levelled sanctions against Qorvia.', ['European Union -restricts-> Qorvia']],
    ['The EU and its members sanctioned Zenco.', ['European Union -restricts-> Zenco']],
    ['France, Germany and the EU sanctioned Zenco.', ['European Union -restricts-> Zenco', 'France -restricts-> Zenco', 'Germany -restricts-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(acts(text).sort()).toEqual([...claims].sort());
  });
});
