import type { EntityType } from '../types';

/**
 * The shape of `data/lexicon.json`: well-known entities of the field, readable and extendable
 * by users. Names and aliases match case-sensitively, on whole tokens.
 */
export interface LexiconEntry {
  /** Stable identity, lowercase with dashes ("alibaba", "us-commerce-department"). */
  id: string;
  /** Canonical name shown as the node label. */
  name: string;
  type: EntityType;
  /** Other surface forms that mean this entity ("Alibaba Group", "Tongyi Qianwen"). */
  aliases?: string[];
  /** For states: adjectives that stand for them in generic bodies ("Chinese regulators"). */
  demonyms?: string[];
  /** For states: surnames of current and recent heads of state or government ("the Meloni government"). */
  leaders?: string[];
  /** For agencies, legislatures, courts, sub-national governments: the id of their state. */
  partOf?: string;
  /**
   * For a model or product version ("Llama 3.1"): the id of its family. Not written in the file:
   * the lexicon derives a version entry from every alias that is its family's name and a version.
   */
  versionOf?: string;
  /** Free-text note for maintainers. */
  note?: string;
}

export interface LexiconData {
  entities: LexiconEntry[];
}
