import { describe, expect, it } from 'vitest';
import { scoredClaimsOf } from './extract-helpers';

// Stop 51's families, from stop 50's fresh-sample readers, on sentences written for the tests:
// an act noun a sentence after its act, banned things counted before their names, a firm's
// state after "from", role nouns inside a list of makers, a firm's people as a passive's agent,
// and "proscription".

describe('an act noun after the act goes on with it', () => {
  it.each([
    ['The Treasury Department sanctioned Zenco Technologies on Tuesday. The action also targets Qorva Electronics and Vexa Technologies.',
      ['Treasury Department -restricts-> Qorva Electronics', 'Treasury Department -restricts-> Vexa Technologies', 'Treasury Department -restricts-> Zenco Technologies']],
    ['The Treasury Department sanctioned Zenco Technologies on Tuesday. The action took aim at Qorva Electronics and Vexa Technologies.',
      ['Treasury Department -restricts-> Qorva Electronics', 'Treasury Department -restricts-> Vexa Technologies', 'Treasury Department -restricts-> Zenco Technologies']],
    ["The State Department designated four militias on Monday. Today's action targets Qorva Holdings and Vexa Technologies.",
      ['State Department -restricts-> Qorva Holdings', 'State Department -restricts-> Vexa Technologies']],
    ['The Treasury Department sanctioned Zenco Technologies on Tuesday. The penalties also hit Qorva Electronics.',
      ['Treasury Department -restricts-> Qorva Electronics', 'Treasury Department -restricts-> Zenco Technologies']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('an action with no act before it names no actor', () => {
    expect(scoredClaimsOf('The action also targets Qorva Electronics and Vexa Technologies.')).toEqual([]);
  });

  it('"aim" without "at" and a name aims at no one', () => {
    expect(scoredClaimsOf('The Treasury Department sanctioned Zenco Technologies on Tuesday. The action took aim in a week when Qorva Electronics reported record sales.')).toEqual(['Treasury Department -restricts-> Zenco Technologies']);
  });
});

describe('banned things counted, then named', () => {
  it.each([
    ['India has banned 59 Chinese apps. Among the banned titles are TikTok and WeChat.', ['India -banned-> TikTok', 'India -banned-> WeChat']],
    ['India has banned 59 Chinese apps. The banned titles include TikTok and WeChat.', ['India -banned-> TikTok', 'India -banned-> WeChat']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('titles a firm released are not banned', () => {
    expect(scoredClaimsOf('Tencent has released 12 new titles. Among the titles are Honor of Kings and PUBG Mobile.')).toEqual([]);
  });
});

describe("a firm's state after 'from' only says where it is from", () => {
  it.each([
    ['The Treasury sanctioned two banks from Kyrgyzstan.', []],
    ['The EU sanctioned three refiners from China and India.', []],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a state itself after the act is still acted on', () => {
    expect(scoredClaimsOf('The Treasury sanctioned Kyrgyzstan.')).toEqual(['Treasury -restricts-> Kyrgyzstan']);
  });
});

describe('role nouns inside a list of makers', () => {
  it.each([
    ['Publisher Qorva Interactive and developer Zenco Studios have announced Vela Quest.', ['Qorva Interactive -develops-> Vela Quest', 'Zenco Studios -develops-> Vela Quest']],
    ['Zenco Labs and partner Qorva Robotics have unveiled the Vela humanoid.', ['Qorva Robotics -develops-> Vela', 'Zenco Labs -develops-> Vela']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe("a firm's people as the agent of a passive", () => {
  it.each([
    ['Vela Quest was developed by the team at Qorva Studios.', ['Qorva Studios -develops-> Vela Quest']],
    ['The Zeta chip was built by engineers from Qorva Semiconductor.', ['Qorva Semiconductor -develops-> Zeta']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('people at a firm are no agent when they only use the thing', () => {
    expect(scoredClaimsOf('Vela Quest was played by the team at Qorva Studios.')).toEqual([]);
  });
});

describe('proscription is a ban', () => {
  it.each([
    ['The proscription of Palestine Action by the Home Office took effect on Saturday.', ['Home Office -banned-> Palestine Action']],
    ["The Home Office's proscription of Palestine Action was upheld.", ['Home Office -banned-> Palestine Action']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });
});

describe('a state telling buyers to stop buying a product bans it', () => {
  it.each([
    ["Beijing has told its tech companies to stop buying Nvidia's RTX Pro 6000D.", ['China -banned-> RTX Pro 6000D', 'Nvidia -develops-> RTX Pro 6000D']],
    ["Chinese regulators instructed firms to halt purchases of Nvidia's H20 chips.", ['China -banned-> H20', 'Nvidia -develops-> H20']],
    ['The Cyberspace Administration of China told ByteDance and Alibaba to stop ordering the H20.', ['Cyberspace Administration of China -banned-> H20']],
    ['China told firms not to buy the H20.', ['China -banned-> H20']],
  ])('"%s"', (text, claims) => {
    expect(scoredClaimsOf(text)).toEqual(claims);
  });

  it('a maker telling its customers so bans nothing', () => {
    expect(scoredClaimsOf('Nvidia told customers to stop ordering the H20.')).toEqual([]);
  });

  it("a firm's engineers told to stop using a tool are its staff", () => {
    expect(scoredClaimsOf('Alibaba has instructed engineers to stop using Claude Code.')).toEqual(['Alibaba -banned-> Claude Code']);
  });
});

describe("a product named in the lexicon whose first word is another firm's name", () => {
  it("keeps the owner written before it: Nvidia's RTX Pro 6000D is no RTX product", () => {
    expect(scoredClaimsOf("Analysts praised Nvidia's RTX Pro 6000D.")).toEqual(['Nvidia -develops-> RTX Pro 6000D']);
  });

  it('an owner not written gives the name no maker', () => {
    expect(scoredClaimsOf('Analysts praised the RTX Pro 6000D.')).toEqual([]);
  });
});
