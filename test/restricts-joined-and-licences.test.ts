import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rs84: export controls told by a state joining another's act, and licence requirements told by their effect on sellers or
// on sales. Sentences written for the tests, with invented firms.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));

describe('a state joining another in restricting', () => {
  it('"X joined Y in restricting exports to Z" restricts Z by X', () => {
    expect(restricts('Japan joined the United States in restricting exports of chip tools to China.')).toContain('Japan -restricts-> China');
    expect(restricts('The Netherlands joined the United States in curbing sales of chip tools to China.')).toContain('Netherlands -restricts-> China');
    expect(restricts('Japan joined the US in restricting sales to Zenco on Friday.')).toContain('Japan -restricts-> Zenco');
    expect(restricts('Japan joins the United States in restricting exports of chip tools to China.')).toContain('Japan -restricts-> China');
  });

  it('joining a firm or a group, or joining in another sense, restricts nothing by the joiner', () => {
    expect(restricts('Japan joined the United States in 2019, and Qorva restricted exports of chip tools to China.')).not.toContain('Japan -restricts-> China');
    expect(restricts('Japan has not joined the United States in restricting exports of chip tools to China.')).not.toContain('Japan -restricts-> China');
    expect(restricts('Japan may join the United States in restricting exports of chip tools to China.')).not.toContain('Japan -restricts-> China');
    expect(restricts('Japan refused to join the United States in restricting exports of chip tools to China.')).not.toContain('Japan -restricts-> China');
  });
});

describe('a licence requirement told by what sellers must get', () => {
  it('"firms must get a licence before shipping to Y, X said" restricts Y', () => {
    expect(restricts('American firms must get a licence before selling chips to Zenco, the United States said.')).toEqual(['United States -restricts-> Zenco']);
    expect(restricts('Suppliers must secure a licence to ship tools to Zenco, Japan said on Monday.')).toEqual(['Japan -restricts-> Zenco']);
    expect(restricts('Dutch suppliers will have to get a licence before sending tools to Zenco, the Netherlands said.')).toEqual(['Netherlands -restricts-> Zenco']);
  });

  it('"X said sales to Y now require a licence" restricts Y', () => {
    expect(restricts('The United States said sales to Zenco now require a licence.')).toEqual(['United States -restricts-> Zenco']);
    expect(restricts('Japan said on Monday that exports of chip tools to Zenco will require a licence.')).toEqual(['Japan -restricts-> Zenco']);
    expect(restricts('The Netherlands announced that shipments to Qorva will need an export licence.')).toEqual(['Netherlands -restricts-> Qorva']);
  });

  it('a requirement denied, only weighed, or lifted restricts nothing', () => {
    expect(restricts('Zenco said it does not need a licence to sell chips to Qorva.')).toEqual([]);
    expect(restricts('The United States said sales to Zenco no longer require a licence.')).toEqual([]);
    expect(restricts('Japan said exports of chip tools to Zenco do not require a licence.')).toEqual([]);
    expect(restricts('Qorva said its sales to Zenco require a licence from the buyer.')).toEqual([]);
    expect(restricts('The United States announced that sales to Zenco will need no licence.')).toEqual([]);
    expect(restricts('Japan said shipments to Zenco require a licence plate check at the port.')).toEqual([]);
    expect(restricts('Lawmakers said sales to Zenco should require a licence.')).toEqual([]);
  });
});
