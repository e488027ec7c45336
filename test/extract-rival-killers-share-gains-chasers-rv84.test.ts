import { describe, expect, it } from 'vitest';
import { only, scoredClaimsOf } from './extract-helpers';

// Helper rv84, from a fresh news sample's misses on rivalry: a thing or firm named as another's "killer" before or beside its name,
// share or ground gained "against" or "on" a rival, and a rival chased or trailed in a market. Sentences written for the tests.

const rivals = (text: string): string[] => only('competes_with')(scoredClaimsOf(text));

describe('a rival named as another\'s killer', () => {
  it('"the Zenco killer Qorva", "Qorva, a Zenco killer," and "Qorva, billed as a Zenco killer," set the two against each other', () => {
    expect(rivals('The Zenco killer Qorva launched a new phone on Monday.')).toEqual(['Zenco -competes_with-> Qorva']);
    expect(rivals('Qorva, a would-be Zenco killer, raised $10 million on Tuesday.')).toEqual(['Qorva -competes_with-> Zenco']);
    expect(rivals('Qorva, billed as a Zenco killer, raised $10 million on Tuesday.')).toEqual(['Qorva -competes_with-> Zenco']);
    expect(rivals('Vexa launched its so-called Zenco killer Qorva last week.')).toContain('Zenco -competes_with-> Qorva');
  });

  it('a killer in other senses names no rival', () => {
    expect(rivals('Zenco said the killer feature of Qorva is its camera.')).toEqual([]);
    expect(rivals('Zenco hired the Qorva killer app team.')).toEqual([]);
    expect(rivals('Zenco, a weed killer maker, bought land from Qorva.')).toEqual([]);
  });
});

describe('share or ground gained against a rival', () => {
  it('"gains share against", "gained market share against", "is gaining ground on" set the two against each other', () => {
    expect(rivals('Qorva gains share against Zenco in the phone market.')).toEqual(['Qorva -competes_with-> Zenco']);
    expect(rivals('Qorva has gained market share against Zenco in Europe this year.')).toEqual(['Qorva -competes_with-> Zenco']);
    expect(rivals('Qorva is gaining ground on Zenco, analysts said.')).toEqual(['Qorva -competes_with-> Zenco']);
    expect(rivals('Qorva continued to gain ground against Zenco in cloud services.')).toEqual(['Qorva -competes_with-> Zenco']);
  });

  it('a negated or merely hoped-for gain is not asserted, and ground gained on an index names no rival', () => {
    expect(rivals('Qorva has not gained share against Zenco this year.')).toEqual([]);
    expect(rivals('Zenco shares gained ground on Tuesday.')).toEqual([]);
  });
});

describe('a rival chased or trailed in a market', () => {
  it('"is chasing Zenco in the cloud market", "chased Zenco in sales", "is chasing market leader Zenco in" set the two against each other', () => {
    expect(rivals('Qorva is chasing Zenco in the cloud market.')).toEqual(['Qorva -competes_with-> Zenco']);
    expect(rivals('Qorva chased Zenco in sales of phones last year.')).toEqual(['Qorva -competes_with-> Zenco']);
    expect(rivals('Qorva is chasing market leader Zenco in Ruritania.')).toEqual(['Qorva -competes_with-> Zenco']);
  });

  it('"Qorva trails Zenco in sales", "still trails Zenco in", "Qorva, a phone maker, trails Zenco in" name no place but two rivals', () => {
    expect(rivals('Qorva trails Zenco in sales of phones.')).toEqual(['Qorva -competes_with-> Zenco']);
    expect(rivals('Qorva still trails Zenco in the cloud market.')).toEqual(['Qorva -competes_with-> Zenco']);
    expect(rivals('Qorva, a phone maker, trails Zenco in market share.')).toEqual(['Qorva -competes_with-> Zenco']);
  });

  it('a chase in other senses, or in court, names no rival', () => {
    expect(rivals('Police are chasing Zenco\'s founder.')).toEqual([]);
    expect(rivals('Qorva is chasing Zenco in court over unpaid fees.')).toEqual([]);
    expect(rivals('Qorva is chasing Zenco for payment of its invoices.')).toEqual([]);
    expect(rivals('Zenco trails the index this year.')).toEqual([]);
    // Places the tagger knows by name stay places beside "trails".
    expect(rivals('Oregon trails Nevada in exports of wheat.')).toEqual([]);
  });
});

describe('disputes, ties and plain lists stay no rivalry', () => {
  it('a suit, a patent fight, a partner or a list of firms reporting results names no rival', () => {
    expect(rivals('Zenco sued Qorva over a patent.')).toEqual([]);
    expect(rivals("Zenco's patent fight with Qorva dragged on.")).toEqual([]);
    expect(rivals('Zenco, Qorva and Vexa all reported results on Tuesday.')).toEqual([]);
    expect(rivals('Zenco and its partner Qorva both raised prices.')).toEqual([]);
  });
});
