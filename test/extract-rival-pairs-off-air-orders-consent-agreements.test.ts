import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 74, second round, from its twenty-ninth to thirty-first sets: outlets sent off the air or stopped on an order, bans an
// outlet tells of, bureaus a state closed, locked accounts, a state's own generic body after its possessive, a body's name
// opened by a firm's, consent agreements, rival pairs, makers described by what they are behind, and four false makers (a
// platform a game is released for, a firm's new name, a funder, a wire's credit). Sentences written for the tests.

describe('outlets sent off the air', () => {
  it('"forces ordered Radio Zeta off air", "the authorities took the Zeta channel off air"', () => {
    expect(only('banned')(scoredClaimsOf('Somali forces ordered Radio Kappa off air.'))).toEqual(['Somalia -banned-> Radio Kappa']);
    expect(only('banned')(scoredClaimsOf('Egyptian authorities took the Vela channel off air.'))).toEqual(['Egypt -banned-> Vela']);
  });

  it('"Zeta TV ceases transmission on orders of Turkey\'s authorities"', () => {
    expect(only('banned')(scoredClaimsOf("Kappa TV ceases transmission on orders of Turkey's authorities."))).toEqual(['Turkey -banned-> Kappa TV']);
  });

  it('a firm taking its own show off the air bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('Zenco Media took the Vela show off air.'))).toEqual([]);
  });
});

describe('bans an outlet tells of, bureaus closed and accounts locked', () => {
  it('"Zeta News said it has been suspended by video site Vexa", named before or not', () => {
    expect(only('banned')(scoredClaimsOf('Kappa News Network said it has been suspended by video site YouTube for a week.'))).toEqual(['YouTube -banned-> Kappa News Network']);
    const text = 'Kappa News Network is a channel run from Sydney. Kappa News Network said it has been suspended by YouTube for a week.';
    expect(only('banned')(scoredClaimsOf(text))).toEqual(['YouTube -banned-> Kappa News Network']);
  });

  it('another outlet the sayer names is not the sayer', () => {
    expect(only('banned')(scoredClaimsOf('Kappa News Network is a channel. Vela Times said Kappa News Network has been suspended by YouTube.'))).not.toContain('YouTube -banned-> Vela Times');
  });

  it('"Russia said it was closing Zenco\'s Moscow bureau" bans the outlet', () => {
    expect(only('banned')(scoredClaimsOf("Russia said it was closing Deutsche Welle's Moscow bureau."))).toEqual(['Russia -banned-> Deutsche Welle']);
  });

  it('a firm closing its own bureau bans no one', () => {
    expect(only('banned')(scoredClaimsOf("Zenco Corp said it was closing Vela Media's Moscow bureau after the merger."))).toEqual([]);
  });

  it('"Twitter locked Zenco Satire\'s account"', () => {
    expect(only('banned')(scoredClaimsOf("Twitter locked Kappa Satire's account on Monday."))).toEqual(['Twitter -banned-> Kappa Satire']);
  });
});

describe("a state's body and a body's name", () => {
  it('a Title Case headline keeps its firm before a body\'s name ("Zenco Sues Trade Commission")', () => {
    expect(entitiesOf('Apple Sues Trade Commission Over Zapp Ban')).toContain('Apple (company)');
  });

  it('"Russia forces Google to delete Zapp": after a state\'s name "forces" stays the order\'s verb', () => {
    expect(only('banned')(scoredClaimsOf('Russia forces Google to delete Zapp.'))).toEqual(['Russia -banned-> Zapp']);
  });

  it('"Egypt\'s interim government ordered Zeta TV to be shut down": the state acts', () => {
    expect(only('banned')(scoredClaimsOf("Egypt's interim government ordered Kappa TV to be shut down."))).toEqual(['Egypt -banned-> Kappa TV']);
  });

  it('"The Information Affairs Authority" is one body, though the lexicon knows "The Information"', () => {
    const text = 'The Information Affairs Authority announced the suspension of the Vela Daily.';
    expect(entitiesOf(text)).toContain('Information Affairs Authority (government)');
    expect(only('banned')(scoredClaimsOf(text))).toEqual(['Information Affairs Authority -banned-> Vela Daily']);
  });
});

describe('consent agreements', () => {
  it('"has accepted, subject to final approval, a consent agreement from Zenco"', () => {
    expect(only('restricts')(scoredClaimsOf('The Federal Trade Commission has accepted, subject to final approval, a consent agreement from Zenco Inc.'))).toEqual([
      'Federal Trade Commission -restricts-> Zenco Inc',
    ]);
  });

  it('"a Consent Decree entered into between the Enforcement Bureau (Bureau) and Zenco"', () => {
    expect(only('restricts')(scoredClaimsOf('We adopt a Consent Decree entered into between the Enforcement Bureau (Bureau) and Qorva Telecom.'))).toEqual([
      'Enforcement Bureau -restricts-> Qorva Telecom',
    ]);
  });
});

describe('rivals and makers', () => {
  it('"A and B are the two biggest rival companies", "A and B, the two rival companies, …"', () => {
    expect(only('competes_with')(scoredClaimsOf('Zenco Corp and Qorva Inc are the two biggest rival companies in the market.'))).toEqual(['Zenco Corp -competes_with-> Qorva Inc']);
    expect(only('competes_with')(scoredClaimsOf('Zenco Corp and Qorva Inc, the two rival carriers, have sued each other.'))).toEqual(['Zenco Corp -competes_with-> Qorva Inc']);
  });

  it('a pair that are partners is no pair of rivals', () => {
    expect(only('competes_with')(scoredClaimsOf('Zenco Corp and Qorva Inc are the two partner companies in the venture.'))).toEqual([]);
  });

  it('"Zenco Labs, the people behind the Zeta software, …"', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Labs, the people behind the Vela software, is showing a new version.'))).toEqual(['Zenco Labs -develops-> Vela']);
  });
});

describe('false makers', () => {
  it('a game released "for the PlayStation 5" does not make the console', () => {
    expect(only('develops')(scoredClaimsOf('Zeta Quest will release for the PlayStation 5 and Xbox Series X next year.'))).toEqual([]);
  });

  it('"has rebranded itself as Zenco": a firm\'s new name is nothing it makes', () => {
    expect(only('develops')(scoredClaimsOf('Midoro Labs has rebranded itself as Zenco and cut prices.'))).toEqual([]);
  });

  it('"raised $12 million from Qorva Ventures to develop Zeta 1": the funder makes nothing', () => {
    expect(only('develops')(scoredClaimsOf('Zenco Space has raised $12 million from Qorva Ventures to develop Zeta 1.'))).toEqual(['Zenco Space -develops-> Zeta 1']);
  });

  it('"TOKYO (Reuters) - Zenco will launch its Zeta rocket": the wire is not what "its" means', () => {
    expect(only('develops')(scoredClaimsOf('TOKYO (Reuters) - Zenco Space will launch its Vela rocket on Friday.'))).toEqual(['Zenco Space -develops-> Vela']);
  });
});
