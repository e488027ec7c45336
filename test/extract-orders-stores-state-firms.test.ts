import { describe, expect, it } from 'vitest';
import { claimsOf, scoredClaimsOf } from './extract-helpers';

// Families from stop 45's fresh samples, on sentences written for the tests: orders to pull or
// withhold an app (the orderer bans it, not the firm told), a store's owner named by a possessive,
// staff told to delete an app, a state's firms named by a possessive, reasons and "neither … nor",
// controls by keeping a firm from trading, and product names that hold a known name.

describe('an order to pull or withhold an app is the orderer\'s ban', () => {
  it.each([
    ['Ruritania ordered Apple to pull Zeta from its store.', ['Ruritania -banned-> Zeta']],
    ['Italy\'s privacy watchdog ordered DeepSeek to block its chatbot in the country.', ['Garante -banned-> DeepSeek']],
    ['Zeta was pulled from Apple\'s App Store.', ['Apple -banned-> Zeta', 'Apple -develops-> App Store']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('the firm told to pull it is no banner, even when the orderer is unnamed', () => {
    expect(scoredClaimsOf('The regulator ordered Apple to pull Zeta from its store.')).toEqual([]);
  });

  it('a store pulling an app of its own accord still bans it', () => {
    expect(scoredClaimsOf('Google pulled Zeta from its Play Store.')).toContain('Google -banned-> Zeta');
  });
});

describe('staff told to get rid of an app', () => {
  it.each([
    ['Ruritania told civil servants to uninstall Zeta from their phones.', ['Ruritania -banned-> Zeta']],
    ['The U.S. Navy told its members not to use DeepSeek.', ['U.S. Navy -banned-> DeepSeek']],
    ['Stop Using DeepSeek, Pentagon Tells Staff', ['Pentagon -banned-> DeepSeek']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('users told to delete an app are advised, not banned from it', () => {
    expect(scoredClaimsOf('Ruritania told users to delete Zeta.')).toEqual([]);
  });
});

describe('a state\'s firms and the reasons for a control', () => {
  it('sanctions on a state\'s makers do not restrict the state', () => {
    expect(scoredClaimsOf('The United States imposed sanctions on Russia\'s drone makers.')).toEqual([]);
  });

  it('the firm named after a state\'s possessive is the one listed', () => {
    expect(scoredClaimsOf('The United States added Russia\'s top chipmaker, Qorva, to the Entity List.')).toEqual(['United States -restricts-> Qorva']);
  });

  it('a state\'s exports stay a target', () => {
    expect(scoredClaimsOf('The United States sanctioned Iran\'s oil exports.')).toEqual(['United States -restricts-> Iran']);
  });

  it.each([
    'The Treasury Department sanctioned three Chinese companies for supplying drones to Russia.',
    'The Treasury Department sanctioned three firms over their role in supplying Iran.',
  ])('those a reason names are not targets: "%s"', (text) => {
    expect(scoredClaimsOf(text).filter((c) => /Russia|Iran/.test(c))).toEqual([]);
  });

  it('"neither A nor B has" negates the clause', () => {
    expect(scoredClaimsOf('Neither Japan nor South Korea has banned DeepSeek.')).toEqual([]);
    expect(claimsOf('Neither Japan nor South Korea has banned DeepSeek.', 'negated')).toContain('South Korea -banned-> DeepSeek');
  });

  it('an item naming a firm\'s group by its group noun stays in the list', () => {
    expect(scoredClaimsOf('The US blacklisted Huawei affiliates and SMIC.')).toEqual(['United States -restricts-> Huawei', 'United States -restricts-> SMIC']);
  });
});

describe('controls by keeping a firm from trading', () => {
  it.each([
    ['The United States stopped Huawei from buying American chips.', ['United States -restricts-> Huawei']],
    ['Washington-designated firm Huawei denied wrongdoing.', ['United States -restricts-> Huawei']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a firm barred from selling at home is still banned', () => {
    expect(scoredClaimsOf('The US barred Huawei from selling equipment in America.')).toEqual(['United States -banned-> Huawei']);
  });
});

describe('the subject of a second coordinated verb', () => {
  it.each([
    ['Russia has slowed down YouTube and blocked WhatsApp calls.', ['Russia -banned-> WhatsApp']],
    // "censor" became a state's ban verb (helper ban90b), so the first verb's object is banned too.
    ['China censors Google and blocks Facebook.', ['China -banned-> Facebook', 'China -banned-> Google']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe('product names that hold a known name', () => {
  it.each([
    ['Google unveiled Android XR on Tuesday.', ['Google -develops-> Android XR']],
    ['Nvidia launched the Nvidia GeForce RTX 5090.', ['Nvidia -develops-> GeForce RTX 5090']],
    ['Meta unveiled the Meta Ray-Ban Display glasses.', ['Meta -develops-> Meta Ray-Ban Display']],
    ['The department added the China Aerospace Science and Industry Corporation to the Entity List.', []],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a firm whose name ends in a line of business stays a firm without a product noun after it', () => {
    expect(scoredClaimsOf('Samsung Display will supply Apple.').join()).not.toContain('develops');
  });

  it('two fields joined inside one organisation\'s name stay one name', () => {
    expect(scoredClaimsOf('The Commerce Department blacklisted the China Aerospace Science and Industry Corporation.')).toEqual(['Commerce Department -restricts-> China Aerospace Science and Industry Corporation']);
  });
});

describe('makers named by a team or a fronted "behind", and "called" naming', () => {
  it.each([
    ['Alibaba\'s Qwen team released Qwen3 in April.', ['Alibaba -develops-> Qwen3']],
    ['The startup behind Zeta, Zenco Labs, raised $2 billion.', ['Zenco Labs -develops-> Zeta']],
    ['The model, called Zeta, was developed by Zenco Labs.', ['Zenco Labs -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});
