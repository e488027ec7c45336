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
}

/**
 * The names learned in one article, keyed by surface form. `changes` counts the writes that
 * changed what it holds, so a sentence's mentions found earlier can be reused while it is
 * unchanged (mention finding reads nothing else that changes).
 */
export class LearnedNames extends Map<string, LearnedName> {
  changes = 0;

  override set(surface: string, name: LearnedName): this {
    const old = this.get(surface);
    if (!old || !sameName(old, name)) this.changes++;
    return super.set(surface, name);
  }
}

function sameName(a: LearnedName, b: LearnedName): boolean {
  return a.key === b.key && a.label === b.label && a.type === b.type && a.partOf === b.partOf && a.instrument === b.instrument && a.midSentence === b.midSentence;
}
