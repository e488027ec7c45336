import { describe, expect, it } from 'vitest';
import { scoredClaimsOf } from './extract-helpers';

// Helper fls94, from stop 93's fresh sample set 90 (the readers' false edges): a model number glued to a firm's short alias, "GM" and
// "Bt" before a crop, places after "located in", a possessed list opening with a firm, a contest's venue and a landmark were read as
// makers, made things or rivals. Sentences written for the tests.

const claims = (text: string): string[] => scoredClaimsOf(text);
const none = (text: string, pattern: RegExp): boolean => claims(text).every((c) => !pattern.test(c));

describe('a model number glued to a firm\'s short alias names no product of that firm', () => {
  it('"the BT-300 glasses" is no BT Group product', () => {
    for (const text of [
      'The BT-300 glasses went on sale in March.',
      'Vexa, a retailer, sells the BT-300 glasses in its stores.',
      'Qorva plans to distribute the BT-300 glasses in Zembla.',
      'The BT-300 and the BT-350 glasses were shown at the fair.',
      'Zenco did not make the BT-300 glasses.',
      'Investors in Zenco saw the BT-300 glasses as a bet.',
      'The Zenco BT-300 glasses compete with the Vexa Blade.',
      'A GM-200 drone was flown over the site by Qorva staff.',
      'The BT-35E glasses, sold by Vexa, went on sale.',
    ]) expect(none(text, /^(BT Group|BT|General Motors|GM) -develops->/), text).toBe(true);
    expect(none('The RTX-5090 card sold out in an hour.', /^RTX -develops->/)).toBe(true);
  });

  it('the firm that the text names keeps its product, and the alias alone keeps the firm', () => {
    expect(claims("Zenco's BT-300 glasses went on sale in March.")).toContain('Zenco -develops-> BT-300');
    expect(claims('BT Group launched a broadband router called Hubzo.')).toContain('BT Group -develops-> Hubzo');
    expect(claims('GM launched the Bolt EV in 2016.')).toContain('GM -develops-> Bolt EV');
    expect(claims("Zenco's BT-35E glasses went on sale.")).toContain('Zenco -develops-> BT-35E');
    expect(claims("Nvidia's RTX-5090 card was launched in January.")).toContain('Nvidia -develops-> RTX-5090');
  });
});

describe('"GM" and "Bt" before a crop name no firm', () => {
  it('genetically modified crops are no General Motors, the Bt toxin\'s crops no BT Group and no product "Bt"', () => {
    for (const text of [
      'Zembla banned GM crops in 2012.',
      'The court halted the release of GM mustard.',
      'Ruritania suspended imports of GM corn from Zembla.',
      'The farmers only grow non-GM soybeans.',
      'India approved Bt brinjal developed by Zenco Seeds.',
      'Farmers grow BT cotton made by Qorva Agri.',
      'Zembla put a moratorium on Bt eggplant.',
      'Qorva Agri sells Bt cotton seeds to farmers.',
      'Zembla banned GM Mustard in 2022.',
      'Zembla banned GM (genetically modified) crops in 2012.',
    ]) expect(none(text, /General Motors|BT Group|(^|> )(Bt|BT|GM)( -|$)/), text).toBe(true);
  });

  it('the carmaker and the telecom group keep their own acts', () => {
    expect(claims('Zembla banned GM from selling cars in 2020.')).toContain('Zembla -banned-> GM');
    expect(claims("GM's Cruise unit built the Zeta robotaxi.")).not.toContain('Zembla -banned-> GM');
  });
});

describe('places after "located in" or "based in" are no made things', () => {
  it('a list of places after a locating participle is not what the later verb made', () => {
    for (const text of [
      'The depots, located in Aston, Brill and Cole, will get chargers developed by Zenco.',
      'The stations, based in Aston and Brill, use chargers made by Zenco.',
      'The sites, situated in Aston, Brill, and Cole, run on chargers built by Zenco.',
      'The labs, headquartered in Aston, test chips designed by Zenco.',
    ]) expect(none(text, /-> (Aston|Brill|Cole)$/), text).toBe(true);
  });

  it('the firm placed keeps its own product', () => {
    expect(claims('Zenco, based in Aston, launched the Zeta charger.')).toContain('Zenco -develops-> Zeta');
    expect(claims('Zenco, located in Brill, makes the Zeta drone.')).toContain('Zenco -develops-> Zeta');
    // A comma that closes the aside ends the places: the name after it is the sentence's subject.
    expect(claims('Built by Zenco, a firm located in Aston, Zeta runs on phones.')).toContain('Zenco -develops-> Zeta');
  });
});

describe('a possessed list that opens with a firm is the owner\'s unit and its list mates', () => {
  it('the co-parties are not the owner\'s goods', () => {
    for (const text of [
      "The suit was brought by Zenco's Qorva Inc., Vexa Seeds and Lumo Plant LP.",
      "Zenco's Qorva Inc, Vexa Corp and Lumo Ltd signed the letter.",
    ]) expect(none(text, /^Zenco -develops-> (Vexa|Lumo)/), text).toBe(true);
  });

  it('a possessed list of products stays the owner\'s', () => {
    expect(claims("Zenco's Zeta and Vela apps were downloaded a million times.")).toEqual(expect.arrayContaining(['Zenco -develops-> Zeta', 'Zenco -develops-> Vela']));
    expect(claims("Zenco's Qorva, Vexa and Lumo apps were banned.")).toEqual(expect.arrayContaining(['Zenco -develops-> Qorva', 'Zenco -develops-> Vexa', 'Zenco -develops-> Lumo']));
  });
});

describe('a contest\'s venue is no rival', () => {
  it('the platform that hosts contests does not compete with the entrant', () => {
    for (const text of [
      'Zeta can compete at a human level in programming contests on Qorvahub.',
      'Zeta competed in contests hosted on Qorvahub.',
      'Zeta competes in coding challenges on Qorvahub every week.',
      'The model competed in tournaments at Qorvahub.',
    ]) expect(none(text, /competes_with/), text).toBe(true);
  });

  it('a rival named before the contest stays', () => {
    expect(claims('Zenco competes with Qorva in contests on Vexahub.')).toContain('Zenco -competes_with-> Qorva');
    expect(claims('Zenco competes with Qorva in the cloud market.')).toContain('Zenco -competes_with-> Qorva');
    expect(claims("Zenco faces competition from Vexa on Qorva's marketplace.")).toContain('Zenco -competes_with-> Vexa');
  });
});

describe('a landmark or a venue is no maker', () => {
  it('the wall the robot walked along did not release the next robot', () => {
    for (const text of [
      'After walking its Zeta-L along the Great Wall of Zembla, the company released footage of two Zeta-S robots.',
      'At the Vexa Tower, the firm unveiled the Zeta-S robot.',
      'Outside Lumo Cathedral, the company showed the Zeta-S robot.',
    ]) expect(none(text, /^(Great Wall|Vexa Tower|Lumo Cathedral)/), text).toBe(true);
  });

  it('a firm that unveils at a landmark keeps its product', () => {
    expect(claims('Zenco unveiled the Zeta robot at the Vexa Tower in Lumo.')).toContain('Zenco -develops-> Zeta');
    // A firm named like a landmark, with no article nor place's preposition before it, stays a firm.
    expect(claims('Great Wall launched the Zeta SUV in May.')).toContain('Great Wall -develops-> Zeta');
  });
});

describe('a short form two group companies share', () => {
  it('goes to the parent, not to the unit named last', () => {
    const text = "Zenco Group's unit Zenco Robotics built the Zeta arm. Zenco launched the Vexa drill in May.";
    expect(claims(text)).toContain('Zenco Group -develops-> Vexa');
    expect(claims(text)).not.toContain('Zenco Robotics -develops-> Vexa');
    expect(claims(text)).toContain('Zenco Robotics -develops-> Zeta');
  });

  it('goes to neither when no one of them is the parent', () => {
    const text = 'Zenco Robotics and Zenco Motors built the Zeta arm. Zenco launched the Vexa drill in May.';
    expect(none(text, /^Zenco (Robotics|Motors) -develops-> Vexa/)).toBe(true);
  });

  it('a short form of one firm still stands for it', () => {
    expect(claims('Zenco Robotics built the Zeta arm. Zenco launched the Vexa drill in May.')).toContain('Zenco Robotics -develops-> Vexa');
  });
});
