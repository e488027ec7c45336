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
  /**
   * Other types a bare mention may also have ("DeepSeek" names the company and its chatbot,
   * "TikTok" the app and its company): a relation between peers may read the mention so
   * ("Kimi competes with DeepSeek"). The node keeps `type`.
   */
  alsoTypes?: EntityType[];
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
  /**
   * A state known only from `data/states.json`, not written in the field lexicon: its one-word
   * name before another capitalised word opens some other name ("Chad Hurley", "Jordan Peterson").
   */
  onlyStateData?: true;
}

export interface LexiconData {
  entities: LexiconEntry[];
}

/**
 * One state's names from maintained data (`data/states.json`, derived from the `world-countries`
 * package by scripts/state-names.ts): common name, official and other names, demonyms and the
 * adjective of its language ("Nepali"). The field lexicon adds what is specific to news.
 */
export interface StateNames {
  id: string;
  name: string;
  aliases?: string[];
  demonyms?: string[];
}

export interface StatesData {
  source: string;
  states: StateNames[];
}
