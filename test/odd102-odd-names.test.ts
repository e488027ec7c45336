import { describe, expect, it } from 'vitest';
import { claimsOf, only } from './extract-helpers';

// Helper odd102 (stop 101), from fresh samples of real news where names of unusual shape never became nodes: sentences made up for
// the tests.

const develops = (text: string): string[] => only('develops')(claimsOf(text));
const rivals = (text: string): string[] => only('competes_with')(claimsOf(text));

describe('a thing co-owned by firms is made by each of them', () => {
  it.each([
    ['Zplay is co-owned by Zenco, Qorva and Vexa.', ['Qorva -develops-> Zplay', 'Vexa -develops-> Zplay', 'Zenco -develops-> Zplay']],
    ['The Zplay service is co-owned by ZTB, TV ZEMBLA and QORWOW.', ['QORWOW -develops-> Zplay', 'TV ZEMBLA -develops-> Zplay', 'ZTB -develops-> Zplay']],
    ['Zplay has been co-owned by Zenco and Qorva since 2019.', ['Qorva -develops-> Zplay', 'Zenco -develops-> Zplay']],
    ['Zplay was co-owned by Zenco and Qorva until 2021.', ['Qorva -develops-> Zplay', 'Zenco -develops-> Zplay']],
    ['Zplay is co-owned by Zenco.', ['Zenco -develops-> Zplay']],
    ['The Zplay app is jointly co-owned by Zenco and Qorva.', ['Qorva -develops-> Zplay', 'Zenco -develops-> Zplay']],
    ['Zenco co-owns Zplay.', ['Zenco -develops-> Zplay']],
    ['Zenco and Qorva co-own Zplay.', ['Qorva -develops-> Zplay', 'Zenco -develops-> Zplay']],
    ['Zenco and Qorva jointly co-own the Zplay app.', ['Qorva -develops-> Zplay', 'Zenco -develops-> Zplay']],
    ['Zenco co-owned the Zplay service with Qorva until 2020.', ['Zenco -develops-> Zplay']],
    ['Zenco and Qorva co-own the Zplay brand.', ['Qorva -develops-> Zplay', 'Zenco -develops-> Zplay']],
  ])('"%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });

  it.each([
    // A negation, a wish and a stake are no ownership of the thing.
    'Zenco does not co-own Zplay.',
    'Zenco wants to co-own Zplay.',
    'Zenco co-owns a stake in the Zplay venture.',
  ])('"%s" asserts nothing', (text) => {
    expect(develops(text)).toEqual([]);
  });
});

describe('a web address opening the sentence names a firm where one is wanted', () => {
  it.each([
    ['Zenco.com and QorvaTel compete in the home-alarm market.', ['Zenco.com -competes_with-> QorvaTel']],
    ['Zenco.com competes with QorvaTel.', ['Zenco.com -competes_with-> QorvaTel']],
    ['Zenco.com competes with Qorva in Brazil.', ['Zenco.com -competes_with-> Qorva']],
    ['Zenco.com, Qorva and Vexa compete for shoppers.', ['Qorva -competes_with-> Vexa', 'Zenco.com -competes_with-> Qorva', 'Zenco.com -competes_with-> Vexa']],
    ['Zenco.com is a rival of Qorva.', ['Zenco.com -competes_with-> Qorva']],
    ['Zenco.com rivals Qorva.', ['Zenco.com -competes_with-> Qorva']],
    ['Zenco.com and Qorva are locked in a battle for shoppers.', ['Zenco.com -competes_with-> Qorva']],
  ])('"%s"', (text, claims) => {
    expect(rivals(text)).toEqual(claims);
  });

  it.each([
    ['Zenco.com launched the Zeta app.', ['Zenco.com -develops-> Zeta']],
    ['Zenco.com has launched the Zeta app in May.', ['Zenco.com -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });

  it.each([
    // Where a made thing is wanted it stays a website.
    ['Zenco.org and qorva.io were banned by Vietnam.', ['Vietnam -banned-> Zenco.org', 'Vietnam -banned-> qorva.io']],
    // An outlet reporting acts in nothing it reports.
    ['Zenco.com reported that Qorva launched the Zeta app.', ['Qorva -develops-> Zeta']],
    ['Zenco.com said Qorva and Vexa were rivals.', ['Qorva -competes_with-> Vexa']],
    ['Visit Zenco.com to buy the Zeta app.', []],
  ])('"%s" keeps its reading', (text, claims) => {
    expect(claimsOf(text)).toEqual(claims);
  });
});

describe("a collaboration's lone 'x' joins two partners' names in one", () => {
  it.each([
    ['Zenco launched the Zenco x Vell sneaker in May.', ['Zenco -develops-> Zenco x Vell']],
    ['Zenco x Vell was released by Zenco in 2022.', ['Zenco -develops-> Zenco x Vell']],
    ['Zenco has unveiled the Zenco x Vell Runner, a new shoe.', ['Zenco -develops-> Zenco x Vell Runner']],
    ['Qorva makes the Zeta x Vell headphones.', ['Qorva -develops-> Zeta x Vell']],
    ["Zenco's Zenco x Vell jacket sold out.", ['Zenco -develops-> Zenco x Vell']],
    ['The new Zenco x Vell sneaker was designed by Zenco.', ['Zenco -develops-> Zenco x Vell']],
    ['Zenco unveiled the Zenco × Vell watch.', ['Zenco -develops-> Zenco × Vell']],
    // A partner the lexicon knows is inside the longer name too.
    ['Huawei launched the Huawei x Vell watch in May.', ['Huawei -develops-> Huawei x Vell']],
    ['The Huawei x Vell watch was designed by Huawei.', ['Huawei -develops-> Huawei x Vell']],
    ['Zenco unveiled the Vell x Huawei earbuds.', ['Zenco -develops-> Vell x Huawei']],
  ])('"%s"', (text, claims) => {
    expect(develops(text)).toEqual(claims);
  });

  it.each([
    // Figures around an "x" are a size, and a glued "x" a model's code.
    ['Zenco sells a 4 x 4 truck called Zeta.', ['Zenco -develops-> Zeta']],
    ['Zenco makes the Zeta 3 x 2 lens.', ['Zenco -develops-> Zeta 3']],
    // Partners joined by "and" stay two firms.
    ['Zenco and Vell compete with Qorva.', ['Vell -competes_with-> Qorva', 'Zenco -competes_with-> Qorva']],
    ['Huawei and Vell compete with Zenco.', ['Huawei -competes_with-> Zenco', 'Vell -competes_with-> Zenco']],
  ])('"%s" keeps its reading', (text, claims) => {
    expect(claimsOf(text)).toEqual(claims);
  });
});
