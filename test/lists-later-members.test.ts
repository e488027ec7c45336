import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper lists: later members of a list were lost (readers of real news name it the most common recall loss). A seller's kind
// before a later member ("store", "retailer", "chain", "brand"), a pair and then more members after a comma ("A and B, C and D"),
// and "like A, B, C, etc." each ended the list at its first member or pair. Sentences written for the tests.

describe('later members of a list', () => {
  it.each([
    ['Ruritania banned e-commerce platform Zenco, fast-fashion store Qorva and maker Plix.', 'Ruritania', ['Zenco', 'Qorva', 'Plix']],
    ['Zembla has blocked shopping app Zenco, discount retailer Qorva and online shop Plix.', 'Zembla', ['Zenco', 'Qorva', 'Plix']],
    ['Ruritania banned Zenco, budget chain Qorva and clothing brand Plix.', 'Ruritania', ['Zenco', 'Qorva', 'Plix']],
    ['Zembla banned Zenco and Qorva, Plix and Borin.', 'Zembla', ['Zenco', 'Qorva', 'Plix', 'Borin']],
    ['Ruritania banned apps like Zenapp, Qwik for Business, Plix, etc.', 'Ruritania', ['Zenapp', 'Qwik for Business', 'Plix']],
    ['Zembla blocked platforms such as Zenco, Qorva, Plix, etc. last year.', 'Zembla', ['Zenco', 'Qorva', 'Plix']],
    ['Ruritania banned apps including Zenapp, Qorva Chat, Plix Video, Borin Maps, etc., citing security.', 'Ruritania', ['Zenapp', 'Qorva Chat', 'Plix Video', 'Borin Maps']],
    ['Ruritania banned Zenco and Qorva, Plix and Borin, Vexa and Zeta.', 'Ruritania', ['Zenco', 'Qorva', 'Plix', 'Borin', 'Vexa', 'Zeta']],
    [
      'Zembla has now banned e-commerce platform Zenco, fast-fashion store Qorva, discount retailer Plix, clothing brand Borin, toy store Vexa and maker Zeta.',
      'Zembla',
      ['Zenco', 'Qorva', 'Plix', 'Borin', 'Vexa', 'Zeta'],
    ],
  ])('%s', (text, banner, members) => {
    const banned = only('banned')(scoredClaimsOf(text));
    for (const m of members) expect(banned).toContain(`${banner} -banned-> ${m}`);
  });

  it('a pair, a comma and three more members under sanctions', () => {
    const restricts = only('restricts')(scoredClaimsOf('Ruritania sanctioned Zenco and Qorva, Plix, Vexa and Borin on Monday.'));
    for (const m of ['Zenco', 'Qorva', 'Plix', 'Vexa', 'Borin']) expect(restricts).toContain(`Ruritania -restricts-> ${m}`);
  });

  it('a long list runs past the object reach', () => {
    const restricts = only('restricts')(
      scoredClaimsOf('Ruritania sanctioned Zenco, Qorva Technologies, Plix Systems, Borin Robotics, Vexa Labs, Zeta Devices and Nora Electronics on Monday.'),
    );
    expect(restricts).toContain('Ruritania -restricts-> Nora Electronics');
    expect(restricts).toContain('Ruritania -restricts-> Zeta Devices');
  });

  it('ten members under export controls', () => {
    const restricts = only('restricts')(
      scoredClaimsOf(
        'Ruritania imposed export controls on Zenco, Qorva Technologies, Plix Systems, Borin Robotics, Vexa Labs, Zeta Devices, Kelo Micro, Tavo Semiconductor, Lumo Chips and Sarn Circuits.',
      ),
    );
    expect(restricts).toHaveLength(10);
    expect(restricts).toContain('Ruritania -restricts-> Sarn Circuits');
  });

  it.each([
    // Places after the member are where it is banned, not what is banned.
    ['Ruritania banned Zenco in Ruritania, Zembla and Borduria.', ['Ruritania -banned-> Zenco']],
    // After the pair, a comma and a name that opens a clause of its own.
    ['Zembla banned Zenco and Qorva, Plix said on Monday.', ['Zembla -banned-> Qorva', 'Zembla -banned-> Zenco']],
    ['Zembla banned Zenco and Qorva, Plix and Borin reported.', ['Zembla -banned-> Qorva', 'Zembla -banned-> Zenco']],
    ['Ruritania banned Zenco, the store Qorva said.', ['Ruritania -banned-> Zenco']],
    // An apposition is no member.
    ['Ruritania banned Zenco, a store, and Qorva.', ['Ruritania -banned-> Qorva', 'Ruritania -banned-> Zenco']],
  ])('near miss: %s', (text, expected) => {
    expect(only('banned')(scoredClaimsOf(text)).sort()).toEqual(expected);
  });

  it("near miss: a possessor after the pair is no member ('Plix's owner said')", () => {
    expect(only('banned')(scoredClaimsOf("Zembla banned Zenco and Qorva, Plix's owner said."))).not.toContain('Zembla -banned-> Plix');
  });

  it("near miss: a rival's or partner's seller after a list is another party, no member ('and rival label Orba fell')", () => {
    expect(only('develops')(scoredClaimsOf('Zenco owns menswear brand Vela, and rival label Orba fell.'))).toEqual(['Zenco -develops-> Vela']);
    expect(only('develops')(scoredClaimsOf('Zenco owns menswear brand Vela, partner brand Orba and a stake in Lumo.'))).toEqual(['Zenco -develops-> Vela']);
  });
});
