import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 76, fourth round, from its forty-first to forty-fourth sets: rivals that press on a firm ("besieged by the likes of"),
// subjects posing a competition or a threat to a firm, a contest "for" a named party, a rival set against the subject by a fronted
// "Positioned as", a known firm's games or media arm ("Tencent Games"), a company of its
// own, makers after "by publishers", and a maker's role in brackets.
// Sentences written for the tests.

describe('rivals pressing on a firm', () => {
  it('"has been besieged by the likes of A and B"', () => {
    expect(only('competes_with')(scoredClaimsOf('Vexa Systems has been besieged by the likes of Plixer and Zemtube.'))).toEqual([
      'Vexa Systems -competes_with-> Plixer',
      'Vexa Systems -competes_with-> Zemtube',
    ]);
  });

  it('"A and B too started streaming, posing as a competition for Zenco": rivals of Zenco, not of each other', () => {
    expect(only('competes_with')(scoredClaimsOf('Plixer and Zemtube too started streaming, posing as a competition for Vexa Systems.'))).toEqual([
      'Plixer -competes_with-> Vexa Systems',
      'Zemtube -competes_with-> Vexa Systems',
    ]);
  });

  it('"A and B pose a serious threat to Zenco"; a threat to a state is no rivalry', () => {
    expect(only('competes_with')(scoredClaimsOf('Plixer and Zemtube pose a serious threat to Vexa Systems.'))).toEqual([
      'Plixer -competes_with-> Vexa Systems',
      'Zemtube -competes_with-> Vexa Systems',
    ]);
    expect(only('competes_with')(scoredClaimsOf('Zenco Telecom poses a threat to the United States, officials said.'))).toEqual([]);
  });

  it('"locked in a battle for Zenco\'s customers" is still a contest between the subjects', () => {
    expect(only('competes_with')(scoredClaimsOf("Plixer and Zemtube are locked in a battle for Vexa Systems' customers."))).toEqual(['Plixer -competes_with-> Zemtube']);
  });
});

describe('a fronted "Positioned as a rival to"', () => {
  it('"Positioned as another potential rival to Vexa Quest, Plix Quest launched in May"', () => {
    expect(only('competes_with')(scoredClaimsOf('Positioned as another potential rival to Vexa Quest, Plix Quest launched in May.'))).toEqual(['Vexa Quest -competes_with-> Plix Quest']);
  });
});

describe('makers named with their role', () => {
  it('"was released by publishers A and B"', () => {
    expect(only('develops')(scoredClaimsOf('Vexa Quest was released by publishers Zenco Labs and Qorva Inc.'))).toEqual([
      'Qorva Inc -develops-> Vexa Quest',
      'Zenco Labs -develops-> Vexa Quest',
    ]);
  });

  it('"Zenco Labs (Vexa Quest\'s North American publisher) said …"', () => {
    expect(only('develops')(scoredClaimsOf("Zenco Labs (Vexa Quest's North American publisher) said sales were strong."))).toEqual(['Zenco Labs -develops-> Vexa Quest']);
  });
});

describe("a known firm's games or media arm", () => {
  it('"Tencent Games released Zorb Quest": the arm is a firm that makes the title, not its parent\'s product', () => {
    const text = 'Tencent Games released Zorb Quest in 2015.';
    expect(entitiesOf(text)).toContain('Tencent Games (company)');
    expect(only('develops')(scoredClaimsOf(text))).toEqual(['Tencent Games -develops-> Zorb Quest']);
  });
});
