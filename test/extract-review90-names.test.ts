import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper fxn90, from the re-read of stop 90's name, typing and ownership rules (rr90): the possessor of a noun for another party
// is not what "its" means; an operator's testing makes nothing; a reactor's class is no product; a possessive agent is not the
// maker; a speaker's firm written as a possessive keeps "our" from the sentence before; a brand before "maker" is read by its
// place, not a word list; a law named "… Framework" is no firm; a home "power station" is a product; a wire slug is no part of a
// firm's name. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();
const proposedDevelops = (text: string): string[] => only('develops')(claimsOf(text, 'proposed')).sort();

describe('the possessor of a noun for another party', () => {
  it('a rival, customer, supplier or officer of the possessor owns the "its" after it', () => {
    expect(develops("Zenco Inc's biggest rival said on Monday that its Zeta phone sold well.")).toEqual([]);
    expect(develops("Zenco Inc's largest customer said its Zeta phones would be built in Poland.")).toEqual([]);
    expect(develops("Zenco Inc's former chief executive has founded a startup whose backers say its Zeta app will launch soon.")).toEqual([]);
    expect(develops("Zenco Inc's main supplier said its Zeta chips were in short supply.")).toEqual([]);
    expect(develops("Zenco Inc's partner said its Zeta app would launch in May.")).toEqual([]);
  });

  it('a noun for the possessor\'s own act or plan still gives "its" to the possessor', () => {
    expect(develops("Zenco Inc's push into phones means its Zeta phone will sell in Ruritania.")).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops("Zenco Inc's decision to cut prices helped its Zeta phone sell well.")).toEqual(['Zenco Inc -develops-> Zeta']);
  });
});

describe('a making named in the next sentence', () => {
  it('an operator testing or showing a thing does not make it', () => {
    expect(develops('Vexa Airlines tested a new jet on Monday. The jet, called Zeta, can carry 200 passengers.')).toEqual([]);
    expect(proposedDevelops('Zenco Corp will demonstrate a new drone in May. The drone, called Zeta, can fly for ten hours.')).toEqual([]);
  });

  it('a thing made by another firm is that firm\'s', () => {
    expect(proposedDevelops('Zenco Corp will unveil a drone made by Qorva Inc. The drone, called Zeta, can fly for ten hours.')).not.toContain('Zenco Corp -develops-> Zeta');
    expect(develops('Zenco Corp launched a phone built by Qorva Inc. The phone, called Zeta, sold well.')).not.toContain('Zenco Corp -develops-> Zeta');
  });

  it('a firm building or unveiling a thing still makes the thing named next', () => {
    expect(develops('Zenco Corp has built a new drone. The drone, called Zeta, can fly for ten hours.')).toEqual(['Zenco Corp -develops-> Zeta']);
    expect(develops('Zenco Corp unveiled a prototype on Monday. The prototype, known as Zeta, can fly for ten hours.')).toEqual(['Zenco Corp -develops-> Zeta']);
    expect(proposedDevelops('Zenco Corp will build a new reactor in Ruritania. Dubbed Zeta-1, the reactor will open in 2030.')).toEqual(['Zenco Corp -develops-> Zeta-1']);
  });
});

describe("a reactor's class after its name", () => {
  it('the class is no product, and the named reactor keeps its claims', () => {
    expect(entitiesOf("Zenco Inc's Zeta SMR will compete with the Vexa reactor from Qorva Inc.")).not.toContain('SMR (product)');
    expect(scoredClaimsOf("Zenco Inc's Zeta SMR competes with Qorva Inc's Vexa SMR.").some((c) => /Zeta.* -competes_with-> Vexa/.test(c))).toBe(true);
    const said = scoredClaimsOf('Zenco Inc said its Zeta SMR is cheaper than rival Qorva Inc\'s Vexa SMR.');
    expect(said.some((c) => /^Zenco Inc -develops-> Zeta/.test(c))).toBe(true);
  });
});

describe('a possessed thing made in the passive by a possessive', () => {
  it('the firm whose rival or staff made the thing is not its maker', () => {
    expect(develops("Zenco's Zeta, built by Qorva's rival Vexa, went on sale on Monday.")).not.toContain('Qorva -develops-> Zeta');
    expect(develops("Zenco Inc's Zeta phones were built by Qorva Inc's former engineers.")).not.toContain('Qorva Inc -develops-> Zeta');
  });

  it('the agent itself still makes it', () => {
    expect(develops("Zenco Inc's Zeta phones were built by Qorva Inc.")).toContain('Qorva Inc -develops-> Zeta');
    expect(develops("Zenco Inc's Zeta phones were built by Qorva Inc's factory in Ruritania.")).not.toContain('Zenco Inc -develops-> Qorva Inc');
  });
});

describe('"our" with a possessive firm in the sentence', () => {
  it('the speaker\'s firm as a possessive keeps "our" from the firm of the sentence before', () => {
    expect(develops('Zenco Inc sued Qorva Inc last year. "Our brands such as Zeta are growing," said Vexa Smith, Qorva\'s chief executive.')).not.toContain('Zenco Inc -develops-> Zeta');
  });

  it('with no firm in the sentence, "our" is the firm of the sentence before', () => {
    expect(develops('Zenco Inc reported results on Monday. Our brands such as Zeta and Plixo are growing.')).toEqual(['Zenco Inc -develops-> Plixo', 'Zenco Inc -develops-> Zeta']);
  });
});

describe('a brand before "maker" opening a sentence', () => {
  it('a brand spelt as an English word is the maker\'s product', () => {
    expect(develops('Echo maker Zenco said sales rose.')).toEqual(['Zenco -develops-> Echo']);
    expect(develops('Surface maker Zenco said sales rose.')).toEqual(['Zenco -develops-> Surface']);
    expect(develops('Pixel maker Zenco said sales rose.')).toEqual(['Zenco -develops-> Pixel']);
  });

  it('a trade or a kind of goods before "maker" is no product', () => {
    expect(develops('Kitchen maker Zenco said sales rose.')).toEqual([]);
    expect(develops('Furniture maker Zenco said sales rose.')).toEqual([]);
    expect(develops('Chip maker Zenco said sales rose.')).toEqual([]);
    expect(develops('Toy maker Zenco said sales rose.')).toEqual([]);
    expect(develops('Crystal maker Zenco said its Zeta glasses sold well.')).not.toContain('Zenco -develops-> Crystal');
  });
});

describe('a law named "… Framework"', () => {
  it('is never a firm that bans', () => {
    const law = entitiesOf('Zenco Inc said the Qorvan Framework, a law passed by Germany, bans Vexa Inc.');
    expect(law).not.toContain('Qorvan Framework (company)');
    expect(only('banned')(scoredClaimsOf('Zenco Inc said the Qorvan Framework, a law passed by Germany, bans Vexa Inc.')).filter((c) => /Framework/.test(c))).toEqual([]);
    expect(entitiesOf('Zenco Inc said the Zenco Framework, a set of rules adopted by the EU, bans Vexa Inc.')).not.toContain('Zenco Framework (company)');
  });
});

describe('a product "power station"', () => {
  it('a model code or a home or portable one is a product', () => {
    expect(develops('Zenco Inc unveiled the Zeta 3000 solar power station for homes.')).toEqual(['Zenco Inc -develops-> Zeta 3000']);
    expect(develops('Zenco Inc unveiled the Zeta portable power station for campers.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });

  it('a plant named before "power station" is a site', () => {
    expect(develops('Zenco Inc built the Zeta power station in Ruritania.')).toEqual([]);
    expect(develops('Zenco Inc runs the Zeta nuclear power station.')).toEqual([]);
  });
});

describe('a wire slug before a firm', () => {
  it('is no part of the firm\'s name', () => {
    expect(entitiesOf('UPDATE Zenco Power said its Zeta turbine sold well.')).not.toContain('UPDATE Zenco Power (company)');
    expect(entitiesOf('NEW Zenco Power said its Zeta turbine sold well.')).not.toContain('NEW Zenco Power (company)');
    expect(develops('EXCLUSIVE Zenco Power said its Zeta turbine sold well.')).not.toContain('EXCLUSIVE Zenco Power -develops-> Zeta');
  });

  it('a venture\'s acronym still opens the name', () => {
    expect(entitiesOf('ZQV Zenco Power said its Zeta turbine sold well.').some((e) => /ZQV Zenco Power/.test(e))).toBe(true);
  });
});

describe('a framework with no apposition', () => {
  it('is never a firm', () => {
    expect(entitiesOf('Zenco Inc said the Qorvan Framework bans Vexa Inc.')).not.toContain('Qorvan Framework (company)');
  });
});

describe('a possessed thing being made in the passive', () => {
  it('an agent after "is being" or "is now" makes it', () => {
    expect(develops("Zenco Inc's Zeta phone is being assembled by Qorva Inc in Ruritania.")).toContain('Qorva Inc -develops-> Zeta');
    expect(develops("Zenco Inc's Zeta phone is now made by Qorva Inc.")).toContain('Qorva Inc -develops-> Zeta');
  });
});

describe('a making under way, named in the next sentence', () => {
  it('"is building", "is developing" a thing named next', () => {
    expect(develops('Zenco Corp is developing a new phone. The phone, called Zeta, will go on sale in May.')).toEqual(['Zenco Corp -develops-> Zeta']);
    expect(develops('Zenco Corp is building a new reactor. The reactor, called Zeta-1, will open in 2030.')).toEqual(['Zenco Corp -develops-> Zeta-1']);
  });
});
