import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { InputProblem } from '../pipeline/types';
import { describeFsError } from './fs-errors';

/** The files to read, in the order that makes output independent of listing order. */
export interface CollectedInputs {
  /** Paths as the user would write them (the argument joined with the names below it), sorted. */
  files: string[];
  /** Inputs that could not be used: missing paths, unreadable folders, link loops, unsupported files. */
  problems: InputProblem[];
  /** Files inside folders skipped silently because of their extension. */
  unsupportedSkipped: number;
}

/** Decides from a path whether a file is an input (by extension). */
export type IsSupported = (path: string) => boolean;

interface Candidate {
  path: string;
  /** Identity of the file on disk, so one file reached by two paths is read once. */
  identity: string;
}

/**
 * Expands files and folders (recursively, following symbolic links) into a sorted list of files.
 * Folders are tracked by device and inode along the current chain, so a link back to an ancestor
 * is reported as a loop instead of being walked forever.
 */
export async function collectInputs(paths: readonly string[], isSupported: IsSupported): Promise<CollectedInputs> {
  const walk = new Walk(isSupported);
  for (const path of [...new Set(paths)].sort(comparePaths)) await walk.explicit(path);
  return walk.result();
}

/** Compares by UTF-16 code units: the same order on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

class Walk {
  private readonly candidates: Candidate[] = [];
  private readonly problems: InputProblem[] = [];
  private unsupportedSkipped = 0;
  /** Folders already walked: a second link to one is skipped (its files are already candidates). */
  private readonly walkedFolders = new Set<string>();

  constructor(private readonly isSupported: IsSupported) {}

  async explicit(path: string): Promise<void> {
    const info = await this.stat(path);
    if (info === undefined) return;
    if (info.isDirectory()) {
      await this.folder(path, identityOf(info), []);
    } else if (!info.isFile()) {
      this.problem(path, 'not a regular file or folder, skipped');
    } else if (!this.isSupported(path)) {
      const ext = extname(path);
      this.problem(path, ext === '' ? 'no file extension, so the format is unknown; skipped' : `unsupported file type '${ext}', skipped`);
    } else {
      this.candidates.push({ path, identity: identityOf(info) });
    }
  }

  private async folder(path: string, identity: string, ancestors: readonly string[]): Promise<void> {
    if (ancestors.includes(identity)) {
      this.problem(path, 'symbolic link loop (leads back to a folder above it), skipped', 'warning');
      return;
    }
    if (this.walkedFolders.has(identity)) return;
    this.walkedFolders.add(identity);
    let names: string[];
    try {
      names = await readdir(path);
    } catch (error) {
      this.problem(path, `${describeFsError(error)}, folder skipped`);
      return;
    }
    const chain = [...ancestors, identity];
    for (const name of names.sort(comparePaths)) {
      const child = join(path, name);
      const info = await this.stat(child);
      if (info === undefined) continue;
      if (info.isDirectory()) await this.folder(child, identityOf(info), chain);
      else if (info.isFile() && this.isSupported(child)) this.candidates.push({ path: child, identity: identityOf(info) });
      else this.unsupportedSkipped += 1;
    }
  }

  /** stat() following links; a failure (missing, loop, permission) is reported and gives undefined. */
  private async stat(path: string) {
    try {
      return await stat(path);
    } catch (error) {
      this.problem(path, `${describeFsError(error)}, skipped`);
      return undefined;
    }
  }

  private problem(file: string, message: string, severity: InputProblem['severity'] = 'error'): void {
    this.problems.push({ file, message, severity });
  }

  result(): CollectedInputs {
    const seen = new Set<string>();
    const files: string[] = [];
    for (const { path, identity } of this.candidates.sort((a, b) => comparePaths(a.path, b.path))) {
      if (seen.has(identity)) continue;
      seen.add(identity);
      files.push(path);
    }
    return { files, problems: this.problems, unsupportedSkipped: this.unsupportedSkipped };
  }
}

function identityOf(info: { dev: number; ino: number }): string {
  return `${info.dev}:${info.ino}`;
}
