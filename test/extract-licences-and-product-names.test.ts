import { describe, expect, it } from 'vitest';
import { scoredClaimsOf } from './extract-helpers';

// Families from stop 37's fresh samples, on sentences written for the tests: licences taken away,
// registers of undesirable organisations, rivals listed after a sentence about a firm, products
// named by an apposition, and product names that end in a kind of product.

describe('taking away a licence bans its holder', () => {
  it.each([
    ['Roskomnadzor cancelled the licence of Zeta TV.', ['Roskomnadzor -banned-> Zeta TV']],
    ['Ofcom annulled the broadcasting licence of Zeta TV in May.', ['Ofcom -banned-> Zeta TV']],
    ["Roskomnadzor withdrew Zeta TV's licence.", ['Roskomnadzor -banned-> Zeta TV']],
    ['Roskomnadzor stripped Zeta TV of its licence.', ['Roskomnadzor -banned-> Zeta TV']],
    ["Zeta TV's licence was cancelled by Ofcom.", ['Ofcom -banned-> Zeta TV']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a licence is held, not made: "X\'s Y licence" makes no maker', () => {
    expect(scoredClaimsOf("Google pulled Huawei's Android license.").filter((c) => c.includes('-develops->'))).toEqual([]);
  });

  it('cancelling something else is no ban', () => {
    expect(scoredClaimsOf('Ofcom cancelled the meeting with Zeta TV.')).toEqual([]);
  });
});

// Helper agn: a register of undesirable organisations outlaws its members' work in the state, so it bans them; a foreign agent is restricted.
describe('a register of undesirable organisations bans who is put on it, one of foreign agents restricts', () => {
  it.each([
    ["Russia declared Zeta Media an 'undesirable organisation'.", ['Russia -banned-> Zeta Media']],
    ['Zeta Media was declared undesirable by Russia in 2023.', ['Russia -banned-> Zeta Media']],
    ["Russia labeled several outlets, such as Zeta Media, Qorva News and Vela Radio, 'undesirable organizations'.", ['Russia -banned-> Qorva News', 'Russia -banned-> Vela Radio', 'Russia -banned-> Zeta Media']],
    ['Russia declared Zeta Media a foreign agent.', ['Russia -restricts-> Zeta Media']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a complement without a threat designates nothing', () => {
    expect(scoredClaimsOf('Russia named Zenco military supplier of the year.')).toEqual([]);
  });
});

describe('rivals listed after a sentence about a firm or a product', () => {
  it('"Key competitors include …" names the rivals of the subject before', () => {
    expect(scoredClaimsOf('Zenco Inc. operates in a crowded market. Key competitors include Qorva and Vela.')).toEqual(['Zenco Inc -competes_with-> Qorva', 'Zenco Inc -competes_with-> Vela']);
  });

  it('a modifier opening the sentence is no name', () => {
    expect(scoredClaimsOf('Main rivals include Qorva and Vela.')).toEqual([]);
  });
});

describe('makers named around the product', () => {
  it.each([
    // An apposition that calls a name a made thing outweighs the tagger's first name.
    ['Alisa, the voice assistant produced by Zenco, is popular.', ['Zenco -develops-> Alisa']],
    ["Alisa, Zenco's voice assistant, is popular.", ['Zenco -develops-> Alisa']],
    // A fronted maker noun, its maker the subject of the main clause.
    ['The maker of Zeta Battlegrounds, Qorvaton has sued the studio.', ['Qorvaton -develops-> Zeta Battlegrounds']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it.each([
    // "its" before a name that ends in a kind of product, or one set off after a kind of product.
    ['Zenco Inc. is best known for its Zeta Controller.', ['Zenco Inc -develops-> Zeta Controller']],
    ['Zenco Inc. said the key part of its implant, the Zeta Interface, is thin.', ['Zenco Inc -develops-> Zeta Interface']],
    // Members of a list of products, though the tagger knows a first name among them.
    ["Zenco Inc.'s devices, the Zeta and the Zora, sold well.", ['Zenco Inc -develops-> Zeta', 'Zenco Inc -develops-> Zora']],
    // "the company behind" after a copula.
    ['Zenco Inc. is the company behind Zeta and Qorix.', ['Zenco Inc -develops-> Qorix', 'Zenco Inc -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a list of people is no list of products, and a firm "behind" another in a ranking makes nothing', () => {
    expect(scoredClaimsOf('Zenco Inc. hired engineers such as Alice and Zora.')).toEqual([]);
    expect(scoredClaimsOf('Zenco Inc. is behind Qorva Inc. in sales.').filter((c) => c.includes('-develops->'))).toEqual([]);
  });

  it('a first name before an apposition about a person stays a person', () => {
    expect(scoredClaimsOf('Zenco hired Alice, the chatbot lead at Qorva.')).toEqual([]);
  });
});

describe('a product name may end in a kind of product', () => {
  it.each([
    ["Zenco's Zeta Messenger is popular.", ['Zenco -develops-> Zeta Messenger']],
    ['Zenco Inc. is leading the charge with its Zeta Watch lineup.', ['Zenco Inc -develops-> Zeta Watch']],
    ["Zenco's Zeta OS runs on the Qorva band.", ['Zenco -develops-> Zeta OS']],
    // "operating system" is a noun phrase, not an act of operating.
    ['Zenco announced a new operating system for its watch called Zeta OS.', ['Zenco -develops-> Zeta OS']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('the known product keeps its own name where nothing unknown comes before it', () => {
    expect(scoredClaimsOf("Meta's Messenger is popular.")).toEqual(['Meta -develops-> Messenger']);
  });

  it('a title is no product for ending in "game"', () => {
    expect(scoredClaimsOf("Ender's Game sold well.")).toEqual([]);
  });
});

describe('families of the samples drawn after 4fb074f', () => {
  it.each([
    // An adverb after a list's conjunction.
    ['Zenco Inc. competitors like Qorva Inc., Vela Inc. and now Orbo Inc. are growing.', ['Zenco Inc -competes_with-> Orbo Inc', 'Zenco Inc -competes_with-> Qorva Inc', 'Zenco Inc -competes_with-> Vela Inc']],
    // A maker's compound in an apposition, and before a name it does not open.
    ['Zeta, a Samsung-owned app similar to Huawei\'s Orbit, grew fast.', ['Huawei -develops-> Orbit', 'Samsung -develops-> Zeta']],
    ['The Samsung-owned Zeta app grew.', ['Samsung -develops-> Zeta']],
    // The maker in an apposition before the kind of thing, or in an object relative clause.
    ['Orbit, the Samsung social network, grew.', ['Samsung -develops-> Orbit']],
    ['Alisa, the assistant that Zenco Inc. launched, is popular.', ['Zenco Inc -develops-> Alisa']],
    // Registers and sanctions lists entered with "include" or "enter".
    ['The EU included Zeta Media in its sanctions list.', ['European Union -restricts-> Zeta Media']],
    ['Russia entered Zeta Media in the register of foreign agents.', ['Russia -restricts-> Zeta Media']],
    // The Arabic article before a name.
    ['Saudi Arabia banned al-Zeta in 2017.', ['Saudi Arabia -banned-> al-Zeta']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it.each([
    // "make" as a light verb makes nothing.
    'Qorva Inc. made an unsuccessful attempt to acquire Zeta.',
    'Qorva Inc. made a formal bid for Zeta.',
    // A list of something that is no sanction or register.
    'Apple added Zeta to its list of top apps.',
    // A contraction opening a sentence is no name.
    "They've created a new headset called Zeta.",
  ])('"%s" states no relation', (text) => {
    expect(scoredClaimsOf(text)).toEqual([]);
  });

  it('an untyped name before another\'s possessive is no co-owner', () => {
    expect(scoredClaimsOf("I've used Zeta and Qorva Inc.'s Quill.")).toEqual(['Qorva Inc -develops-> Quill']);
    expect(scoredClaimsOf("Samsung and Qorva Inc.'s Zeta sold well.")).toEqual(['Qorva Inc -develops-> Zeta', 'Samsung -develops-> Zeta']);
  });
});

describe('families of the samples drawn after 9548b85', () => {
  it.each([
    // Meeting an act: the subject undergoes it, the agent follows "from" (or "of" after "the").
    ['Huawei has suffered sanctions from the United States.', ['United States -restricts-> Huawei']],
    ['Zenco Inc. fell under the sanctions of the US Treasury.', ['Treasury Department -restricts-> Zenco Inc']],
    ['Zenco Inc. came under Russian export control.', ['Russia -restricts-> Zenco Inc']],
    // Contract manufacturers.
    ['The Zeta Max is manufactured by Vexa Inc. and Qorva Inc.', ['Qorva Inc -develops-> Zeta Max', 'Vexa Inc -develops-> Zeta Max']],
    ['AirPods manufacturer Goertek grew.', ['Goertek -develops-> AirPods']],
    // A maker's plural kind of product before a list, with or without a comma.
    ['Nvidia chips, such as the H100 and H200, sold well.', ['Nvidia -develops-> H100', 'Nvidia -develops-> H200']],
    ['Samsung headsets like the Zeta sold well.', ['Samsung -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a subject that only reports gives way to the subject it reports on', () => {
    expect(scoredClaimsOf('Qorva Research estimates Zenco Inc. held 20% of the market. Domestic rivals include Vela Inc. and Orbo Inc.')).toEqual(['Zenco Inc -competes_with-> Orbo Inc', 'Zenco Inc -competes_with-> Vela Inc']);
  });

  it('suffering something else is no sanction, and a state before a kind of goods makes none of them', () => {
    expect(scoredClaimsOf('Zenco Inc. suffered losses.')).toEqual([]);
    expect(scoredClaimsOf('Chinese drones such as the Zeta sold well.')).toEqual([]);
  });
});

describe('families of the samples drawn after 6a0eacc', () => {
  it.each([
    // A trade acronym before a body's head word names the body.
    ["India's IT Ministry banned 40 foreign apps including Zapp.", ['IT Ministry -banned-> Zapp']],
    // Deplatforming bans.
    ['Zenco Inc. and Qorva Inc. deplatformed Zapp.', ['Qorva Inc -banned-> Zapp', 'Zenco Inc -banned-> Zapp']],
    // A duopoly names its parties with "of".
    ['A duopoly of Zenco Inc. and Qorva Inc. dominates memory.', ['Zenco Inc -competes_with-> Qorva Inc']],
    // Chipmaking tools are products.
    ["Zenco Inc.'s Zeta scanner is fast.", ['Zenco Inc -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a growth rate is no name', () => {
    expect(scoredClaimsOf('Zenco Inc. grew 20% YoY while Qorva Inc. fell.')).toEqual([]);
  });
});

describe('families of the samples drawn after 7eef742', () => {
  it.each([
    // A verb idiom with "it" is the verb: every pair of its subjects.
    ['Zenco Inc., Qorva Inc., Vela Inc. Battle It Out In Ruritania', ['Qorva Inc -competes_with-> Vela Inc', 'Zenco Inc -competes_with-> Qorva Inc', 'Zenco Inc -competes_with-> Vela Inc']],
    ['Zenco Inc. and Qorva Inc. are fighting it out.', ['Zenco Inc -competes_with-> Qorva Inc']],
    // The rivals after a colon.
    ['Zenco Inc. faces stiff competition: Qorva Inc. and Vela Inc.', ['Zenco Inc -competes_with-> Qorva Inc', 'Zenco Inc -competes_with-> Vela Inc']],
    // "its" before a list that a plural kind of product closes, a year among the modifiers.
    ['Zenco Inc. will start selling its 2025 Zeta and Zeta Max sedans.', ['Zenco Inc -develops-> Zeta', 'Zenco Inc -develops-> Zeta Max']],
    // A model code alone after a possessive; a name ends before an interface standard.
    ["Qorva's E26 PCIe 5.0 controller is fast.", ['Qorva -develops-> E26']],
    // Orders to stop, sent by several; an act's agent after its target; an object relative clause.
    ['Ruritania and Borduria have sent cease-and-desist orders of their own to Zapp.', ['Borduria -banned-> Zapp', 'Ruritania -banned-> Zapp']],
    ['Sanctions have been imposed on Zenco Inc. by Ruritania.', ['Ruritania -restricts-> Zenco Inc']],
    ['Zenco Inc. and Qorva Inc. are mixers that Ruritania has sanctioned.', ['Ruritania -restricts-> Qorva Inc', 'Ruritania -restricts-> Zenco Inc']],
    ['Zapp, an app that Ruritania banned, grew.', ['Ruritania -banned-> Zapp']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it.each([
    'Zenco Inc. sued its Qorva and Vela partners.',
    'Zenco Inc. is a firm that Qorva Inc. designated as its supplier.',
    'Zenco Inc. launched a PCIe 5.0 SSD controller.',
  ])('"%s" states no relation', (text) => {
    expect(scoredClaimsOf(text)).toEqual([]);
  });
});
