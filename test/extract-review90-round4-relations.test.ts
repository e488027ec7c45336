import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Fixer fxr90c, from a re-read of stop 90 round 4's relation rules: clips about a thing against an app or an outlet's own clips,
// rates by state followed by a new clause or an aside, duties of nothing after a ruling, an outsider's view of a rival, a rank that
// is no market, goods made for brands, a measure a firm escaped or that ended, and a conditional. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();
const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text)).sort();
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text)).sort();
const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();
const pair = (a: string, b: string) => (claims: string[]): boolean => claims.some((c) => c.includes(a) && c.includes(b));

describe('a content noun inside an app or service name', () => {
  it('a ban of an app, a service or a stream is still a ban', () => {
    expect(pair('China', 'Zeta')(banned('China banned the Zeta video app on Monday.'))).toBe(true);
    expect(pair('China', 'Zeta')(banned('China blocked Zeta photos service on Monday.'))).toBe(true);
    expect(pair('China', 'Zeta')(banned('China banned Zeta video streaming in March.'))).toBe(true);
  });

  it('clips about a challenge or an event still ban nothing', () => {
    expect(banned('ZenTube removed Zeta Challenge videos after the deaths.')).toEqual([]);
    expect(banned('Twitter removed videos of the Zeta Challenge on Monday.')).toEqual([]);
  });
});

describe("an outlet's own videos", () => {
  it('videos or posts of a news outlet removed are a ban of the outlet', () => {
    expect(pair('YouTube', 'Zeta News')(banned('YouTube removed Zeta News videos after the broadcast.'))).toBe(true);
    expect(pair('Twitter', 'Zeta News')(banned('Twitter removed Zeta News posts on Monday.'))).toBe(true);
  });
});

describe('rates by state followed by a new clause', () => {
  it('a name that opens a clause after "and" is no target', () => {
    const a = restricts('Japanese tariffs stood at 20 percent for Canada and Mexico said it would retaliate.');
    expect(pair('Japan', 'Canada')(a)).toBe(true);
    expect(pair('Japan', 'Mexico')(a)).toBe(false);
    const b = restricts('US tariffs stood at 15 percent for Japan and Vietnam announced talks on Monday.');
    expect(pair('United States', 'Japan')(b)).toBe(true);
    expect(pair('United States', 'Vietnam')(b)).toBe(false);
  });

  it('names joined after one rate still share it', () => {
    const a = restricts('US tariffs stood at 15 percent for Japan, 19 percent for Vietnam and Thailand.');
    expect(pair('United States', 'Japan')(a)).toBe(true);
    expect(pair('United States', 'Vietnam')(a)).toBe(true);
    expect(pair('United States', 'Thailand')(a)).toBe(true);
  });

  it("an aside after one rate's target does not end the list", () => {
    const a = restricts('US tariffs stood at 15 percent for Japan, the lowest rate, and 25 percent for Vietnam.');
    expect(pair('United States', 'Japan')(a)).toBe(true);
    expect(pair('United States', 'Vietnam')(a)).toBe(true);
  });
});

describe("duties of nothing after a ruling", () => {
  it('no, zero or nil duties are no measure', () => {
    expect(restricts("Following the Commerce Department's ruling, Zenco Inc will pay no duties on its washers.")).toEqual([]);
    expect(restricts("Following the Commerce Department's ruling, Zenco Inc will pay zero duties on washers.")).toEqual([]);
    expect(restricts('As a result of the Commerce Department ruling, Zenco Inc will pay duties of zero percent.')).toEqual([]);
  });

  it('duties a ruling sets are still a measure', () => {
    expect(pair('Commerce Department', 'Zenco Inc')(restricts("Following the Commerce Department's ruling, Zenco Inc will pay higher duties on its washers."))).toBe(true);
    expect(pair('Commerce Department', 'Zenco Inc')(restricts('As a result of the Commerce Department ruling, Zenco Inc will pay duties of 25 percent.'))).toBe(true);
  });
});

describe("an outsider's view of a rival", () => {
  it('analysts or regulators at a firm are not the firm', () => {
    expect(rivals('Analysts at Qorva Securities see Zenco as a serious competitor.')).toEqual([]);
    expect(rivals('Regulators at Qorva Bank view Zenco as a credible challenger.')).toEqual([]);
    expect(rivals('Investors in Qorva Capital regard Zenco as a major threat.')).toEqual([]);
  });

  it("a firm's own people seeing a rival still make a rivalry", () => {
    expect(pair('Qorva', 'Zenco')(rivals('Executives at Qorva see Zenco as a serious competitor.'))).toBe(true);
    expect(pair('Qorva', 'Zenco')(rivals('Qorva sees Zenco as a serious competitor.'))).toBe(true);
  });
});

describe('a rank that is no market', () => {
  it('the largest taxpayer or polluter is no market position', () => {
    expect(rivals('Zenco replaced Qorva as the largest taxpayer in Ruritania.')).toEqual([]);
    expect(rivals('Zenco replaced Qorva as the largest polluter in the region.')).toEqual([]);
    expect(rivals('Zenco overtook Qorva as the biggest emitter in Ruritania.')).toEqual([]);
    expect(rivals('Zenco surpassed Qorva as the largest employer in the state.')).toEqual([]);
  });

  it('the largest maker is still a rivalry', () => {
    expect(pair('Zenco', 'Qorva')(rivals('Zenco replaced Qorva as the largest chipmaker in the world.'))).toBe(true);
    expect(pair('Zenco', 'Qorva')(rivals('Zenco overtook Qorva as the biggest seller of phones.'))).toBe(true);
  });
});

describe('goods made for brands', () => {
  it('a maker of goods used by or sold to brands is no maker of the brands', () => {
    expect(develops('Zenco is a maker of bottles used by brands such as Vexa and Lumo.')).toEqual([]);
    expect(develops('Zenco is a maker of packaging supplied to brands such as Vexa and Lumo.')).toEqual([]);
    expect(develops('Zenco is a maker of labels for brands such as Vexa and Lumo.')).toEqual([]);
  });

  it("a maker of its own brands still makes them", () => {
    const a = develops('Zenco is a maker of snack brands such as Vexa and Lumo.');
    expect(a).toContain('Zenco -develops-> Vexa');
    expect(a).toContain('Zenco -develops-> Lumo');
  });
});

describe('a measure a firm escaped or that ended', () => {
  it('no measure after an exemption won or a removal welcomed', () => {
    expect(restricts("Zenco Inc fought Japan's tariffs and won an exemption.")).toEqual([]);
    expect(restricts("Zenco Inc, which has long paid Japan's duties, welcomed their removal.")).toEqual([]);
    expect(restricts("Zenco Inc has challenged Japan's steel tariffs, which were scrapped last year.")).toEqual([]);
  });

  it('a measure a firm fights or pays is still one', () => {
    expect(pair('Japan', 'Zenco Inc')(restricts("Zenco Inc has paid Japan's tariffs since March."))).toBe(true);
    expect(pair('Japan', 'Zenco Inc')(restricts("Zenco Inc fought Japan's tariffs in court."))).toBe(true);
  });
});

describe('a passive measure lifted in the same sentence', () => {
  it('imposed then lifted is no measure in force', () => {
    expect(restricts("Japan's tariffs were imposed on Canada in 2018 and lifted in 2019.")).toEqual([]);
    expect(restricts("Japan's tariffs had been imposed on Canada until they were lifted in May.")).toEqual([]);
  });

  it('imposed and still in force is a measure', () => {
    expect(pair('Japan', 'Canada')(restricts("Japan's tariffs were imposed on Canada in 2018."))).toBe(true);
    expect(pair('Japan', 'Canada')(restricts("Japan's tariffs have been imposed on Canada and remain in place."))).toBe(true);
  });
});

describe('a conditional measure', () => {
  it('"if" a firm has to pay makes no claim', () => {
    expect(restricts("If Zenco Inc has to pay Japan's tariffs, washer prices will rise.")).toEqual([]);
    expect(restricts("If Zenco Inc must pay Japan's duties, it will move its plant.")).toEqual([]);
  });

  it('a firm that has to pay still makes one', () => {
    expect(pair('Japan', 'Zenco Inc')(restricts("Zenco Inc has to pay Japan's tariffs on its washers."))).toBe(true);
  });
});
