import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper apv95 (stop 95), from real medical-device, drug and aircraft news: a firm that won a regulator's approval, clearance or
// certificate for a named model followed by its kind ("for the Vela pump", "of its Vela 2 jet") makes it. Sentences written for
// the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('a firm that won approval for a named model of a kind', () => {
  it('"received FDA approval for the Vela pump", "approval of", "CE mark approval in Europe for", "type certification of"', () => {
    expect(develops('Zenco Inc. received FDA approval for the Vela pump on Tuesday.')).toEqual(['Zenco Inc -develops-> Vela']);
    expect(develops('Zenco Inc. receives FDA approval of the Vela pump.')).toEqual(['Zenco Inc -develops-> Vela']);
    expect(develops('Zenco Inc. won CE mark approval in Europe for the Vela 2 coronary stent, it said.')).toEqual(['Zenco Inc -develops-> Vela 2']);
    expect(develops('Zenco Corp. has obtained type certification from the aviation authority for the Vela 600 business jet.')).toEqual(['Zenco Corp -develops-> Vela 600']);
  });

  it('not a deal, a plant, imports, another\'s model, a rival\'s, nor a bare device', () => {
    expect(develops('Zenco Inc. received FDA approval for the Qorva device.')).toEqual([]);
    expect(develops("Zenco Inc. received FDA approval for Qorva Corp.'s Vela pump.")).not.toContain('Zenco Inc -develops-> Vela');
    expect(develops('Zenco Inc. received approval for the purchase of the Vela pump line.')).not.toContain('Zenco Inc -develops-> Vela');
    expect(develops('Zenco Inc. received approval for the rival Vela pump.')).not.toContain('Zenco Inc -develops-> Vela');
    expect(develops('Zenco Inc. received approval for the import of the Vela pump.')).not.toContain('Zenco Inc -develops-> Vela');
    expect(develops('Zenco Inc. received FDA approval for the Vela plant in Ruritania.')).not.toContain('Zenco Inc -develops-> Vela');
    expect(develops('Zenco Inc. received approval to import the Vela pump.')).not.toContain('Zenco Inc -develops-> Vela');
    expect(develops('Zenco Inc. received approval for the Vela 2 pump made by Qorva Corp.')).not.toContain('Zenco Inc -develops-> Vela 2');
  });
});

describe('a firm reporting a regulator\'s approval of a named model of a kind', () => {
  it('"said the FDA approved the Vela 2 insulin pump", "said that the Commission granted approval for the drug Velatra"', () => {
    expect(develops('Zenco Inc. said the FDA approved the Vela 2 insulin pump.')).toEqual(['Zenco Inc -develops-> Vela 2']);
    expect(develops('Zenco Inc. said that the European Commission has granted marketing approval for the multiple sclerosis drug Velatra.')).toEqual(['Zenco Inc -develops-> Velatra']);
    expect(develops('Zenco Inc. said on Monday that U.S. regulators had cleared the Vela 2 insulin pump.')).toEqual(['Zenco Inc -develops-> Vela 2']);
  });

  it('not a rival\'s or another\'s model, a bare name, a plant, an analyst, nor the regulator itself', () => {
    expect(develops('The FDA said the agency approved the Vela 2 insulin pump.')).toEqual([]);
    expect(develops('Zenco Inc. said the FDA approved the rival Vela 2 insulin pump.')).toEqual([]);
    expect(develops("Zenco Inc. said the FDA approved Qorva Corp.'s Vela 2 insulin pump.")).not.toContain('Zenco Inc -develops-> Vela 2');
    expect(develops('Zenco Inc. said the FDA approved Velatra.')).toEqual([]);
    expect(develops('Zenco Inc. said the FDA approved the Vela 2 plant.')).toEqual([]);
    expect(develops('Analysts at Zenco Inc. said the FDA approved the Vela 2 insulin pump made by Qorva Corp.')).not.toContain('Zenco Inc -develops-> Vela 2');
    expect(develops('Zenco Inc. said the FDA approved the Vela 2 insulin pump, which Qorva Corp. makes.')).not.toContain('Zenco Inc -develops-> Vela 2');
  });
});
