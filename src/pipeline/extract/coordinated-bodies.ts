import type { Lexicon } from '../lexicon/lexicon';
import type { LexiconEntry } from '../lexicon/lexicon-data';
import { isPossessive, type Token } from '../text/tokens';
import type { LearnedName } from './learned-names';
import { MINISTRY_SHORT_NAMES } from './cue-words';
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

/** Heads that close one state body's name after its fields: "the Revenue, Customs and Excise Board". */
const FIELD_RUN_HEADS: ReadonlySet<string> = new Set(['Board', 'Authority', 'Commission', 'Agency', 'Office', 'Service', 'Directorate', 'Department', 'Administration', 'Council']);

/** Words after a head that make the run a modifier of people or seats: "the Zenco, Qorva and Borin Board members" are firms' members. */
const HEAD_MODIFIED: ReadonlySet<string> = new Set(['member', 'members', 'seat', 'seats', 'meeting', 'meetings', 'chair', 'chairs', 'director', 'directors', 'level', 'levels']);

/** Fields of a firm's departments, never a state body's: "the Sales, Marketing and Service Department". */
const FIRM_FIELDS: ReadonlySet<string> = new Set(['sales', 'marketing', 'engineering', 'design', 'product', 'products', 'operations', 'procurement', 'accounts', 'payroll', 'support']);

/**
 * "the Revenue, Customs and Excise Board of Zembla", "Kenya's Health, Food and Safety Authority": capitalised fields joined by
 * commas and "and" before one singular head are ONE body, not a body per field (helper bodies, from real news of a revenue board
 * launching a payment app: its fields "Revenue" and "Customs" became firms that launched it). Only after "the" or a state's
 * possessive, and each field one word, so lists of bodies ("the Revenue Board, the Customs Office and the Tax Authority") and
 * firms ("Smith, Jones and Partners") stay apart; a field the article knows as another kind keeps the run apart.
 */
export function findFieldRunBodies(
  tokens: readonly Token[],
  known: readonly SentenceMention[],
  lexicon: Lexicon,
  learned: Map<string, LearnedName>,
): SentenceMention[] {
  const found: SentenceMention[] = [];
  const isField = (k: number): boolean =>
    !!tokens[k]?.capitalized && FIELD_WORD.test(tokens[k]!.text) && !NOT_FIELDS.has(tokens[k]!.lower) && !FIELD_RUN_HEADS.has(tokens[k]!.text);
  for (let head = 3; head < tokens.length; head++) {
    if (!FIELD_RUN_HEADS.has(tokens[head]!.text) || !isField(head - 1) || tokens[head - 2]?.lower !== 'and') continue;
    // "A and B Board", "A, B and C Board", "A, B, and C Board".
    let k = tokens[head - 3]?.text === ',' ? head - 4 : head - 3;
    if (!isField(k)) continue;
    const fields = [k, head - 1];
    while (tokens[k - 1]?.text === ',' && isField(k - 2)) fields.unshift((k -= 2));
    // "the Zenco, Qorva and Borin Board members": one of the firms' organs, no state body.
    if (HEAD_MODIFIED.has(tokens[head + 1]?.lower ?? '')) continue;
    const other = (f: number): boolean =>
      known.some((m) => m.first <= f && f < m.last && m.type !== 'government' && (m.first < fields[0]! || m.last > head + 1)) ||
      [...learned.values()].some((n) => n.type !== 'government' && n.label === tokens[f]!.text);
    if (fields.some(other)) continue;
    // "the Treasury and Commerce Department", "the NASA and Energy Department": a field that names a body alone (a ministry's
    // short name, a body the lexicon knows) makes the run a list of bodies.
    const bodyAlone = (f: number): boolean => (tokens[head]!.text === 'Department' && MINISTRY_SHORT_NAMES.has(tokens[f]!.text)) || known.some((m) => m.first <= f && f < m.last && m.last <= fields.at(-1)!);
    if (fields.slice(0, -1).some(bodyAlone)) continue;
    // "the Sales, Marketing and Service Department": a firm's organs.
    if (fields.some((f) => FIRM_FIELDS.has(tokens[f]!.lower))) continue;
    const state = isPossessive(tokens[k - 1]) ? stateBefore(tokens, k, known, lexicon) : undefined;
    if (!state && tokens[k - 1]?.lower !== 'the') continue;
    // "… Board of Zembla": the state it serves closes the name.
    // One word, or a state the lexicon knows; "of Zenco Inc" is a firm's department, and the run is left alone.
    let last = head + 1;
    if (tokens[last]?.text === 'of' && tokens[last + 1]?.capitalized) {
      const stateAfter = known.find((m) => m.first === last + 1 && m.type === 'government' && m.source === 'lexicon');
      if (stateAfter) last = stateAfter.last;
      else if (FIELD_WORD.test(tokens[last + 1]!.text) && !tokens[last + 2]?.capitalized && !other(last + 1)) last += 2;
      else continue;
    }
    const phrase = tokens.slice(k, last).map((t) => t.text).join(' ').replace(/ ,/g, ',');
    const first = state ? state.first : k;
    const name: LearnedName = state
      ? { key: stateBodyKey(state.entry.name, phrase), label: `${state.entry.name}'s ${phrase}`, type: 'government', partOf: state.entry.id }
      : { key: keyOfName(phrase), label: phrase, type: 'government' };
    if (!state) learned.set(phrase, name);
    found.push(mentionOver(tokens, first, last, name, 'rule'));
  }
  return found;
}
