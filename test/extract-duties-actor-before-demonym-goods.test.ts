import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper lvy93 (stop 93, round 3), from the eighty-seventh and eighty-eighth fresh samples (timber and apparel trade cases): duties,
// levies and sanctions whose actor is only in the sentence before, or whose target is a state named by its demonym or by a clause of
// purpose. "The new levies will hit A (20 %)" after a body set duties; "Most Zemblan producers will pay a rate of 20 %" after it;
// "imposed sanctions against Zemblan wood"; "reimposed tariffs on fabrics to protect its industry from cheap goods from Zembla".
// Harms, hedges, another state's measure, a paragraph between, people and a firm's own acts give nothing. Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();

const SET = 'The Commerce Department set final anti-dumping duties on Tuesday.';
const DOC = 'Commerce Department';

describe('a trade measure opening the next sentence goes on with the act before', () => {
  it('"the new levies will hit" firms with their rates restricts each firm', () => {
    expect(restricts(`${SET} The new levies will hit Zenco Inc (20%), Qorva Ltd (18%) and Borin Corp (22%).`)).toEqual([`${DOC} -restricts-> Borin Corp`, `${DOC} -restricts-> Qorva Ltd`, `${DOC} -restricts-> Zenco Inc`]);
    expect(restricts('Canada imposed duties on imported paper on Tuesday. The duties apply to Zenco Inc and Qorva Ltd.')).toEqual(['Canada -restricts-> Qorva Ltd', 'Canada -restricts-> Zenco Inc']);
    expect(restricts('Canada imposed duties on imported paper on Tuesday. The tariffs will cover Zenco Inc and Qorva Ltd.')).toEqual(['Canada -restricts-> Qorva Ltd', 'Canada -restricts-> Zenco Inc']);
    expect(restricts('Canada imposed duties on imported paper on Tuesday. Zenco Inc and Qorva Ltd are also covered by the duties.')).toEqual(['Canada -restricts-> Qorva Ltd', 'Canada -restricts-> Zenco Inc']);
  });

  it('no claim for a harm, a hedge, a paragraph between, a plan, or no measure before', () => {
    expect(restricts('Canada imposed duties on imported paper on Tuesday. The tariffs hit Zenco Inc hard.')).toEqual([]);
    expect(restricts('Canada imposed duties on imported paper on Tuesday. Zenco Inc was hit by the tariffs.')).toEqual([]);
    expect(restricts('Canada imposed duties on imported paper on Tuesday. The tariffs will hit profits at Zenco Inc.')).toEqual([]);
    expect(restricts('Canada imposed duties on imported paper on Tuesday. The levies could hit Zenco Inc (20%) and Qorva Ltd (18%).')).toEqual([]);
    expect(restricts('Canada imposed duties on imported paper on Tuesday.\n\nThe levies will hit Zenco Inc (20%) and Qorva Ltd (18%).')).toEqual([]);
    expect(restricts('Canada is set to impose duties on imported paper. The levies will hit Zenco Inc (20%) and Qorva Ltd (18%).')).toEqual([]);
    expect(restricts('Zenco Inc raised its prices on Tuesday. The levies will hit Qorva Ltd (20%).')).toEqual([]);
    expect(restricts('Canada imposed duties on imported paper on Tuesday. The duties will not apply to Zenco Inc.')).toEqual([]);
  });

  it('no claim for exemptions, retailers, or a firm named in a clause of its own', () => {
    expect(restricts('Canada imposed duties on imported paper on Tuesday. The tariffs include exemptions for Zenco Inc and Qorva Ltd.')).toEqual([]);
    expect(restricts('Canada imposed duties on imported paper on Tuesday. The duties apply to goods sold by retailer Zenco Inc.')).toEqual([]);
    expect(restricts('Canada imposed duties on imported paper on Tuesday. The duties also affect Zenco Inc, which buys paper from Qorva Ltd (20%).')).toEqual([]);
  });

  it('a measure owned by another state is that state\'s', () => {
    expect(restricts('Mexico imposed duties on steel on Tuesday. Canada\'s levies will hit Zenco Inc (20%).')).toEqual(['Canada -restricts-> Zenco Inc']);
  });
});

describe('a state\'s producers paying the duties just set', () => {
  it('"most Zemblan producers will pay a rate" restricts the state', () => {
    expect(restricts(`${SET} Most Chinese producers will pay a rate of 20%.`)).toEqual([`${DOC} -restricts-> China`]);
    expect(restricts(`${SET} Chinese lumber mills now face duties of 18%.`)).toEqual([`${DOC} -restricts-> China`]);
    expect(restricts('In its final ruling, the Commerce Department said most Chinese producers will pay a combined countervailing and anti-dumping rate of 20.5 per cent.')).toEqual([`${DOC} -restricts-> China`]);
    expect(restricts(`${SET} The new levies will hit Zenco Inc (23.5 per cent) and Qorva Ltd (17.9 per cent).`)).toEqual([`${DOC} -restricts-> Qorva Ltd`, `${DOC} -restricts-> Zenco Inc`]);
  });

  it('no claim for welcome, hedges, consumers, nothing paid, another state\'s duties, a paragraph between, or no act before', () => {
    expect(restricts(`${SET} Chinese producers welcomed the duties.`)).toEqual([]);
    expect(restricts(`${SET} Most Chinese producers could pay a rate of 20%.`)).toEqual([]);
    expect(restricts(`${SET} Chinese consumers will pay a rate of 20%.`)).toEqual([]);
    expect(restricts(`${SET} Most Chinese producers will pay a rate of 0%.`)).toEqual([]);
    expect(restricts(`${SET} Chinese producers will pay Mexican duties of 20%.`)).toEqual([]);
    expect(restricts(`${SET}\n\nMost Chinese producers will pay a rate of 20%.`)).toEqual([]);
    expect(restricts('Zenco Inc raised prices on Tuesday. Most Chinese producers will pay a rate of 20%.')).toEqual([]);
    expect(restricts(`${SET} Chinese producers will pay higher rates for electricity.`)).toEqual([]);
    expect(restricts(`${SET} Chinese producers will not pay the duties.`)).toEqual([]);
    expect(restricts('Zenco Inc said most Chinese producers will pay a rate of 20%.')).toEqual([]);
    expect(restricts('The Commerce Department said most Chinese producers could pay a rate of 20%.')).toEqual([]);
    expect(restricts('Canada said most Chinese producers will pay a rate of 20% in Mexico.')).toEqual([]);
  });
});

describe('sanctions on a state\'s goods named by its demonym', () => {
  it('restrict the state whose goods they are', () => {
    expect(restricts('Japan, Canada and other countries imposed sanctions against Russian wood.')).toEqual(['Canada -restricts-> Russia', 'Japan -restricts-> Russia']);
    expect(restricts('The European Union imposed sanctions on Russian steel.')).toEqual(['European Union -restricts-> Russia']);
    expect(restricts('The European Union imposed sanctions on Russian oil imports.')).toEqual(['European Union -restricts-> Russia']);
  });

  it('no claim for people or firms, sanctions lifted or weighed, or a firm\'s act', () => {
    expect(restricts('The European Union imposed sanctions against Russian officials.')).toEqual([]);
    expect(restricts('The European Union imposed sanctions on Russian banks.')).toEqual([]);
    expect(restricts('The European Union lifted sanctions on Russian wood.')).toEqual([]);
    expect(restricts('The European Union may impose sanctions on Russian wood.')).toEqual([]);
    expect(restricts('Zenco Inc stopped buying wood after sanctions against Russian oil.')).toEqual([]);
    expect(restricts('Zenco Inc welcomed the sanctions on Russian steel.')).toEqual([]);
    expect(restricts('The European Union imposed sanctions on Russian oil buyers.')).toEqual([]);
    expect(restricts('Lawmakers called for sanctions on Russian steel.')).toEqual([]);
  });
});

describe('duties whose origin is named in a clause of purpose', () => {
  it('"to protect its industry from cheap goods coming mostly from" a state restricts that state', () => {
    expect(restricts('Brazil reimposed additional tariffs on imports of fabrics to protect its industry from cheap goods coming mostly from China.')).toEqual(['Brazil -restricts-> China']);
    expect(restricts('Brazil raised tariffs on steel to protect its mills from a flood of imports, mainly from China.')).toEqual(['Brazil -restricts-> China']);
  });

  it('no claim for a firm\'s prices, a plan, harm caused by a state, or goods with an origin of their own', () => {
    expect(restricts('Zenco Inc raised prices on fabrics to protect its margins from cheap goods coming from China.')).toEqual([]);
    expect(restricts('Brazil plans to impose tariffs on imports of fabrics to protect its industry from cheap goods coming from China.')).toEqual([]);
    expect(restricts('Brazil imposed tariffs on steel to protect its workers from job losses caused by China.')).toEqual([]);
    expect(restricts('Industry groups urged Brazil to impose tariffs on fabrics to protect its industry from cheap goods coming from China.')).toEqual([]);
    expect(restricts('Brazil imposed tariffs on fabrics from India to protect its industry from cheap goods coming mostly from China.')).toEqual(['Brazil -restricts-> India']);
  });
});
