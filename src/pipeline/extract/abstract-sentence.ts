import { asLatin1, isCurrencySign, isPossessive, type Token } from '../text/tokens';
import { GLUED_MEASURE_UNITS } from './glued-measures';
import type { SentenceMention } from './mention';
import { NEW_THING_WORDS } from './coreference';
import { describedBracketType } from './described-bracket-names';

/**
 * A sentence rewritten for relation patterns: lower-cased words, each mention replaced by
 * `@i` (its index in `mentions`), "its" that points to a company as `its@i`, dashes as commas,
 * quotes dropped. Every token is followed by one space, so patterns are plain regexes over
 * words and stay cheap to run.
 */
export interface AbstractSentence {
  text: string;
  /** The words of `text`, in order (what `text.split(' ')` would give, without the last empty one). */
  words: string[];
  /** For each token of `text`: its start in `text` and its span in the article. */
  tokens: { at: number; start: number; end: number }[];
}

/** Company suffixes written with a dot ("Corp.", "Inc."), and a department's ("Justice Dept."), whose dot the tokenizer splits off. */
const ABBREVIATED_SUFFIXES = new Set(['Corp', 'Inc', 'Ltd', 'Co', 'Cos', 'Bhd', 'Pte', 'Pty', 'Intl', 'Mfg', 'Dept']);
/** Legal forms written after another's dot: "Zenco Pvt. Ltd.", "Zenco Pte. Limited". */
const SECOND_LEGAL_FORMS: ReadonlySet<string> = new Set(['Ltd', 'Limited']);
/** Legal forms written after a comma: "Zenco Co., Ltd.", "Zenco Lab, Inc.". */
const LEGAL_TAILS = new Set(['Ltd', 'Inc', 'LLC', 'Limited', 'Corp', 'Co', 'Pte', 'PLC', 'GmbH', 'AG', 'SA', 'JSC']);
const QUOTES = new Set(['"', '“', '”', '‘', '’', "'", '`', '«', '»']);
const DASHES = new Set(['—', '–', '--', '―']);
/** Nouns of a copy between two names: "Zapp clone Plix" names Plix, and only says what it copies. */
const IMITATION_NOUNS: ReadonlySet<string> = new Set(['clone', 'lookalike', 'look-alike', 'knockoff', 'knock-off', 'copycat', 'imitator', 'imitation', 'ripoff', 'rip-off']);

/** Whether token `i` is a hyphen with a space on each side, inside the sentence: " - ". */
function isSpacedHyphen(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return t.text === '-' && i >= 1 && i + 1 < tokens.length && t.start > tokens[i - 1]!.end && t.end < tokens[i + 1]!.start;
}

export function abstractSentence(tokens: readonly Token[], mentions: readonly SentenceMention[]): AbstractSentence {
  let setOffDashes = 0;
  for (let k = 0; k < tokens.length; k++) if (DASHES.has(tokens[k]!.text) || isSpacedHyphen(tokens, k)) setOffDashes++;
  const startsAt = new Map<number, number[]>();
  mentions.forEach((m, index) => {
    const list = startsAt.get(m.first) ?? [];
    list.push(index);
    startsAt.set(m.first, list);
  });
  let text = '';
  const words: string[] = [];
  const out: AbstractSentence['tokens'] = [];
  const emit = (word: string, start: number, end: number): void => {
    out.push({ at: text.length, start, end });
    words.push(word);
    text += `${word} `;
  };
  let closingDropped = -1;
  for (let i = 0; i < tokens.length; ) {
    const starting = startsAt.get(i);
    // "removed Zapp clone Plix and Qix knockoff Zem": the copied name and the copy's noun are left out, so that lists and patterns read
    // the copies alone (stop 75, from stop 74's last bans samples: the copied game was read as the one removed).
    const copied = starting ? mentions[starting[0]!]!.last : -1;
    if (starting && IMITATION_NOUNS.has(tokens[copied]?.lower ?? '') && startsAt.has(copied + 1)) {
      i = copied + 1;
      continue;
    }
    if (starting) {
      let last = i + 1;
      for (const index of starting) {
        const m = mentions[index]!;
        // "their" read as a firm's "its" (coreference.ts) shows as one too.
        // So does a writer's "our" before the firm's own range (coreference.ts, helper brd90), and an opening "The" before a new kind
        // of thing named ("The new service, called Zapp"; coreference.ts, helper nml97); not "The Vexa maker" (a brand's maker, read as a name).
        const isIts = m.source === 'coref' && m.last - m.first === 1 && (/^(?:its|their|our)$/i.test(tokens[i]!.text) || (/^the$/i.test(tokens[i]!.text) && NEW_THING_WORDS.has(tokens[i + 1]?.lower ?? '')));
        emit(isIts ? `its@${index}` : `@${index}`, m.start, m.end);
        last = Math.max(last, m.last);
      }
      if (last === i + 1) emitParticipleAfterName(tokens[i]!, mentions[starting[0]!]!, emit);
      i = last;
      continue;
    }
    const t = tokens[i]!;
    // Asked once per token, for every rule below: the words it reads do not change until the token is written (and a rule
    // first asking it mid-corpus would de-optimise this function).
    const afterName = afterMention(words);
    // The parts of a legal name the mention left out are skipped (afterLegalNameParts).
    const afterLegalParts = afterName ? afterLegalNameParts(tokens, i) : -1;
    if (afterLegalParts >= 0) {
      i = afterLegalParts;
      continue;
    }
    // "the telecoms regulator (Ofzen) banned …": the brackets around a described body's or firm's short name are left out, so the
    // name reads as in "the telecoms regulator Ofzen banned …" (described-bracket-names.ts).
    if (t.text === '(' && bracketsDescribedName(tokens, i, mentions, startsAt)) {
      closingDropped = mentions[startsAt.get(i + 1)![0]!]!.last;
      i++;
      continue;
    }
    if (i === closingDropped) {
      i++;
      continue;
    }
    // "the Personal Information Protection Commission (PIPC) suspended …": the acronym's definition
    // is not part of the sentence's structure …
    if (t.text === '(' && tokens[i + 2]?.text === ')' && (afterName || afterPossessor(words))) {
      i += 3;
      continue;
    }
    // "ordered Zenco Lending, LLC ("Zenco") to …": a short name defined in quotation marks is no part of it either (stop 75, from
    // stop 74's last controls samples).
    if (t.text === '(' && afterName) {
      const close = Math.max(definedShortNameEnd(tokens, i), otherNameEnd(tokens, i), tickerEnd(tokens, i));
      if (close > i) {
        i = close + 1;
        continue;
      }
    }
    // "banned Zenco's 22t Z230 excavator", "its 700cc Zeta": a measure glued to its number between a possessive and the owned name
    // only describes the name, which is what a ban or a maker's verb falls on; it is left out, as a price is (helper fxd89: the ban
    // fell back to the firm once name-rules.ts took the measure out of the name).
    // A measure with its thousands written apart ("Zenco's 10,000mAh Vexa": "10", ",", "000mAh") is skipped whole (helper glued).
    const measureEnd = GLUED_MEASURE.test(t.text) ? i + 1 : /^\d{1,3}$/.test(t.text) ? gluedThousandsMeasureEnd(tokens, i) : -1;
    if (measureEnd > i && startsAt.has(measureEnd) && (afterPossessor(words) || /^its@\d+$/.test(words[words.length - 1] ?? ''))) {
      i = measureEnd;
      continue;
    }
    // "Zenco's $40,000 Vela": a price after a possessive is one describing word, so the owned name stays in reach.
    // "announced the $249 Zeta Pro": after a determiner too; "announces $249 Zeta and $199 Vela cards": right before a name.
    if (isCurrencySign(t.text) && /^\d/.test(tokens[i + 1]?.text ?? '')) {
      let j = i + 1;
      while (j < tokens.length && (/^\d[\d.]*$/.test(tokens[j]!.text) || ((tokens[j]!.text === ',' || tokens[j]!.text === '.') && /^\d/.test(tokens[j + 1]?.text ?? '') && tokens[j]!.start === tokens[j - 1]!.end))) j++;
      if (/^(?:'s|the|a|an|its|their|its@\d+)$/.test(words[words.length - 1] ?? '') || startsAt.has(j)) {
        emit('price', t.start, tokens[j - 1]!.end);
        i = j;
        continue;
      }
    }
    // "banned Zeta, Lumo Video - Photo Editor, Vexa and Plim": a lone spaced hyphen after a listed name opens the name's subtitle, an app
    // store's title written out; the subtitle is left out, so the list goes on to the next member (helper lst95: the stray hyphen
    // ended the list at the name before it).
    if (setOffDashes === 1 && isSpacedHyphen(tokens, i) && afterName) {
      const subtitleEnd = listedSubtitleEnd(tokens, i, words, mentions);
      if (subtitleEnd > i) {
        i = subtitleEnd;
        continue;
      }
    }
    // "Zenco (ZNC.O), opens new tab rose": a news site's link label, copied with the text, is no part of the sentence.
    const link = t.text === ',' ? i + 1 : i;
    if (tokens[link]?.lower === 'opens' && tokens[link + 1]?.lower === 'new' && tokens[link + 2]?.lower === 'tab') {
      i = link + 3;
      continue;
    }
    i++;
    // "Advanced Micro Devices' Radeon": a plural possessive is a possessive.
    if ((t.text === "'" || t.text === '’') && t.start === tokens[i - 2]?.end && /s$/.test(tokens[i - 2]!.text) && afterName) {
      emit("'s", t.start, t.end);
      continue;
    }
    if (QUOTES.has(t.text)) continue;
    // A hyphen standing alone between spaces is a dash too when it pairs with another, setting words off: "banned four firms –
    // including Zenco - from promoting …" (helper ord92, fresh sample s82a: the list set off by mixed dashes lost its firm). A
    // lone one may end a dateline the dateline rule missed ("TAIPEI/SEOUL, Feb 6 - Japan …"), which is no aside.
    const spacedHyphen = setOffDashes >= 2 && isSpacedHyphen(tokens, i - 1);
    const word = DASHES.has(t.text) || spacedHyphen ? ',' : isPossessive(t) ? "'s" : t.lower.includes('’') ? asLatin1(t.lower.replace(/’/g, "'")) : t.lower;
    emit(word, t.start, t.end);
  }
  return { text, words, tokens: out };
}

/**
 * "Zembla-linked host Qorva": a name inside a hyphenated word is followed by its participle, as "U.S.-linked" is
 * (the tokenizer splits that one at the stop), so the participle's name is read as a modifier, not as the object.
 * In a function of its own, asked after every one-word mention: such names are rare, and the first one, mid-corpus,
 * then de-optimises only this function, not abstractSentence.
 */
function emitParticipleAfterName(whole: Token, m: SentenceMention, emit: (word: string, start: number, end: number) => void): void {
  if (m.end < whole.end && whole.text.charCodeAt(m.end - whole.start) === 45) {
    const rest = whole.text.slice(m.end - whole.start + 1);
    if (/^[a-z]+$/.test(rest)) {
      emit('-', m.end, m.end + 1);
      emit(rest, m.end + 1, whole.end);
    }
  }
}

/**
 * Where the sentence goes on after the parts of a legal name that the mention before token `i` left out, or -1 when
 * none stands at `i`. In a function of its own, asked after every mention: these are rare, and the first one, mid-corpus,
 * then de-optimises only this function, not abstractSentence.
 */
function afterLegalNameParts(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  // "Zenco Corp., Kappa Inc. and …": an abbreviation's dot after a company's name is no sentence punctuation.
  if (t.text === '.' && i + 1 < tokens.length && t.start === tokens[i - 1]?.end && ABBREVIATED_SUFFIXES.has(tokens[i - 1]!.text)) return i + 1;
  // "Capcom Co.'s Street Fighter", "Zenco Co., Ltd.'s Zeta": a legal form the name left out, before the owner's 's, is the owner's (stop 67's first makers sample).
  const owner = legalFormBeforePossessive(tokens, i);
  if (owner > i) return owner;
  // "Zenco Semiconductor (Wuxi) Co., Ltd.": a place in brackets before a legal form is part of the legal name.
  if (t.text === '(' && tokens[i + 2]?.text === ')' && LEGAL_TAILS.has(tokens[i + 3]?.text ?? '')) return i + (tokens[i + 4]?.text === '.' && i + 5 < tokens.length ? 5 : 4);
  const afterSecondForm = afterSecondLegalForm(tokens, i);
  if (afterSecondForm >= 0) return afterSecondForm;
  // "added Zenco Co., Ltd. to the list": the legal form after a comma is the name's, not a list's comma.
  if (t.text === ',' && LEGAL_TAILS.has(tokens[i + 1]?.text ?? '') && i + 2 < tokens.length) return i + (tokens[i + 2]!.text === '.' && i + 3 < tokens.length ? 3 : 2);
  // "sanctioned A, Zenco Technology Limited and B": a legal form right after a name the lexicon knows shorter ("Zenco Technology")
  // is the name's, not a word that ends the list (helper lst95: every later member was lost).
  if (isLegalFormAfterName(tokens, i)) return i + 1;
  return -1;
}

/**
 * "added Zenco Pvt. Ltd., Zembla, and Qorva Pte. Ltd. to the list": a second legal form after the first one's dot is the name's too
 * (stop 76, from its forty-fourth set: the stray "ltd" broke the list). Where the sentence goes on after it, or -1 when the token
 * at `i` (after a mention) is no such dot or form. The second form stands after the first one's dot, which the name may or may
 * not have taken in ("Pvt" or "Pte.").
 */
function afterSecondLegalForm(tokens: readonly Token[], i: number): number {
  const secondForm = tokens[i]!.text === '.' ? i + 1 : tokens[i - 1]?.text === '.' ? i : -1;
  if (secondForm < 0 || !SECOND_LEGAL_FORMS.has(tokens[secondForm]?.text ?? '') || secondForm + 1 >= tokens.length) return -1;
  return tokens[secondForm + 1]!.text === '.' && secondForm + 2 < tokens.length ? secondForm + 2 : secondForm + 1;
}

/** Words that may end a listed name's subtitle: the list's next comma or its last "and", or the sentence's end. */
const SUBTITLE_ENDS: ReadonlySet<string> = new Set([',', ';', 'and', 'or', '.', '!', '?']);

/**
 * Where the list goes on after the subtitle that the spaced hyphen at `i` opens, or -1: the name before the hyphen must follow a
 * list's comma, no state or place may stand near, and the subtitle must be one to six capitalised words (or "&", a number) up to a comma, "and" or the end; a
 * lower-case word ("Zenco - which makes …") makes it a clause, which is left as it was.
 */
function listedSubtitleEnd(tokens: readonly Token[], i: number, words: readonly string[], mentions: readonly SentenceMention[]): number {
  if (words[words.length - 2] !== ',') return -1;
  // "TAIPEI/TOKYO, Feb 6 - Japan, Korea and …": a dateline's places and a state's name are never an app and its subtitle.
  if (mentions.some((m) => (m.type === 'government' || m.type === 'place') && m.last >= i - 3 && m.first <= i + 6)) return -1;
  let j = i + 1;
  while (j < tokens.length && j <= i + 6 && (tokens[j]!.capitalized || /^(?:&|\d[\d.]*)$/.test(tokens[j]!.text))) j++;
  if (j === i + 1 || (j < tokens.length && !SUBTITLE_ENDS.has(tokens[j]!.lower))) return -1;
  return j;
}

/** Legal forms written right after a firm's name, without a comma: "Zenco Technology Limited", "Qorva Corporation". */
const DIRECT_LEGAL_FORMS: ReadonlySet<string> = new Set([...LEGAL_TAILS, 'Corporation', 'Incorporated']);

/**
 * Whether token `i`, right after a mention, is a legal form the mention left out that ends the name: spaced from the name, and
 * followed by no other capitalised word ("the Zeta Limited Edition" names an edition, whose words stay) and no possessive.
 */
function isLegalFormAfterName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!DIRECT_LEGAL_FORMS.has(t.text) || i === 0 || t.start <= tokens[i - 1]!.end || !tokens[i - 1]!.capitalized) return false;
  const next = tokens[i + 1];
  return next !== undefined && !(next.word && next.capitalized) && !isPossessive(next);
}

/** Where the owner's "'s" stands after the legal form that starts at `i` ("Co." , "Co., Ltd."), or -1 when no possessive follows one. */
function legalFormBeforePossessive(tokens: readonly Token[], i: number): number {
  let j = i;
  while (ABBREVIATED_SUFFIXES.has(tokens[j]?.text ?? '') || LEGAL_TAILS.has(tokens[j]?.text ?? '')) {
    j++;
    if (tokens[j]?.text === '.' && tokens[j]!.start === tokens[j - 1]!.end) j++;
    if (tokens[j] && isPossessive(tokens[j]!)) return j;
    if (tokens[j]?.text === ',' && LEGAL_TAILS.has(tokens[j + 1]?.text ?? '')) j++;
  }
  return -1;
}

/** Where the ")" stands of a short name defined in quotation marks that opens at `open` ("( “ Zenco Pay ” )"), or -1. */
function definedShortNameEnd(tokens: readonly Token[], open: number): number {
  if (!QUOTES.has(tokens[open + 1]?.text ?? '')) return -1;
  for (let k = open + 3; k <= open + 6 && k < tokens.length; k++) {
    if (tokens[k]!.text === ')') return QUOTES.has(tokens[k - 1]!.text) && k - 1 > open + 2 ? k : -1;
    if (!tokens[k - 1]!.capitalized && !QUOTES.has(tokens[k - 1]!.text)) return -1;
  }
  return -1;
}

/**
 * The closing bracket of another name given for a firm right after its name: "Zenco Group (aka Zen) must sell", "(also known as Zen)",
 * "(formerly Qorva Mail)" (helper tko93, set 89's music reader: the aside kept the firm out of the order's reach). At most five
 * capitalised words after the cue; -1 when the bracket holds anything else.
 */
function otherNameEnd(tokens: readonly Token[], open: number): number {
  let k = open + 1;
  const word = (at: number): string => tokens[at]?.lower ?? '';
  if (word(k) === 'aka' || word(k) === 'a.k.a.' || word(k) === 'a.k.a' || word(k) === 'formerly') k += 1;
  else if (word(k) === 'also' && word(k + 1) === 'known' && word(k + 2) === 'as') k += 3;
  else return -1;
  const first = k;
  while (k < tokens.length && k < first + 5 && tokens[k]!.capitalized) k++;
  return k > first && tokens[k]?.text === ')' ? k : -1;
}

/**
 * "Zenco Motor Company (NASDAQ:ZNC) has recalled …", "Qorva (NYSE: QRV) said …": a stock ticker after a firm's name, an exchange's
 * capitals, a colon and the symbol (helper rcq97, real car and appliance recall news from press-release wires): no part of the
 * sentence's structure. The index of its closing bracket, or -1.
 */
function tickerEnd(tokens: readonly Token[], open: number): number {
  if (!/^[A-Z][A-Za-z]{1,10}$/.test(tokens[open + 1]?.text ?? '') || tokens[open + 2]?.text !== ':') return -1;
  for (let k = open + 3; k < open + 6 && k < tokens.length; k++) {
    if (tokens[k]!.text === ')') return k > open + 3 ? k : -1;
    if (!/^[A-Z][A-Z0-9.]*$/.test(tokens[k]!.text)) return -1;
  }
  return -1;
}

/** The last word written is a mention ("@3"). Asked after most tokens: the first character is read before the regex runs. */
const afterMention = (words: readonly string[]): boolean => {
  const last = words[words.length - 1];
  return last !== undefined && last.charCodeAt(0) === 64 && /^@\d+$/.test(last);
};
/** … or a mention's possessive ("@3 's"): "Advanced Micro Devices' (AMD) Radeon". */
/** A measure glued to its number ("22t", "700cc", "150hp"), in any case. */
const GLUED_MEASURE = new RegExp(`^\\d+(?:\\.\\d+)?(?:${GLUED_MEASURE_UNITS})$`, 'i');
/**
 * Where a measure whose thousands the tokenizer wrote apart ends, from its first group at `i` ("10", ",", "000mAh"): past the
 * glued comma and three-digit groups, the last glued to its unit; -1 when the tokens there are no such measure.
 */
function gluedThousandsMeasureEnd(tokens: readonly Token[], i: number): number {
  let k = i + 1;
  while (tokens[k]?.text === ',' && tokens[k]!.start === tokens[k - 1]!.end && tokens[k + 1]?.start === tokens[k]!.end) {
    const group = tokens[k + 1]!.text;
    if (GLUED_MEASURE.test(group) && /^\d{3}\D/.test(group)) return k + 2;
    if (!/^\d{3}$/.test(group)) return -1;
    k += 2;
  }
  return -1;
}
const afterPossessor = (words: readonly string[]): boolean => words[words.length - 1] === "'s" && /^@\d+$/.test(words[words.length - 2] ?? '');

/** Whether the bracket opening at token `i` holds only a mention a described body's or firm's head noun gives its type (helper bracket). */
function bracketsDescribedName(tokens: readonly Token[], i: number, mentions: readonly SentenceMention[], startsAt: ReadonlyMap<number, number[]>): boolean {
  const inside = startsAt.get(i + 1);
  if (!inside) return false;
  const m = mentions[inside[0]!]!;
  const type = describedBracketType(tokens, m.first, m.last);
  return type === 'product' ? m.type === 'product' : type !== undefined && m.type !== 'product' && m.type !== 'model';
}
