import { describe, expect, it } from 'vitest';
import { entitiesOf, extract, scoredClaimsOf } from './extract-helpers';

// Stop 47's families, from stop 46's last fresh samples, on sentences written for the tests:
// firms named only with their legal form, and lists whose items carry their own commas.

describe('a firm the article names only with its legal form is labelled as written', () => {
  it.each([
    ['The Treasury sanctioned Zenco Multi Trading Co Ltd on Tuesday.', 'Zenco Multi Trading Co Ltd'],
    ['Britain sanctioned Qorva Economic Corporation Ltd.', 'Qorva Economic Corporation Ltd'],
    ['The Commerce Department added Zenco Technologies Co., Ltd. to the Entity List.', 'Zenco Technologies Co., Ltd'],
    ['Britain sanctioned Marlin Trade Pte. Ltd. on Monday.', 'Marlin Trade Pte. Ltd'],
    ['Britain sanctioned Velmar Shipping LLC.', 'Velmar Shipping LLC'],
  ])('"%s" → %s', (text, label) => {
    expect(entitiesOf(text)).toContain(`${label} (company)`);
  });

  it('keeps the short name as an alias, and the key that folds every form into one node', () => {
    const written = extract('Britain sanctioned Velmar Shipping LLC.').entities.find((e) => e.label === 'Velmar Shipping LLC');
    const short = extract('Velmar Shipping denied it.').entities.find((e) => e.label === 'Velmar Shipping');
    expect(written?.aliases).toContain('Velmar Shipping');
    expect(written?.key).toBe(short?.key);
  });

  it('a firm also named without its legal form keeps the short label; one the lexicon knows is labelled by its written name, without the form', () => {
    expect(entitiesOf('Velmar Shipping LLC was sanctioned by Britain. Velmar Shipping denied it.')).toContain('Velmar Shipping (company)');
    expect(entitiesOf('The US sanctioned Huawei Technologies Co., Ltd. in 2019.')).toContain('Huawei Technologies (company)');
  });

  it('names the claims by the written name', () => {
    expect(scoredClaimsOf('The US Treasury sanctioned Zenco Multi Trading Co Ltd and Qorva Economic Corporation Ltd.')).toEqual([
      'Treasury Department -restricts-> Qorva Economic Corporation Ltd',
      'Treasury Department -restricts-> Zenco Multi Trading Co Ltd',
    ]);
  });
});

describe('a list whose items carry their own commas, parted by semicolons', () => {
  it.each([
    [
      'The Treasury designated Zenco Trading, a front company for the army; Qorva Logistics, which shipped parts to Zembla; and Velmar Shipping.',
      ['Treasury -restricts-> Qorva Logistics', 'Treasury -restricts-> Velmar Shipping', 'Treasury -restricts-> Zenco Trading'],
    ],
    [
      'OFAC sanctioned three entities: Zenco Trading Co Ltd, a firm that procured parts; Qorva Logistics LLC; and Velmar Shipping Ltd.',
      ['Office of Foreign Assets Control -restricts-> Qorva Logistics LLC', 'Office of Foreign Assets Control -restricts-> Velmar Shipping Ltd', 'Office of Foreign Assets Control -restricts-> Zenco Trading Co Ltd'],
    ],
    [
      'Britain sanctioned Zenco Trading, a shipping firm; and Qorva Logistics, its parent, the ministry said.',
      ['United Kingdom -restricts-> Qorva Logistics', 'United Kingdom -restricts-> Zenco Trading'],
    ],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('two clauses joined by "; and" are no list', () => {
    expect(scoredClaimsOf('Ruritania banned Zeta, citing security; and Borduria banned Vela.')).toEqual(['Borduria -banned-> Vela', 'Ruritania -banned-> Zeta']);
  });

  it('a name inside an item\'s description is no member', () => {
    expect(scoredClaimsOf('The Treasury designated Zenco Trading, a supplier of Qorva Motors; and Velmar Shipping.')).toEqual(['Treasury -restricts-> Velmar Shipping', 'Treasury -restricts-> Zenco Trading']);
  });
});

describe('"Others include" right after an act names more of its targets', () => {
  it.each([
    ['Britain sanctioned 12 firms on Monday. Others include Zenco Trading and Qorva Logistics.', ['United Kingdom -restricts-> Qorva Logistics', 'United Kingdom -restricts-> Zenco Trading']],
    ['India banned 59 apps on Monday. Others include Zeta Chat and Vela Video.', ['India -banned-> Vela Video', 'India -banned-> Zeta Chat']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('only right after the act', () => {
    expect(scoredClaimsOf('Britain sanctioned 12 firms on Monday. Zenco denied wrongdoing. Others include Qorva Logistics.')).toEqual([]);
    expect(scoredClaimsOf('Zenco makes drones. Others include Qorva Logistics.')).toEqual([]);
  });
});

describe('stop 47, second round: acts going on, kinds of game, studios, sanctions on people', () => {
  it.each([
    ['The Treasury sanctioned Zenco Trading on Monday. It also targeted Qorva Logistics and Velmar Shipping.', ['Treasury -restricts-> Qorva Logistics', 'Treasury -restricts-> Velmar Shipping', 'Treasury -restricts-> Zenco Trading']],
    ['The Bureau of Industry and Security (BIS) added Zenco Ltd to the Entity List. BIS also added Qorva Ltd.', ['Bureau of Industry and Security -restricts-> Qorva Ltd', 'Bureau of Industry and Security -restricts-> Zenco Ltd']],
  ])('the act\'s actor going on with "also": "%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('"also targeted" goes on only with the actor of the act just before, and only with its direct object', () => {
    expect(scoredClaimsOf('Britain sanctioned Zenco Trading on Monday. It also targeted officials in Zembla.')).toEqual(['United Kingdom -restricts-> Zenco Trading']);
    expect(scoredClaimsOf('Britain sanctioned Zenco Trading on Monday. Qorva also targeted Velmar Shipping.')).toEqual(['United Kingdom -restricts-> Zenco Trading']);
    expect(scoredClaimsOf('Hackers targeted Zenco Trading last year.')).toEqual([]);
  });

  it.each([
    ['Zeta Quest is an action RPG by Nintendo.', ['Nintendo -develops-> Zeta Quest']],
    ['Players loved Zeta Quest, an action RPG by Nintendo.', ['Nintendo -develops-> Zeta Quest']],
    ["Nintendo's new shooter Zeta Quest sold well.", ['Nintendo -develops-> Zeta Quest']],
    ['Players loved Zeta Quest, an action RPG by Zenco Interactive.', ['Zenco Interactive -develops-> Zeta Quest']],
    ['The game was made by Qorva Studios, which also made Zeta Run.', ['Qorva Studios -develops-> Zeta Run']],
  ])('a kind of game, and a studio by its name: "%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('sanctions on officials who back a state restrict no state', () => {
    expect(scoredClaimsOf("The US imposed sanctions against officials who back Myanmar's junta.")).toEqual([]);
    expect(scoredClaimsOf("The US sanctioned Zenco Trading and officials backing Myanmar's junta.")).toEqual(['United States -restricts-> Zenco Trading']);
  });
});

describe('stop 47, second round: makers in a compound or an apposition, numbered and new kinds of product, rivals by "competitive with"', () => {
  it.each([
    ['ChatGPT-maker OpenAI raised money.', ['OpenAI -develops-> ChatGPT']],
    ['TikTok-owner ByteDance raised money.', ['ByteDance -develops-> TikTok']],
    ['TikTok-parent company ByteDance raised money.', ['ByteDance -develops-> TikTok']],
    ["Zeta Labs (ZL), Quill's developer, says the app is safe.", ['Zeta Labs -develops-> Quill']],
    ["The app was built by Zenco, Quill's original developer.", ['Zenco -develops-> Quill']],
    ['Zenco and Qorva are competitive with one another.', ['Zenco -competes_with-> Qorva']],
    ['The Zeta X is highly competitive with the MacBook Air.', ['Zeta X -competes_with-> MacBook Air']],
    ["Intel's 12-core Zeta X chip is fast.", ['Intel -develops-> Zeta X']],
    ["Nintendo's latest handheld, the Zeta Boy, sold well.", ['Nintendo -develops-> Zeta Boy']],
    ['Ford unveiled its Zeta pickup on Monday.', ['Ford -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a maker compound with no name after it, or prices that compete, make no claim', () => {
    expect(scoredClaimsOf('The ChatGPT-maker said it would appeal.')).toEqual([]);
    expect(scoredClaimsOf("Zenco's prices are competitive with Qorva.")).toEqual([]);
    expect(scoredClaimsOf("Zenco, Qorva's parent, said so.")).toEqual([]);
  });
});

describe('stop 47, third round: bodies counted, acts aimed at, facing an act a state reports, lists with people and groups', () => {
  it('a state\'s bodies counted, or a state named before its firms, are not the state acted on', () => {
    expect(scoredClaimsOf('The US imposed sanctions on three Iranian agencies.')).toEqual([]);
    expect(scoredClaimsOf('A Russian state-backed agency was sanctioned by the EU.')).toEqual([]);
    expect(scoredClaimsOf('Beijing placed U.S. defence firms on its own Unreliable Entity List.')).toEqual([]);
    // A state's generic body acting is still the state.
    expect(scoredClaimsOf('Iranian officials banned Zeta.')).toEqual(['Iran -banned-> Zeta']);
  });

  it.each([
    ['Britain imposed new sanctions on Monday. The sanctions are aimed at Zenco Trading and Qorva Logistics.', ['United Kingdom -restricts-> Qorva Logistics', 'United Kingdom -restricts-> Zenco Trading']],
    ['Britain imposed new sanctions on Monday. The measures are directed at Zenco Trading.', ['United Kingdom -restricts-> Zenco Trading']],
    ['Zenco Trading will face sanctions, the US Treasury said.', ['Treasury Department -restricts-> Zenco Trading']],
    ['The Treasury sanctioned Zenco Trading, its CEO Ivan Petrov and Qorva Logistics.', ['Treasury -restricts-> Qorva Logistics', 'Treasury -restricts-> Zenco Trading']],
    ['The Treasury imposed sanctions on the state-owned Zenco Oil, and crony groups Qorva Logistics and Velmar Shipping.', ['Treasury -restricts-> Qorva Logistics', 'Treasury -restricts-> Velmar Shipping', 'Treasury -restricts-> Zenco Oil']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('aims at no one unnamed, and a hedged facing is no claim', () => {
    expect(scoredClaimsOf('Britain imposed new sanctions on Monday. The sanctions are aimed at curbing trade with Zenco Trading.')).toEqual([]);
    expect(scoredClaimsOf('Zenco Trading could face sanctions, the US Treasury said.')).toEqual([]);
  });
});
