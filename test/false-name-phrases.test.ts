import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Phrases that are no names but were read as names and made false edges (a fresh sample of real news, helper fn86): a count
// opened by a word of degree, a kind of device written as an acronym, and a spelled-out technical term before its short form.
// Sentences written for the tests.

const develops = only('develops');

describe('a count opened by a word of degree is no product', () => {
  it('"Over 300,000 routers made by Zenco" names no product "Over 300,000"', () => {
    expect(develops(scoredClaimsOf('Over 300,000 routers made by Zenco were left exposed to attackers.'))).toEqual([]);
    expect(develops(scoredClaimsOf('Nearly 500 drones made by Qorva were sold last year.'))).toEqual([]);
    expect(develops(scoredClaimsOf('Almost 20,000 cameras built by Vexa Labs were hijacked.'))).toEqual([]);
  });

  it('the count before a firm\'s name is no part of the name', () => {
    expect(entitiesOf('Nearly 500 Qorva drones were sold, made by Qorva.')).not.toContain('Nearly 500 Qorva (product)');
    expect(entitiesOf('Around 40 Zenco routers were recalled, Zenco said.').some((e) => e.startsWith('Around'))).toBe(false);
  });

  it('guards: a firm whose name opens with such a word, and a numbered product, keep their names', () => {
    expect(develops(scoredClaimsOf('Over Labs released Zeta-3, a new chatbot.'))).toEqual(['Over Labs -develops-> Zeta-3']);
    expect(develops(scoredClaimsOf('Zenco released the Zeta 300, a new router.'))).toEqual(['Zenco -develops-> Zeta 300']);
  });
});

describe('a kind of device or technology written as an acronym is no name', () => {
  it('"maker of WiFi access points", "makes IaC tools" name no product', () => {
    expect(develops(scoredClaimsOf('Qorva, maker of WiFi access points, said the flaw was fixed.'))).toEqual([]);
    expect(develops(scoredClaimsOf('Qorva makes routers and WiFi access points.'))).toEqual([]);
    expect(develops(scoredClaimsOf('Vexa builds IoT sensors for farms.'))).toEqual([]);
  });

  it('"IaC tools such as Zenform" makes no maker of the category', () => {
    expect(develops(scoredClaimsOf('IaC tools such as Zenform let admins describe servers in code.'))).toEqual([]);
    expect(develops(scoredClaimsOf('Qorva makes IaC tools such as Zenform.'))).toEqual(['Qorva -develops-> Zenform']);
  });

  it('"Zenco CPE devices": a device class after a firm\'s name is no part of it', () => {
    expect(only('banned')(scoredClaimsOf('Ruritania banned Zenco CPE devices from its networks.'))).toEqual(['Ruritania -banned-> Zenco']);
    expect(entitiesOf('Attackers took over Qorva CPE routers in several countries.')).not.toContain('Qorva CPE (product)');
  });

  it('guards: a product named with a coined word stays', () => {
    expect(develops(scoredClaimsOf('Zenco makes the Zeta 300 router.'))).toEqual(['Zenco -develops-> Zeta 300']);
    expect(develops(scoredClaimsOf('Qorva launched Zeta XDR, a security suite.'))).toEqual(['Qorva -develops-> Zeta XDR']);
  });
});

describe('a spelled-out technical term before its short form is no product', () => {
  it('"its Graphics Processing Unit (GPU) IP", "its Digital Signal Processing (DSP) IP" name no product', () => {
    expect(develops(scoredClaimsOf('Vexa offers its Graphics Processing Unit (GPU) IP to carmakers.'))).toEqual([]);
    expect(develops(scoredClaimsOf('Qorva sells its chips along with its Digital Signal Processing (DSP) IP.'))).toEqual([]);
    expect(develops(scoredClaimsOf('Zenco licenses its Neural Processing Unit (NPU) designs to phone makers.'))).toEqual([]);
  });

  it('guards: a coined product name before its short form stays', () => {
    expect(develops(scoredClaimsOf('Zenco launched the Zeta Vision Engine (ZVE) on Monday.'))).toEqual(['Zenco -develops-> Zeta Vision Engine']);
  });
});

describe('review guards', () => {
  it('a device class before a number stays in a product\'s name; a kit\'s short form alone is no product', () => {
    expect(develops(scoredClaimsOf('Zenco released the Zeta ONT 5 terminal.'))).toEqual(['Zenco -develops-> Zeta ONT 5']);
    expect(develops(scoredClaimsOf('Zenco launched its Software Development Kit (SDK) for app makers.'))).toEqual([]);
  });
});
