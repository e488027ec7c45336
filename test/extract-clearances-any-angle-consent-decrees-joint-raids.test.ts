import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 69, first round, from stop 68's last controls and bans samples (drawn after d3e54fa). Sentences written for the tests.

describe('a clearance on conditions, however the sentence turns it', () => {
  it('"approved plans by A to control B on restrictive conditions" restricts the buyer only', () => {
    expect(only('restricts')(scoredClaimsOf('The European Commission approved plans by Nokia to control Alcatel-Lucent on restrictive conditions.'))).toEqual([
      'European Commission -restricts-> Nokia',
    ]);
  });

  it('"A received restricted approval from the ministry" restricts A, and A restricts no one', () => {
    expect(only('restricts')(scoredClaimsOf("Qualcomm received restricted approval from China's Ministry of Commerce for the deal."))).toEqual([
      'Ministry of Commerce -restricts-> Qualcomm',
    ]);
  });

  it('"approved A\'s move to take control of B, but with certain restrictions" restricts A', () => {
    expect(only('restricts')(scoredClaimsOf("China's Ministry of Commerce approved Walmart's move to take control of Yihaodian, but with certain restrictions."))).toEqual([
      'Ministry of Commerce -restricts-> Walmart',
    ]);
  });

  it('conditional approval "on the concentration between A and B" restricts both parties', () => {
    expect(only('restricts')(scoredClaimsOf('The Ministry of Commerce gave conditional approval on the concentration between Google and Motorola Mobility.'))).toEqual([
      'Ministry of Commerce -restricts-> Google',
      'Ministry of Commerce -restricts-> Motorola Mobility',
    ]);
  });

  it('a headline\'s "A gets conditional approval to buy B from the Commission" restricts A', () => {
    expect(only('restricts')(scoredClaimsOf('Intel gets conditional approval to buy Altera from the European Commission'))).toEqual(['European Commission -restricts-> Intel']);
  });

  it('"has given its conditional approval to A\'s purchase of B" and "the takeover by A of B but stipulated" restrict A', () => {
    expect(only('restricts')(scoredClaimsOf("The European Commission has given its conditional approval to Microsoft's purchase of Activision Blizzard."))).toEqual([
      'European Commission -restricts-> Microsoft',
    ]);
    expect(only('restricts')(scoredClaimsOf('The European Commission gave the green light to the takeover by Intel of McAfee but stipulated that it keep interoperability.'))).toEqual([
      'European Commission -restricts-> Intel',
    ]);
  });

  it('"cleared A\'s merger with B on remedies" restricts both; "B\'s acquisition by A was cleared … subject to remedies" only A', () => {
    expect(only('restricts')(scoredClaimsOf("The European Commission cleared Orange's merger with MasMovil on remedies including the sale of spectrum."))).toEqual([
      'European Commission -restricts-> MasMovil',
      'European Commission -restricts-> Orange',
    ]);
    expect(only('restricts')(scoredClaimsOf("Altera's acquisition by Intel was cleared by the European Commission subject to remedies."))).toEqual(['European Commission -restricts-> Intel']);
  });

  it('"cleared A\'s purchase of B after A offered to license its technology" restricts A', () => {
    expect(only('restricts')(scoredClaimsOf("The European Commission cleared Mastercard's purchase of Nets after Mastercard offered to license its technology."))).toEqual([
      'European Commission -restricts-> Mastercard',
    ]);
  });

  it('"the approval is conditional on …" in the next sentence binds the buyer of a clearance told in any of these ways', () => {
    expect(only('restricts')(scoredClaimsOf('Intel received approval from the European Commission to buy Altera. The approval is conditional on the sale of a unit.'))).toEqual([
      'European Commission -restricts-> Intel',
    ]);
  });

  it('a clearance without conditions, one still to come, one not given and conditions only sought restrict no one', () => {
    for (const sentence of [
      "The European Commission unconditionally approved Google's acquisition of Fitbit.",
      'Intel won approval from the European Commission without any conditions for its purchase of Altera.',
      "The European Commission cleared Intel's bid for Altera with no strings attached.",
      "The European Commission approved Intel's acquisition of Altera amid difficult market conditions.",
      'The deal requires approval from the European Commission and is subject to customary closing conditions.',
      "The European Commission has not approved Intel's purchase of Altera, and may impose conditions.",
      "The European Commission approved Intel's acquisition of Altera; critics had sought remedies.",
    ]) expect(only('restricts')(claimsOf(sentence)), sentence).toEqual([]);
  });

  it('a clearance forecast with conditions is no restriction yet', () => {
    expect(only('restricts')(claimsOf("The European Commission is expected to approve Microsoft's purchase of Activision Blizzard subject to conditions."))).toEqual([]);
  });
});

describe('orders told around the firm', () => {
  it('"reached a consent decree with A" restricts A', () => {
    expect(only('restricts')(scoredClaimsOf('The Federal Communications Commission reached a consent decree with Verizon over the blocking of calls.'))).toEqual([
      'Federal Communications Commission -restricts-> Verizon',
    ]);
  });

  it('"A will accept a cease-and-desist order from the commission" restricts A', () => {
    expect(only('restricts')(scoredClaimsOf('Intel will accept a cease-and-desist order from the Japan Fair Trade Commission.'))).toEqual([
      'Japan Fair Trade Commission -restricts-> Intel',
    ]);
  });

  it('"the decree, issued by the commission, ordered A to stop the rebates" restricts A, as the commission\'s own order does', () => {
    expect(only('restricts')(scoredClaimsOf('The consent decree, issued by the Federal Trade Commission, ordered Intel to stop the rebates.'))).toEqual([
      'Federal Trade Commission -restricts-> Intel',
    ]);
    expect(only('restricts')(scoredClaimsOf('The Japan Fair Trade Commission ordered Intel to halt its rebates to PC makers.'))).toEqual(['Japan Fair Trade Commission -restricts-> Intel']);
  });

  it('"the commission said A had to remove the clauses" restricts A', () => {
    expect(only('restricts')(scoredClaimsOf('The Korea Fair Trade Commission said Qualcomm had to remove the clauses from its contracts.'))).toEqual([
      'Korea Fair Trade Commission -restricts-> Qualcomm',
    ]);
  });
});

describe('several agencies acting as one', () => {
  it('"a joint effort by A and B took down X and Y" bans both, by each agency', () => {
    expect(only('banned')(scoredClaimsOf('A joint effort by the Department of Justice and the FBI took down PokerStars and Full Tilt Poker.'))).toEqual([
      'FBI -banned-> Full Tilt Poker',
      'FBI -banned-> PokerStars',
      'Justice Department -banned-> Full Tilt Poker',
      'Justice Department -banned-> PokerStars',
    ]);
  });

  it('Europol is the EU\'s police agency', () => {
    expect(only('banned')(scoredClaimsOf('An operation by the FBI and Europol shut down PokerStars.'))).toEqual(['Europol -banned-> PokerStars', 'FBI -banned-> PokerStars']);
  });
});
