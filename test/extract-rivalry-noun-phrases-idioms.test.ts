import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rvn92, stop 92's second round, from the eighty-fifth fresh sample: a rivalry told as a situation between two firms, as an
// idiom ("declared war on", "aimed squarely at", "a piece of Qorva's pie"), by the firm that launched a chain to compete, and the
// wrong firm given the rivalry (a firm bought, a relative's antecedent, a place's roads). Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));
const FIRMS = 'Zenco Inc. and Qorva Ltd. reported sales. ';

describe('a rivalry named as a situation between two firms', () => {
  it('"the competitive situation between Zenco and Qorva"', () => {
    expect(rivals(`${FIRMS}Regulators studied the competitive situation between Zenco and Qorva.`)).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('"the battle between Zenco and a consortium led by Qorva"', () => {
    expect(rivals(`${FIRMS}Analysts followed the battle between Zenco and a consortium led by Qorva.`)).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('"the competitive relationship between Zenco and Qorva"', () => {
    expect(rivals(`${FIRMS}The competitive relationship between Zenco and Qorva has changed.`)).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('a legal battle between them is a dispute', () => {
    expect(rivals(`${FIRMS}The legal battle between Zenco and Qorva is heating up.`)).toEqual([]);
  });

  it('a partnership between them is no rivalry', () => {
    expect(rivals(`${FIRMS}The partnership between Zenco and Qorva is deepening.`)).toEqual([]);
  });

  it('a firm and its supplier in a situation are no pair of rivals', () => {
    expect(rivals(`${FIRMS}The competitive situation between Zenco and its supplier Qorva changed.`)).toEqual([]);
  });
});

describe('rivalry told by an idiom', () => {
  it('"Qorva has declared war on Zenco"', () => {
    expect(rivals(`${FIRMS}Qorva has declared war on Zenco.`)).toEqual(['Qorva -competes_with-> Zenco']);
  });

  it('"Zenco waged a price war against Qorva"', () => {
    expect(rivals(`${FIRMS}Zenco waged a price war against Qorva last year.`)).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('"the Z5, a crossover aimed squarely at the Qorva Q7"', () => {
    expect(rivals(`${FIRMS}Zenco unveiled the Z5, a crossover aimed squarely at the Qorva Q7.`)).toEqual(['Z5 -competes_with-> Qorva Q7']);
  });

  it('"Zenco and Qorva are aiming straight for the heart of the Zapp X1"', () => {
    expect(rivals('Zenco and Qorva are aiming straight for the heart of the Zapp X1.')).toEqual(['Qorva -competes_with-> Zapp X1', 'Zenco -competes_with-> Zapp X1']);
  });

  it('"Zenco and others are well positioned to take a piece of Qorva\'s pie"', () => {
    expect(rivals(`${FIRMS}Zenco and others are well positioned to take a piece of Qorva's pie.`)).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('"the Zapp and its archnemesis, the Qapp"', () => {
    expect(rivals('Critics compared the Zapp phone and its archnemesis, the Qapp phone, last week.')).toEqual(['Zapp -competes_with-> Qapp']);
  });

  it('a war declared on inflation names no rival', () => {
    expect(rivals(`${FIRMS}Zenco has declared war on inflation, Qorva said.`)).toEqual([]);
  });

  it('a war declared on a rival\'s prices reads nothing', () => {
    expect(rivals(`${FIRMS}Zenco has declared war on Qorva's prices.`)).toEqual([]);
  });

  it('a partner declaring war on counterfeiters names no rival', () => {
    expect(rivals(`${FIRMS}Zenco, Qorva's partner, declared war on counterfeiters.`)).toEqual([]);
  });

  it('a crossover aimed at a firm\'s users is aimed at customers', () => {
    expect(rivals(`${FIRMS}Zenco unveiled the Z5, a crossover aimed squarely at Qorva users.`)).toEqual([]);
  });

  it('a campaign aimed at a firm is no rival thing', () => {
    expect(rivals(`${FIRMS}Zenco unveiled Zapp, a campaign aimed at Qorva.`)).toEqual([]);
  });

  it('a thing aimed at a firm\'s customers reads nothing', () => {
    expect(rivals(`${FIRMS}The Zapp X1 is aimed at Qorva's customers.`)).toEqual([]);
  });

  it('aiming for the heart of a market names no rival', () => {
    expect(rivals(`${FIRMS}Zenco and Qorva are aiming for the heart of the market.`)).toEqual([]);
  });

  it('one let take a piece of a firm\'s pie by a deal is no rival', () => {
    expect(rivals(`${FIRMS}The deal lets Zenco take a piece of Qorva's pie.`)).toEqual([]);
  });

  it('a partner taking a slice of its partner\'s pie is no rival', () => {
    expect(rivals(`${FIRMS}Qorva's partner Zenco will take a slice of Qorva's pie.`)).toEqual([]);
  });

  it('a former rival is no rival', () => {
    expect(rivals(`${FIRMS}The Zapp and its former rival, the Qapp, went on sale.`)).toEqual([]);
  });
});

describe('the firm that launched a chain to compete is the rival', () => {
  it('"Zenco launched Brisa, a new discount chain, to better compete with German discounters Alto and Vela"', () => {
    const found = rivals('Zenco Inc. launched Brisa, a new discount chain, to better compete with German discounters Alto and Vela.');
    expect(found).toEqual(expect.arrayContaining(['Zenco Inc -competes_with-> Alto', 'Zenco Inc -competes_with-> Vela']));
  });

  it('"Zenco launched Brisa, an online grocer, to take on Qorva"', () => {
    expect(rivals(`${FIRMS}Zenco launched Brisa, an online grocer, to take on Qorva.`)).toEqual(expect.arrayContaining(['Zenco -competes_with-> Qorva']));
  });

  it('"Zenco launched Brisa, a new discount chain, that aims to tackle the threat posed by German rivals Alto and Vela"', () => {
    const found = rivals('Zenco Inc. launched Brisa, a new discount chain, that aims to tackle the threat posed by German rivals Alto and Vela.');
    expect(found).toEqual(expect.arrayContaining(['Zenco Inc -competes_with-> Alto', 'Zenco Inc -competes_with-> Vela']));
  });

  it('a chain that aims to help shops compete makes its launcher no rival', () => {
    expect(rivals(`${FIRMS}Zenco launched Brisa, which aims to help shops compete with Vexa.`)).not.toContain('Zenco -competes_with-> Vexa');
  });

  it('a chain launched with a partner leaves the partner out', () => {
    expect(rivals(`${FIRMS}Zenco launched Brisa with Qorva to compete with Vexa.`)).not.toContain('Qorva -competes_with-> Vexa');
  });

  it('a chain another firm set up to compete is that firm\'s', () => {
    const found = rivals(`${FIRMS}Zenco launched Brisa, a chain Qorva set up to compete with Vexa.`);
    expect(found).not.toContain('Zenco -competes_with-> Vexa');
  });

  it('a platform launched to help retailers compete is no rivalry of its maker', () => {
    const found = rivals(`${FIRMS}Zenco launched Brisa, a platform for merchants, to help them take on Vexa.`);
    expect(found).not.toContain('Zenco -competes_with-> Vexa');
  });

  it('products made by a firm after the verb name no rival of the launcher', () => {
    expect(rivals(`${FIRMS}Zenco launched Brisa to compete with products made by Vexa.`)).not.toContain('Zenco -competes_with-> Vexa');
  });

  it('another firm\'s product launched by a distributor gives the distributor no rivalry', () => {
    expect(rivals(`${FIRMS}Zenco launched Qorva's Zapp in Ruritania to compete with Vexa.`)).not.toContain('Zenco -competes_with-> Vexa');
  });
});

describe('the right firm as the rival', () => {
  it('"Zenco will acquire Brisa after outbidding rivals Qorva": the bidders, not the firm bought', () => {
    expect(rivals(`${FIRMS}Zenco will acquire Brisa after outbidding rivals Qorva.`)).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('"… after beating rivals Qorva"', () => {
    expect(rivals(`${FIRMS}Zenco will acquire Brisa after beating rivals Qorva.`)).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('advising a firm is no rivalry', () => {
    expect(rivals(`${FIRMS}Zenco will acquire Brisa after advising Qorva.`)).toEqual([]);
  });

  it('"Qorva acquired Brisa, which Zeta appears designed to compete with" gives Zeta no Brisa to make', () => {
    expect(only('develops')(scoredClaimsOf('Qorva Ltd. acquired Brisa, which Zeta appears designed to compete with.'))).toEqual([]);
  });

  it('"Zenco designed Zeta to compete with Qorva" keeps its maker', () => {
    expect(only('develops')(scoredClaimsOf(`${FIRMS}Zenco designed Zeta to compete with Qorva.`))).toEqual(['Zenco -develops-> Zeta']);
  });

  it('"which Zenco is building to compete with Qorva" keeps its maker', () => {
    expect(only('develops')(scoredClaimsOf(`${FIRMS}The Zapp, which Zenco is building to compete with Qorva, ships in May.`))).toEqual(['Zenco -develops-> Zapp']);
  });

  it('"Zenco signed Brisa after beating Qorva": the firm signed is no bidder', () => {
    expect(rivals(`${FIRMS}Zenco signed Brisa after beating Qorva.`)).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('a thing ready to take on a place\'s roads has no rival', () => {
    expect(rivals('To make sure the Zapp is ready to take on Ruritania\'s roads, Zenco Inc. has partnered with Qorva Ltd.')).toEqual([]);
  });

  it('"ready to take on Qorva\'s Qapp" keeps the rival thing', () => {
    expect(rivals(`${FIRMS}The Zapp is ready to take on Qorva's Qapp.`)).toContain('Zapp -competes_with-> Qapp');
  });
});
