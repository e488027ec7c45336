import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper fxn90b, from the re-read of stop 90 round 3's name, typing and ownership rules (rr90c): an English word before "maker" is the
// firm's trade unless it is a known brand word; a firm's officer is no party "its" could mean; a known firm after a common initialism
// keeps its reading; a bracket of several names counts in a list only where something lists; a seller's recall names another's goods;
// a framework's apposition is a law only by its head noun; a state's 's opens no firm's own join; ", now made by" names the contract
// maker. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('an English word opening the sentence before a maker noun', () => {
  it.each([
    'Wafer maker Zenco said it would buy Qorva.',
    'Etch maker Zenco said it would buy Qorva.',
    'Frame maker Zenco said it would buy Qorva.',
    'Optical maker Zenco said it would buy Qorva.',
    'Eyewear maker Zenco said it would buy Qorva.',
    'Sunglasses maker Zenco said it would buy Qorva.',
    'Mattress maker Zenco said it would buy Qorva.',
    'Sofa maker Zenco said it would buy Qorva.',
    'Wheel maker Zenco said it would buy Qorva.',
    'Pet maker Zenco said it would buy Qorva.',
    'Treat maker Zenco said it would buy Qorva.',
    'Cable maker Zenco said it would buy Qorva.',
    'Cheese maker Zenco said it would buy Qorva.',
    'Tile maker Zenco said it would buy Qorva.',
  ])('"%s" is the firm\'s trade, no product', (text) => {
    expect(develops(text)).toEqual([]);
  });

  it('a coined word or a known brand word is still the maker\'s product', () => {
    expect(develops('Zeta maker Zenco said it would buy Qorva.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Surface maker Zenco said it would buy Qorva.')).toEqual(['Zenco -develops-> Surface']);
    expect(develops('Galaxy maker Zenco said sales rose.')).toEqual(['Zenco -develops-> Galaxy']);
    expect(develops('Echo maker Zenco said sales rose.')).toEqual(['Zenco -develops-> Echo']);
  });
});

describe('a firm\'s officer before "its"', () => {
  it('a person is never "its": the firm that owns the officer owns the thing', () => {
    expect(develops("Zenco's chief executive said its Zeta phone would launch in May.")).toEqual(['Zenco -develops-> Zeta']);
    expect(develops("Zenco's chief executive, Vexa Smith, said its Zeta phone would launch in May.")).toEqual(['Zenco -develops-> Zeta']);
    expect(develops("Zenco's chief executive said its Zeta glasses outsold Qorva's Vexa frames.")).toContain('Zenco -develops-> Zeta');
  });

  it.each([
    "Zenco Inc's founder said its Zeta drone would ship in May.",
    "Zenco Inc's spokesman said its Zeta drone would ship in May.",
    "Zenco Inc's engineers said its Zeta chip was ready.",
  ])('"%s": a short officer\'s or staff noun before "its" leaves the thing to the firm', (text) => {
    expect(develops(text)).toEqual(['Zenco Inc -develops-> Zeta']);
  });

  it('another firm possessed, or a firm brought in later, still owns the "its"', () => {
    expect(develops("Zenco Inc's biggest rival said on Monday that its Zeta phone sold well.")).toEqual([]);
    expect(develops("Zenco Inc's main supplier said its Zeta chips were in short supply.")).toEqual([]);
    expect(develops("Zenco Inc's former chief executive has founded a startup whose backers say its Zeta app will launch soon.")).toEqual([]);
    expect(develops("Zenco Inc's chief executive joined a new venture whose founders say its Zeta app will launch soon.")).toEqual([]);
  });
});

describe('a known firm after initials', () => {
  it('after a common initialism that ends the sentence before, the firm keeps its reading', () => {
    expect(entitiesOf('Zenco is betting big on A.I. Google is doing the same.')).toContain('Google (company)');
    expect(entitiesOf('The plan was backed by Vexa Smith of Washington, D.C. Google opposed it.')).toContain('Google (company)');
  });

  it('after a person\'s initials, a surname the lexicon knows is still no entity of its own', () => {
    expect(entitiesOf('Zenco Inc competes with Q.R. Bard in catheters.').join(' ')).not.toContain('(model)');
  });
});

describe('a bracket of several names after a firm', () => {
  it('holds partners or parents where nothing lists things', () => {
    expect(develops('The tender drew bids from Zenco (Qorva) and Kappa (Vexa, Zeta).')).not.toContain('Zenco -develops-> Qorva');
    expect(develops('Shareholders of Zenco (Qorva) and Kappa (Vexa, Zeta) approved the merger.')).not.toContain('Zenco -develops-> Qorva');
    expect(develops('Lawyers for Zenco (Qorva) and Kappa (Vexa, Zeta) declined to comment.')).not.toContain('Zenco -develops-> Qorva');
  });

  it('counts as a pair after a verb that lists', () => {
    expect(develops('The rankings add Zenco (Zapp), Kappa (Qorva, Vell) to the list.')).toContain('Zenco -develops-> Zapp');
  });
});

describe('a recall by the goods\' seller', () => {
  it.each([
    'Distributor Zenco recalled 9,000 Qorva pumps in Ruritania.',
    'Zenco, which distributes the devices, recalled 9,000 Qorva pumps.',
    'The regulator said Zenco had recalled 9,000 Qorva infusion pumps it distributes.',
  ])('"%s" makes the recaller no maker', (text) => {
    expect(develops(text)).not.toContain('Zenco -develops-> Qorva');
    expect(develops(text)).not.toContain('Distributor Zenco -develops-> Qorva');
  });

  it('a maker\'s own recall still names its goods', () => {
    expect(develops('Zenco Medical recalled 9,000 Zeta pacemakers.')).toEqual(['Zenco Medical -develops-> Zeta']);
  });
});

describe('a framework set off by an apposition', () => {
  it.each([
    'Zenco released the Qorvanet Framework, a code library for building apps.',
    'Zenco released the Qorvanet Framework, an open-source code library.',
    'Zenco released the Qorvanet Framework, a policy engine for cloud apps.',
    'Zenco released the Qorvanet Framework, a rules engine for trading apps.',
  ])('"%s" is software, made by the releaser', (text) => {
    expect(develops(text)).toEqual(['Zenco -develops-> Qorvanet Framework']);
  });

  it.each([
    'Zenco released the Qorvanet Framework, a set of rules adopted by Ruritania.',
    'Zenco praised the Qorvanet Framework, a law passed by Ruritania.',
    'Zenco praised the Qorvanet Framework, a code of conduct for lenders.',
  ])('"%s" is a law, made by no firm', (text) => {
    expect(develops(text)).toEqual([]);
  });
});

describe('a firm after a state\'s possessive', () => {
  it('is kept apart from its own unit', () => {
    const japan = entitiesOf("Japan's Zenco's Zeta Optics unit launched the Vexa glasses.");
    expect(japan).toContain('Zenco (company)');
    expect(japan).toContain('Zeta Optics (company)');
    expect(develops("Ruritania's Zenco's Zeta Optics unit launched the Vexa glasses.")).not.toContain('Ruritania -develops-> Vexa');
  });

  it('after a firm\'s possessive, the name with its own \'s is one unit', () => {
    expect(entitiesOf("Zenco Group's Hill's Pet Nutrition unit launched the Zeta diet.")).toContain("Hill's Pet Nutrition (company)");
  });
});

describe('", now made by" after a possessed name', () => {
  it('names the contract maker too', () => {
    expect(develops("Zenco's Zeta drone, now made by Qorva, sells well.")).toEqual(['Qorva -develops-> Zeta', 'Zenco -develops-> Zeta']);
    expect(develops("Zenco's Zeta drone, also built by Qorva, sells well.")).toEqual(['Qorva -develops-> Zeta', 'Zenco -develops-> Zeta']);
  });

  it('not a seller or a possessive agent', () => {
    expect(develops("Zenco's Zeta drone, now sold by Qorva, sells well.")).toEqual(['Zenco -develops-> Zeta']);
    expect(develops("Zenco's Zeta drone, now made by Qorva's rival Vexa, sells well.")).not.toContain('Qorva -develops-> Zeta');
  });
});
