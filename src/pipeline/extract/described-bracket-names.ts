import type { EntityType } from '../types';
import { isPossessive, type Token } from '../text/tokens';

/**
 * "The telecoms regulator (Ofzen) banned Zenapp", "developed by the state digital agency (Digina)", "a Zembla-based startup (Qorvex)
 * launched Zeta": an actor described in lower case with its short name in brackets after the description. The bracketed name is the
 * actor, typed by the description's head noun, and the sentence reads as "the telecoms regulator Ofzen banned Zenapp" does (helper
 * bracket: such names were typed by nothing and their brackets hid them from every pattern, so no node was made at all).
 *
 * Only a head noun of a body or a firm makes an actor: "the data law (ZDPA)" names a law by its short name, and "the app (Zenapp)"
 * a made thing, typed a product (THING_HEADS). The description opens with an article, a possessive or a demonstrative a few lower-case words before its head ("the
 * country's communications watchdog", "Ruritania's watchdog"); a named body already written before its bracket ("the Zembla
 * Communications Authority (ZCA)") is a mention of its own, and the bracket after it is read as it was.
 */

/** Head nouns of a public body, whose bracketed name is a government's. */
const BODY_HEADS: ReadonlySet<string> = new Set(['regulator', 'watchdog', 'agency', 'ministry', 'authority', 'commission', 'department', 'bureau', 'inspectorate', 'ombudsman']);
/** Head nouns of a firm, whose bracketed name is a company's. */
const FIRM_HEADS: ReadonlySet<string> = new Set(['startup', 'start-up', 'firm', 'company', 'maker', 'developer', 'manufacturer', 'chipmaker', 'carmaker', 'automaker', 'drugmaker', 'supplier', 'operator', 'vendor', 'conglomerate', 'subsidiary']);
/**
 * Head nouns of a made thing, whose bracketed name is a product: "the popular messaging app (Zenapp) was blocked by …" names the app,
 * the thing acted on, never an actor.
 */
const THING_HEADS: ReadonlySet<string> = new Set(['app', 'application', 'chatbot', 'browser', 'messenger', 'platform', 'service', 'game']);
/** Words opening the description: an article or a demonstrative ("the", "a", "this"); a possessive ("Ruritania's", "its") opens one too. */
const OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their']);
/** At most this many describing words between the opener and the head ("the state digital agency", "a Zembla-based AI startup"). */
const MAX_DESCRIBING_WORDS = 4;

/**
 * The type of the name over tokens [start, end) when it stands alone in brackets after a described body's or firm's head noun, else
 * undefined.
 */
export function describedBracketType(tokens: readonly Token[], start: number, end: number): EntityType | undefined {
  if (tokens[start - 1]?.text !== '(' || tokens[end]?.text !== ')') return undefined;
  // A short name of capitalised words only: not a figure, a year or a ticker with its exchange ("(2019)", "(NASDAQ: ZNC)").
  for (let k = start; k < end; k++) if (!/^\p{Lu}[\p{L}\p{N}-]*$/u.test(tokens[k]!.text)) return undefined;
  const head = tokens[start - 2];
  if (!head || head.text !== head.lower) return undefined;
  const type: EntityType | undefined = BODY_HEADS.has(head.lower) ? 'government' : FIRM_HEADS.has(head.lower) ? 'company' : THING_HEADS.has(head.lower) ? 'product' : undefined;
  if (!type || !describedFromOpener(tokens, start - 2)) return undefined;
  return type;
}

/** Whether an opener stands a few describing words before the head noun at `head`: lower-case words, or a place's hyphened adjective. */
function describedFromOpener(tokens: readonly Token[], head: number): boolean {
  for (let k = head - 1; k >= 0 && k >= head - 1 - MAX_DESCRIBING_WORDS; k--) {
    const t = tokens[k]!;
    if (OPENERS.has(t.lower) || isPossessive(t)) return true;
    // "a Zembla-based startup", "the Zemblan regulator": a describing word may be capitalised, a place's or a state's; the head stays in
    // lower case ("the Zembla Communications Authority" is a body's own name, read before this).
    if (!/^[\p{L}\d][\p{L}\d-]*$/u.test(t.text)) return false;
  }
  return false;
}
