import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Round 82, bans: a reaction to a ban ("expressed regret over the suspension of Y") names no banner; an outlet cited as a source
// after a short description ("according to the news site Qorva") is not what a ban falls on; "govt" is a state's government.
// Sentences written for the tests.

const bans = (text: string): string[] => only('banned')(scoredClaimsOf(text));

describe('a reaction to a ban names no banner', () => {
  it('regret, concern or outrage over the act', () => {
    expect(bans('The Russian Embassy expressed regret over the suspension of Radio Qorva.')).toEqual([]);
    expect(bans('Zenco voiced concern about the ban on Zapp.')).toEqual([]);
    expect(bans('Qorva expressed outrage at the blocking of Zapp.')).toEqual([]);
    expect(bans('The Ruritanian embassy voiced disappointment over the ban on Zengram.')).toEqual([]);
  });

  it('the act itself still bans', () => {
    expect(bans('Vietnam announced the suspension of Radio Qorva.')).toEqual(['Vietnam -banned-> Radio Qorva']);
    expect(bans('Egypt ordered the closure of Qorva Radio on Monday.')).toEqual(['Egypt -banned-> Qorva Radio']);
  });
});

describe('a described source after "according to" is no target', () => {
  it('the news site, the broadcaster, the monitor named after a description', () => {
    expect(bans('According to the news site Qorva, the number of sites blocked in Egypt reached 54.')).toEqual([]);
    expect(bans('According to Russian broadcaster Qorva, sites blocked in Egypt now number 60.')).toEqual([]);
    expect(bans('According to the independent monitor Zenco Watch, apps blocked in Vietnam reached 12.')).toEqual([]);
  });

  it('a thing named after the source is still banned', () => {
    expect(bans('Egypt blocked Zapp, according to the news site Qorva.')).toEqual(['Egypt -banned-> Zapp']);
  });
});

describe('"govt" stands for the state', () => {
  it('a demonym, a possessive or "of" before it', () => {
    expect(bans('The Vietnamese govt banned Zapp on Friday.')).toEqual(['Vietnam -banned-> Zapp']);
    expect(bans("Vietnam's govt has blocked Zapp.")).toEqual(['Vietnam -banned-> Zapp']);
    expect(bans('The govt of Egypt banned Zengram.')).toEqual(['Egypt -banned-> Zengram']);
  });

  it('no state named, or a lifted ban, gives no ban', () => {
    expect(bans('Provincial and federal governments have banned Zapp.')).toEqual([]);
    expect(bans('The govt banned Zapp.')).toEqual([]);
    expect(bans("Egypt's govt lifted the ban on Zapp.")).toEqual([]);
  });
});

describe('an unnamed state body "in" a state acts for it', () => {
  it('"blocked by (state) authorities in A", "banned by police in A"', () => {
    expect(bans('Zenbook and Zengram have had their services blocked by state authorities in Russia.')).toEqual(['Russia -banned-> Zenbook', 'Russia -banned-> Zengram']);
    expect(bans('Zapp was blocked by the authorities in Russia.')).toEqual(['Russia -banned-> Zapp']);
    expect(bans('Zapp was banned by police in Egypt.')).toEqual(['Egypt -banned-> Zapp']);
  });

  it('other agents, other acts, a negation', () => {
    expect(bans('Zapp was blocked by users in Russia.')).toEqual([]);
    expect(bans('Zapp was praised by authorities in Russia.')).toEqual([]);
    expect(bans('Zapp was not blocked by authorities in Russia.')).toEqual([]);
  });
});

describe('the body must be the act\'s own agent', () => {
  it('"a ban on Zapp was sought by regulators in A" bans nothing', () => {
    expect(bans('A ban on Zapp was sought by regulators in Vietnam.')).toEqual([]);
  });
});
