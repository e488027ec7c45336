import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper typ93, from set 88's cloud and film readers and round 1's leftovers: a brand, an imprint or a platform whose name ends like a
// firm's ("Qorva Press", "Vexa Books", "Qorva Oil") was typed a company, and develops, which never points at a company, dropped it. A
// sentence that says the kind ("its Vexa Books imprint", "Qorva Press, Zenco Inc's imprint", "with Qorva Oil as its flagship brand")
// makes it a made thing. Legal names, known firms, firms speaking, retail chains, agencies, partners and former imprints stay as they
// were. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a firm-like name the sentence calls an imprint or a brand', () => {
  it('an imprint apposed to its owner', () => {
    expect(develops("Qorva Press, Zenco Inc's mystery imprint, published the novel.")).toEqual(['Zenco Inc -develops-> Qorva Press']);
    expect(develops("The novel was released by Vexa Books, Zenco Inc's thriller imprint.")).toEqual(['Zenco Inc -develops-> Vexa Books']);
  });

  it('a brand named by "with … as its flagship brand"', () => {
    expect(develops('Zenco Inc is a leading oil maker, with Qorva Oil as its flagship brand.')).toEqual(['Zenco Inc -develops-> Qorva Oil']);
    expect(develops('Zenco Inc is a big snack maker, with Vexa Foods as its best-selling brand.')).toEqual(['Zenco Inc -develops-> Vexa Foods']);
  });

  it('a kind noun right after the name', () => {
    expect(develops('Zenco Inc owns the Vexa Books imprint.')).toEqual(['Zenco Inc -develops-> Vexa Books']);
    expect(develops("Zenco Inc's Qorva Media app was launched last year.")).toEqual(['Zenco Inc -develops-> Qorva Media']);
    expect(develops('Zenco Inc launched the Qorva Press imprint last year.')).toEqual(['Zenco Inc -develops-> Qorva Press']);
    expect(develops("The memoir will appear under Zenco Inc's Qorva Press imprint.")).toEqual(['Zenco Inc -develops-> Qorva Press']);
  });

  it('"its … imprint": the possessor of the sentence', () => {
    expect(develops('Zenco Inc publishes novels under its Qorva Press imprint.')).toEqual(['Zenco Inc -develops-> Qorva Press']);
    expect(develops('Zenco Inc said its Vexa imprint would publish the memoir.')).toEqual(['Zenco Inc -develops-> Vexa']);
    expect(develops('Zenco Inc sells books of Vexa Group and its Qorva Press imprint.')).toEqual(['Vexa Group -develops-> Qorva Press']);
  });
});

describe('near misses: firms, other roles and other owners', () => {
  it('a firm speaking, a legal name, a retail chain', () => {
    expect(develops('Qorva Press said it would publish the memoir.')).toEqual([]);
    expect(develops("Qorva Press Ltd, Zenco Inc's mystery imprint, published the novel.")).toEqual([]);
    expect(develops('Zenco Inc sells books through the Qorva Books chain.')).toEqual([]);
    expect(develops('Zenco Inc, Qorva Press and Vexa Books are publishers.')).toEqual([]);
  });

  it('agencies, partners, ambassadors, distributors, investors', () => {
    expect(develops('Zenco Inc hired Qorva Media, its advertising agency.')).toEqual([]);
    expect(develops('Zenco Inc is a client of Qorva Media, its agency.')).toEqual([]);
    expect(develops("Qorva Press, Zenco Inc's partner, published the novel.")).toEqual([]);
    expect(develops('Zenco Inc signed Qorva Studios as its brand ambassador.')).toEqual([]);
    expect(develops('Zenco Inc distributes the Qorva Oil brand in Ruritania.')).toEqual([]);
    expect(develops('Zenco Inc invested in Qorva Cloud, a platform startup.')).toEqual([]);
    expect(develops('Zenco Inc named Qorva Media as its brand partner.')).toEqual([]);
    expect(develops("Zenco Inc's Qorva Media, a brand consultancy, advised Vexa Group.")).not.toContain('Zenco Inc -develops-> Qorva Media');
  });

  it('retailers, agencies, licensees, data sources and hosts of a named brand or platform', () => {
    expect(develops('Zenco Inc sells the Qorva Oil brand in its stores.')).toEqual([]);
    expect(develops('Zenco Inc stocks the Qorva Foods brand.')).toEqual([]);
    expect(develops('Zenco Inc advertises the Qorva Oil brand for Vexa Group.')).toEqual([]);
    expect(develops('Zenco Inc manages the Qorva Oil brand for Vexa Group.')).toEqual([]);
    expect(develops('Zenco Inc licenses the Qorva Oil brand from Vexa Group.')).toEqual([]);
    expect(develops('Zenco Inc distributes books for the Qorva Press imprint.')).toEqual([]);
    expect(develops('Zenco Inc uses data from the Qorva Cloud platform.')).toEqual([]);
    expect(develops('Zenco Inc sells its apps on the Qorva Media platform.')).toEqual([]);
    expect(develops('Zenco Inc invested in the Qorva Media platform.')).toEqual([]);
    expect(develops("Zenco Inc's rival Vexa Group owns the Qorva Oil brand.")).toEqual(['Vexa Group -develops-> Qorva Oil']);
  });

  it('a former imprint, an acquirer, another owner', () => {
    expect(develops("Qorva Press, Zenco Inc's former imprint, published the novel.")).toEqual([]);
    expect(develops("Vexa Group acquired Qorva Press, Zenco Inc's mystery imprint.")).not.toContain('Vexa Group -develops-> Qorva Press');
    expect(develops("Zenco Inc stocks Qorva Foods, Vexa Group's flagship brand.")).toEqual(['Vexa Group -develops-> Qorva Foods']);
    expect(develops('Zenco Inc sells the Qorva Foods brand, owned by Vexa Group.')).toEqual(['Vexa Group -develops-> Qorva Foods']);
    expect(develops("Vexa Group's Qorva Oil brand competes with Zenco Inc.")).toEqual(['Vexa Group -develops-> Qorva Oil']);
  });

  it('an imprint\'s staff', () => {
    expect(develops('Zenco Inc said its Qorva Press imprint director had left.')).toEqual([]);
    expect(develops('Zenco Inc hired Jo Doe. She was its Qorva Press imprint director.')).toEqual([]);
  });

  it('negation and plans keep their status', () => {
    expect(develops('Zenco Inc is not an oil maker with Qorva Oil as its flagship brand.')).not.toContain('Zenco Inc -develops-> Qorva Oil');
    expect(develops('Zenco Inc plans to buy the Qorva Press imprint.')).toEqual([]);
    expect(develops('Zenco Inc proposed to create the Qorva Press imprint.')).toEqual([]);
    expect(develops('Zenco Inc does not own the Qorva Press imprint.')).toEqual([]);
  });
});
