import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Stop 82's fresh bans and sanctions samples: a list named a sentence after the act by the act's noun ("The cancellation concerns
// A, B and C", "The ruling covers A"), and a reported act's list whose members carry descriptions ("A, a shipping firm, B, a trader,
// and C", "A, which ships oil, and B") or close with "as well as". Sentences written for the tests.

describe('a licence\'s cancellation or a court\'s ruling named after the act lists what it hit', () => {
  it('"The cancellation concerns A, B and C" after a regulator cancelled licences bans each', () => {
    expect(only('banned')(scoredClaimsOf("Pakistan's media regulator cancelled the licences of ten channels on Monday. The cancellation concerns Zenco TV, Qorva News and Vexa FM."))).toEqual([
      "Pakistan's media regulator -banned-> Qorva News",
      "Pakistan's media regulator -banned-> Vexa FM",
      "Pakistan's media regulator -banned-> Zenco TV",
    ]);
  });

  it('"The cancellations include …", "The revocation affects …" the same', () => {
    expect(only('banned')(scoredClaimsOf("Pakistan's media regulator cancelled the licences of ten channels. The cancellations include Zenco TV and Qorva News."))).toEqual([
      "Pakistan's media regulator -banned-> Qorva News",
      "Pakistan's media regulator -banned-> Zenco TV",
    ]);
    expect(only('banned')(scoredClaimsOf("Pakistan's media regulator revoked the licences of four broadcasters. The revocation affects Zenco TV, Qorva News and Vexa FM."))).toEqual([
      "Pakistan's media regulator -banned-> Qorva News",
      "Pakistan's media regulator -banned-> Vexa FM",
      "Pakistan's media regulator -banned-> Zenco TV",
    ]);
  });

  it('"The ruling covers A and B" after a court ordered a ban', () => {
    expect(only('banned')(scoredClaimsOf('A Turkish court ordered a ban on six apps. The ruling covers Zenchat and Qorva Messenger.'))).toEqual([
      'Türkiye -banned-> Qorva Messenger',
      'Türkiye -banned-> Zenchat',
    ]);
  });

  it('"The court\'s decision covers A and B": an unnamed body\'s act is the act told before', () => {
    expect(only('banned')(scoredClaimsOf("A Turkish court blocked access to six news sites. The court's decision covers Zenco News and Qorva Times."))).toEqual([
      'Türkiye -banned-> Qorva Times',
      'Türkiye -banned-> Zenco News',
    ]);
    expect(only('restricts')(scoredClaimsOf("The Treasury sanctioned 12 firms. The department's action targets Zenco Inc and Qorva Holdings."))).toEqual([
      'Treasury -restricts-> Qorva Holdings',
      'Treasury -restricts-> Zenco Inc',
    ]);
    expect(only('banned')(scoredClaimsOf("A Turkish court blocked access to six news sites. The court's decision does not cover Zenco News and Qorva Times."))).toEqual([]);
    expect(scoredClaimsOf("Zenco Inc sued the regulator. The court's ruling covers Zenco Inc and Qorva Labs.")).toEqual([]);
  });

  it('what the clause after "but" or "while" spares is not covered', () => {
    expect(only('banned')(scoredClaimsOf('India banned 59 Chinese apps on Monday. The ban covers Zenchat and Qorva Messenger, but not Vexa Play.'))).toEqual([
      'India -banned-> Qorva Messenger',
      'India -banned-> Zenchat',
    ]);
    expect(only('banned')(scoredClaimsOf('India banned 59 Chinese apps on Monday. The ban covers Zenchat and Qorva Messenger, while Vexa Play was spared.'))).not.toContain('India -banned-> Vexa Play');
    expect(only('restricts')(scoredClaimsOf('The Treasury sanctioned 12 firms. The designations include Zenco Inc and Qorva Holdings, but not Vexa Industries.'))).toEqual([
      'Treasury -restricts-> Qorva Holdings',
      'Treasury -restricts-> Zenco Inc',
    ]);
  });

  it('a cancellation not done, only planned, or of a firm\'s own contract bans nothing', () => {
    expect(only('banned')(scoredClaimsOf("Pakistan's media regulator did not cancel the licences of ten channels. The cancellation would affect Zenco TV and Qorva News."))).toEqual([]);
    expect(only('banned')(scoredClaimsOf("Pakistan's media regulator plans to cancel the licences of ten channels. The cancellation concerns Zenco TV and Qorva News."))).toEqual([]);
    expect(scoredClaimsOf('Zenco Inc cancelled its contract with Qorva Holdings. The cancellation affects Vexa Industries and Lumo Labs.')).toEqual([]);
    expect(only('banned')(scoredClaimsOf("The court's ruling covers Zenco Inc and Qorva Labs."))).toEqual([]);
  });

  it('people, and those the order spares or exempts, are not banned', () => {
    expect(only('banned')(scoredClaimsOf("Pakistan's media regulator cancelled the licences of ten channels. The cancellation concerns journalists John Smith and Mary Jones."))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('A Turkish court ordered a ban on six apps. The ruling spares Zenchat and Qorva Messenger.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('A Turkish court ordered a ban on six apps. The order exempts Zenchat and Qorva Messenger.'))).toEqual([]);
  });

  it('"The channels\' owners include A and B" names the owners, not the channels banned', () => {
    expect(only('banned')(scoredClaimsOf("Pakistan's media regulator cancelled the licences of ten channels on Monday. The channels' owners include Zenco Group and Qorva Holdings."))).toEqual([]);
    expect(only('banned')(scoredClaimsOf("India banned 59 Chinese apps on Monday. The apps' makers include Zenco Inc and Qorva Labs."))).toEqual([]);
  });

  it('the banned things named with their possessor still count ("The regulator\'s banned apps include …")', () => {
    expect(only('banned')(scoredClaimsOf('India banned several Chinese apps last week. The banned apps include Zenchat and Qorva Messenger.'))).toEqual([
      'India -banned-> Qorva Messenger',
      'India -banned-> Zenchat',
    ]);
  });
});

describe('an order to remove things counted, named after it', () => {
  it('"ordered the removal of 20 apps. They include A, B and C" bans each, and so do "The removal affects …", "The apps removed include …"', () => {
    const banned = [
      "Vietnam's information ministry -banned-> Qorva Messenger",
      "Vietnam's information ministry -banned-> Vexa Play",
      "Vietnam's information ministry -banned-> Zenchat",
    ];
    expect(only('banned')(scoredClaimsOf("Vietnam's information ministry ordered the removal of 20 apps from app stores. They include Zenchat, Qorva Messenger and Vexa Play."))).toEqual(banned);
    expect(only('banned')(scoredClaimsOf("Vietnam's information ministry ordered the removal of 20 apps from app stores. The removal affects Zenchat, Qorva Messenger and Vexa Play."))).toEqual(banned);
    expect(only('banned')(scoredClaimsOf("Vietnam's information ministry ordered the removal of 20 apps from app stores. The apps removed include Zenchat, Qorva Messenger and Vexa Play."))).toEqual(banned);
  });

  it('a removal only called for, or of people, bans nothing', () => {
    expect(only('banned')(scoredClaimsOf("Vietnam's information ministry called for the removal of 20 apps from app stores. They include Zenchat and Qorva Messenger."))).toEqual([]);
    expect(only('banned')(scoredClaimsOf("Vietnam's information ministry ordered the removal of 20 officials. They include Zenco Inc and Qorva Labs."))).toEqual([]);
  });
});

describe('a reported act\'s list with described members', () => {
  it('"designated A, a shipping firm, B, a trader, and C" restricts all three', () => {
    expect(only('restricts')(scoredClaimsOf('The Treasury said it designated Zenco Inc, a shipping firm, Qorva Holdings, a Dubai trader, and Vexa Industries.'))).toEqual([
      'Treasury -restricts-> Qorva Holdings',
      'Treasury -restricts-> Vexa Industries',
      'Treasury -restricts-> Zenco Inc',
    ]);
    expect(only('restricts')(scoredClaimsOf('The Treasury designated Zenco Inc, a Hong Kong-based shipping firm, Qorva Holdings, a trader, and Vexa Industries.'))).toEqual([
      'Treasury -restricts-> Qorva Holdings',
      'Treasury -restricts-> Vexa Industries',
      'Treasury -restricts-> Zenco Inc',
    ]);
  });

  it('"sanctioned A, which ships oil, and B, which insures tankers" restricts both', () => {
    expect(only('restricts')(scoredClaimsOf('The Treasury said it sanctioned Zenco Inc, which ships oil, and Qorva Holdings, which insures tankers.'))).toEqual([
      'Treasury -restricts-> Qorva Holdings',
      'Treasury -restricts-> Zenco Inc',
    ]);
  });

  it('"designated A and B as well as C", "designated A as well as B": "as well as" opens no designation\'s complement', () => {
    expect(only('restricts')(scoredClaimsOf('The Treasury designated Zenco Inc and Qorva Holdings as well as Vexa Industries.'))).toEqual([
      'Treasury -restricts-> Qorva Holdings',
      'Treasury -restricts-> Vexa Industries',
      'Treasury -restricts-> Zenco Inc',
    ]);
    expect(only('restricts')(scoredClaimsOf('The Treasury said it designated Zenco Inc as well as Qorva Holdings.'))).toEqual([
      'Treasury -restricts-> Qorva Holdings',
      'Treasury -restricts-> Zenco Inc',
    ]);
    expect(only('banned')(scoredClaimsOf('Russia banned Zenchat and Qorva Messenger as well as Vexa Messenger.'))).toEqual([
      'Russia -banned-> Qorva Messenger',
      'Russia -banned-> Vexa Messenger',
      'Russia -banned-> Zenchat',
    ]);
  });

  it('"A and B, as well as C" and "A, also known as Zen Star, and B": every member, the alias none of its own', () => {
    expect(only('banned')(scoredClaimsOf('Roskomnadzor said it had restricted access to Zenchat and Qorva Messenger, as well as Vexa Play.'))).toEqual([
      'Roskomnadzor -banned-> Qorva Messenger',
      'Roskomnadzor -banned-> Vexa Play',
      'Roskomnadzor -banned-> Zenchat',
    ]);
    expect(only('restricts')(scoredClaimsOf('The Treasury said it designated Zenco Inc, also known as Zen Star, and Qorva Holdings.'))).toEqual([
      'Treasury -restricts-> Qorva Holdings',
      'Treasury -restricts-> Zenco Inc',
    ]);
    expect(only('restricts')(scoredClaimsOf('The State Department designated Zenco Group, also known as Zen Star, as a terrorist organization.'))).toEqual([
      'State Department -restricts-> Zenco Group',
    ]);
  });

  it('a described member with no closing "and", or a name inside a relative clause, is no member', () => {
    expect(only('restricts')(scoredClaimsOf('The Treasury designated Zenco Inc, a shipping firm, Qorva Holdings said.'))).toEqual(['Treasury -restricts-> Zenco Inc']);
    expect(only('restricts')(scoredClaimsOf('The Treasury designated Zenco Inc, which Qorva Holdings owns, and Vexa Industries.'))).not.toContain('Treasury -restricts-> Qorva Holdings');
    expect(only('restricts')(scoredClaimsOf('The Treasury designated Zenco Inc, which supplies Qorva Holdings, and Vexa Industries.'))).not.toContain('Treasury -restricts-> Qorva Holdings');
  });

  it('"designated A as a terrorist group" still reads the complement', () => {
    expect(only('restricts')(scoredClaimsOf('The State Department designated Zenco Group as a terrorist organization.'))).toHaveLength(1);
    expect(scoredClaimsOf('Zenco designated Qorva Labs as its distributor as well as its service partner.')).toEqual([]);
  });
});

// The review of stop 82's merged lists: a removal of something the counted things hold, the banned things' people, a relative
// clause or "as well as" swallowing the next clause or a possessor, and a member cut at a turn that does not spare it.
describe('a removal counts the things only when they head its "of" phrase', () => {
  it('"ordered the removal of 20 apps … They include A and B" still bans them', () => {
    expect(only('banned')(scoredClaimsOf('Pakistan ordered the removal of 30 apps from app stores. They include Zenchat and Qorvgram.'))).toEqual([
      'Pakistan -banned-> Qorvgram',
      'Pakistan -banned-> Zenchat',
    ]);
    expect(only('banned')(scoredClaimsOf('Pakistan ordered the deletion of 12 popular apps. They include Zenchat and Qorvgram.'))).toEqual([
      'Pakistan -banned-> Qorvgram',
      'Pakistan -banned-> Zenchat',
    ]);
  });

  it('a removal of content from, accounts on, ads for or reviews of the counted apps bans none of them', () => {
    expect(only('banned')(scoredClaimsOf('Pakistan ordered the removal of posts from 25 apps. They include Zenchat and Qorvgram.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Pakistan ordered the deletion of profiles on 14 platforms. They include Zenchat and Qorvgram.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Türkiye ordered the removal of adverts for 18 apps. They include Zenchat and Vexagram.'))).toEqual([]);
    expect(only('banned')(scoredClaimsOf("Pakistan ordered the takedown of 30 apps' listings. They include Zenchat and Qorvgram."))).toEqual([]);
    expect(only('banned')(scoredClaimsOf('Pakistan ordered the deletion of records kept by 9 apps. They include Zenchat and Qorvgram.'))).toEqual([]);
  });
});

describe('the banned things\' people are not what a ban hit', () => {
  it('"The apps\' developers include A" after a removal or ban of apps bans neither firm', () => {
    expect(only('banned')(scoredClaimsOf("Pakistan ordered the removal of 30 apps. The apps' developers include Zenco and Qorva."))).toEqual([]);
    expect(only('banned')(scoredClaimsOf("Türkiye blocked nine sites. The sites' publishers include Vexa Media."))).toEqual([]);
    expect(only('banned')(scoredClaimsOf("Pakistan banned twelve games. The games' makers include Zenco and Qorva."))).toEqual([]);
  });

  it('"The banned apps include A" still lists them', () => {
    expect(only('banned')(scoredClaimsOf('Pakistan banned twelve apps. The banned apps include Zenchat and Qorvgram.'))).toEqual([
      'Pakistan -banned-> Qorvgram',
      'Pakistan -banned-> Zenchat',
    ]);
  });
});

describe('a relative clause or "as well as" ends the list where the next clause or a possessor starts', () => {
  it('a name after "…, which …, and" that opens a new clause is no member', () => {
    expect(only('restricts')(scoredClaimsOf('The EU sanctioned Zenco Trading, which denied any wrongdoing, and Qorva Group said it would comply.'))).toEqual(['European Union -restricts-> Zenco Trading']);
    expect(only('restricts')(scoredClaimsOf('The Treasury sanctioned Zenco Trading, which ships crude, and Qorva Group shares fell.'))).toEqual(['Treasury -restricts-> Zenco Trading']);
    expect(only('banned')(scoredClaimsOf('Pakistan banned Zenchat, which is popular with students, and Qorva Labs criticised the decision.'))).toEqual(['Pakistan -banned-> Zenchat']);
  });

  it('"A, which …, and B." still lists B', () => {
    expect(only('restricts')(scoredClaimsOf('The EU sanctioned Zenco Trading, which ships crude, and Qorva Logistics.'))).toEqual([
      'European Union -restricts-> Qorva Logistics',
      'European Union -restricts-> Zenco Trading',
    ]);
  });

  it('"as well as A\'s owners", "as well as A\'s chief executive": the possessor is no member', () => {
    expect(only('restricts')(scoredClaimsOf("The EU sanctioned Zenco Trading and Qorva Group, as well as Vexa Holdings' owners."))).not.toContain('European Union -restricts-> Vexa Holdings');
    expect(only('restricts')(scoredClaimsOf("Russia sanctioned Zenco Trading and Qorva Group, as well as Vexa Holdings's chief executive."))).not.toContain('Russia -restricts-> Vexa Holdings');
    expect(only('restricts')(scoredClaimsOf("The EU sanctioned Zenco Trading and Qorva Group, as well as Pakistan's central bank governor."))).toEqual([
      'European Union -restricts-> Qorva Group',
      'European Union -restricts-> Zenco Trading',
    ]);
  });
});

describe('a later list goes on past a turn that spares nothing', () => {
  it('"covers not only A but also B" bans both', () => {
    // The name right after "only" is not read as a name at all (an entity question, left alone here); the one after "but also" is kept.
    expect(only('banned')(scoredClaimsOf('Pakistan banned four apps. The ban covers not only Zenchat but also Qorvgram.'))).toEqual(['Pakistan -banned-> Qorvgram']);
    expect(only('banned')(scoredClaimsOf('Türkiye blocked six sites. The order covers not only Zenco News but also Qorva Times.'))).toContain('Türkiye -banned-> Qorva Times');
  });

  it('"covers A and, although …, B" bans both', () => {
    expect(only('banned')(scoredClaimsOf('Türkiye banned two apps. The ban covers Zenchat and, though it had many users, Qorvgram.'))).toEqual([
      'Türkiye -banned-> Qorvgram',
      'Türkiye -banned-> Zenchat',
    ]);
  });

  it('"hit A and B, but the bloc also sanctioned C" keeps C', () => {
    expect(only('restricts')(scoredClaimsOf("The EU's new sanctions hit Zenco Trading and Qorva Group, but the bloc also sanctioned Vexa Holdings."))).toContain('European Union -restricts-> Vexa Holdings');
  });

  it('a spared member after the list is still cut', () => {
    expect(only('banned')(scoredClaimsOf('Pakistan banned three apps. The ban covers Zenchat and Qorvgram, but not Vexagram.'))).toEqual([
      'Pakistan -banned-> Qorvgram',
      'Pakistan -banned-> Zenchat',
    ]);
    expect(only('banned')(scoredClaimsOf('Pakistan blocked four sites. The ban covers Zenpost and Qorvnews, while Vexa Daily was spared.'))).toEqual([
      'Pakistan -banned-> Qorvnews',
      'Pakistan -banned-> Zenpost',
    ]);
    // (the name before "but exempts" is not read as a name here: an entity question, left alone)
    expect(only('banned')(scoredClaimsOf('Pakistan blocked four sites. The ban covers Zenpost and Qorva News but exempts Vexa Daily.'))).not.toContain('Pakistan -banned-> Vexa Daily');
    expect(only('banned')(scoredClaimsOf('Pakistan blocked four sites. The ban covers Zenpost and Qorvnews, excluding Vexa Daily.'))).not.toContain('Pakistan -banned-> Vexa Daily');
  });

  it('a clause after the list that spares, praises or appeals names no member', () => {
    expect(only('banned')(scoredClaimsOf('Pakistan banned three apps. The ban covers Zenchat and Qorvgram, but Vexa Labs said it would appeal.'))).not.toContain('Pakistan -banned-> Vexa Labs');
    expect(only('banned')(scoredClaimsOf('Pakistan banned three apps. The ban covers Zenchat and Qorvgram, though Vexa Labs criticised it.'))).not.toContain('Pakistan -banned-> Vexa Labs');
    expect(only('banned')(scoredClaimsOf('Pakistan banned three apps. The ban covers Zenchat and Qorvgram, while Vexa Labs plans to appeal.'))).not.toContain('Pakistan -banned-> Vexa Labs');
    expect(only('restricts')(scoredClaimsOf('The EU sanctions hit Zenco Trading and Qorva Group, but Vexa Holdings was not targeted.'))).not.toContain('European Union -restricts-> Vexa Holdings');
  });

  it('"covers A except in schools, and B": a limit of place is no turn', () => {
    expect(only('banned')(scoredClaimsOf('Türkiye banned two apps. The ban covers Zenchat except in hospitals, and Qorvgram.'))).toContain('Türkiye -banned-> Qorvgram');
  });
});
