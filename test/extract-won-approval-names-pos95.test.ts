import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only } from './extract-helpers';

// Helper pos95: "won" right after an unknown name was read as the Korean currency when an approval's issuer stood between it and
// the approval ("Zenco's Velatra won FDA approval", "Zenco won CE mark clearance for …"), and the name was dropped as money; and a
// firm the lexicon does not know, getting a regulator's approval for goods "its" own after "has", stayed untyped; and a name after
// "its" that gets an approval ("said its Velatra received FDA approval") was typed nothing. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(claimsOf(text));

describe('"won" a few words before an approval, a licence or a contract is the verb', () => {
  it('keeps the owned name and its maker', () => {
    expect(develops("Zenco's Velatra won FDA approval.")).toEqual(['Zenco -develops-> Velatra']);
    expect(develops("Zenco Inc.'s Velatra won FDA approval.")).toEqual(['Zenco Inc -develops-> Velatra']);
    expect(develops('Zenco won CE mark clearance for its Vela stent.')).toEqual(['Zenco -develops-> Vela']);
    expect(develops("Qorva's Tarnix won European marketing authorisation in May.")).toEqual(['Qorva -develops-> Tarnix']);
  });

  it('leaves the currency, another role and other verbs alone', () => {
    expect(entitiesOf('The Zemblan won fell 1% against the dollar on Monday.')).not.toContain('Zemblan (company)');
    expect(entitiesOf('The Zemblan won weakened past 1,400 per dollar.')).not.toContain('Zemblan (product)');
    expect(entitiesOf('The Zemblan won rose on export orders.')).toEqual(entitiesOf('The Zemblan won rose on Monday.'));
    expect(develops("Zenco's Velatra won praise from doctors.")).toEqual(['Zenco -develops-> Velatra']);
    expect(develops("Distributor Zenco's rival Qorva won FDA approval.")).not.toContain('Zenco -develops-> Qorva');
    expect(develops("Zenco's Velatra did not win FDA approval.")).not.toContain('Velatra -develops-> Zenco');
    expect(develops("China's Velatra won FDA approval.")).toEqual([]);
    expect(develops("Zenco's Smith won FDA approval for the drug.")).toEqual([]);
    expect(develops("Zenco's Vela unit won FDA approval for the drug.")).toEqual([]);
  });
});

describe('an approval a name got for goods "its" own', () => {
  it('makes the name a firm', () => {
    expect(develops('Zenco has obtained CE mark approval for two new sizes of its Vela stent.')).toEqual(['Zenco -develops-> Vela']);
    expect(develops('Zenco won FDA clearance to market its Vela pump.')).toEqual(['Zenco -develops-> Vela']);
    expect(develops('Zenco has received regulatory approval for its Vela Pro system.')).toEqual(['Zenco -develops-> Vela Pro']);
  });

  it('not a person, another owner, a plan, nor "the" goods', () => {
    expect(entitiesOf('Gordon won approval for the plan at its meeting.')).not.toContain('Gordon (company)');
    expect(entitiesOf('Smith has received approval for his Vela project.')).not.toContain('Smith (company)');
    expect(entitiesOf('Harmony has received approval for their Vela project.')).not.toContain('Harmony (company)');
    expect(entitiesOf('Police has received approval for the Vela project.')).not.toContain('Police (company)');
    expect(entitiesOf('Management has received approval for its Vela plan.')).not.toContain('Management (company)');
    expect(develops('Harmony has sought approval for its Vela pump.')).not.toContain('Harmony -develops-> Vela pump');
  });
});

describe('a name after "its" that gets an approval', () => {
  it('is a product of the owner', () => {
    expect(develops('Zenco said its Velatra received FDA approval.')).toEqual(['Zenco -develops-> Velatra']);
    expect(develops('Zenco said its Vela 500 won certification.')).toEqual(['Zenco -develops-> Vela 500']);
    expect(develops('Zenco said its Velatra has received CE mark approval.')).toEqual(['Zenco -develops-> Velatra']);
  });

  it('not a body or a part of the owner, a site, a plan, nor another approval', () => {
    expect(entitiesOf('Zenco said its Board won approval for the deal.')).not.toContain('Board (product)');
    expect(entitiesOf('Zenco said its Lima plant won approval.')).not.toContain('Lima (product)');
    expect(entitiesOf('Ruritania said its Senate won approval for the budget.')).not.toContain('Senate (product)');
    expect(entitiesOf('Zenco said its Vision 2030 plan won approval.')).not.toContain('Vision 2030 (product)');
    expect(entitiesOf('Zenco said its Velatra Unit won approval for the deal.')).not.toContain('Velatra Unit (product)');
    expect(entitiesOf('Zenco said its Velatra won praise from his doctors.')).not.toContain('Velatra (product)');
  });
});
