import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Review rr90e of stop 90's round 4 (name, coreference and clause rules): a relative clause with a subject or time phrase of its own is
// no singular verb's; "The maker of" after two firms named in reach; an acronym that stands alone is its own firm's; a dimension kept
// in a name the article spells with it; a leader's tariffs named as lifted or ended; an outlet cited by its kind. Sentences written for
// the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();
const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();
const all3 = ['Lumex -develops-> Zeta', 'Qorva -develops-> Zeta', 'Vexa -develops-> Zeta'];

describe('a relative clause after a list: the singular verb only', () => {
  it('a subject or a time phrase of its own keeps the whole list', () => {
    expect(develops('Analysts compared Qorva, Vexa and Lumex, which this year launched Zeta washers.')).toEqual(all3);
    expect(develops('Qorva, Vexa and Lumex, which this week make Zeta washers, raised prices.')).toEqual(all3);
    expect(develops('Regulators in Ruritania said Qorva, Vexa and Lumex, which analysts say make Zeta fertiliser, must pay fines.')).toEqual(all3);
    expect(develops('Qorva, Vexa and Lumex, which regulators believe make Zeta soap, raised prices.')).toEqual(all3);
  });

  it('a verb in the singular right after the pronoun is still the last member\'s alone', () => {
    expect(develops('Zenco competes with rivals such as Qorva, Vexa and Lumex, which makes Zeta dishwashers.')).toEqual(['Lumex -develops-> Zeta']);
    expect(develops('Zenco competes with rivals such as Qorva, Vexa and Lumex, which also makes Zeta dishwashers.')).toEqual(['Lumex -develops-> Zeta']);
    expect(develops('Qorva, Vexa and Lumex, which all make Zeta washers, raised prices.')).toEqual(all3);
  });
});

describe('"The maker of" opening a sentence', () => {
  it('gives no guess when two firms were named in reach, a neutral sentence between or not', () => {
    expect(develops('Zenco Inc agreed to buy Qorva Ltd for $2bn. Shares rose 4% on Monday. The maker of Vexa soap said it would keep all jobs.')).toEqual([]);
    expect(develops('Zenco Inc agreed to buy Qorva Ltd for $2bn. Shares rose 4% on Monday. Analysts were upbeat. The maker of Vexa soap said it would keep all jobs.')).toEqual([]);
  });

  it('still points back to the one firm named', () => {
    expect(develops('Zenco Inc reported results on Monday. The maker of Vexa and Lumo said sales rose.')).toEqual(['Zenco Inc -develops-> Lumo', 'Zenco Inc -develops-> Vexa']);
    expect(develops('Zenco Inc reported results on Monday. Shares rose 4%. The maker of Vexa and Lumo said sales rose.')).toEqual(['Zenco Inc -develops-> Lumo', 'Zenco Inc -develops-> Vexa']);
  });
});

describe('an acronym before a product name', () => {
  it('keeps its maker when it stands alone as a firm in the sentence, whatever firm shares its initials', () => {
    expect(develops("Lumo Group sells watches in Ruritania. LG makes the LG Gram laptop and LG's Gram sells well.")).toEqual(['LG -develops-> LG Gram']);
    expect(develops('Lumo Group sells watches in Ruritania. LG makes the LG Gram laptop.')).toEqual(['LG -develops-> LG Gram']);
    expect(develops("Leo Garner, the chief executive, spoke. LG makes the LG Gram laptop and LG's Gram sells well.")).toEqual(['LG -develops-> LG Gram']);
  });
});

describe('a dimension before a kind', () => {
  it('stays in the name the article spells with it, and tells two variants apart', () => {
    const text = 'Zenco launched the Zeta 3D in May. The Zeta 3D printer costs $300 and Zenco makes the Zeta 3D printer in Ruritania.';
    expect(develops(text)).toEqual(['Zenco -develops-> Zeta 3D']);
    expect(entitiesOf(text)).not.toContainEqual(expect.stringMatching(/^Zeta \(/));
    expect(develops('Zenco makes the Zeta 3D scanner and the Zeta 4D radar.')).toEqual(['Zenco -develops-> Zeta 3D', 'Zenco -develops-> Zeta 4D']);
  });

  it('still describes the thing when the name never goes without it', () => {
    expect(develops('Zenco launched the Zeta 3D camera last year.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco makes the Zeta 3D scanner and the Zeta 3D printer.')).toEqual(['Zenco -develops-> Zeta']);
  });
});

describe("a leader's tariffs", () => {
  it('lifted, ended or expired, are no act in force', () => {
    expect(restricts("Trump's tariffs on Canada ended last year.")).toEqual([]);
    expect(restricts("Zenco said Trump's tariffs on Canada were lifted in May.")).toEqual([]);
    expect(restricts("Trump's steel tariffs on Canada were lifted in May, Zenco said.")).toEqual([]);
    expect(restricts("Trump's tariffs on Canada expired in March.")).toEqual([]);
  });

  it('in force, they restrict, whatever a later clause says', () => {
    expect(restricts("Trump's tariffs on Canada hurt Zenco.")).toEqual(['United States -restricts-> Canada']);
    expect(restricts("Trump's steel tariffs on Canada, which took effect in May, hurt Zenco.")).toEqual(['United States -restricts-> Canada']);
    expect(restricts("Trump's tariffs on Canada hurt Zenco, which ended its Zeta line.")).toEqual(['United States -restricts-> Canada']);
  });
});

describe('an outlet named by its kind', () => {
  it('is never the firm a later "The group" means', () => {
    expect(develops('Zenco said in an interview with the newspaper Zembla Times that sales rose. The group makes Vexa soap.').filter((c) => c.startsWith('Zembla'))).toEqual([]);
    expect(develops('Zenco said in an interview with the broadsheet Zembla Post that sales rose. The group makes Vexa soap.').filter((c) => c.startsWith('Zembla'))).toEqual([]);
    expect(develops('Zenco told the news agency Zembla Press that sales rose. The group makes Vexa soap.').filter((c) => c.startsWith('Zembla'))).toEqual([]);
  });
});
