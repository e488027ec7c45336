import type { Token } from '../text/tokens';
import { PERSON_TITLES } from './cue-words';

/**
 * A minister's portfolio between the state and the title: "French trade minister Ann Lee", "German Digital Minister Ann Lee",
 * "Japanese Home Affairs Minister Ann Lee" (helper hos95). Only a state's portfolios: "Zenco president Ann Lee" and "French carmaker
 * boss Ann Lee" name no office of a state, and "shadow" or "opposition" before the title is no office held.
 */
const PORTFOLIO_WORDS = new Set([
  'trade', 'commerce', 'foreign', 'finance', 'financial', 'economy', 'economic', 'economics', 'industry', 'industrial', 'digital',
  'home', 'affairs', 'interior', 'defence', 'defense', 'health', 'energy', 'technology', 'technologies', 'telecom', 'telecoms',
  'telecommunications', 'communications', 'information', 'it', 'justice', 'security', 'homeland', 'treasury', 'agriculture',
  'transport', 'environment', 'culture', 'education', 'labour', 'labor', 'internal', 'external', 'consumer', 'competition',
  'science', 'innovation', 'investment', 'infrastructure', 'and', '&',
]);

/**
 * The titles a portfolio goes with, in either case: "trade minister", "Commerce Secretary". Not "president" or "chief": "French
 * telecom president Ann Lee" and "Qorva Technology Chief Ann Lee" head firms.
 */
const PORTFOLIO_TITLES = new Set(['minister', 'secretary']);

const isTitleWord = (t: Token | undefined): boolean => t !== undefined && (PERSON_TITLES.has(t.text) || PORTFOLIO_TITLES.has(t.text));

/**
 * Where a portfolio and its title start before `at` (the first word of a person's name or of the titles already walked), at
 * or after `floor`: the start of "trade minister" in "French trade minister Ann Lee", or -1 when no portfolio and title end there.
 * The portfolio holds one to three words, the first of them no joiner, right before a minister's or secretary's title; the
 * title may already have been walked (`titled`).
 */
export function portfolioStart(tokens: readonly Token[], at: number, floor: number, titled: boolean): number {
  let i = at;
  let titles = 0;
  while (i > floor && titles < 2 && isTitleWord(tokens[i - 1])) {
    i--;
    titles++;
  }
  if (titles === 0 && !titled) return -1;
  if (!PORTFOLIO_TITLES.has(tokens[i]?.lower ?? '')) return -1;
  let words = 0;
  while (i > floor && words < 3 && PORTFOLIO_WORDS.has(tokens[i - 1]!.lower)) {
    i--;
    words++;
  }
  if (words === 0 || /^(?:and|&)$/.test(tokens[i]!.lower)) return -1;
  return i;
}

/** A role before the state that is no office held now: "former French trade minister Ann Lee". */
export const NOT_HELD_BEFORE = /^(?:former|ex|ex-|shadow|opposition|would-be|incoming)$/;
