import type { Lexicon } from '../lexicon/lexicon';
import type { LexiconEntry } from '../lexicon/lexicon-data';
import { isPossessive, type Token } from '../text/tokens';
import type { LearnedName } from './learned-names';
import { knownBody, stateBodyKey } from './government-mentions';
import { keyOfName, mentionOver, type SentenceMention } from './mention';

/** A state's bodies named together under one plural head, and the head each of them has alone. */
const PLURAL_HEADS = new Map([
  ['ministries', 'ministry'],
  ['departments', 'department'],
  ['agencies', 'agency'],
  ['commissions', 'commission'],
  ['bureaus', 'bureau'],
]);

/** One word naming a body's field: "trade", "Finance", "foreign-affairs". */
const FIELD_WORD = /^\p{L}[\p{L}-]*$/u;
const NOT_FIELDS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'its', 'their', 'both', 'other', 'two', 'three', 'several', 'relevant', 'various', 'government', 'state']);

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * "the Trade and Finance ministries", "Japan's trade and finance ministries", "the Commerce, State and Treasury departments":
 * two or three of a state's bodies sharing one plural head are each their own node, as "Japan's trade ministry" alone is
 * (stop 61's readers: agencies acting together lost both ends, read as "Trade" and "Finance"). Lower-case fields need their
 * state before them ("the sales and marketing departments" are a firm's); capitalised ones stand alone after "the".
 */
export function findCoordinatedBodies(
  tokens: readonly Token[],
  known: readonly SentenceMention[],
  lexicon: Lexicon,
  learned: Map<string, LearnedName>,
): SentenceMention[] {
  const found: SentenceMention[] = [];
  for (let head = 3; head < tokens.length; head++) {
    const singular = PLURAL_HEADS.get(tokens[head]!.lower);
    if (!singular) continue;
    const fields = fieldsBefore(tokens, head);
    if (!fields) continue;
    const capitalised = fields.every((k) => tokens[k]!.capitalized);
    if (!capitalised && fields.some((k) => tokens[k]!.capitalized)) continue;
    // "the Treasury, State, and Commerce Departments": a capitalised head only after capitalised fields (stop 63's controls readers).
    if (tokens[head]!.text !== tokens[head]!.lower && !capitalised) continue;
    const state = stateBefore(tokens, fields[0]!, known, lexicon);
    if (!state && (!capitalised || tokens[fields[0]! - 1]?.lower !== 'the')) continue;
    fields.forEach((k, n) => {
      const last = n === fields.length - 1 ? head + 1 : k + 1;
      const first = n === 0 && state ? state.first : k;
      found.push(mentionOver(tokens, first, last, bodyName(tokens[k]!.text, singular, state?.entry, lexicon, learned), 'rule'));
    });
  }
  return found;
}

/** The field words before a plural head ("trade and finance", "Commerce, State and Treasury"), or undefined. */
function fieldsBefore(tokens: readonly Token[], head: number): number[] | undefined {
  // "the Commerce and State departments": "State" is a field where "state" is not.
  const isField = (k: number): boolean => FIELD_WORD.test(tokens[k]?.text ?? '') && (tokens[k]!.text === 'State' || !NOT_FIELDS.has(tokens[k]!.lower));
  if (!isField(head - 1) || tokens[head - 2]?.lower !== 'and') return undefined;
  // "A and C", "A, B and C", "A, B, and C".
  const serial = tokens[head - 3]?.text === ',' ? 1 : 0;
  const before = head - 3 - serial;
  if (!isField(before)) return undefined;
  const fields = [before, head - 1];
  if (tokens[before - 1]?.text === ',' && isField(before - 2)) fields.unshift(before - 2);
  else if (serial) return undefined;
  return fields;
}

/** The state named right before the first field: "Japan's", "the Japanese", "the US". */
function stateBefore(tokens: readonly Token[], first: number, known: readonly SentenceMention[], lexicon: Lexicon): { entry: LexiconEntry; first: number } | undefined {
  const possessive = isPossessive(tokens[first - 1]);
  const end = possessive ? first - 1 : first;
  const m = known.find((s) => s.last === end && s.type === 'government' && s.source === 'lexicon');
  const entry = m && lexicon.get(m.key);
  if (entry && !entry.partOf) return { entry, first: m.first };
  const words = tokens.map((t) => t.text);
  for (const length of [2, 1]) {
    const demonym = first - length >= 0 ? lexicon.demonymAt(words, first - length) : undefined;
    if (demonym?.length === length) return { entry: demonym.entry, first: first - length };
  }
  return undefined;
}

/** The body's node: the lexicon's when it knows the name ("Commerce Department"), else the state's body, else a name of its own. */
function bodyName(field: string, singular: string, state: LexiconEntry | undefined, lexicon: Lexicon, learned: Map<string, LearnedName>): LearnedName {
  const known = lexicon.longestMatch([capitalise(field), capitalise(singular)], 0);
  if (known?.length === 2 && known.entry.type === 'government' && (!state || known.entry.partOf === state.id)) return knownBody(known.entry);
  const phrase = `${field.toLowerCase()} ${singular}`;
  // "Japan's trade ministry" may be a body the lexicon knows (METI).
  const words = state ? [...state.name.split(' '), "'s", ...phrase.split(' ')] : [];
  const stateBody = state ? lexicon.longestMatch(words, 0) : undefined;
  if (stateBody?.length === words.length && stateBody.entry.type === 'government') return knownBody(stateBody.entry);
  // Keyed as "Japan's trade ministry" is (government-mentions.ts), so both writings are one node.
  if (state) return { key: stateBodyKey(state.name, phrase), label: `${state.name}'s ${phrase}`, type: 'government', partOf: state.id };
  const label = `${capitalise(field)} ${capitalise(singular)}`;
  const name: LearnedName = { key: keyOfName(label), label, type: 'government' };
  learned.set(label, name);
  return name;
}
