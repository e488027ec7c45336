import { describe, expect, it } from 'vitest';
import { entitiesOf, only, scoredClaimsOf } from './extract-helpers';

// Helper gen97, from real news across tyres, broadcasting, mining equipment, chip tools, shipping and fintech: general faults behind
// misses. A coined firm's regional arm ("Zenco North America") stayed untyped, so its launch was lost; a channel named after its
// kind ("news channel Zeta TV") stayed untyped, and a language before "language" ("English language") was read as the thing a
// regulator banned; a British legal name with a bracketed city ("Zenco Media (London) Limited") was cut at the bracket; and a count
// of licences or "owned by" their holder hid a revocation's target. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const banned = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('a coined word and a region name a firm\'s regional arm', () => {
  it('the arm launches and makes its products', () => {
    expect(develops('Zentrix North America launched the Vexa Grip.')).toEqual(['Zentrix North America -develops-> Vexa Grip']);
    expect(develops('Zentrix Europe unveiled the Vexa Grip tire.')).toEqual(['Zentrix Europe -develops-> Vexa Grip']);
    expect(develops('Zentrix North America, Inc., is launching a new bus tire called the Vexa Grip.')).toEqual(['Zentrix North America -develops-> Vexa Grip']);
  });

  it('an English word before the region, a region alone or a place of sale makes no arm', () => {
    expect(develops('Central Asia launched the Vexa Grip.')).toEqual([]);
    expect(develops('Visit Europe launched the Vexa Grip campaign.')).toEqual([]);
    expect(develops('Zentrix launched the Vexa Grip in North America.')).toEqual(['Zentrix -develops-> Vexa Grip']);
    expect(develops('Sales in Latin America rose after Zentrix launched the Vexa Grip.')).toEqual(['Zentrix -develops-> Vexa Grip']);
    expect(develops('Drivers across North America bought the Vexa Grip.')).toEqual([]);
  });
});

describe('a channel named after its kind, and a language before "language"', () => {
  it('the regulator bans the named channel', () => {
    expect(banned('Ofcom banned news channel ZTVN.')).toEqual(['Ofcom -banned-> ZTVN']);
    expect(banned('Ofcom revoked the licence of English language news channel ZTVN.')).toEqual(['Ofcom -banned-> ZTVN']);
  });

  it('a language is never the thing banned or made', () => {
    expect(banned('Ofcom revoked the licence of the English language service of ZTVN.').some((c) => c.includes('English'))).toBe(false);
    expect(develops('Zenco launched an English language version of its site.')).toEqual([]);
    expect(entitiesOf('The regulator said the Arabic-language service was popular.').some((e) => e.startsWith('Arabic'))).toBe(false);
    // A language before a channel's or a paper's kind, with no "language" (critic crit97b).
    expect(develops('The ministry suspended the broadcast of the Malayalam news channel Vela TV.')).toEqual([]);
    expect(develops('Zembla\'s regulator banned the English news channel Zeta, owned by Zenco.')).toEqual(['Zenco -develops-> Zeta']);
    expect(banned('Ofcom said the channel broadcast in English.')).toEqual([]);
    expect(banned('Ofcom banned no channel after the review.')).toEqual([]);
  });
});

describe('a British legal name with a bracketed city, and the licences owned by a holder', () => {
  it('the revocation bans each named holder, whatever the count of licences', () => {
    expect(banned('Ofcom has revoked the licence of Vexa Media (London) Limited.')).toEqual(['Ofcom -banned-> Vexa Media (London) Limited']);
    expect(banned('Ofcom has revoked four TV broadcast licences owned by Vexa Channels Limited and Vexa Media (London) Limited.').sort()).toEqual(['Ofcom -banned-> Vexa Channels Limited', 'Ofcom -banned-> Vexa Media (London) Limited']);
    expect(banned('Ofcom has revoked 3 licences held by Vexa Channels Limited.')).toEqual(['Ofcom -banned-> Vexa Channels Limited']);
  });

  it('a firm revoking, a holder\'s rivals, a grant or a plan ban nobody', () => {
    expect(banned('Vexa Channels Limited has revoked four licences owned by Qorva.')).toEqual([]);
    expect(banned('Ofcom has revoked four licences owned by Vexa Channels Limited\'s rivals.')).toEqual([]);
    expect(banned('Ofcom has granted four licences owned by Vexa Channels Limited.')).toEqual([]);
    expect(banned('Ofcom may revoke four licences owned by Vexa Channels Limited.')).toEqual([]);
    expect(banned('Ofcom did not revoke the four licences owned by Vexa Channels Limited.')).toEqual([]);
  });
});

describe('a field strength in teslas is no carmaker', () => {
  it('the bracketed scanner name keeps its strength and its maker', () => {
    expect(develops('Zenco\'s latest MRI machine (Vexa Prisma 3 Tesla) is one of the most powerful devices.')).toEqual(['Zenco -develops-> Vexa Prisma 3 Tesla']);
  });

  it('a count of the carmaker\'s goods or shares keeps the carmaker', () => {
    expect(entitiesOf('Zenco bought 3 Tesla cars for its fleet.')).toContain('Tesla (company)');
    expect(entitiesOf('Qorva sold 3 Tesla shares last year.')).toContain('Tesla (company)');
    expect(entitiesOf('Zenco said Tesla MRI research was new.')).toContain('Tesla (company)');
  });
});

describe('a language\'s word before a hyphen that is no "language"', () => {
  it('leaves the rest of the sentence read as before', () => {
    expect(banned('Ofcom banned the French-language channel ZTVN.')).toEqual(['Ofcom -banned-> ZTVN']);
    expect(develops('Zenco launched the Vexa Grip in English-speaking markets.')).toEqual(['Zenco -develops-> Vexa Grip']);
  });
});
