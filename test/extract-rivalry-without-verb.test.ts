import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cmp90, from stop 89's last fresh sample: rivalry told with no competing verb. A counted list of a firm's rivals ("Zenco's
// two rivals, A and B"), a rival noun with "of" opening the sentence ("The nearest rival of Zenco, the consortium Qorva, …"), a rival
// noun opening a sentence that names the article's subject again ("Rival Qorva was suing Zenco"), a market "eaten up" by others, and
// a source an "according to" credits, which is no firm's rival. Sentences written for the tests.

// competes_with is undirected: each pair is written with its names in alphabetical order.
const rivals = (text: string): string[] =>
  only('competes_with')(scoredClaimsOf(text))
    .map((claim) => claim.split(' -competes_with-> ').sort().join(' ~ '))
    .sort();

describe('a counted list of a firm\'s rivals', () => {
  it('"for Zenco\'s two rivals, Vexa and Zorp" sets each against Zenco, not against the clause\'s subject', () => {
    expect(rivals("Qorva also makes phones for Zenco's two rivals, Vexa and Zorp.")).toEqual(['Vexa ~ Zenco', 'Zenco ~ Zorp']);
    expect(rivals("Qorva Inc builds servers for Zenco Inc's three rivals Vexa Inc and Zorp Inc.")).toEqual(['Vexa Inc ~ Zenco Inc', 'Zenco Inc ~ Zorp Inc']);
  });
  it('a verb in -s after a single subject stays a verb; a firm that supplies counted rivals is none of them', () => {
    expect(rivals('The new Zeta phone from Zenco Inc rivals the Qorva Q5.')).toEqual(['Qorva Q5 ~ Zeta']);
    expect(rivals('Qorva Inc supplies two rivals of Vexa Inc with chips.')).toEqual([]);
    expect(rivals('Qorva Inc also makes phones for two rivals of Vexa Inc.')).toEqual([]);
  });
});

describe('"The nearest rival of X, Y" and "the nearest rival of X is Y"', () => {
  it('the name set off after the fronted rival noun, perhaps after a kind of firm, is the rival', () => {
    expect(rivals('The nearest rival of Zenco Inc, the consortium Qorva, produced a smaller reactor.')).toEqual(['Qorva ~ Zenco Inc']);
    expect(rivals('The closest competitor to Zenco Inc, Qorva Inc, cut its prices.')).toEqual(['Qorva Inc ~ Zenco Inc']);
    expect(rivals('The main rival of Zenco Inc, Qorva Inc, opened a plant.')).toEqual(['Qorva Inc ~ Zenco Inc']);
  });
  it('"the nearest rival of X is Y" names the rival after the copula', () => {
    expect(rivals('The nearest rival of Zenco Inc is Qorva Inc.')).toEqual(['Qorva Inc ~ Zenco Inc']);
    expect(rivals('The main competitor of Zenco Inc remains Qorva Inc.')).toEqual(['Qorva Inc ~ Zenco Inc']);
  });
  it('a customer, an owner or a former rival set off the same way is no rival', () => {
    expect(rivals('A customer of Zenco Inc, Qorva Inc, cut its orders.')).toEqual([]);
    expect(rivals('The owner of Zenco Inc, Qorva Inc, sold its stake.')).toEqual([]);
    expect(rivals('The former rival of Zenco Inc, Qorva Inc, closed in 2019.')).toEqual([]);
    expect(rivals('The biggest customer of Zenco Inc is Qorva Inc.')).toEqual([]);
  });
});

describe('a rival noun opening a sentence that names the article\'s subject again', () => {
  it('"Rival Zenco was suing Qorva" after a sentence about Qorva', () => {
    expect(rivals('Qorva Inc makes aerial maps. Rival Zenco Inc was suing Qorva Inc over patents.')).toEqual(['Qorva Inc ~ Zenco Inc']);
    expect(rivals('Qorva Inc makes aerial maps. Rival Zenco Inc has accused Qorva Inc of copying.')).toEqual(['Qorva Inc ~ Zenco Inc']);
  });
  it('a suit with no rival noun, or a rival noun owned by another firm, names no such pair', () => {
    expect(rivals('Qorva Inc makes aerial maps. Zenco Inc was suing Qorva Inc over patents.')).toEqual([]);
    expect(rivals('Qorva Inc makes aerial maps. Customer Zenco Inc was suing Qorva Inc over fees.')).toEqual([]);
    expect(rivals('Qorva Inc makes aerial maps. A former partner, Zenco Inc, was suing Qorva Inc over fees.')).toEqual([]);
  });
});

describe('a market eaten up by others', () => {
  it('"saw its market eaten up by wallets like A and B" sets each against the firm', () => {
    expect(rivals('Zenco Inc saw its market eaten up by wallets like QorvaPay and ZemPay.')).toEqual(['QorvaPay ~ Zenco Inc', 'ZemPay ~ Zenco Inc']);
    expect(rivals('Zenco Inc has watched its sales squeezed by Qorva Inc.')).toEqual(['Qorva Inc ~ Zenco Inc']);
  });
  it('a market eaten up by no firm, or shares taken in a deal, is no rivalry', () => {
    expect(rivals('Zenco Inc saw its market eaten up by inflation.')).toEqual([]);
    expect(rivals('Zenco Inc saw its shares taken by Qorva Inc in the buyout.')).toEqual([]);
    expect(rivals('Zenco Inc saw its plant taken over by Qorva Inc.')).toEqual([]);
  });
});

describe('a source credited with "according to" is no rival', () => {
  it('the firm a report is credited to is not what "its" stands for after the credit', () => {
    expect(rivals('According to a report by analytics firm Metrix, Zeta is five times the size of its next closest rival, Qorva Inc.')).toEqual([]);
    expect(rivals('Zeta Inc, according to a report by analytics firm Metrix, is five times the size of its next closest rival, Qorva Inc.')).toEqual(['Qorva Inc ~ Zeta Inc']);
  });
  it('the firm the clause is about keeps its rival', () => {
    expect(rivals('According to a report by analytics firm Metrix, Zeta Inc is five times the size of its next closest rival, Qorva Inc.')).toEqual(['Qorva Inc ~ Zeta Inc']);
    expect(rivals('According to Metrix, Zeta Inc is the largest app, ahead of its closest rival, Qorva Inc.')).toEqual(['Qorva Inc ~ Zeta Inc']);
  });
});

describe('rivals dealt with by a customer or partner of another firm', () => {
  it('"competitors like A" a partner or customer works with or switches to are the tied firm\'s rivals', () => {
    expect(rivals("Qorva Inc's partner Zenco Inc also works with competitors like Vexa Inc.")).toEqual(['Qorva Inc ~ Vexa Inc']);
    expect(rivals('Zenco Inc, a customer of Qorva Inc, switched to its competitors like Vexa Inc.')).toEqual(['Qorva Inc ~ Vexa Inc']);
  });
  it('a customer that moves business to "its competitors" names no rival of its own', () => {
    expect(rivals("Qorva Inc's biggest customer, Zenco Inc, moved business to its competitors.")).toEqual([]);
    expect(rivals('Qorva Inc lost money. Its biggest customer, Zenco Inc, moved business to its competitors.')).toEqual([]);
  });
  it('rivals a partner faces, or a firm named as their owner, stay its own', () => {
    expect(rivals("Qorva Inc's partner Zenco Inc faces rivals such as Vexa Inc.")).toEqual(['Vexa Inc ~ Zenco Inc']);
    expect(rivals("Zenco Inc works with Qorva Inc's competitors like Vexa Inc.")).not.toContain('Vexa Inc ~ Zenco Inc');
  });
});
