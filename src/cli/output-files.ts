import { constants, createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { access, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { describeFsError } from './fs-errors';
import { forgetTemporary, trackTemporary } from './temporary-files';
import { UsageError } from './usage-error';

/**
 * Checks an output path before any work is done, so a typo costs nothing and creates nothing:
 * the path must not be a folder and its folder must exist and be writable.
 */
export async function checkOutputPath(path: string, flag: string, command: string): Promise<void> {
  const self = await statOrUndefined(path);
  if (self?.isDirectory() === true) throw new UsageError(`${flag} ${path}: is a folder; give a file name`, command);
  const folder = dirname(path);
  const parent = await statOrUndefined(folder);
  if (parent === undefined) throw new UsageError(`${flag} ${path}: folder ${folder} does not exist`, command);
  if (!parent.isDirectory()) throw new UsageError(`${flag} ${path}: ${folder} is not a folder`, command);
  try {
    await access(folder, constants.W_OK);
  } catch {
    throw new UsageError(`${flag} ${path}: no permission to write in ${folder}`, command);
  }
}

/**
 * A section of an output, in file order. One that `waitsFor` a promise (the layout) is written
 * once it settles; the sections after it that wait for nothing are written meanwhile, to files of
 * their own beside the output, and copied in after it.
 */
export interface OutputSection {
  chunks: Iterable<string>;
  waitsFor?: Promise<void>;
}

export interface Output {
  path: string;
  sections: readonly OutputSection[];
}

/**
 * Writes several outputs, each produced piece by piece, to temporary files in their folders,
 * and renames them into place only when all of them are complete: an interrupted run, a full
 * disk or any error leaves every earlier output as it was (never a new GEXF beside an old JSON)
 * and no temporary file behind. Each piece goes to the file as soon as the stream takes it
 * (waiting on 'drain' when its buffer is full), so memory holds one piece, not a whole file.
 * Whatever waits for nothing is written first, in every output, then the rest in order.
 */
export async function writeOutputsTogether(outputs: readonly Output[]): Promise<void> {
  const files = outputs.map((output) => new TemporaryOutput(output.path, outputs.length > 1));
  try {
    for (const [i, output] of outputs.entries()) {
      const file = files[i]!;
      let held = false;
      for (const section of output.sections) {
        held ||= section.waitsFor !== undefined;
        if (section.waitsFor === undefined) await file.writeNow(section, held);
      }
    }
    for (const [i, output] of outputs.entries()) {
      const file = files[i]!;
      for (const section of output.sections) {
        if (section.waitsFor !== undefined) await section.waitsFor;
        await file.writeRest(section);
      }
      await file.close();
    }
    for (const file of files) await file.commit();
  } finally {
    for (const file of files) await file.discard();
  }
}

/** One output: its temporary file, the section files beside it, and what has been written. */
class TemporaryOutput {
  private readonly temporary: string;
  private readonly file: OpenFile;
  private readonly written = new Set<OutputSection>();
  private readonly aside = new Map<OutputSection, string>();

  constructor(
    private readonly path: string,
    private readonly several: boolean,
  ) {
    this.temporary = `${path}.${process.pid}.tmp`;
    this.file = openFile(this.temporary);
  }

  /** A section that waits for nothing: into the file when nothing before it waits, else beside it. */
  async writeNow(section: OutputSection, afterAWait: boolean): Promise<void> {
    if (!afterAWait) {
      await this.guarded(() => writeChunks(this.file, section.chunks));
      this.written.add(section);
      return;
    }
    const path = `${this.path}.${process.pid}.${this.aside.size + 1}.tmp`;
    this.aside.set(section, path);
    await this.guarded(async () => {
      const file = openFile(path);
      await writeChunks(file, section.chunks);
      await closeFile(file);
    });
  }

  /** A section not written yet: its chunks now, or the file it was written to. */
  async writeRest(section: OutputSection): Promise<void> {
    if (this.written.has(section)) return;
    const aside = this.aside.get(section);
    await this.guarded(() => (aside === undefined ? writeChunks(this.file, section.chunks) : copyBytes(this.file, aside)));
    this.written.add(section);
  }

  async close(): Promise<void> {
    await this.guarded(() => closeFile(this.file));
  }

  async commit(): Promise<void> {
    await rename(this.temporary, this.path);
    forgetTemporary(this.temporary);
  }

  /** Removes whatever temporary file is left (all of them after an error). */
  async discard(): Promise<void> {
    this.file.stream.destroy();
    for (const path of [this.temporary, ...this.aside.values()]) {
      await rm(path, { force: true });
      forgetTemporary(path);
    }
  }

  private async guarded(write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      const kept = this.several ? 'no output was replaced' : 'the old file, if any, is kept';
      throw new Error(`cannot write ${this.path}: ${describeFsError(error)}; ${kept}`, { cause: error });
    }
  }
}

/**
 * Pieces are joined up to this many characters before a write: one write per node or edge costs
 * more than building it. Kept well under V8's large-object size (128 KB: 64K characters of a
 * two-byte string, which any batch holding a curly quote is): a batch is flattened into a new
 * string when it is written, and at 1 << 16 characters each of those went to the large-object
 * space, which made writing the 10 MB bench corpus's 35 MB of GEXF and JSON cost about 0.6 s
 * instead of 0.08 s (measured on those files' text in 16K-character batches).
 */
const WRITE_BATCH = 1 << 14;

/** A temporary file being written, and a promise that rejects with its stream's error (an error event without a listener would crash the process). */
interface OpenFile {
  stream: WriteStream;
  failed: Promise<never>;
}

function openFile(path: string): OpenFile {
  trackTemporary(path);
  const stream = createWriteStream(path);
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  failed.catch(() => undefined);
  return { stream, failed };
}

async function closeFile({ stream, failed }: OpenFile): Promise<void> {
  stream.end();
  await Promise.race([finished(stream), failed]);
}

/** Writes the pieces to the file, waiting for its stream to drain; fails with the stream's error. */
async function writeChunks({ stream, failed }: OpenFile, chunks: Iterable<string>): Promise<void> {
  let batch = '';
  for await (const chunk of chunks) {
    batch += chunk;
    // A batch never ends inside a surrogate pair, so the bytes do not depend on where batches end.
    if (batch.length < WRITE_BATCH || isHighSurrogate(batch.charCodeAt(batch.length - 1))) continue;
    const drained = stream.write(batch);
    batch = '';
    if (!drained) await Promise.race([once(stream, 'drain'), failed]);
  }
  if (batch.length > 0 && !stream.write(batch)) await Promise.race([once(stream, 'drain'), failed]);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Copies a section written aside into the file as it is, byte for byte: read as text, it was
 * decoded from UTF-8 and encoded again, which took about as long as writing it in the first
 * place (the GEXF's edges of the 10 MB bench corpus, after the layout: about 0.2 s).
 */
async function copyBytes({ stream, failed }: OpenFile, path: string): Promise<void> {
  for await (const bytes of createReadStream(path) as AsyncIterable<Buffer>) {
    if (!stream.write(bytes)) await Promise.race([once(stream, 'drain'), failed]);
  }
}

async function statOrUndefined(path: string) {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}
