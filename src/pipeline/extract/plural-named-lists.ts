import type { Token } from '../text/tokens';

/**
 * Names given to several things at once by a plural copula and a naming participle: "They were dubbed the EV3 and EV4", "The phones
 * are named Plix 8 and Plix 9", "They are called Vexa and Plix" (helper copmak). The "and" there lists two names, as after a plural
 * cue noun ("chatbots Vexa and Plix"), so it must not join them into one ("Vexa and Plix" was read as a single product).
 */

/** Participles that give a name. */
const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(['called', 'named', 'dubbed', 'branded', 'christened', 'nicknamed', 'codenamed', 'code-named']);
/** Plural copulas before the participle ("were dubbed"); a singular one ("is called Marks and Spencer") names one thing. */
const PLURAL_COPULAS: ReadonlySet<string> = new Set(['are', 'were']);

/** Whether the name that opens at token `i` follows "are/were (then) called/named/dubbed (the)": the first of several names given. */
export function opensPluralNamedList(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (!NAMING_PARTICIPLES.has(tokens[k]?.lower ?? '')) return false;
  k--;
  if (tokens[k]?.lower === 'also' || tokens[k]?.lower === 'now' || tokens[k]?.lower === 'then') k--;
  return PLURAL_COPULAS.has(tokens[k]?.lower ?? '');
}
