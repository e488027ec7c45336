/**
 * The explorer half of the benchmark: the built page and a bare Sigma page (bench/explorer/)
 * with the same generated graph (10,000 entities, about 27,000 relations), in the headless
 * Chromium the e2e tests use, on the Vite server they use. Prints each measure for both pages
 * and their ratio: first frame, time until a hover is answered, hover frame rate, filter change;
 * then, on the explorer alone, brushing the timeline and switching "colour by" against its own
 * plain filter change.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { toJSON } from '../src/pipeline/export/json';
import { layoutGraph } from '../src/pipeline/graph/layout';
import { syntheticGraph } from '../src/pipeline/graph/synthetic-graph';
import { hasChromium, launchBrowser, startApp } from '../test/e2e/helpers';
import { formatTable } from './table';

export interface PageMeasures {
  firstFrameMs: number;
  hoverAnsweredMs: number;
  hoverFps: number;
  filterChangeMs: number;
  /** Explorer only: a timeline range brushed (pointer released → graph drawn). */
  brushMs?: number;
  /** Explorer only: "colour by" switched to community (→ graph drawn). */
  colorByMs?: number;
}

export interface ExplorerBenchResult {
  nodes: number;
  edges: number;
  explorer?: PageMeasures;
  bare?: PageMeasures;
  error?: string;
}

type Kind = 'explorer' | 'bare';

/** In-page snippets as strings: the page runs them as written (no bundler helpers). */
const SNIPPETS: Record<Kind, { ready: string; points: string; hovered: string; filter: string }> = {
  explorer: {
    ready: `window.newsgraph.ready`,
    points: `(() => { const { sigma, graph } = window.newsgraph; return graph.nodes().filter((n) => graph.degree(n) > 0).map((n) => sigma.graphToViewport(sigma.getNodeDisplayData(n))).filter((p) => p.x > 60 && p.x < 700 && p.y > 60 && p.y < 640).slice(0, 12); })()`,
    hovered: `Number(document.querySelector('.focus-overlay')?.dataset.focusNodes ?? 0) > 0`,
    filter: `new Promise((resolve) => { const { sigma } = window.newsgraph; const t = performance.now(); sigma.once('afterRender', () => resolve(performance.now() - t)); document.querySelector('#filters input[data-entity-type=company]').click(); })`,
  },
  bare: {
    ready: `window.bare.ready`,
    points: `(() => { const { sigma, graph } = window.bare; return graph.nodes().filter((n) => graph.degree(n) > 0).map((n) => sigma.graphToViewport(sigma.getNodeDisplayData(n))).filter((p) => p.x > 60 && p.x < 700 && p.y > 60 && p.y < 640).slice(0, 12); })()`,
    hovered: `window.bare.hovered !== null`,
    filter: `new Promise((resolve) => { const { sigma } = window.bare; const t = performance.now(); sigma.once('afterRender', () => resolve(performance.now() - t)); window.bare.hiddenType = 'company'; sigma.refresh(); })`,
  },
};

async function measurePage(page: Page, url: string, kind: Kind): Promise<PageMeasures> {
  const snippet = SNIPPETS[kind];
  const started = Date.now();
  await page.goto(url);
  await page.waitForFunction(kind === 'explorer' ? `'newsgraph' in window` : `'bare' in window`, undefined, { timeout: 120_000 });
  await page.evaluate(snippet.ready);
  const firstFrameMs = Date.now() - started;
  if (kind === 'explorer') {
    // The explorer starts ForceAtlas2 on load; the bare page has no layout. Stop it, as the e2e tests do.
    await page.evaluate(`(() => { const b = document.getElementById('layout-toggle'); if (b.getAttribute('aria-pressed') === 'true') b.click(); })()`);
  }
  const box = (await page.locator('#graph').boundingBox())!;
  const points = (await page.evaluate(snippet.points)) as { x: number; y: number }[];
  if (points.length === 0) throw new Error(`${kind}: no node on screen to hover`);
  await page.mouse.move(box.x + points[0]!.x, box.y + points[0]!.y);
  await page.waitForFunction(snippet.hovered, undefined, { timeout: 120_000 });
  const hoverAnsweredMs = Date.now() - started;

  await page.evaluate(`(() => { window.__frames = 0; function tick() { window.__frames++; requestAnimationFrame(tick); } requestAnimationFrame(tick); })()`);
  const sweepStarted = Date.now();
  for (const point of points.slice(1)) {
    await page.mouse.move(box.x + point.x, box.y + point.y, { steps: 4 });
    await page.waitForTimeout(120);
  }
  const frames = (await page.evaluate(`window.__frames`)) as number;
  const hoverFps = frames / ((Date.now() - sweepStarted) / 1000);
  await page.mouse.move(box.x + 2, box.y + 2);
  const filterChangeMs = (await page.evaluate(snippet.filter)) as number;
  if (kind === 'bare') return { firstFrameMs, hoverAnsweredMs, hoverFps, filterChangeMs };
  // The type filter back on, then the two views issue 11 adds, timed the same way (input → frame).
  await page.evaluate(`new Promise((resolve) => { window.newsgraph.sigma.once('afterRender', resolve); document.querySelector('#filters input[data-entity-type=company]').click(); })`);
  return { firstFrameMs, hoverAnsweredMs, hoverFps, filterChangeMs, brushMs: await brushTimeline(page), colorByMs: await switchColorBy(page) };
}

/** Drags across the first third of the timeline with the mouse; the time from release to the next frame. */
async function brushTimeline(page: Page): Promise<number> {
  // A capturing listener on the document runs before the timeline's own, which may draw at once.
  await page.evaluate(`(() => { window.__brush = new Promise((resolve) => document.addEventListener('pointerup', () => { const t = performance.now(); window.newsgraph.sigma.once('afterRender', () => resolve(performance.now() - t)); }, { once: true, capture: true })); })()`);
  const box = (await page.locator('#timeline-chart').boundingBox())!;
  await page.mouse.move(box.x + 4, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 3, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  const ms = (await page.evaluate(`window.__brush`)) as number;
  await page.evaluate(`new Promise((resolve) => { window.newsgraph.sigma.once('afterRender', resolve); document.getElementById('timeline-all').click(); })`);
  return ms;
}

async function switchColorBy(page: Page): Promise<number> {
  return (await page.evaluate(
    `new Promise((resolve) => { const select = document.getElementById('color-by'); const t = performance.now(); window.newsgraph.sigma.once('afterRender', () => resolve(performance.now() - t)); select.value = 'community'; select.dispatchEvent(new Event('change')); })`,
  )) as number;
}

export async function runExplorerBench(nodes = 10_000): Promise<ExplorerBenchResult> {
  const graph = syntheticGraph(nodes, 7);
  layoutGraph(graph);
  const result: ExplorerBenchResult = { nodes: graph.order, edges: graph.size };
  if (!hasChromium()) return { ...result, error: 'no Chromium (install Debian\'s chromium)' };
  const scratch = mkdtempSync(join(tmpdir(), 'newsgraph-explorer-bench-'));
  const json = join(scratch, 'graph.json');
  writeFileSync(json, toJSON(graph));
  const app = await startApp();
  app.serveGraphJson(json);
  const browser = await launchBrowser();
  try {
    for (const kind of ['bare', 'explorer'] as const) {
      process.stderr.write(`[bench] explorer: ${kind} page, ${graph.order} nodes / ${graph.size} edges…\n`);
      // A fresh context each: no cache or storage carried from one page to the other.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const url = kind === 'explorer' ? app.url : new URL('bench/explorer/bare-sigma.html', app.url).href;
      result[kind] = await measurePage(page, url, kind);
      await context.close();
    }
  } catch (error) {
    result.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
  } finally {
    await browser.close();
    await app.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  return result;
}

export function explorerReport(result: ExplorerBenchResult): string {
  const lines = [`Explorer: the built page and a bare Sigma page, same graph (${result.nodes.toLocaleString('en')} nodes, ${result.edges.toLocaleString('en')} edges), headless Chromium, software WebGL:`];
  if (result.error) lines.push(`FAILED: ${result.error}`);
  const { explorer, bare } = result;
  if (explorer && bare) {
    const row = (name: string, a: number, b: number, unit: string, higherIsBetter = false): (string | number)[] => [
      name,
      `${a.toFixed(unit === 'fps' ? 1 : 0)} ${unit}`,
      `${b.toFixed(unit === 'fps' ? 1 : 0)} ${unit}`,
      `${(higherIsBetter ? b / a : a / b).toFixed(2)}×`,
    ];
    lines.push(
      formatTable(
        ['measure', 'explorer', 'bare sigma', 'explorer cost (× bare)'],
        [
          row('first frame (navigation → graph drawn)', explorer.firstFrameMs, bare.firstFrameMs, 'ms'),
          row('a hover answered (from navigation)', explorer.hoverAnsweredMs, bare.hoverAnsweredMs, 'ms'),
          row('frame rate while hovering nodes', explorer.hoverFps, bare.hoverFps, 'fps', true),
          row('filter change (one type hidden → drawn)', explorer.filterChangeMs, bare.filterChangeMs, 'ms'),
        ],
      ),
    );
    // Issue 11's views against the explorer's own plain filter change (aim: ≤ 1.5×).
    const own = (name: string, ms: number | undefined): (string | number)[] => [name, ms === undefined ? '—' : `${ms.toFixed(0)} ms`, ms === undefined ? '—' : `${(ms / explorer.filterChangeMs).toFixed(2)}×`];
    lines.push(
      '',
      formatTable(
        ['explorer view change', 'time to frame', '× its plain filter change'],
        [own('timeline range brushed', explorer.brushMs), own('colour by → community', explorer.colorByMs)],
      ),
    );
  }
  return lines.join('\n');
}
