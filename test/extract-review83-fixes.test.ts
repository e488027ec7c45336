import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Review of round 83's merges (helpers fp83, lst83): false edges the two adversarial reviews found, and the correct edges kept.
// Sentences written for the tests.

const develops = (text: string) => only('develops')(scoredClaimsOf(text));
const banned = (text: string) => only('banned')(scoredClaimsOf(text));

describe('a possessed list with a platform member keeps its own members', () => {
  it('drops the platform, keeps the unknown name', () => {
    expect(develops('Zenco updated its Zapp and Windows apps on Monday.')).toContain('Zenco -develops-> Zapp');
    expect(develops('Zenco updated its iPad and Zapp apps on Monday.')).toContain('Zenco -develops-> Zapp');
    expect(develops('Zenco refreshed its Zapp, Zbook and Android apps last week.')).toEqual(expect.arrayContaining(['Zenco -develops-> Zapp', 'Zenco -develops-> Zbook']));
  });

  it('a list of unknown names before another built-on noun is the owner own', () => {
    expect(develops('Zenco released its Zapp and Talko extensions for Chrome.')).toContain('Zenco -develops-> Zapp');
    expect(develops('Zenco released its Zapp and Talko extensions for Chrome.')).not.toContain('Zenco -develops-> Chrome');
  });

  it('platforms alone are not made by the owner', () => {
    expect(develops('Zenco updated its iOS and Android apps on Monday.')).toEqual([]);
    expect(develops('Zenco updated its Mac and Windows apps on Monday.')).toEqual([]);
    expect(develops('Zenco updated its Zapp and Windows apps on Monday.')).not.toContain('Zenco -develops-> Windows');
  });
});

describe('a court named after its city', () => {
  it('the city is not the actor', () => {
    for (const text of ['A Lumo City court banned Zapp on Monday.', 'The Zembla City court blocked Zapp on Friday.', 'A Lumo district court banned Zapp.', 'Zenco said a Lumo City court banned Zapp.']) {
      expect(banned(text)).toEqual([]);
    }
  });

  it('a city the lexicon knows for its state still stands for the state', () => {
    expect(banned('The Moscow court banned Zapp.')).toEqual(['Russia -banned-> Zapp']);
    expect(banned('Ruritania banned Zapp on Monday.')).toEqual(['Ruritania -banned-> Zapp']);
  });
});

describe('law titles in the plural', () => {
  it('"the Digital Services and Digital Markets Acts" is not split into a name', () => {
    const claims = scoredClaimsOf('Zembla enforced the Digital Services and Digital Markets Acts against Zenco.');
    expect(claims.filter((c) => /Digital Services -/.test(c))).toEqual([]);
  });
});

describe('a nickname or a known market is not the thing made', () => {
  it('"dubbed the Vexa of payments" is a comparison', () => {
    expect(develops('The first Zenco app, dubbed the Vexa of payments, launched in May.')).not.toContain('Zenco -develops-> Vexa');
    expect(develops('The new Zenco phone, dubbed the Qorva of budget phones, sold out.')).not.toContain('Zenco -develops-> Qorva');
  });

  it('a foray into a known thing is not what the firm made', () => {
    expect(develops("Zenco's foray into crypto, Bitcoin, ended badly.")).not.toContain('Zenco -develops-> Bitcoin');
  });

  it('the named thing still counts', () => {
    expect(develops("Zenco's foray into crypto, Zemcoin, ended badly.")).toContain('Zenco -develops-> Zemcoin');
  });
});

describe('a relative aside after a common noun keeps the speaker out of the clause', () => {
  it('the unnamed noun is the subject', () => {
    expect(banned('Zenco said the regulator, which Qorva lobbied, banned Zapp.')).toEqual([]);
    expect(banned('Qorva said the agency, which Zenco sued, banned Zapp.')).toEqual([]);
    expect(develops('Zenco said the startup, whose backers include Vexa, launched Zeta-2.')).not.toContain('Vexa -develops-> Zeta-2');
  });

  it('a named subject before the aside still acts', () => {
    expect(develops('Zenco, whose backers include Vexa, launched Zeta-2.')).toContain('Zenco -develops-> Zeta-2');
    expect(develops('Zenco, whose investors include Qorva, Vexa, and Lumo, launched Zeta-2.')).not.toContain('Qorva -develops-> Zeta-2');
  });
});

describe('a made-by phrase after the main verb', () => {
  it('does not cross the verb to its subject', () => {
    expect(develops('Ruritania banned the PAM software made by Zenco.')).not.toContain('Zenco -develops-> Ruritania');
    expect(develops('Ruritania restricted the SIEM software developed by Qorva.')).not.toContain('Qorva -develops-> Ruritania');
    expect(develops('Zembla banned the software made by Zenco.')).not.toContain('Zenco -develops-> Zembla');
    expect(develops("Zenco's IAM suite, Zeta Identity, was banned by Ruritania.")).not.toContain('Zenco -develops-> Ruritania');
  });

  it('the named thing made still counts', () => {
    expect(develops('Ruritania banned Zapp, an app made by Zenco.')).toContain('Zenco -develops-> Zapp');
    expect(develops('Zapp is the first app developed by Zenco.')).toContain('Zenco -develops-> Zapp');
    expect(develops('Qorva sells the Zeta phone made by Zenco.')).toContain('Zenco -develops-> Zeta');
    expect(develops("Zenco's IAM suite, Zeta Identity, was banned by Ruritania.")).toContain('Zenco -develops-> Zeta Identity');
  });
});
