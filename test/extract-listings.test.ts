import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/pipeline/extract/extract-article';
import { defaultLexicon } from '../src/pipeline/lexicon/lexicon';
import { claimsOf } from './extract-helpers';

const lexicon = defaultLexicon();

/** The asserted claims of a text as "source relation target", entity labels, with the rule that found each. */
function claims(text: string): string[] {
  const record = extractArticle({ id: 't', text }, lexicon);
  const label = new Map(record.entities.map((e) => [e.key, e.label]));
  return record.claims.filter((c) => c.status === 'asserted').map((c) => `${label.get(c.source)} ${c.relation} ${label.get(c.target)} [${c.evidence.rule}]`);
}

/** Only the claims the listing rules found. */
function listed(text: string): string[] {
  return claims(text).filter((c) => c.includes('[listing:'));
}

describe('listings without an active clause', () => {
  it('give a bare list a paragraph later the actor of the act that opened it', () => {
    const text =
      'Today the Commerce Department identified four technology firms under an executive order on surveillance.\n\n' +
      'The firms supply cameras to security services.\n\n' +
      'The entities identified today are Zenco Technologies Co., Ltd.; Borin Micro Limited; and Kappa Labs Inc.';
    const found = claims(text);
    // Each firm written only with its legal form is labelled as written.
    for (const member of ['Zenco Technologies Co., Ltd', 'Borin Micro Limited', 'Kappa Labs Inc']) expect(found).toContain(`Commerce Department restricts ${member} [listing:head]`);
  });

  it('go on with "the list also includes"', () => {
    const text = 'The Commerce Department designated Zenco Technologies Ltd. on Monday.\nThe list also includes Borin Micro Inc. and Kappa Labs Inc.';
    const found = claims(text);
    expect(found).toContain('Commerce Department restricts Borin Micro Inc [listing:also-includes]');
    expect(found).toContain('Commerce Department restricts Kappa Labs Inc [listing:also-includes]');
  });

  it("take the owner of the list a firm was added to as the actor", () => {
    expect(claims("Zenco Technologies Ltd. was added to China's trade control list last year.")).toContain('China restricts Zenco Technologies Ltd [listing:possessor]');
    expect(claims("Kappa Labs Inc. was placed on Japan's export list in May.")).toContain('Japan restricts Kappa Labs Inc [listing:possessor]');
  });

  it("give a named list's members its owner: a ban list bans, another list restricts", () => {
    const covered =
      'The new rules apply to equipment on the Covered List published by the FCC under a 2019 law.\n' +
      'The Covered List (which lists both equipment and services) currently includes equipment produced by Zenco Technologies Ltd., Borin Micro Inc. and Kappa Labs Inc.';
    for (const member of ['Zenco Technologies Ltd', 'Borin Micro Inc', 'Kappa Labs Inc']) expect(claims(covered)).toContain(`Federal Communications Commission banned ${member} [listing:contents]`);
    const entity = "Firms on the Commerce Department's Entity List need a license.\nThe Entity List now includes Zenco Technologies Ltd. and Borin Micro Inc.";
    expect(claims(entity)).toContain('Commerce Department restricts Borin Micro Inc [listing:contents]');
  });

  it('claim nothing for a list with no act before it, nor for a list that is no restriction', () => {
    expect(claims('The entities identified today are Zenco Technologies Ltd. and Borin Micro Inc.').filter((c) => c.includes('listing:'))).toEqual([]);
    expect(claims("Zenco Technologies Ltd. was added to China's list of top brands.").filter((c) => c.includes('listing:'))).toEqual([]);
  });
});

describe('bullets after an act that ends with a colon (issue 17, listings without an active clause)', () => {
  it('gives each bullet\'s name to the act, and stops at the first line that is no bullet', () => {
    const text = 'Nepal added the following entities to the Entity List:\n• Zenco Micro, including two aliases\n• Borin Technologies\n\nThe rule takes effect Friday. Kappa Systems said it was not affected.';
    expect(claimsOf(text)).toEqual(['Nepal -restricts-> Borin Technologies', 'Nepal -restricts-> Zenco Micro']);
  });

  it('reads a ban act\'s bullets as bans', () => {
    expect(claimsOf('Nepal blocked these apps:\n\n- Zenchat\n- Kappachat')).toEqual(['Nepal -banned-> Kappachat', 'Nepal -banned-> Zenchat']);
  });

  it('needs the act right before: bullets elsewhere name no target', () => {
    expect(claimsOf('Nepal blocked Zenchat on Monday. Other news:\n• Kappachat raised funds')).toEqual(['Nepal -banned-> Zenchat']);
  });
});

describe('a ban or sanctions stated in the sentence after the act, with no actor of its own (issue 17, actor in an earlier sentence)', () => {
  it("gives an agentless ban passive the government whose ban came just before", () => {
    expect(listed('Turkmenistan has blocked access to about 20 news sites. The sites, including Zenco News and Vexa Daily, were blocked on Monday.')).toEqual([
      'Turkmenistan banned Zenco News [listing:passive-ban]',
      'Turkmenistan banned Vexa Daily [listing:passive-ban]',
    ]);
    expect(listed('Nepal banned 40 apps last year. Telegram and WhatsApp were also banned.')).toEqual(['Nepal banned Telegram [listing:passive-ban]', 'Nepal banned WhatsApp [listing:passive-ban]']);
  });

  it('leaves the passive alone when its sentence names a state, an agent, or only a hedge', () => {
    expect(listed('Nepal banned 40 apps last year. Telegram was also banned in India.')).toEqual([]);
    expect(listed('Nepal banned 40 apps last year. Telegram was banned by a court.')).toEqual([]);
    expect(listed('Nepal banned 40 apps last year. Telegram could be banned next.')).toEqual([]);
    // Two sentences on, the act is too far back.
    expect(listed('Nepal banned 40 apps last year. Users moved to new apps. Their content moved too. Telegram was also banned.')).toEqual([]);
  });

  it("gives a ban or sanctions noun over named targets the act before it", () => {
    expect(listed('Iran is blocking messaging apps again. Users are alarmed by the shutdown of services including WhatsApp, Telegram and Signal.')).toEqual([
      'Iran banned WhatsApp [listing:act-noun]',
      'Iran banned Telegram [listing:act-noun]',
      'Iran banned Signal [listing:act-noun]',
    ]);
    expect(listed('The Treasury Department imposed sanctions on Tuesday. The sanctions on Zenco Holdings and Qorva Ltd took effect at once.')).toEqual([
      'Treasury Department restricts Zenco Holdings [listing:act-noun]',
      'Treasury Department restricts Qorva Ltd [listing:act-noun]',
    ]);
  });

  it('does not take a party next to the target, a ban called for, or a ban lifted', () => {
    expect(listed('The Treasury Department imposed sanctions on Tuesday. The sanctions on firms dealing with Zenco Holdings took effect.')).toEqual([]);
    expect(listed('India banned 59 apps in 2020. Users called for a ban on Zenco Chat as well.')).toEqual([]);
    expect(listed('India banned 59 apps in 2020. Officials lifted the ban on Zenco Chat in May.')).toEqual([]);
  });

  it('reads "Monday\'s sanctions were imposed on …" and "the sanctions designate …" after the act that announced them', () => {
    expect(listed("The Treasury Department sanctioned several trading firms on Monday. Monday's sanctions were imposed on firms including Zenco Trading LLC and Qorva Ltd.")).toEqual([
      'Treasury Department restricts Zenco Trading LLC [listing:ban-subject]',
      'Treasury Department restricts Qorva Ltd [listing:ban-subject]',
    ]);
    expect(listed('The Treasury Department announced new sanctions on Tuesday. The sanctions specifically designate Zenco Holdings and Qorva Ltd.')).toEqual([
      'Treasury Department restricts Zenco Holdings [listing:ban-subject]',
      'Treasury Department restricts Qorva Ltd [listing:ban-subject]',
    ]);
  });

  it('reads "Among the blocked sites are …" after a ban over counted sites', () => {
    expect(listed('Turkey has blocked 12 news sites. Among the blocked sites are Zenco News and Vexa Daily.')).toEqual(['Turkey banned Zenco News [listing:banned]', 'Turkey banned Vexa Daily [listing:banned]']);
  });
});

describe('stop 35: more listings without an active clause', () => {
  it('reads "were among the sites blocked" and "Among those sanctioned are" after the act', () => {
    expect(listed('Russia blocked several sites on Monday. Meduza, Zenco News and Vexa Daily were among the platforms blocked.')).toEqual([
      'Russia banned Meduza [listing:passive-ban]',
      'Russia banned Zenco News [listing:passive-ban]',
      'Russia banned Vexa Daily [listing:passive-ban]',
    ]);
    expect(listed('Australia sanctioned eight firms on Tuesday. Among those sanctioned are Zenco Bank and Qorva Works.')).toEqual(['Australia restricts Zenco Bank [listing:among]', 'Australia restricts Qorva Works [listing:among]']);
  });

  it('reads a state\'s sanctions as the subject, "the designations concern", and a named list\'s agent in the subject', () => {
    expect(listed("The Australian government's sanctions target Zenco Bank and Qorva Works.")).toEqual(['Australia restricts Zenco Bank [listing:ban-subject]', 'Australia restricts Qorva Works [listing:ban-subject]']);
    expect(listed('The Treasury Department announced sanctions on Tuesday. The designations concern firms such as Zenco Ltd and Qorva Ltd.')).toEqual([
      'Treasury Department restricts Zenco Ltd [listing:ban-subject]',
      'Treasury Department restricts Qorva Ltd [listing:ban-subject]',
    ]);
    expect(listed('Companies listed on the Entity List by the Commerce Department include Zenco Ltd and Qorva Ltd.')).toEqual(['Commerce Department restricts Zenco Ltd [listing:head]', 'Commerce Department restricts Qorva Ltd [listing:head]']);
    // "Apps banned by India include …" is the construction patterns' (a ban, no list named).
    expect(listed('Apps banned by India include TikTok and WeChat.')).toEqual([]);
  });

  it('reads bullets after a ban\'s gerund or noun ending with a colon', () => {
    // Name lines under a colon are one sentence (text/line-lists.ts, stop 70): the ban's own verb reads them.
    expect(claims('Turkey started blocking access to:\n• Telegram\n• Signal')).toEqual(['Turkey banned Telegram [trigger:verb]', 'Turkey banned Signal [trigger:verb]']);
    // A bullet that reads as more than a name is still its own sentence, given to the act before it.
    expect(listed('Turkey started blocking access to:\n• Telegram, a messaging app used by millions\n• Signal')).toContain('Turkey banned Telegram [listing:bullets]');
  });
});

describe('stop 35: lists after a ban of counted outlets, inverted participles, makers of banned goods', () => {
  it('gives "The list includes:" and "These include" the ban of counted outlets before them', () => {
    expect(listed('Moldova blocked 30 outlets on Monday. The list includes: Sputnik, RT and Zenco Radio.')).toEqual([
      'Moldova banned Sputnik [listing:banned]',
      'Moldova banned RT [listing:banned]',
      'Moldova banned Zenco Radio [listing:banned]',
    ]);
    expect(listed('Moldova blocked 30 outlets on Monday. These include Sputnik and RT.')).toEqual(['Moldova banned Sputnik [listing:banned]', 'Moldova banned RT [listing:banned]']);
  });

  it('reads "Also listed were" and "Also blocked were" after the act, and a longer subject with its listing participle', () => {
    expect(listed('The Commerce Department added four firms to the Entity List on Monday. Also listed were Qorva Ltd and Vantix Ltd.')).toEqual([
      'Commerce Department restricts Qorva Ltd [listing:membership]',
      'Commerce Department restricts Vantix Ltd [listing:membership]',
    ]);
    expect(listed('Russia blocked Meduza on Monday. Also blocked were Zenco News and Vexa Daily.')).toEqual(['Russia banned Zenco News [listing:membership]', 'Russia banned Vexa Daily [listing:membership]']);
    expect(listed('The Commerce Department added four entities to the Entity List. The four entities listed in the new rule are Zenco Ltd and Qorva Ltd.')).toEqual([
      'Commerce Department restricts Zenco Ltd [listing:head]',
      'Commerce Department restricts Qorva Ltd [listing:head]',
    ]);
  });

  it('bans the maker of goods banned ("routers made by A and B"), not the maker of what is developed', () => {
    expect(claims('India banned the import of routers made by TP-Link and Huawei.')).toEqual(['India banned TP-Link [trigger:verb]', 'India banned Huawei [trigger:verb]']);
    expect(claims('Australia banned cameras produced by Hikvision.')).toEqual(['Australia banned Hikvision [trigger:verb]']);
    expect(claims('Google developed tools made by Anthropic.')).toEqual([]);
  });
});

describe('stop 35: a state\'s restriction list and what it holds', () => {
  it('gives the members of "the EU sanctions list also includes" and "China\'s unreliable entity list contains" to the list\'s state', () => {
    expect(claims('The EU sanctions list also includes: Zenco Metals Ltd and Qorva Copper Ltd.')).toEqual([
      'European Union restricts Zenco Metals Ltd [listing:contents]',
      'European Union restricts Qorva Copper Ltd [listing:contents]',
    ]);
    expect(claims("China's unreliable entity list now contains Skydio and Zenco Ltd.")).toEqual(['China restricts Skydio [listing:contents]', 'China restricts Zenco Ltd [listing:contents]']);
    // A list no state owns names no actor.
    expect(claims('The list includes Zenco Ltd.')).toEqual([]);
  });
});
