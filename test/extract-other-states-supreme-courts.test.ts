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
