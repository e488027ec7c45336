import type { Token } from '../text/tokens';

/**
 * "its Vela Q electric sports utility vehicle", "their Zorbo smart rowing machine": after "its" or "their", a name followed by two
 * or three lower-case describing words and a kind of made thing that ends the noun phrase is that thing's name (helper its95, from
 * news on car, phone and device launches: the name-rules read one describing word at most, so the product, and its maker's claim,
 * were lost). One describing word is the name-rules' own case.
 */

/** The fewest and most describing words read here. */
const MIN_MODIFIERS = 2;
const MAX_MODIFIERS = 3;

/** A describing word: lower case, perhaps hyphenated ("all-electric", "high-end"). */
const MODIFIER = /^\p{Ll}[\p{Ll}-]*$/u;

/** A technology's acronym among the describing words: "ML", "AI", "5G", "OLED". */
const TECH_ACRONYM = /^(?:[A-Z]{2,4}|\d[A-Z])$/;

/** Words that are no describing word: they open a clause, a phrase, or a list ("its Zeta unit and its cars", "its Zeta plant for cars"). */
const NOT_MODIFIERS: ReadonlySet<string> = new Set([
  'to', 'from', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'as', 'into', 'onto', 'over', 'under', 'about', 'after', 'before', 'than',
  'that', 'which', 'who', 'and', 'or', 'but', 'nor', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have', 'will', 'would',
  'can', 'could', 'may', 'might', 'must', 'should', 'does', 'did', 'do', 'not', 'also', 'now', 'still', 'then', 'the', 'a', 'an',
  'its', 'their', 'this', 'these', 'those', 'other',
]);

/**
 * Roles before a name after "its" that make the name another party, not the possessor's thing ("its rival Vela compact electric
 * sedan", "its partner Qorva's", "its customer Zeta").
 */
const ROLES_BEFORE_NAME: ReadonlySet<string> = new Set([
  'rival', 'rivals', 'competitor', 'competitors', 'partner', 'partners', 'customer', 'customers', 'client', 'clients', 'supplier',
  'suppliers', 'investor', 'investors', 'backer', 'backers', 'owner', 'parent', 'unit', 'subsidiary', 'affiliate', 'distributor',
  'distributors', 'dealer', 'dealers', 'retailer', 'retailers', 'operator', 'agency', 'acquirer', 'buyer', 'target', 'former',
  'planned', 'proposed', 'chief', 'ceo', 'founder',
]);

/** Describing words shaped like a verb's third person that are no verb before a kind ("sports utility vehicle"). */
const S_SHAPED_MODIFIERS: ReadonlySet<string> = new Set(['sports', 'series', 'plus']);

/**
 * Words after the kind that end its noun phrase: punctuation, a preposition, a conjunction, an auxiliary or a past form, or a time
 * ("its Vela Q electric sports utility vehicle in Ruritania", "… will ship", "… launched last year"). Not a plural that a
 * kind qualifies ("its Zembla new electric vehicle sales": the sales of a place's vehicles).
 */
const PHRASE_END = /^(?:to|from|of|in|on|at|by|for|with|as|into|onto|over|under|after|before|since|during|across|and|or|but|that|which|who|is|was|are|were|has|had|have|will|would|can|could|may|might|should|must|this|last|next|earlier|later|today|tomorrow|yesterday|\p{Ll}+ed)$/u;

/** Whether the token after the kind ends its noun phrase. */
function endsPhraseAfterKind(next: Token | undefined): boolean {
  return next === undefined || !next.word || PHRASE_END.test(next.lower);
}

/**
 * Whether a verb could stand here: a past form ("its Zeta unit launched electric cars") or a third person ("its Lima plant builds
 * electric cars"), which makes the words after it the verb's object, not the name's description.
 */
function verbShaped(word: string): boolean {
  if (S_SHAPED_MODIFIERS.has(word)) return false;
  return /ed$/.test(word) || /[^su]s$/.test(word);
}

/** The most words an earlier owned item of the same list takes: "its Zorbo compact electric sedan and …". */
const MAX_ITEM_WORDS = 7;

/**
 * Whether the name at `start` follows "and", "or" or a comma that joins it to an earlier item owned by "its" or "their": "its Zorbo
 * compact electric sedan and Zeta smart rowing machine". Only names and describing words between: a verb or a preposition ends the
 * item ("its Zorbo sedan sold well and Zeta …").
 */
function joinedToOwnedItem(tokens: readonly Token[], start: number): boolean {
  if (!/^(?:and|or|,)$/.test(tokens[start - 1]?.lower ?? '')) return false;
  for (let k = start - 2; k >= Math.max(0, start - 2 - MAX_ITEM_WORDS); k--) {
    const t = tokens[k]!;
    if (/^(?:its|their)$/.test(t.lower)) return k < start - 2;
    if (t.text === ',') continue;
    if (/^[\p{Lu}\d]/u.test(t.text)) continue;
    if (!MODIFIER.test(t.text) || NOT_MODIFIERS.has(t.text) || verbShaped(t.text)) return false;
  }
  return false;
}

/**
 * Where the kind of the name at `[start, end)` stands when the name is a made thing described by two or three words before its
 * kind: "its" or "their" right before the name (or an earlier owned item's "and"), then the describing words, then a kind
 * (`isKind`) that ends the noun phrase. -1 when it is no such name.
 */
export function ownedKindAfterModifiers(tokens: readonly Token[], start: number, end: number, isKind: (k: number) => boolean): number {
  // "its much-anticipated Vela Q …", "their all-new Zeta …": one or two describing words may stand between "its" and the name.
  let owner = start - 1;
  while (owner >= start - 2 && MODIFIER.test(tokens[owner]?.text ?? '') && !NOT_MODIFIERS.has(tokens[owner]!.text) && !ROLES_BEFORE_NAME.has(tokens[owner]!.text) && !/^(?:its|their)$/.test(tokens[owner]!.text)) owner--;
  if (!/^(?:its|their)$/.test(tokens[owner]?.lower ?? '') && !joinedToOwnedItem(tokens, start)) return -1;
  for (let n = 0; n < MAX_MODIFIERS; n++) {
    const word = tokens[end + n]?.text ?? '';
    // "its Qorva smart AI glasses": a technology's acronym may describe the kind, after a first lower-case word.
    const acronym = n > 0 && TECH_ACRONYM.test(word);
    if (!acronym && (!MODIFIER.test(word) || NOT_MODIFIERS.has(word) || verbShaped(word))) return -1;
    const kind = end + n + 1;
    if (n + 1 >= MIN_MODIFIERS && isKind(kind) && endsPhraseAfterKind(tokens[kind + 1])) return kind;
  }
  return -1;
}

/**
 * In a list's words (clause.ts: lower case, mentions as "@3"), the index of the kind that closes the item ending at `last` after one
 * to three describing words, when "and" or "or" follows it: "its Vela Q electric sports utility vehicle and Vela R sedan", "the
 * Zeta smart rowing machine or the Qorva bike" (helper its95). One kind word right after the name is clause.ts's own case; undefined
 * when the words are no such description.
 */
export function describedKindTailEnd(words: readonly string[], last: number, isKindTail: (word: string) => boolean): number | undefined {
  for (let n = 1; n <= MAX_MODIFIERS; n++) {
    const word = words[last + n] ?? '';
    if (!MODIFIER.test(word) || NOT_MODIFIERS.has(word) || verbShaped(word)) return undefined;
    const kind = last + n + 1;
    if (isKindTail(words[kind] ?? '') && /^(?:and|or)$/.test(words[kind + 1] ?? '')) return kind;
  }
  return undefined;
}
