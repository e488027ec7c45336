import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 70, first round, from stop 69's last six samples (drawn after e62cac1). Sentences written for the tests.

describe('lists on the lines under a colon', () => {
  it('bulleted names under "blocked the following websites:" are each banned', () => {
    const text = 'Indonesia has blocked the following websites:\n- Zenbet\n- Qorvabet\n- Plixbet\n\nThe ministry gave no reason.';
    expect(only('banned')(scoredClaimsOf(text))).toEqual(['Indonesia -banned-> Plixbet', 'Indonesia -banned-> Qorvabet', 'Indonesia -banned-> Zenbet']);
  });

  it('numbered items with a note in brackets, after a blank line, are each put on the list', () => {
    const text = 'The Reserve Bank of India added the following entities to its Alert List:\n\n1. OctaFX (website)\n2. Olymp Trade (mobile app)\n3. Binomo';
    expect(only('restricts')(scoredClaimsOf(text))).toEqual([
      'Reserve Bank of India -restricts-> Binomo',
      'Reserve Bank of India -restricts-> OctaFX',
      'Reserve Bank of India -restricts-> Olymp Trade',
    ]);
  });

  it('a Markdown or HTML list (one name a line, no bullets) under a launch is each made', () => {
    expect(only('develops')(scoredClaimsOf('Google announced three new products:\nPixel 9\nPixel Watch 3\nPixel Buds Pro 2'))).toEqual([
      'Google -develops-> Pixel 9',
      'Google -develops-> Pixel Buds Pro 2',
      'Google -develops-> Pixel Watch 3',
    ]);
  });

  it('lines that read as sentences stay sentences, and a one-word head lists nothing', () => {
    expect(only('banned')(claimsOf('Indonesia explained its reasons:\n- The ministry banned gambling sites in May.\n- Courts upheld the rules on appeal.'))).toEqual([]);
    expect(only('develops')(claimsOf('Related:\nPixel 9\nPixel Watch 3'))).toEqual([]);
  });
});

describe('orders to change or undo a practice', () => {
  it('"ordered A to de-list the links" and "to remove the search results" restrict A', () => {
    expect(only('restricts')(scoredClaimsOf('The CNIL ordered Google to de-list the links on all of its domains.'))).toEqual(['CNIL -restricts-> Google']);
    expect(only('restricts')(scoredClaimsOf('The CNIL ordered Google to remove the search results from all its domains.'))).toEqual(['CNIL -restricts-> Google']);
  });

  it('"was ordered by the court to change its suggestion feature" restricts the firm; an order to publish a report does not', () => {
    expect(only('restricts')(scoredClaimsOf('Google was ordered by the CNIL to change its search suggestion feature.'))).toEqual(['CNIL -restricts-> Google']);
    expect(only('restricts')(claimsOf('The CNIL ordered Google to publish a report on its search suggestion feature.'))).toEqual([]);
  });

  it('a deadline in hours to stop tracking users restricts the firm', () => {
    expect(only('restricts')(scoredClaimsOf('The CNIL gave Google 48 hours to stop tracking its users.'))).toEqual(['CNIL -restricts-> Google']);
  });
});

describe('divestitures a body requires', () => {
  it('"will require A to divest assets" and "required A to sell its unit" restrict A; "required A to file" does not', () => {
    expect(only('restricts')(scoredClaimsOf('The Justice Department will require Microsoft to divest assets before it completes the deal.'))).toEqual(['Justice Department -restricts-> Microsoft']);
    expect(only('restricts')(scoredClaimsOf('The Justice Department required Microsoft to sell its Lumia business.'))).toEqual(['Justice Department -restricts-> Microsoft']);
    expect(only('restricts')(claimsOf('The Justice Department required Microsoft to file its papers by May.'))).toEqual([]);
  });

  it('"ordered A to unwind its purchase" restricts A', () => {
    expect(only('restricts')(scoredClaimsOf("The Competition and Markets Authority ordered Microsoft to unwind its purchase of Nokia."))).toEqual([
      'Competition and Markets Authority -restricts-> Microsoft',
    ]);
  });

  it('"A reached an agreement with the Department to sell off assets" restricts A; an agreement to buy does not', () => {
    expect(only('restricts')(scoredClaimsOf('Microsoft reached an agreement with the Justice Department to sell off assets in three states.'))).toEqual(['Justice Department -restricts-> Microsoft']);
    expect(only('restricts')(claimsOf('Microsoft reached an agreement with the Justice Department to buy assets in three states.'))).toEqual([]);
  });

  it('a clearance "but said A would have to divest", or "providing that", restricts A; an unconditional one does not', () => {
    expect(only('restricts')(scoredClaimsOf("The European Commission approved Microsoft's purchase of Nokia but said Microsoft would have to divest its Lumia unit."))).toEqual([
      'European Commission -restricts-> Microsoft',
    ]);
    expect(only('restricts')(scoredClaimsOf("The European Commission approved Microsoft's proposed takeover of Nokia providing that Microsoft keeps the patents open."))).toEqual([
      'European Commission -restricts-> Microsoft',
    ]);
    expect(only('restricts')(claimsOf("The European Commission approved Microsoft's purchase of Nokia and said Microsoft would keep its Lumia unit."))).toEqual([]);
  });
});

describe('settled charges whose terms the next sentence states', () => {
  it('"A settled Commission charges that …" then "The settlement bars A from …" restricts A', () => {
    expect(only('restricts')(scoredClaimsOf('Microsoft settled Federal Trade Commission charges that it deceived consumers. The settlement bars Microsoft from making false claims.'))).toEqual([
      'Federal Trade Commission -restricts-> Microsoft',
    ]);
  });

  it('"The Commission settled a complaint against A and B" then "The orders bar the firms …" restricts both; with no terms, neither', () => {
    expect(only('restricts')(scoredClaimsOf('The Federal Trade Commission settled a complaint against Microsoft and Oracle. The orders bar the firms from using spyware.'))).toEqual([
      'Federal Trade Commission -restricts-> Microsoft',
      'Federal Trade Commission -restricts-> Oracle',
    ]);
    expect(only('restricts')(claimsOf('The Federal Trade Commission settled a complaint against Microsoft and Oracle. The firms paid $2 million.'))).toEqual([]);
  });
});

describe('light-verb orders, sites told to close, rivals not to be outdone', () => {
  it('"passed a settlement order against A" restricts A', () => {
    expect(only('restricts')(scoredClaimsOf('The Competition Commission of India passed a settlement order against Google.'))).toEqual(['Competition Commission of India -restricts-> Google']);
  });

  it('"A was asked by the Board to shut down" bans A; asked to comment, nothing', () => {
    expect(only('banned')(scoredClaimsOf('Zenbet was asked by the Media Development Authority to shut down.'))).toEqual(['Media Development Authority -banned-> Zenbet']);
    expect(only('banned')(claimsOf('Zenbet was asked by the Media Development Authority to comment.'))).toEqual([]);
  });

  it('"Not to be outdone by long-time nemesis B, A unveiled …" makes A and B rivals', () => {
    expect(only('competes_with')(scoredClaimsOf('Not to be outdone by long-time nemesis Google, Microsoft unveiled the Surface Duo.'))).toEqual(['Microsoft -competes_with-> Google']);
  });
});

describe('a listing act before a colon, in one sentence', () => {
  it('"announced the addition of the following companies to the SDN List: A and B" restricts each, inline or on bulleted lines', () => {
    const expected = ['Office of Foreign Assets Control -restricts-> Qorva Ltd', 'Office of Foreign Assets Control -restricts-> Zenco Ltd'];
    expect(only('restricts')(scoredClaimsOf('OFAC announced the addition of the following companies to the SDN List: Zenco Ltd and Qorva Ltd.'))).toEqual(expected);
    expect(only('restricts')(scoredClaimsOf('OFAC announced the addition of the following companies to the SDN List:\n• Zenco Ltd\n• Qorva Ltd'))).toEqual(expected);
  });
});

describe('a second verb of the same subject after a place', () => {
  it('"A banned B from its store and removed C" bans B and C by A, not C by B', () => {
    expect(only('banned')(scoredClaimsOf('Valve banned CSGO Lotto from Steam and removed CSGODouble from the store.'))).toEqual([
      'Valve -banned-> CSGO Lotto',
      'Valve -banned-> CSGODouble',
    ]);
  });
});

describe('a maker before more than one modifier', () => {
  it('"AMD\'s cutting-edge 4th-generation EPYC processors" are made by AMD', () => {
    expect(only('develops')(scoredClaimsOf("AMD's cutting-edge 4th-generation EPYC processors power the system."))).toEqual(['AMD -develops-> EPYC']);
  });
});
