import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper own90, from news on who owns or runs a news channel, paper or app: an outlet is its owner's product, however the
// ownership is said (an apposition, a relative clause, a passive with a person's firm as agent); a phone maker's own news app is
// the maker's. Near misses: a presenter, a person's possessive, a programme carried or a sister channel. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('an owner named in an apposition', () => {
  it('"Zenco Media, Zeta TV\'s broadcaster" and "… parent company" name the owner', () => {
    expect(develops('Zenco Media, Zeta TV\'s broadcaster, said on Monday it would appeal.')).toEqual(['Zenco Media -develops-> Zeta TV']);
    expect(develops('Zenco Media, Zeta TV\'s parent company, said it would appeal.')).toEqual(['Zenco Media -develops-> Zeta TV']);
  });

  it('"the company broadcasting Zeta Bharat", "the firm that runs the channel Zeta TV" name the owner', () => {
    expect(develops('The regulator fined Zenco Media Limited, the company broadcasting the Zeta Bharat channel in the UK.')).toEqual(['Zenco Media Limited -develops-> Zeta Bharat']);
    expect(develops('Zenco Ltd, the firm that runs the news channel Zeta TV, said it would appeal.')).toEqual(['Zenco Ltd -develops-> Zeta TV']);
  });

  it('a presenter or a person\'s possessive names no owner', () => {
    expect(develops('Vexa Kumar, the presenter of Zeta TV, said the channel would appeal.')).toEqual([]);
    expect(develops('The regulator fined Zenco Media Limited, the company broadcasting Vexa Kumar\'s Zeta Bharat channel in the UK.')).not.toContain('Vexa Kumar -develops-> Zeta Bharat');
    expect(develops('Vexa Kumar, Zeta TV\'s anchor, said the channel would appeal.')).toEqual([]);
  });
});

describe('an outlet set off as a channel "of" its owner', () => {
  it('"Zeta Bharat, the Hindi news channel of Zenco Network" names the owner', () => {
    expect(develops('Zeta Bharat, the news channel of Zenco Network, was fined.')).toEqual(['Zenco Network -develops-> Zeta Bharat']);
    expect(develops('Zeta Bharat, the Hindi news channel of Zenco Ltd, was fined.')).toEqual(['Zenco Ltd -develops-> Zeta Bharat']);
  });

  it('a sister channel or a country\'s channel names no owner', () => {
    expect(develops('Zeta News, the sister channel of Qorva News, was fined.')).toEqual([]);
    expect(develops('Zeta TV, the most watched channel of India, was banned.')).toEqual([]);
  });
});

describe('an owner in a relative clause', () => {
  it('"Zenco, whose service Zeta Bharat …" names the owner', () => {
    expect(develops('The fine was imposed on Zenco Media Limited, whose service Zeta Bharat broke the rules.')).toEqual(['Zenco Media Limited -develops-> Zeta Bharat']);
    expect(develops('Zenco Media Limited, whose news channel Zeta TV was fined, will appeal.')).toEqual(['Zenco Media Limited -develops-> Zeta TV']);
  });

  it('"whose" before a person or a rival names no owned outlet', () => {
    expect(develops('Zenco Media Limited, whose chief executive Vexa Kumar resigned, will appeal.')).toEqual([]);
    expect(develops('Zenco Media Limited, whose rival Qorva Media Limited was fined, will appeal.')).toEqual([]);
  });
});

describe('a passive with a person\'s firm as agent', () => {
  it('"is owned by tycoon Vexa Patel\'s Zenco UK" gives the firm, not the person', () => {
    expect(develops('Zeta TV is owned by tycoon Vexa Patel\'s Zenco Holdings.')).toEqual(['Zenco Holdings -develops-> Zeta TV']);
    expect(develops('Zeta TV is owned by billionaire Vexa Patel\'s Zenco Holdings.')).toEqual(['Zenco Holdings -develops-> Zeta TV']);
  });

  it('a stake owned or a channel carried names no owner', () => {
    expect(develops('Zeta TV is carried by Qorva Cable, the satellite operator.')).toEqual([]);
    expect(develops('A stake in Zeta TV is owned by tycoon Vexa Patel\'s Zenco Holdings.')).toEqual([]);
  });
});

describe('papers named as owned things', () => {
  it('"owns the Zeta Post", "including the Zeta Times" make the paper the owner\'s', () => {
    expect(develops('Zenco Media owns the Zeta Post.')).toEqual(['Zenco Media -develops-> Zeta Post']);
    expect(develops('Zenco owns several outlets, including the Zeta Times and Qorva Radio.')).toEqual(['Zenco -develops-> Qorva Radio', 'Zenco -develops-> Zeta Times']);
  });

  it('a paper that reports or is read names no owner', () => {
    expect(develops('Zenco Media told the Zeta Post it would appeal.')).toEqual([]);
    expect(develops('Zenco Media does not own the Zeta Post.')).toEqual([]);
    expect(develops('Zenco operates in several countries, including India, Brazil and Mexico.')).toEqual([]);
  });
});

describe('a phone maker\'s own news app', () => {
  it('"Zeta is Zenco\'s new weapon against Lumo" and "answers Lumo with Zeta, its own news app" name the maker', () => {
    expect(develops('Zeta is Zenco\'s new weapon against Lumo.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zeta, Zenco Corp\'s new weapon against Lumo Inc, launches in May.')).toEqual(['Zenco Corp -develops-> Zeta']);
    expect(develops('Zenco Corp answers Lumo Inc with Zeta, its own news app.')).toEqual(['Zenco Corp -develops-> Zeta']);
    expect(develops('Zenco Corp is partnering with Qorva Inc to develop a news platform called Zeta.')).toEqual(['Qorva Inc -develops-> Zeta', 'Zenco Corp -develops-> Zeta']);
  });

  it('the rival answered is not the app\'s maker, nor is a weapon bought', () => {
    expect(develops('Zenco Corp answers Lumo Inc with Zeta, its own news app.')).not.toContain('Lumo Inc -develops-> Zeta');
    expect(develops('Qorva Inc said Zenco Corp answered with Zeta, its own news app.')).not.toContain('Qorva Inc -develops-> Zeta');
    expect(develops('Zeta is not Zenco\'s weapon against Lumo.')).toEqual([]);
  });
});
