/**
 * Messages between the page (extraction-client.ts) and the extraction worker. A job id lets
 * several extractions be in flight on one long-lived worker (the lexicon is built once).
 */
import type { ArticleRecord, InputProblem } from '../../pipeline/types';

/** One file (or pasted text) to read: `name` carries the extension that selects the parser. */
export interface ExtractionInput {
  name: string;
  bytes: Uint8Array;
}

export interface ExtractionResult {
  records: ArticleRecord[];
  problems: InputProblem[];
}

export interface ExtractRequest {
  type: 'extract';
  job: number;
  inputs: ExtractionInput[];
  /** Ids of the articles already in the graph: an input holding one of them is skipped, not re-added. */
  inGraph: string[];
}

export type WorkerReply =
  | { type: 'progress'; job: number; done: number; total: number }
  | ({ type: 'result'; job: number } & ExtractionResult)
  | { type: 'failed'; job: number; message: string };
