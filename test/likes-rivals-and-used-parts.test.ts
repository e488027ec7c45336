import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper likes (stop 103), rivalry and maker faults: a firm's rivals named after "after rivals" are not its products, nor is what
// its goods use (used-parts-and-rivals.ts); the seekers of an alternative are no rivals, the thing offered to them is
// (rival-sought-alternatives.ts). Sentences made up for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();
const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text)).sort();

describe('what goods use is not made by their maker', () => {
  it.each([
    'Zenco Motors and Qorva Inc. unveiled cars that will use the ZenCar operating system.',
    'Zenco Motors unveiled a car that uses the ZenCar platform.',
    'Zenco Motors launched new models that run the ZenCar software.',
    'Zenco launched a tablet using the Vexa chip.',
    'Zenco launched a tablet powered by the Vexa chip.',
    'Zenco released laptops which will all run on the Vexa system.',
  ])('%s', (text) => {
    expect(develops(text)).toEqual([]);
  });

  it.each([
    ['Zenco uses its own ZenCar system.', ['Zenco -develops-> ZenCar']],
    ['Zenco unveiled a car that uses its own ZenCar system.', ['Zenco -develops-> ZenCar']],
    ['Zenco launched Zeta, a car that uses the ZenCar system.', ['Zenco -develops-> Zeta']],
    ['Zenco launched the Zeta car, which runs on the Vexa software.', ['Zenco -develops-> Zeta']],
  ])('near miss: %s', (text, expected) => {
    expect(develops(text)).toEqual(expected);
  });
});

describe('rivals after a preposition of order are rivals, not products', () => {
  it.each([
    ['Qorva will be the latest to launch such a device after rivals Zenco and Vela.', ['Zenco', 'Vela']],
    ['Qorva will launch its own tablet after rivals Zenco and Vela.', ['Zenco', 'Vela']],
    ['Qorva launched a phone before rivals Zenco and Vela.', ['Zenco', 'Vela']],
    ['Qorva is set to launch a foldable phone after rivals Zenco, Vela and Borin.', ['Zenco', 'Vela', 'Borin']],
  ])('%s', (text, named) => {
    expect(develops(text)).toEqual([]);
    expect(rivals(text)).toEqual(named.map((n) => `Qorva -competes_with-> ${n}`).sort());
  });

  it.each([
    ['Qorva launched its phone after rival Zenco did.', [], ['Qorva -competes_with-> Zenco']],
    ['Zenco released Vexa after rivals launched similar apps.', ['Zenco -develops-> Vexa'], []],
    ['Qorva launched the Vexa phone after rivals Zenco and Vela.', ['Qorva -develops-> Vexa'], ['Vexa -competes_with-> Vela', 'Vexa -competes_with-> Zenco']],
  ])('near miss: %s', (text, made, rival) => {
    expect(develops(text)).toEqual(made);
    expect(rivals(text)).toEqual(rival);
  });
});

describe('the seekers of an alternative are no rivals; what is offered to them is', () => {
  it.each([
    ['Zenco is a platform for firms outgrowing Vexa or Plix, or looking for an alternative to Qorva and Borin.', ['Qorva', 'Borin']],
    ['Zenco is a platform for firms outgrowing Vexa, or looking for an alternative to Qorva.', ['Qorva']],
    ['Zenco is a tool for shops tired of Plix and searching for a cheaper alternative to Qorva and Borin.', ['Qorva', 'Borin']],
  ])('%s', (text, named) => {
    expect(rivals(text)).toEqual(named.map((n) => `Zenco -competes_with-> ${n}`).sort());
  });

  it.each([
    ['Users of Vexa are looking for an alternative to Qorva.', []],
    ['Zenco pitches Zeta to shops tired of Vexa and looking for an alternative to Qorva.', []],
    ['Zenco sees Vexa as an alternative to Qorva and Borin.', ['Vexa -competes_with-> Borin', 'Vexa -competes_with-> Qorva']],
  ])('near miss: %s', (text, expected) => {
    expect(rivals(text)).toEqual(expected);
  });
});

describe('rival lists after "the likes of" and "competitors like" (already read; kept)', () => {
  it.each([
    ['Analysts call the Zenpad a contender competing with the likes of Qorva, Vexa and Lumo.', 'Zenpad', ['Qorva', 'Vexa', 'Lumo']],
    ['Zenco faces competitors like Qorva and Vela.', 'Zenco', ['Qorva', 'Vela']],
    ['Zenco will compete against the likes of Qorva and Vexa in Europe.', 'Zenco', ['Qorva', 'Vexa']],
    ['Zenco faces competitors such as Qorva, Vela and Borin.', 'Zenco', ['Qorva', 'Vela', 'Borin']],
  ])('%s', (text, subject, named) => {
    expect(rivals(text)).toEqual(named.map((n) => `${subject} -competes_with-> ${n}`).sort());
  });

  it('near miss: "like Qorva" set off beside the subject states no rivalry', () => {
    expect(rivals('Zenco, like Qorva, launched a phone.')).toEqual([]);
  });
});
