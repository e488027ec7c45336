import type { Lexicon } from '../lexicon/lexicon';
import type { LexiconEntry } from '../lexicon/lexicon-data';
import type { Token } from '../text/tokens';

/** The bodies "state" heads after a region's adjective: "the Bavarian state government", "the Tasmanian state parliament". */
const STATE_BODY_NOUNS: ReadonlySet<string> = new Set(['government', 'parliament', 'legislature', 'cabinet', 'administration', 'authorities', 'ministry', 'police']);

/** A region's adjective written as its name and "-ian" ("Bavarian", "Tasmanian", "Californian"). */
const IAN_ADJECTIVE = /^(\p{Lu}\p{Ll}+i)an$/u;

/**
 * The region a single-word government name stands for when it is a region's adjective before "state" and a body's noun: "the Bavarian
 * state government" is Bavaria's government, one node with "Bavaria" (helper nam93, from set 88: it was labelled "Bavarian").
 * The region's name is the adjective without its "n" ("Bavaria", "Tasmania"), or, when the lexicon knows it instead, without "ian"
 * and with "a" ("Floridian" → Florida). Undefined for any other name: a demonym the lexicon knows is read as its state elsewhere.
 */
export function regionOfStateAdjective(tokens: readonly Token[], start: number, end: number, lexicon: Lexicon): { label: string; entry?: LexiconEntry } | undefined {
  if (end - start !== 1 || tokens[end]?.lower !== 'state' || !STATE_BODY_NOUNS.has(tokens[end + 1]?.lower ?? '')) return undefined;
  const m = IAN_ADJECTIVE.exec(tokens[start]!.text);
  if (!m) return undefined;
  const candidates = [`${m[1]}a`, `${m[1]!.slice(0, -1)}a`];
  for (const name of candidates) {
    const known = lexicon.longestMatch([name], 0);
    if (known?.length === 1 && known.entry.type === 'government') return { label: known.entry.name, entry: known.entry };
  }
  return { label: candidates[0]! };
}
