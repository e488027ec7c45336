import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Restrictions stated by a noun phrase rather than an active clause: the measures a state imposed on a firm named in a
// relative clause ("the controls Canada imposed on Zenco"), and controls whose own clause says whom they cut off
// ("Canada unveiled export controls that bar sales of chips to Zenco"). Sentences written for the tests.

describe('"the sanctions X imposed on Y"', () => {
  it('a reduced relative clause after the measure restricts its target', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco said the controls Canada imposed on Zenco last year had cost it billions.'))).toEqual(['Canada -restricts-> Zenco']);
    expect(only('restricts')(scoredClaimsOf('The sanctions Canada imposed on Qorva in 2024 froze its assets.'))).toEqual(['Canada -restricts-> Qorva']);
    expect(only('restricts')(scoredClaimsOf('Analysts expect the curbs that Japan has placed on Qorva Labs to stay.'))).toEqual(['Japan -restricts-> Qorva Labs']);
    expect(only('restricts')(scoredClaimsOf('Zenco Inc is still reeling from the export restrictions the Japanese government slapped on Qorva Labs and Vexa Corp.'))).toEqual(['Japan -restricts-> Qorva Labs', 'Japan -restricts-> Vexa Corp']);
  });

  it('measures lifted, threatened, proposed or not imposed, or imposed by a firm or a person, restrict nothing', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco welcomed the end of the sanctions Canada lifted on Qorva Labs.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('The sanctions Canada has threatened to impose on Qorva Labs worry investors.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('The curbs Canada proposed on Qorva Labs were shelved.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('The measures Canada imposed on Qorva Labs in 2020 were lifted in 2023.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('The restrictions Zenco Inc placed on Qorva Labs in their contract were strict.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('The limits John Smith imposed on Qorva Labs staff were strict.'))).toEqual([]);
  });
});

describe('controls whose clause says whom they cut off', () => {
  it('"X unveiled export controls that bar sales to Y" restricts Y', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco shares fell after Canada unveiled export controls that bar sales of chips to Zenco.'))).toEqual(['Canada -restricts-> Zenco']);
    expect(only('restricts')(scoredClaimsOf('Japan announced new rules that restrict exports of advanced chips to Qorva Labs.'))).toEqual(['Japan -restricts-> Qorva Labs']);
    expect(only('restricts')(scoredClaimsOf('Canada imposed sweeping controls which limit Qorva Labs\' access to chips.'))).toEqual(['Canada -restricts-> Qorva Labs']);
    expect(only('restricts')(scoredClaimsOf('Canada adopted measures that cut off shipments of drones to Qorva Labs.'))).toEqual(['Canada -restricts-> Qorva Labs']);
  });

  it('a firm\'s own rules, proposals, lifted or negated controls restrict nothing', () => {
    expect(only('restricts')(scoredClaimsOf('Zenco Inc announced new rules that limit sales of Zapp to adults.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('Zenco Inc announced rules that restrict sales of its chips to Qorva Labs.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('Canada proposed export controls that would bar sales of chips to Qorva Labs.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('Canada lifted export controls that barred sales of chips to Qorva Labs.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('Canada has not announced controls that bar sales of chips to Qorva Labs.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('Canada announced rules that boost sales of chips to Qorva Labs.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('Canada lifted sweeping controls which limit Qorva Labs\' access to chips.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('Zenco Inc announced new rules that limit Qorva Labs\' access to its chips.'))).toEqual([]);
    expect(only('restricts')(scoredClaimsOf('Vexa shares fell after Canada unveiled export controls that bar sales of chips to Zenco Inc.'))).toEqual(['Canada -restricts-> Zenco Inc']);
  });
});
