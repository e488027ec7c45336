import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rvs93 (stop 93, round 4), from set 89's courier, telecom, social and music readers: rivals named through a role noun
// beside another tie, later items of appositive rival lists, a region's adjective before the rival noun, and a buyer of a
// firm's rival. Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('a rival noun coordinated with another tie in a relative clause', () => {
  it('"Nokia, which is both an Ericsson customer and competitor" sets them against each other', () => {
    expect(rivals('Nokia, which is both an Ericsson customer and competitor, declined to comment.')).toEqual(['Ericsson -competes_with-> Nokia']);
  });

  it('"which is also an Ericsson partner and rival", "which is an Ericsson competitor and customer"', () => {
    expect(rivals('Nokia, which is also an Ericsson partner and rival, declined to comment.')).toEqual(['Ericsson -competes_with-> Nokia']);
    expect(rivals('Nokia, which is both an Ericsson competitor and customer, declined to comment.')).toHaveLength(1);
  });

  it('a customer and partner is no rival', () => {
    expect(rivals('Nokia, which is both an Ericsson customer and partner, declined to comment.')).toEqual([]);
  });

  it('a former or future tie is none', () => {
    expect(rivals('Nokia, which was once an Ericsson customer and competitor, declined to comment.')).toEqual([]);
    expect(rivals('Nokia, which would become an Ericsson customer and competitor, declined to comment.')).toEqual([]);
  });

  it('a supplier alone is none', () => {
    expect(rivals('Ericsson cut prices for Nokia, which was its only major supplier.')).toEqual([]);
  });
});

describe('appositive rival lists whose items carry their home state', () => {
  it('"Huawei\'s biggest rivals — Ericsson of Sweden and Nokia — …" names both', () => {
    expect(rivals("Huawei's biggest rivals — Ericsson of Sweden and Nokia — were far away.")).toEqual(['Huawei -competes_with-> Ericsson', 'Huawei -competes_with-> Nokia']);
  });

  it('both items with their states, and the comma form', () => {
    expect(rivals("Huawei's two biggest rivals — Ericsson of Sweden and Nokia of Finland — fought each other.")).toEqual(['Huawei -competes_with-> Ericsson', 'Huawei -competes_with-> Nokia']);
    expect(rivals("Huawei's biggest rivals, Ericsson of Sweden and Nokia, were far away.")).toEqual(['Huawei -competes_with-> Ericsson', 'Huawei -competes_with-> Nokia']);
  });

  it('former rivals, customers and suppliers are no rivals', () => {
    expect(rivals("Huawei's former rivals — Ericsson of Sweden and Nokia — were far away.")).toEqual([]);
    expect(rivals("Huawei's biggest customers — Vodafone of Britain and Telia — were far away.")).toEqual([]);
    expect(rivals("Huawei's suppliers — Qualcomm of the US and Intel — cut ties.")).toEqual([]);
  });
});

describe('a region\'s adjective before the rival noun', () => {
  it('"its Nordic rivals, Ericsson and Nokia" names the firms, not a firm "Nordic"', () => {
    expect(rivals("Huawei's troubles help its Nordic rivals, Ericsson and Nokia.")).toEqual(['Huawei -competes_with-> Ericsson', 'Huawei -competes_with-> Nokia']);
    expect(rivals("Nokia's troubles help its Baltic competitors, Ericsson and Samsung.")).toEqual(['Nokia -competes_with-> Ericsson', 'Nokia -competes_with-> Samsung']);
  });

  it('"Nordic rival Ericsson" still names the rival; a firm named with the adjective is kept', () => {
    expect(rivals('Nokia won the deal, while Nordic rival Ericsson lost share.')).toEqual(['Nokia -competes_with-> Ericsson']);
    expect(rivals('Nordic Semiconductor competes with Qualcomm.')).toEqual(['Nordic Semiconductor -competes_with-> Qualcomm']);
  });

  it('partners and regions named alone are no rivals', () => {
    expect(rivals("Nokia's Nordic partners, Ericsson and Telia, backed the plan.")).toEqual([]);
    expect(rivals("Huawei's troubles help its European rivals.")).toEqual([]);
  });
});

describe('a buyer of a firm\'s rival is none of its rivals', () => {
  it('"Reddit is buying TikTok\'s biggest competitor" makes Reddit no rival of TikTok', () => {
    expect(rivals("Reddit is buying TikTok's biggest competitor.")).toEqual([]);
    expect(rivals('Samsung is buying one of Apple\'s competitors.')).toEqual([]);
  });

  it('the rival named after the comma is still the possessor\'s', () => {
    expect(rivals("Reddit is buying TikTok's biggest competitor in India, Triller.")).toEqual(['TikTok -competes_with-> Triller']);
  });

  it('the copula still makes the subject the rival', () => {
    expect(rivals("Reddit is TikTok's biggest rival.")).toEqual(['Reddit -competes_with-> TikTok']);
  });
});

describe('later items of a list after "a rival service to"', () => {
  it('"Spotify, a rival service to Deezer and SoundCloud" sets Spotify against both', () => {
    expect(rivals('Spotify, a rival service to Deezer and SoundCloud, launched in May.')).toEqual(['Deezer -competes_with-> Spotify', 'SoundCloud -competes_with-> Spotify']);
  });

  it('a service to others\' users is no rival service', () => {
    expect(rivals('Spotify, a service to Deezer and SoundCloud users, launched in May.')).toEqual([]);
  });
});
