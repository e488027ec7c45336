import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Helper fpx93, from fresh samples s82b-f and round 1-2 helpers' reports: wrong develops and rivalry edges a user sees. A launch
// site or a host is no maker; a passive's agent after a kind of goods is no maker; "rival" before a bid's noun or right after one
// name names no rivalry of the clause's subject; what a firm competes through is its own; a partner's thing after "with" is not the
// launcher's; a name after a rival's noun is not what a "with brands" aside describes. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('a passive agent after a kind of goods is no maker', () => {
  it('"was overtaken in phones by", "was barred from selling phones by" make nothing', () => {
    expect(develops('Zenco was overtaken in phones by Qorva last year.')).toEqual([]);
    expect(develops('Zenco was barred from selling phones by Ruritania.')).toEqual([]);
    expect(develops('Zenco Inc was beaten in tablets by Qorva Inc.')).toEqual([]);
    expect(develops('Zenco Inc was banned from making drones by the Commerce Department.')).toEqual([]);
  });

  it('the overtaking is still a rivalry', () => {
    expect(rivals('Zenco Inc was overtaken in smartphones by Qorva Inc last year.')).toEqual(['Qorva Inc -competes_with-> Zenco Inc']);
  });

  it('a kind of goods "by" its maker still makes it', () => {
    expect(develops('Zeta is a new phone by Zenco Inc.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Zeta was the first smartphone by Zenco Inc.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Zeta is a phone by Zenco Inc made in Ruritania.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });
});

describe('a launch site or a host is no maker', () => {
  it('the site after "from" and a host of another\'s launch make nothing', () => {
    expect(develops('Students at Qorva University will launch their rocket, named Z1, from Zemport Inc.')).toEqual([]);
    expect(develops('Zemport will host the first launch for another rocket maker, Qorva, in March.')).toEqual([]);
    expect(develops('Zemport Inc hosted the maiden launch of the Z1 rocket.')).toEqual([]);
    expect(develops('Zemport Spaceport will host launches of the Z1 rocket.')).toEqual([]);
    expect(develops('The Zemport spaceport will host the debut launch of the Z1 rocket.')).toEqual([]);
  });

  it('an origin after a verb of sending is no maker', () => {
    expect(develops('Zenco Inc plans to ship its drone, the Z1, from Ruritania.')).toEqual(['Zenco Inc -develops-> Z1']);
  });

  it('the maker named beside the host, or the launcher itself, still makes it', () => {
    expect(develops('Zemport will host the launch of the Z1 rocket built by Qorva Inc.')).toEqual(['Qorva Inc -develops-> Z1']);
    expect(develops('Zemport hosted the launch of Qorva\'s Z1 rocket.')).toEqual(['Qorva -develops-> Z1']);
    expect(develops('Qorva will launch the Z1 rocket from Zemport next year.')).toEqual(['Qorva -develops-> Z1']);
    expect(develops('Zenco Inc hosted the launch of its Z1 rocket at Zemport.')).toEqual(['Zenco Inc -develops-> Z1']);
    expect(develops('Zenco Inc hosted the launch of the Zeta phone in Paris.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Vela, from Qorva Studios, is out now.')).toEqual(['Qorva Studios -develops-> Vela']);
    expect(develops('Zenco Inc hosted the first launch of the Zeta rocket it built.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });
});

describe('"rival" before a bid, or right after one name', () => {
  it('rival offers and bids name no rivals', () => {
    expect(rivals('Zenco Inc is approaching firms including Qorva Inc to solicit rival offers and fend off a hostile bid from Vexo Inc.')).toEqual([]);
    expect(rivals('Qorva Inc and Vexo Inc made rival offers for Zenco Inc.')).toEqual([]);
    expect(rivals('Zenco Inc received a rival bid from Qorva Inc.')).toEqual([]);
    expect(rivals('Qorva Inc fended off a hostile bid from Vexo Inc.')).toEqual([]);
    expect(rivals('Zenco Inc fought off a takeover approach by Qorva Inc.')).toEqual([]);
    expect(rivals('Qorva Inc and Vexo Inc are rival bidders for Zenco Inc.')).toEqual([]);
  });

  it('"Qorva rival Zorbix" is Qorva\'s rival, not the clause subject\'s', () => {
    expect(rivals('Ruritanian exchange Zenco Inc was exposed to Qorva Inc rival Zorbix Inc, the report said.')).toEqual(['Qorva Inc -competes_with-> Zorbix Inc']);
    expect(rivals('Investors in Zenco Inc fled to Qorva Inc rival Zorbix Inc.')).toEqual(['Qorva Inc -competes_with-> Zorbix Inc']);
  });

  it('the verb and the plain noun still name rivals', () => {
    expect(rivals('Zenco Inc rival Zorbix Inc raised prices.')).toEqual(['Zenco Inc -competes_with-> Zorbix Inc']);
    expect(rivals('Qorva Inc will rival Vexo Inc in phones.')).toEqual(['Qorva Inc -competes_with-> Vexo Inc']);
    expect(rivals('Zenco Inc fended off Qorva Inc in the phone market.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Inc fended off competition from Qorva Inc.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(rivals('Qorva Inc and Vexo Inc are rival firms in phones.')).toEqual(['Qorva Inc -competes_with-> Vexo Inc']);
  });
});

describe('what a firm competes through is its own', () => {
  it('its brands after "through" or "via" are no rivals', () => {
    expect(rivals('Zenco competes through its brands Vexa and Plix.')).toEqual([]);
    expect(rivals('Zenco Inc competes via its Vexa app.')).toEqual([]);
    expect(develops('Zenco Inc competes through its brands Vexa and Plix.').sort()).toEqual(['Zenco Inc -develops-> Plix', 'Zenco Inc -develops-> Vexa']);
  });

  it('a rival after "with" or "against" still is one', () => {
    expect(rivals('Zenco Inc competes through its Vexa brand with Qorva Inc.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Inc competes with Qorva Inc through its brands Vexa and Plix.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
    expect(rivals('Zenco Inc competes using its Vexa brand against Qorva Inc.')).toEqual(['Zenco Inc -competes_with-> Qorva Inc']);
  });
});

describe('a partner\'s thing after "with" is not the launcher\'s', () => {
  it('"launched a line with Kim Qorvic\'s brand Zeta", "a phone with Qorva\'s Zeta chip"', () => {
    expect(develops('Zenco Inc launched a line with reality star Kim Qorvic\'s brand Zeta.')).toEqual([]);
    expect(develops('Zenco Inc launched a phone with Qorva Inc\'s Zeta chip.')).toEqual(['Qorva Inc -develops-> Zeta']);
  });

  it('the launcher\'s own thing before "with" stays its own', () => {
    expect(develops('Zenco Inc launched its new Zeta phone with the world\'s largest screen.')).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops('Zenco Inc launched the Zeta phone with Qorva Inc\'s help.')).toEqual(['Zenco Inc -develops-> Zeta']);
  });
});

describe('a "with brands" aside after a rival\'s noun', () => {
  it('describes the subject, not the rival', () => {
    expect(develops('Zenco Inc is a rival of Brixco Inc, with brands like Qorva and Tilly.')).toEqual(['Zenco Inc -develops-> Qorva', 'Zenco Inc -develops-> Tilly']);
  });

  it('a firm owned, or the subject itself, still has the brands', () => {
    expect(develops('Zenco Inc owns Brixco Inc, with brands like Qorva and Tilly.')).toEqual(['Brixco Inc -develops-> Qorva', 'Brixco Inc -develops-> Tilly']);
    expect(develops('Zenco Inc, with brands like Qorva and Tilly, is growing.')).toEqual(['Zenco Inc -develops-> Qorva', 'Zenco Inc -develops-> Tilly']);
  });
});

describe('a brand that is the subject launches its own things', () => {
  it('the owner before "flagship brand Zeta" makes nothing the brand launches', () => {
    expect(develops("Zenco's flagship brand Zeta is set to launch its Zeta Pre-Owned platform in Ruritania.")).toEqual(['Zenco -develops-> Zeta']);
    expect(develops("Zenco Inc's flagship brand Zeta will launch its Zeta Resale platform in Ruritania.")).toEqual(['Zenco Inc -develops-> Zeta']);
  });

  it('an owner\'s people or units that are no brand still launch for it', () => {
    expect(develops("Zenco Inc's chief executive launched the Zeta phone.")).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops("Zenco Inc's new unit launched the Zeta phone.")).toEqual(['Zenco Inc -develops-> Zeta']);
    expect(develops("Zenco Inc's brand chief said it would launch the Zeta phone.")).toEqual([]);
    expect(claimsOf("Zenco Inc's brand chief said it would launch the Zeta phone.", 'proposed')).toEqual(['Zenco Inc -develops-> Zeta']);
  });
});

describe('route pairs a carrier flies are no products', () => {
  it('routes named after "routes" or before it make nothing', () => {
    expect(develops('Brixco Airlines operates routes such as Zeta-Qorva and Vexa-Tilly.')).toEqual([]);
    expect(develops('Brixco Airlines flies routes Zeta-Qorva and Vexa-Tilly.')).toEqual([]);
    expect(develops('Brixco Airlines flies Zeta-Qorva and Vexa-Tilly routes.')).toEqual([]);
  });

  it('a carrier\'s app or a routing product is still its own', () => {
    expect(develops('Brixco Airlines launched the Zeta app for its routes.')).toEqual(['Brixco Airlines -develops-> Zeta']);
    expect(develops('Brixco Inc launched Zeta, an app that plans routes.')).toEqual(['Brixco Inc -develops-> Zeta']);
    expect(develops('Brixco Inc launched the Zeta routing software.')).toEqual(['Brixco Inc -develops-> Zeta']);
  });
});

