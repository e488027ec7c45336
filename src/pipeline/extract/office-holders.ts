import type { Token } from '../text/tokens';
import { PERSON_TITLES } from './cue-words';
import type { SentenceMention } from './mention';

/**
 * "Ruritania Gov. Ann Lee signed …", "Ruritania President Ann Lee banned …", "Texas Governor Ann Lee ordered …": a person named by a
 * state's office acts for the state. For reading relations, the state's mention takes in the
 * title and the person (who is never an entity), so the state heads the clause.
 */
export function asOfficeHolders(mentions: readonly SentenceMention[], tokens: readonly Token[]): SentenceMention[] {
  const out: SentenceMention[] = [];
  for (const m of mentions) {
    const state = out.at(-1);
    const titled = m.type === 'person' && (isTitleRun(tokens, state?.last ?? 0, m.first) || (state?.last === m.first && PERSON_TITLES.has(tokens[m.first]!.text)));
    if (titled && state?.type === 'government') {
      out[out.length - 1] = { ...state, last: m.last, end: m.end };
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Tokens [from, to) are one or more titles, abbreviated or not ("Gov.", "Attorney General"). */
function isTitleRun(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.text;
    if (!PERSON_TITLES.has(w) && w !== '.' && w !== 'Attorney' && w !== 'Lieutenant') return false;
  }
  return true;
}
