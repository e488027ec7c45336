import { describe, expect, it } from 'vitest';
import { shortNameOf } from '../src/pipeline/extract/bracketed-makers';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper tko93 (stop 93, round 4), from set 89's couriers and music readers: a competition body's withheld permission for a takeover,
// a bid blocked with its bidder after it, orders to compensate or refund customers, undertakings of two-word kinds, another name in
// brackets after an ordered firm, and short names defined in brackets that made a firm develop itself. Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));

describe('a permission withheld for a takeover restricts the buyer', () => {
  it('"did not grant permission for the acquisition of Qorva by Zenco" restricts Zenco only', () => {
    expect(restricts('The Ruritania Competition Authority did not grant permission for the acquisition of Qorva Inc by Zenco Ltd.')).toEqual(['Ruritania Competition Authority -restricts-> Zenco Ltd']);
  });

  it('"does not give permission for the planned acquisition of …", "refused approval for Zenco\'s takeover of …"', () => {
    expect(restricts('The Ruritania Competition Authority does not give permission for the planned acquisition of Qorva Inc by Zenco Ltd.')).toEqual(['Ruritania Competition Authority -restricts-> Zenco Ltd']);
    expect(restricts("The Ruritania Competition Authority refused approval for Zenco Ltd's takeover of Qorva Inc.")).toEqual(['Ruritania Competition Authority -restricts-> Zenco Ltd']);
  });

  it('"did not grant permission for the merger of Zenco and Qorva" restricts both', () => {
    expect(restricts('The Ruritania Competition Authority did not grant permission for the merger of Zenco Ltd and Qorva Inc.')).toEqual([
      'Ruritania Competition Authority -restricts-> Qorva Inc',
      'Ruritania Competition Authority -restricts-> Zenco Ltd',
    ]);
  });

  it('"blocked a 5.2 billion euro bid by Zenco for Qorva" restricts the bidder', () => {
    expect(restricts('The Zembla Commission blocked a 5.2 billion euro bid by Zenco Parcel Inc for Qorva Express.')).toEqual(['Zembla Commission -restricts-> Zenco Parcel Inc']);
  });

  it('not a permission pending, granted, hedged, urged, or withheld by a firm', () => {
    expect(restricts('The Ruritania Competition Authority has not yet granted permission for the acquisition of Qorva Inc by Zenco Ltd.')).toEqual([]);
    expect(restricts('The Ruritania Competition Authority granted permission for the acquisition of Qorva Inc by Zenco Ltd.')).toEqual([]);
    expect(restricts('The Ruritania Competition Authority may not grant permission for the acquisition of Qorva Inc by Zenco Ltd.')).toEqual([]);
    expect(restricts('Critics urged the Ruritania Competition Authority to refuse approval for the acquisition of Qorva Inc by Zenco Ltd.')).toEqual([]);
    expect(restricts('Zenco Ltd did not grant permission for the acquisition of Qorva Inc by Vexa Corp.')).toEqual([]);
    expect(restricts('Zenco Air rejected a bid by Qorva Air for its cargo unit.')).toEqual([]);
    expect(restricts('The Ruritania Competition Authority said it will not grant permission for the acquisition of Qorva Inc by Zenco Ltd unless Zenco Ltd sells its depots.')).toEqual([]);
    expect(restricts("The Ruritania Competition Authority would not give approval for Zenco Ltd's takeover of Qorva Inc in its current form.")).toEqual([]);
  });

  it("not the fund another firm advises, nor a rival named through the buyer's possessive", () => {
    expect(restricts('The Ruritania Competition Authority did not grant permission for the acquisition of Qorva Inc by a fund advised by Zenco Ltd.')).toEqual([]);
    expect(restricts("The Ruritania Competition Authority did not grant permission for the acquisition of Qorva Inc by Zenco Ltd's rival Vexa Corp.")).toEqual([]);
  });
});

describe('an order to compensate or refund customers restricts the firms ordered', () => {
  it('"orders Zenco and Qorva to compensate shoppers" restricts both', () => {
    expect(restricts('The Zembla Competition Commission orders Zenco Ltd and Qorva Inc to compensate shoppers.')).toEqual([
      'Zembla Competition Commission -restricts-> Qorva Inc',
      'Zembla Competition Commission -restricts-> Zenco Ltd',
    ]);
  });

  it('"directed Zenco to refund customers", "to provide compensation to …", "to pay more than $600 million in passenger refunds"', () => {
    expect(restricts('The Zembla Competition Commission directed Zenco Ltd to refund customers.')).toEqual(['Zembla Competition Commission -restricts-> Zenco Ltd']);
    expect(restricts('The Zembla Commission ordered Zenco Air to provide compensation to affected travellers.')).toEqual(['Zembla Commission -restricts-> Zenco Air']);
    expect(restricts('The Zembla Transport Department has ordered Zenco Air to pay more than $600 million in passenger refunds.')).toEqual(['Zembla Transport Department -restricts-> Zenco Air']);
  });

  it('not an order to pay costs, fines or damages, a request, a firm ordering its staff, or a firm offering redress', () => {
    expect(restricts('The Zembla Competition Commission ordered Zenco Ltd to pay costs.')).toEqual([]);
    expect(restricts('The Zembla Transport Department ordered Zenco Air to pay $5 million in fines.')).toEqual([]);
    expect(restricts('The Zembla Competition Commission ordered Zenco Ltd to pay damages to Qorva Inc.')).toEqual([]);
    expect(restricts('The Zembla Competition Commission asked Zenco Ltd to compensate customers.')).toEqual([]);
    expect(restricts('Zenco Ltd ordered its staff to refund customers.')).toEqual([]);
    expect(restricts('Zenco Air said it would pay compensation to passengers.')).toEqual([]);
    expect(restricts('The Zembla Competition Commission may order Zenco Ltd to compensate customers.')).toEqual([]);
    expect(restricts("The Zembla Competition Commission ordered Zenco Ltd's retailer Qorva Inc to refund customers.")).not.toContain('Zembla Competition Commission -restricts-> Zenco Ltd');
    expect(restricts("Zenco Ltd's agency said the Zembla Competition Commission ordered it to refund customers.")).toEqual([]);
  });
});

describe('undertakings and orders told around brackets', () => {
  it('"accepted a court enforceable undertaking from Zenco (Zenco) and Qorva Pty Limited (Qorva)" restricts both and makes nothing', () => {
    expect(scoredClaimsOf('The Zembla Competition Commission has accepted a court enforceable undertaking from Zenco Holdings Limited (Zenco) and Qorva Pty Limited (Qorva).')).toEqual([
      'Zembla Competition Commission -restricts-> Qorva Pty Limited',
      'Zembla Competition Commission -restricts-> Zenco Holdings Limited',
    ]);
  });

  it('not an undertaking only offered, weighed, refused or not accepted', () => {
    expect(restricts('Zenco Air offered an enforceable undertaking to the Zembla Commission.')).toEqual([]);
    expect(restricts('The Zembla Commission is considering whether to accept an enforceable undertaking from Zenco Air.')).toEqual([]);
    expect(restricts('The Zembla Competition Commission rejected the undertaking offered by Zenco Ltd.')).toEqual([]);
    expect(restricts('The Zembla Competition Commission has not accepted the undertaking offered by Zenco Ltd.')).toEqual([]);
    expect(restricts('Zenco Ltd accepted a court enforceable undertaking from Qorva Inc.')).toEqual([]);
    expect(restricts('The Zembla Competition Commission may accept a court enforceable undertaking from Zenco Ltd.')).toEqual([]);
    expect(restricts('The Zembla Competition Commission proposed to accept a court enforceable undertaking from Zenco Ltd.')).toEqual([]);
  });

  it('"ruled that Zenco Group (aka Zen) must sell Qorva Records" restricts Zenco Group', () => {
    expect(restricts('The Zembla Competition Commission ruled that Zenco Group (aka Zen) must sell Qorva Records.')).toEqual(['Zembla Competition Commission -restricts-> Zenco Group']);
  });

  it('a short name defined in brackets after a firm is no thing it makes', () => {
    expect(only('develops')(scoredClaimsOf('The deal involved the Zembla Postal Corporation (Zembla Post) and Qorva Express Pty Limited (Qorva).'))).toEqual([]);
    expect(shortNameOf('Zembla Postal Corporation', 'Zembla Post')).toBe(true);
    expect(shortNameOf('Zenco Holdings', 'ZH')).toBe(true);
    expect(shortNameOf('Qorva Express Pty Limited', 'Qorva')).toBe(true);
  });

  it('a product in brackets after its maker still counts', () => {
    expect(shortNameOf('Zenco', 'Flick')).toBe(false);
    expect(shortNameOf('Zenco Mobile', 'Zenco Phone')).toBe(false);
    expect(shortNameOf('Zenco Electronics', 'Zenco Pay')).toBe(false);
    expect(shortNameOf('Zenco', 'Zen Music')).toBe(false);
    expect(only('develops')(scoredClaimsOf('Makers including Zenco (Flick), Qorva (Pulse) and Vexa (Glint) showed phones.'))).toEqual([
      'Qorva -develops-> Pulse',
      'Vexa -develops-> Glint',
      'Zenco -develops-> Flick',
    ]);
  });
});
