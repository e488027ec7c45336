import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 69, third round, from its last six samples (drawn after 9686d6f). Sentences written for the tests.

describe('takedowns by police and agencies', () => {
  it('a state body that dismantles a network bans it; a firm dismantling its own unit bans nothing', () => {
    expect(only('banned')(scoredClaimsOf('Europol dismantled Emotet.'))).toEqual(['Europol -banned-> Emotet']);
    expect(only('banned')(scoredClaimsOf('Dutch police conducted a raid to dismantle Emotet.'))).toEqual(['Netherlands -banned-> Emotet']);
    expect(only('banned')(claimsOf('Microsoft dismantled its Windows Phone unit.'))).toEqual([]);
  });

  it('"An operation, led by X, has dismantled Y" bans Y by X', () => {
    expect(only('banned')(scoredClaimsOf('An operation, led by the Justice Department, has dismantled Emotet.'))).toEqual(['Justice Department -banned-> Emotet']);
  });
});

describe('clearances on conditions in still other turns', () => {
  it('two bodies approving "with many conditions" a deal named by its parties restrict both parties', () => {
    expect(only('restricts')(scoredClaimsOf("China's commerce ministry and its justice ministry approved, with many conditions, the Seagate-Samsung merger."))).toEqual([
      'Ministry of Commerce -restricts-> Samsung',
      'Ministry of Commerce -restricts-> Seagate',
    ]);
  });

  it('"decided to clear the A and B deal by imposing conditions" restricts both; a clearance refused restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf("China's commerce ministry decided to clear the Seagate and Samsung disk deal by imposing conditions."))).toEqual([
      'Ministry of Commerce -restricts-> Samsung',
      'Ministry of Commerce -restricts-> Seagate',
    ]);
    expect(only('restricts')(claimsOf("China's commerce ministry refused to clear the Seagate and Samsung disk deal despite its conditions."))).toEqual([]);
  });

  it('"conditionally endorsed the acquisition of B\'s unit by A" and "a decision approving A to acquire B subject to conditions" restrict A', () => {
    expect(only('restricts')(scoredClaimsOf("The Commerce Ministry conditionally endorsed the acquisition of Hitachi's drive business by Western Digital."))).toEqual([
      'Ministry of Commerce -restricts-> Western Digital',
    ]);
    expect(only('restricts')(scoredClaimsOf("China's commerce ministry issued a decision approving Western Digital to acquire HGST subject to conditions."))).toEqual([
      'Ministry of Commerce -restricts-> Western Digital',
    ]);
  });
});

describe('orders told in the passive or as a deadline', () => {
  it('"A had been ordered by the ministry to keep B separate" restricts A', () => {
    expect(only('restricts')(scoredClaimsOf('Seagate had been ordered by the Commerce Ministry to keep Samsung separate.'))).toEqual(['Ministry of Commerce -restricts-> Seagate']);
  });

  it('"has given A until November 18 to lift restrictions" restricts A; a deadline to answer restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf("Russia's Federal Antimonopoly Service has given Google until November 18 to lift restrictions."))).toEqual([
      'Federal Antimonopoly Service -restricts-> Google',
    ]);
    expect(only('restricts')(claimsOf("Russia's Federal Antimonopoly Service has given Google two weeks to respond."))).toEqual([]);
  });
});

describe('rivals named by a target or a crowded market', () => {
  it('"A\'s major target is B" makes rivals; a takeover target does not', () => {
    expect(only('competes_with')(scoredClaimsOf("Nokia's major target is Apple."))).toEqual(['Nokia -competes_with-> Apple']);
    expect(only('competes_with')(claimsOf("Nokia's takeover target is Alcatel-Lucent."))).toEqual([]);
  });

  it('"A joins a market crowded with competitors, including B, C and D" makes each a rival', () => {
    expect(only('competes_with')(scoredClaimsOf('Nokia joins a market crowded with competitors, including Apple, Samsung and HTC.'))).toEqual([
      'Nokia -competes_with-> Apple',
      'Nokia -competes_with-> HTC',
      'Nokia -competes_with-> Samsung',
    ]);
  });
});
