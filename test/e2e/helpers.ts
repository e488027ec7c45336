/**
 * What the end-to-end tests need around the explorer: the seed graph built by the real CLI, the
 * app served by Vite on a free port, headless Debian Chromium, and small page helpers that read
 * the contract's DOM hooks (`#graph[data-*]`, `window.newsgraph`).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, type Plugin, type ViteDevServer } from 'vite';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const RESULTS_DIR = join(REPO_ROOT, 'test-results');
export const CHECK_GEXF = resolve(REPO_ROOT, '../shared/tools/check-gexf');

/** Debian's chromium package: Playwright's own browser download does not work here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for Debian Chromium in a container without a GPU. Sigma needs WebGL: with `--disable-gpu`
 * Chromium still offers WebGL through ANGLE on SwiftShader (software Vulkan); checked here with
 * Chromium 156 (renderer "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)))").
 * `--enable-unsafe-swiftshader` keeps that fallback allowed now that Chromium is phasing out the
 * automatic one; `--use-angle=swiftshader` asks for it explicitly.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** Whether the browser tests can run here; under CI a missing Chromium fails them instead (`.ci/run` installs it). */
export function hasChromium(): boolean {
  const found = existsSync(CHROMIUM_PATH);
  if (!found && process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM_PATH} under CI: .ci/run installs Debian's chromium, or set CHROMIUM_PATH`);
  return found;
}

/** Playwright's launch gives each run a fresh temporary profile (user-data-dir). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

const execFileAsync = promisify(execFile);

export type CheckGexfOutcome = { status: 'passed' } | { status: 'failed' | 'unavailable'; output: string };

/**
 * Runs ../shared/tools/check-gexf on a file. `unavailable` when the tool is not there or says its
 * environment is incomplete (exit 2: xmllint, networkx or the schemas missing; CI installs them).
 */
export async function runCheckGexf(path: string): Promise<CheckGexfOutcome> {
  if (!existsSync(CHECK_GEXF)) return { status: 'unavailable', output: `no ${CHECK_GEXF}` };
  try {
    await execFileAsync(CHECK_GEXF, [path]);
    return { status: 'passed' };
  } catch (error) {
    const { code, stdout = '', stderr = '' } = error as { code?: number; stdout?: string; stderr?: string };
    return { status: code === 2 ? 'unavailable' : 'failed', output: `${stdout}${stderr}` };
  }
}

/** Runs the CLI as a user would (`kg build data/articles`, or other inputs) and returns the paths it wrote. */
export async function buildSeedGraphWithCli(outDir: string, input = 'data/articles'): Promise<{ jsonPath: string; gexfPath: string }> {
  const jsonPath = join(outDir, 'graph.json');
  const gexfPath = join(outDir, 'graph.gexf');
  const tsx = join(REPO_ROOT, 'node_modules/.bin/tsx');
  await execFileAsync(tsx, ['src/cli/kg.ts', 'build', input, '--gexf', gexfPath, '--json', jsonPath, '--quiet'], {
    cwd: REPO_ROOT,
  });
  return { jsonPath, gexfPath };
}

export interface RunningApp {
  url: string;
  /** Serve this file as `/graph.json`, or nothing (`undefined`) so the page builds the seed itself. */
  serveGraphJson(path: string | undefined): void;
  close(): Promise<void>;
}

/**
 * The explorer on Vite's dev server (what `npm start` runs), on a free port, independent of the
 * checkout's leftovers: its own empty public dir (so no stale `public/graph.json`), its own
 * dependency cache, and no file watching or HMR (other people editing files must not reload the
 * page in the middle of a test).
 */
export async function startApp(): Promise<RunningApp> {
  const scratch = await mkdtemp(join(tmpdir(), 'newsgraph-e2e-app-'));
  const publicDir = join(scratch, 'public');
  await mkdir(publicDir);
  let graphJsonPath: string | undefined;
  const server: ViteDevServer = await createServer({
    root: REPO_ROOT,
    configFile: join(REPO_ROOT, 'vite.config.ts'),
    publicDir,
    cacheDir: join(scratch, 'vite-cache'),
    logLevel: 'warn',
    clearScreen: false,
    plugins: [graphJsonRoute(() => graphJsonPath)],
    // Pre-bundle the worker's dependencies too, so no late discovery reloads the page mid-test.
    optimizeDeps: { entries: ['index.html', 'src/explorer/**/*.ts'] },
    server: { host: '127.0.0.1', port: 0, strictPort: true, hmr: false, watch: null },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the Vite dev server did not report its address');
  return {
    url,
    serveGraphJson: (path) => {
      graphJsonPath = path;
    },
    close: async () => {
      await server.close();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}

/** `/graph.json` from a file chosen by the test; otherwise falls through to Vite as in a fresh clone. */
function graphJsonRoute(currentPath: () => string | undefined): Plugin {
  return {
    name: 'e2e-graph-json',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = currentPath();
        if (!path || request.url?.split('?')[0] !== '/graph.json') return next();
        readFile(path).then(
          (body) => {
            response.setHeader('Content-Type', 'application/json');
            response.end(body);
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}

/** Opens the page with listeners for what must never happen: dialogs, page errors, CSP violations. */
export interface PageWatch {
  dialogs: string[];
  pageErrors: string[];
  /** With the URL concerned, if any: a failed load (e.g. the browser's own /favicon.ico) names it only there. */
  consoleErrors: string[];
}

export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { dialogs: [], pageErrors: [], consoleErrors: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    watch.consoleErrors.push(url ? `${message.text()} (${url})` : message.text());
  });
  return watch;
}

/** Injected before the page's own scripts (through the DevTools protocol, so CSP does not apply). */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { __cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) => {
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}` : '';
      const sample = event.sample ? ` ("${event.sample}")` : '';
      violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}${where}${sample}`);
    });
  });
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** Waits until `window.newsgraph.ready` resolved (the first graph is drawn). */
/**
 * A page of the explorer in a new context (downloads accepted) at `viewport`, watched from the
 * start, once its first graph is drawn and the layout stopped so that nodes stay where tests click.
 */
export async function openExplorer(browser: Browser, app: RunningApp, viewport = { width: 1280, height: 800 }): Promise<{ page: Page; watch: PageWatch }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport });
  const page = await context.newPage();
  const watch = watchPage(page);
  await page.goto(app.url);
  await waitForApp(page);
  await stopLayout(page);
  return { page, watch };
}

/** Closes what an e2e file opened (whatever of it was opened) and removes its scratch folder. */
export async function closeAll(browser: Browser | undefined, app: RunningApp | undefined, scratch: string | undefined): Promise<void> {
  await browser?.close();
  await app?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
}

export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => 'newsgraph' in window, undefined, { timeout: 30_000 });
  await page.evaluate(() => (window as unknown as { newsgraph: { ready: Promise<void> } }).newsgraph.ready);
}

export interface GraphCounts {
  nodes: number;
  edges: number;
  visibleNodes: number;
  visibleEdges: number;
}

/** The counts the page exposes on `#graph` (whole graph and after filters). */
export function graphCounts(page: Page): Promise<GraphCounts> {
  return page.$eval('#graph', (element) => {
    const read = (name: string): number => Number(element.getAttribute(`data-${name}`));
    return { nodes: read('node-count'), edges: read('edge-count'), visibleNodes: read('visible-nodes'), visibleEdges: read('visible-edges') };
  });
}

/** Stops ForceAtlas2 (if it still runs) so nodes stay where the test clicks. */
export async function stopLayout(page: Page): Promise<void> {
  const state = await page.getAttribute('#graph', 'data-layout');
  if (state === 'running') await page.click('#layout-toggle');
  await page.waitForSelector('#graph[data-layout="stopped"]');
}

/**
 * Where node `key` is drawn, in page coordinates: its graph x/y through Sigma's graph → viewport
 * conversion (the camera and the current framing), plus the container's offset in the page.
 */
export async function nodePagePosition(page: Page, key: string): Promise<{ x: number; y: number }> {
  return page.evaluate((node) => {
    const { sigma } = (window as unknown as { newsgraph: { sigma: import('sigma').default } }).newsgraph;
    const graph = sigma.getGraph();
    if (!graph.hasNode(node)) throw new Error(`node ${node} is not in the graph`);
    const point = sigma.graphToViewport(graph.getNodeAttributes(node) as { x: number; y: number });
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }, key);
}

/** The centre of the graph's container, in page coordinates. */
export function graphCentre(page: Page): Promise<{ x: number; y: number }> {
  return page.$eval('#graph', (element) => {
    const box = element.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
}

/**
 * Counts the pixels of a PNG that differ clearly from its top-left pixel (the background):
 * decoded by the browser itself, so no PNG decoder is needed in Node.
 */
export function countInkPixels(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const [r0, g0, b0] = [data[0] ?? 0, data[1] ?? 0, data[2] ?? 0];
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      const distance = Math.abs((data[i] ?? 0) - r0) + Math.abs((data[i + 1] ?? 0) - g0) + Math.abs((data[i + 2] ?? 0) - b0);
      if (distance > 48) ink++;
    }
    return ink;
  }, png.toString('base64'));
}

export async function saveScreenshot(page: Page, name: string): Promise<Buffer> {
  await mkdir(RESULTS_DIR, { recursive: true });
  return page.screenshot({ path: join(RESULTS_DIR, `explorer-${name}.png`) });
}

/** Where the README's tour screenshots live; the e2e tests rewrite them when UPDATE_TOUR=1. */
export const TOUR_DIR = join(REPO_ROOT, 'docs/tour');

/** A screenshot for the README's tour: in test-results/ always, in docs/tour/ with UPDATE_TOUR=1. */
export async function saveTourScreenshot(page: Page, name: string): Promise<void> {
  const png = await saveScreenshot(page, `tour-${name}`);
  if (process.env.UPDATE_TOUR !== '1') return;
  await mkdir(TOUR_DIR, { recursive: true });
  await writeFile(join(TOUR_DIR, `${name}.png`), png);
}

/** Writes test input files into a scratch folder; returns their paths. */
export async function writeScratchFiles(dir: string, files: Record<string, string | Uint8Array>): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  return Promise.all(
    Object.entries(files).map(async ([name, content]) => {
      const path = join(dir, name);
      await writeFile(path, content);
      return path;
    }),
  );
}
