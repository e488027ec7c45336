import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper fe86, from stop 85's last fresh samples: false makers' edges. Platforms named before a software kind are what it runs on,
// not what its maker makes; a name cut at a lens's or a sensor's measure is no product; a firm's aside that names the firm it bought
// leaves the maker noun after it to the bought firm. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('platforms before a software kind are not made things', () => {
  // The named thing after the kind is not read yet either (left for later): what is asserted is that no platform is made.
  it('a possessed list of platforms before a singular kind and its name: no platform is made', () => {
    const platforms = /-> (?:iOS|Mac|Android|Windows|iPad|iPhone)$/;
    expect(develops("Zenco's iOS and Mac editor Qorva won an award.").filter((c) => platforms.test(c))).toEqual([]);
    expect(develops("Zenco's Android and Windows photo app Vexa is free.").filter((c) => platforms.test(c))).toEqual([]);
    expect(develops("Qorva's iPad and iPhone video player Zeta topped the charts.").filter((c) => platforms.test(c))).toEqual([]);
  });

  it('an apposed "the <platforms> <kind>" after the name leaves the platforms out', () => {
    expect(develops('Qorva, the iPhone and Mac photo editor, was developed by Zenco.')).toEqual(['Zenco -develops-> Qorva']);
    expect(develops('Vexa, the Windows and macOS video editor, was built by Qorva Labs.')).toEqual(['Qorva Labs -develops-> Vexa']);
    expect(develops('Zeta, the Android and iOS browser, is made by Zenco.')).toEqual(['Zenco -develops-> Zeta']);
  });

  it('guards: a platform made by its own maker, or one that is the thing made, stays', () => {
    expect(develops('Zenco released the Zeta app, and Apple released iOS 19.')).toContain('Apple -develops-> iOS 19');
    expect(develops("Apple's iPad tablet sold well.")).toEqual(['Apple -develops-> iPad']);
    expect(develops('Zenco makes Qorva, an app for iPhone and iPad.')).toEqual(['Zenco -develops-> Qorva']);
  });
});

describe('a name cut at a measure is no product', () => {
  it('a name followed by a focal length or an aperture gives no edge', () => {
    expect(develops("Zenco's ZF 35mm f/2 lens costs $500.")).toEqual([]);
    expect(develops('The Vexa 24-70mm f/2.8 zoom is made by Qorva.')).toEqual([]);
    expect(develops('Qorva launched the Zeta 50mm F1.8 lens for its cameras.')).toEqual([]);
  });

  it('guards: names with a number that is no measure stay whole', () => {
    expect(develops('Zenco launched the Vexa 3 printer and the Vexa 3 Pro.')).toEqual(['Zenco -develops-> Vexa 3', 'Zenco -develops-> Vexa 3 Pro']);
    expect(develops('Qorva makes the Zeta X1 robot.')).toEqual(['Qorva -develops-> Zeta X1']);
    expect(develops("Zenco's Zeta lens costs $500.")).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe('a maker noun after a firm its subject bought is that firm\'s', () => {
  it('"A, which bought B, maker of C" gives B develops C only', () => {
    expect(develops('Zenco, which bought Qorva, maker of the Vexa camera, said sales rose.')).toEqual(['Qorva -develops-> Vexa']);
    expect(develops('Zenco, which acquired Qorva, the developer of the Zeta-2 model, reported results.')).toEqual(['Qorva -develops-> Zeta-2']);
    expect(develops('Zenco, which took over Qorva, the maker of the Vexa printer, grew fast.')).toEqual(['Qorva -develops-> Vexa']);
  });

  it('guards: the acquirer as the maker, or an aside naming no firm, keeps its edge', () => {
    expect(develops('Zenco, which bought Qorva in 2019, is the maker of the Vexa camera.')).toEqual(['Zenco -develops-> Vexa']);
    expect(develops('Zenco bought Qorva, maker of the Vexa camera.')).toEqual(['Qorva -develops-> Vexa']);
    expect(develops('Zenco, which was founded in 2010, maker of the Vexa camera, grew fast.')).toEqual(['Zenco -develops-> Vexa']);
    expect(develops('Zenco, which is based in Zembla, maker of the Vexa camera, grew.')).toContain('Zenco -develops-> Vexa');
  });
});

describe("a simile's object is not made", () => {
  it('"something like a X", "what looks like a X", "resembling the X" give no edge to the compared thing', () => {
    expect(develops('Zenco has built something like a Zorbo for lawns.')).toEqual([]);
    expect(develops('Zenco has developed what looks like a Qorvix for kitchens.')).toEqual([]);
    expect(develops('Zenco designed a drone resembling the Vexa Hawk.')).toEqual([]);
  });

  it('guards: examples after a plural kind, and the named thing beside a simile, stay made', () => {
    expect(develops('Zenco makes robots like the Zorbo and the Zeta.')).toEqual(['Zenco -develops-> Zeta', 'Zenco -develops-> Zorbo']);
    expect(develops('Zenco has built the Zeta, something like a Zorbo for lawns.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco sells phones, like the Zeta 5, in Ruritania.')).toEqual(['Zenco -develops-> Zeta 5']);
  });
});

describe('a firm and its short name are one firm', () => {
  it('"ZQT (Zenco Quantum Technologies)" makes nothing of itself', () => {
    expect(develops('ZQT (Zenco Quantum Technologies) develops the Vexa chip.').filter((c) => /Zenco Quantum Technologies -develops-> ZQT|ZQT -develops-> Zenco/.test(c))).toEqual([]);
    expect(develops('ZQ (Zenco Quantum) develops the Vexa chip.').filter((c) => /Zenco Quantum -develops-> ZQ$|ZQ -develops-> Zenco/.test(c))).toEqual([]);
    expect(develops('QSpace (Qorva Space) launched the Zeta-1 satellite.').filter((c) => /Qorva Space -develops-> QSpace|QSpace -develops-> Qorva/.test(c))).toEqual([]);
  });

  it('guards: a product named with the firm\'s initials and a number, or the firm\'s own brand, stays made', () => {
    expect(develops('Zenco Quantum Technologies develops the ZQT-1 chip.')).toEqual(['Zenco Quantum Technologies -develops-> ZQT-1']);
    expect(develops('Zenco Quantum Technologies (ZQT) develops Zenco Cloud.')).toEqual(['Zenco Quantum Technologies -develops-> Zenco Cloud']);
    expect(develops('Qorva Robotic Systems launched QRS Mini, a small robot.')).toEqual(['Qorva Robotic Systems -develops-> QRS Mini']);
  });
});
