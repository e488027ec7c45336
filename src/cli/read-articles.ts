import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { fileExtension } from '../pipeline/input/file-name';
import { parseFile } from '../pipeline/input/parse-file';
import { sniffBinary } from '../pipeline/input/binary-sniff';
import { readJsonlLine } from '../pipeline/input/jsonl';
import type { Article, InputProblem } from '../pipeline/types';
import { describeFsError } from './fs-errors';
import { readLines, type TextLine } from './read-lines';

/** What reading the inputs produces, one at a time and in input order. */
export type ReadEvent =
  | { kind: 'article'; article: Article; source: Source }
  | { kind: 'problem'; problem: InputProblem };

/** Where an article was read: the file, and the line for JSONL. */
export interface Source {
  file: string;
  line?: number;
}

/** A source of JSONL lines: a file path, or stdin under a display name. */
export interface LineSource {
  name: string;
  lines: () => AsyncIterable<TextLine>;
}

/** The input name that means standard input (JSONL articles). */
export const STDIN = '-';

/**
 * Reads articles from files in the given order (`-` is stdin, read as JSONL): whole files
 * through the pipeline's parser, JSONL line by line so memory does not grow with the file.
 * An article id seen before is reported as a duplicate and skipped, so the first input wins.
 */
export async function* readArticles(inputs: readonly string[]): AsyncGenerator<ReadEvent> {
  const ids = new DuplicateIds();
  for (const input of inputs) {
    for await (const event of readInput(input)) yield ids.check(event);
  }
}

function readInput(input: string): AsyncIterable<ReadEvent> {
  if (input === STDIN) return readJsonl({ name: '<stdin>', lines: () => readLines(process.stdin) });
  if (isJsonl(input)) return readJsonlFile(input);
  return readWholeFile(input);
}

export function isJsonl(path: string): boolean {
  return fileExtension(path) === '.jsonl';
}

async function* readWholeFile(file: string): AsyncGenerator<ReadEvent> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    yield problem(file, `${describeFsError(error)}, skipped`);
    return;
  }
  const { articles, problems } = parseFile(file, bytes);
  for (const p of problems) yield { kind: 'problem', problem: p };
  for (const article of articles) yield { kind: 'article', article, source: { file } };
}

/** A JSONL file, unless its first bytes show it is binary (an image renamed .jsonl): one problem then. */
async function* readJsonlFile(file: string): AsyncGenerator<ReadEvent> {
  let head: Uint8Array;
  try {
    head = await readHead(file, 4096);
  } catch (error) {
    yield problem(file, `${describeFsError(error)}, skipped`);
    return;
  }
  const utf16 = head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : undefined;
  const binaryKind = utf16 === undefined ? sniffBinary(head) : undefined;
  if (binaryKind) {
    yield problem(file, `binary file (${binaryKind}), skipped`);
    return;
  }
  yield* readJsonl({ name: file, lines: () => fileLines(file, utf16) });
}

async function* readJsonl(source: LineSource): AsyncGenerator<ReadEvent> {
  let lastLine = 0;
  try {
    for await (const line of source.lines()) {
      lastLine = line.number;
      if (line.invalidUtf8) {
        yield problem(source.name, 'invalid UTF-8, bad bytes replaced with U+FFFD', 'warning', line.number);
      }
      const { articles, problems } = readJsonlLine(source.name, line.text, line.number);
      for (const p of problems) yield { kind: 'problem', problem: p };
      for (const article of articles) yield { kind: 'article', article, source: { file: source.name, line: line.number } };
    }
  } catch (error) {
    const what = lastLine === 0 ? 'skipped' : `lines after ${lastLine} skipped`;
    yield problem(source.name, `${describeFsError(error)}, ${what}`);
  }
}

/**
 * The lines of a JSONL file, streamed. A file saved as UTF-16 (it starts with a UTF-16 byte-order
 * mark) cannot be split on bytes, so it is decoded whole instead.
 */
async function* fileLines(file: string, encoding: 'utf-16le' | 'utf-16be' | undefined): AsyncGenerator<TextLine> {
  if (encoding === undefined) {
    yield* readLines(createReadStream(file, { highWaterMark: 1 << 20 }));
    return;
  }
  const text = new TextDecoder(encoding).decode(await readFile(file));
  let number = 0;
  for (const line of text.split(/\r?\n/)) {
    number += 1;
    yield { number, text: line, invalidUtf8: false };
  }
}

/** The first `size` bytes of a file (fewer if it is shorter). */
async function readHead(file: string, size: number): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(size), 0, size, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Remembers article ids and turns a repeated one into a problem naming where it was first read. */
class DuplicateIds {
  private readonly firstSeen = new Map<string, Source>();

  check(event: ReadEvent): ReadEvent {
    if (event.kind !== 'article') return event;
    const { id } = event.article;
    const first = this.firstSeen.get(id);
    if (first === undefined) {
      this.firstSeen.set(id, event.source);
      return event;
    }
    const where = first.line === undefined ? first.file : `${first.file}:${first.line}`;
    const { file, line } = event.source;
    return problem(file, `duplicate article id "${id}" (first read from ${where}), skipped`, 'error', line);
  }
}

function problem(file: string, message: string, severity: InputProblem['severity'] = 'error', line?: number): ReadEvent {
  return { kind: 'problem', problem: line === undefined ? { file, message, severity } : { file, line, message, severity } };
}

/**
 * About how many articles the files hold, for the progress line: one per file, one per
 * line of a JSONL file (counted by streaming its bytes). A JSON array counts as one.
 */
export async function estimateArticleCount(files: readonly string[]): Promise<number> {
  let total = 0;
  for (const file of files) {
    if (!isJsonl(file)) {
      total += 1;
      continue;
    }
    try {
      for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
        for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) total += 1;
      }
    } catch {
      // Unreadable: the reader reports it; the estimate just leaves it out.
    }
  }
  return total;
}
