/**
 * The URL to start a worker thread of the CLI with (`new Worker(workerEntry('extract-worker'))`):
 * a tiny ES-module bootstrap that imports the worker's file beside this one, `.js` in the bundle,
 * `.ts` under tsx. Under tsx the bootstrap registers tsx in the worker first: on Node 20, tsx's
 * `--import` loader from execArgv does not apply to a worker's entry file, so
 * `new Worker('extract-worker.ts')` fails with ERR_UNKNOWN_FILE_EXTENSION.
 */
export function workerEntry(name: string): URL {
  const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const entry = new URL(`./${name}${extension}`, import.meta.url);
  const register =
    extension === '.ts' ? `const { register } = await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}); register();` : '';
  return new URL(`data:text/javascript,${encodeURIComponent(`${register}\nawait import(${JSON.stringify(entry.href)});`)}`);
}
