import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper dvl93, from stop 92's eighty-sixth fresh sample (memory and storage makers): a thing a firm presents, set off by its kind
// ("presented Loom, a file system for …"), is the firm's own; a copula's subject defined as a kind developed by a firm is the
// firm's, though another name (a standard, a part) stands in the definition ("a proprietary RAID scheme developed by …").
// A thing set off as another's make ("launched Zeta X5, a phone made by Qorva") is that maker's alone; and a memory's size in bits
// ("2Gb", "8Mb") opens no name and is none. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();

describe('a thing presented and set off by its kind', () => {
  it('"presented Zeta X5, a file system", "showcased", "debuted its new …, an array" name the presenter the maker', () => {
    expect(develops('Zenco Inc presented Zeta X5, a file system for large clusters.')).toEqual(['Zenco Inc -develops-> Zeta X5']);
    expect(develops('Zenco Inc debuted its new Zeta X5, an all-flash array for data centres.')).toEqual(['Zenco Inc -develops-> Zeta X5']);
    expect(develops('Zenco Inc on Monday previewed Zeta X5, a storage array.')).toEqual(['Zenco Inc -develops-> Zeta X5']);
  });

  it('a thing another firm made, licensed or supplied is not the presenter\'s', () => {
    expect(develops('Qorva Stores presented Zeta X5, a phone made by Zenco Inc.')).toEqual(['Zenco Inc -develops-> Zeta X5']);
    expect(develops('Qorva Inc presented Zeta X5, a storage array from Zenco Inc, at the fair.')).not.toContain('Qorva Inc -develops-> Zeta X5');
    expect(develops('Qorva Inc presented Zeta X5, a file system licensed from Zenco Inc.')).not.toContain('Qorva Inc -develops-> Zeta X5');
    expect(develops('Qorva Inc presented Zeta X5, a file system of Zenco Inc.')).not.toContain('Qorva Inc -develops-> Zeta X5');
    expect(develops('Qorva Inc presented Zeta X5, a phone it acquired from Zenco Inc.')).not.toContain('Qorva Inc -develops-> Zeta X5');
    expect(develops('Qorva Inc presented Zeta X5, a phone it distributes for Zenco Inc.')).toEqual([]);
    expect(develops('Qorva Inc presented Zeta X5, a phone that Zenco Inc makes.')).toEqual(['Zenco Inc -develops-> Zeta X5']);
    expect(develops('Qorva Inc presented Zeta X5, a rival phone.')).toEqual([]);
    expect(develops('Qorva Stores presented Zeta X5, a phone for young buyers.')).toEqual([]);
  });

  it('results, people, firms, places and prizes presented are no products', () => {
    expect(develops('Zenco Inc presented its quarterly results, a record for the firm.')).toEqual([]);
    expect(develops('Zenco Inc presented Qorva Inc, a storage company it backs.')).toEqual([]);
    expect(develops('Zenco Inc presented John Smith, a new chief executive.')).toEqual([]);
    expect(develops('Zenco Inc presented the Zeta Award, a prize for engineers.')).toEqual([]);
    expect(develops('Zenco Inc presented Ruritania, a market it entered in 2020.')).toEqual([]);
  });

  it('nothing presented without its kind, nor a presentation denied or planned', () => {
    expect(develops('Zenco Inc presented Zeta X5 at the fair.')).toEqual([]);
    expect(develops('Zenco Inc did not present Zeta X5, a file system for clusters.')).toEqual([]);
    expect(develops('Zenco Inc plans to present Zeta X5, a file system for clusters.')).toEqual([]);
  });
});

describe('a copula\'s subject defined as a kind developed by a firm', () => {
  it('another name inside the definition does not take the subject\'s place', () => {
    expect(develops('Zeta X5 is a proprietary RAID scheme developed by Zenco Inc which focuses on speed.')).toContain('Zenco Inc -develops-> Zeta X5');
    expect(develops('Zeta X5 is an NVMe storage protocol designed by Zenco Inc.')).toContain('Zenco Inc -develops-> Zeta X5');
    expect(develops('Zeta X5 was a proprietary RAID scheme developed by Zenco Inc and Qorva Inc.')).toEqual(expect.arrayContaining(['Zenco Inc -develops-> Zeta X5', 'Qorva Inc -develops-> Zeta X5']));
  });

  it('a thing sold, distributed or used by a firm, or a part with its own maker, is not the firm\'s', () => {
    expect(develops('Zeta X5 is a RAID storage array sold by Zenco Inc.')).toEqual([]);
    expect(develops('Zeta X5 is a RAID storage array distributed by Zenco Inc.')).toEqual([]);
    expect(develops('Zeta X5 is a version of the Vexa chip developed by Qorva Inc.')).not.toContain('Zenco Inc -develops-> Zeta X5');
    expect(develops('Zeta X5 is a RAID scheme developed by John Smith.')).toEqual([]);
    expect(develops('Zeta X5 is not a RAID scheme developed by Zenco Inc.')).toEqual([]);
    expect(develops('Zeta X5 may be a RAID scheme developed by Zenco Inc.')).not.toContain('Zenco Inc -develops-> Zeta X5');
    expect(develops("Zeta X5 is a RAID scheme developed by Zenco Inc's partner Qorva Inc.")).not.toContain('Zenco Inc -develops-> Zeta X5');
    expect(develops("Zeta X5 is a RAID scheme developed by Zenco Inc's rival Qorva Inc.")).not.toContain('Zenco Inc -develops-> Zeta X5');
  });
});

describe('a thing launched, announced or presented, set off as another\'s make', () => {
  it('the maker after "by" makes it; the launcher, the announcers and the presenter do not', () => {
    expect(develops('Zenco Inc launched Zeta X5, a phone made by Qorva Inc, in its stores.')).toEqual(['Qorva Inc -develops-> Zeta X5']);
    expect(develops('Zenco Inc and Qorva Inc are announcing Flux-RAM, a memory developed by Vexa Corp.')).toEqual(['Vexa Corp -develops-> Flux-RAM']);
    expect(develops('Zenco Inc presented Zeta X5, a file system designed by Qorva Inc.')).toEqual(['Qorva Inc -develops-> Zeta X5']);
    expect(develops('Zenco Inc unveiled Zeta X5 and Zeta X6, two phones made by Qorva Inc.')).toEqual(['Qorva Inc -develops-> Zeta X5', 'Qorva Inc -develops-> Zeta X6']);
    expect(develops('Zenco Inc launched Zeta X5, a phone built by its partner Qorva Inc.')).not.toContain('Zenco Inc -develops-> Zeta X5');
  });

  it('the launcher keeps what it made itself, or what is set off without a maker', () => {
    expect(develops('Zenco Inc launched Zeta X5, a phone designed by its own lab.')).toEqual(['Zenco Inc -develops-> Zeta X5']);
    expect(develops('Zenco Inc launched Zeta X5, a phone for students.')).toEqual(['Zenco Inc -develops-> Zeta X5']);
    expect(develops('Zenco Inc launched Zeta X5, a phone designed by its own engineers in Ruritania.')).toEqual(['Zenco Inc -develops-> Zeta X5']);
    expect(develops('Zenco Inc and Qorva Inc are announcing Flux-RAM, a new memory for embedded systems.')).toEqual(['Qorva Inc -develops-> Flux-RAM', 'Zenco Inc -develops-> Flux-RAM']);
  });
});

describe('a memory\'s size in bits', () => {
  it('"8Mb", "16Gbit" are no names and open none', () => {
    expect(develops('Zenco Inc is showing their first Zeta-RAM chip, an 8Mb device.')).toEqual(['Zenco Inc -develops-> Zeta-RAM']);
    expect(develops("Zenco Inc's 16Gbit Zeta-RAM die is in production at Qorva Inc.")).toEqual(['Zenco Inc -develops-> Zeta-RAM']);
    expect(develops('Zenco Inc launched the 8Mb Zeta X5 chip.')).toEqual(['Zenco Inc -develops-> Zeta X5']);
  });
});
