import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import type { ArticleContent, ArticleTextStore, DraftOptions } from '../pipeline/graph/graph-draft';
import { forgetTemporary, trackTemporary } from './temporary-files';

/**
 * Article texts and mention offsets kept on disk while a graph is built, read back one by one
 * as the JSON output is written: memory holds an offset per article, not the corpus (250 MB of
 * JSONL and its mentions would otherwise stay in memory until the end). A temporary file beside
 * the JSON output, removed on every exit.
 */
export class TextSpool implements ArticleTextStore {
  private readonly fd: number;
  private size = 0;
  private readonly places = new Map<string, { offset: number; length: number }>();

  constructor(private readonly path: string) {
    trackTemporary(path);
    this.fd = openSync(path, 'w+', 0o600);
  }

  put(id: string, content: ArticleContent): void {
    if (this.places.has(id)) return;
    const bytes = Buffer.from(JSON.stringify(content), 'utf8');
    writeSync(this.fd, bytes, 0, bytes.length, this.size);
    this.places.set(id, { offset: this.size, length: bytes.length });
    this.size += bytes.length;
  }

  get(id: string): ArticleContent | undefined {
    const place = this.places.get(id);
    if (!place) return undefined;
    const bytes = Buffer.allocUnsafe(place.length);
    readSync(this.fd, bytes, 0, place.length, place.offset);
    return JSON.parse(bytes.toString('utf8')) as ArticleContent;
  }

  close(): void {
    closeSync(this.fd);
    rmSync(this.path, { force: true });
    forgetTemporary(this.path);
  }
}

/**
 * A spool for the texts when the JSON output will hold them (`--json` without `--no-text`): texts
 * and mention offsets only go to the JSON output, so without one nobody carries them.
 */
export function textSpoolFor(options: { json?: string; keepText: boolean }): TextSpool | undefined {
  return options.json !== undefined && options.keepText ? new TextSpool(`${options.json}.${process.pid}.texts.tmp`) : undefined;
}

/** The draft keeps texts exactly when there is a spool to hold them. */
export function draftOptionsFor(spool: TextSpool | undefined): DraftOptions {
  return spool ? { keepText: true, textStore: spool } : { keepText: false };
}
