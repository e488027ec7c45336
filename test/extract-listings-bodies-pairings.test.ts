import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 64, second round, from its first-round samples: members of a listing named after it, bodies named whole (a committee's
// coordinated fields, school districts, "X Electric"), names freed of an opening participle and of trade-mark signs, a role's
// holder set off after a possessive, measures imposed in the passive, and makers paired with their things. Sentences written for
// the tests.

const ADDED = 'The Commerce Department added 12 entities to the Entity List on Tuesday.';

describe('members of a listing named in the sentence after it', () => {
  it('"Zenco, a drone maker, was added for supplying Zembla" is one of the additions', () => {
    expect(only('restricts')(scoredClaimsOf(`${ADDED} Zenco, a drone maker, was added for supplying Zembla.`))).toEqual(['Commerce Department -restricts-> Zenco']);
  });

  it('"Those named include A and B" and "A and B are among them"', () => {
    expect(only('restricts')(scoredClaimsOf(`${ADDED} Those named include Zenco and Qorva.`)).sort()).toEqual(['Commerce Department -restricts-> Qorva', 'Commerce Department -restricts-> Zenco']);
    expect(only('restricts')(scoredClaimsOf(`${ADDED} Zenco and Qorva are among them.`)).sort()).toEqual(['Commerce Department -restricts-> Qorva', 'Commerce Department -restricts-> Zenco']);
  });

  it('"was added" with no act before it lists nothing', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco, a drone maker, was added for its speed.'))).toEqual([]);
  });
});

describe('bodies named whole', () => {
  it('a committee "for" coordinated fields is one body', () => {
    expect(only('banned')(scoredClaimsOf("Kazakhstan's Committee for Communication, Informatization and Information has blocked Zenblog."))).toEqual(
      ['Committee for Communication, Informatization and Information -banned-> Zenblog'],
    );
  });

  it('public school systems act as local governments', () => {
    expect(only('banned')(scoredClaimsOf('Zembla City Public Schools and Borin Unified School District restricted access to Zenbot.')).sort()).toEqual(
      ['Borin Unified School District -banned-> Zenbot', 'Zembla City Public Schools -banned-> Zenbot'],
    );
  });

  it('a name ending in "Electric" is a firm', () => {
    expect(entitiesOf('Jenna Electric launched its first scooters, the S1 and the S1 Pro, on Sunday.')).toContain('Jenna Electric (company)');
  });
});

describe('names freed of what surrounds them', () => {
  it('"Named Zibo, the robot developed by Zenco" names Zibo', () => {
    expect(only('develops')(scoredClaimsOf('Named Zibo, the robot developed by Zenco Corp. can walk.'))).toEqual(['Zenco Corp -develops-> Zibo']);
  });

  it('a trade-mark sign inside a name is no break in it', () => {
    expect(only('develops')(scoredClaimsOf('Zenco announced that its imaging tool, Zenco Vista® CXR, won approval.'))).toEqual(['Zenco -develops-> Zenco Vista CXR']);
  });
});

describe('the holder of a role set off after a possessive', () => {
  it('"blocked Zenco\'s sole supplier, Qorva Cells, from delivering" blocks the supplier, a firm', () => {
    expect(only('banned')(scoredClaimsOf("Authorities in China blocked Zenco's sole supplier, Qorva Cells, from delivering batteries."))).toEqual(['China -banned-> Qorva Cells']);
    expect(entitiesOf("Authorities in China blocked Zenco's sole supplier, Qorva Cells, from delivering batteries.")).toContain('Qorva Cells (company)');
  });
});

describe('measures imposed in the passive', () => {
  it('"Sanctions were imposed on Zenco by A, B and C" is each of them restricting Zenco', () => {
    expect(only('restricts')(scoredClaimsOf('Sanctions were imposed on Zenco by Canada, Japan and Britain.')).sort()).toEqual(
      ['Canada -restricts-> Zenco', 'Japan -restricts-> Zenco', 'United Kingdom -restricts-> Zenco'],
    );
    expect(only('restricts')(scoredClaimsOf('Sanctions were announced against Zenco on Monday by the Treasury Department.'))).toEqual(['Treasury Department -restricts-> Zenco']);
  });
});

describe('makers paired with their things, and rivals counted together', () => {
  it('"Zenco, with its Z-80; Qorva, with the Q7" pairs each maker with its thing', () => {
    expect(only('develops')(scoredClaimsOf('Three firms shared the market: Zenco, with its Z-80; Qorva, with the Q7; and Borin, with the B1.')).sort()).toEqual(
      ['Borin -develops-> B1', 'Qorva -develops-> Q7', 'Zenco -develops-> Z-80'],
    );
  });

  it('"hit back with a new phone, the Q7" made the Q7; "signed a deal with a local carrier, Vexa" made nothing', () => {
    expect(only('develops')(scoredClaimsOf('Qorva hit back with a new phone, the Q7.'))).toEqual(['Qorva -develops-> Q7']);
    expect(only('develops')(scoredClaimsOf('Zenco signed a deal with a local carrier, Vexa.'))).toEqual([]);
  });

  it('"is among the top challengers alongside A and B" sets it against each', () => {
    expect(only('competes_with')(scoredClaimsOf('Zenco is among the top challengers alongside Qorva and Borin.')).sort()).toEqual(['Zenco -competes_with-> Borin', 'Zenco -competes_with-> Qorva']);
  });
});
