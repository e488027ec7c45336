import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/pipeline/text/sentences';
import { claimsOf, entitiesOf } from './extract-helpers';

// Families of phrasing that the fresh samples and real-dev-2 showed missing: lists of firm names
// no rule knows, bans stated only by where they hold, definitions that type their subject.
// Every sentence is written for the test.

describe('lists of firm names nothing else types', () => {
  it('keeps a city or province that opens a firm name in the name', () => {
    expect(entitiesOf('Washington blacklisted Qilin Quantum and Hefei Photonics on Monday.')).toContain('Hefei Photonics (company)');
    // A city that only says where something is stays a place.
    expect(entitiesOf('Zenco Technologies Ltd. opened an office in Shenzhen Monday.')).not.toContain('Shenzhen Monday (company)');
  });

  it('ends a member at the "and" that joins the last one', () => {
    const found = claimsOf('The US has blacklisted Qilin Quantum, Borvia Photonics, Guoyao Quantum and Zhuhai Tianqi.');
    for (const member of ['Qilin Quantum', 'Borvia Photonics', 'Guoyao Quantum', 'Zhuhai Tianqi']) expect(found).toContain(`United States -restricts-> ${member}`);
  });

  it('gives a bare list after a listing act its actor, typing its members as firms', () => {
    const act = 'The Commerce Department on Tuesday added 22 Chinese entities to the Entity List.';
    for (const list of ['The newly added entities include Qilin Quantum, Hefei Photonics and Guoyao Quantum.', 'Among them are Qilin Quantum, Hefei Photonics and Guoyao Quantum.', 'They include Qilin Quantum, Hefei Photonics and Guoyao Quantum.']) {
      const found = claimsOf(`${act} ${list}`);
      for (const member of ['Qilin Quantum', 'Hefei Photonics', 'Guoyao Quantum']) expect(found, list).toContain(`Commerce Department -restricts-> ${member}`);
    }
  });

  it('reads "its entity list" as the list of the government that says so', () => {
    const found = claimsOf('The Commerce Department said Hefei Qilin Co., Ltd., Borvia Microelectronics and Anhui Qasic Technology were placed on its entity list.');
    for (const member of ['Hefei Qilin Co., Ltd', 'Borvia Microelectronics', 'Anhui Qasic Technology']) expect(found).toContain(`Commerce Department -restricts-> ${member}`);
  });

  it('lists no fragment of a name and no list without an act before it', () => {
    // "Qx" stands before the name it belongs to, not between the list's commas.
    const act = 'The Treasury Department identified three firms on Monday.';
    const found = claimsOf(`${act} The entities identified today are Qx Tencent Technology Co., Ltd.; and Borvia Limited.`);
    expect(found).toContain('Treasury Department -restricts-> Borvia Limited');
    expect(found).not.toContain('Treasury Department -restricts-> Qx');
    expect(claimsOf('Among them are Qilin Quantum and Guoyao Quantum.')).toEqual([]);
  });
});

describe('a ban stated by where it holds', () => {
  it('makes each state after "in" the actor of an agentless block', () => {
    expect(claimsOf('The Zenapp messenger has been blocked in Russia, Iran and Turkmenistan.')).toEqual(
      ['Iran -banned-> Zenapp', 'Russia -banned-> Zenapp', 'Turkmenistan -banned-> Zenapp'],
    );
    expect(claimsOf('The Zenapp messenger remains blocked in China.')).toEqual(['China -banned-> Zenapp']);
  });

  it('reads a headline\'s participle before "in" as the same block', () => {
    expect(claimsOf('WhatsApp blocked in Nepal')).toEqual(['Nepal -banned-> WhatsApp']);
  });

  it('keeps a named agent, and reads no place that is no state', () => {
    expect(claimsOf('WhatsApp was blocked in Nepal by the Nepal Telecommunications Authority.')).toEqual(['Nepal Telecommunications Authority -banned-> WhatsApp']);
    expect(claimsOf('WhatsApp was banned in the office of Zenco Technologies Ltd.')).toEqual([]);
    expect(claimsOf('WhatsApp is not banned in Canada.')).toEqual([]);
    expect(claimsOf('WhatsApp is not banned in Canada.', 'negated')).toEqual(['Canada -banned-> WhatsApp']);
  });
});

describe('a definition types its subject', () => {
  it('"X is a … app developed by Y" with the subject unknown and a gloss in brackets', () => {
    expect(claimsOf('Zenchat is a messaging app developed by Tencent.')).toEqual(['Tencent -develops-> Zenchat']);
    expect(claimsOf('Zenchat (Chinese: 禅聊; pinyin: chánliáo; lit. \'zen chat\') is a Chinese instant messaging, social media, and payment app developed by Tencent.')).toEqual(['Tencent -develops-> Zenchat']);
  });

  it('a quote opening a lower-case word after an abbreviation starts no sentence', () => {
    const text = "Zenchat (lit. 'zen chat') is an app. It grew.";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(["Zenchat (lit. 'zen chat') is an app.", 'It grew.']);
  });
});

describe('stop 36: a passive whose undergoers are enumerated beside a plural noun', () => {
  it('reads "Websites such as A and B were blocked by X" with any plural noun before the list', () => {
    expect(claimsOf('Outlets like Zenpost and Qorva News were blocked by Ruritel.')).toEqual(['Ruritel -banned-> Qorva News', 'Ruritel -banned-> Zenpost']);
    expect(claimsOf('Websites such as Flickr and Twitter have been blocked by Etisalat.')).toEqual(['Etisalat -banned-> Flickr', 'Etisalat -banned-> Twitter']);
  });

  it('reads the members named right after the agent: "services which are banned by X, including A and B"', () => {
    expect(claimsOf('Services which are banned by Etisalat, including Skype, Viber and FaceTime, remain popular.')).toEqual(['Etisalat -banned-> FaceTime', 'Etisalat -banned-> Skype', 'Etisalat -banned-> Viber']);
    expect(claimsOf('Several apps were banned by India, including TikTok and WeChat.')).toEqual(['India -banned-> TikTok', 'India -banned-> WeChat']);
    // A name after the agent with no enumerating word is no undergoer.
    expect(claimsOf('TikTok was banned by India, like WeChat.')).toEqual(['India -banned-> TikTok']);
  });
});

describe('stop 36: a list joined by a second "and", a fronted gerund, "in the Entity List"', () => {
  it('goes on over a further "and" when the clause ends after the next item, not when a verb follows it', () => {
    expect(claimsOf('Nike competes with Adidas and Puma and Asics.')).toEqual(['Nike -competes_with-> Adidas', 'Nike -competes_with-> Asics', 'Nike -competes_with-> Puma']);
    expect(claimsOf('India banned TikTok and WeChat and Huawei sued.')).toEqual(['India -banned-> TikTok', 'India -banned-> WeChat']);
  });

  it('gives a gerund in an adjunct opening the sentence the main clause\'s subject', () => {
    expect(claimsOf('After banning TikTok, India also banned WeChat.')).toEqual(['India -banned-> TikTok', 'India -banned-> WeChat']);
    // A possessor after the comma is not the subject.
    expect(claimsOf('After blocking Viber, Zenco\'s shares fell.')).toEqual([]);
  });

  it('reads "is in the Entity List" as "on" it, but not "in the list of top brands"', () => {
    expect(claimsOf('As Huawei is in the U.S. Entity List, its suppliers need a licence.')).toEqual(['United States -restricts-> Huawei']);
    expect(claimsOf('Zenco is in the list of top brands.')).toEqual([]);
  });

  it('keeps a plus glued to a name in it ("Mate 40 Pro+")', () => {
    expect(claimsOf('The Mate 40 Pro+ will compete with the iPhone 12.')).toContain('Mate 40 Pro+ -competes_with-> iPhone 12');
  });
});
