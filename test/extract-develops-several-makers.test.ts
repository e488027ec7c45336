import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper col88, fresh samples on things with several makers: the partner after a reduced relative's agent, a second agent named
// with a describer, and a thing called a joint venture of two firms. Sentences written for the tests.

const makers = (text: string): string[] => only('develops')(scoredClaimsOf(text));

describe('the partner after a reduced relative\'s agent', () => {
  it('"a system developed by X in collaboration with A, B and C" gives every partner', () => {
    const got = makers('Zenguard is a safety system developed by Qorva Labs in collaboration with Zenco Inc, Ruritel Ltd and Mobix Corp.');
    for (const firm of ['Qorva Labs', 'Zenco Inc', 'Ruritel Ltd', 'Mobix Corp']) expect(got).toContain(`${firm} -develops-> Zenguard`);
  });

  it('"an app designed by X in partnership with Y", an aside, and a describer before the agent', () => {
    expect(makers('Zenguard is a safety app designed by Qorva Corp in partnership with Zenco Inc.')).toContain('Zenco Inc -develops-> Zenguard');
    expect(makers('Zenguard, a chatbot trained by Qorva Labs in cooperation with Zenco Inc, was released.')).toContain('Zenco Inc -develops-> Zenguard');
    expect(makers('Zenguard, built by the Japanese firm Qorva Corp in conjunction with Zenco Inc, was shown.')).toContain('Zenco Inc -develops-> Zenguard');
  });

  it('not people, customers, another verb, a state, or the partner in another clause', () => {
    const texts = [
      "Zenguard is a safety app designed by Qorva Corp in partnership with Zenco Inc's engineers.",
      'Zenguard is a safety app designed by Qorva Corp in partnership with Zenco Inc customers.',
      'Zenguard, a safety system sold by Qorva Labs in partnership with Zenco Inc, was shown.',
      'Zenguard, a safety system tested by Qorva Labs in cooperation with Zenco Inc, failed.',
      'Zenguard, a system funded by Qorva Labs in collaboration with Zenco Inc, was shown.',
    ];
    for (const text of texts) expect(makers(text), text).not.toContain('Zenco Inc -develops-> Zenguard');
    expect(makers('Zenguard is a tool developed by Qorva Labs in collaboration with India.')).not.toContain('India -develops-> Zenguard');
  });
});

describe('a second agent with a describer', () => {
  it('"developed by A and Japanese plane-maker B" gives both', () => {
    for (const text of [
      'The Zeta jet, developed by Zenco Inc and Japanese plane-maker Qorva Corp, will fly next year.',
      'The Zeta jet, developed by Zenco Inc and Indian state-owned plane-maker Qorva Corp, flew.',
      'Zeta is a drone built by Zenco Inc and the Japanese firm Qorva Corp.',
    ]) expect(makers(text), text).toContain('Qorva Corp -develops-> Zeta');
  });

  it('not a buyer, a user, a customer or another verb', () => {
    for (const text of [
      'The Zeta jet, developed by Zenco Inc and Japanese customer Qorva Corp, will fly next year.',
      'The Zeta jet, bought by Zenco Inc and Japanese plane-maker Qorva Corp, will fly next year.',
      'The Zeta jet, developed by Zenco Inc and Japanese airline Qorva Corp, will fly next year.',
      'The Zeta jet was criticised by Zenco Inc and Japanese plane-maker Qorva Corp.',
      'The Zeta jet, developed by Zenco Inc and the Japanese distributor Qorva Corp, will fly.',
    ]) expect(makers(text), text).not.toContain('Qorva Corp -develops-> Zeta');
  });
});

describe('a thing called a joint venture of two firms', () => {
  it('"the Zeta missile, a joint venture between A and B" gives both', () => {
    for (const text of [
      'The Zeta missile, a joint venture between Qorva Corp and Zenco Inc, entered service in 2020.',
      'The Zeta fighter, a joint venture of Qorva Corp and Zenco Inc, flew on Monday.',
      'The Zeta warship, a joint development between Qorva Corp and Zenco Inc, sailed.',
    ]) {
      expect(makers(text), text).toContain('Qorva Corp -develops-> Zeta');
      expect(makers(text), text).toContain('Zenco Inc -develops-> Zeta');
    }
  });

  it('not a venture that is only planned, a deal or a firm, a rival, or customers', () => {
    for (const text of [
      'Zeta, a proposed joint venture between Qorva Corp and Zenco Inc, was scrapped.',
      'The Zeta phone, a planned joint venture between Qorva Corp and Zenco Inc, was delayed.',
      'The Zeta deal, a joint venture between Qorva Corp and Zenco Inc, was signed.',
      'Zeta, a joint venture between Qorva Corp and Zenco Inc, opened a store.',
      'The Zeta missile, a rival to a joint venture between Qorva Corp and Zenco Inc, entered service.',
      'The Zeta missile, a joint venture between Qorva Corp and Zenco Inc customers, entered service.',
      'Zenco Inc and Qorva Corp formed a joint venture to distribute Zeta drones.',
      'Zenco Inc announced a joint venture with Qorva Corp to sell the Zeta.',
    ]) expect(makers(text), text).not.toContain('Zenco Inc -develops-> Zeta');
  });
});
