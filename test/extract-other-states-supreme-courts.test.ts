import { describe, expect, it } from 'vitest';
import { claimsOf, entitiesOf } from './extract-helpers';

// Helper crt95: the lexicon keeps "Supreme Court" alone as the US court. After a people's word it does not know ("the Zemblan
// Supreme Court") or after "the country's" (a state named before), it is some other state's court, never the US one. Sentences
// written for the tests.

const partOf = (text: string): string[] => claimsOf(text).filter((c) => c.includes('-part_of->'));
const namesUs = (text: string): boolean => entitiesOf(text).includes('United States (government)');

describe("another state's Supreme Court", () => {
  it('after an unknown people\'s word it is no US court, and still bans', () => {
    const text = 'The Zemblan Supreme Court banned Zeta, the chatbot developed by Qorva.';
    expect(partOf(text)).toEqual([]);
    expect(namesUs(text)).toBe(false);
    expect(claimsOf(text)).toContain('Supreme Court -banned-> Zeta');
    expect(namesUs('The Vardanian Supreme Court suspended Zeta on Monday.')).toBe(false);
    expect(namesUs('The Ostrese Supreme Court upheld a fine against Qorva.')).toBe(false);
  });

  it('after "the country\'s" or "the nation\'s" it is the state named before, not the US', () => {
    expect(namesUs('Zeta is popular in Ruritania. The country\'s Supreme Court banned Zeta on Monday.')).toBe(false);
    expect(namesUs('After the nation\'s Supreme Court ordered providers to block access to Zeta, the app went dark.')).toBe(false);
  });

  it('bare, or after the US\'s own name or adjective, it stays the US court', () => {
    expect(partOf('The Supreme Court banned Zeta on Monday.')).toEqual(['Supreme Court -part_of-> United States']);
    expect(partOf('The American Supreme Court banned Zeta on Monday.')).toEqual(['Supreme Court -part_of-> United States']);
    expect(partOf('The U.S. Supreme Court banned Zeta on Monday.')).toEqual(['Supreme Court -part_of-> United States']);
  });

  it('after a known people\'s word it is that state\'s court', () => {
    expect(partOf('The Kenyan Supreme Court banned Zeta on Monday.')).toEqual(['Supreme Court -part_of-> Kenya']);
  });

  it('after a party\'s or a faith\'s word, or a firm\'s possessive, it stays the US court', () => {
    expect(partOf('The Republican Supreme Court majority heard the case on Monday.')).toEqual(['Supreme Court -part_of-> United States']);
    expect(partOf('The Catholic Supreme Court justices heard the case on Monday.')).toEqual(['Supreme Court -part_of-> United States']);
    expect(partOf("The company's Supreme Court case was dismissed.")).toEqual(['Supreme Court -part_of-> United States']);
    expect(partOf("Qorva's Supreme Court appeal was dismissed.")).toEqual(['Supreme Court -part_of-> United States']);
  });
});

describe('a court or a judge "in" a state is the state', () => {
  const banned = (text: string): string[] => claimsOf(text).filter((c) => c.includes('-banned->'));

  it('acts as the state, with or without words of its kind, and with a time between it and its verb', () => {
    expect(banned('A court in Pakistan has suspended Zapp, the ride app made by Zenco.')).toEqual(['Pakistan -banned-> Zapp']);
    expect(banned('A high court in Pakistan on Monday ordered the temporary suspension of the video app Zapp.')).toEqual(['Pakistan -banned-> Zapp']);
    expect(banned('A judge in Spain blocked Zapp on Tuesday.')).toEqual(['Spain -banned-> Zapp']);
    expect(banned('A top administrative court in Egypt banned Zapp.')).toEqual(['Egypt -banned-> Zapp']);
    expect(banned('A judge in the Netherlands suspended Zapp.')).toEqual(['Netherlands -banned-> Zapp']);
  });

  it('a court in a city, a lifted ban, a refusal, a request only asked: no ban by the state', () => {
    expect(banned('A court in Moscow fined Qorva 800,000 roubles.')).toEqual([]);
    expect(banned("A court in Egypt's capital suspended Zapp.")).toEqual([]);
    expect(banned('A court in Brazil lifted the ban on Zapp.')).toEqual([]);
    expect(banned('A court in Brazil refused to ban Zapp.')).toEqual([]);
    expect(banned('Qorva asked a court in Brazil to ban Zapp.')).toEqual([]);
    expect(banned('Qorva filed a suit against Zenco in a court in Brazil.')).toEqual([]);
  });
});

describe('a ban only requested of a court', () => {
  const banned = (text: string): string[] => claimsOf(text).filter((c) => c.includes('-banned->'));

  it('"rejected a request to ban", "dismissed a petition to block", "a motion to suspend" assert no ban', () => {
    expect(banned('A Brazilian court rejected a request to ban Zapp.')).toEqual([]);
    expect(banned('A court in Brazil dismissed a petition to block Zapp.')).toEqual([]);
    expect(banned('Brazil rejected a request to ban Zapp.')).toEqual([]);
    expect(banned('The judge denied the plaintiffs\' motion to suspend Zapp.')).toEqual([]);
  });

  it('a granted request, or a ban after a request, is a ban', () => {
    expect(banned('A court in Brazil granted a request to ban Zapp.')).toEqual(['Brazil -banned-> Zapp']);
    expect(banned('A Brazilian court banned Zapp after a request by prosecutors.')).toEqual(['Brazil -banned-> Zapp']);
  });
});

describe('a court named by its people\'s word, with a day before its verb', () => {
  const banned = (text: string): string[] => claimsOf(text).filter((c) => c.includes('-banned->'));

  it('"a Pakistani court on Monday suspended Zapp" is the state\'s act, as without the day', () => {
    expect(banned('A Pakistani court on Monday suspended Zapp.')).toEqual(['Pakistan -banned-> Zapp']);
    expect(banned('A Pakistani judge on Monday ordered a ban on Zapp.')).toEqual(['Pakistan -banned-> Zapp']);
    expect(banned('A Kenyan court on May 5 ordered the suspension of Zapp.')).toEqual(['Kenya -banned-> Zapp']);
  });

  it('a day before a lifted ban, a rejected request or a refusal gives no ban', () => {
    expect(banned('A Pakistani court on Monday lifted the ban on Zapp.')).toEqual([]);
    expect(banned('A Pakistani court on Monday rejected a request to ban Zapp.')).toEqual([]);
    expect(banned('A Pakistani court on Monday refused to suspend Zapp.')).toEqual([]);
    expect(banned('A Pakistani court on patents heard Zenco\'s case against Zapp.')).toEqual([]);
  });
});
