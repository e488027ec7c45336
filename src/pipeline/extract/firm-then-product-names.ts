import type { Token } from '../text/tokens';
import { FIRM_LAST_WORDS, GOVERNMENT_HEADS, INSTITUTION_HEADS, isMadeKind } from './cue-words';

// Helper subsid: a firm named with its trade's word ("Zenco Electronics", "Qorva Robotics") right before a product's name ("the
// Zenco Electronics Plix 9", "Zenco Semiconductor Z9 chips", "the Qorva Motors Vexa sedan") was read as one product, the firm lost
// inside it; after a firm the lexicon knows, the trade's word was left opening the product ("Electronics Plix 9"). The firm's name
// ends at its trade's word, and the product's name is the rest.

/**
 * Trade words that close a firm's name and seldom stand inside a product's: not "AI", "Cloud", "Systems", "Software",
 * "Communications" or "Networks", which products' names use ("Zeta AI Studio", "Vexa Unified Communications Suite").
 */
const FIRM_TRADE_WORDS: ReadonlySet<string> = new Set(['Electronics', 'Semiconductor', 'Semiconductors', 'Motors', 'Robotics', 'Technologies', 'Labs', 'Mobility', 'Industries']);

/** A model's letters after its name ("Vexa EV", "Plix S", "Zeta GT") and tier words ("Vexa Pro"). */
const MODEL_CODE = /^\p{Lu}{1,3}$/u;
const TIER_WORDS: ReadonlySet<string> = new Set(['Pro', 'Max', 'Ultra', 'Plus', 'Mini', 'Lite']);

/** A reporting period after a firm's name ("Zenco Motors Q3 results", "Zenco Labs FY2025 revenue"), no model's name. */
const PERIOD_CODE = /^(?:Q[1-4]|H[12]|FY\d*)$/;

/** A word of the product's name: capitalised or a model code, and no word that continues a firm's or a body's name. */
function productWord(t: Token): boolean {
  return /^[\p{Lu}\p{N}]/u.test(t.text) && !FIRM_LAST_WORDS.has(t.text) && !GOVERNMENT_HEADS.has(t.text) && !INSTITUTION_HEADS.has(t.text);
}

/**
 * Where the firm's name ends inside the name run `[start, end)`, when a trade's word (after at least one word of the firm's name, or
 * opening the run right after a firm's name the lexicon knows: `afterKnownFirm`)
 * is followed by a product's name that a figure, a model's letters or a tier's word mark as a model ("Plix 9", "Z9", "Vexa EV", "Plix
 * Pro") or a kind of made thing closes ("Vexa sedan",
 * "Vexa arms"); -1 when the run is one name ("Zenco Electronics America", "Zenco Motors Finance", "Zenco Labs Plix" alone). Not in
 * a Title Case headline, where every word is capitalised. `notRest` rules out rests that continue the firm's name (a region, a line
 * of business).
 */
export function firmEndBeforeProduct(tokens: readonly Token[], start: number, end: number, afterKnownFirm: boolean, notRest: (word: string) => boolean): number {
  for (let k = afterKnownFirm ? start : start + 1; k < end - 1; k++) {
    if (!FIRM_TRADE_WORDS.has(tokens[k]!.text)) continue;
    const rest = tokens.slice(k + 1, end);
    if (!rest.every(productWord) || rest.some((t) => notRest(t.text)) || !/^\p{Lu}/u.test(rest[0]!.text) || PERIOD_CODE.test(rest[0]!.text)) return -1;
    for (let j = k + 1; j < end; j++) if (tokens[j]!.start > tokens[j - 1]!.end + 1) return -1;
    const figure = rest.some((t) => /\p{N}/u.test(t.text) || (t !== rest[0] && (MODEL_CODE.test(t.text) || TIER_WORDS.has(t.text))));
    const kind = tokens[end] !== undefined && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[end]!.text) && isMadeKind(tokens[end]!.text);
    return figure || kind ? k + 1 : -1;
  }
  return -1;
}
