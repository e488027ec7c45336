import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper fx87: false develops edges and joined names seen at base. A stake is no product; a plural of people opening a sentence
// owns nothing; a legal suffix ends a firm's name before "for". Sentences written for the tests.

const develops = only('develops');

describe('a place before "-built/-made/-designed" makes nothing', () => {
  it('a real state or region before the compound gets no develops edge; the firm whose "its" it is does', () => {
    expect(develops(scoredClaimsOf('Zenco Inc showed its Texas-built Zeta trucks on Monday.'))).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops(scoredClaimsOf('Zenco Inc sells its China-made Orba e-bikes in Europe.'))).toEqual(['Zenco Inc -develops-> Orba']);
    expect(develops(scoredClaimsOf('Vexa Corp unveiled its Japan-designed Plix drones this week.'))).toEqual(['Vexa Corp -develops-> Plix']);
  });

  it('a firm before the compound still makes the product', () => {
    expect(develops(scoredClaimsOf('Vexa Corp sells Zenco-built Zeta drones.'))).toContain('Zenco -develops-> Zeta');
    expect(develops(scoredClaimsOf('The Qorva-made Orba chip is popular.'))).toContain('Qorva -develops-> Orba');
  });
});

describe('a stake owned is no product', () => {
  it('"X-owned Y stake / share / holding" gives X no develops edge', () => {
    expect(develops(scoredClaimsOf('Qorva Labs sold its Qorva-owned Zeta stake to Vexa Corp.'))).toEqual([]);
    expect(develops(scoredClaimsOf('Zenco Inc bought a Vexa-owned Orba stake last year.'))).toEqual([]);
    expect(develops(scoredClaimsOf('Zenco Inc holds a Qorva-owned Plix share.'))).toEqual([]);
    expect(develops(scoredClaimsOf('Zenco Inc sold the Qorva-owned Plix holdings.'))).toEqual([]);
  });

  it('an owned product still gives the edge', () => {
    expect(develops(scoredClaimsOf('Users of the Qorva-owned Plix app grew.'))).toEqual(['Qorva -develops-> Plix']);
    expect(develops(scoredClaimsOf('The Vexa-owned Orba service shut down.'))).toEqual(['Vexa -develops-> Orba']);
  });
});

describe('a plural of people opening the sentence owns nothing', () => {
  it('"Buyers can pick its …, Zenco said" gives the buyers no edge and no company node', () => {
    for (const text of [
      'Buyers can pick its Zeta laptops or Plix tablets, Zenco Inc said.',
      'Shoppers can choose its Orba phones, Vexa Corp said.',
      'Customers praised its Zeta app, Qorva Labs said on Monday.',
      'Analysts liked its Plix chips, Zenco Inc said.',
    ]) {
      const claims = develops(scoredClaimsOf(text));
      expect(claims.filter((c) => /^(?:Buyers|Shoppers|Customers|Analysts) /.test(c))).toEqual([]);
      expect(entitiesOf(text).filter((e) => /^(?:Buyers|Shoppers|Customers|Analysts) /.test(e))).toEqual([]);
    }
  });

  it('a one-word firm opening the sentence still owns its product', () => {
    expect(develops(scoredClaimsOf('Zenco said its Zeta app grew fast.'))).toEqual(['Zenco -develops-> Zeta']);
    expect(develops(scoredClaimsOf('Qorva sold its Plix tablets in Japan.'))).toEqual(['Qorva -develops-> Plix']);
  });
});

describe('a legal suffix ends a firm\'s name', () => {
  it('"built by Zenco Inc for Qorva Labs" names two firms; the builder develops', () => {
    expect(develops(scoredClaimsOf('The Zeta-2 drone was built by Zenco Inc for Qorva Labs.'))).toEqual(['Zenco Inc -develops-> Zeta-2']);
    expect(develops(scoredClaimsOf('The Zeta drone was made by Zenco Ltd for Qorva Labs.'))).toEqual(['Zenco Ltd -develops-> Zeta']);
    expect(develops(scoredClaimsOf('The Orba app was designed by Vexa Corp for Zenco Inc.'))).toEqual(['Vexa Corp -develops-> Orba']);
  });

  it('"with" and "to" after the suffix start new phrases too', () => {
    expect(entitiesOf('The Orba app was developed by Zenco Inc with Qorva Labs.')).toEqual(expect.arrayContaining(['Zenco Inc (company)', 'Qorva Labs (company)']));
    expect(entitiesOf('The Plix chip was sold by Zenco Ltd to Qorva Labs.')).toEqual(expect.arrayContaining(['Zenco Ltd (company)', 'Qorva Labs (company)']));
  });

  it('a body named with "for" stays one name', () => {
    expect(entitiesOf('The Zembla Fund for Open Science sued Zenco Inc.')).toContain('Zembla Fund for Open Science (company)');
  });
});

describe('a made-in place before a rival noun', () => {
  it('"Zenco\'s state-owned, India-made rival Qorva Labs" gives the place no rivalry', () => {
    expect(only('competes_with')(scoredClaimsOf("Zenco's state-owned, India-made rival Qorva Labs cut prices."))).toEqual(['Zenco -competes_with-> Qorva Labs']);
    expect(only('competes_with')(scoredClaimsOf("Zenco's Texas-based rival Vexa Corp grew fast."))).toEqual(['Zenco -competes_with-> Vexa Corp']);
  });
});

describe('a person after "its chief"', () => {
  it('is typed a person, not a product', () => {
    expect(entitiesOf('Zenco Inc and its chief Ana Lee launched the Zeta app.')).toContain('Ana Lee (person)');
    expect(entitiesOf('Vexa Corp said its chief Tom Berg would leave.')).toContain('Tom Berg (person)');
    expect(entitiesOf('Qorva Labs and its chief executive Ana Lee unveiled Zeta.')).toContain('Ana Lee (person)');
  });
});
