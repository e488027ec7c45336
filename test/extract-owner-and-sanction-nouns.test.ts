import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, extract, scoredClaimsOf } from './extract-helpers';

// Families from stop 36's fresh samples, on sentences written for the tests: makers named by a
// possessive or the noun of their act, sanctions named by a noun, and the bare lists after them.

describe('a possessive of two unknown names is a maker and its product when something marks the product', () => {
  it.each([
    // A word between the possessive and the name (a title has none).
    ["Zenco's new Zeta 30 Hybrid is priced to tempt buyers.", ['Zenco -develops-> Zeta 30 Hybrid']],
    ["Zenco's wildly popular Model Q sold out.", ['Zenco -develops-> Model Q']],
    // A product noun right after the name.
    ["Zenco's Zeta SUV will expand the range.", ['Zenco -develops-> Zeta']],
    ["Zenco's AR9 sensor is the most widely deployed lidar.", ['Zenco -develops-> AR9']],
    // A brand's shape: a capital after a short prefix, or inside the word.
    ["Qorva's Q-Aero promises better mileage.", ['Qorva -develops-> Q-Aero']],
    ["Qorva's ZenPay grew fast.", ['Qorva -develops-> ZenPay']],
    // "its" before a numbered release points back to the maker.
    ['Zenco is offering its new ZT-9 to fleets.', ['Zenco -develops-> ZT-9']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it.each([
    // Titles: the name follows the "'s" at once, made of English words.
    'Fans of Grey\'s Anatomy tuned in.',
    // A year names an event, not a release.
    'At its Build 2023 conference, Zenco spoke.',
    // A noun after the name makes it a modifier of something that is not made.
    "Zenco's Qorva acquisition closed.",
    "Zenco's Vexlin plant closed.",
    "The deal hurt Zenco's Qorva unit.",
  ])('"%s" states no maker', (text) => {
    expect(scoredClaimsOf(text).filter((c) => c.includes('-develops->'))).toEqual([]);
  });
});

describe('the act of making a thing, named by its noun, makes its subject or possessor the maker', () => {
  it.each([
    ['Zenco began production of the Zeta 5 in March.', ['Zenco -develops-> Zeta 5']],
    ['Zenco started series production of versions of the Zeta, Vela and Drift.', ['Zenco -develops-> Drift', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']],
    ['Zenco stopped production of models like the Zeta, Vela and Drift.', ['Zenco -develops-> Drift', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']],
    ["Zenco's production of the Vela ended in 2020.", ['Zenco -develops-> Vela']],
    ['The news came after Zenco\'s announcement of two new jets, the Zeta L and the Zeta 9.', ['Zenco -develops-> Zeta 9', 'Zenco -develops-> Zeta L']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('another firm\'s product, or what is not made, is not the subject\'s', () => {
    expect(scoredClaimsOf("Zenco's announcement of Qorva's earnings surprised.")).toEqual([]);
    expect(scoredClaimsOf('Zenco halted production at its Vexlin plant.')).toEqual([]);
  });
});

describe('sanctions named by a noun', () => {
  it.each([
    ['Britain announced the designations of two oil firms, Zenco and Qorva.', ['United Kingdom -restricts-> Qorva', 'United Kingdom -restricts-> Zenco']],
    ["Britain's designation of Zenco Bank took effect.", ['United Kingdom -restricts-> Zenco Bank']],
    // The subject that is the target of the act undergoes it; "from X" is its actor.
    ['Zenco was the target of sanctions from Britain and Canada.', ['Canada -restricts-> Zenco', 'United Kingdom -restricts-> Zenco']],
    ['Zenco has been the subject of US sanctions since 2019.', ['United States -restricts-> Zenco']],
    // After a preposition a form in -s that is both is the plural noun, never the verb.
    ['Zenco was hit by sanctions from Britain.', ['United Kingdom -restricts-> Zenco']],
    ['Zenco is subject to sanctions from Britain.', ['United Kingdom -restricts-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe('the bare list after a sanctions act names its targets', () => {
  it.each([
    // The kinds of firm a release lists, with the listing participle before or after the noun.
    ['Britain sanctioned two banks on Monday. The sanctioned banks are Zenco Bank and Qorva Bank.', ['United Kingdom -restricts-> Qorva Bank', 'United Kingdom -restricts-> Zenco Bank']],
    ['Britain imposed sanctions on two banks. The banks sanctioned are Zenco Bank and Qorva Bank.', ['United Kingdom -restricts-> Qorva Bank', 'United Kingdom -restricts-> Zenco Bank']],
    // "They are A and B" right after the act.
    ['Britain imposed sanctions on two banks on Monday. They are Zenco Bank and Qorva Bank.', ['United Kingdom -restricts-> Qorva Bank', 'United Kingdom -restricts-> Zenco Bank']],
    // "A and B are among those sanctioned".
    ['Britain imposed new sanctions on Monday. Zenco Bank and Qorva Bank are among those sanctioned.', ['United Kingdom -restricts-> Qorva Bank', 'United Kingdom -restricts-> Zenco Bank']],
    ['India blocked 20 sites on Monday. Zapp and Qchat are among those blocked.', ['India -banned-> Qchat', 'India -banned-> Zapp']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('"They are …" names no target when nothing is listed', () => {
    expect(scoredClaimsOf('Britain sanctioned two banks. They are based in Moscow.')).toEqual([]);
  });
});

describe('blocks carried out by others', () => {
  it('a state that asks the internet providers to block a service orders the block', () => {
    expect(scoredClaimsOf('Indonesia asked ISPs to block 20 websites, including Zapp and Qchat.')).toEqual(['Indonesia -banned-> Qchat', 'Indonesia -banned-> Zapp']);
    expect(scoredClaimsOf("Indonesia's communications ministry asked internet service providers to block Zapp.")).toEqual(["Indonesia's communications ministry -banned-> Zapp"]);
  });

  it('a request that may be refused, or only weighed, stays a proposal', () => {
    expect(scoredClaimsOf('Lawmakers asked Apple to remove Zapp.')).toEqual([]);
    expect(claimsOf('Indonesia asked ISPs to consider blocking Zapp.', 'proposed')).toEqual(['Indonesia -banned-> Zapp']);
  });

  it('a placement on a list of blocked services is a ban', () => {
    expect(scoredClaimsOf('Russia has added Zapp and Qchat to a list of blocked or banned services.')).toEqual(['Russia -banned-> Qchat', 'Russia -banned-> Zapp']);
    expect(scoredClaimsOf('Russia added Zapp to its list of foreign agents.')).toEqual(['Russia -restricts-> Zapp']);
  });

  it('a firm that keeps users in some states from its service restricts the states', () => {
    expect(scoredClaimsOf('Anthropic restricted access to Claude from China and Russia.')).toEqual(['Anthropic -restricts-> China', 'Anthropic -restricts-> Russia']);
    expect(scoredClaimsOf('Zenco restricted access to Zeta for users in China.')).toEqual(['Zenco -restricts-> China']);
    // A state that restricts access to a service bans it, wherever.
    expect(scoredClaimsOf('Britain restricted access to Zapp in Scotland.')).toEqual(['United Kingdom -banned-> Zapp']);
  });
});

describe('lists a maker owns, and rivals across a "vs"', () => {
  it('a list set off after the maker\'s plural noun is the maker\'s, articles and all', () => {
    expect(scoredClaimsOf("Zenco's electric vehicles, the Zeta and the Vela, sold well.")).toEqual(['Zenco -develops-> Vela', 'Zenco -develops-> Zeta']);
    expect(scoredClaimsOf("Zenco's budget options such as the Alpha, Beta and Gamma sold well.")).toEqual(['Zenco -develops-> Alpha', 'Zenco -develops-> Beta', 'Zenco -develops-> Gamma']);
    // Right after the possessive, an item with its own article is another's.
    expect(scoredClaimsOf("Zenco's new Zeta and the Qorva Q100 compete.")).toEqual(['Zenco -develops-> Zeta', 'Zeta -competes_with-> Qorva Q100']);
  });

  it('a side the tagger knows as a first name faces a firm across a "vs" as its peer', () => {
    expect(scoredClaimsOf('H&M vs. Zara vs. Uniqlo: who wins?')).toEqual(['H&M -competes_with-> Uniqlo', 'H&M -competes_with-> Zara', 'Zara -competes_with-> Uniqlo']);
    expect(scoredClaimsOf('Trump vs. Biden: the rematch')).toEqual([]);
  });
});

describe('the targets of a sanctions act named after it', () => {
  it.each([
    ['Britain imposed sanctions on five firms on Monday. The targets include Zenco Bank and Qorva Bank.', ['United Kingdom -restricts-> Qorva Bank', 'United Kingdom -restricts-> Zenco Bank']],
    ['Britain announced new sanctions on Monday. Targets include Zenco Bank and Qorva Bank.', ['United Kingdom -restricts-> Qorva Bank', 'United Kingdom -restricts-> Zenco Bank']],
    ['Britain imposed sanctions on Monday. Those hit include Zenco Bank and Qorva Bank.', ['United Kingdom -restricts-> Qorva Bank', 'United Kingdom -restricts-> Zenco Bank']],
    ['Britain unveiled a package of sanctions. Zenco Bank and Qorva Bank were also hit.', ['United Kingdom -restricts-> Qorva Bank', 'United Kingdom -restricts-> Zenco Bank']],
    // A participle set off by a comma after the act.
    ['Britain imposed sanctions on Monday, targeting Zenco Bank and Qorva Bank.', ['United Kingdom -restricts-> Qorva Bank', 'United Kingdom -restricts-> Zenco Bank']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it.each([
    'Britain imposed sanctions on Monday. Zenco shares were hit hard.',
    'Britain imposed sanctions on Monday. Zenco and Qorva were hit by floods.',
    'Britain imposed sanctions on Monday, hitting Zenco shares.',
  ])('"%s" names no target', (text) => {
    expect(scoredClaimsOf(text)).toEqual([]);
  });

  it('a seller\'s "its" is neither what is sold nor where it goes', () => {
    expect(scoredClaimsOf('Anthropic has taken a restrictive stance on selling its chips to Chinese-controlled entities.')).toEqual(['Anthropic -restricts-> China']);
  });
});

describe('rivals set against each other', () => {
  it.each([
    ['The main competitors for Zenco are Qorva, Velto and Brill.', ['Zenco -competes_with-> Brill', 'Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Velto']],
    ['Zenco is up against Qorva in Europe.', ['Zenco -competes_with-> Qorva']],
    ['The Zeta is pitched against the Qorva Q7.', ['Zeta -competes_with-> Qorva Q7']],
    ['The Zeta will square off against the Qorva Q7.', ['Zeta -competes_with-> Qorva Q7']],
    ['Zenco lost market share to Qorva last year.', ['Zenco -competes_with-> Qorva']],
    ['Zenco is losing ground to Qorva.', ['Zenco -competes_with-> Qorva']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('"up against" a firm\'s people states no rivalry', () => {
    expect(scoredClaimsOf("Zenco is up against Qorva's lawyers.")).toEqual([]);
  });
});

describe("a maker's things, listed in the sentence after its act", () => {
  it.each([
    ['Zenco launched three new models on Monday. They are the Zeta, the Vela and the Drift.', ['Zenco -develops-> Drift', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']],
    ['Zenco unveiled its new range on Monday. The range consists of the Zeta, Vela and Drift.', ['Zenco -develops-> Drift', 'Zenco -develops-> Vela', 'Zenco -develops-> Zeta']],
    ['Zenco launched three new phones. These include the Zeta 5 and the Zeta 5 Pro.', ['Zenco -develops-> Zeta 5', 'Zenco -develops-> Zeta 5 Pro']],
    ['Zenco makes robots. Its products included the Zenco Driver, the Zenco Hub and the Zenco Guard.', ['Zenco -develops-> Zenco Driver', 'Zenco -develops-> Zenco Guard', 'Zenco -develops-> Zenco Hub']],
    // In a relative clause on the maker.
    ['Zenco, whose collection of apps also includes Zeta and Vela, grew.', ['Zenco -develops-> Vela', 'Zenco -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a sentence that does not open with the list names none of them', () => {
    expect(scoredClaimsOf('Zenco launched three new models. They are cheaper than the Qorva Q7.')).toEqual([]);
  });

  it('a verb between a name and a product noun does not make the name a product', () => {
    expect(extract('Zenco makes robots.').entities.map((e) => e.type)).not.toContain('product');
  });
});

describe('placements whose members are named after the list', () => {
  it('"… have been added to the Trade List, including A, B and C" after the act', () => {
    expect(scoredClaimsOf('Britain has blacklisted 20 firms. To that effect, five companies have been added to the Trade List, including Zenco, Qorva and Lumo.')).toEqual([
      'United Kingdom -restricts-> Lumo',
      'United Kingdom -restricts-> Qorva',
      'United Kingdom -restricts-> Zenco',
    ]);
    expect(scoredClaimsOf('Five companies were added to the US Entity List on Monday, including Zenco and Qorva.')).toEqual(['United States -restricts-> Qorva', 'United States -restricts-> Zenco']);
  });

  it('bullets after "the addition of the following companies to the SDN List:"', () => {
    const text = 'OFAC announced the addition of the following three companies to the SDN List:\n• Zenco Ltd\n• Qorva Ltd\n';
    expect(scoredClaimsOf(text)).toEqual(['Office of Foreign Assets Control -restricts-> Qorva Ltd', 'Office of Foreign Assets Control -restricts-> Zenco Ltd']);
  });
});

describe('makers in compounds, rivals racing, model codes with a hyphen', () => {
  it.each([
    ['The army ordered Zenco-built Zeta tanks.', ['Zenco -develops-> Zeta']],
    ['Rebels used a Zenco-manufactured Vela system.', ['Zenco -develops-> Vela']],
    ['Zeta and other Zenco-owned apps, such as Vela and Orbo, were blocked.', ['Zenco -develops-> Orbo', 'Zenco -develops-> Vela']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a common word before the participle names no maker', () => {
    expect(entitiesOf('State-owned Zenco grew.').some((e) => e.startsWith('State'))).toBe(false);
  });

  it('rivals racing each other, not what they race to make', () => {
    expect(scoredClaimsOf('Qorva, Lumio and Osk are racing to build rigs.')).toEqual(['Lumio -competes_with-> Osk', 'Qorva -competes_with-> Lumio', 'Qorva -competes_with-> Osk']);
    expect(scoredClaimsOf('Zenco competed to launch the Zeta.')).toEqual(['Zenco -develops-> Zeta']);
  });

  it('a model code with a hyphen after the maker\'s name makes a release', () => {
    expect(scoredClaimsOf('The Vela will take on the likes of the Toyota RAV4, Honda CR-V and Mazda CX-5.').filter((c) => c.startsWith('Vela'))).toEqual([
      'Vela -competes_with-> Honda CR-V',
      'Vela -competes_with-> Mazda CX-5',
      'Vela -competes_with-> Toyota RAV4',
    ]);
  });
});

describe('families of the samples drawn after c2c5be9', () => {
  it.each([
    // Coordinated demonyms own the act together.
    ['Zenco has fallen under Russian and British sanctions.', ['Russia -restricts-> Zenco', 'United Kingdom -restricts-> Zenco']],
    ['American, British and Canadian sanctions on Zenco took effect.', ['Canada -restricts-> Zenco', 'United Kingdom -restricts-> Zenco', 'United States -restricts-> Zenco']],
    // Joint owners, collaborations and partnerships.
    // (A co-owner before the possessor must be typed as a firm: an untyped one is as often another thing of the kind.)
    ["Zenco Inc. and Qorva's Zeta flew.", ['Qorva -develops-> Zeta', 'Zenco Inc -develops-> Zeta']],
    ['Zeta is the result of a collaboration between Zenco and Qorva.', ['Qorva -develops-> Zeta', 'Zenco -develops-> Zeta']],
    ['Zeta was built through a partnership with Zenco.', ['Zenco -develops-> Zeta']],
    ['The parent company of Zeta and Vela, Zenco, grew.', ['Zenco -develops-> Vela', 'Zenco -develops-> Zeta']],
    // A store's removal of things it counts, named in the next sentence.
    ['Apple pulled several apps from its store in Russia. The apps that were removed are: Zapp, Qchat and Vexa.', ['Apple -banned-> Qchat', 'Apple -banned-> Vexa', 'Apple -banned-> Zapp']],
    // Memberships of a list.
    ["Zenco ended up on Britain's blacklist.", ['United Kingdom -restricts-> Zenco']],
    ['Zenco landed on the US Entity List in 2019.', ['United States -restricts-> Zenco']],
    ['Zenco and Qorva were included in the new sanctions list of Britain.', ['United Kingdom -restricts-> Qorva', 'United Kingdom -restricts-> Zenco']],
    // An act widened to more targets.
    ['Britain expanded sanctions against Russia to include Zenco and Qorva.', ['United Kingdom -restricts-> Qorva', 'United Kingdom -restricts-> Russia', 'United Kingdom -restricts-> Zenco']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('kinds of things written with capitals, and technologies, are no products', () => {
    expect(scoredClaimsOf('Zeta, a Large Language Model (LLM) developed by Zenco, is fast.')).toEqual(['Zenco -develops-> Zeta']);
    expect(scoredClaimsOf('Zenco used it to make its mRNA vaccine, Zetavax.')).toEqual(['Zenco -develops-> Zetavax']);
  });
});

describe('families of the samples drawn after 0f32290', () => {
  it.each([
    ['The main contenders are Zenco, Qorva and Vela.', ['Qorva -competes_with-> Vela', 'Zenco -competes_with-> Qorva', 'Zenco -competes_with-> Vela']],
    ['Zenco on 4 May launched its Z300 reactor.', ['Zenco -develops-> Z300']],
    ['Zenco says its reactors, called Zeta, are safe.', ['Zenco -develops-> Zeta']],
    ['First Solar and Canadian Solar compete.', ['First Solar -competes_with-> Canadian Solar']],
    ['The US imposed sanctions on the Central Bank of Russia.', ['United States -restricts-> Central Bank of Russia']],
    ['Sanctions imposed by Britain and the EU on Iran hurt trade.', ['European Union -restricts-> Iran', 'United Kingdom -restricts-> Iran']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('rivals named after a sentence about a firm are not each other\'s', () => {
    expect(scoredClaimsOf('Zenco grew. Rivals include Qorva and Vela.')).toEqual([]);
  });

  it('a demonym before a body\'s industry word stays a state\'s body, not a firm', () => {
    expect(entitiesOf('The Chinese Energy ministry spoke.')).not.toContain('Chinese Energy (company)');
  });
});
