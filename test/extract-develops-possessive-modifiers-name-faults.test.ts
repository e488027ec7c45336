import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper dvp93, from stop 92's fresh sample set 87 (smart speakers, books): a possessive before plain adjectives; and the name
// faults that made false develops edges: a quoted title holding commas split into names, a dollar's letters, a gathering's title,
// a caption's container words, a bracketed maker's noun read as a whole list's, and a known platform coordinated after another
// firm's possessive. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a possessive before plain adjectives', () => {
  it('plain adjectives, graded and coordinated by "but" or "yet", still name the owner\'s thing', () => {
    expect(develops("Zenco's acoustically strong but intellectually weak Zorb speaker sold well.")).toEqual(['Zenco -develops-> Zorb']);
    expect(develops("Zenco's strong Zorb speaker sold well.")).toEqual(['Zenco -develops-> Zorb']);
    expect(develops("Zenco's cheap yet sturdy Zorb 2 phone sold well.")).toEqual(['Zenco -develops-> Zorb 2']);
  });

  it('a rival, a deal, a unit or a stake after the words is no thing made', () => {
    expect(develops("Zenco's strong rival Qorva grew.")).toEqual([]);
    expect(develops("Zenco's big Qorva deal closed on Monday.")).toEqual([]);
    expect(develops("Zenco's small Qorva unit grew.")).toEqual([]);
    expect(develops("Zenco's small Qorva stake rose.")).toEqual([]);
    expect(develops("Zenco's strong Qorva partnership grew.")).toEqual([]);
    expect(develops("Zenco's big Qorva customer left.")).toEqual([]);
    expect(develops("Zenco's big Qorva order arrived.")).toEqual([]);
    expect(develops("Zenco's strong Qorva ties grew.")).toEqual([]);
    expect(develops("Zenco's long Qorva rivalry heated up.")).toEqual([]);
    expect(develops("Zenco's weak Ruritania sales fell.")).toEqual([]);
    expect(develops("Zenco's quiet Jon Doe left.")).toEqual([]);
  });

  it('the thing of a firm named after the words is that firm\'s', () => {
    expect(develops("Zenco's strong rival Qorva's Zorb speaker sold well.")).toEqual(['Qorva -develops-> Zorb']);
    expect(develops('Zenco praised the strong Zorb speaker from Qorva.')).toEqual(['Qorva -develops-> Zorb']);
  });
});

describe('a quoted title holding commas is one name', () => {
  it('the whole title is what was published', () => {
    expect(develops("Zembla Press published 'Salt, Iron and Rain' in 2019.")).toEqual(['Zembla Press -develops-> Salt, Iron and Rain']);
    expect(develops('Zembla Press published "Salt, Iron and Rain" in 2019.')).toEqual(['Zembla Press -develops-> Salt, Iron and Rain']);
  });

  it('never its parts', () => {
    const claims = develops("Zembla Press published 'Salt, Iron and Rain' in 2019.");
    expect(claims).not.toContain('Zembla Press -develops-> Salt');
    expect(claims).not.toContain('Zembla Press -develops-> Rain');
  });

  it('a quoted sentence naming firms is no title', () => {
    expect(only('competes_with')(scoredClaimsOf("Qorva said 'Zenco, Vexa and Lumo are rivals' on Monday."))).toContain('Zenco -competes_with-> Vexa');
  });
});

describe('words that name no product', () => {
  it('a dollar\'s letters are a currency', () => {
    expect(develops('Zenco set its HK $55 IPO price on Monday.')).toEqual([]);
    expect(develops("Zenco set its NZ $4 offer price and launched the Zorb 5 phone.")).toEqual(['Zenco -develops-> Zorb 5']);
  });

  it('a gathering\'s title is the event\'s', () => {
    expect(develops('Zenco held its annual Web Services conference in Las Vegas.')).toEqual([]);
    expect(develops('Zenco showed phones at its Zorb Developer summit in May.')).toEqual([]);
    expect(develops('Zenco showed phones at its yearly Zorb event in May.')).toEqual([]);
  });

  it('a quoted status word or a lone quoted name is no title', () => {
    expect(develops('The ministry amended imports of gold from "Free" to "Restricted" on Monday.')).toEqual([]);
    expect(develops("Zenco published 'Vela' and 'Salt, Iron and Rain' last year.").sort()).toEqual(['Zenco -develops-> Salt, Iron and Rain', 'Zenco -develops-> Vela']);
  });

  it('a launch event still names its product, and a firm hosting a conference stays a firm', () => {
    expect(develops('Zenco launched the Zorb 5 phone at its Vexa conference.')).toEqual(['Zenco -develops-> Zorb 5']);
  });

  it('a caption\'s container is no part of the maker\'s name', () => {
    expect(develops("Bottles of Zenco's Qorva brand oil are displayed at a shop.")).toEqual(['Zenco -develops-> Qorva']);
    expect(develops("Packets of Zenco's Qorva brand noodles sit on a shelf.")).toEqual(['Zenco -develops-> Qorva']);
  });
});

describe('a bracketed maker\'s noun is the bracketed name\'s', () => {
  it('each firm makes what its own bracket names', () => {
    const claims = develops('Qorva (makers of Zorb), Zenco (makers of Tarn) and Vexa (makers of Lumo) met in May.');
    expect(claims).toContain('Vexa -develops-> Lumo');
    expect(claims).toContain('Zenco -develops-> Tarn');
    expect(claims).not.toContain('Qorva -develops-> Lumo');
    expect(claims).not.toContain('Zenco -develops-> Lumo');
  });

  it('a plural noun after a list with no brackets of its own is every member\'s', () => {
    expect(develops('Zenco and Qorva (makers of Tarn) met in May.').sort()).toEqual(['Qorva -develops-> Tarn', 'Zenco -develops-> Tarn']);
  });

  it('a singular noun is the last name\'s; a bracket naming a client makes nothing', () => {
    expect(develops('Zenco and Qorva (maker of Tarn) met in May.')).toEqual(['Qorva -develops-> Tarn']);
    expect(develops('Zenco met Qorva (a client of Vexa) in May.')).toEqual([]);
  });
});

describe('a known platform after a coordinated possessive keeps its maker', () => {
  it('"Zenco\'s QorvOS and Android": Android stays its maker\'s', () => {
    expect(develops("Zenco's QorvOS and Android run on phones.")).toEqual(['Zenco -develops-> QorvOS']);
    expect(develops("Zenco's QorvOS, Windows and Android run on phones.")).toEqual(['Zenco -develops-> QorvOS']);
  });

  it('the platform\'s own maker keeps it', () => {
    expect(develops("Google's Pixel and Android grew.")).toContain('Google -develops-> Android');
  });
});

describe('a thing from a firm called a rival', () => {
  it('is that firm\'s, and no rival of it', () => {
    const claims = scoredClaimsOf('Buyers snapped up Zorb speakers from rival Zenco.');
    expect(only('develops')(claims)).toEqual(['Zenco -develops-> Zorb']);
    expect(only('competes_with')(claims)).toEqual([]);
    expect(develops("Qorva's Tarn speaker faces the Zorb speaker from its arch-rival Zenco.")).toContain('Zenco -develops-> Zorb');
  });

  it('not a thing bought, won, licensed or hired from the rival, nor the rival\'s own thing named after it', () => {
    expect(develops('Qorva bought Zorb chips from rival Zenco.')).toEqual([]);
    expect(develops('Qorva won the Zorb contract from rival Zenco.')).toEqual([]);
    expect(develops('Qorva licensed the Zorb patent from rival Zenco.')).toEqual([]);
    expect(develops('Qorva hired the Zorb team from rival Zenco.')).toEqual([]);
    expect(develops('Qorva poached Jon Doe from rival Zenco.')).toEqual([]);
    expect(develops("Qorva copied the Zorb app from rival Zenco's Tarn.")).toEqual(['Zenco -develops-> Tarn']);
  });
});
