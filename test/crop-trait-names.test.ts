import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

/** The entities' labels, without their types. */
const names = (text: string): string[] => entitiesOf(text).map((e) => e.replace(/ \([a-z]+\)$/, ''));

// Helper ent94, from stop 93's fresh sample on seed makers: a crop named after its engineered trait ("Bt brinjal", "HB4 wheat")
// is one product, not the trait's code alone; "GM"/"GE" before a crop or a food means "genetically modified", never a carmaker.
// Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('a trait code and its crop are one product', () => {
  it('"Zenco\'s Bt brinjal", "HB4 wheat", "BT cotton" keep the crop in the name', () => {
    expect(develops("Zenco's Bt brinjal was approved in Ruritania in 2014.")).toEqual(['Zenco -develops-> Bt brinjal']);
    expect(develops('Zenco developed HB4 wheat, a drought-tolerant variety.')).toEqual(['Zenco -develops-> HB4 wheat']);
    expect(develops('Zenco Inc developed Bt cotton for Ruritanian farmers.')).toEqual(['Zenco Inc -develops-> Bt cotton']);
    expect(names('Farmers in Ruritania planted BT cotton last year.')).toContain('BT cotton');
  });

  it('a numbered variety keeps its number, and a possessive pronoun credits the crop', () => {
    expect(names('Zenco transferred its Bt brinjal technology to Qorva in 2005.')).toContain('Bt brinjal');
    expect(develops('Zenco transferred its Bt brinjal technology to Qorva in 2005.')).toEqual(['Zenco -develops-> Bt brinjal']);
  });

  it('a ban on a trait crop names the whole crop', () => {
    expect(banned('Ruritania banned Bt brinjal in 2010.')).toEqual(['Ruritania -banned-> Bt brinjal']);
  });
});

describe('near misses: the code alone, or no product at all', () => {
  it('a numbered strain before "strain" or "variety" keeps its own name', () => {
    expect(develops("Zenco's DX1 corn strain was approved.")).toEqual(['Zenco -develops-> DX1']);
  });

  it('a longer event code stays alone, and a compound with the crop is no name', () => {
    expect(names('Zenco developed MON810 maize.')).not.toContain('MON810 maize');
    expect(names("Zenco's Bt cotton-growing regions grew.")).not.toContain('Bt cotton');
  });

  it('"non-Bt brinjal" is no product, and a strain named after "hybrid" keeps the crop out', () => {
    expect(names("Farmers growing non-Bt brinjal earned less than Zenco's growers.")).not.toContain('Bt brinjal');
    expect(names('Zenco Inc developed the HT mustard hybrid Z-11.')).not.toContain('HT mustard');
  });

  it('"GM" before a crop or a food is no carmaker', () => {
    expect(names('The GM mustard developed by Zenco was approved.')).not.toContain('GM');
    expect(banned('Ruritania banned GM crops in 2012.')).toEqual([]);
    expect(names('Zembla lifted its ban on GM foods.')).not.toContain('GM');
    expect(develops('The GM salmon was bred by Zenco.')).not.toContain('GM -develops-> salmon');
  });

  it('"GM" before other words is still the carmaker', () => {
    expect(names('GM plant workers in Ruritania went on strike.')).toContain('GM');
    expect(develops('GM unveiled the Zeta truck.')).toEqual(['GM -develops-> Zeta']);
  });

  it('a summit\'s name before a crop is no product', () => {
    expect(names('The G20 wheat talks ended on Monday.')).not.toContain('G20 wheat');
  });

  it('negated and proposed bans of a trait crop are not asserted', () => {
    expect(banned('Ruritania did not ban Bt brinjal.')).toEqual([]);
    expect(banned('Ruritania proposed a ban on Bt brinjal.')).toEqual([]);
  });

  it('a firm that sells or buys another\'s trait crop does not develop it', () => {
    expect(develops("Zenco distributes Qorva's Bt cotton in Ruritania.")).not.toContain('Zenco -develops-> Bt cotton');
    expect(develops("Zenco bought Qorva's Bt cotton seeds.")).not.toContain('Zenco -develops-> Bt cotton');
  });
});

describe('a brand\'s model code written with a firm\'s initials', () => {
  it('"Zeta BT-300" is one product of the brand\'s maker, not the telecom group\'s', () => {
    expect(develops("Zenco's Zeta BT-300 glasses went on sale.")).toEqual(['Zenco -develops-> Zeta BT-300']);
    expect(develops('Zenco launched the Zeta BT-35E headset.')).toEqual(['Zenco -develops-> Zeta BT-35E']);
    expect(develops("Ruritania banned Zenco's Moverio GM-20 glasses.")).toEqual(['Zenco -develops-> Moverio GM-20']);
  });

  it('near misses: no brand word before the code, or a day, an article, a pronoun', () => {
    expect(develops('Zenco said on Monday BT-300 sales rose.')).not.toContain('Zenco -develops-> Monday BT-300');
    expect(names('Zenco unveiled the BT-300 glasses.')).not.toContain('the BT-300');
    expect(names('Zenco unveiled its GM-20 sensor.')).not.toContain('Its GM-20');
    expect(names('In March GM-20 sales rose.')).not.toContain('March GM-20');
    expect(develops('Zenco resells the Zeta BT-300 glasses made by Qorva.')).not.toContain('Zenco -develops-> Zeta BT-300');
    expect(develops('Qorva distributes the Zeta BT-300 glasses.')).not.toContain('Qorva -develops-> Zeta BT-300');
    expect(develops('Zenco does not make the Zeta BT-300 glasses.')).toEqual([]);
    expect(develops('Zenco plans to launch the Zeta BT-300 glasses.')).not.toContain('Zenco -develops-> Zeta BT-300');
  });
});

describe('the eyewear kind between a product and "glasses" is no part of its name', () => {
  it('"Zenco\'s Zeta AR glasses" are Zeta, and so are "Zeta XR smart glasses"', () => {
    expect(develops("Zenco's Zeta AR glasses go on sale next week.")).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco unveiled the Zeta XR smart glasses at its event.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops("Zenco's Zeta Max AR glasses went on sale.")).toEqual(['Zenco -develops-> Zeta Max']);
  });

  it('near misses: a headset\'s kind, an app, a platform the lexicon knows, another owner', () => {
    expect(develops('Zenco launched the Zeta VR headset.')).toEqual(['Zenco -develops-> Zeta VR']);
    expect(develops('Zenco unveiled the Zeta XR headset.')).toEqual(['Zenco -develops-> Zeta XR']);
    expect(develops("Zenco's Zeta AR app works with glasses.")).toEqual(['Zenco -develops-> Zeta AR']);
    expect(develops("Google's Android XR glasses will ship next year.")).not.toContain('Google -develops-> Android');
    expect(develops("Zenco sells Qorva's Zeta AR glasses in Ruritania.")).not.toContain('Zenco -develops-> Zeta');
    expect(develops("Qorva sells Zenco's Zeta AR glasses in Ruritania.")).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco plans to launch Zeta AR glasses next year.')).toEqual([]);
    expect(develops('Zenco did not make the Zeta AR glasses.')).toEqual([]);
  });
});
