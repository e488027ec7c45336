/**
 * Starts the `kg` CLI from a bundle instead of through tsx (`npm run kg`, `npm start`, the
 * benchmark). tsx compiles every TypeScript file on each start, in the main thread and again in
 * every extraction worker, which costs about one CPU-second per thread; the bundle starts in
 * a fraction of that. Plain JavaScript, so that it runs without tsx.
 *
 * The bundle (dist/cli/<version>/kg.js and extract-worker.js, built with esbuild, which tsx
 * already depends on) is rebuilt whenever a source file is newer than it, so it is never stale.
 * compromise goes into the bundle: imported as it ships, its several hundred source modules cost
 * about a fifth of a second to resolve and load in every process and worker; the other packages
 * stay imports from node_modules.
 * Each build goes to a fresh folder that is renamed into place, so processes starting at the same
 * moment never read a half-written bundle.
 *
 * `npm run kg` starts this file with three V8 flags, on Node's command line (package.json's kg
 * script): V8 reads its flags once, at start-up; set later from JavaScript (v8.setFlagsFromString)
 * they race V8's own threads, which Node's documentation warns may crash the process. Until stop 66
 * this file set the last two that way, and one CI run saw `kg --help` end by a signal in 0.16 s.
 * Started without them (`node src/cli/launch.mjs`) kg gives the same output, only slower.
 *
 * `--v8-pool-size=1`: V8's background
 * threads (optimising compiler, garbage collector) default to four, on top of kg's own threads
 * (this one, the extraction workers, the layout), which already keep every core busy; on the
 * 2-core bench machine the extra threads only took time from them. One background thread:
 * 10 MB corpus, one worker, 7.00 → 6.45 s (two workers 7.04 → 6.95 s); 1 MB 2.33 → 1.87 s.
 * compromise's bare parse, the bench's reference, is not faster with it (1–3% slower).
 *
 * `--no-regexp-tier-up`: regular expressions are compiled to machine code on their first use, in
 * the whole process, workers included. By default V8 first runs each one in its
 * bytecode interpreter and compiles it on the second use; the extractor's few hundred large
 * patterns then cost about 0.75 s more before they are fast (one pass of them over a sentence:
 * 0.95 s over the first two, 0.17 to 0.28 s compiled at once). Measured with `kg build` on the first
 * 400 articles of the 10 MB bench corpus, one worker, six runs each in turn: 5.47 → 5.03 s on
 * average, same output.
 *
 * `--max-inlined-bytecode-size-cumulative=230`: TurboFan inlines less (V8's default 920).
 * The extractor's large functions (name finding alone is 34 KB of bytecode) are optimised several
 * times each over a corpus, because a rare branch first taken de-optimises them, and every optimisation
 * compiled their inlined callees again: a profile of one pass over the 10 MB bench corpus put 29% of
 * the extraction's CPU in the optimising compiler. Counted with valgrind, the extraction of the whole
 * corpus in one thread under `node --predictable`: 50.78 G → 46.54 G instructions (−8.3%; with 460:
 * 48.23 G, 115: 47.39 G, 0: 47.96 G; 230 and `--no-turbo-escape`: 49.32 G); same output.
 */
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** What the bundle is built from: the CLI, the pipeline and the lexicon it imports. */
const SOURCES = ['src/cli', 'src/pipeline', 'data/lexicon.json', 'data/claim-scorer.json', 'package.json', 'node_modules/compromise/package.json'];
/** Packages bundled rather than imported at run time (see above). */
const BUNDLED = new Set(['compromise']);
const DIST = join(ROOT, 'dist', 'cli');
const STALE_AFTER_MS = 10 * 60 * 1000;

/** Newest modification time (ms) under the given files and folders. */
function newestChange(paths) {
  let newest = 0;
  const visit = (path) => {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats) return;
    if (stats.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, stats.mtimeMs);
  };
  for (const path of paths) visit(join(ROOT, path));
  return Math.floor(newest);
}

/** The bundle folder for the current sources, built if missing. */
async function bundle() {
  const version = String(newestChange(SOURCES));
  const folder = join(DIST, version);
  if (existsSync(join(folder, 'kg.js'))) return folder;
  const { build } = await import('esbuild');
  const building = `${folder}.${process.pid}.tmp`;
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const packages = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).filter((name) => !BUNDLED.has(name));
  await build({
    entryPoints: ['kg.ts', 'extract-worker.ts', 'layout-worker.ts'].map((name) => join(ROOT, 'src/cli', name)),
    outdir: building,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // esbuild does not count Node 20 among the targets that know \p{…} in a regular expression,
    // and would rewrite every such literal as `new RegExp(…)`, built again on each call (71 in the
    // extractor, in its hottest loops). Node has had them since version 10.
    supported: { 'regexp-unicode-property-escapes': true },
    external: packages.flatMap((name) => [name, `${name}/*`]),
    logLevel: 'warning',
  });
  try {
    renameSync(building, folder);
  } catch {
    // Another process built the same version first: use its bundle.
    rmSync(building, { recursive: true, force: true });
  }
  // Older versions are no longer needed; one built in the last minutes may still be starting up.
  for (const name of readdirSync(DIST)) {
    const path = join(DIST, name);
    const age = Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (name !== version && age > STALE_AFTER_MS) rmSync(path, { recursive: true, force: true });
  }
  return folder;
}

await import(pathToFileURL(join(await bundle(), 'kg.js')).href);
