import { extractArticle } from '../src/pipeline/extract/extract-article';
import { readFileSync } from 'node:fs';
import { defaultLexicon, Lexicon } from '../src/pipeline/lexicon/lexicon';
import type { LexiconData, LexiconEntry, StateNames, StatesData } from '../src/pipeline/lexicon/lexicon-data';
import { withStates } from '../src/pipeline/lexicon/state-lexicon';
import { confidenceFloor } from '../src/pipeline/extract/claim-scorer';
import type { ArticleRecord, ClaimRecord, ClaimStatus, EntityRecord } from '../src/pipeline/types';

// Shared by the extract-*.test.ts files: run extraction on a short text and read the result
// the way a user reads the graph — labelled, typed nodes and `source -relation-> target` edges.

/** The id every test article gets; provenance tests check that it reaches the evidence. */
export const ARTICLE_ID = 'unit-test-article';

export function extract(text: string): ArticleRecord {
  return extractArticle({ id: ARTICLE_ID, text }, defaultLexicon());
}

/** Every entity as "Label (type)", sorted. */
export function entitiesOf(text: string): string[] {
  return extract(text)
    .entities.map((e) => `${e.label} (${e.type})`)
    .sort();
}

/** The entity whose label is `label`, if extraction found it. */
export function entityLabelled(record: ArticleRecord, label: string): EntityRecord | undefined {
  return record.entities.find((e) => e.label === label);
}

/** Claims with the given status as `Source -relation-> Target`, using entity labels; sorted, unique. */
export function claimsOf(text: string, status: ClaimStatus = 'asserted'): string[] {
  return claimStrings(extract(text), status);
}

/** `claimsOf` without the structural relations (version_of, part_of, reported, partners_with): the claims the family tests assert. */
export function scoredClaimsOf(text: string): string[] {
  return claimsOf(text).filter((c) => !/-(version_of|part_of|reported|partners_with)->/.test(c));
}

/** Keeps the claims of one relation: `only('banned')(claims)`. */
export const only = (relation: string) => (claims: string[]): string[] => claims.filter((c) => c.includes(`-${relation}->`));

export function claimStrings(record: ArticleRecord, status: ClaimStatus = 'asserted'): string[] {
  const label = (key: string): string => record.entities.find((e) => e.key === key)?.label ?? key;
  const lines = record.claims
    // What the graph keeps: a rule's claim, or a candidate at the scorer's threshold.
    .filter((c: ClaimRecord) => c.status === status && (c.confidence ?? 1) >= confidenceFloor(c))
    .map((c) => `${label(c.source)} -${c.relation}-> ${label(c.target)}`);
  return [...new Set(lines)].sort();
}

/**
 * The shipped lexicon and states plus made-up entries, for tests that need a name the data does not hold ("Zembla Zenco" with
 * aliases, states "Ruritania" and "Zembla"): read fresh from data/, so a test's additions never leak into another's.
 */
export function lexiconWith(added: { entities?: readonly LexiconEntry[]; states?: readonly StateNames[] }): Lexicon {
  const lexiconJson = JSON.parse(readFileSync(new URL('../data/lexicon.json', import.meta.url), 'utf8')) as LexiconData;
  const statesJson = JSON.parse(readFileSync(new URL('../data/states.json', import.meta.url), 'utf8')) as StatesData;
  const data: LexiconData = { ...lexiconJson, entities: [...lexiconJson.entities, ...(added.entities ?? [])] };
  return new Lexicon(withStates(data, [...statesJson.states, ...(added.states ?? [])]));
}

/** Two made-up states for tests of state acts ("Ruritania bans …", "a Zemblan ban"). */
export const MADE_UP_STATES: readonly StateNames[] = [
  { id: 'zembla', name: 'Zembla', demonyms: ['Zemblan'] },
  { id: 'ruritania', name: 'Ruritania', demonyms: ['Ruritanian'] },
];
