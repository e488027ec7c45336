import { rmSync } from 'node:fs';

/**
 * The temporary files this process is writing, removed on every way out: a normal exit, an
 * error, and SIGINT/SIGTERM/SIGHUP (after which the signal is raised again, so the exit status
 * still says the run was interrupted).
 */
const live = new Set<string>();
let installed = false;

export function trackTemporary(path: string): void {
  installCleanup();
  live.add(path);
}

export function forgetTemporary(path: string): void {
  live.delete(path);
}

export function removeTemporaries(): void {
  for (const path of live) rmSync(path, { force: true });
  live.clear();
}

function installCleanup(): void {
  if (installed) return;
  installed = true;
  process.on('exit', removeTemporaries);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      removeTemporaries();
      process.kill(process.pid, signal);
    });
  }
}
