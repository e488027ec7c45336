import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 70, second round, from its first six samples (drawn after 05ebc9c). Sentences written for the tests.

const labelsOf = (text: string): string[] => entitiesOf(text).map((e) => e.replace(/ \([a-z]+\)$/, ''));

describe('titles "X of Y" opening a sentence, questions', () => {
  it('"Lords of the Fallen is a game developed by A" keeps the whole title; "Shares of A rose" names A alone', () => {
    expect(only('develops')(scoredClaimsOf('Lords of the Fallen is a game developed by Hexworks.'))).toEqual(['Hexworks -develops-> Lords of the Fallen']);
    expect(labelsOf('Shares of Nvidia rose after the launch.')).toEqual(['Nvidia']);
    expect(labelsOf('Users of WhatsApp were told to update.')).toEqual(['WhatsApp']);
  });

  it('a question\'s opening auxiliary is no part of the name after it', () => {
    expect(labelsOf('Is Zenapp banned in India?')).toContain('Zenapp');
    expect(labelsOf('Is Zenapp banned in India?')).not.toContain('Is Zenapp');
  });
});

describe('the one thing made, named in the next sentence', () => {
  it('"A unveiled a new device. It is called the X." and "The phone will be named X." make X A\'s', () => {
    expect(only('develops')(scoredClaimsOf('Google unveiled a new streaming device on Wednesday. It is called the Nexus Q.'))).toEqual(['Google -develops-> Nexus Q']);
    expect(only('develops')(scoredClaimsOf('Google is working on a new phone. The phone will be named Pixel Zeta.'))).toEqual(['Google -develops-> Pixel Zeta']);
  });

  it('"It is called a success by B" names nothing', () => {
    expect(only('develops')(claimsOf('Google unveiled a new streaming device on Wednesday. It is called a success by Apple.'))).toEqual([]);
  });
});

describe('settlements and orders told with their terms, consent agreements', () => {
  it('"The settlement bars A from …, the Commission said" restricts A; "The settlement pays A …" does not', () => {
    expect(only('restricts')(scoredClaimsOf('The settlement bars Zango from installing software without consent, the Federal Trade Commission said.'))).toEqual([
      'Federal Trade Commission -restricts-> Zango',
    ]);
    expect(only('restricts')(claimsOf('The settlement pays Zango $2 million, the Federal Trade Commission said.'))).toEqual([]);
  });

  it('"approved a final order settling charges against A" and "reached a settlement with A that required …" restrict A', () => {
    expect(only('restricts')(scoredClaimsOf('The Federal Trade Commission approved a final order settling charges against Zango.'))).toEqual(['Federal Trade Commission -restricts-> Zango']);
    expect(only('restricts')(scoredClaimsOf('The Federal Trade Commission reached a settlement with Zango that required the company to stop installing adware.'))).toEqual([
      'Federal Trade Commission -restricts-> Zango',
    ]);
  });

  it('"In settling the Commission\'s complaint, A and B agreed to …" and "Under the terms of the Commission consent order, A must …" restrict them', () => {
    expect(only('restricts')(scoredClaimsOf("In settling the Federal Trade Commission's complaint, Zango and DirectRevenue agreed to no longer use adware."))).toEqual([
      'Federal Trade Commission -restricts-> DirectRevenue',
      'Federal Trade Commission -restricts-> Zango',
    ]);
    expect(only('restricts')(scoredClaimsOf('Under the terms of the Federal Trade Commission consent order, Zango must delete the data.'))).toEqual(['Federal Trade Commission -restricts-> Zango']);
  });

  it('consent agreements entered into with A and B, exacted from A, or that A agreed to enter into, restrict them', () => {
    expect(only('restricts')(scoredClaimsOf('The State Department entered into consent agreements with Aeroflex and Meggitt.'))).toEqual([
      'State Department -restricts-> Aeroflex',
      'State Department -restricts-> Meggitt',
    ]);
    expect(only('restricts')(scoredClaimsOf('The State Department exacted a consent decree from Aeroflex.'))).toEqual(['State Department -restricts-> Aeroflex']);
    expect(only('restricts')(scoredClaimsOf('Aeroflex agreed to enter into a consent agreement with the State Department.'))).toEqual(['State Department -restricts-> Aeroflex']);
  });

  it('a clearance "after the firm agreed to sell" its assets restricts the buyer', () => {
    expect(only('restricts')(scoredClaimsOf("The European Commission cleared Orange's takeover of Jazztel after the firm agreed to sell a fibre network."))).toEqual([
      'European Commission -restricts-> Orange',
    ]);
  });
});

describe('deals blocked outside the buyer\'s possessive, stakes a body asks sold', () => {
  it('"blocked A\'s sale of B to C" restricts the buyer C, and bans neither A nor B', () => {
    expect(scoredClaimsOf("The European Commission blocked Telefonica's sale of O2 to CK Hutchison.").filter((c) => /banned|restricts/.test(c))).toEqual([
      'European Commission -restricts-> CK Hutchison',
    ]);
  });

  it('"A\'s attempt to combine its unit with B was blocked by the Commission" restricts A and bans nothing', () => {
    expect(scoredClaimsOf("CK Hutchison's attempt to combine its Three unit with O2 was blocked by the European Commission.").filter((c) => /banned|restricts/.test(c))).toEqual([
      'European Commission -restricts-> CK Hutchison',
    ]);
  });

  it('"The sale of A to B was rejected by the panel" restricts B', () => {
    expect(only('restricts')(scoredClaimsOf('The sale of SkyBridge Capital to HNA Group was rejected by the Committee on Foreign Investment.'))).toEqual([
      'Committee on Foreign Investment -restricts-> HNA Group',
    ]);
  });

  it('"asked A to sell its stake" restricts A; "asked A to comment" does not', () => {
    expect(only('restricts')(scoredClaimsOf('The Committee on Foreign Investment asked Pamplona Capital Management to sell its stake in Cofense.'))).toEqual([
      'Committee on Foreign Investment -restricts-> Pamplona Capital Management',
    ]);
    expect(only('restricts')(claimsOf('The Committee on Foreign Investment asked Pamplona Capital Management to comment on its stake.'))).toEqual([]);
  });
});

describe('a maker demonstrating its thing', () => {
  it('"A demoed X" and "A demos X" make X A\'s; "the demo of X" names no maker', () => {
    expect(only('develops')(scoredClaimsOf('AMD demoed FreeSync at CES.'))).toEqual(['AMD -develops-> FreeSync']);
    expect(only('develops')(scoredClaimsOf('AMD demos FreeSync at CES.'))).toEqual(['AMD -develops-> FreeSync']);
    expect(only('develops')(claimsOf('The demo of FreeSync went well.'))).toEqual([]);
  });
});
