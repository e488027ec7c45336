import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper copmak: makers stated through a copula or a predicate noun, and names given in the sentence after the making. A version of a
// firm's own kind of thing, production started or done at a firm's plant, a thing that is a firm's "answer to" another, plural names
// given after "They were dubbed", and a car set off after "model" and then called goods. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('a version of a firm\'s own kind of thing', () => {
  it('"is the latest version of Qorva\'s operating system", "a cheaper version of Zenco\'s flagship phone"', () => {
    expect(develops("Vexa OS 2 is the latest version of Qorva's operating system.")).toEqual(['Qorva -develops-> Vexa OS 2']);
    expect(develops("Vexa 3 is the newest version of Zenco's chatbot.")).toEqual(['Zenco -develops-> Vexa 3']);
    expect(develops("Vexa Pro is a cheaper version of Zenco's flagship phone.")).toEqual(['Zenco -develops-> Vexa Pro']);
    expect(develops("Plix 2 is an upgraded edition of Zenco's popular game.")).toEqual(['Zenco -develops-> Plix 2']);
  });

  it('no owner, or a possessed thing that is no kind of made thing, names no maker', () => {
    expect(develops('Vexa is the latest version of the standard.')).toEqual([]);
    expect(develops('Vexa is the latest version of the Zelta standard.')).toEqual([]);
    expect(develops("Vexa is a version of Zenco's contract.")).toEqual([]);
  });
});

describe('a name with its kind, then a copula and a firm\'s own kind', () => {
  it('"The Zelta SUV is Qorva\'s first electric car", "The Zelta crossover is Qorva\'s first model"', () => {
    expect(develops("The Zelta SUV is Qorva's first electric car.")).toEqual(['Qorva -develops-> Zelta']);
    expect(develops("The Zelta crossover is Qorva's first model.")).toEqual(['Qorva -develops-> Zelta']);
  });

  it('a firm\'s customer or rival is no made kind', () => {
    expect(develops("The Vexa chip is Zenco's biggest customer.")).toEqual([]);
    expect(develops("The Vexa app is Zenco's main rival.")).toEqual([]);
  });
});

describe('production at a firm\'s own plant', () => {
  it('"Production of the Zelta 3 has started at Qorva\'s plant", "at a Qorva plant", "is assembled at Zenco\'s plant in Vietnam"', () => {
    expect(develops("Production of the Zelta 3 has started at Qorva's plant.")).toEqual(['Qorva -develops-> Zelta 3']);
    expect(develops("Mass production of the Plix 9 started at Zenco's factory in May.")).toEqual(['Zenco -develops-> Plix 9']);
    expect(develops('Production of the Zelta 3 has begun at a Qorva plant.')).toEqual(['Qorva -develops-> Zelta 3']);
    expect(develops("The Zelta is built at Qorva's Ohio plant.")).toEqual(['Qorva -develops-> Zelta']);
    expect(develops("The Vexa 9 is assembled at Zenco's plant in Vietnam.")).toEqual(['Zenco -develops-> Vexa 9']);
  });

  it('not a start to come, a thing another firm owns, a supplier named after the possessive, nor a sale', () => {
    expect(develops("Production of the Zelta 3 will start at Qorva's plant next year.")).toEqual([]);
    expect(develops("Production of the Zelta 3 is expected to begin at Qorva's plant.")).toEqual([]);
    expect(develops("The Zelta will be built at Qorva's Ohio plant.")).toEqual([]);
    expect(develops("Production of Zenco's Zelta 3 has started at Qorva's plant.")).toEqual(['Zenco -develops-> Zelta 3']);
    expect(develops("The Vexa 9 is sold at Zenco's stores.")).toEqual([]);
  });
});

describe('a place between a maker\'s participle and "by"', () => {
  it('"The Vexa 9, made in Vietnam by Zenco, …", "built in Texas by Qorva"', () => {
    expect(develops('The Vexa 9, made in Vietnam by Zenco, costs $500.')).toEqual(['Zenco -develops-> Vexa 9']);
    expect(develops('The Plix phone, built in Texas by Qorva, sells well.')).toEqual(['Qorva -develops-> Plix']);
  });

  it('a sale there is no making', () => {
    expect(develops('The Vexa 9, sold in Vietnam by Zenco, costs $500.')).toEqual([]);
  });
});

describe('a thing that is a firm\'s answer to another', () => {
  it('"Plix is Zenco\'s answer to Qorva\'s Vexa": the thing, not its maker, is the rival', () => {
    expect(rivals("Plix is Zenco's answer to Qorva's Vexa.")).toEqual(['Plix -competes_with-> Vexa']);
    expect(rivals('The Plix 9 is Zenco\'s alternative to the Vexa 3.')).toEqual(['Plix 9 -competes_with-> Vexa 3']);
    expect(develops("Plix is Zenco's answer to Qorva's Vexa.")).toEqual(['Qorva -develops-> Vexa', 'Zenco -develops-> Plix']);
  });

  it('an answer to a firm\'s act stays the firm\'s', () => {
    expect(rivals("Plix is Zenco's answer to Qorva's offer.")).not.toContain('Plix -competes_with-> Qorva');
  });
});

describe('names given to the things made, in the next sentence', () => {
  it('"They were dubbed the EV3 and EV4", "The phones are named Plix 8 and Plix 9", "They are called Vexa and Plix"', () => {
    expect(develops('Zenco unveiled two concept cars. They were dubbed the EV3 and EV4.')).toEqual(['Zenco -develops-> EV3', 'Zenco -develops-> EV4']);
    expect(develops('Zenco unveiled two new phones. The phones are named Plix 8 and Plix 9.')).toEqual(['Zenco -develops-> Plix 8', 'Zenco -develops-> Plix 9']);
    expect(develops('Zenco launched two chatbots. They are called Vexa and Plix.')).toEqual(['Zenco -develops-> Plix', 'Zenco -develops-> Vexa']);
  });

  it('people or firms named so are no things made', () => {
    expect(develops('Zenco hired two new managers. They were named Jane Roe and John Doe.')).toEqual([]);
    expect(develops('Zenco sued two rivals. They were named Qorva and Plix.')).toEqual([]);
  });
});

describe('a car set off after "model", then called goods', () => {
  it('"Qorva\'s new model, the Zelta, is a hatchback" names a product, not an AI model', () => {
    expect(entitiesOf("Qorva's new model, the Zelta, is a hatchback.")).toContain('Zelta (product)');
    expect(entitiesOf("Qorva's new model, the Zelta, is an SUV.")).toContain('Zelta (product)');
  });

  it('an AI model stays one', () => {
    expect(entitiesOf("Qorva's latest model, the Zelta 5, is a large language model.")).toContain('Zelta 5 (model)');
    expect(entitiesOf("Qorva's latest model, the Zelta 5, is a big step forward.")).toContain('Zelta 5 (model)');
  });
});

describe('near misses: a firm\'s customer, rival, partner, officer or town', () => {
  it('gives no maker', () => {
    for (const text of [
      "Vexa is Zenco's biggest customer.",
      "Vexa is Zenco's largest partner.",
      "Vexa is Zenco's key supplier.",
      "Vexa is Zenco's biggest investor.",
      "Plix is Zenco's chief executive.",
      "Zelta is Qorva's home town.",
      "Vexa is Zenco's main rival.",
    ]) expect(develops(text)).toEqual([]);
  });
});
