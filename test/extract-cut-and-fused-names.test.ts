import { describe, expect, it } from 'vitest';
import { entitiesOf, scoredClaimsOf } from './extract-helpers';

// Helper nmb89, from stop 89's round-3 sample on names cut short or fused: a Title Case headline's noun of use or trade before its
// preposition is no name; a name after an outlet that was "told" is no product of the outlet's; dictionary words closed by a
// person's title name an office, no firm or product. Sentences written for the tests.

const labels = (text: string): string[] => entitiesOf(text).map((e) => e.replace(/ \(.*\)$/, ''));

describe('a headline noun of use or trade before its preposition', () => {
  it('"Bans Sales Of …", "Halts Imports From …": the noun is no banned thing', () => {
    for (const text of ['Zembla Bans Sales Of Some Zenco Diesels', 'Ruritania Halts Imports From Qorvatek', 'Zembla Bans Exports To Vexadyne']) {
      expect(labels(text)).not.toContain('Sales');
      expect(labels(text)).not.toContain('Imports');
      expect(labels(text)).not.toContain('Exports');
      expect(scoredClaimsOf(text).filter((c) => /-> (?:Sales|Imports|Exports)$/.test(c))).toEqual([]);
    }
  });

  it('a trade word inside a firm\'s name, or lower case in a sentence, is left as it was', () => {
    expect(labels('Zenco Sales Chief Quits Over Qorva Deal')).not.toContain('Sales');
    expect(scoredClaimsOf('Zembla banned sales of Zenco drones.')).toEqual(['Zembla -banned-> Zenco']);
    expect(scoredClaimsOf('Ruritania banned imports of the Zeta X9 drone.')).toEqual(['Ruritania -banned-> Zeta X9']);
  });
});

describe('an outlet told, then the reported clause\'s name', () => {
  it('"told Reuters Zenco had …": the name is the clause\'s subject, no product of the outlet\'s', () => {
    expect(scoredClaimsOf('Sources told Reuters Zenco had been competing with Qorva for the contract.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(scoredClaimsOf('A source told Bloomberg Qorva was developing the Zeta truck.')).toEqual(['Qorva -develops-> Zeta']);
    expect(scoredClaimsOf('Two people told Reuters Vexadyne had built the Zeta X9 drone.')).toEqual(['Vexadyne -develops-> Zeta X9']);
  });

  it('no outlet makes the named thing, and a maker\'s product after its name is still read', () => {
    for (const text of ['Sources told Reuters Zenco had been competing with Qorva.', 'A source told Bloomberg Qorva was developing the Zeta truck.']) {
      expect(labels(text)).not.toContain('Reuters Zenco');
      expect(labels(text)).not.toContain('Bloomberg Qorva');
      expect(scoredClaimsOf(text).filter((c) => /^(?:Reuters|Bloomberg) -develops->/.test(c))).toEqual([]);
    }
    expect(scoredClaimsOf('Samsung Gauss competes with the Zeta model.')).toContain('Samsung -develops-> Samsung Gauss');
  });
});

describe('a plus glued between two capitalised words', () => {
  it('"Zen+Gyr" is one name, not cut at the plus', () => {
    expect(labels('Ruritania banned Zen+Gyr meters last year.')).toContain('Zen+Gyr');
    expect(labels('Ruritania banned Zen+Gyr meters last year.')).not.toContain('Gyr');
    expect(labels('Vexa+Lund competes with Zenco in smart meters.')).toContain('Vexa+Lund');
  });

  it('a plus closing a name, or one set apart by spaces, is left as it was', () => {
    expect(labels('Zenco launched the Zeta+ phone, a rival to the Vexa Pro+.')).toEqual(expect.arrayContaining(['Zeta+', 'Vexa Pro+']));
    expect(labels('Zenco + Qorva: the two meter makers compete in Zembla.')).not.toContain('Zenco + Qorva');
  });
});

describe('an office named by dictionary words and a title', () => {
  it('"the Trade Minister said", "the Transport Secretary": no entity', () => {
    expect(labels('Zenco\'s Zeta app competes with Qorva\'s Vexa app, the Trade Minister said.')).not.toContain('Trade Minister');
    expect(labels('The Transport Secretary said Zembla banned Zenco drones.')).not.toContain('Transport Secretary');
    expect(labels('Zembla banned Zenco drones, the Finance Minister said on Monday.')).not.toContain('Finance Minister');
  });

  it('a titled person, a body before a title, or a coined firm before a title keeps its name', () => {
    expect(labels('Trade Minister Jane Roe said Zembla banned Zenco drones.')).toContain('Jane Roe');
    expect(labels('The Competition Commission Chairman said Zembla banned Zenco drones.')).toContain('Competition Commission Chairman');
    expect(scoredClaimsOf('The Trade Minister said Zembla banned Zenco drones.')).toEqual(['Zembla -banned-> Zenco']);
  });
});

describe('an equipment kind written as an acronym', () => {
  it('"importers of CNC machines", "ANPR cameras": the acronym is no firm or product', () => {
    expect(labels('Zembla banned importers of CNC machines from buying Zenco lathes.')).not.toContain('CNC');
    expect(labels('Ruritania banned Zenco\'s ANPR cameras.')).not.toContain('ANPR');
    expect(labels('Zenco builds HVDC links and competes with Qorva.')).not.toContain('HVDC');
    expect(scoredClaimsOf('Zembla banned importers of CNC machines from buying Zenco lathes.').filter((c) => c.includes('CNC'))).toEqual([]);
  });

  it('a coined name before the kind acronym keeps its claim', () => {
    expect(scoredClaimsOf('Zenco builds HVDC links and competes with Qorva.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(scoredClaimsOf('Ruritania banned Zenco\'s ANPR cameras.')).toEqual(['Ruritania -banned-> Zenco']);
  });
});
