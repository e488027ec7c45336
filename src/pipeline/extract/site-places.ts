import type { Lexicon } from '../lexicon/lexicon';
import type { Token } from '../text/tokens';
import type { SentenceMention } from './mention';

/**
 * "its Thuringia, Germany plant", "its Fremont, Calif. plant", "the Lima, Ruritania, battery factory": a name no rule typed, then a
 * comma, a state or a US state's short form and a site's noun, is the town the site stands in, never a made thing (helper fpd95, from
 * real plant and factory news: the town after "its" was typed the firm's product and read as made by it).
 */

/** Sites a firm builds or runs, named after their town ("its Vexa plant"). */
const SITE_NOUNS: ReadonlySet<string> = new Set(['plant', 'plants', 'factory', 'factories', 'facility', 'facilities', 'fab', 'fabs', 'gigafactory', 'site', 'sites', 'works', 'operations',
  'campus', 'headquarters', 'hub', 'warehouse', 'warehouses', 'mill', 'mine', 'refinery', 'smelter', 'shipyard', 'depot', 'yard', 'office', 'offices', 'center', 'centre']);

/**
 * Sites named after the town they stand in, never after a product: "its Zorlo car plant" (not a "hub" or a "center", which products are
 * called, nor "works", which after a kind is mostly the verb: "Qorva's Zeta headset works").
 */
export const TOWN_SITE_NOUNS: ReadonlySet<string> = new Set(['plant', 'plants', 'factory', 'factories', 'facility', 'facilities', 'fab', 'fabs', 'gigafactory', 'mill', 'mine', 'refinery',
  'smelter', 'shipyard', 'depot', 'warehouse', 'warehouses', 'campus', 'headquarters']);

/** The AP style's short forms of US states, written with their dot ("Calif.", "N.Y."). */
export const US_STATE_SHORT_FORMS: ReadonlySet<string> = new Set(['Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La', 'Md',
  'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'N.H', 'N.J', 'N.M', 'N.Y', 'N.C', 'N.D', 'Okla', 'Ore', 'Pa', 'R.I', 'S.C', 'S.D', 'Tenn', 'Tex',
  'Vt', 'Va', 'Wash', 'W.Va', 'Wis', 'Wyo']);

/** The most lower-case describing words between the state and the site's noun: "its Lima, Peru, electric car plant". */
const MAX_SITE_MODIFIERS = 3;

/** Where the state's name after the comma at `comma` ends (the index after it), or -1: a state the lexicon knows, or a US state's short form. */
function stateEndAfter(tokens: readonly Token[], comma: number, lexicon: Lexicon): number {
  const first = tokens[comma + 1];
  if (!first?.capitalized) return -1;
  // "Calif." as one token or as the word and its dot.
  const bare = first.text.replace(/\.$/, '');
  if (US_STATE_SHORT_FORMS.has(bare) && (first.text.endsWith('.') || tokens[comma + 2]?.text === '.')) return first.text.endsWith('.') ? comma + 2 : comma + 3;
  const words = tokens.slice(comma + 1, comma + 5).map((t) => t.text);
  const match = lexicon.longestMatch(words, 0);
  return match?.entry.type === 'government' ? comma + 1 + match.length : -1;
}

/** Whether the name `m` (no rule typed it) is a town written "Town, State" before a site's noun. */
export function isTownBeforeStateSite(m: SentenceMention, tokens: readonly Token[], lexicon: Lexicon): boolean {
  if (m.source !== 'unknown' || tokens[m.last]?.text !== ',') return false;
  let k = stateEndAfter(tokens, m.last, lexicon);
  if (k < 0) return false;
  if (tokens[k]?.text === "'s" || tokens[k]?.text === '’s') return false;
  if (tokens[k]?.text === ',') k++;
  for (let n = 0; n <= MAX_SITE_MODIFIERS; n++, k++) {
    const t = tokens[k];
    if (t === undefined || !t.word || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) return false;
    if (SITE_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** Words of making between a kind and a site's noun: "the Vexa car assembly plant", "its Lima battery production site". */
const MAKING_WORDS: ReadonlySet<string> = new Set(['assembly', 'manufacturing', 'production', 'making', 'engine', 'pack', 'cell']);

/**
 * Whether a kind of goods at `k` only qualifies a site's noun after it: "its Lima electric car factory", "the Vexa battery plant",
 * "the Zeta car assembly plant" name a plant, so the name before the kind is the plant's town, no product (helper fpd95, from real
 * factory news).
 */
export function kindQualifiesSite(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.lower ?? '';
  if (TOWN_SITE_NOUNS.has(next)) return true;
  return MAKING_WORDS.has(next) && TOWN_SITE_NOUNS.has(tokens[k + 2]?.lower ?? '');
}

