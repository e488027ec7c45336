import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper ban90c, from stop 90's eightieth fresh sample: a regulator's corrective measures on firms named after a count, commitments
// secured from a list of firms, a presumption of denial for exports to named places, frozen export privileges, and clips about a
// thing a platform removes (which ban nothing). Sentences written for the tests.

const restricts = (text: string): string[] => only('restricts')(scoredClaimsOf(text));
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('corrective measures imposed on firms', () => {
  it('restricts each firm named, after a count noun too', () => {
    expect(restricts('The Zembla Fair Trade Commission decided to impose corrective measures and fines on two platforms, Zenco Co., Ltd. and Qorva Co., Ltd.')).toEqual([
      'Zembla Fair Trade Commission -restricts-> Qorva Co., Ltd',
      'Zembla Fair Trade Commission -restricts-> Zenco Co., Ltd',
    ]);
    expect(restricts('The Zembla Fair Trade Commission imposed corrective measures on Zenco Co., Ltd. and Qorva Co., Ltd.')).toEqual([
      'Zembla Fair Trade Commission -restricts-> Qorva Co., Ltd',
      'Zembla Fair Trade Commission -restricts-> Zenco Co., Ltd',
    ]);
    expect(restricts('The Zembla Fair Trade Commission ordered remedial measures against Zenco Inc.')).toEqual(['Zembla Fair Trade Commission -restricts-> Zenco Inc']);
  });

  it('fines alone, plans, negations, lifted measures and a firm\'s own measures restrict no one', () => {
    expect(restricts('The Zembla Fair Trade Commission imposed fines on two platforms, Zenco Co., Ltd. and Qorva Co., Ltd.')).toEqual([]);
    expect(restricts('The Zembla Fair Trade Commission plans to impose corrective measures on Zenco Co., Ltd. and Qorva Co., Ltd.')).toEqual([]);
    expect(restricts('The Zembla Fair Trade Commission did not impose corrective measures on Zenco Co., Ltd.')).toEqual([]);
    expect(restricts('The Zembla Fair Trade Commission may impose corrective measures on Zenco Co., Ltd.')).toEqual([]);
    expect(restricts('The Zembla Fair Trade Commission lifted corrective measures on Zenco Co., Ltd. and Qorva Co., Ltd.')).toEqual([]);
    expect(restricts('Zenco Co., Ltd. imposed corrective measures on its suppliers, Qorva Co., Ltd. and Vexa Ltd.')).toEqual([]);
  });
});

describe('commitments secured from a list of firms', () => {
  it('restricts every firm of the list', () => {
    expect(restricts('The Zembla Fair Trade Commission has secured a refund commitment from Zenco Inc., Qorva Corp., Vexa Ltd. and Borvik Corp.')).toEqual([
      'Zembla Fair Trade Commission -restricts-> Borvik Corp',
      'Zembla Fair Trade Commission -restricts-> Qorva Corp',
      'Zembla Fair Trade Commission -restricts-> Vexa Ltd',
      'Zembla Fair Trade Commission -restricts-> Zenco Inc',
    ]);
  });

  it('a rejected commitment, or the customers of another firm, restrict no one else', () => {
    expect(restricts('The Zembla Fair Trade Commission has rejected a refund commitment from Zenco Inc. and Qorva Corp.')).toEqual([]);
    expect(restricts('The Zembla Fair Trade Commission has secured a refund commitment from Zenco Inc. for customers of Qorva Corp.')).toEqual([
      'Zembla Fair Trade Commission -restricts-> Zenco Inc',
    ]);
  });
});

describe('a presumption of denial for exports to places', () => {
  it('restricts the places named, after a group\'s description too', () => {
    expect(restricts('The Commerce Department announced a presumption of denial for exports to countries in Group D, most notably Russia and Iran.')).toEqual([
      'Commerce Department -restricts-> Iran',
      'Commerce Department -restricts-> Russia',
    ]);
    expect(restricts('The Commerce Department adopted a presumption of denial for licence applications for exports to Russia.')).toEqual(['Commerce Department -restricts-> Russia']);
  });

  it('a presumption lifted, proposed, criticised, replaced or only possible restricts nothing', () => {
    expect(restricts('The Commerce Department lifted the presumption of denial for exports to Russia.')).toEqual([]);
    expect(restricts('The Commerce Department proposed a presumption of denial for exports to Russia.')).toEqual([]);
    expect(restricts('Zenco Inc. criticised the presumption of denial for exports to Russia.')).toEqual([]);
    expect(restricts('The Commerce Department replaced the presumption of denial for exports to Russia with case-by-case review.')).toEqual([]);
    expect(restricts('The Commerce Department may adopt a presumption of denial for exports to Russia.')).toEqual([]);
    expect(restricts('The Commerce Department applied a presumption of denial for exports from Russia to Iran.')).not.toContain('Commerce Department -restricts-> Russia');
  });
});

describe('frozen export privileges', () => {
  it('restrict the firms whose privileges they are, not where their exports went', () => {
    expect(restricts('The Commerce Department froze export privileges of Zenco Inc. and Qorva Corp. for illegal exports to Russia.')).toEqual([
      'Commerce Department -restricts-> Qorva Corp',
      'Commerce Department -restricts-> Zenco Inc',
    ]);
    expect(restricts('The Commerce Department suspended the export privileges of Zenco Inc., which shipped parts to Russia.')).toEqual(['Commerce Department -restricts-> Zenco Inc']);
  });

  it('restored privileges or a firm\'s own loss name no restriction by a state', () => {
    expect(restricts('The Commerce Department restored the export privileges of Zenco Inc.')).toEqual([]);
    expect(restricts('Zenco Inc. lost its export privileges to Russia.')).toEqual([]);
    expect(restricts('The Commerce Department banned exports to Russia.')).toEqual(['Commerce Department -restricts-> Russia']);
  });
});

describe('clips about a thing removed by a platform', () => {
  it('ban no product', () => {
    expect(banned("ZenTube removes 'Vexa Pod Challenge' videos.")).toEqual([]);
    expect(banned("ZenTube removed videos of the 'Vexa Pod Challenge' on Monday.")).toEqual([]);
    expect(banned('ZenTube pulled clips showing the Vexa Pod Challenge.')).toEqual([]);
  });

  it('a removal of the thing itself, or of a show\'s episodes, still bans it', () => {
    expect(banned('ZenTube removed Vexa from its store.')).toEqual(['ZenTube -banned-> Vexa']);
    expect(banned('Zembla banned the Vexa app.')).toEqual(['Zembla -banned-> Vexa']);
    expect(banned('ZenTube removed all episodes of the Vexa Show.')).toEqual(['ZenTube -banned-> Vexa Show']);
    expect(banned('Zembla blocked Vexa Video, a streaming app.')).toEqual(['Zembla -banned-> Vexa Video']);
  });
});
