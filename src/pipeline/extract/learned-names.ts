import { tokenize, type Token } from '../text/tokens';
import type { EntityType } from '../types';

/** A name a rule typed somewhere in the article ("Zhipu, a startup"), found bare elsewhere in it. */
export interface LearnedName {
  key: string;
  label: string;
  type: EntityType;
  /** For a government body named "... of China": the state's key. */
  partOf?: string;
  /** The acronym of a law, list or rule ("FAR"): not an entity wherever it stands. */
  instrument?: true;
  /**
   * A brand word learned from its maker's name ("Lumen" from "Zenco Lumen"): the name only where
   * its capital says so, mid-sentence and outside Title Case headlines ("Teams" opening a sentence is a word).
   */
  midSentence?: true;
  /**
   * An acronym the article defines for a name of its own, which the lexicon reads as another entity: "Taiwan's Fair Trade
   * Commission (FTC)" makes "FTC" Taiwan's body for the rest of the article, not the US Federal Trade Commission.
   */
  redefines?: true;
}

/**
 * The names learned in one article, keyed by surface form. `changes` counts the writes that
 * changed what it holds, so a sentence's mentions found earlier can be reused while nothing it
 * could look up changed (mention finding reads nothing else that changes).
 */
export class LearnedNames extends Map<string, LearnedName> {
  /** The first word of each surface whose name changed, in order of the changes. */
  private readonly changedFirstWords: string[] = [];
  /** The surfaces whose name is an instrument's acronym (LearnedName.instrument). */
  private readonly instruments = new Set<string>();
  /** How to read the words the article uses of people: set by the article, called once, only when a rule asks. */
  personLikeWordsOf: () => ReadonlySet<string> = () => new Set();
  private personWords: ReadonlySet<string> | undefined;
  /** The words the article writes capitalised after a sentence's first word, outside Title Case headlines: set by the article. */
  bodyCapitalsOf: () => ReadonlySet<string> = () => new Set();
  private bodyCapitalWords: ReadonlySet<string> | undefined;

  /** Words the article uses of people ("Gordon" of "Jane Gordon", "said Gordon"): a bare "Gordon" may be that person (helper unk95). */
  get personLikeWords(): ReadonlySet<string> {
    return (this.personWords ??= this.personLikeWordsOf());
  }

  /** Words the body writes capitalised mid-sentence: a Title Case headline's word the body never does so is no name's part (helper typ97c). */
  get bodyCapitals(): ReadonlySet<string> {
    return (this.bodyCapitalWords ??= this.bodyCapitalsOf());
  }

  get changes(): number {
    return this.changedFirstWords.length;
  }

  override set(surface: string, name: LearnedName): this {
    const old = this.get(surface);
    if (!old || !sameName(old, name)) this.changedFirstWords.push(tokenize(surface)[0]?.text ?? surface);
    if (name.instrument) this.instruments.add(surface);
    else this.instruments.delete(surface);
    return super.set(surface, uniform(name));
  }

  override delete(surface: string): boolean {
    this.instruments.delete(surface);
    return super.delete(surface);
  }

  override clear(): void {
    this.instruments.clear();
    super.clear();
  }

  /**
   * Whether `surface` is an instrument's acronym: `get(surface)?.instrument`, read off a set. Name
   * finding asks it of every one-word name; read off the learned name, the flag was read for the
   * first time mid-corpus, and name finding (34 KB of bytecode) was de-optimised and compiled again.
   */
  isInstrument(surface: string): boolean {
    return this.instruments.has(surface);
  }

  /**
   * Whether a name changed after `since` changes that a sentence of these tokens could look up.
   * Every lookup is by a surface that starts with one of the sentence's tokens, so a change to a
   * surface starting with a word the sentence lacks cannot change what the sentence finds.
   */
  changedFor(since: number, tokens: readonly Token[]): boolean {
    if (since === this.changes) return false;
    const changed = new Set(this.changedFirstWords.slice(since));
    return tokens.some((t) => changed.has(t.text));
  }
}

/**
 * `name` with every field of LearnedName, in one order: one shape for every learned name. Made in
 * four shapes by as many rules, the names read in name finding were of one shape until the next
 * one came, which de-optimised it (34 KB of bytecode, compiled again each time).
 */
function uniform(name: LearnedName): LearnedName {
  return { key: name.key, label: name.label, type: name.type, partOf: name.partOf, instrument: name.instrument, midSentence: name.midSentence, redefines: name.redefines };
}

// The optional fields hold a value and then none once, when the module loads: each field's type is
// then "any" before anything is compiled (a first value mid-corpus would throw compiled code away).
uniform(uniform({ key: 'k', label: 'l', type: 'company', partOf: 'p', instrument: true, midSentence: true }));
uniform({ key: 'k', label: 'l', type: 'company' });

/** Whether `surface` is an instrument's acronym in `learned` (LearnedNames answers from its set). */
export function isInstrument(learned: ReadonlyMap<string, LearnedName>, surface: string): boolean {
  return learned instanceof LearnedNames ? learned.isInstrument(surface) : learned.get(surface)?.instrument === true;
}

function sameName(a: LearnedName, b: LearnedName): boolean {
  return a.key === b.key && a.label === b.label && a.type === b.type && a.partOf === b.partOf && a.instrument === b.instrument && a.midSentence === b.midSentence && a.redefines === b.redefines;
}
