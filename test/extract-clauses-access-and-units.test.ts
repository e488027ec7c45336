import { describe, expect, it } from 'vitest';
import { entitiesOf, scoredClaimsOf } from './extract-helpers';

// Families from stop 43's fresh samples (bans, sanctions, models), on sentences written for the tests:
// an actor inside an "after"/"before" clause, participles right after the firms they describe, orders
// that something "be blocked", access blocked in the passive, a ban's list named next, an act noun
// whose reporting body is its author, pauses on using a thing, trade privileges taken away, firms'
// units named with a state, and hyphenated compounds before legal names.

describe('an "after" or "before" clause has its own subject', () => {
  it.each([
    ['The move comes after Canada and Britain sanctioned Zenco Ltd last year.', ['Canada -restricts-> Zenco Ltd', 'United Kingdom -restricts-> Zenco Ltd']],
    ['After Canada banned TikTok, the firm moved its staff.', ['Canada -banned-> TikTok']],
    ['Shares fell after the US had blacklisted Zenco Ltd.', ['United States -restricts-> Zenco Ltd']],
    ['The debate began as Zenco Ltd unveiled the Zeta 3 model.', ['Zenco Ltd -develops-> Zeta 3']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a name after "after" with no verb of its own is no subject', () => {
    expect(scoredClaimsOf('After Canada, Nepal banned TikTok.')).toEqual(['Nepal -banned-> TikTok']);
  });
});

describe('a participle right after the firms it describes is passive', () => {
  it.each([
    ['Zenco Ltd and Qorva Systems are among 16 entities slapped with curbs by the Treasury Department.', ['Treasury Department -restricts-> Qorva Systems', 'Treasury Department -restricts-> Zenco Ltd']],
    ['Zenco Ltd was among 12 companies added to the Entity List by the Commerce Department.', ['Commerce Department -restricts-> Zenco Ltd']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('the firm added is never the actor', () => {
    expect(scoredClaimsOf('Zenco Ltd was among 12 companies added to the Entity List by the Commerce Department on Monday.')).not.toContain('Zenco Ltd -restricts-> Commerce Department');
  });
});

describe('access to a thing, blocked or ordered blocked', () => {
  it.each([
    ['Access to TikTok was blocked by Nepal.', ['Nepal -banned-> TikTok']],
    ['Access to TikTok and Telegram has been restricted by the government of Nepal.', ['Nepal -banned-> Telegram', 'Nepal -banned-> TikTok']],
    ["Nepal's government ordered that access to TikTok be blocked nationwide.", ['Nepal -banned-> TikTok']],
    ['Nepal ordered that Zapp be blocked.', ['Nepal -banned-> Zapp']],
    ['The Supreme Court of Brazil ruled that access to Zapp be restricted.', ['Supreme Court of Brazil -banned-> Zapp']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('"Access" opening a sentence is no name', () => {
    expect(entitiesOf('Access to TikTok was blocked by Nepal.')).toEqual(['Nepal (government)', 'TikTok (product)']);
  });

  it('a wish that something be blocked is no order', () => {
    expect(scoredClaimsOf('Nepal said that Zapp should be blocked.')).toEqual([]);
  });
});

describe("the list a ban names in the next sentence", () => {
  it.each([
    ['Nepal banned 26 platforms on Thursday. The banned list includes Zapp, Qorva and Zeta.', ['Nepal -banned-> Qorva', 'Nepal -banned-> Zapp', 'Nepal -banned-> Zeta']],
    ['Nepal banned 26 platforms. Those blocked include Zapp and Qorva.', ['Nepal -banned-> Qorva', 'Nepal -banned-> Zapp']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe('an act noun whose reporting body is its author', () => {
  it.each([
    ['The sanctions target Zenco Ltd and Qorva Systems, the Treasury Department said in a statement.', ['Treasury Department -restricts-> Qorva Systems', 'Treasury Department -restricts-> Zenco Ltd']],
    ['The State Department said the new sanctions hit Zenco Ltd.', ['State Department -restricts-> Zenco Ltd']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a firm reporting it, or a move or decision anyone may make, names no author', () => {
    expect(scoredClaimsOf('The sanctions target Zenco Ltd, Qorva said.')).toEqual([]);
    expect(scoredClaimsOf('The decision affects Zenco Ltd, the Commerce Department said.')).toEqual([]);
  });
});

describe('stopping the use of a thing bans it', () => {
  it.each([
    ['The European Commission paused the use of AI tools like ChatGPT by staff.', ['European Commission -banned-> ChatGPT']],
    ['The Space Force has temporarily paused the use of web-based generative AI tools, including ChatGPT, by its workforce.', ['Space Force -banned-> ChatGPT']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a pause of anything else, or the use of a firm\'s goods, bans nothing', () => {
    expect(scoredClaimsOf('Apple stopped the use of Intel chips in its Macs.').filter((c) => c.includes('banned'))).toEqual([]);
  });
});

describe('taking away a trade privilege restricts its holder', () => {
  it.each([
    ['Japan stripped South Korea of its fast-track export status.', ['Japan -restricts-> South Korea']],
    ['Japan removed South Korea from its whitelist of trusted trading partners.', ['Japan -restricts-> South Korea']],
    ['South Korea was stripped of its preferred trade status by Japan.', ['Japan -restricts-> South Korea']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a privilege lost with no one taking it is no act', () => {
    expect(scoredClaimsOf('Zenco Ltd lost its trade status.')).toEqual([]);
  });
});

describe('whom a restriction cuts off, and what it names', () => {
  it.each([
    ["Washington cut off Zenco Ltd's access to US technology.", ['United States -restricts-> Zenco Ltd']],
    ['The Pentagon listed Zenco Ltd as a Chinese military company.', ['Pentagon -restricts-> Zenco Ltd']],
    ['He works for US-sanctioned Zenco Ltd.', ['United States -restricts-> Zenco Ltd']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('listing as anything but a threat is no designation', () => {
    expect(scoredClaimsOf('The Pentagon listed Zenco Ltd as a supplier.')).toEqual([]);
  });
});

describe('a firm named with a state is its unit there', () => {
  it('an unknown word before a state names the firm, not the state', () => {
    expect(scoredClaimsOf('The US sanctioned Spacecom Luxembourg for supplying imagery.')).toEqual(['United States -restricts-> Spacecom Luxembourg']);
    expect(entitiesOf('Britain sanctioned Orange Belgium on Tuesday.')).toContain('Orange Belgium (company)');
  });

  it('a region, a project or a weekday before a state is no firm', () => {
    expect(scoredClaimsOf('The US restricted exports to Greater China.')).toEqual(['United States -restricts-> China']);
    expect(entitiesOf('The firm points to Project Texas, a plan to store data.')).not.toContain('Project Texas (company)');
    expect(entitiesOf('The firm cited Sunday Luxembourg data.')).not.toContain('Sunday Luxembourg (company)');
  });
});

describe('models a possessive names with a participle before them', () => {
  it.each([
    ["Alibaba's struggling Qwen 3 model lost users.", ['Alibaba -develops-> Qwen 3']],
    ["Meta's ailing Llama 4 lost users.", ['Meta -develops-> Llama 4']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a noun of trade opening the sentence is no product', () => {
    expect(scoredClaimsOf('Revenue from Nvidia China fell.')).toEqual([]);
  });
});
