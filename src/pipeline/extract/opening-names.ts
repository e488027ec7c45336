import type { Token } from '../text/tokens';
import { YEAR } from '../lexicon/model-versions';
import { finiteVerbAt } from './clause-subject';

/**
 * Firms whose names open with a pronoun or a number, which the name run would trim: "We Rise", "They Play Games" (a subject
 * pronoun is never followed by a capitalised noun in running text, so the capital makes it the name's), "34 Owls released …",
 * "99 Apps, a studio in Zembla, …" (a count opening a sentence before a capitalised word and the subject's verb or its
 * description). Round 84 (fp84): such names were cut to "Rise" and "Owls".
 */

/** Subject pronouns that open a firm's name when a capitalised word follows ("We Rise"); not "Our", "Their": "Our Zeta app" is ours. */
const NAME_PRONOUNS: ReadonlySet<string> = new Set(['We', 'They']);

/** Firm nouns that describe the name before a comma: "99 Apps, a studio …". */
const APPOSED_FIRM_NOUNS: ReadonlySet<string> = new Set(['studio', 'startup', 'start-up', 'company', 'firm', 'developer', 'publisher', 'maker', 'group', 'lab', 'outfit', 'subsidiary', 'unit']);

/** Whether the description after the comma at `comma` is a firm's: ", a studio", ", a Zembla-based startup", ", the games developer". */
function apposedFirm(tokens: readonly Token[], comma: number): boolean {
  if (tokens[comma]?.text !== ',' || !/^(?:a|an|the)$/.test(tokens[comma + 1]?.lower ?? '')) return false;
  for (let k = comma + 2; k < comma + 5 && k < tokens.length; k++) if (APPOSED_FIRM_NOUNS.has(tokens[k]!.lower)) return true;
  return false;
}

/** Whether the run ending at `end` stands as a subject: a finite verb or a firm's description follows it. */
function standsAsFirm(tokens: readonly Token[], end: number, countedPlural: boolean): boolean {
  if (apposedFirm(tokens, end)) return true;
  // "12 Apps were banned": a counted plural before a verb counts things; only a firm's description makes it a name.
  if (countedPlural) return false;
  const next = tokens.slice(end, end + 3).map((t) => t.lower);
  return finiteVerbAt(next, 0);
}

/**
 * Where a firm's name opening with a pronoun or a count starts, given its run's first word `i`, the start after trimming `start`,
 * and its end; `start` when the name opens with neither. `notName` tells the words no name holds ("We Ruritanians" is no firm).
 */
export function openingNameStart(tokens: readonly Token[], i: number, start: number, end: number, notName: (t: Token) => boolean, countedPlural: boolean): number {
  // The cheap tests first: one word trimmed, or a number right before a run opening the sentence.
  if (start === i + 1 && start < end && NAME_PRONOUNS.has(tokens[i]!.text) && tokens[start]!.capitalized && !notName(tokens[start]!) && standsAsFirm(tokens, end, false)) return i;
  if (i === 1 && start === 1 && start < end && /^\d{1,4}$/.test(tokens[0]!.text) && !YEAR.test(tokens[0]!.text) && tokens[1]!.start === tokens[0]!.end + 1 && standsAsFirm(tokens, end, countedPlural)) return 0;
  if (i > 1 && start === i && start < end && countOpensObjectName(tokens, i, end, countedPlural)) return i - 1;
  return start;
}

/** Words a name mid-sentence may stand after, as an object or a list's member: "competes with 808 Atelier", "sued 808 Atelier". */
// Not "including", "bought", "acquired" or a comma, where a count of things is the usual reading ("including 40 Zeta", "bought
// 500 Qorva"; rr89b).
const BEFORE_OBJECT_NAME: ReadonlySet<string> = new Set(['with', 'by', 'from', 'against', 'and', 'or', 'like', 'as', 'rival', 'rivals', 'versus', 'vs', 'vs.', 'sued', 'banned', 'blocked', 'launched']);
/** What may close such a name: the sentence's end, a stop, or a small word ("808 Atelier and Qorva", "808 Atelier in Zembla"). */
const AFTER_OBJECT_NAME: ReadonlySet<string> = new Set(['.', ',', ';', ':', ')', 'and', 'or', 'in', 'on', 'for', 'to', 'over', 'which', 'that', 'who', 'after', 'last', 'this']);

/**
 * "Qorva competes with 808 Atelier.", "bought 808 Atelier and Vexa": a number of two to four digits (no year) right before one
 * capitalised word that nothing but a stop or a small word follows opens a brand's name mid-sentence (a fresh sample of fashion and
 * drinks news: such names were cut to "Atelier"). A count of things has its noun after the name ("hired 300 Zenco engineers"), or
 * is a plural ("sold 500 Zetas").
 */
function countOpensObjectName(tokens: readonly Token[], i: number, end: number, countedPlural: boolean): boolean {
  const count = tokens[i - 1]!;
  if (end !== i + 1 || countedPlural || !/^\d{2,4}$/.test(count.text) || YEAR.test(count.text) || tokens[i]!.start !== count.end + 1) return false;
  if (!BEFORE_OBJECT_NAME.has(tokens[i - 2]!.lower) || /s$/.test(tokens[i]!.text)) return false;
  const next = tokens[end];
  return next === undefined || AFTER_OBJECT_NAME.has(next.lower);
}
