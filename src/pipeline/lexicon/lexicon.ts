import lexiconJson from "../../../data/lexicon.json";
import statesJson from '../../../data/states.json';
import { tokenize } from '../text/tokens';
import { WordOpenings } from '../text/word-openings';
import type { LexiconData, LexiconEntry, StatesData } from './lexicon-data';
import { withStates } from './state-lexicon';
import { versionSuffix } from './model-versions';

/**
 * Surface forms as a trie of tokens: the node reached by a surface's tokens holds its entry (the
 * first entry written that way). "China" starts 44 surfaces; a walk reads only the tokens that match.
 */
interface SurfaceNode {
  entry: LexiconEntry | undefined;
  next: Map<string, SurfaceNode> | undefined;
}

/** Every node made with both fields, in one order: one object shape, so lookups stay monomorphic. */
const newNode = (): SurfaceNode => ({ entry: undefined, next: undefined });

/**
 * The lexicon compiled for lookup: surface forms in a trie keyed by their first token, so
 * matching a sentence costs one map lookup per token. Build it once and share it.
 */
export class Lexicon {
  private readonly byFirstToken = new Map<string, SurfaceNode>();
  /** How surfaces' first tokens open (word-openings.ts): most words start none and are passed unhashed. */
  private readonly openings = new WordOpenings();
  private readonly byId = new Map<string, LexiconEntry>();
  private readonly stateByDemonym = new Map<string, LexiconEntry>();
  /** First words of demonyms of two words ("South Korean", "Sri Lankan"). */
  private readonly demonymFirstWords = new Set<string>();
  private readonly stateByLeader = new Map<string, LexiconEntry>();
  /** How demonyms and leaders' names open: asked of every word of every sentence. */
  private readonly demonymOpenings = new WordOpenings();
  private readonly leaderOpenings = new WordOpenings();

  constructor(data: LexiconData) {
    for (const entry of data.entities.flatMap(withVersions)) {
      this.byId.set(entry.id, entry);
      for (const name of [entry.name, ...(entry.aliases ?? [])]) {
        this.addSurface(name, entry);
        // "People’s Republic of China" is written with either apostrophe.
        if (name.includes("'")) this.addSurface(name.replace(/'/g, '’'), entry);
      }
      for (const demonym of entry.demonyms ?? []) {
        this.stateByDemonym.set(demonym, entry);
        this.demonymOpenings.add(demonym);
        if (demonym.includes(' ')) this.demonymFirstWords.add(demonym.slice(0, demonym.indexOf(' ')));
      }
      for (const leader of entry.leaders ?? []) {
        this.stateByLeader.set(leader, entry);
        this.leaderOpenings.add(leader);
      }
    }
  }

  private addSurface(name: string, entry: LexiconEntry): void {
    const tokens = tokenize(name).map((t) => t.text);
    const first = tokens[0];
    if (first === undefined) return;
    let node = this.byFirstToken.get(first);
    if (!node) this.byFirstToken.set(first, (node = newNode()));
    this.openings.add(first);
    for (const token of tokens.slice(1)) {
      node.next ??= new Map();
      let child = node.next.get(token);
      if (!child) node.next.set(token, (child = newNode()));
      node = child;
    }
    node.entry ??= entry;
  }

  /** The longest entry whose surface starts at `words[at]`, with its length in tokens. */
  longestMatch(words: readonly string[], at: number): { entry: LexiconEntry; length: number } | undefined {
    const word = words[at];
    if (!this.openings.mayBe(word)) return undefined;
    let node = this.byFirstToken.get(word!);
    // The best entry so far in two variables, not an object per node passed: one object, for the answer.
    let bestEntry: LexiconEntry | undefined;
    let bestLength = 0;
    for (let length = 1; node; length++) {
      if (node.entry) {
        bestEntry = node.entry;
        bestLength = length;
      }
      node = at + length < words.length ? node.next?.get(words[at + length]!) : undefined;
    }
    return bestEntry ? { entry: bestEntry, length: bestLength } : undefined;
  }

  /** Whether any surface form starts with this token: the cheap test that gates expensive work. */
  startsSurface(token: string): boolean {
    return this.byFirstToken.has(token);
  }

  get(id: string): LexiconEntry | undefined {
    return this.byId.get(id);
  }

  /** The state a leader's surname stands for in "the Meloni government" (Meloni → Italy). */
  stateOfLeader(surname: string): LexiconEntry | undefined {
    if (!this.leaderOpenings.mayBe(surname)) return undefined;
    return this.stateByLeader.get(surname);
  }

  /** The state a demonym stands for ("Chinese" → China). */
  stateOfDemonym(word: string): LexiconEntry | undefined {
    if (!this.demonymOpenings.mayBe(word)) return undefined;
    return this.stateByDemonym.get(word);
  }

  /** The demonym of one or two words at `words[at]` ("Nepali", "South Korean"): its state and length. */
  demonymAt(words: readonly string[], at: number): { entry: LexiconEntry; length: number } | undefined {
    const first = words[at]!;
    if (!this.demonymOpenings.mayStart(first)) return undefined;
    const two = this.demonymFirstWords.has(first) && at + 1 < words.length ? this.stateByDemonym.get(`${first} ${words[at + 1]}`) : undefined;
    if (two) return { entry: two, length: 2 };
    const one = this.stateByDemonym.get(first);
    return one && { entry: one, length: 1 };
  }
}

/**
 * A model or product entry and the versions its aliases name: "Llama 3.1" (an alias of Llama)
 * becomes its own entry, a version of Llama; "Llama models" stays an alias.
 */
function withVersions(entry: LexiconEntry): LexiconEntry[] {
  if ((entry.type !== 'model' && entry.type !== 'product') || !entry.aliases) return [entry];
  const versions: LexiconEntry[] = [];
  const aliases: string[] = [];
  // "Mate 60" of "Huawei Mate": a version may follow the name without its maker's word.
  const tail = entry.name.includes(' ') ? [entry.name.slice(entry.name.indexOf(' ') + 1)] : [];
  const bases = [entry.name, ...tail, ...entry.aliases];
  for (const alias of entry.aliases) {
    const version = bases.map((base) => versionSuffix(base, alias)).find((v) => v !== undefined);
    if (!version) {
      aliases.push(alias);
      continue;
    }
    // "DeepSeek-V3.1" and "DeepSeek V3.1" are one version: the first form is its name.
    const id = `${entry.id}--${version.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    const same = versions.find((v) => v.id === id);
    if (same) same.aliases = [...(same.aliases ?? []), alias];
    else versions.push({ id, name: alias, type: entry.type, versionOf: entry.id });
  }
  if (versions.length === 0) return [entry];
  return [{ ...entry, ...(aliases.length > 0 ? { aliases } : { aliases: undefined }) }, ...versions];
}

let shared: Lexicon | undefined;

/**
 * The bundled lexicon: the field's entities (`data/lexicon.json`) with every state of the world
 * (`data/states.json`), compiled once per process or worker.
 */
export function defaultLexicon(): Lexicon {
  shared ??= new Lexicon(withStates(lexiconJson as LexiconData, (statesJson as StatesData).states));
  return shared;
}
