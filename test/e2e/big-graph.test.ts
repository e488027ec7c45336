/**
 * The explorer on a big graph (10,000 entities, about 27,000 relations, imported as JSON), in
 * headless Chromium with software WebGL: hovering stays cheap, the layout works off the main
 * thread, and the edges are drawn once the camera stops after an import or a Fit. Costs are
 * measured as CPU time of the page's threads (Chrome's ThreadTime and ProcessTime), not wall
 * time, so that the tests hold on a machine busy with other work.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toJSON } from '../../src/pipeline/export/json';
import { syntheticGraph } from '../../src/pipeline/graph/synthetic-graph';
import { hasChromium, launchBrowser, startApp, stopLayout, waitForApp, type RunningApp } from './helpers';

const NODES = 10_000;

describe.skipIf(!hasChromium())('explorer on a 10,000-node graph', () => {
  let scratch: string;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let edges: number;

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'newsgraph-big-'));
    const graph = syntheticGraph(NODES, 7);
    edges = graph.size;
    const path = join(scratch, 'big.json');
    await writeFile(path, toJSON(graph));
    app = await startApp();
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(app.url);
    await waitForApp(page);
    await page.setInputFiles('#import-file', path);
    await page.waitForSelector(`#graph[data-node-count="${NODES}"]`, { timeout: 60_000 });
    await stopLayout(page);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('hovering a node draws its neighbourhood with under 100 ms of main-thread work, and no full redraw', async () => {
    expect(edges).toBeGreaterThan(20_000);
    // The import frames the graph (an animation): positions are read once the camera is at rest.
    await expect.poll(() => page.evaluate(() => (window as unknown as { newsgraph: { sigma: import('sigma').default } }).newsgraph.sigma.getCamera().isAnimated())).toBe(false);
    const targets = await page.evaluate(() => {
      const { sigma, graph } = (window as unknown as { newsgraph: { sigma: import('sigma').default; graph: import('graphology').default } }).newsgraph;
      const { width, height } = sigma.getDimensions();
      return graph
        .nodes()
        .filter((node) => graph.degree(node) > 0)
        .map((node) => ({ node, ...sigma.framedGraphToViewport(sigma.getNodeDisplayData(node)!) }))
        .filter((p) => p.x > 40 && p.x < width * 0.6 && p.y > 40 && p.y < height - 40)
        .slice(0, 6);
    });
    expect(targets.length).toBeGreaterThan(2);
    const box = (await page.locator('#graph').boundingBox())!;
    // Full redraws of the WebGL scene (what made each hover cost seconds before the overlay).
    await page.evaluate(() => {
      const w = window as unknown as { fullRedraws: number; newsgraph: { sigma: import('sigma').default } };
      w.fullRedraws = 0;
      w.newsgraph.sigma.on('beforeRender', () => w.fullRedraws++);
    });
    let drawn = 0;
    const costs: number[] = [];
    for (const target of targets) {
      // CPU time of the page's main thread, not wall time: on a loaded machine a task waits for a
      // core, and its wall time says more about the machine than about the page.
      const before = await mainThreadSeconds(page);
      await page.mouse.move(box.x + target.x, box.y + target.y, { steps: 2 });
      // Wait for what is asserted: the overlay has drawn this node's neighbourhood.
      const focused = await expect
        .poll(() => page.evaluate(() => Number(document.querySelector<HTMLElement>('.focus-overlay')?.dataset.focusNodes ?? 0)), { timeout: 10_000 })
        .toBeGreaterThan(1)
        .then(() => true, () => false);
      if (!focused) continue;
      drawn++;
      costs.push((await mainThreadSeconds(page)) - before);
    }
    expect(drawn, 'most hovers land on a node and draw its neighbourhood').toBeGreaterThan(targets.length / 2);
    expect(costs.filter((seconds) => seconds >= 0.1)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { fullRedraws: number }).fullRedraws)).toBe(0);
  }, 120_000);

  it('Run layout works off the main thread, shows its progress, and stops when asked; the edges come back', async () => {
    const before = await threadTimes(page);
    await page.click('#layout-toggle');
    await expect.poll(() => page.textContent('#layout-toggle'), { timeout: 30_000 }).toMatch(/^Stop layout \(\d+%\)$/);
    await page.waitForTimeout(3_000);
    const during = await threadTimes(page);
    // ForceAtlas2 runs in a worker of the page: most of the page's CPU time while it runs is the
    // worker's, the main thread only draws the positions it syncs every two seconds. (With the
    // layout on the main thread, the share would be close to all of it.)
    const main = during.thread - before.thread;
    const all = during.process - before.process;
    expect(all, 'the layout did run').toBeGreaterThan(0.2);
    expect(main / all).toBeLessThan(0.5);
    const sampleEdge = await page.evaluate(() => (window as unknown as { newsgraph: { graph: import('graphology').default } }).newsgraph.graph.edges()[0]!);
    const edgeHidden = () =>
      page.evaluate((edge) => (window as unknown as { newsgraph: { sigma: import('sigma').default } }).newsgraph.sigma.getEdgeDisplayData(edge)?.hidden, sampleEdge);
    // On a busy machine the run's time budget (15 s here) may end before this point, and a click on a stopped layout starts a new
    // run: run it again first, so the click below is a Stop while it runs. Read and click in one poll: a run that ends between a
    // check and the wait after it left the wait polling a stopped layout (failed once at load 3 with a core busy).
    const runningAgain = async (): Promise<string | null> => {
      if ((await page.getAttribute('#graph', 'data-layout')) === 'stopped') {
        await page.click('#layout-toggle');
        await page.waitForSelector('#graph:not([data-layout="stopped"])', { timeout: 10_000 }).catch(() => undefined);
      }
      return page.getAttribute('#graph', 'data-layout');
    };
    await expect.poll(runningAgain, { timeout: 60_000 }).toBe('running');
    await page.click('#layout-toggle');
    await page.waitForSelector('#graph[data-layout="stopped"]', { timeout: 30_000 });
    await expect.poll(edgeHidden, { timeout: 30_000 }).toBe(false);
  }, 120_000);

  it('after Fit, the last frame is drawn with the camera at rest, so it holds the edges', async () => {
    await page.mouse.move(5, 5);
    // Sigma leaves the edges out of frames drawn while the camera moves (hideEdgesOnMove): record
    // for each frame whether it was one of those.
    await page.evaluate(() => {
      const w = window as unknown as { frames: boolean[]; newsgraph: { sigma: import('sigma').default } };
      const { sigma } = w.newsgraph;
      w.frames = [];
      sigma.on('afterRender', () => w.frames.push(sigma.getCamera().isAnimated() || sigma.getMouseCaptor().isMoving));
    });
    expect(await page.evaluate(() => (window as unknown as { newsgraph: { sigma: import('sigma').default } }).newsgraph.sigma.getSetting('hideEdgesOnMove'))).toBe(true);
    await page.click('#zoom-reset');
    const lastFrameAtRest = () =>
      page.evaluate(() => {
        const w = window as unknown as { frames: boolean[]; newsgraph: { sigma: import('sigma').default } };
        return { frames: w.frames.length, animated: w.newsgraph.sigma.getCamera().isAnimated(), lastMoving: w.frames.at(-1) ?? true };
      });
    await expect.poll(lastFrameAtRest, { timeout: 30_000 }).toMatchObject({ animated: false, lastMoving: false });
    expect((await lastFrameAtRest()).frames).toBeGreaterThan(1);
  }, 120_000);
});

/** CPU seconds of the page's main thread (Chrome's ThreadTime metric) and of its whole renderer process. */
async function threadTimes(page: Page): Promise<{ thread: number; process: number }> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('Performance.enable');
    const { metrics } = await session.send('Performance.getMetrics');
    const metric = (name: string): number => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    return { thread: metric('ThreadTime'), process: metric('ProcessTime') };
  } finally {
    await session.detach();
  }
}

async function mainThreadSeconds(page: Page): Promise<number> {
  return (await threadTimes(page)).thread;
}
