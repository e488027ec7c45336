import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Helper dev90b, from round 1's develops leftovers (odm90, own90): a brand's possessed goods made in the passive by a designer or a
// contract maker; an operator's "its" before its fleet after a moving verb; the possessor of a common noun as the firm "its" means;
// "the broadcaster of" in an apposition to a firm; a thing a firm made unnamed, named in the next sentence. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a possessed thing made in the passive', () => {
  it('each agent makes every member of the possessed list', () => {
    expect(develops("Zenco Inc's Kindlo and Alexo devices were developed by Labnine Inc and manufactured by Qorva Corp.")).toEqual([
      'Labnine Inc -develops-> Alexo',
      'Labnine Inc -develops-> Kindlo',
      'Qorva Corp -develops-> Alexo',
      'Qorva Corp -develops-> Kindlo',
      'Zenco Inc -develops-> Alexo',
      'Zenco Inc -develops-> Kindlo',
    ]);
  });

  it('a single agent, or a reduced passive set off by commas', () => {
    expect(develops("Zenco Inc's Kindlo was designed by Labnine Inc.")).toContain('Labnine Inc -develops-> Kindlo');
    expect(develops("Zenco Inc's Kindlo, made by Qorva Corp, sold well.")).toContain('Qorva Corp -develops-> Kindlo');
    expect(develops("Zenco Inc's Kindlo phones are assembled by Qorva Corp.")).toContain('Qorva Corp -develops-> Kindlo');
  });

  it('another firm acting on a possessed thing makes nothing', () => {
    expect(develops("Qorva Corp built Zenco Inc's Kindlo into its cars.")).not.toContain('Qorva Corp -develops-> Kindlo');
    expect(develops("Zenco Inc's Kindlo was sold by Qorva Corp in Ruritania.")).not.toContain('Qorva Corp -develops-> Kindlo');
    expect(develops("Zenco Inc's Kindlo was launched by Qorva Corp in Ruritania.")).not.toContain('Qorva Corp -develops-> Kindlo');
    expect(develops("Zenco Inc's Kindlo was criticised by Qorva Corp.")).not.toContain('Qorva Corp -develops-> Kindlo');
  });
});

describe("an operator's fleet after a moving verb", () => {
  it('the fleet an operator moves, transfers or flies is not of its make', () => {
    expect(develops('Vexa Airlines moved its Zeta X9 jets to Qorva Corp.')).toEqual([]);
    expect(develops('Vexa Airlines transferred all of its Zeta X9 aircraft to a new unit.')).toEqual([]);
    expect(develops('Vexa Airlines flies its Zeta X9 jets to Ruritania.')).toEqual([]);
  });

  it("a maker moving its production or its own goods keeps its thing", () => {
    expect(develops('Zenco Corp moved its Zeta X9 jet production to India.')).toContain('Zenco Corp -develops-> Zeta X9');
    expect(develops('Zenco Corp shifted its Zeta app to a subscription model.')).toEqual(['Zenco Corp -develops-> Zeta']);
    expect(develops('Zenco Corp moved its Zeta phones to a new factory.')).toEqual(['Zenco Corp -develops-> Zeta']);
  });
});

describe('the possessor of a common noun is the firm "its" means', () => {
  it('"Zenco\'s push to … its ZenOS system"', () => {
    expect(develops("Zenco Corp's push to feature its services in phones running its ZenOS system drew fines.")).toEqual(['Zenco Corp -develops-> ZenOS']);
    expect(develops("Zenco Corp's decision to close its Zeta app upset users.")).toEqual(['Zenco Corp -develops-> Zeta']);
  });

  it('a firm named after the possessed noun is still the nearer one', () => {
    expect(develops("Qorva Corp's rival Zenco Corp launched its Zeta app.")).toEqual(['Zenco Corp -develops-> Zeta']);
  });
});

describe('"the broadcaster of" in an apposition to a firm', () => {
  it('names the firm the broadcaster of the channels', () => {
    expect(develops('Zenco Media Inc, the broadcaster of Zeta TV, said profits rose.')).toEqual(['Zenco Media Inc -develops-> Zeta TV']);
    expect(develops('Zenco Media Inc, the broadcaster of Zeta TV and Zeta News, said profits rose.')).toEqual(['Zenco Media Inc -develops-> Zeta News', 'Zenco Media Inc -develops-> Zeta TV']);
    expect(develops('Zenco Media Inc, the broadcaster of the Zeta channel, said profits rose.')).toEqual(['Zenco Media Inc -develops-> Zeta']);
  });

  it("an event's broadcaster, a state broadcaster, a report's publisher or a bare noun names nothing", () => {
    expect(develops('Zenco Media Inc, the official broadcaster of the Zeta Games, said profits rose.')).toEqual([]);
    expect(develops('Zenco Media Inc, the state broadcaster of Ruritania, said profits rose.')).toEqual([]);
    expect(develops('Zenco Media Inc, the broadcaster of the Zeta Cup, said profits rose.')).toEqual([]);
    expect(develops('Qorva Corp, the publisher of the report, said costs rose.')).toEqual([]);
    expect(develops('The broadcaster said Zeta TV would close.')).toEqual([]);
  });
});

describe('a thing made unnamed, named in the next sentence', () => {
  it('an opening naming participle or an apposition on the same kind names what the firm made', () => {
    expect(develops('Zenco Corp built a new reactor in Ruritania. Called Zeta Nine, the reactor opened in 2020.')).toEqual(['Zenco Corp -develops-> Zeta Nine']);
    expect(develops('Zenco Corp built a new reactor in Ruritania. The reactor, dubbed Zeta Nine, opened in 2020.')).toEqual(['Zenco Corp -develops-> Zeta Nine']);
    expect(develops('Zenco Corp unveiled a prototype on Monday. The prototype, known as ZETA, can fly for an hour.')).toEqual(['Zenco Corp -develops-> ZETA']);
  });

  it('a planned making names a planned thing', () => {
    expect(only('develops')(claimsOf("Zenco Corp will build a new reactor in Ruritania. Dubbed 'Project Zeta', the reactor will be finished in 2030.", 'proposed'))).toEqual(['Zenco Corp -develops-> Project Zeta']);
    expect(only('develops')(claimsOf('Zenco Corp plans to build a prototype. Known as Zeta Nine, the prototype will fly in 2027.', 'proposed'))).toEqual(['Zenco Corp -develops-> Zeta Nine']);
  });

  it("a person's nickname, a trend, another kind, a denied making or a new paragraph names nothing made", () => {
    expect(develops('Zenco Corp hired a chef. Known as Zeta Nine, the chef cooks well.')).toEqual([]);
    expect(develops('Zenco Corp shares rose. Dubbed Zeta Mania, the trend swept Ruritania.')).toEqual([]);
    expect(develops('Zenco Corp built a new reactor in Ruritania. Dubbed Zeta Nine, the drone flew.')).toEqual([]);
    expect(develops('Zenco Corp did not build a reactor. Dubbed Zeta Nine, the reactor was finished in 2020.')).toEqual([]);
    expect(develops('Zenco Corp built a reactor.\n\nDubbed Zeta Nine, the reactor opened in 2020.')).toEqual([]);
  });
});

describe("a device maker's possessive before the system its devices run", () => {
  it('names no maker of the system', () => {
    expect(develops("Zembla Inc's Android handsets sold well in Ruritania.")).toEqual([]);
    expect(develops("Zembla Inc's Windows laptops sold well in Ruritania.")).toEqual([]);
    expect(develops("Samsung's Android phones sold well in India.")).toEqual([]);
  });

  it("the system's own maker, or the system with no devices after it, keeps the claim", () => {
    expect(develops("Huawei's HarmonyOS phones sold well in China.")).toEqual(['Huawei -develops-> HarmonyOS']);
    // An unknown system is the device maker's own skin ("HyperOS", "ColorOS" are).
    expect(develops("Zembla Inc's ZenOS handsets sold well in Ruritania.")).toEqual(['Zembla Inc -develops-> ZenOS']);
    expect(develops("Zenco Corp's ZenOS system runs on phones.")).toEqual(['Zenco Corp -develops-> ZenOS']);
  });
});

describe('a thing made through a subsidiary', () => {
  it('the subsidiary makes it too', () => {
    expect(develops('Zenco Media Inc publishes the Zeta Times under its subsidiary Zenco Press Ltd.')).toEqual(['Zenco Media Inc -develops-> Zeta Times', 'Zenco Press Ltd -develops-> Zeta Times']);
    expect(develops('Zenco Corp makes the Zeta X9 through its unit Zenco Labs Ltd.')).toEqual(['Zenco Corp -develops-> Zeta X9', 'Zenco Labs Ltd -develops-> Zeta X9']);
  });

  it('a partner sold through, a sale to the subsidiary or a denied making names no subsidiary maker', () => {
    expect(develops('Zenco Media Inc sells Zeta Weekly through its partner Qorva Corp.')).toEqual([]);
    expect(develops('Zenco Media Inc sold Zeta Weekly to its subsidiary Zenco Press Ltd.')).not.toContain('Zenco Press Ltd -develops-> Zeta Weekly');
    expect(develops('Zenco Media Inc did not publish Zeta Weekly through its subsidiary Zenco Press Ltd.')).toEqual([]);
  });
});
