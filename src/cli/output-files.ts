import { constants } from 'node:fs';
import { access, rename, rm, stat, writeFile } from 'node:fs/promises';
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
 * Writes through a temporary file in the same folder and renames it into place, so an
 * interrupted run never leaves a truncated graph where a good one was.
 */
export async function writeOutput(path: string, content: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
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
