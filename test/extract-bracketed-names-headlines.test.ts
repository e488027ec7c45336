import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 80, fourth round, from stop 79's fresh false edges: a firm's legal name with its place in brackets and its legal form after
// it ("Zenco Technology (HK) Limited", as the Entity List writes them) was cut at the bracket. Sentences written for the tests.

describe('a legal name with a bracketed place and a legal form', () => {
  it('"Zenco Technology (HK) Limited" is one firm, named whole', () => {
    const text = 'The Commerce Department added Zenco Technology (HK) Limited to the Entity List.';
    expect(entitiesOf(text)).toContain('Zenco Technology (HK) Limited (company)');
    expect(only('restricts')(scoredClaimsOf(text))).toEqual(['Commerce Department -restricts-> Zenco Technology (HK) Limited']);
  });

  it('"Vexa Trading (H.K.) Co., Ltd." keeps its dotted place and both forms, not the comma after them', () => {
    expect(only('restricts')(scoredClaimsOf('The US sanctioned Vexa Trading (H.K.) Co., Ltd., a parts supplier, on Tuesday.'))).toEqual(['United States -restricts-> Vexa Trading (H.K.) Co., Ltd.']);
  });

  it('a ticker or a code in brackets is no place; a sentence\'s stop after "Limited" and a form opening the next sentence stay out', () => {
    expect(entitiesOf('The US Treasury sanctioned Zenco Holdings (ZNC) Ltd on Monday.')).not.toContain('Zenco Holdings (ZNC) Ltd (company)');
    expect(only('restricts')(scoredClaimsOf('The US Treasury sanctioned Zenco Holdings (HK) Limited. The firm said it would appeal.'))).toEqual(['Treasury Department -restricts-> Zenco Holdings (HK) Limited']);
    expect(only('restricts')(scoredClaimsOf('The US Treasury sanctioned Zenco Technology (HK) Inc. Limited details were published.'))).toEqual(['Treasury Department -restricts-> Zenco Technology (HK) Inc.']);
  });

  it('a bracket that is no place, or no legal form after it, leaves the name as it was', () => {
    expect(entitiesOf('Zenco Inc (NYSE: ZNC) launched the Plix phone.')).toContain('Zenco Inc (company)');
    expect(entitiesOf('Zenco Technology (HK) said on Monday it would appeal.')).not.toContain('Zenco Technology (HK) Limited (company)');
  });
});

// … and a Title Case headline's run went on past a name the article teaches: "Kenya Bans Zenco Chat Over Data Fears" named nothing.
describe('a taught name before a Title Case headline\'s preposition', () => {
  it('"Kenya Bans Zenco Chat Over Data Fears" bans Zenco Chat when the article names it', () => {
    expect(only('banned')(scoredClaimsOf("Kenya Bans Zenco Chat Over Data Fears\n\nKenya's regulator said on Monday that the Zenco Chat app had broken data laws."))).toEqual(['Kenya -banned-> Zenco Chat']);
  });

  it('a run the article never names stays no name', () => {
    expect(only('banned')(scoredClaimsOf('Kenya Bans Zenco Chat Over Data Fears\n\nThe regulator said on Monday the app had broken data laws.'))).toEqual([]);
  });
});
