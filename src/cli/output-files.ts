import { constants, createWriteStream } from 'node:fs';
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

/** An output written to a temporary file beside it, renamed into place by `commit`. */
export interface PendingOutput {
  path: string;
  temporary: string;
}

/**
 * Writes several outputs, each produced piece by piece, to temporary files in their folders,
 * and renames them into place only when all of them are complete: an interrupted run, a full
 * disk or any error leaves every earlier output as it was (never a new GEXF beside an old JSON)
 * and no temporary file behind. Each piece goes to the file as soon as the stream takes it
 * (waiting on 'drain' when its buffer is full), so memory holds one piece, not a whole file.
 */
export async function writeOutputsTogether(outputs: readonly { path: string; chunks: Iterable<string> }[]): Promise<void> {
  const pending: PendingOutput[] = [];
  try {
    for (const { path, chunks } of outputs) {
      const temporary = `${path}.${process.pid}.tmp`;
      trackTemporary(temporary);
      pending.push({ path, temporary });
      try {
        await writeChunks(temporary, chunks);
      } catch (error) {
        const kept = outputs.length > 1 ? 'no output was replaced' : 'the old file, if any, is kept';
        throw new Error(`cannot write ${path}: ${describeFsError(error)}; ${kept}`, { cause: error });
      }
    }
    for (const { path, temporary } of pending) {
      await rename(temporary, path);
      forgetTemporary(temporary);
    }
  } finally {
    for (const { temporary } of pending) {
      await rm(temporary, { force: true });
      forgetTemporary(temporary);
    }
  }
}

/** Pieces are joined up to this many characters before a write: one write per node or edge costs more than building it. */
const WRITE_BATCH = 1 << 16;

/** Writes the pieces to `path`, waiting for the stream to drain; fails with the stream's error. */
async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const stream = createWriteStream(path);
  // An error event without a listener would crash the process; the awaits below raise it instead.
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  failed.catch(() => undefined);
  try {
    let batch = '';
    for (const chunk of chunks) {
      batch += chunk;
      if (batch.length < WRITE_BATCH) continue;
      const drained = stream.write(batch);
      batch = '';
      if (!drained) await Promise.race([once(stream, 'drain'), failed]);
    }
    if (batch.length > 0) stream.write(batch);
    stream.end();
    await Promise.race([finished(stream), failed]);
  } catch (error) {
    stream.destroy();
    throw error;
  }
}

async function statOrUndefined(path: string) {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}
