import { constants, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { access, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
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
 * Writes a text produced piece by piece through a temporary file in the same folder and renames
 * it into place, so an interrupted run never leaves a truncated graph where a good one was. Each
 * piece goes to the file as soon as the stream takes it (waiting on 'drain' when its buffer is
 * full), so memory holds one piece, not the whole file.
 */
export async function writeOutputChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  const stream = createWriteStream(temporary);
  // An error event without a listener would crash the process; the awaits below raise it instead.
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  failed.catch(() => undefined);
  try {
    for (const chunk of chunks) {
      if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), failed]);
    }
    stream.end();
    await Promise.race([finished(stream), failed]);
    await rename(temporary, path);
  } catch (error) {
    stream.destroy();
    await rm(temporary, { force: true });
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
