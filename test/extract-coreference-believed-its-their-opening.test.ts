import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper cor94, from set 90's fresh sample: a possessive pronoun whose owner is the firm that opens the same sentence as the subject
// of a verb of belief, hope or claim, or the one firm the sentence before named. Sentences written for the tests.

const develops = (text: string): string[] => only('develops')(scoredClaimsOf(text));
const competes = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('"its" after a verb of belief, hope or claim', () => {
  it('the subject that believes, hopes or expects owns the thing after "its"', () => {
    expect(develops('Zenco believes its new Zeta display is popular.')).toEqual(['Zenco -develops-> Zeta']);
    expect(develops('Zenco hopes its Zeta 2 headset will win users.')).toEqual(['Zenco -develops-> Zeta 2']);
    expect(develops('Zenco expects its Zeta 2 headset to sell well.')).toEqual(['Zenco -develops-> Zeta 2']);
    expect(develops('Zenco thinks that its Zeta 2 headset will sell well.')).toEqual(['Zenco -develops-> Zeta 2']);
  });

  it('a firm\'s own thing called "the answer" is no rival of it', () => {
    expect(competes('Zenco believes its new Zeta display is the answer to glare.')).toEqual([]);
    expect(develops('Zenco believes its new Zeta display is the answer to glare.')).toEqual(['Zenco -develops-> Zeta']);
  });

  it('another owner, a name between, a negation or no product after "its" give the believer nothing', () => {
    expect(develops('Zenco believes Qorva\'s Zeta headset works.')).toEqual(['Qorva -develops-> Zeta']);
    expect(develops('Zenco, a Qorva customer, believes its Zeta headset works.')).toEqual([]);
    expect(develops('Zenco believes its rival\'s Zeta headset is weak.')).toEqual([]);
    expect(develops('Zenco believes its partner Qorva will ship the Zeta headset.')).toEqual([]);
    expect(develops('Zenco hopes its retailer Vexa will stock the Zeta headset.')).toEqual([]);
    expect(develops('Zenco does not believe its Zeta headset is late.')).toEqual([]);
    expect(develops('Zenco believes its CEO Jon Doe will step down.')).toEqual([]);
    expect(develops('Zenco believes its Berlin plant will close.')).toEqual([]);
    expect(develops('Zenco hopes its annual Zeta conference will draw crowds.')).toEqual([]);
  });
});

describe('an opening "Their" or "Its" after the sentence before', () => {
  it('"Their" opening a sentence is the one firm the sentence before named', () => {
    expect(develops('Zenco designs its robots in-house. Their first robot, Z1, walks.')).toEqual(['Zenco -develops-> Z1']);
    expect(develops('Zenco makes robots. Their first robot, Z1, walks.')).toEqual(['Zenco -develops-> Z1']);
    expect(develops('Zenco Robotics was founded in 2019. Their flagship, the Vexa, ships in May.')).toEqual(['Zenco Robotics -develops-> Vexa']);
  });

  it('two firms, people or a retailer before an opening "Their" or "Its" give no owner', () => {
    expect(develops('Zenco sells Qorva robots. Their first robot, Z1, walks.')).toEqual([]);
    expect(develops('Zenco invested in Qorva. Their first robot, Z1, walks.')).toEqual([]);
    expect(develops('Zenco invested in Qorva. Its first robot, Z1, walks.')).toEqual([]);
    expect(develops('Zenco partnered with Qorva on Monday. Its new Zeta app launches today.')).toEqual([]);
    expect(develops('Zenco and Qorva make robots. Their first robot, Z1, walks.')).toEqual([]);
    expect(develops('Zenco was founded by Ann Lee and Bo Kim. Their first robot, Z1, walks.')).toEqual([]);
    expect(develops('Jane Roe and Zenco met. Their first robot, Z1, walks.')).toEqual([]);
  });

  it('"Their rivals" opening a sentence are the rivals of the one firm named before, never of two', () => {
    const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));
    expect(rivals('Zenco Inc makes robots. Their rivals include Qorva.')).toEqual(['Zenco Inc -competes_with-> Qorva']);
    expect(rivals('Zenco Inc and Vexa Inc make robots. Their rivals include Qorva.')).toEqual([]);
    expect(rivals('Zenco Inc makes robots for Vexa Inc. Their rivals include Qorva.')).toEqual([]);
  });

  it('a passive\'s agents are no second owner', () => {
    expect(develops('Moonshot is backed by Alibaba and Tencent. Its Kimi K2 model, released in July, is open-weight.')).toEqual(['Moonshot -develops-> Kimi K2']);
  });
});
