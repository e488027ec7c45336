import { surfaceOf, type Token } from '../text/tokens';
import { keyOfName, withChanges, type SentenceMention } from './mention';

/**
 * Product names that hold a number the name finder stops at: "Pay in 3", "Pay in 4" (instalment plans named after their number
 * of payments), "Zen Pay 1/2 Card", "Zen Pay 1/3rd Card", "Zen Pay ½ Card" (a card named after a fraction). The finder cut them
 * at "in" or at the slash, so the plan was read as "Pay", the card as "Zen Pay 1" and a stray "Card" (stop 92, from set 84's
 * pay-later news: each cut name cost a miss and a false edge).
 */

/** Words after "Pay in N" that make it a spell of time or a count of payments, not a plan's name ("pay in 3 months"). */
const COUNTED_AFTER: ReadonlySet<string> = new Set([
  'month', 'months', 'week', 'weeks', 'day', 'days', 'year', 'years', 'hour', 'hours', 'minute', 'minutes', 'instalment', 'instalments',
  'installment', 'installments', 'payment', 'payments', 'part', 'parts', 'tranche', 'tranches', 'equal', 'interest-free', 'monthly',
  'weekly', 'fortnightly', 'biweekly', 'bi-weekly', 'percent', 'per', '%', 'times', 'slices', 'chunks', 'goes', 'clicks', 'steps', 'seconds',
  'easy', 'simple', 'cities', 'countries', 'markets', 'stores', 'states', 'regions', 'provinces', 'territories', 'nations', 'locations',
  'languages', 'currencies', 'branches', 'shops', 'outlets', 'of',
]);
/** A plan's number: "3", "4", "30", and the "4X" of a plan's variant; not a year ("in 2021"). */
const PLAN_NUMBER = /^(?:[2-9]|[1-9][0-9])(?:X|x)?$/;
/** The second half of a fraction: "2", "3rd", "12th". */
const DENOMINATOR = /^[1-9][0-9]?(?:st|nd|rd|th)?$/i;
/** A fraction written as one sign: "½", "⅓". */
const FRACTION_SIGN = /^[½⅓⅔¼¾⅕⅙⅛]$/;
/** The last word of a card or a plan named after a fraction. */
const CARD_WORDS: ReadonlySet<string> = new Set(['Card', 'Cards', 'Plan', 'Plans', 'Account', 'Wallet', 'Loan', 'Pass', 'Credit']);
/** How many capitalised words after a fraction may close the card's name ("1/2 Card", "1/3 Gold Card"). */
const TAIL_REACH = 3;

/** Whether `a` and `b` touch, with no space between them ("1/2"). */
function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Where a name widened over "in N" ends: "Pay in 3" (not "Pay in 3 months", nor "Pay in 2021"); undefined if it does not. */
function planEnd(m: SentenceMention, tokens: readonly Token[]): number | undefined {
  if (tokens[m.last - 1]?.text !== 'Pay' || tokens[m.last]?.text !== 'in' || !PLAN_NUMBER.test(tokens[m.last + 1]?.text ?? '')) return undefined;
  // "Zenco Pay in 5 European countries", "in 3 US states": the counted noun may stand after capitalised words that describe it.
  let a = m.last + 2;
  while (a < m.last + 4 && tokens[a]?.capitalized && /^\p{Lu}/u.test(tokens[a]!.text) && tokens[a + 1] !== undefined && COUNTED_AFTER.has(tokens[a + 1]!.lower)) a++;
  const after = tokens[a];
  // "Pay in 3.5 …", "Pay in 3/4": a number goes on; "Pay in 3 months", "Pay in 4 equal parts": a count, no name.
  if (after !== undefined && (COUNTED_AFTER.has(after.lower) || ((after.text === '.' || after.text === '/' || after.text === ',') && glued(tokens[m.last + 1], after) && /^\d/.test(tokens[m.last + 3]?.text ?? '')))) return undefined;
  return m.last + 2;
}

/** Where a name widened over a fraction and the card's words after it ends: "Zen Pay 1/2 Card", "Zen Pay ½ Card"; undefined if it does not. */
function fractionEnd(m: SentenceMention, tokens: readonly Token[]): number | undefined {
  const lastWord = tokens[m.last - 1]!;
  let k: number;
  if (/^[1-9]$/.test(lastWord.text) && m.last - m.first >= 2 && tokens[m.last]?.text === '/' && glued(lastWord, tokens[m.last]) && glued(tokens[m.last], tokens[m.last + 1]) && DENOMINATOR.test(tokens[m.last + 1]?.text ?? '')) k = m.last + 2;
  else if (FRACTION_SIGN.test(tokens[m.last]?.text ?? '')) k = m.last + 1;
  else return undefined;
  // "Zen Pay 1/3rd Card", "Zen Pay 1/2 Card": the card's own words close it. Without them the fraction is a share or a ratio
  // ("its Zeta 1/2 stake", "the Zeta 3/4 split"), and the name stays cut before it.
  const tailStart = k;
  while (k < tokens.length && k < tailStart + TAIL_REACH && tokens[k]!.capitalized && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
  // Only a card's or a plan's word closes it ("Zen Pay 1/2 Card", "1/3 Gold Card"): "Zenco 1/3 Share", "a 1/2 Stake" are parts held.
  return k === tailStart || !CARD_WORDS.has(tokens[k - 1]!.text) ? undefined : k;
}

/** Last words of a numbered place or body, no product: "Plant No. 2", "Reactor No. 4", "Fund No. 3". */
const SITE_WORDS: ReadonlySet<string> = new Set([
  'Plant', 'Unit', 'Reactor', 'Mine', 'Well', 'Line', 'Gate', 'Terminal', 'Pier', 'Platform', 'Fund', 'Block', 'Field', 'Station',
  'Factory', 'Berth', 'Dock', 'Ward', 'District', 'Precinct', 'Lot', 'Road', 'Street', 'Route', 'Court', 'Act', 'Law', 'Resolution',
  'Order', 'Directive', 'Regulation', 'Decree', 'Bill', 'Rule', 'Circular', 'Notification', 'Case', 'Room', 'Building', 'Hall',
]);

/** The number of a numbered colour or scent: "3" of "Red No. 3", "40" of "Red No. 40"; not a year or a decimal. */
const SERIES_NUMBER = /^[1-9][0-9]?$/;

/**
 * Where a product's name widened over "No. N" ends: "Red No. 3", "Red Dye No. 3", "Yellow No. 5" (helper ins97, from real news on
 * food dyes: the finder stopped at "No." and the ban's target was read as "Red"). A numbered site, body or instrument ("Plant No. 2",
 * "Order No. 5") is no such name, nor is a decimal ("No. 3.5"); the widened name keeps its type for the typing after.
 */
function seriesEnd(m: SentenceMention, tokens: readonly Token[]): number | undefined {
  if (SITE_WORDS.has(tokens[m.last - 1]?.text ?? '') || tokens[m.last]?.text !== 'No' || tokens[m.last + 1]?.text !== '.') return undefined;
  if (!glued(tokens[m.last], tokens[m.last + 1]) || !SERIES_NUMBER.test(tokens[m.last + 2]?.text ?? '')) return undefined;
  const after = tokens[m.last + 3];
  if (after !== undefined && (after.text === '.' || after.text === ',' || after.text === '/') && glued(tokens[m.last + 2], after) && /^\d/.test(tokens[m.last + 4]?.text ?? '')) return undefined;
  return m.last + 3;
}

/** A generation's number in brackets: "1" of "Ear (1)", "2a" of "Phone (2a)"; not a year ("(2021)") nor a footnote's letter. */
const BRACKETED_GENERATION = /^[1-9][0-9]?[a-z]?$/;

/**
 * Where a product's name widened over a bracketed generation ends: "Ear (1)", "Phone (2a)", "Zeta Buds (3)" (helper nam100, from
 * real news on a phone maker that writes its models' numbers in brackets: the finder stopped at the bracket, so "Ear (1)" was read as
 * "Ear" and missed its gold name). The bracket must hug the number ("(1)", not "( 1 )"), and the name must touch the bracket's
 * opening only by a space; "Zeta (2021)" is a year and "Zeta (b)" a list's letter, neither a generation.
 */
function bracketEnd(m: SentenceMention, tokens: readonly Token[]): number | undefined {
  const open = tokens[m.last];
  const num = tokens[m.last + 1];
  const close = tokens[m.last + 2];
  if (open?.text !== '(' || num === undefined || close?.text !== ')' || !BRACKETED_GENERATION.test(num.text)) return undefined;
  if (!glued(open, num) || !glued(num, close) || glued(tokens[m.last - 1], open)) return undefined;
  return m.last + 3;
}

/**
 * Widens a product's name over "in N", over "No. N", over a bracketed generation ("Ear (1)") and over a fraction, folding in any name the widened span now covers ("Card" found alone).
 * Names the lexicon knows stay as they are, and so do people's, places' and governments' names.
 */
export function joinNumberedProductNames(mentions: readonly SentenceMention[], tokens: readonly Token[]): SentenceMention[] {
  let out: SentenceMention[] | undefined;
  for (let i = 0; i < (out ?? mentions).length; i++) {
    const list = out ?? mentions;
    const m = list[i]!;
    if (m.source === 'lexicon' || m.source === 'coref' || (m.type !== 'product' && m.type !== 'company' && m.type !== 'organization')) continue;
    const plan = planEnd(m, tokens);
    const series = plan === undefined ? seriesEnd(m, tokens) : undefined;
    const bracket = plan === undefined && series === undefined ? bracketEnd(m, tokens) : undefined;
    const end = plan ?? series ?? bracket ?? fractionEnd(m, tokens);
    if (end === undefined) continue;
    // Later names inside the widened span are folded in; a name running past its end keeps the span from widening.
    let j = i + 1;
    while (j < list.length && list[j]!.first < end) j++;
    if (j > i + 1 && list[j - 1]!.last > end) continue;
    const surface = surfaceOf(tokens, m.first, end);
    out ??= mentions.slice();
    // "Ear (1)": the bracket stays an aside for the clause readers (abstract-sentence.ts drops it, and a name running into it is
    // lost), so only the name's label and key take the generation; its span ends where it did.
    if (bracket !== undefined) {
      out[i] = withChanges(m, { label: surface, key: keyOfName(surface) });
      continue;
    }
    // A colour's "No. N" leaves the name's type and source to the typing after (a ban's frame, a kind noun); the plans and cards are products.
    out.splice(i, j - i, withChanges(m, { last: end, end: tokens[end - 1]!.end, surface, label: surface, key: keyOfName(surface), type: series !== undefined ? m.type : 'product', source: series !== undefined ? m.source : 'rule' }));
  }
  return out ?? (mentions as SentenceMention[]);
}
