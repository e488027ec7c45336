import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf } from './extract-helpers';

// Families of phrasing the fresh samples drawn after commit ba400df missed or got wrong: list
// members joined by "along with", designations as a threat, origins after "from", compounds
// such as "Meta-owned", limits on use, and body names a known name opens. Every sentence is
// written for the test.

describe('"along with", "together with", "alongside" join a list', () => {
  it('gives each companion of the object the same claim', () => {
    const found = claimsOf('India has banned TikTok along with WeChat and Helo.');
    for (const app of ['TikTok', 'WeChat', 'Helo']) expect(found).toContain(`India -banned-> ${app}`);
  });

  it('reaches companions named after a placement ("to the Entity List along with …")', () => {
    const found = claimsOf('The Commerce Department added Huawei to the Entity List along with SMIC and YMTC.');
    for (const firm of ['Huawei', 'SMIC', 'YMTC']) expect(found).toContain(`Commerce Department -restricts-> ${firm}`);
  });

  it('joins subjects set off by commas, and keeps a reporting name out of the list', () => {
    const found = claimsOf('Huawei, along with ZTE, was banned by the FCC, Reuters reported.');
    expect(found).toContain('Federal Communications Commission -banned-> Huawei');
    expect(found).toContain('Federal Communications Commission -banned-> ZTE');
    expect(found.filter((c) => c.includes('-banned-> Reuters'))).toEqual([]);
  });

  it('never makes a companion of the wrong type an object', () => {
    expect(claimsOf('Microsoft launched Copilot along with OpenAI.').filter((c) => c.includes('OpenAI'))).toEqual([]);
  });
});

describe('designating a firm as a threat restricts it', () => {
  it('reads every list between the verb and "as"', () => {
    const found = claimsOf('The Pentagon designated Tencent, CATL and Hesai as Chinese military companies.');
    for (const firm of ['Tencent', 'CATL', 'Hesai']) expect(found).toContain(`Pentagon -restricts-> ${firm}`);
    const including = claimsOf('The Defense Department has designated dozens of firms, including Tencent and CATL, as Chinese military companies.');
    for (const firm of ['Tencent', 'CATL']) expect(including).toContain(`Pentagon -restricts-> ${firm}`);
  });

  it('reads the passive with its agent, and a designation without "as"', () => {
    expect(claimsOf('Tencent and CATL were designated as Chinese military companies by the Pentagon.')).toContain('Pentagon -restricts-> CATL');
    expect(claimsOf('The Pentagon deemed Hesai a national security risk.')).toContain('Pentagon -restricts-> Hesai');
  });

  it('needs a threat after "as", and keeps "Chinese military companies" from naming the army', () => {
    expect(claimsOf('Alibaba designated Qwen as its flagship model.').filter((c) => c.includes('-restricts->'))).toEqual([]);
    expect(entitiesOf('The Pentagon designated Tencent as a Chinese military company.')).not.toContain("People's Liberation Army (government)");
  });
});

describe('a state after "those from" is an origin, not a target', () => {
  it('gives no claim on the states the listed firms come from', () => {
    const found = claimsOf('The Commerce Department added 80 entities to the Entity List, including those from China and Iran.');
    expect(found.filter((c) => c.endsWith('-> China') || c.endsWith('-> Iran'))).toEqual([]);
    expect(claimsOf('Washington imposed sanctions on firms, including those from China and Russia.')).toEqual([]);
  });
});

describe('a hyphenated compound before a name states a relation', () => {
  it('"Meta-owned WhatsApp" and "ByteDance-owned TikTok": the owner develops it', () => {
    expect(claimsOf('The Meta-owned messaging app WhatsApp was blocked on Monday.')).toContain('Meta -develops-> WhatsApp');
    const found = claimsOf('ByteDance-owned TikTok and Alibaba-backed Moonshot AI grew fast.');
    expect(found).toContain('ByteDance -develops-> TikTok');
    expect(found).toContain('Alibaba -invests_in-> Moonshot AI');
  });

  it('reads nothing into a compound of a lower-case word', () => {
    expect(claimsOf('A state-owned bank funded Zhipu AI.')).toEqual([]);
  });

  it('"US-sanctioned Huawei", "India-banned TikTok": the state in the compound acts, over every name of a plural', () => {
    expect(claimsOf('The US-sanctioned Huawei launched a phone.')).toEqual(['United States -restricts-> Huawei']);
    expect(claimsOf('The US-sanctioned firms Huawei and SMIC grew.')).toEqual(['United States -restricts-> Huawei', 'United States -restricts-> SMIC']);
    expect(claimsOf('Shipments went to U.S.-sanctioned firms Zenco Ltd and Qorva Ltd.')).toEqual(['United States -restricts-> Qorva Ltd', 'United States -restricts-> Zenco Ltd']);
    expect(claimsOf('India-banned TikTok returned.')).toEqual(['India -banned-> TikTok']);
    // A state before a plural with no such compound is where the firms are.
    expect(claimsOf('US firms Huawei and SMIC grew.')).toEqual([]);
  });
});

describe('limiting the use of an app is a block of it', () => {
  it('"restricted access to Y" and "restricted the use of Y" are banned; a firm\'s access to chips stays restricts', () => {
    const access = claimsOf('Bangladesh restricted access to Facebook and WhatsApp.');
    for (const app of ['Facebook', 'WhatsApp']) expect(access).toContain(`Bangladesh -banned-> ${app}`);
    expect(claimsOf('Taiwan restricted the use of DeepSeek in government agencies.')).toContain('Taiwan -banned-> DeepSeek');
    expect(claimsOf("The Commerce Department restricted Huawei's access to chips.")).toContain('Commerce Department -restricts-> Huawei');
  });
});

describe('a known name that opens a body\'s coordinated name', () => {
  it('is part of the body ("The Information and Communication Technologies Authority")', () => {
    const found = claimsOf('The Information and Communication Technologies Authority (BTK) blocked Discord.');
    expect(found.filter((c) => c.startsWith('The Information -'))).toEqual([]);
    // The whole name is the lexicon's alias of BTK, which its bracket names too: one body.
    expect(found.some((c) => c.startsWith('BTK -banned-> Discord'))).toBe(true);
  });
});

describe('a ban over things counted, then the list that names them', () => {
  it('gives the list\'s members to the ban before it', () => {
    const found = claimsOf('India banned 59 Chinese apps on Monday. The banned apps include TikTok, WeChat and Helo.');
    for (const app of ['TikTok', 'WeChat', 'Helo']) expect(found).toContain(`India -banned-> ${app}`);
    const among = claimsOf('Nepal has blocked 26 social media platforms. Among them are Facebook, YouTube and X.');
    for (const app of ['Facebook', 'YouTube', 'X']) expect(among).toContain(`Nepal -banned-> ${app}`);
  });

  it('needs the ban to count things and the list to name them', () => {
    expect(claimsOf('India banned TikTok. The apps include WeChat.')).toEqual(['India -banned-> TikTok']);
  });
});

describe('a subject enumerated after a plural noun', () => {
  it('"firms such as A and B were sanctioned", "apps like A and B were banned"', () => {
    const found = claimsOf('Chinese firms such as Huawei and ZTE were sanctioned by Washington.');
    for (const firm of ['Huawei', 'ZTE']) expect(found).toContain(`United States -restricts-> ${firm}`);
    const apps = claimsOf('In June, apps like TikTok, WeChat and Helo were banned by India.');
    for (const app of ['TikTok', 'WeChat', 'Helo']) expect(apps).toContain(`India -banned-> ${app}`);
  });
});

describe('AMD\'s Instinct accelerators stay apart', () => {
  it('MI350 and MI355X are not MI300X', () => {
    const found = claimsOf('AMD unveiled the MI350, MI355X and MI400 chips.');
    for (const chip of ['MI350', 'MI355X', 'MI400']) expect(found).toContain(`AMD -develops-> ${chip}`);
    expect(found).not.toContain('AMD -develops-> MI300X');
  });
});

describe('possessives and slashes in lists', () => {
  it('gives each owner in a chain of possessives its own item, and the unpossessed last one to none', () => {
    const found = claimsOf('Users moved from Meta\'s Facebook, Google\'s YouTube, and TikTok.');
    expect(found).toContain('Meta -develops-> Facebook');
    expect(found).toContain('Google -develops-> YouTube');
    expect(found.filter((c) => c.endsWith('-> TikTok'))).toEqual([]);
    // One owner before the list still owns every item.
    const one = claimsOf("Tencent's WeChat, QQ and Weixin Pay grew.");
    for (const app of ['WeChat', 'QQ']) expect(one).toContain(`Tencent -develops-> ${app}`);
  });

  it('reads "H100/H200" as a list', () => {
    const found = claimsOf('Washington restricted the H100/H200 chips.');
    for (const chip of ['H100', 'H200']) expect(found).toContain(`United States -restricts-> ${chip}`);
  });
});
