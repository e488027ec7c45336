import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/pipeline/text/tokens';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper mkr97, from stop 95's ninety-fifth fresh sample and real recall news: the maker named by "by" after a recall's noun, a list
// of names before "by" and its maker, and a firm's town after "of" ("Zenco Foods of Tukwila, Wash."), which ran on in the firm's
// name. Sentences written for the tests, names made up.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text)).sort();
const labels = (text: string): string[] => entitiesOf(text).map((e) => e.replace(/ \(\w+\)$/, ''));

describe('the maker after "by" in a recall\'s noun', () => {
  it('"the recall of the Zeta II and Zeta 3 devices by Zenco": each named device', () => {
    expect(develops('The problem grew with the recall of the Zeta II and Zeta 3 devices by Zenco Laboratories.')).toEqual(['Zenco Laboratories -develops-> Zeta 3', 'Zenco Laboratories -develops-> Zeta II']);
  });

  it('"the recall for the Zeta series of infusion pumps by Zenco LLC": a kind\'s words between', () => {
    expect(develops('The recall for the Zeta series of infusion pumps and administration sets by Zenco LLC cited flow rates.')).toEqual(['Zenco LLC -develops-> Zeta']);
  });

  it('"by Zenco Laboratories\' Qorva division": the division is the firm\'s own', () => {
    expect(develops("Doctors noted the recall of the Zeta 3 pumps by Zenco Laboratories' Qorva division.")).toEqual(['Zenco Laboratories -develops-> Zeta 3']);
  });

  it('a seller, a regulator, an ordering body or another role after "by" is no maker', () => {
    expect(develops('The recall of Zeta toys by Walmart began on Monday.')).toEqual([]);
    expect(develops('The recall of Zeta pumps sold by Zenco Inc began on Monday.')).toEqual([]);
    expect(develops('The recall of Zeta pumps distributed by Zenco Inc began on Monday.')).toEqual([]);
    expect(develops('The recall of Zeta pumps was ordered by the FDA.')).toEqual([]);
    expect(develops('The recall of Zeta pumps by the FDA began on Monday.')).toEqual([]);
    // A shop named as such recalls what it sold (critic crit97a).
    expect(develops('The recall of Zeta blenders by Zenco Stores began on Monday.')).toEqual([]);
    expect(develops('The recall of Zeta strollers by Zenco, the retailer, began on Monday.')).toEqual([]);
    expect(develops('The recall of Zeta strollers by Zenco, a discount chain, began on Monday.')).toEqual([]);
    expect(develops('The recall of Zeta pumps by the Ruritanian health ministry began on Monday.')).toEqual([]);
    expect(develops("The recall of Zeta pumps by Zenco's distributor Vexa Medical began on Monday.")).toEqual([]);
  });
});

describe('a list of names before "by" and their maker', () => {
  it('"Alfa and Brava by Zenco PetCare": every member, not only the last', () => {
    expect(develops('Alfa and Brava by Zenco PetCare are being removed from the market.')).toEqual(['Zenco PetCare -develops-> Alfa', 'Zenco PetCare -develops-> Brava']);
    expect(develops('Alfa, Brava and Delta by Zenco are being removed from the market.')).toEqual(['Zenco -develops-> Alfa', 'Zenco -develops-> Brava', 'Zenco -develops-> Delta']);
  });

  it('a report, a test, a suit or an approval by the firm, or a sale to them, is no making', () => {
    expect(develops('The report on Alfa and Brava by Zenco Research found flaws.')).not.toContain('Zenco Research -develops-> Alfa');
    expect(develops('Tests of Alfa and Brava by Qorva Labs found flaws.')).toEqual([]);
    expect(develops('The lawsuit against Alfa and Brava by Zenco was dismissed.')).not.toContain('Zenco -develops-> Alfa');
    expect(develops('Lumo is sold to Alfa and Brava by Zenco.')).not.toContain('Zenco -develops-> Alfa');
    expect(develops('The plan was approved by Alfa and Brava by Zenco.')).not.toContain('Zenco -develops-> Alfa');
  });
});

describe('a firm\'s town after "of" is its address', () => {
  it('"Zenco Foods of Tukwila, Wash.", "Zenco International SA of Neuchatel, Switzerland": the firm alone', () => {
    expect(develops('Zeta pet foods, manufactured by Zenco Foods of Tukwila, Wash., were recalled.')).toEqual(['Zenco Foods -develops-> Zeta']);
    expect(develops('Zeta catheters made by Zenco Foods of Neuchatel, Switzerland, were recalled.')).toEqual(['Zenco Foods -develops-> Zeta']);
    expect(develops('Zeta catheters were made by Zenco International SA of Neuchatel, Switzerland.')).toEqual(['Zenco International SA -develops-> Zeta']);
  });

  it('a town with no state or country after it, and no closing legal form before it, stays in the name', () => {
    expect(develops('Zeta pumps are made by Zenco Medical of Vela, which is based in Lima.')).toEqual(['Zenco Medical of Vela -develops-> Zeta']);
  });

  it('a name that "of" and a place complete keeps them', () => {
    expect(develops('Zeta treats are made by Zenco Corporation of America, a pet food maker.')).toEqual(['Zenco Corporation of America -develops-> Zeta']);
    expect(labels('Zeta cards are issued by Zenco Bank of Lima, Peru.')).not.toContain('Zenco Bank');
    expect(labels('Professor Jane Roe of the University of Vela, Texas, tested Zeta.')).not.toContain('University');
  });
});

describe('a rank\'s "No." before its number', () => {
  it('is read as "number": its dot stops no rule, and the word opens no name', () => {
    expect(tokenize('the No. 2 maker').map((t) => t.text)).toEqual(['the', 'number', '2', 'maker']);
    expect(develops('Zenco Ltd., the No. 2 player and maker of the Lumo and Tarn brands, said sales fell.')).toEqual(['Zenco Ltd -develops-> Lumo', 'Zenco Ltd -develops-> Tarn']);
    expect(develops('Zenco is the No. 2 maker of Lumo.')).toEqual(['Zenco -develops-> Lumo']);
    expect(develops("Zenco, the world's No. 1 maker of Lumo, said sales fell.")).toEqual(['Zenco -develops-> Lumo']);
  });

  it('a title\'s "Order No. 2" keeps its word and dot; a rank with no maker\'s noun makes nothing', () => {
    expect(tokenize('Executive Order No. 2').map((t) => t.text)).toEqual(['Executive', 'Order', 'No', '.', '2']);
    expect(tokenize('No. 2 was sold').map((t) => t.text)).toEqual(['No', '.', '2', 'was', 'sold']);
    expect(develops('Zenco, the No. 2 player in Lumo, said sales fell.')).toEqual([]);
    expect(develops('Zenco, the No. 2 seller of Lumo, said sales fell.')).toEqual([]);
    expect(develops('Zenco, the No. 2 investor in Qorva, said sales fell.')).toEqual([]);
  });
});

describe('a maker\'s noun phrase opening the sentence, its firm after the comma', () => {
  it('"The maker of Zeta knives, Zenco, said …", "Known as the inventor of the Zeta knife, Zenco is …"', () => {
    expect(develops('The maker of Zeta knives, Zenco, said sales fell.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('As the maker of the Zeta knife, Zenco has a lot at stake.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Known as the inventor of the Zeta knife, Zenco is expanding in Europe.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops("The world's No. 2 maker of Lumo pans, Zenco Ltd said sales fell.")).toEqual(['Zenco Ltd -develops-> Lumo']);
  });

  it('another role, a list or a person after the comma, a clause or a phrase not opening the sentence makes nothing', () => {
    expect(develops('The maker of Zeta knives, Zenco and Qorva said sales fell.')).toEqual([]);
    expect(develops('The rival maker of Zeta knives, Zenco, said sales fell.')).toEqual([]);
    expect(develops('The maker of Zeta knives and its distributor, Zenco, said sales fell.')).toEqual([]);
    expect(develops('Like the maker of Zeta knives, Zenco is expanding.')).toEqual([]);
    expect(develops('The biggest customer of the maker of Zeta knives, Zenco, is expanding.')).toEqual([]);
    expect(develops('The distributor of Zeta knives, Zenco, is expanding.')).toEqual([]);
    expect(develops('As the maker of Zeta knives grew, Zenco invested.')).toEqual([]);
  });
});
