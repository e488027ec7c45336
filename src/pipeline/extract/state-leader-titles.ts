import type { Token } from '../text/tokens';

/**
 * The head of a state's government, named by the state's people's word and the office: "the Zemblan prime minister", "the
 * Ruritanian President", "the Bordurian chancellor". Acting in office, the leader acts for the state, as "Zembla's prime minister"
 * (the possessive) and "the Zemblan government" already do (helper xwork, from real news of a premier ordering officials to
 * uninstall messaging apps and a state barring video-call tools: "the <people's word> prime minister" gave no actor at all).
 */

/** Offices that head a state's government, one or two words, lower-case or capitalised. */
const LEADER_TITLES: readonly (readonly string[])[] = [['prime', 'minister'], ['president'], ['premier'], ['chancellor']];

/** Words before the people's word that put the holder out of office: "the former Zemblan president", "the late Ruritanian premier". */
const OUT_OF_OFFICE = /^(?:former|ex|late|future|next|incoming|would-be)$/;

/**
 * The end (exclusive) of a leader's office right after a people's word ending at `at` ("the Zemblan |prime minister"), or -1. Not
 * a firm's or a body's head ("the Zemblan president of Zenco", "the Zemblan president of the council": an office "of" something),
 * nor a holder out of office, nor words another mention already covers.
 */
export function leaderTitleEnd(tokens: readonly Token[], at: number, demonymFirst: number, covered: Uint8Array): number {
  if (OUT_OF_OFFICE.test(tokens[demonymFirst - 1]?.lower ?? '')) return -1;
  for (const title of LEADER_TITLES) {
    const end = at + title.length;
    if (!title.every((w, k) => tokens[at + k]?.lower === w && !covered[at + k])) continue;
    if (tokens[end]?.lower === 'of') return -1;
    return end;
  }
  return -1;
}
