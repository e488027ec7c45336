import { describe, expect, it } from 'vitest';
import { claimsOf, only, scoredClaimsOf } from './extract-helpers';

// Stop 93, helper mrg93, from set 87's hospital reader: competition tribunals and courts stopping a merger, an acquisition or an
// offer; a city's body cancelling a firm's licence. Sentences written for the tests, names made up.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('mergers a tribunal or a court stops', () => {
  it('"blocked the merger between private hospital groups A and B": the parties\' kind before the first name', () => {
    const text = 'The Competition Tribunal has blocked the merger between private hospital groups Zenco Holdings and Qorva Group.';
    expect(restricts(text)).toEqual(['Competition Tribunal -restricts-> Qorva Group', 'Competition Tribunal -restricts-> Zenco Holdings']);
    expect(banned(text)).toEqual([]);
  });

  it('"The proposed merger between A and B, six years in the making, has been blocked, this time by the Court"', () => {
    const text = 'The proposed merger between Zenco Holdings and Qorva Group, six years in the making, has been blocked, this time by the Constitutional Court.';
    expect(restricts(text)).toEqual(['Constitutional Court -restricts-> Qorva Group', 'Constitutional Court -restricts-> Zenco Holdings']);
  });

  it('"filed a complaint and authorized a suit to block A\'s proposed acquisition of B" restricts the buyer', () => {
    const text = "The Federal Trade Commission filed a complaint and authorized a suit to block Zenco Holdings Inc.'s proposed acquisition of Qorva Group.";
    expect(restricts(text)).toEqual(['Federal Trade Commission -restricts-> Zenco Holdings Inc']);
  });

  it('"approved a complaint to stop the proposed merger of A and B" and "sued to block the merger of A and B" restrict both', () => {
    expect(restricts('The Federal Trade Commission approved a complaint to stop the proposed merger of Zenco Holdings and Qorva Group.')).toEqual([
      'Federal Trade Commission -restricts-> Qorva Group',
      'Federal Trade Commission -restricts-> Zenco Holdings',
    ]);
    expect(restricts('The Federal Trade Commission sued to block the merger of Zenco Holdings and Qorva Group.')).toEqual([
      'Federal Trade Commission -restricts-> Qorva Group',
      'Federal Trade Commission -restricts-> Zenco Holdings',
    ]);
  });

  it('"the court granted the Commission\'s bid to block (or pause) the planned merger of A and B"', () => {
    for (const verb of ['block', 'pause']) {
      expect(restricts(`A federal court granted the Federal Trade Commission's bid to ${verb} the planned merger of Zenco Holdings and Qorva Group.`)).toEqual([
        'Federal Trade Commission -restricts-> Qorva Group',
        'Federal Trade Commission -restricts-> Zenco Holdings',
      ]);
    }
  });

  it('"prohibited the group\'s proposed merger with B" restricts B and bans no one', () => {
    const text = "The Competition Tribunal prohibited the group's proposed merger with Qorva Holdings.";
    expect(restricts(text)).toEqual(['Competition Tribunal -restricts-> Qorva Holdings']);
    expect(banned("The Competition Tribunal has scuppered Zenco International's plans, saying it had prohibited the group's proposed merger with Qorva Holdings.")).toEqual([]);
  });
});

describe('near misses of stopped mergers', () => {
  it('a merger cleared, or one a body may block, gives no asserted restriction', () => {
    expect(restricts('The Competition Tribunal approved the merger between private hospital groups Zenco Holdings and Qorva Group.')).toEqual([]);
    expect(restricts('The Competition Tribunal may block the merger between rival hospital groups Zenco Holdings and Qorva Group.')).toEqual([]);
    expect(restricts('The proposed merger between Zenco Holdings and Qorva Group, first announced in May, has been cleared by the Competition Tribunal.')).toEqual([]);
  });

  it('a recommendation is no act: "recommended that the Tribunal prohibit …", "recommends prohibition of A, B deal"', () => {
    const advised = 'The Competition Commission recommended that the Competition Tribunal prohibit the merger between hospital groups Zenco Holdings and Qorva Group.';
    expect(restricts(advised)).toEqual([]);
    expect(claimsOf(advised, 'proposed')).toContain('Competition Tribunal -restricts-> Zenco Holdings');
    const headline = 'Competition Commission recommends prohibition of Zenco Holdings, Qorva Group deal';
    expect(banned(headline)).toEqual([]);
    expect(only('banned')(claimsOf(headline, 'proposed'))).toEqual([]);
  });

  it('a wish, a plan or a refusal to file is no suit', () => {
    expect(restricts("The Federal Trade Commission wants to block Zenco Holdings' proposed acquisition of Qorva Group.")).toEqual([]);
    expect(restricts("The Federal Trade Commission plans to file a suit to block Zenco Holdings' proposed acquisition of Qorva Group.")).toEqual([]);
    expect(restricts("The Federal Trade Commission did not file a suit to block Zenco Holdings' proposed acquisition of Qorva Group.")).toEqual([]);
  });

  it('a firm\'s suit, a bid denied, or a party named only in a later clause gives nothing', () => {
    expect(restricts("Qorva Group filed a lawsuit to block Zenco Holdings' proposed acquisition of Vexa Corp.")).toEqual([]);
    expect(restricts("The Supreme Court denied the Federal Trade Commission's bid to block the planned merger of Zenco Holdings and Qorva Group.")).toEqual([]);
    expect(restricts("The court granted Qorva Group's request to block the merger of Zenco Holdings and Vexa Corp.")).toEqual([]);
    expect(restricts('The Competition Tribunal blocked the merger between the two groups, Zenco Holdings said on Monday.')).toEqual([]);
    expect(restricts('The Competition Tribunal blocked the merger of two hospitals owned by Zenco Holdings.')).toEqual([]);
    expect(restricts('The Competition Tribunal heard a challenge to the merger of Zenco Holdings and Qorva Group.')).toEqual([]);
    expect(restricts("Law firm Vexa Partners filed a suit to block Zenco Holdings' acquisition of Qorva Group on behalf of the Federal Trade Commission.")).toEqual([]);
  });
});

describe('courts holding up a buyer\'s deal or offer', () => {
  it('"refused to vacate its order that restrained A from going ahead with its open offer for B" restricts A, bans no one', () => {
    const text = 'The Supreme Court refused to vacate its order that restrained Zenco Holdings from going ahead with its open offer for Qorva Group.';
    expect(restricts(text)).toEqual(['Supreme Court -restricts-> Zenco Holdings']);
    expect(banned(text)).toEqual([]);
  });

  it('"stayed the sale of B to A" restricts the buyer', () => {
    expect(restricts('The Supreme Court stayed the sale of Qorva Group to Zenco Holdings.')).toEqual(['Supreme Court -restricts-> Zenco Holdings']);
  });

  it('a stay kept on the buyer\'s offer: "refused to lift", "extended", "ordered the continuation of"', () => {
    for (const kept of ['refused to lift the stay', 'extended the stay', 'ordered the continuation of a stay']) {
      expect(restricts(`Shares fell after the Supreme Court ${kept} on Zenco Holdings' open offer for Qorva Group.`)).toEqual(['Supreme Court -restricts-> Zenco Holdings']);
    }
  });

  it('near misses: a stay lifted or refused, an order refused, a stay one could grant, a sale of land', () => {
    expect(restricts("The Supreme Court lifted the stay on Zenco Holdings' open offer for Qorva Group.")).toEqual([]);
    expect(restricts('The Supreme Court refused to stay the sale of Qorva Group to Zenco Holdings.')).toEqual([]);
    expect(restricts('The Supreme Court refused to restrain Zenco Holdings from going ahead with its open offer for Qorva Group.')).toEqual([]);
    expect(restricts("The Competition Tribunal could stay Zenco Holdings' open offer for Qorva Group.")).toEqual([]);
    expect(restricts("The Supreme Court stayed the sale of Qorva Group's land to the Ruritania Port Trust.")).toEqual([]);
    expect(restricts("The High Court set aside the stay on Zenco Holdings' open offer for Qorva Group.")).toEqual([]);
  });
});

describe('a city\'s body cancelling a firm\'s licence', () => {
  it('"The Mumbai city government cancelled the licence of A" bans A, the city acting (not the dateline\'s state)', () => {
    expect(banned('New Delhi: The Mumbai city government has cancelled the licence of Zenco Hospitals Ltd after the fire.')).toEqual(['Mumbai -banned-> Zenco Hospitals Ltd']);
    expect(banned('The Mumbai municipal corporation cancelled the license of Zenco Hospitals Ltd after the fire.')).toEqual(['Mumbai -banned-> Zenco Hospitals Ltd']);
  });

  it('near misses: a licence renewed, one not cancelled or only threatened, a lease, a doctor\'s licence, another\'s act', () => {
    expect(banned('The Mumbai city government renewed the licence of Zenco Hospitals Ltd.')).toEqual([]);
    expect(banned('The Mumbai city government did not cancel the licence of Zenco Hospitals Ltd.')).toEqual([]);
    expect(banned('The Mumbai city government may cancel the licence of Zenco Hospitals Ltd.')).toEqual([]);
    expect(banned('The Mumbai city government cancelled the lease of Zenco Hospitals Ltd.')).toEqual([]);
    expect(banned('The Mumbai city government cancelled the licence of Dr Ravi Zenkar, a surgeon at Zenco Hospitals Ltd.')).toEqual([]);
    expect(banned('The Mumbai city government said Zenco Holdings cancelled the licence of Qorva Clinics Ltd.')).toEqual([]);
    expect(banned("The Mumbai city government cancelled the licence of Zenco Hospitals Ltd's canteen contractor.")).toEqual([]);
    expect(banned('The Mumbai city government cancelled the licence of a pharmacy run by Zenco Hospitals Ltd.')).toEqual([]);
    expect(banned('The Mumbai city government was asked to cancel the licence of Zenco Hospitals Ltd.')).toEqual([]);
  });
});
