import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper fpd95 (stop 95, round 2): false 'develops' edges seen in round 1, as families: a town before a site's noun typed a product,
// a buyer before "awarded bus maker", a body's own short form in brackets, an agency hired to launch a brand, a first name before a
// firm's name, an aside that ends in a kind before "including", a rival's "own", a later clause's subject passed over, and a speaker
// after a launch. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a town written before a site\'s noun is no product', () => {
  it('"its Lima electric car factory", "its Vela battery plant": the kind qualifies the plant', () => {
    expect(develops('Zenco Inc said it would expand its Zorlo electric car factory.')).toEqual([]);
    expect(develops('Zenco Inc expanded its Zorlo car assembly plant last year.')).toEqual([]);
  });

  it('"its Thuringia, Germany plant", "its Zorlo, Calif. plant": a town, a state and a site', () => {
    expect(develops('Zenco Inc will open its Zorlo, Germany plant next year.')).toEqual([]);
    expect(develops('Zenco Inc builds the Vela X at its Zorlo, Calif. plant.')).toEqual(['Zenco Inc -develops-> Vela X']);
    expect(develops('Zenco Inc is expanding its Zorlo, Hungary battery factory.')).toEqual([]);
  });

  it('a product after its maker is still read', () => {
    expect(develops('Zenco Inc launched its Vela electric car in May.')).toEqual(['Zenco Inc -develops-> Vela']);
    expect(develops('Zenco Inc launched the Vela car at its Zorlo plant.')).toEqual(['Zenco Inc -develops-> Vela']);
    // "works" after a kind is mostly the verb, no site (an older test caught it).
    expect(develops('Qorva Inc says its Zeta headset works well.')).toEqual(['Qorva Inc -develops-> Zeta']);
  });
});

describe('the one who awards, hires or names a maker makes nothing', () => {
  it('"Lumo Transit awarded bus maker Zenco a contract": the buyer is no product', () => {
    expect(develops('Lumo Transit awarded bus maker Zenco a contract for 40 electric buses.')).toEqual([]);
    expect(develops('Lumo Transit has awarded bus maker Zenco a $40 million contract.')).toEqual([]);
  });

  it('"Zeta maker Zenco" still names the maker', () => {
    expect(develops('Vela bus maker Zenco won a contract.')).toEqual(['Zenco -develops-> Vela']);
  });

  it('"Zenco hired Qorva to launch its brand, Vexa": the hired firm is an agency, the brand its client\'s', () => {
    expect(develops('Zenco Inc hired Qorva Ltd to launch its brand, Vexa.')).toEqual(['Zenco Inc -develops-> Vexa']);
    expect(develops('Zenco Inc has tapped agency Qorva Ltd to relaunch Vexa in Ruritania.')).toEqual([]);
    expect(develops('Zenco Inc brought in Qorva Ltd to launch the Vexa app.')).toEqual(['Zenco Inc -develops-> Vexa']);
  });

  it('a firm that launches on its own, or after hiring staff, is still the maker', () => {
    expect(develops('Zenco Inc hired engineers to launch Vexa.')).toEqual(['Zenco Inc -develops-> Vexa']);
    expect(develops('Zenco Inc hired Qorva Ltd, and Qorva Ltd launched Vexa.')).toEqual(['Qorva Ltd -develops-> Vexa']);
  });
});

describe('a short form in brackets that the name spells is the name\'s own', () => {
  it('"Zembla Metropolitan Transit System (MTS)" is no product of a firm called MTS', () => {
    expect(develops('Zembla Metropolitan Transit System (MTS) has awarded Zenco Inc a contract for 30 hydrogen buses.')).toEqual([]);
  });
});

describe('a first name before a firm\'s name makes a person\'s brand', () => {
  it('"Tom Ford Beauty" is no product of Ford', () => {
    expect(develops('Tom Ford Beauty launched a new fragrance line.')).toEqual([]);
  });

  it('a model after the firm\'s name alone is still its own', () => {
    expect(develops('The new Ford Ranger goes on sale in May.')).toEqual(['Ford -develops-> Ford Ranger']);
  });
});

describe('an aside that ends in a kind before "including"', () => {
  it('"its Zeta portfolio, powered by its latest Vexa chipsets, including Plim radios": the chip made no radio', () => {
    expect(develops('Zenco Inc is showing its Zeta portfolio, powered by its latest Vexa chipsets, including new Plim radios.')).not.toContain('Vexa -develops-> Plim');
  });

  it('a plain list after the kind is the owner\'s', () => {
    expect(develops('Zenco Inc makes chipsets, including Vexa and Plim.')).toEqual(['Zenco Inc -develops-> Plim', 'Zenco Inc -develops-> Vexa']);
  });
});

describe('a rival\'s "own" and a later clause\'s subject', () => {
  it('"competes with Tesla\'s own electric SUV, the Model X": the SUV is the possessor\'s', () => {
    expect(develops('Zenco Inc, which competes with Qorva\'s own electric SUV, the Vela X, cut prices.')).toEqual(['Qorva -develops-> Vela X']);
  });

  it('"has its own electric SUV" is still the subject\'s', () => {
    expect(develops('Qorva Inc has its own electric SUV, the Vela X.')).toEqual(['Qorva Inc -develops-> Vela X']);
  });

  it('a name opening its own clause after ", and" is the verb\'s subject, however typed', () => {
    expect(develops('Zenco Inc unveiled an electric scooter in partnership with Qorva Ltd, and Vela X recently unveiled the Vela Bike.')).not.toContain('Zenco Inc -develops-> Vela Bike');
  });

  it('one subject for two verbs joined without a new name still makes both', () => {
    expect(develops('Zenco Inc unveiled the Vela scooter last year and recently unveiled the Plim bike.')).toEqual(['Zenco Inc -develops-> Plim', 'Zenco Inc -develops-> Vela']);
  });
});

describe('a speaker after a launch is no thing launched', () => {
  it('"AI Mode launched in May, Zenco said"', () => {
    expect(develops('AI Mode launched in May, Zenco said.')).toEqual([]);
  });

  it('"Zenco launched Vexa, a rival said" keeps the launch', () => {
    expect(develops('Zenco Inc launched Vexa in May, a rival said.')).toEqual(['Zenco Inc -develops-> Vexa']);
  });
});
