import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Helper fr84: a fronted phrase ending at a comma whose subject is the main clause's subject ("Having launched Zeta, Zenco …",
// "Long a rival of Qorva, Zenco …", "Best known for its Zeta app, Zenco …"). Sentences written for the tests.

describe('a fronted perfect participle takes the main clause subject', () => {
  it('"Having launched Zeta, Zenco …" makes Zenco the maker', () => {
    expect(only('develops')(scoredClaimsOf('Having launched Zeta in 2019, Zenco now sells it in 40 countries.'))).toEqual(['Zenco -develops-> Zeta']);
    expect(only('develops')(scoredClaimsOf('After having launched Zeta in 2019, Zenco now sells it widely.'))).toEqual(['Zenco -develops-> Zeta']);
    expect(only('develops')(scoredClaimsOf('Having released Zeta-2 last spring, Zenco raised its prices.'))).toEqual(['Zenco -develops-> Zeta-2']);
    expect(only('develops')(scoredClaimsOf('Having launched Zeta and Vexa, Zenco now sells them in 40 countries.'))).toEqual(['Zenco -develops-> Vexa', 'Zenco -develops-> Zeta']);
  });

  it('"Having banned Zapp, Ruritania …" makes the main subject the one that banned', () => {
    expect(only('banned')(scoredClaimsOf('Having banned Zapp on state phones last year, Ruritania now plans wider limits.'))).toEqual(['Ruritania -banned-> Zapp']);
    expect(only('banned')(scoredClaimsOf('Having blocked Zapp last year, Zembla now plans wider limits.'))).toEqual(['Zembla -banned-> Zapp']);
    expect(only('banned')(scoredClaimsOf('After blocking Zapp, the Zembla regulator fined its owner.'))).toEqual(['Zembla -banned-> Zapp']);
  });

  it('a list read across the comma is cut there: the main subjects are no objects', () => {
    expect(only('develops')(scoredClaimsOf('Having launched Zeta, Zenco and Qorva now compete.'))).not.toContain('Zenco -develops-> Qorva');
  });

  it('a subject of its own in the fronted clause keeps the act', () => {
    expect(only('develops')(scoredClaimsOf('After Qorva launched Zeta, Zenco cut its prices.'))).toEqual(['Qorva -develops-> Zeta']);
  });

  it('a possessive, a person or a thing as the main subject takes nothing', () => {
    expect(only('develops')(scoredClaimsOf("Having launched Zeta, Zenco's shares rose."))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Having built Zeta at Zenco, Ann Lee left the company.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Having launched Zeta, the market reacted.'))).toEqual([]);
  });

  it('negations and plans assert nothing', () => {
    expect(only('develops')(scoredClaimsOf('Never having launched Zeta, Zenco hired new engineers.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Not having released Zeta-2 yet, Zenco lost share.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Hoping to launch Zeta, Zenco hired new engineers.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Having sold Zeta to Qorva, Zenco now makes chips.'))).toEqual([]);
  });
});

describe('a fronted phrase naming the main subject\'s rival', () => {
  it('"Long a rival of Qorva, Zenco …"', () => {
    expect(only('competes_with')(scoredClaimsOf('Long a rival of Qorva, Zenco has expanded into new markets.'))).toEqual(['Zenco -competes_with-> Qorva']);
    expect(only('competes_with')(scoredClaimsOf('A longtime rival of Qorva, Zenco has expanded into new markets.'))).toEqual(['Zenco -competes_with-> Qorva']);
    expect(only('competes_with')(scoredClaimsOf('A fierce competitor of Qorva in chips, Zenco said on Monday it would cut jobs.'))).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('"Under pressure from rival Qorva, Zenco …"', () => {
    expect(only('competes_with')(scoredClaimsOf('Under pressure from rival Qorva, Zenco cut its forecast.'))).toEqual(['Zenco -competes_with-> Qorva']);
    expect(only('competes_with')(scoredClaimsOf('Under growing pressure from its rival Qorva, Zenco cut its forecast.'))).toEqual(['Zenco -competes_with-> Qorva']);
    expect(only('competes_with')(scoredClaimsOf('Squeezed by rival Qorva, Zenco closed two plants.'))).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('"Girding for a battle with Qorva, Zenco …"', () => {
    expect(only('competes_with')(scoredClaimsOf('Girding for a battle with Qorva, Zenco cut prices on its routers.'))).toEqual(['Zenco -competes_with-> Qorva']);
    expect(only('competes_with')(scoredClaimsOf('Bracing for a price war with Qorva, Zenco cut prices on its routers.'))).toEqual(['Zenco -competes_with-> Qorva']);
    expect(only('competes_with')(scoredClaimsOf('Preparing for a fight with rival Qorva, Zenco hired new engineers.'))).toEqual(['Zenco -competes_with-> Qorva']);
  });

  it('a former rival, a legal battle, pressure from no rival, a person: no rivalry', () => {
    expect(only('competes_with')(scoredClaimsOf('A former rival of Qorva, Zenco now supplies it.'))).toEqual([]);
    expect(only('competes_with')(scoredClaimsOf('Once a rival of Qorva, Zenco is now its largest customer.'))).toEqual([]);
    expect(only('competes_with')(scoredClaimsOf('Long a supplier to Qorva, Zenco has expanded into new markets.'))).toEqual([]);
    expect(only('competes_with')(scoredClaimsOf('Bracing for a legal battle with Qorva, Zenco hired lawyers.'))).toEqual([]);
    expect(only('competes_with')(scoredClaimsOf('Under pressure from Qorva, Zenco cut its forecast.'))).toEqual([]);
    expect(only('competes_with')(scoredClaimsOf('Long a rival of Qorva, Ann Lee has joined its board.'))).toEqual([]);
  });
});

describe('a fronted phrase naming what the main subject makes', () => {
  it('"Best known for its Zeta app, Zenco …"', () => {
    expect(only('develops')(scoredClaimsOf('Best known for its Zeta app, Zenco has raised new funding.'))).toEqual(['Zenco -develops-> Zeta']);
    expect(only('develops')(scoredClaimsOf('Known for the Zeta headset, Zenco is expanding into phones.'))).toEqual(['Zenco -develops-> Zeta']);
    expect(only('develops')(scoredClaimsOf('Best known for its Zeta app, the startup Zenco has raised new funding.'))).toEqual(['Zenco -develops-> Zeta']);
  });

  it('"Developed by a small team at Zenco, Zeta …"', () => {
    expect(only('develops')(scoredClaimsOf('Developed by a small team at Zenco, Zeta became a hit.'))).toEqual(['Zenco -develops-> Zeta']);
    expect(only('develops')(scoredClaimsOf('Developed by a small team at Zenco, the popular Zeta app became a hit.'))).toEqual(['Zenco -develops-> Zeta']);
    expect(only('develops')(scoredClaimsOf('Built by engineers at Zenco in 2020, Zeta now has ten million users.'))).toEqual(['Zenco -develops-> Zeta']);
  });

  it('fame for something else, or a person as the main subject, makes nothing', () => {
    expect(only('develops')(scoredClaimsOf('Best known for its feud with Qorva, Zenco has raised new funding.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Best known for the Zeta app, Ann Lee has joined Qorva.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Known for suing Qorva, Zenco has raised new funding.'))).toEqual([]);
    expect(only('develops')(scoredClaimsOf('Known for the Zeta lawsuit, Zenco has raised new funding.'))).toEqual([]);
    expect(claimsOf('Best known for its stake in Qorva, Zenco has raised new funding.').filter((c) => c.includes('-develops->'))).toEqual([]);
  });
});
