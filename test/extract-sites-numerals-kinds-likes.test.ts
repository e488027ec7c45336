import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 59, second round, from its first round's readers: web addresses blocked, names closed by a Roman numeral, an
// acronym after "a" that names a kind, computers and organisers as products, agents named by "the likes of", and lists
// that "along with" continues. Sentences written for the tests.

describe('web addresses', () => {
  it.each([
    ['Turkey blocked zenco.org and qorva.io.', ['Turkey -banned-> qorva.io', 'Turkey -banned-> zenco.org']],
    ['Sites like zenco.org and qorva.io were blocked by Turkey.', ['Turkey -banned-> qorva.io', 'Turkey -banned-> zenco.org']],
  ])('"%s" bans the websites', (text, claims) => {
    expect(only('banned')(scoredClaimsOf(text)).sort()).toEqual(claims);
  });

  it('an address the text only points to adds no node, and a file name is none', () => {
    expect(entitiesOf('Visit www.zenco.com for details.')).toEqual([]);
    expect(entitiesOf('Zentrix shared report.pdf with Qorvalo.')).not.toContain('report.pdf (product)');
  });
});

describe('a name closed by a Roman numeral', () => {
  it('"the Zenova II" is a release', () => {
    expect(scoredClaimsOf('Zentrix launched the Zenova II.')).toEqual(['Zentrix -develops-> Zenova II']);
    expect(only('competes_with')(scoredClaimsOf('The Zenova II competed with the Qubix.'))).toEqual(['Zenova II -competes_with-> Qubix']);
  });

  it("a monarch's numeral names a person", () => {
    expect(entitiesOf('Queen Elizabeth II visited Zentrix.')).toEqual([]);
  });
});

describe('kinds of thing', () => {
  it('"a PDA from Zentrix" names the kind, and the thing is the subject\'s', () => {
    expect(scoredClaimsOf('The Zenova 5 is a PDA from Zentrix.')).toEqual(['Zentrix -develops-> Zenova 5']);
    expect(scoredClaimsOf('The Zenova 5 is a handheld computer from Zentrix.')).toEqual(['Zentrix -develops-> Zenova 5']);
  });

  it('an acronym before a noun is still a name', () => {
    expect(entitiesOf('Zentrix bought a ZTX phone.')).toContain('ZTX (product)');
  });
});

describe('agents and lists', () => {
  it('"by the likes of A, B and C" names the agents', () => {
    expect(only('develops')(scoredClaimsOf('The Zenova system was manufactured by the likes of Abelo, Brivo and Cortex.')).sort()).toEqual([
      'Abelo -develops-> Zenova',
      'Brivo -develops-> Zenova',
      'Cortex -develops-> Zenova',
    ]);
  });

  it('"along with other partly blocked services like C" owns nothing and blocks nothing', () => {
    const claims = scoredClaimsOf('Zen Answers joins other services blocked in Turkey, including ZenTube, Zenpix, and Zenblog, along with other partly blocked services like Zen Docs and Groups.');
    expect(claims.filter((c) => /^Zen(?:Tube|pix|blog) /.test(c))).toEqual([]);
  });

  it('a firm "with services like A" still offers them', () => {
    expect(only('develops')(scoredClaimsOf('Zentrix, with services like Zenpix and Zenblog, leads the market.')).sort()).toEqual(['Zentrix -develops-> Zenblog', 'Zentrix -develops-> Zenpix']);
  });
});
