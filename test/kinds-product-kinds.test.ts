import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf } from './extract-helpers';

// Helper kinds: product names typed wrong or lost because the word for the product's kind is unknown or misleading ("model" of a
// car or a phone, a camel-case trade word after a firm's name, a spec tag before the kind, kinds of two words); sentences made up.

const develops = (text: string): string[] => claimsOf(text).filter((c) => c.includes('-develops->'));

describe('"model" of a car, a phone or an appliance names a product, not an AI model', () => {
  it.each([
    ['Qorva unveiled its first model, the Zelta crossover, in Munich.', 'Zelta (product)'],
    ["Qorva's new model, the Zelta EV, goes on sale in June.", 'Zelta EV (product)'],
    ["Zenco's latest model, the Vexa 9 phone, has three cameras.", 'Vexa 9 (product)'],
    ['Qorva released the Nimbus, its first electric model, in China.', 'Nimbus (product)'],
    ['Zenco launched its first electric model, the Vexa.', 'Vexa (product)'],
    ['Zenco introduced the Plix X2 model of its dishwasher.', 'Plix X2 (product)'],
    ['Zorbo eBikes recalled its E5 model.', 'E5 (product)'],
  ])('"%s"', (text, entity) => {
    expect(entitiesOf(text)).toContain(entity);
  });

  it('a model delivered on a date, the name set off after it, is the maker\'s product, not its maker', () => {
    const text = 'Qorva will deliver its first model in April, the Zelta 5 midsize crossover.';
    expect(entitiesOf(text)).toContain('Zelta 5 (product)');
    expect(develops(text)).toEqual(['Qorva -develops-> Zelta 5']);
  });

  it.each([
    ['Qorva unveiled its Zeta 3 language model.', 'Zeta 3 (model)'],
    ["Qorva's new model, the Zeta, writes code.", 'Zeta (model)'],
    ['Qorva launched the Zeta 2, its new reasoning model, in Tokyo.', 'Zeta 2 (model)'],
    ["Qorva's Zeta model beat rivals on coding tests.", 'Zeta (model)'],
  ])('"%s" still names an AI model', (text, entity) => {
    expect(entitiesOf(text)).toContain(entity);
  });

  it.each([['Zenco changed its business model last year.'], ['The Zenco founder is a role model for many.']])('"%s" names no model', (text) => {
    expect(entitiesOf(text).filter((e) => e.endsWith('(model)'))).toEqual([]);
  });

  it('a firm set off after another name is still the maker of what it is apposed to', () => {
    expect(develops('Taobao, the Zenco app, was banned.')).toEqual(['Zenco -develops-> Taobao']);
  });
});

describe('a camel-case trade word after a name ends a firm\'s name', () => {
  it.each([
    ['Zorbo eBikes recalled its E5 model.', 'Zorbo eBikes -develops-> E5'],
    ['Lumo eScooters launched the Zip 3 in Berlin.', 'Lumo eScooters -develops-> Zip 3'],
    ['Vexa eLearning launched the Plix app.', 'Vexa eLearning -develops-> Plix'],
  ])('"%s"', (text, claim) => {
    expect(develops(text)).toEqual([claim]);
  });

  it('a singular kind after the name still says what the thing is', () => {
    expect(entitiesOf('The Zorbo eBike costs $900.')).toEqual(['Zorbo (product)']);
    expect(develops("Zenco's Vexa eBike was recalled.")).toEqual(['Zenco -develops-> Vexa']);
  });
});

describe('a spec tag between a name and its kind is no part of the name', () => {
  it.each([
    ['Zenco developed the Plix 5G router.', 'Zenco -develops-> Plix'],
    ['Zenco developed the Plix Wi-Fi 7 router.', 'Zenco -develops-> Plix'],
    ['Zenco launched the Vexa 4K projector.', 'Zenco -develops-> Vexa'],
    ['Zenco launched the Vexa 9 Pro 5G smartphone.', 'Zenco -develops-> Vexa 9 Pro'],
  ])('"%s"', (text, claim) => {
    expect(develops(text)).toEqual([claim]);
  });

  it('a variant with no kind after it keeps its tag', () => {
    expect(entitiesOf('Zenco launched the Zeta S24 5G in May.')).toContain('Zeta S24 5G (product)');
  });
});

describe('kinds of goods no list knew', () => {
  it.each([
    ["Zenco's Vexa power bank charges two phones.", 'Zenco -develops-> Vexa'],
    ['Zenco makes the Vexa coffee maker.', 'Zenco -develops-> Vexa'],
    ['The Vexa dashcam from Zenco records in 4K.', 'Zenco -develops-> Vexa'],
    ['The Vexa soundbar by Zenco costs $300.', 'Zenco -develops-> Vexa'],
  ])('"%s"', (text, claim) => {
    expect(develops(text)).toEqual([claim]);
  });

  it('a firm called by its trade before its name stays a firm', () => {
    expect(entitiesOf('The coffee maker Zenco launched the Vexa kettle.')).toContain('Zenco (company)');
  });
});
