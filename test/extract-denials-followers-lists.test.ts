import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, scoredClaimsOf } from './extract-helpers';

// Families from stop 41's fresh samples (sanctions, licences, chips), on sentences written for the
// tests: a licence or an application to operate refused, a state that joins or follows another in an
// act, an act whose author is only the body reporting it, lists parted by semicolons after a colon or
// with a description after each member, and a chip named before a kind written as an acronym.

describe('refusing the authority a firm would work under bans it', () => {
  it.each([
    ["Kenya denied Zenco Ltd's application to operate in the country.", ['Kenya -banned-> Zenco Ltd']],
    ["Kenya rejected Zenco Ltd's request for an operating licence.", ['Kenya -banned-> Zenco Ltd']],
    ["Kenya turned down Zenco Ltd's bid for a broadcasting license.", ['Kenya -banned-> Zenco Ltd']],
    ['Kenya refused a licence to Zenco Ltd.', ['Kenya -banned-> Zenco Ltd']],
    ['Nigeria denied Zenco Ltd a licence.', ['Nigeria -banned-> Zenco Ltd']],
    ["Zenco Ltd's application to provide services in Kenya was rejected by the FCC.", ['Federal Communications Commission -banned-> Zenco Ltd']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('an application for anything but leave to work is no ban', () => {
    expect(scoredClaimsOf("Kenya rejected Zenco Ltd's application for a patent.")).toEqual([]);
    expect(scoredClaimsOf("Kenya rejected Zenco Ltd's request for comment.")).toEqual([]);
    expect(scoredClaimsOf("Kenya approved Zenco Ltd's application to operate in the country.")).toEqual([]);
  });

  it('a refusal denied is negated', () => {
    expect(scoredClaimsOf("Kenya did not deny Zenco Ltd's application to operate.")).toEqual([]);
    expect(claimsOf("Kenya did not deny Zenco Ltd's application to operate.", 'negated')).toContain('Kenya -banned-> Zenco Ltd');
  });
});

describe('who joins or follows another in an act does it too', () => {
  it.each([
    ['Canada joined the United States in sanctioning Zenco Ltd.', ['Canada -restricts-> Zenco Ltd', 'United States -restricts-> Zenco Ltd']],
    ['Britain followed the US in imposing sanctions on Zenco Ltd.', ['United Kingdom -restricts-> Zenco Ltd', 'United States -restricts-> Zenco Ltd']],
    ['Britain joined the US in imposing export controls on Zenco Ltd.', ['United Kingdom -restricts-> Zenco Ltd', 'United States -restricts-> Zenco Ltd']],
    ['Australia joined the US and Britain in banning Zapp on government devices.', ['Australia -banned-> Zapp', 'United Kingdom -banned-> Zapp', 'United States -banned-> Zapp']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('following another in something else is no act', () => {
    expect(scoredClaimsOf('Canada followed the United States in a vote on Zenco Ltd.')).toEqual([]);
  });

  it('an act expected of a state is a forecast, not a fact', () => {
    expect(scoredClaimsOf('The EU is expected to follow the US in sanctioning Zenco Ltd.')).toEqual([]);
    expect(claimsOf('The EU is expected to follow the US in sanctioning Zenco Ltd.', 'proposed')).toContain('European Union -restricts-> Zenco Ltd');
    expect(claimsOf('Kenya is expected to ban Zapp next week.', 'proposed')).toEqual(['Kenya -banned-> Zapp']);
  });
});

describe("an act as the clause's subject has the state body reporting it for author", () => {
  it.each([
    ['The rule bars exports to Zenco Ltd and Qorva Corp, the Commerce Department said.', ['Commerce Department -restricts-> Qorva Corp', 'Commerce Department -restricts-> Zenco Ltd']],
    ['The measures restrict exports to Zenco Ltd, the Kenyan Ministry of Trade said on Friday.', ['Ministry of Trade -restricts-> Zenco Ltd']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a firm or an outlet reporting an act is not its author', () => {
    expect(scoredClaimsOf('The order bans Zapp on federal devices, Reuters said.')).toEqual([]);
    expect(scoredClaimsOf('The rule bars exports to Zenco Ltd, Qorva Corp said.')).toEqual([]);
  });

  it('with a subject of its own, the act is that subject\'s', () => {
    expect(scoredClaimsOf('Kenya banned Zapp on Monday, the Commerce Department said.')).toEqual(['Kenya -banned-> Zapp']);
  });
});

describe('lists whose members are parted by more than commas', () => {
  it('after a colon, semicolons part the members', () => {
    expect(scoredClaimsOf('The Commerce Department added four entities to the Entity List: Zenco Ltd; Qorva Corp; Vexo Labs; and Nimbus Inc.')).toEqual([
      'Commerce Department -restricts-> Nimbus Inc',
      'Commerce Department -restricts-> Qorva Corp',
      'Commerce Department -restricts-> Vexo Labs',
      'Commerce Department -restricts-> Zenco Ltd',
    ]);
  });

  it('without a colon, a semicolon still ends the clause', () => {
    expect(scoredClaimsOf('The UK sanctioned Zenco Ltd; Qorva Corp and Vexo Labs were spared.')).toEqual(['United Kingdom -restricts-> Zenco Ltd']);
  });

  it('a description set off after each member keeps the list', () => {
    expect(scoredClaimsOf('The UK sanctioned Zenco Ltd, a drone maker, and Qorva Corp, a chip distributor.')).toEqual([
      'United Kingdom -restricts-> Qorva Corp',
      'United Kingdom -restricts-> Zenco Ltd',
    ]);
  });

  it('a description that names another firm is no list member\'s', () => {
    expect(scoredClaimsOf('The UK sanctioned Zenco Ltd, a unit of Qorva Corp, on Monday.')).toEqual(['United Kingdom -restricts-> Zenco Ltd']);
  });
});

describe('a kind written as an acronym after a name makes it a product', () => {
  it.each([
    ['Zenco unveiled the Coral Ridge GPU on Tuesday.', 'Zenco -develops-> Coral Ridge'],
    ["Zenco's Coral Ridge PCs went on sale.", 'Zenco -develops-> Coral Ridge'],
    ['Qorva launched its Vexo Prime LLM last week.', 'Qorva -develops-> Vexo Prime'],
  ])('"%s"', (text, claim) => {
    expect(scoredClaimsOf(text)).toEqual([claim]);
  });

  it('an acronym alone names nothing', () => {
    expect(entitiesOf('Zenco sells GPUs and CPUs to data centres.')).toEqual([]);
  });
});
