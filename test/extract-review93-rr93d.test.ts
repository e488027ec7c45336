import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Re-read rr93d of stop 93's fourth round (bans and restrictions: export controls as nouns, designations and lists, withheld
// permissions, device-use bans): the faults written sentences showed, each with the phrasing the rule still reads. Sentences
// written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text)).sort();

describe('a firm added to a list "after" a state spoke: only a finding against it lists it', () => {
  it('a state that found nothing, or only told of a plan, listed no one', () => {
    expect(restricts('Zenco Inc was added to the list after Canada found no evidence of wrongdoing.')).toEqual([]);
    expect(restricts('Zenco Inc was added to the list after Canada said it would retaliate.')).toEqual([]);
    expect(restricts('Zenco Inc was added to the watch list after Canada said there was no threat.')).toEqual([]);
  });

  it('a finding against the firm still lists it', () => {
    expect(restricts('Zenco Inc was added to the entity list after Canada found that it had helped the army.')).toEqual(['Canada -restricts-> Zenco Inc']);
    expect(restricts('Zenco Inc was added to the list after Canada said the firm posed a threat.')).toEqual(['Canada -restricts-> Zenco Inc']);
  });
});

describe('a nominal curb on public money for a vendor\'s goods, since undone', () => {
  it('"the ban on using federal funds for gear made by Qorva was lifted" restricts no one', () => {
    expect(restricts('The Federal Communications Commission\'s ban on using federal funds for equipment made by Qorva Ltd was lifted.')).not.toContain('Federal Communications Commission -restricts-> Qorva Ltd');
    expect(restricts('The Federal Communications Commission\'s ban on using federal funds for equipment made by Qorva Ltd has since been overturned.')).not.toContain('Federal Communications Commission -restricts-> Qorva Ltd');
  });

  it('a curb in force still restricts the vendor', () => {
    expect(restricts('The Federal Communications Commission\'s ban on using federal funds for equipment made by Qorva Ltd took effect.')).toContain('Federal Communications Commission -restricts-> Qorva Ltd');
  });
});
