import { describe, expect, it } from 'vitest';
import { entitiesOf, scoredClaimsOf } from './extract-helpers';

// Helper bodies, from real news of a state revenue board launching a payment app: "the Revenue, Customs and Excise Board of
// <state>" was cut at its commas and each field ("Revenue", "Customs") became a firm that launched the app. Sentences written for
// the tests, with invented names.

const claims = (text: string): string[] => scoredClaimsOf(text).sort();

describe('capitalised fields joined by commas and "and" before one body head', () => {
  it('are one state body, with the state it serves', () => {
    expect(entitiesOf('The Revenue, Customs and Excise Board of Zembla launched the Zenpay app last year.')).toEqual([
      'Revenue, Customs and Excise Board of Zembla (government)',
      'Zenpay (product)',
    ]);
    expect(claims('The Planning, Housing and Transport Commission of Ruritania developed Routeo.')).toEqual([
      'Planning, Housing and Transport Commission of Ruritania -develops-> Routeo',
    ]);
  });

  it('with a serial comma, other heads and verbs', () => {
    expect(claims('The Energy, Mines, and Water Directorate of Zembla built Gridly.')).toEqual(['Energy, Mines, and Water Directorate of Zembla -develops-> Gridly']);
    expect(claims('The Trade, Industry and Energy Department released Plixnet on Monday.')).toEqual(['Trade, Industry and Energy Department -develops-> Plixnet']);
  });

  it('after a state\'s possessive', () => {
    expect(claims('Kenya\'s Health, Food and Safety Authority has banned Qorvix.')).toEqual(['Kenya\'s Health, Food and Safety Authority -banned-> Qorvix']);
  });
});

describe('near misses stay apart', () => {
  it('a list of bodies, each with its own head', () => {
    expect(claims('The Revenue Board, the Customs Office and the Tax Authority banned Plix.')).toEqual([
      'Customs Office -banned-> Plix',
      'Revenue Board -banned-> Plix',
      'Tax Authority -banned-> Plix',
    ]);
  });

  it('bodies named by their short names', () => {
    expect(claims('The Treasury and Commerce Department officials banned the Plix app.')).toEqual(['Commerce Department -banned-> Plix', 'Treasury -banned-> Plix']);
  });

  it('firms\' board members and a firm named by its partners', () => {
    expect(entitiesOf('The Zenco, Qorva and Borin Board members met on Tuesday.').filter((e) => e.endsWith('(government)'))).toEqual([]);
    expect(entitiesOf('Smith, Jones and Partners launched Vexapay.').filter((e) => e.endsWith('(government)'))).toEqual([]);
  });

  it('a firm\'s departments', () => {
    expect(entitiesOf('Zenco\'s Sales, Marketing and Service Department launched the Plix app.')).not.toContain('Sales, Marketing and Service Department (government)');
  });
});
