import { safeKey } from '../graph/safe-key';
import { isAsciiAlnum, surfaceOf, type Token } from '../text/tokens';
import type { EntityType } from '../types';

/** How a mention was found; decides what it may do (coreferences are not recorded as names). */
export type MentionSource = 'lexicon' | 'rule' | 'coref' | 'unknown';

/**
 * An entity mention inside one sentence, over tokens [first, last). Every mention is made with all
 * its fields, the optional ones undefined, in this order (newMention does it): mentions then
 * share one object shape, and V8 keeps its optimised code for the loops that read them instead
 * of discarding it each time a mention of another shape turns up.
 */
export interface SentenceMention {
  first: number;
  last: number;
  key: string;
  label: string;
  type: EntityType;
  /** The name as written (empty for coreferences, which are never names). */
  surface: string;
  start: number;
  end: number;
  source: MentionSource;
  /** For a name like "Samsung Gauss": the company whose name it starts with, its developer. */
  owner?: string;
  /** For a model or product version ("Llama 3.1"): the key of its family. */
  versionOf?: string;
  /** Other types the lexicon allows the name (LexiconEntry.alsoTypes). */
  alsoTypes?: readonly EntityType[];
}

/**
 * An entity's identity: the lexicon id when known, else the name without legal suffixes,
 * lower-cased ("Vantor Labs Inc." and "Vantor Labs" fold into one node).
 */
export function keyOfName(name: string): string {
  const core = stripLegalSuffix(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    // "Galaxy S24+", "Disney+": a plus is part of the name ("Galaxy S24" is another phone).
    .replace(/\+/g, ' plus ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return safeKey(core || name.toLowerCase());
}

/** A firm's legal forms, as regular-expression alternatives (without their final dot). */
export const LEGAL_FORMS = String.raw`Inc|Incorporated|Corp|Corporation|Ltd|Limited|LLC|L\.L\.C|L\.L\.P|L\.P|PLC|plc|GmbH|AG|SA|S\.A|NV|N\.V|Co|Company|Pte|Pvt|Sdn Bhd|Bhd|A\/S`;

const LEGAL_SUFFIX = new RegExp(String.raw`(?<!&)[\s,]+(${LEGAL_FORMS}|Holdings?|Group)\.?$`);

/** Legal forms only: what a label drops while keeping "Group" and "Holdings" ("China Media Group"). */
const LEGAL_FORM = new RegExp(String.raw`(?<!&)[\s,]+(${LEGAL_FORMS})\.?$`);

/**
 * "Vantor Labs Inc." → "Vantor Labs"; "Alibaba Group" → "Alibaba" (unless `keepGroup`, for
 * labels); "Bain & Company" stays. Never strips a whole name.
 */
export function stripLegalSuffix(name: string, keepGroup = false): string {
  let current = name.trim();
  for (let i = 0; i < 3; i++) {
    const stripped = current.replace(keepGroup ? LEGAL_FORM : LEGAL_SUFFIX, '');
    if (stripped === current || !/\p{L}/u.test(stripped)) break;
    // A label keeps "Company" after a single word: "Fast Company" is the name, "Fast" a word.
    if (keepGroup && / Company\.?$/.test(current) && !stripped.includes(' ')) break;
    current = stripped;
  }
  return current;
}

/** Whitespace that cleanLabel would change: any but a single space. */
const ODD_SPACE = /[^\S ]| {2}/;

/** A clean label: no surrounding quotes or brackets, no trailing punctuation (but "U.S." keeps its dot). */
export function cleanLabel(text: string): string {
  // Most names need nothing: letters or digits at both ends, single spaces inside.
  if (isAsciiAlnum(text.charCodeAt(0)) && isAsciiAlnum(text.charCodeAt(text.length - 1)) && !ODD_SPACE.test(text)) return text;
  const s = text.replace(/\s+/g, ' ').trim().replace(/^["'“”‘’([{<]+/, '');
  const initialism = /(?:^|[^\p{L}])(\p{L}\.){2,}$/u.test(s);
  return s.replace(initialism ? /["'“”‘’)\]}>,;:!?]+$/ : /["'“”‘’)\]}>,;:.!?]+$/, '').trim();
}

/** What a mention says about its entity. */
export interface MentionedEntity {
  key: string;
  label: string;
  type: EntityType;
}

/** A mention's own fields; the optional ones start undefined (see SentenceMention). */
export type MentionFields = Omit<SentenceMention, 'owner' | 'versionOf' | 'alsoTypes'>;

/** The one place a mention object is made: every field, in one order, so all mentions share one shape. */
export function newMention(m: MentionFields): SentenceMention {
  return { first: m.first, last: m.last, key: m.key, label: m.label, type: m.type, surface: m.surface, start: m.start, end: m.end, source: m.source, owner: undefined, versionOf: undefined, alsoTypes: undefined };
}

/**
 * `m` with `changes`: what `{ ...m, ...changes }` gives, made by newMention. A spread copy of a
 * mention is an object of another shape in V8 (a clone's shape, all its fields variable), so every
 * function reading mentions saw two shapes and was de-optimised when the second first came.
 */
export function withChanges(m: SentenceMention, changes: Partial<SentenceMention>): SentenceMention {
  const out = newMention(m);
  out.owner = m.owner;
  out.versionOf = m.versionOf;
  out.alsoTypes = m.alsoTypes;
  return Object.assign(out, changes);
}

/**
 * One mention, each of its fields written once after it was made, when this module loads. V8 keeps
 * a field of an object's shape "constant" until some object of that shape first has it written
 * again, and at that first write throws away every compiled function that read the field; rules
 * do write mentions' fields (a rule types a name: `type`, `source`; an owner or a wider span is set),
 * first somewhere mid-corpus, and on the bench corpus that threw away some fifteen compiled
 * functions at once, name finding among them, all compiled again. Written here first, the fields
 * are variable before anything is compiled. Not exported, never read.
 */
const variable = newMention({ first: 0, last: 0, key: '', label: '', type: 'company', surface: '', start: 0, end: 0, source: 'lexicon' });
variable.first = 1;
variable.last = 2;
variable.key = 'k';
variable.label = 'l';
variable.type = 'product';
variable.surface = 's';
variable.start = 1;
variable.end = 2;
variable.source = 'rule';
variable.owner = 'o';
variable.versionOf = 'v';
variable.alsoTypes = ['model'];

/** A mention of `entity` over tokens [first, last); its surface is the text there unless given. */
export function mentionOver(
  tokens: readonly Token[],
  first: number,
  last: number,
  entity: MentionedEntity,
  source: MentionSource,
  surface = surfaceOf(tokens, first, last),
): SentenceMention {
  const { key, label, type } = entity;
  return newMention({ first, last, key, label, type, surface, start: tokens[first]!.start, end: tokens[last - 1]!.end, source });
}
