import type { RelationKind } from '../types';

/**
 * Corrections: what an analyst changed in a graph, kept as data so that every rebuild (new
 * articles, kg build or kg merge with `--corrections`, the explorer) applies them again.
 *
 * An entity is named by its node key and by the names it went by when it was corrected (its label
 * and aliases): a correction applies to every node with that key or with one of those names, so
 * it still finds the entity when new articles bring it under another key or a merged alias.
 */
export interface EntityRef {
  key?: string;
  /** Names the entity went by (compared without case). */
  names?: string[];
}

/** One evidence sentence: the same claim from the same sentence is rejected again on a rebuild. */
export interface SentenceRef {
  article: string;
  sentence: string;
}

interface CorrectionBase {
  /** Who made it and when (ISO time): optional, for the reader; `when` also orders rival corrections. */
  who?: string;
  when?: string;
}

export type Correction = CorrectionBase &
  (
    | { action: 'merge'; entities: EntityRef[]; label: string }
    | { action: 'rename'; entity: EntityRef; label: string }
    | { action: 'retype'; entity: EntityRef; type: string }
    | { action: 'delete'; entity: EntityRef }
    /** Without `sentences`, the claim is rejected whatever states it. */
    | { action: 'reject'; source: EntityRef; relation: RelationKind; target: EntityRef; sentences?: SentenceRef[] }
    | { action: 'add'; source: EntityRef; relation: RelationKind; target: EntityRef; note?: string }
  );

export type CorrectionAction = Correction['action'];

/** The file: human-readable JSON, the same for the CLI and the explorer. */
export interface CorrectionsFile {
  version: 1;
  corrections: Correction[];
}

/** A correction that matched nothing in the graph it was applied to, with the reason. */
export interface UnmatchedCorrection {
  /** Its position in the file (0-based). */
  index: number;
  correction: Correction;
  reason: string;
}

export interface CorrectionReport {
  applied: number;
  unmatched: UnmatchedCorrection[];
}
